"""How well the anonymizer finds Chinese personal names in Chinese text, and what it costs.

Runs ``ingest.anonymize.Anonymizer`` (default entities and threshold) over the labelled set of
``benchmarks/zh_name_set.py``: 20 business-document templates filled with Faker zh_CN / zh_TW
names and compound-surname names, 30 copies each. Half the templates were used while writing
``ingest/pii_zh_names.py`` (``tune``), the other half only to report (``held_out``). Scoring is
``benchmarks.pii_eval.score``: span-level, a gold name is found when PERSON predictions cover at
least half of it, F2 weighs recall 4x precision.

False masks: every PERSON mask in text with no name in it, namely the no-name business sentences
of ``zh_name_set.NO_NAME_SENTENCES`` (risky words such as 王国, 高速, 金额, places, companies,
products; used while tuning), ``NO_NAME_HELD_OUT`` (written after tuning, run only to report)
and the blocks of the two Chinese files in ``sample_docs/``.

Speed: ``mask_many`` chars/s with and without the Chinese name recognizer, on the name set, on
the Chinese texts without names and on English business prose.

Run from the repo root:  .venv/bin/python -m benchmarks.zh_name_eval
Writes benchmarks/results/zh_name_eval.json.
"""

from __future__ import annotations

import json
import platform
from collections.abc import Sequence
from pathlib import Path

from benchmarks.pii_eval import Span, score, throughput
from benchmarks.zh_name_set import (
    HELD_OUT,
    NO_NAME_HELD_OUT,
    NO_NAME_SENTENCES,
    TUNE,
    load_names,
    name_set,
)
from ingest.anonymize import Anonymizer

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks/results/zh_name_eval.json"
CHINESE_SAMPLE_DOCS = ("上海办公室须知.txt", "差旅报销制度.md")


def predict(anonymizer: Anonymizer, texts: Sequence[str]) -> list[list[Span]]:
    """PERSON spans per text."""
    return [
        [(s, e, t) for s, e, t, _ in spans if t == "PERSON"]
        for spans in anonymizer.detect_many(texts)
    ]


def misses(data: list[tuple[str, list[Span]]], preds: list[list[Span]]) -> list[dict]:
    """Gold names not found, with their text."""
    out = []
    for (text, gold), pred in zip(data, preds, strict=True):
        for s, e, _ in gold:
            if not any(ps <= s and e <= pe for ps, pe, _ in pred):
                out.append({"name": text[s:e], "text": text})
    return out


def by_source(data: list[tuple[str, list[Span]]], preds: list[list[Span]]) -> dict[str, dict]:
    """Recall per name source (zh_CN, zh_TW in traditional characters, compound surnames)."""
    source_of = {name: source for source, names in load_names().items() for name in names}
    counts: dict[str, list[int]] = {}
    for (text, gold), pred in zip(data, preds, strict=True):
        for s, e, _ in gold:
            row = counts.setdefault(source_of.get(text[s:e], "?"), [0, 0])
            row[0] += 1
            row[1] += any(ps <= s and e <= pe for ps, pe, _ in pred)
    return {k: {"gold": n, "recall": round(f / n, 4)} for k, (n, f) in sorted(counts.items())}


def by_kind(
    templates: list[tuple[str, int]], data: list[tuple[str, list[Span]]], preds: list[list[Span]]
) -> dict[str, dict]:
    """Recall per template kind (``name_set`` keeps template order, the same count each)."""
    per = len(data) // len(templates)
    counts: dict[str, list[int]] = {}
    for k, ((text, gold), pred) in enumerate(zip(data, preds, strict=True)):
        row = counts.setdefault(templates[k // per][0], [0, 0])
        for s, e, _ in gold:
            row[0] += 1
            row[1] += any(ps <= s and e <= pe for ps, pe, _ in pred)
    return {k: {"gold": n, "recall": round(f / n, 4)} for k, (n, f) in counts.items()}


def no_name_texts() -> list[tuple[str, str]]:
    """(source, text) of the precision set: the no-name sentences and the Chinese sample
    documents' blocks, titles and section paths (as ingestion masks them)."""
    from ingest.loaders import load_document

    out = [("sentences", s) for s in NO_NAME_SENTENCES]
    out += [("sentences_held_out", s) for s in NO_NAME_HELD_OUT]
    for name in CHINESE_SAMPLE_DOCS:
        doc = load_document(REPO / "sample_docs" / name)
        texts = [b.text for b in doc.blocks] + [doc.title]
        texts += sorted({b.section for b in doc.blocks if b.section})
        out += [(name, t) for t in texts if t]
    return out


def consistency(data: list[tuple[str, list[Span]]], preds: list[list[Span]]) -> dict:
    """Names masked differently across the set: under different spans ("黃淑" here, "黃淑惠"
    there: two tokens for one person) or masked in one place and missed in another."""
    seen: dict[str, set[str]] = {}
    for (text, gold), pred in zip(data, preds, strict=True):
        for s, e, _ in gold:
            cover = [text[ps:pe] for ps, pe, _ in pred if ps < e and s < pe]
            seen.setdefault(text[s:e], set()).add("|".join(cover) or "(not masked)")
    several = {n: sorted(v) for n, v in seen.items() if len(v) > 1}
    return {"names": len(seen), "names_masked_differently": several}


def without_chinese_names(anonymizer: Anonymizer) -> Anonymizer:
    """The same anonymizer with the Chinese name recognizer taken out (for the speed baseline)."""
    registry = anonymizer._analyzer.registry
    registry.recognizers = [
        r for r in registry.recognizers if r.name != "ChinesePersonRecognizer"
    ]
    return anonymizer


def run_evaluation(anonymizer: Anonymizer | None = None, speed: bool = True) -> dict:
    """Evaluate on the tune and held-out halves and the precision set; returns the results."""
    anonymizer = anonymizer or Anonymizer()
    templates = {"tune": TUNE, "held_out": HELD_OUT, "overall": TUNE + HELD_OUT}
    sets = {"tune": name_set(TUNE), "held_out": name_set(HELD_OUT)}
    sets["overall"] = sets["tune"] + sets["held_out"]
    results: dict = {"name_sets": {}}
    all_preds: list[list[Span]] = []
    for name, data in sets.items():
        preds = predict(anonymizer, [t for t, _ in data])
        if name == "overall":
            all_preds = preds
        row = score([g for _, g in data], preds, ["PERSON"])["PERSON"]
        results["name_sets"][name] = {
            "texts": len(data), **row, "by_source": by_source(data, preds),
            "by_kind": by_kind(templates[name], data, preds),
            "misses": misses(data, preds) if name != "overall" else None,
        }  # fmt: skip
    precision_set = no_name_texts()
    preds = predict(anonymizer, [t for _, t in precision_set])
    false = [
        {"source": src, "masked": text[s:e], "text": text}
        for (src, text), pred in zip(precision_set, preds, strict=True)
        for s, e, _ in pred
    ]
    results["no_name_texts"] = {
        "texts": len(precision_set),
        "chars": sum(len(t) for _, t in precision_set),
        "by_source": {
            src: {
                "texts": sum(1 for s, _ in precision_set if s == src),
                "false_masks": sum(1 for m in false if m["source"] == src),
            }
            for src in dict.fromkeys(s for s, _ in precision_set)
        },
        "false_masks": len(false),
        "masks": false,
    }
    results["consistency"] = consistency(sets["overall"], all_preds)
    if speed:
        baseline = without_chinese_names(Anonymizer())
        inputs = {
            "chinese_name_set": [t for t, _ in sets["overall"]],
            "chinese_without_names": [t for _, t in precision_set],
            "english_prose": _english_prose(),
        }
        results["speed"] = {
            name: {"with": throughput(anonymizer, texts), "without": throughput(baseline, texts)}
            for name, texts in inputs.items()
        }
    results["machine"] = {"python": platform.python_version()}
    return results


def _english_prose() -> list[str]:
    from benchmarks.pii_eval import prose_texts

    return prose_texts(150)


def write_results(results: dict, path: Path = RESULTS) -> None:
    """Write the results JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    results = run_evaluation()
    write_results(results)
    summary = {
        name: {k: row[k] for k in ("gold", "predicted", "precision", "recall", "f2")}
        for name, row in results["name_sets"].items()
    }
    print(json.dumps({"name_sets": summary,
                      "false_masks": results["no_name_texts"]["by_source"],
                      "speed": results.get("speed")}, indent=1, ensure_ascii=False))  # fmt: skip


if __name__ == "__main__":
    main()
