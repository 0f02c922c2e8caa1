"""Retrieval quality on BEIR-layout data sets: dense-only, BM25-only and fused, in one run.

A BEIR folder holds ``corpus.jsonl`` (``_id``, ``title``, ``text``), ``queries.jsonl`` (``_id``,
``text``) and ``qrels/test.tsv`` (``query-id``, ``corpus-id``, ``score``; a header line). Each
document becomes one chunk (title and text), embedded with the bundled model and indexed in
memory in a ``FaissIndex`` and a ``LexicalIndex``, the parts ``KnowledgeBase`` uses. With
``vector_uri`` the dense list comes from a Milvus collection instead (``MilvusIndex``, exact FLAT
search like FAISS's flat index, so both give the same figures), dropped after the run.

Metrics follow BEIR (pytrec_eval): nDCG@10 with linear gains from the graded qrels, Recall@k
over the judged-relevant documents (score > 0), MRR@10. Only queries with a relevant document
are evaluated.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from kbqa.index import FaissIndex
from kbqa.lexical import LexicalIndex, cjk_share, tokenize
from kbqa.retrieval import HybridRetriever

__all__ = ["BeirSet", "evaluate_beir", "evaluate_set", "load_beir", "score_run"]

RETRIEVERS = ("dense", "bm25", "fused")


@dataclass
class BeirSet:
    """A BEIR data set in memory."""

    name: str
    doc_ids: list[str]
    docs: list[str]
    queries: dict[str, str]
    qrels: dict[str, dict[str, int]] = field(default_factory=dict)


def load_beir(folder: str | Path, max_queries: int | None = None) -> BeirSet:
    """Read a BEIR folder; keeps the queries that have a relevant document (the first
    ``max_queries`` of them, in qrels order, when given)."""
    folder = Path(folder)
    doc_ids, docs = [], []
    with open(folder / "corpus.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                doc_ids.append(str(row["_id"]))
                docs.append(_doc_text(row.get("title", ""), row.get("text", "")))
    qrels: dict[str, dict[str, int]] = {}
    with open(folder / "qrels" / "test.tsv", encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t")
        next(reader, None)  # header
        for row in reader:
            if len(row) >= 3 and int(row[2]) > 0:
                qrels.setdefault(row[0], {})[row[1]] = int(row[2])
    all_queries: dict[str, str] = {}
    with open(folder / "queries.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                all_queries[str(row["_id"])] = row["text"]
    query_ids = [q for q in qrels if q in all_queries][:max_queries]
    return BeirSet(
        name=folder.name if folder.name not in ("", ".") else str(folder),
        doc_ids=doc_ids,
        docs=docs,
        queries={q: all_queries[q] for q in query_ids},
        qrels={q: qrels[q] for q in query_ids},
    )


def _doc_text(title: str, text: str) -> str:
    title, text = title.strip(), text.strip()
    # Cranfield's texts repeat the title; don't count its words twice.
    if not title or text.lower().startswith(title.lower()):
        return text
    return f"{title}\n{text}"


def score_run(
    run: dict[str, list[str]], qrels: dict[str, dict[str, int]]
) -> dict[str, float]:
    """nDCG@10, Recall@10, Recall@100 and MRR@10 (in %) of ranked doc ids per query."""
    totals = {"ndcg@10": 0.0, "recall@10": 0.0, "recall@100": 0.0, "mrr@10": 0.0}
    for qid, relevant in qrels.items():
        ranked = run.get(qid, [])
        dcg = sum(relevant.get(d, 0) / math.log2(i + 2) for i, d in enumerate(ranked[:10]))
        ideal = sorted(relevant.values(), reverse=True)[:10]
        idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
        totals["ndcg@10"] += dcg / idcg if idcg else 0.0
        totals["recall@10"] += len(set(ranked[:10]) & relevant.keys()) / len(relevant)
        totals["recall@100"] += len(set(ranked[:100]) & relevant.keys()) / len(relevant)
        first = next((i for i, d in enumerate(ranked[:10]) if d in relevant), None)
        totals["mrr@10"] += 1.0 / (first + 1) if first is not None else 0.0
    n = max(len(qrels), 1)
    return {name: round(100.0 * value / n, 2) for name, value in totals.items()}


def _embed_cached(
    embedder: Any, texts: Sequence[str], cache_dir: Path | None
) -> np.ndarray:
    if cache_dir is None:
        return embedder.embed(texts)
    digest = hashlib.sha256(embedder.name.encode())
    for text in texts:
        digest.update(text.encode("utf-8") + b"\0")
    path = cache_dir / f"{digest.hexdigest()[:24]}.npy"
    if path.exists():
        return np.load(path, allow_pickle=False)
    vectors = embedder.embed(texts)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npy")
    np.save(tmp, vectors, allow_pickle=False)
    tmp.replace(path)
    return vectors


def evaluate_beir(
    folder: str | Path,
    embedder: Any,
    *,
    max_queries: int | None = None,
    embedding_cache: Path | None = None,
    retriever_options: dict[str, Any] | None = None,
    variants: dict[str, dict[str, Any]] | None = None,
    vector_uri: str | None = None,
    log: Callable[[str], None] = lambda _msg: None,
) -> dict[str, Any]:
    """Evaluate dense-only, BM25-only and fused retrieval on one BEIR folder.

    Args:
        folder: The BEIR folder.
        embedder: An ``Embedder`` (its ``name`` keys the embedding cache).
        max_queries: Evaluate only the first N judged queries.
        embedding_cache: Folder where corpus and query vectors are kept between runs.
        retriever_options: ``HybridRetriever`` keyword arguments for "fused".
        variants: Extra fused configurations to report, name -> ``HybridRetriever`` options.
        vector_uri: Search the dense list in Milvus there (a Milvus Lite ``.db`` path or a
            server URL) instead of FAISS.
        log: Progress messages.

    Returns:
        A JSON-ready dict: sizes, metrics per retriever, timings.
    """
    result = evaluate_set(
        load_beir(folder, max_queries), embedder, embedding_cache=embedding_cache,
        retriever_options=retriever_options, variants=variants, vector_uri=vector_uri, log=log,
    )
    return {"set": result.pop("set"), "folder": str(folder), **result}


def evaluate_set(
    data: BeirSet,
    embedder: Any,
    *,
    embedding_cache: Path | None = None,
    retriever_options: dict[str, Any] | None = None,
    variants: dict[str, dict[str, Any]] | None = None,
    vector_uri: str | None = None,
    log: Callable[[str], None] = lambda _msg: None,
) -> dict[str, Any]:
    """``evaluate_beir`` for a data set already in memory (e.g. a subset)."""
    log(f"{data.name}: {len(data.docs)} docs, {len(data.queries)} queries")
    chunk_ids = np.arange(len(data.docs), dtype=np.int64)
    timings: dict[str, float] = {}

    t = time.perf_counter()
    vectors = _embed_cached(embedder, data.docs, embedding_cache)
    timings["embed_corpus_s"] = time.perf_counter() - t
    dense_index: Any
    if vector_uri:
        from kbqa.vectors_milvus import MilvusIndex

        # A collection of its own, per run: it never touches a knowledge base's vectors, nor
        # another run's on the same server.
        digest = hashlib.sha256(data.name.encode()).hexdigest()[:8]
        name = f"kbqa_eval_{digest}_{uuid.uuid4().hex[:8]}"
        dense_index = MilvusIndex(vector_uri, vectors.shape[1], collection=name)
    else:
        dense_index = FaissIndex(vectors.shape[1])
        dense_index.add(chunk_ids, vectors)
    try:
        if vector_uri:
            t = time.perf_counter()
            dense_index.rebuild([(chunk_ids, vectors)], None)
            timings["dense_index_s"] = time.perf_counter() - t
        return _evaluate(data, embedder, dense_index, chunk_ids, timings, embedding_cache,
                         retriever_options, variants, "milvus" if vector_uri else "faiss", log)
    finally:
        if vector_uri:
            dense_index.drop()
            dense_index.close()


def _evaluate(
    data: BeirSet, embedder: Any, dense_index: Any, chunk_ids: np.ndarray,
    timings: dict[str, float], embedding_cache: Path | None,
    retriever_options: dict[str, Any] | None, variants: dict[str, dict[str, Any]] | None,
    backend: str, log: Callable[[str], None],
) -> dict[str, Any]:
    """The runs and metrics of ``evaluate_set`` over an index already filled."""
    t = time.perf_counter()
    tokens = tokenize(data.docs)
    timings["bm25_tokenize_s"] = time.perf_counter() - t
    lexical = LexicalIndex()
    t = time.perf_counter()
    lexical.build_from_tokens(chunk_ids, tokens)
    timings["bm25_index_s"] = time.perf_counter() - t

    query_ids = list(data.queries)
    query_texts = [data.queries[q] for q in query_ids]
    t = time.perf_counter()
    query_vectors = _embed_cached(embedder, query_texts, embedding_cache)
    timings["embed_queries_s"] = time.perf_counter() - t
    log(f"{data.name}: embedded and indexed")

    depth = 100
    runs: dict[str, dict[str, list[str]]] = {}

    def as_docs(ids: Sequence[int] | np.ndarray) -> list[str]:
        return [data.doc_ids[int(i)] for i in ids if i >= 0]

    t = time.perf_counter()
    _, dense_ids = dense_index.search_filtered(query_vectors, depth, None)
    timings["dense_search_ms_per_query"] = 1000 * (time.perf_counter() - t) / len(query_ids)
    runs["dense"] = {q: as_docs(dense_ids[i]) for i, q in enumerate(query_ids)}

    t = time.perf_counter()
    runs["bm25"] = {q: as_docs(lexical.search(text, depth)[0]) for q, text in data.queries.items()}
    timings["bm25_search_ms_per_query"] = 1000 * (time.perf_counter() - t) / len(query_ids)
    if lexical.has_bigrams and any(cjk_share(q) > 0 for q in query_texts):
        # Chinese questions and text: the bigram list that "fused" adds, on its own
        runs["bigrams"] = {
            q: as_docs(lexical.search_bigrams(text, depth)[0]) for q, text in data.queries.items()
        }

    configs = {"fused": retriever_options or {}, **(variants or {})}
    for name, options in configs.items():
        retriever = HybridRetriever(embedder, dense_index, lexical, depth=depth, **options)
        t = time.perf_counter()
        runs[name] = {
            q: as_docs(
                [c.chunk_id for c in retriever.retrieve(text, k=depth, query_vector=query_vectors[i])]
            )
            for i, (q, text) in enumerate(data.queries.items())
        }
        if name == "fused":
            timings["fused_search_ms_per_query"] = (
                1000 * (time.perf_counter() - t) / len(query_ids)
            )

    return {
        "set": data.name,
        "docs": len(data.docs),
        "queries": len(query_ids),
        "vector_backend": backend,
        "metrics": {name: score_run(run, data.qrels) for name, run in runs.items()},
        "timings": {name: round(value, 3) for name, value in timings.items()},
    }
