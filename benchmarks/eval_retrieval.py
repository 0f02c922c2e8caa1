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
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from kbqa.embedding import shared_embedder
from kbqa.evaluation import RETRIEVERS, evaluate_beir, load_beir
from kbqa.index import FaissIndex
from kbqa.lexical import LexicalIndex, tokenize
from kbqa.retrieval import HybridRetriever

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
DEFAULT_SETS = [
    SHARED / "retrieval_cranfield",
    SHARED / "en_xquad" / "beir_derived_en",
    SHARED / "en_xquad" / "beir_derived_zh",
    SHARED / "zh_cmrc2018" / "beir_derived_dev",
]
RESULTS = REPO / "benchmarks" / "results" / "retrieval_eval.json"

# Reported beside the default fusion: the default without the Chinese bigram list, plain RRF
# (the ANCHORS.md baseline: dense + BM25, equal weights), RRF with the language-aware weights and
# the bigram list, and score fusion with neither.
VARIANTS = {
    "no_bigrams": {"bigram_weight": 0.0},
    "rrf_plain": {"fusion": "rrf", "dense_weight_cjk": 1.0, "bigram_weight": 0.0},
    "rrf_lang": {"fusion": "rrf", "dense_weight_cjk": 0.005},
    "score_plain": {"fusion": "score", "dense_weight_cjk": 1.0, "bigram_weight": 0.0},
}


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
    cost = None
    if not args.dirs:
        cost = scale_cost([folder for folder in dirs], embedder)
        print(f"\nBM25/fusion cost at {cost['chunks']} chunks: {json.dumps(cost)}")
    report = {
        "command": "python -m benchmarks.eval_retrieval "
        + " ".join([*(str(d) for d in args.dirs)]
                   + ([f"--max-queries {args.max_queries}"] if args.max_queries else [])),
        "embedder": embedder.name,
        "embedding_cache_used": args.embedding_cache is not None,
        "machine": f"{platform.machine()}, {platform.python_version()}",
        "total_s": round(time.perf_counter() - started, 1),
        "sets": results,
        "cost_10k_chunks": cost,
    }
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    if args.write or not args.dirs:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {RESULTS.relative_to(REPO)}", file=sys.stderr)
    return 0


def scale_cost(folders: list[Path], embedder, n_chunks: int = 10_000) -> dict:
    """Build and query cost of the BM25 index and the fused search at ``n_chunks`` chunks.

    The chunks are the sets' documents (English and Chinese) repeated up to ``n_chunks``;
    the dense side uses random unit vectors (FAISS cost does not depend on their values).
    """
    texts: list[str] = []
    queries: list[str] = []
    for folder in folders:
        data = load_beir(folder, max_queries=50)
        texts.extend(data.docs)
        queries.extend(data.queries.values())
    texts = [texts[i % len(texts)] for i in range(n_chunks)]
    ids = np.arange(n_chunks, dtype=np.int64)

    t = time.perf_counter()
    tokens = tokenize(texts)
    tokenize_s = time.perf_counter() - t
    lexical = LexicalIndex()
    t = time.perf_counter()
    lexical.build_from_tokens(ids, tokens)
    index_s = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        lexical.save(Path(tmp) / "bm25")
        save_s = time.perf_counter() - t
        size = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file())
        t = time.perf_counter()
        LexicalIndex.load(Path(tmp) / "bm25")
        load_s = time.perf_counter() - t

    vectors = np.random.default_rng(0).normal(size=(n_chunks, embedder.dim)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    dense = FaissIndex(embedder.dim)
    dense.add(ids, vectors)
    retriever = HybridRetriever(embedder, dense, lexical, top_k=10)
    query_vectors = embedder.embed(queries)
    allowed = ids[::10]  # a user who may see 10% of the chunks

    def per_query_ms(fn) -> float:
        t = time.perf_counter()
        for i, q in enumerate(queries):
            fn(i, q)
        return round(1000 * (time.perf_counter() - t) / len(queries), 2)

    t = time.perf_counter()
    for q in queries:
        embedder.embed([q])
    embed_ms = round(1000 * (time.perf_counter() - t) / len(queries), 2)

    # FAISS parallelizes even a single query with OpenMP; on a busy machine that costs more
    # than it saves. Measured both ways.
    import faiss

    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        dense_1thread_ms = per_query_ms(lambda i, q: dense.search(query_vectors[i], 100))
        fused_1thread_ms = per_query_ms(
            lambda i, q: retriever.retrieve(q, query_vector=query_vectors[i]))
    finally:
        faiss.omp_set_num_threads(threads)
    return {
        "chunks": n_chunks,
        "chars": sum(map(len, texts)),
        "queries": len(queries),
        "bm25_tokenize_s": round(tokenize_s, 2),
        "bm25_index_s": round(index_s, 2),
        "bm25_save_s": round(save_s, 2),
        "bm25_load_s": round(load_s, 2),
        "bm25_files_mb": round(size / 1e6, 1),
        "bm25_search_ms": per_query_ms(lambda i, q: lexical.search(q, 100)),
        "bm25_search_allowed_10pct_ms": per_query_ms(lambda i, q: lexical.search(q, 100, allowed)),
        "dense_search_ms": per_query_ms(lambda i, q: dense.search(query_vectors[i], 100)),
        "dense_search_allowed_10pct_ms": per_query_ms(
            lambda i, q: dense.search_filtered(query_vectors[i], 100, allowed)),
        "fused_retrieve_ms_without_embedding": per_query_ms(
            lambda i, q: retriever.retrieve(q, query_vector=query_vectors[i])),
        "fused_retrieve_allowed_10pct_ms_without_embedding": per_query_ms(
            lambda i, q: retriever.retrieve(q, allowed_ids=allowed, query_vector=query_vectors[i])),
        "dense_search_1thread_ms": dense_1thread_ms,
        "fused_retrieve_1thread_ms_without_embedding": fused_1thread_ms,
        "query_embedding_ms": embed_ms,
        "load_average_1min": round(os.getloadavg()[0], 1),
        "cpus": os.cpu_count(),
    }


def _print(result: dict) -> None:
    print(f"\n{result['set']}  ({result['docs']} docs, {result['queries']} queries)")
    print(f"  {'retriever':<10} {'nDCG@10':>8} {'R@10':>7} {'R@100':>7} {'MRR@10':>7}")
    for name in [*RETRIEVERS, "bigrams", *VARIANTS]:
        if name not in result["metrics"]:
            continue
        m = result["metrics"][name]
        print(f"  {name:<10} {m['ndcg@10']:>8.1f} {m['recall@10']:>7.1f} "
              f"{m['recall@100']:>7.1f} {m['mrr@10']:>7.1f}")


if __name__ == "__main__":
    raise SystemExit(main())
