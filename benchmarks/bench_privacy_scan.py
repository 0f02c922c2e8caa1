"""The privacy scan and re-masking on sample_docs: what a leaking data dir reports, how long the
scan and ``ingest --force`` take, and that the data dir is clean afterwards.

A leaking data dir is made as an older kbqa made one: sample_docs ingested with only names masked
(``pii_entities=["PERSON"]``), so every planted e-mail address, phone number, ID, card and IBAN
(tests/fixtures/planted_pii.json) is stored as written. Then ``privacy_scan`` (timed, models
loaded beforehand), ``ingest(force=True)`` with every type masked, and the scan again; last, the
planted pattern values are looked for in the bytes of every file under the data dir.

    .venv/bin/python -m benchmarks.bench_privacy_scan

Writes benchmarks/results/privacy_scan.json.
"""

from __future__ import annotations

import json
import platform
import tempfile
import time
from pathlib import Path

from kbqa import KnowledgeBase, Settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DOCS = ROOT / "sample_docs"
RESULT = ROOT / "benchmarks" / "results" / "privacy_scan.json"


def _leaks(data_dir: Path, values: list[str]) -> list[str]:
    blobs = [p.read_bytes() for p in data_dir.rglob("*") if p.is_file()]
    return [v for v in values if any(v.encode("utf-8") in b for b in blobs)]


def _recall(kb: KnowledgeBase, values: list[str]) -> dict[str, object]:
    """Which planted values lie inside a span the scan's detector finds in the stored text
    (here, in the benchmark, the spans' text is looked at; the scan itself never keeps it)."""
    from kbqa.privacy import pattern_detector
    from kbqa.store import ChunkRow

    detect = pattern_detector(kb.settings)
    with kb.store.session() as s:
        texts = [t for (t,) in s.query(ChunkRow.text)] + [d.title for d in kb.documents()]
    found = [text[a:b] for text, spans in zip(texts, detect(texts)) for a, b, _ in spans]
    missed = [v for v in values if not any(v in f for f in found)]
    stored = [v for v in values if any(v in t for t in texts)]
    return {"stored": len(stored), "found": len(stored) - len([m for m in missed if m in stored]),
            "missed": [m for m in missed if m in stored]}


def main() -> None:
    planted = json.loads((ROOT / "tests/fixtures/planted_pii.json").read_text(encoding="utf-8"))
    values = sorted({p["value"] for p in planted if p["entity_type"] != "PERSON"})
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "kb"
        old = KnowledgeBase(data, settings=Settings(pii_entities=["PERSON"]))
        old.ingest([SAMPLE_DOCS])
        old.store.engine.dispose()
        kb = KnowledgeBase(data)
        kb.privacy_scan()  # loads the recognizers; the timed runs below do not
        recall = _recall(kb, values)
        start = time.perf_counter()
        before = kb.privacy_scan()
        scan_s = time.perf_counter() - start
        leaked_before = _leaks(data, values)
        start = time.perf_counter()
        report = kb.ingest([SAMPLE_DOCS], force=True)
        force_s = time.perf_counter() - start
        start = time.perf_counter()
        after = kb.privacy_scan()
        rescan_s = time.perf_counter() - start
        result = {
            "machine": f"{platform.machine()}, {platform.python_version()}",
            "planted_pattern_values": len(values),
            "leaking": {"planted_values_recall": recall, "counts": before.counts, "documents": len(before.documents()),
                        "values_in_files": len(leaked_before), "scanned": before.scanned,
                        "scan_s": round(scan_s, 2)},
            "force": {"counts": report.counts, "seconds": round(force_s, 2)},
            "after": {"clean": after.clean, "counts": after.counts,
                      "free_pages": after.free_pages, "values_in_files": len(_leaks(data, values)),
                      "scan_s": round(rescan_s, 2)},
        }
    RESULT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
