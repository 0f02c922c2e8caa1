"""Ingest throughput per stage, on sample_docs and on a generated corpus of ~2,000 documents.

    .venv/bin/python benchmarks/bench_ingest.py [--docs 2000]

Writes benchmarks/results/ingest.json and the "Ingest" section of docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.corpus import write_corpus  # noqa: E402
from benchmarks.report import write_section  # noqa: E402


def _measure(name: str, paths: list[Path], data_dir: Path) -> dict:
    from kbqa import KnowledgeBase

    total_bytes = sum(p.stat().st_size for p in _files(paths))
    started = time.perf_counter()
    kb = KnowledgeBase(data_dir)
    kb.embedder  # model load is reported apart from ingest
    load_s = time.perf_counter() - started
    report = kb.ingest(paths)
    chars = sum(len(c.text) for c, _ in kb.store.chunks_by_id(
        [int(i) for i in kb.index().ids()]).values())
    stages = report.stages_s
    counts = report.counts
    wall = stages["total"]
    result = {
        "corpus": name,
        "files": counts["seen"],
        "failed": counts["failed"],
        "chunks": counts["chunks_added"],
        "input_mb": round(total_bytes / 1e6, 2),
        "chunk_chars": chars,
        "model_load_s": round(load_s, 2),
        "stages_s": {k: round(v, 2) for k, v in stages.items()},
        "docs_per_s": round(counts["seen"] / wall, 1),
        "chunks_per_s": round(counts["chunks_added"] / wall, 1),
        "mb_per_s": round(total_bytes / 1e6 / wall, 3),
        "anonymize_chars_per_s": round(chars / stages["anonymize"]) if stages["anonymize"] else None,
        "embed_chunks_per_s": round(counts["chunks_added"] / stages["embed"], 1) if stages["embed"] else None,
        "embed_share_of_wall": round(stages["embed"] / wall, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print(json.dumps(result, indent=1))
    return result


def _files(paths: list[Path]) -> list[Path]:
    out = []
    for p in paths:
        out.extend([p] if p.is_file() else [f for f in p.rglob("*") if f.is_file()])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=2000)
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        results.append(_measure("sample_docs", [REPO / "sample_docs"], tmp_path / "kb_sample"))
        corpus = tmp_path / "corpus"
        write_corpus(corpus, args.docs)
        results.append(_measure(f"generated ({args.docs} docs)", [corpus], tmp_path / "kb_gen"))
    machine = f"{platform.machine()}, {__import__('os').cpu_count()} cores, Python {platform.python_version()}"
    out = REPO / "benchmarks" / "results" / "ingest.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"machine": machine, "results": results}, indent=1) + "\n")

    lines = [
        f"Machine: {machine}. Command: `.venv/bin/python benchmarks/bench_ingest.py --docs {args.docs}`.",
        "Stages: parse = waiting on the sandboxed parser process; anonymize = Presidio masking;",
        "embed = all-MiniLM-L6-v2 on the CPU; index = SQLite transaction + FAISS add + atomic save.",
        "",
        "| corpus | files | chunks | MB | total s | parse s | anonymize s | chunk s | embed s | index s "
        "| docs/s | chunks/s | MB/s | masking chars/s | embed share | peak RSS MB |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        s = r["stages_s"]
        lines.append(
            f"| {r['corpus']} | {r['files']} | {r['chunks']} | {r['input_mb']} | {s['total']} | "
            f"{s['parse']} | {s['anonymize']} | {s['chunk']} | {s['embed']} | {s['index']} | "
            f"{r['docs_per_s']} | {r['chunks_per_s']} | {r['mb_per_s']} | "
            f"{r['anonymize_chars_per_s']:,} | {r['embed_share_of_wall']:.0%} | {r['peak_rss_mb']} |"
        )
    write_section(REPO / "docs" / "BENCHMARKS.md", "Ingest", "\n".join(lines))


if __name__ == "__main__":
    main()
