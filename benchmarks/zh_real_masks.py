"""Chinese name masks on real Chinese prose: the CMRC 2018 dev passages (Chinese Wikipedia).

``benchmarks.zh_name_eval`` measures recall and precision on a synthetic, template-based set;
this one runs the real ``ingest.anonymize.Anonymizer`` (default entities and threshold) over
every passage of ``../shared/data/zh_cmrc2018/cmrc2018_dev.squad.json`` (848 passages, 432k
characters, CC BY-SA 4.0) and lists every PERSON mask holding a Han character, with its
context. The passages name many real people (athletes, emperors, actors): those are names and
correct masks. Everything else (a surname followed by an everyday word: "单中", "于是") is a
false mask.

A seeded random sample of the masks of a baseline run (the recognizer before the fix,
``benchmarks/results/zh_real_masks_before.json``) is labelled by hand in
``benchmarks/data/zh_real_masks_review.tsv``: id, masked, label (``name`` or ``not``),
note, drawn (``sample`` for the seeded draw, ``new`` for a mask the baseline did not make). The
id of a mask is ``<passage id>:<start>-<end>``, so a label stays with its mask across versions
of the recognizer, and a mask whose span changed is a new mask. Precision of a run is estimated
as (masks also in the baseline x precision of the sample ids it still makes + new masks x
precision of the reviewed new masks) / masks; new masks left unreviewed are counted and listed.

Run from the repo root:  .venv/bin/python -m benchmarks.zh_real_masks
  --baseline: write benchmarks/results/zh_real_masks_before.json and draw the sample ids there
  (done once, with the recognizer before the fix); without it, write
  benchmarks/results/zh_real_masks.json and score it against the baseline and the review.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from pathlib import Path

import regex

from ingest.anonymize import Anonymizer

REPO = Path(__file__).resolve().parents[1]
CMRC_DEV = REPO.parent / "shared/data/zh_cmrc2018/cmrc2018_dev.squad.json"
RESULTS = REPO / "benchmarks/results/zh_real_masks.json"
BASELINE = REPO / "benchmarks/results/zh_real_masks_before.json"
REVIEW = REPO / "benchmarks/data/zh_real_masks_review.tsv"
SEED = 17  # the number; the sample is drawn once from the masks of the first run
SAMPLE = 220
WINDOW = 20  # characters of context either side of a mask
_HAN = regex.compile(r"\p{Han}")
_SPACE = regex.compile(r"\s+")  # one line per mask in the review file
LABELS = ("name", "not")
FIELDS = ["id", "masked", "label", "note", "drawn"]


def passages(path: Path = CMRC_DEV) -> list[tuple[str, str]]:
    """(passage id, context) of the CMRC dev file, in file order."""
    if not path.exists():
        raise FileNotFoundError(
            f"CMRC 2018 dev file not found: {path}; it is staged in ../shared/data/zh_cmrc2018 "
            "(see its SOURCE.txt)"
        )
    data = json.loads(path.read_text(encoding="utf-8"))
    return [(p["id"], p["context"]) for a in data["data"] for p in a["paragraphs"]]


def han_person_masks(anonymizer: Anonymizer, texts: list[tuple[str, str]]) -> list[dict]:
    """Every PERSON span holding a Han character, with ``WINDOW`` characters either side."""
    out = []
    batch = 32
    for k in range(0, len(texts), batch):
        chunk = texts[k : k + batch]
        for (pid, text), spans in zip(
            chunk, anonymizer.detect_many([t for _, t in chunk]), strict=True
        ):
            for s, e, kind, _ in spans:
                if kind == "PERSON" and _HAN.search(text[s:e]):
                    out.append({
                        "id": f"{pid}:{s}-{e}", "masked": text[s:e],
                        "context": _SPACE.sub(" ", f"{text[max(0, s - WINDOW):s]}"
                                              f"[{text[s:e]}]{text[e:e + WINDOW]}"),
                    })  # fmt: skip
    return out


def draw_sample(masks: list[dict], size: int = SAMPLE, seed: int = SEED) -> list[str]:
    """Ids of a seeded random sample of ``masks``, in a stable order."""
    ids = sorted(m["id"] for m in masks)
    return sorted(random.Random(seed).sample(ids, min(size, len(ids))))


def read_review(path: Path = REVIEW) -> dict[str, dict]:
    """The hand labels by mask id (empty when the file does not exist yet)."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    bad = [r["id"] for r in rows if r["label"] not in LABELS + ("",)]
    bad += [r["id"] for r in rows if r["drawn"] not in ("sample", "new")]
    if bad:
        raise ValueError(
            f"{path}: label must be one of {LABELS} (or empty: not reviewed yet) and drawn "
            f"'sample' or 'new'; see ids {bad[:5]}"
        )
    return {r["id"]: r for r in rows}


def add_to_review(masks: list[dict], ids: list[str], drawn: str, path: Path = REVIEW) -> int:
    """Add rows with an empty label for ``ids`` not in the review file yet; returns how many."""
    rows = read_review(path)
    by_id = {m: m for m in masks} if masks and isinstance(masks[0], str) else {
        m["id"]: m for m in masks}
    added = [i for i in ids if i not in rows]
    for i in added:
        found = by_id[i]
        masked = found["masked"] if isinstance(found, dict) else ""
        rows[i] = {"id": i, "masked": masked, "label": "", "note": "", "drawn": drawn}
    write_review(list(rows.values()), path)
    return len(added)


def write_review(rows: list[dict], path: Path = REVIEW) -> None:
    """Write review rows (``FIELDS``), sorted by id."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, FIELDS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        for row in sorted(rows, key=lambda r: r["id"]):
            w.writerow({k: row.get(k, "") for k in w.fieldnames})


def verdicts(masks: list[dict], baseline: set[str], review: dict[str, dict]) -> dict:
    """Precision estimate of ``masks`` from the reviewed baseline sample and new masks."""
    made = {m["id"] for m in masks}
    unlabelled = sorted(i for i, r in review.items() if not r["label"])
    review = {i: r for i, r in review.items() if r["label"]}
    sample = [i for i, r in review.items() if r["drawn"] == "sample"]
    kept = [i for i in sample if i in made]
    dropped = [i for i in sample if i not in made]
    new_ids = sorted(made - baseline)
    new_reviewed = [i for i in new_ids if i in review]

    def precision(ids: list[str]) -> float | None:
        return sum(review[i]["label"] == "name" for i in ids) / len(ids) if ids else None

    p_kept, p_new = precision(kept), precision(new_reviewed)
    old, new = len(made) - len(new_ids), len(new_ids)
    estimate = None
    if p_kept is not None and (p_new is not None or not new):
        estimate = round((old * p_kept + new * (p_new or 0.0)) / len(made), 4)
    return {
        "sample_ids": len(sample),
        "sample_still_masked": len(kept),
        "sample_still_masked_precision": round(p_kept, 4) if p_kept is not None else None,
        "sample_dropped": {
            "names": sum(review[i]["label"] == "name" for i in dropped),
            "not_names": sum(review[i]["label"] == "not" for i in dropped),
        },
        "masks_in_baseline": old,
        "masks_new": new,
        "masks_new_reviewed": len(new_reviewed),
        "masks_new_precision": round(p_new, 4) if p_new is not None else None,
        "masks_new_unreviewed": [i for i in new_ids if i not in review],
        "rows_without_label": unlabelled,
        "precision_estimate": estimate,
        "false_masks_kept": sorted(
            f"{i} {review[i]['masked']}"
            for i in kept + new_reviewed if review[i]["label"] == "not"
        ),  # fmt: skip
        "names_dropped": sorted(
            f"{i} {review[i]['masked']}"
            for i in dropped if review[i]["label"] == "name"
        ),  # fmt: skip
    }


def run(as_baseline: bool = False, sample: int = SAMPLE) -> dict:
    """Mask the passages, count, and score against the baseline and the review file."""
    texts = passages()
    chars = sum(len(t) for _, t in texts)
    masks = han_person_masks(Anonymizer(), texts)
    result: dict = {
        "data": f"CMRC 2018 dev ({CMRC_DEV.name}), all passages",
        "passages": len(texts),
        "chars": chars,
        "han_person_masks": len(masks),
        "masks_per_10k_chars": round(len(masks) / chars * 10_000, 2),
    }
    if as_baseline:
        result["sample"] = {"seed": SEED, "ids": draw_sample(masks, sample)}
    else:
        before = json.loads(BASELINE.read_text(encoding="utf-8"))
        result["baseline"] = {
            "han_person_masks": before["han_person_masks"],
            "masks_per_10k_chars": before["masks_per_10k_chars"],
            "precision_estimate": (before.get("review") or {}).get("precision_estimate"),
        }
        baseline_ids = set(before["masks"])
        result["review"] = verdicts(masks, baseline_ids, read_review())
    if as_baseline and REVIEW.exists():
        result["review"] = verdicts(masks, {m["id"] for m in masks}, read_review())
    # Ids only: the passages stay in ../shared/data (never copied into the repo); a reviewer
    # sees each mask's context with --show ID.
    result["masks"] = [m["id"] for m in masks]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--baseline", action="store_true", help="write the baseline run")
    parser.add_argument("--sample", type=int, default=SAMPLE)
    parser.add_argument(
        "--add-to-review", action="store_true",
        help="add the sample ids (with --baseline) or the new masks to the review file, unlabelled",
    )  # fmt: skip
    parser.add_argument("--show", nargs="*", metavar="ID",
                        help="print the context of these mask ids (passage:start-end) and exit")
    args = parser.parse_args()
    if args.show is not None:
        by_id = dict(passages())
        for mask_id in args.show:
            pid, span = mask_id.rsplit(":", 1)
            s, e = (int(x) for x in span.split("-"))
            text = by_id[pid]
            print(mask_id, _SPACE.sub(" ", f"{text[max(0, s - WINDOW):s]}[{text[s:e]}]"
                                          f"{text[e:e + WINDOW]}"))
        return
    result = run(args.baseline, args.sample)
    if args.add_to_review:
        ids = result["sample"]["ids"] if args.baseline else result["review"]["masks_new_unreviewed"]
        drawn = "sample" if args.baseline else "new"
        print(f"added {add_to_review(result['masks'], ids, drawn)} rows to {REVIEW}")
    out = BASELINE if args.baseline else RESULTS
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = {k: v for k, v in result.items() if k not in ("masks", "sample")}
    if summary.get("review"):
        summary["review"] = {k: v for k, v in summary["review"].items() if not isinstance(v, list)}
    print(json.dumps(summary, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
