"""Recall of the pattern recognizers on real-world formats, and e-mail look-alikes masked.

Runs ``ingest.anonymize.Anonymizer`` (default entities and threshold, as ingestion does) over
the generated batteries of ``benchmarks.pii_format_set``:

* e-mail addresses in 17 forms (at least 300), in English and Chinese sentences: **recall** is
  the share of addresses whose every letter and digit lies under a mask (any type), ``typed``
  the share masked as EMAIL_ADDRESS only; ``spill`` counts masks that run past the address
  into the text around it (a Han local part glued to the word before it);
* e-mail look-alikes (at least 300): the **false-mask rate** is the share with any character
  under a mask;
* phone numbers (DE, CN, US, UK, national and international), IBANs (DE, GB, FR, spaced and
  compact), CN resident IDs ending in X, and cards (Visa, Mastercard, Amex 4-6-5, UnionPay 19
  digits): recall per format, as for e-mail (a phone masked as CN_MOBILE counts as typed).

Run from the repo root:  .venv/bin/python -m benchmarks.pii_formats
Writes benchmarks/results/pii_formats.json.
"""

from __future__ import annotations

import argparse
import json
import platform
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from benchmarks.pii_format_set import Case, email_cases, lookalike_cases
from benchmarks.pii_number_set import format_cases
from ingest.anonymize import Anonymizer

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks/results/pii_formats.json"
# Types that count as the expected one ("typed" recall).
ACCEPTED = {"PHONE_NUMBER": {"PHONE_NUMBER", "CN_MOBILE"}}

Detection = tuple[int, int, str, float]


def _covered(case: Case, dets: Sequence[Detection], types: set[str] | None) -> bool:
    """Every letter and digit of the value lies under a detection (of ``types``, if given)."""
    spans = [(s, e) for s, e, t, _ in dets if types is None or t in types]
    return all(
        any(s <= i < e for s, e in spans)
        for i in range(case.start, case.end)
        if case.text[i].isalnum()
    )


def _spills(case: Case, dets: Sequence[Detection]) -> bool:
    return any(
        s < case.end and case.start < e and (s < case.start or e > case.end) for s, e, _, _ in dets
    )


def score_positives(cases: Sequence[Case], dets: Sequence[Sequence[Detection]]) -> dict:
    """Recall, typed recall and spills, overall and per format, with up to 5 misses each."""
    by_fmt: dict[str, list[tuple[Case, Sequence[Detection]]]] = defaultdict(list)
    for case, found in zip(cases, dets, strict=True):
        by_fmt[case.fmt].append((case, found))

    def summary(items: list[tuple[Case, Sequence[Detection]]]) -> dict:
        n = len(items)
        missed = [c for c, d in items if not _covered(c, d, None)]
        typed = sum(
            _covered(c, d, ACCEPTED.get(c.entity, {c.entity})) for c, d in items
        )
        return {
            "n": n,
            "recall": round((n - len(missed)) / n, 4),
            "typed_recall": round(typed / n, 4),
            "spill": sum(_spills(c, d) for c, d in items),
            "missed_examples": [c.text for c in missed[:5]],
        }

    all_items = [item for items in by_fmt.values() for item in items]
    return {"overall": summary(all_items), "formats": {f: summary(i) for f, i in by_fmt.items()}}


def score_lookalikes(cases: Sequence[Case], dets: Sequence[Sequence[Detection]]) -> dict:
    """False-mask rate (any mask touching the look-alike), overall and per form."""
    by_fmt: dict[str, list[bool]] = defaultdict(list)
    examples: dict[str, list[str]] = defaultdict(list)
    for case, found in zip(cases, dets, strict=True):
        hit = any(s < case.end and case.start < e for s, e, _, _ in found)
        by_fmt[case.fmt].append(hit)
        if hit and len(examples[case.fmt]) < 5:
            examples[case.fmt].append(case.text)
    n = len(cases)
    masked = sum(sum(v) for v in by_fmt.values())
    return {
        "overall": {"n": n, "false_masked": masked, "false_mask_rate": round(masked / n, 4)},
        "formats": {
            f: {"n": len(v), "false_masked": sum(v), "examples": examples.get(f, [])}
            for f, v in by_fmt.items()
        },
    }


def run(anonymizer: Anonymizer | None = None) -> dict:
    """Run all batteries through ``anonymizer`` (a default one if None)."""
    anonymizer = anonymizer or Anonymizer()
    emails, lookalikes, others = email_cases(), lookalike_cases(), format_cases()
    detect = anonymizer.detect_many
    results: dict = {
        "anonymizer": {"entities": list(anonymizer.entities),
                       "score_threshold": anonymizer.score_threshold},  # fmt: skip
        "email": score_positives(emails, detect([c.text for c in emails])),
        "email_lookalikes": score_lookalikes(lookalikes, detect([c.text for c in lookalikes])),
        "formats": {},
    }
    other_dets = detect([c.text for c in others])
    for entity in dict.fromkeys(c.entity for c in others):
        idx = [i for i, c in enumerate(others) if c.entity == entity]
        results["formats"][entity] = score_positives(
            [others[i] for i in idx], [other_dets[i] for i in idx]
        )
    results["machine"] = {"python": platform.python_version()}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=RESULTS, help="where the JSON goes")
    args = parser.parse_args()
    results = run()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"e-mail recall {results['email']['overall']['recall']:.3f} "
          f"(typed {results['email']['overall']['typed_recall']:.3f}, "
          f"n={results['email']['overall']['n']}); look-alikes false-mask rate "
          f"{results['email_lookalikes']['overall']['false_mask_rate']:.3f} "
          f"(n={results['email_lookalikes']['overall']['n']})")  # fmt: skip
    for entity, r in results["formats"].items():
        for fmt, s in r["formats"].items():
            print(f"{entity:15} {fmt:32} n={s['n']:3} recall {s['recall']:.3f} "
                  f"typed {s['typed_recall']:.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
