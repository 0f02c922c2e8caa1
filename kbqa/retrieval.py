"""Hybrid retrieval: dense (FAISS) and keyword (BM25) search merged by weighted reciprocal-rank
fusion.

    fused(chunk) = w_dense / (rrf_k + dense_rank) + w_bm25 / (rrf_k + bm25_rank)

A chunk missing from one list gets nothing from it. The dense weight follows the query's
language: the bundled embedder (all-MiniLM-L6-v2) is English-only, and with equal weights its
near-random Chinese rankings halve BM25's quality on Chinese sets. So for a query that is
``cjk_share`` Chinese the dense weight is interpolated from ``dense_weight`` towards
``dense_weight_cjk``. With a multilingual embedder, set both to the same value.

Access control happens before ranking in both searches (``allowed_ids``), so a user gets up to
``k`` results they may see even when most matches are forbidden.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from kbqa.lexical import cjk_share

if TYPE_CHECKING:
    from kbqa.embedding import Embedder
    from kbqa.index import FaissIndex
    from kbqa.lexical import LexicalIndex

__all__ = ["Candidate", "HybridRetriever", "reciprocal_rank_fusion"]


@dataclass(frozen=True)
class Candidate:
    """One fused result. Ranks are 1-based; ``None`` where that search did not return the chunk."""

    chunk_id: int
    fused_score: float
    dense_score: float | None
    bm25_score: float | None
    dense_rank: int | None
    bm25_rank: int | None


def reciprocal_rank_fusion(
    dense: tuple[np.ndarray, np.ndarray],
    bm25: tuple[np.ndarray, np.ndarray],
    *,
    dense_weight: float,
    bm25_weight: float,
    rrf_k: float = 60.0,
    k: int | None = None,
) -> list[Candidate]:
    """Merge two ranked lists by weighted reciprocal-rank fusion.

    Args:
        dense: ``(ids, scores)`` of the dense search, best first (ids < 0 are ignored).
        bm25: ``(ids, scores)`` of the keyword search, best first.
        dense_weight: Weight of the dense list.
        bm25_weight: Weight of the keyword list.
        rrf_k: Rank offset; larger values flatten the difference between top ranks.
        k: Keep the best ``k``; all when ``None``.

    Returns:
        Candidates by fused score; ties go to the better single rank, then the lower id.
    """
    found: dict[int, list] = {}
    for slot, (ids, scores) in enumerate((dense, bm25)):
        rank = 0
        for chunk_id, score in zip(np.asarray(ids).tolist(), np.asarray(scores).tolist()):
            if chunk_id < 0:
                continue
            rank += 1
            entry = found.setdefault(chunk_id, [None, None, None, None])
            if entry[slot] is None:  # a list repeating an id keeps its best rank
                entry[slot], entry[2 + slot] = float(score), rank
    candidates = []
    for chunk_id, (d_score, b_score, d_rank, b_rank) in found.items():
        fused = 0.0
        if d_rank is not None:
            fused += dense_weight / (rrf_k + d_rank)
        if b_rank is not None:
            fused += bm25_weight / (rrf_k + b_rank)
        candidates.append(Candidate(chunk_id, fused, d_score, b_score, d_rank, b_rank))
    big = 1 << 62
    candidates.sort(
        key=lambda c: (
            -c.fused_score,
            min(c.dense_rank or big, c.bm25_rank or big),
            c.chunk_id,
        )
    )
    return candidates if k is None else candidates[:k]


class HybridRetriever:
    """Dense + BM25 search over the same chunks, fused by weighted RRF.

    Args:
        embedder: Embeds the query for the dense search.
        vector_index: FAISS index of the chunk vectors.
        lexical_index: BM25 index of the chunk texts.
        top_k: Results returned by default.
        depth: Candidates taken from each search before fusion.
        rrf_k: RRF rank offset (60 in the original paper).
        dense_weight: Dense weight for English queries.
        bm25_weight: BM25 weight.
        dense_weight_cjk: Dense weight for an all-Chinese query; mixed queries interpolate by
            their share of Chinese words. Low by default because the bundled embedder is
            English-only.
    """

    def __init__(
        self,
        embedder: Embedder,
        vector_index: FaissIndex,
        lexical_index: LexicalIndex,
        *,
        top_k: int = 5,
        depth: int = 100,
        rrf_k: float = 60.0,
        dense_weight: float = 1.0,
        bm25_weight: float = 1.0,
        dense_weight_cjk: float = 0.1,
    ) -> None:
        if depth < 1 or top_k < 1:
            raise ValueError("top_k and depth must be at least 1")
        self.embedder = embedder
        self.vector_index = vector_index
        self.lexical_index = lexical_index
        self.top_k = top_k
        self.depth = depth
        self.rrf_k = rrf_k
        self.dense_weight = dense_weight
        self.bm25_weight = bm25_weight
        self.dense_weight_cjk = dense_weight_cjk

    def weights(self, query: str) -> tuple[float, float]:
        """``(dense_weight, bm25_weight)`` used for this query."""
        share = cjk_share(query)
        dense = (1.0 - share) * self.dense_weight + share * self.dense_weight_cjk
        return dense, self.bm25_weight

    def retrieve(
        self,
        query: str,
        k: int | None = None,
        allowed_ids: np.ndarray | Sequence[int] | None = None,
        query_vector: np.ndarray | None = None,
    ) -> list[Candidate]:
        """The best chunks for a query.

        Args:
            query: The user's question, English, Chinese or mixed.
            k: How many results (default ``top_k``).
            allowed_ids: Chunk ids the caller may see; ``None`` allows all. Filtering happens
                inside both searches, before ranking.
            query_vector: The query's embedding, if already computed (batch evaluation).

        Returns:
            Up to ``k`` candidates, best first.
        """
        k = self.top_k if k is None else k
        allowed = None if allowed_ids is None else np.asarray(allowed_ids, dtype=np.int64)
        if k <= 0 or (allowed is not None and len(allowed) == 0):
            return []
        depth = max(self.depth, k)
        w_dense, w_bm25 = self.weights(query)
        no_hits = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))
        dense = no_hits
        if w_dense > 0 and len(self.vector_index) > 0:
            if query_vector is None:
                query_vector = self.embedder.embed([query])
            scores, ids = self.vector_index.search_filtered(query_vector, depth, allowed)
            dense = (ids[0], scores[0])
        bm25 = no_hits
        if w_bm25 > 0:
            bm25 = self.lexical_index.search(query, depth, allowed)
        return reciprocal_rank_fusion(
            dense, bm25, dense_weight=w_dense, bm25_weight=w_bm25, rrf_k=self.rrf_k, k=k
        )
