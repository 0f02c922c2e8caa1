"""Retrieval latency and memory at several corpus sizes, on synthetic data.

    .venv/bin/python benchmarks/bench_retrieval.py [--sizes 10000 100000 1000000] [--queries 200]

Queries run one at a time, as a server answers them. For each size: the dense index
``FaissIndex.build`` chooses (and exact flat search beside it, up to ``--flat-max`` vectors),
each without and with an access filter allowing 30% of the chunks; BM25 (``LexicalIndex``); and
the hybrid path (``HybridRetriever.retrieve``) twice: with a precomputed query vector (the search
alone), and from the query text, embedded by the real all-MiniLM-L6-v2 on the CPU as a served
question is (what a user waits for). Query embedding alone is timed too.

Data: 384-d vectors from a two-level Gaussian mixture (256 topics, 4,096 clusters), normalized
and generated in batches so the generator never holds the corpus; chunk texts of ~120 words
drawn from a Zipf distribution over a 50k-word synthetic vocabulary; queries of 5-8 words from the
same distribution, and query vectors drawn fresh from the mixture (not copies of stored ones).

Writes benchmarks/results/retrieval_latency.json and the "Retrieval latency" section of
docs/BENCHMARKS.md (not with ``--no-docs``).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.report import write_section  # noqa: E402
from kbqa.embedding import Embedder, shared_embedder  # noqa: E402
from kbqa.index import FLAT_LIMIT, FaissIndex  # noqa: E402
from kbqa.lexical import LexicalIndex, tokenize  # noqa: E402
from kbqa.retrieval import HybridRetriever  # noqa: E402

DIM = 384
BATCH = 10_000
ACL_SHARE = 0.3
TOPICS, CLUSTERS = 256, 4096
CLUSTER_SPREAD = 1.75  # noise norm relative to the cluster centre: cosine ~0.5 to it
VOCABULARY = 50_000
ZIPF_EXPONENT = 1.07
WORDS_PER_CHUNK = (80, 160)
WORDS_PER_QUERY = (5, 8)
K = 10
DEPTH = 100  # HybridRetriever's default candidates per search


# -- synthetic corpus -------------------------------------------------------------------------
def _centres() -> np.ndarray:
    rng = np.random.default_rng(1)
    topics = _unit(rng.normal(size=(TOPICS, DIM)))
    offsets = rng.normal(size=(CLUSTERS, DIM)) / np.sqrt(DIM)
    return _unit(topics[rng.integers(0, TOPICS, CLUSTERS)] + offsets)


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def _mixture(centres: np.ndarray, n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    noise = rng.standard_normal(size=(n, DIM), dtype=np.float32) * (CLUSTER_SPREAD / np.sqrt(DIM))
    return _unit(centres[rng.integers(0, CLUSTERS, n)] + noise)


Batches = Callable[[], Iterator[tuple[np.ndarray, np.ndarray]]]


def vector_batches(n: int, centres: np.ndarray) -> Batches:
    """Chunk ids 1..n and their vectors in batches; the same data on every call."""

    def batches() -> Iterator[tuple[np.ndarray, np.ndarray]]:
        for start in range(0, n, BATCH):
            size = min(BATCH, n - start)
            ids = np.arange(start + 1, start + size + 1, dtype=np.int64)
            yield ids, _mixture(centres, size, seed=start)

    return batches


def _vocabulary() -> np.ndarray:
    """Pronounceable words that ``tokenize`` keeps as they are, so pre-made tokens match queries."""
    rng = np.random.default_rng(2)
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < VOCABULARY:
        lengths = rng.integers(2, 5, VOCABULARY)
        candidates = ["".join(rng.choice(syllables, size)) for size in lengths]
        candidates = [w for w in dict.fromkeys(candidates) if w not in seen]
        for word, tokens in zip(candidates, tokenize(candidates)):
            if tokens == [word] and len(words) < VOCABULARY:
                words.append(word)
                seen.add(word)
    return np.array(words, dtype=object)  # object array: slicing shares the str objects


def _zipf_words(vocab: np.ndarray, counts: np.ndarray, rng: np.random.Generator) -> list[list[str]]:
    ranks = np.arange(1, len(vocab) + 1, dtype=np.float64)
    cdf = np.cumsum(ranks**-ZIPF_EXPONENT)
    picks = np.searchsorted(cdf, rng.random(int(counts.sum())) * cdf[-1])
    words = vocab[picks]
    bounds = np.concatenate([[0], np.cumsum(counts)])
    return [words[a:b].tolist() for a, b in zip(bounds[:-1], bounds[1:])]


def chunk_tokens(n: int, vocab: np.ndarray) -> list[list[str]]:
    out: list[list[str]] = []
    for start in range(0, n, BATCH):
        rng = np.random.default_rng(10_000_000 + start)
        counts = rng.integers(WORDS_PER_CHUNK[0], WORDS_PER_CHUNK[1] + 1, min(BATCH, n - start))
        out.extend(_zipf_words(vocab, counts, rng))
    return out


# -- measuring --------------------------------------------------------------------------------
def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _timed(fn: Callable[[int], object], queries: int, warmup: int = 5) -> dict:
    for i in range(min(warmup, queries)):
        fn(i)
    times = []
    for i in range(queries):
        started = time.perf_counter()
        fn(i)
        times.append(1000 * (time.perf_counter() - started))
    return {
        "p50_ms": round(float(np.percentile(times, 50)), 2),
        "p95_ms": round(float(np.percentile(times, 95)), 2),
        "mean_ms": round(float(np.mean(times)), 2),
    }


def _recall(found: np.ndarray, truth: np.ndarray) -> float:
    hits = [len(np.intersect1d(f[f >= 0], t[t >= 0])) / max(1, np.count_nonzero(t >= 0))
            for f, t in zip(found, truth)]
    return round(float(np.mean(hits)), 3)


def _file_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return round(sum(p.stat().st_size for p in files) / 1e6, 1)


def measure(n: int, args: argparse.Namespace, centres: np.ndarray, vocab: np.ndarray,
            tmp: Path, embedder: Embedder) -> dict:
    n_queries = args.queries
    batches = vector_batches(n, centres)
    qvecs = _mixture(centres, n_queries, seed=987_654_321)  # no batch uses this seed
    rng = np.random.default_rng(3)
    lengths = rng.integers(WORDS_PER_QUERY[0], WORDS_PER_QUERY[1] + 1, n_queries)
    qwords = _zipf_words(vocab, lengths, rng)
    qtexts = [" ".join(words) for words in qwords]
    ids = np.arange(1, n + 1, dtype=np.int64)
    allowed = np.sort(ids[np.random.default_rng(4).random(n) < ACL_SHARE])
    row: dict = {"chunks": n}
    log = lambda msg: print(f"[{n:,}] {msg}", flush=True)  # noqa: E731

    rss = _rss_mb()
    started = time.perf_counter()
    dense = FaissIndex.build(DIM, batches, flat_limit=args.flat_limit)
    row["dense"] = {
        "kind": dense.kind, "nlist": dense._nlist, "nprobe": dense.nprobe,
        "build_s": round(time.perf_counter() - started, 2),
        "rss_delta_mb": round(_rss_mb() - rss),
    }
    started = time.perf_counter()
    dense.save(tmp / "dense.faiss", 0)
    row["dense"].update(save_s=round(time.perf_counter() - started, 2),
                        file_mb=_file_mb(tmp / "dense.faiss"))
    (tmp / "dense.faiss").unlink()
    log(f"dense {row['dense']}")
    row["dense"]["search"] = _timed(lambda i: dense.search(qvecs[i], K), n_queries)
    row["dense"]["search_acl30"] = _timed(
        lambda i: dense.search_filtered(qvecs[i], K, allowed), n_queries)
    dense.single_query_threads = None  # every OpenMP thread, for comparison
    row["dense"]["search_all_threads"] = _timed(lambda i: dense.search(qvecs[i], K), n_queries)
    dense.single_query_threads = FaissIndex.single_query_threads

    if dense.kind == "flat" or n <= args.flat_max:
        exact = dense if dense.kind == "flat" else FaissIndex(DIM)
        if exact is not dense:
            rss, started = _rss_mb(), time.perf_counter()
            for batch_ids, vectors in batches():
                exact.add(batch_ids, vectors)
            row["exact"] = {"build_s": round(time.perf_counter() - started, 2),
                            "rss_delta_mb": round(_rss_mb() - rss)}
            row["exact"]["search"] = _timed(lambda i: exact.search(qvecs[i], K), n_queries)
            row["exact"]["search_acl30"] = _timed(
                lambda i: exact.search_filtered(qvecs[i], K, allowed), n_queries)
        truth = exact.search(qvecs, K)[1]  # a batch: every thread, BLAS
        truth_acl = exact.search_filtered(qvecs, K, allowed)[1]
        found = np.stack([dense.search(q, K)[1][0] for q in qvecs])
        found_acl = np.stack([dense.search_filtered(q, K, allowed)[1][0] for q in qvecs])
        row["dense"]["recall@10"] = _recall(found, truth)
        row["dense"]["recall@10_acl30"] = _recall(found_acl, truth_acl)
        del exact
    log(f"dense search {row['dense']}")

    tokens = chunk_tokens(n, vocab)
    rss, started = _rss_mb(), time.perf_counter()
    lexical = LexicalIndex()
    lexical.build_from_tokens(ids, tokens)
    row["bm25"] = {"build_s": round(time.perf_counter() - started, 2)}
    del tokens
    row["bm25"]["rss_delta_mb"] = round(_rss_mb() - rss)
    lexical.save(tmp / "bm25", 0)
    row["bm25"]["file_mb"] = _file_mb(tmp / "bm25")
    row["bm25"]["search"] = _timed(lambda i: lexical.search_tokens(qwords[i], DEPTH), n_queries)
    row["bm25"]["search_acl30"] = _timed(
        lambda i: lexical.search_tokens(qwords[i], DEPTH, allowed), n_queries)
    log(f"bm25 {row['bm25']}")

    # The embedder is never called: every query comes with its vector.
    retriever = HybridRetriever(object(), dense, lexical, depth=DEPTH)  # type: ignore[arg-type]
    row["hybrid"] = {
        "search": _timed(
            lambda i: retriever.retrieve(qtexts[i], query_vector=qvecs[i]), n_queries),
        "search_acl30": _timed(
            lambda i: retriever.retrieve(qtexts[i], allowed_ids=allowed, query_vector=qvecs[i]),
            n_queries),
    }
    # What a served question costs: the model embeds the query text (its vector lands among
    # the synthetic ones like any other query; the search cost does not depend on where).
    served = HybridRetriever(embedder, dense, lexical, depth=DEPTH)
    row["embed_query"] = _timed(lambda i: embedder.embed([qtexts[i]]), n_queries)
    row["hybrid"]["search_embed"] = _timed(lambda i: served.retrieve(qtexts[i]), n_queries)
    row["hybrid"]["search_acl30_embed"] = _timed(
        lambda i: served.retrieve(qtexts[i], allowed_ids=allowed), n_queries)
    log(f"hybrid {row['hybrid']}, embed {row['embed_query']}")
    return row


# -- report -----------------------------------------------------------------------------------
def _markdown(result: dict) -> str:
    def cell(part: dict, key: str) -> str:
        s = part.get(key)
        return f"{s['p50_ms']} / {s['p95_ms']}" if s else "–"

    lines = [
        f"Machine: {result['machine']}; load average {result['load_average']} at start; "
        f"{result['date']}. Command: `{result['command']}`.",
        f"Synthetic data (see the script's docstring): {DIM}-d clustered vectors, ~120-word chunks "
        f"from a Zipf vocabulary of {VOCABULARY:,} words. One query at a time; latencies are "
        f"p50 / p95 in ms. Dense returns {K} results, BM25 {DEPTH} (the hybrid depth), hybrid "
        f"its default 5 from {DEPTH} candidates per search. ACL = a filter allowing "
        f"{ACL_SHARE:.0%} of the chunks, applied inside each search. \"dense, all threads\": "
        "the chosen index with every OpenMP thread instead of one per query. Recall@10: the "
        "chosen index against exact search on the same queries. \"hybrid\" is the search "
        "alone, given the query's vector; \"+ embed\" is what a user waits for: the query text "
        "embedded by all-MiniLM-L6-v2 on the CPU, then the search. Target: hybrid p95 <= 50 ms "
        "at 1M chunks, the query embedding included.",
        "",
        "| chunks | dense index | dense | dense ACL | exact flat | exact flat ACL "
        "| dense, all threads | recall@10 | recall@10 ACL | BM25 | BM25 ACL | hybrid "
        "| hybrid ACL | query embedding | hybrid + embed | hybrid ACL + embed |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in result["results"]:
        d, e = r["dense"], r.get("exact", r["dense"] if r["dense"]["kind"] == "flat" else {})
        kind = "flat" if d["kind"] == "flat" else f"IVF {d['nlist']} lists, nprobe {d['nprobe']}"
        lines.append(
            f"| {r['chunks']:,} | {kind} | {cell(d, 'search')} | {cell(d, 'search_acl30')} "
            f"| {cell(e, 'search')} | {cell(e, 'search_acl30')} | {cell(d, 'search_all_threads')} "
            f"| {d.get('recall@10', '–')} | {d.get('recall@10_acl30', '–')} "
            f"| {cell(r['bm25'], 'search')} | {cell(r['bm25'], 'search_acl30')} "
            f"| {cell(r['hybrid'], 'search')} | {cell(r['hybrid'], 'search_acl30')} "
            f"| {cell(r, 'embed_query')} | {cell(r['hybrid'], 'search_embed')} "
            f"| {cell(r['hybrid'], 'search_acl30_embed')} |"
        )
    lines += ["", _verdict(result)]
    lines += [
        "",
        "Build and memory (RSS delta = resident memory the index added; file = saved size):",
        "",
        "| chunks | dense build s | dense RSS MB | dense file MB | dense save s "
        "| exact flat build s | BM25 build s | BM25 RSS MB | BM25 files MB |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in result["results"]:
        d, b = r["dense"], r["bm25"]
        lines.append(
            f"| {r['chunks']:,} | {d['build_s']} | {d['rss_delta_mb']} | {d['file_mb']} "
            f"| {d['save_s']} | {r.get('exact', {}).get('build_s', '–')} | {b['build_s']} "
            f"| {b['rss_delta_mb']} | {b['file_mb']} |"
        )
    return "\n".join(lines)


TARGET_P95_MS = 50.0


def _verdict(result: dict) -> str:
    """Whether the honest figure (query embedding included, ACL filter on) meets the target."""
    largest = max(result["results"], key=lambda r: r["chunks"])
    worst = largest["hybrid"].get("search_acl30_embed")
    if worst is None:
        return "Target not checked: this run did not time the query embedding."
    met = worst["p95_ms"] <= TARGET_P95_MS
    scope = "" if largest["chunks"] >= 1_000_000 else (
        f" (largest size run: {largest['chunks']:,} chunks, not the 1M of the target)")
    return (f"**Target (hybrid p95 <= {TARGET_P95_MS:g} ms at 1M chunks, embedding included) "
            f"{'met' if met else 'MISSED'}**{scope}: hybrid with a 30% ACL filter and the query "
            f"embedding, p95 {worst['p95_ms']} ms at {largest['chunks']:,} chunks; without the "
            f"embedding {largest['hybrid']['search_acl30']['p95_ms']} ms.")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--flat-max", type=int, default=1_000_000,
                        help="largest size at which exact flat search is also measured")
    parser.add_argument("--flat-limit", type=int, default=FLAT_LIMIT,
                        help="size from which the dense index is IVF (FaissIndex.build)")
    parser.add_argument("--out", type=Path,
                        default=REPO / "benchmarks" / "results" / "retrieval_latency.json")
    parser.add_argument("--no-docs", action="store_true", help="do not write docs/BENCHMARKS.md")
    args = parser.parse_args()

    import faiss

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                   f"Python {platform.python_version()}, faiss {faiss.__version__}",
        "load_average": load,
        "date": datetime.date.today().isoformat(),
        "command": " ".join([".venv/bin/python benchmarks/bench_retrieval.py", *sys.argv[1:]]),
        "results": [],
    }
    centres, vocab = _centres(), _vocabulary()
    embedder = shared_embedder("all-MiniLM-L6-v2")
    embedder.embed(["warm-up"])
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            result["results"].append(measure(n, args, centres, vocab, Path(tmp), embedder))
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    print(_markdown(result))
    if not args.no_docs:
        write_section(REPO / "docs" / "BENCHMARKS.md", "Retrieval latency", _markdown(result))


if __name__ == "__main__":
    main()
