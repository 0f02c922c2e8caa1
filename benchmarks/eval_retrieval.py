"""Retrieval quality of dense-only, BM25-only and fused (hybrid) search on BEIR-layout sets.

Run from the repo root:

    .venv/bin/python -m benchmarks.eval_retrieval DIR [DIR ...] [--max-queries N]
        [--embedding-cache /tmp/kbqa-emb] [--json]

With no DIR it runs the four shared sets (read in place beside the repo, never copied into it)
and writes benchmarks/results/retrieval_eval.json; with DIRs it prints the figures only, unless
``--write`` is given.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

from kbqa.embedding import shared_embedder
from kbqa.evaluation import RETRIEVERS, evaluate_beir

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
DEFAULT_SETS = [
    SHARED / "retrieval_cranfield",
    SHARED / "en_xquad" / "beir_derived_en",
    SHARED / "en_xquad" / "beir_derived_zh",
    SHARED / "zh_cmrc2018" / "beir_derived_dev",
]
RESULTS = REPO / "benchmarks" / "results" / "retrieval_eval.json"

# Plain RRF with equal weights, the ANCHORS.md baseline, reported beside the default fusion.
VARIANTS = {"rrf_plain": {"dense_weight": 1.0, "bm25_weight": 1.0, "dense_weight_cjk": 1.0}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.eval_retrieval")
    parser.add_argument("dirs", nargs="*", type=Path, help="BEIR folders (default: the 4 shared sets)")
    parser.add_argument("--max-queries", type=int, default=None, help="first N judged queries")
    parser.add_argument("--embedding-cache", type=Path, default=None,
                        help="keep corpus/query vectors here between runs (e.g. /tmp/kbqa-emb)")
    parser.add_argument("--write", action="store_true",
                        help=f"write {RESULTS.relative_to(REPO)} (default when no DIR is given)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)

    dirs = args.dirs or DEFAULT_SETS
    missing = [d for d in dirs if not (d / "corpus.jsonl").is_file()]
    if missing:
        print(f"not a BEIR folder (no corpus.jsonl): {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    embedder = shared_embedder("all-MiniLM-L6-v2")
    results = []
    started = time.perf_counter()
    for folder in dirs:
        result = evaluate_beir(
            folder, embedder, max_queries=args.max_queries,
            embedding_cache=args.embedding_cache, variants=VARIANTS,
            log=lambda msg: print(msg, file=sys.stderr),
        )
        results.append(result)
        if not args.json:
            _print(result)
    report = {
        "command": "python -m benchmarks.eval_retrieval "
        + " ".join([*(str(d) for d in args.dirs)]
                   + ([f"--max-queries {args.max_queries}"] if args.max_queries else [])),
        "embedder": embedder.name,
        "machine": f"{platform.machine()}, {platform.python_version()}",
        "total_s": round(time.perf_counter() - started, 1),
        "sets": results,
    }
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    if args.write or not args.dirs:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {RESULTS.relative_to(REPO)}", file=sys.stderr)
    return 0


def _print(result: dict) -> None:
    print(f"\n{result['set']}  ({result['docs']} docs, {result['queries']} queries)")
    print(f"  {'retriever':<10} {'nDCG@10':>8} {'R@10':>7} {'R@100':>7} {'MRR@10':>7}")
    for name in [*RETRIEVERS, *VARIANTS]:
        m = result["metrics"][name]
        print(f"  {name:<10} {m['ndcg@10']:>8.1f} {m['recall@10']:>7.1f} "
              f"{m['recall@100']:>7.1f} {m['mrr@10']:>7.1f}")


if __name__ == "__main__":
    raise SystemExit(main())
