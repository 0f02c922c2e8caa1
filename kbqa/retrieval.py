"""Hybrid retrieval: dense (FAISS) and keyword (BM25) search over the same chunks, fused.

Two fusion functions, chosen by ``HybridRetriever(fusion=...)``:

* ``"score"`` (default): ``w_dense * minmax(dense score) + w_bm25 * minmax(bm25 score)`` over each
  search's candidates.
* ``"rrf"``: weighted reciprocal-rank fusion,
  ``w_dense / (rrf_k + dense_rank) + w_bm25 / (rrf_k + bm25_rank)``.

Why "score" is the default: RRF throws away how confident each search is. With k=60 the top
ranks of one list differ by ~1/3600, so any dense weight large enough to help English lets the
bundled English-only embedder (all-MiniLM-L6-v2), whose Chinese rankings are near random,
reorder BM25's confident Chinese hits: plain RRF halves Chinese quality (docs/EVALUATION.md).

The dense weight also follows the query's language: it moves from ``dense_weight`` (English) to
``dense_weight_cjk`` as the query's share of Chinese words (``cjk_share``) goes from 0 to one
half. With a multilingual embedder, set both to the same value.

A Chinese query adds a third list, BM25 over Han character bigrams (``bigram_weight``, scaled
the same way by the query's Chinese share): jieba may segment a word one way in the document
and another in the question, and the bigrams still match. It lifts nDCG@10 by about 0.35 on
XQuAD-zh and CMRC 2018, where the English-only embedder cannot help (docs/EVALUATION.md).

Access control happens before ranking in both searches (an ``AccessScope``: FAISS and BM25 use its
chunk ids, Milvus its groups and collections as a filter expression), so a user gets up to ``k``
results they may see even when most matches are forbidden.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np

from kbqa.access import AccessScope
from kbqa.lexical import cjk_share, tokenize

if TYPE_CHECKING:
    from kbqa.embedding import Embedder
    from kbqa.index import VectorIndex
    from kbqa.lexical import LexicalIndex

__all__ = ["Candidate", "HybridRetriever", "reciprocal_rank_fusion", "score_fusion"]


@dataclass(frozen=True)
class Candidate:
    """One fused result. Ranks are 1-based; ``None`` where that search did not return the chunk
    (the bigram list is searched for Chinese queries only)."""

    chunk_id: int
    fused_score: float
    dense_score: float | None
    bm25_score: float | None
    dense_rank: int | None
    bm25_rank: int | None
    bigram_score: float | None = None
    bigram_rank: int | None = None


Hits = tuple[np.ndarray, np.ndarray]
"""``(ids, scores)`` of one search, best first; ids < 0 are empty slots and ignored."""


_NO_HITS: Hits = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))


def _collect(lists: Sequence[Hits]) -> dict[int, list]:
    """chunk id -> [score per list..., rank per list...] (None where absent)."""
    n = len(lists)
    found: dict[int, list] = {}
    for slot, (ids, scores) in enumerate(lists):
        rank = 0
        for chunk_id, score in zip(np.asarray(ids).tolist(), np.asarray(scores).tolist()):
            if chunk_id < 0:
                continue
            rank += 1
            entry = found.setdefault(chunk_id, [None] * (2 * n))
            if entry[slot] is None:  # a list repeating an id keeps its best rank
                entry[slot], entry[n + slot] = float(score), rank
    return found


def _candidate(chunk_id: int, fused: float, entry: list) -> Candidate:
    d_score, b_score, g_score, d_rank, b_rank, g_rank = entry
    return Candidate(chunk_id, fused, d_score, b_score, d_rank, b_rank, g_score, g_rank)


def _ranked(candidates: list[Candidate], k: int | None) -> list[Candidate]:
    big = 1 << 62
    candidates.sort(key=lambda c: (
        -c.fused_score, min(c.dense_rank or big, c.bm25_rank or big, c.bigram_rank or big),
        c.chunk_id,
    ))
    return candidates if k is None else candidates[:k]


def reciprocal_rank_fusion(
    dense: Hits,
    bm25: Hits,
    *,
    dense_weight: float,
    bm25_weight: float,
    rrf_k: float = 60.0,
    k: int | None = None,
    bigrams: Hits = _NO_HITS,
    bigram_weight: float = 0.0,
) -> list[Candidate]:
    """Merge ranked lists by weighted reciprocal-rank fusion.

    ``fused = dense_weight / (rrf_k + dense_rank) + bm25_weight / (rrf_k + bm25_rank)`` (plus
    the bigram list's term); a list that misses the chunk adds nothing.

    Args:
        dense: The dense search's hits.
        bm25: The keyword search's hits.
        dense_weight: Weight of the dense list.
        bm25_weight: Weight of the keyword list.
        rrf_k: Rank offset; larger values flatten the difference between top ranks.
        k: Keep the best ``k``; all when ``None``.
        bigrams: The Han-bigram keyword search's hits (Chinese queries).
        bigram_weight: Weight of the bigram list.

    Returns:
        Candidates by fused score; ties go to the better single rank, then the lower id.
    """
    weights = (dense_weight, bm25_weight, bigram_weight)
    candidates = []
    for chunk_id, entry in _collect((dense, bm25, bigrams)).items():
        fused = sum(w / (rrf_k + rank) for w, rank in zip(weights, entry[3:]) if rank is not None)
        candidates.append(_candidate(chunk_id, fused, entry))
    return _ranked(candidates, k)


def score_fusion(
    dense: Hits,
    bm25: Hits,
    *,
    dense_weight: float,
    bm25_weight: float,
    k: int | None = None,
    bigrams: Hits = _NO_HITS,
    bigram_weight: float = 0.0,
) -> list[Candidate]:
    """Merge ranked lists by a weighted sum of min-max normalized scores.

    Each list's scores are scaled to [0, 1] over the candidates it returned (best = 1, worst =
    0); a list that misses the chunk adds 0. Unlike RRF this keeps how far apart the scores are:
    a keyword match that stands far above the rest is not overturned by a small dense
    preference.

    Args and Returns: as ``reciprocal_rank_fusion``.
    """
    weights = (dense_weight, bm25_weight, bigram_weight)
    found = _collect((dense, bm25, bigrams))
    bounds = []
    for slot in range(3):
        values = [e[slot] for e in found.values() if e[slot] is not None]
        bounds.append((min(values), max(values)) if values else (0.0, 0.0))

    def scaled(value: float | None, slot: int) -> float:
        if value is None:
            return 0.0
        low, high = bounds[slot]
        return (value - low) / (high - low) if high > low else 1.0

    candidates = [
        _candidate(chunk_id, sum(w * scaled(entry[i], i) for i, w in enumerate(weights)), entry)
        for chunk_id, entry in found.items()
    ]
    return _ranked(candidates, k)


class HybridRetriever:
    """Dense + BM25 search over the same chunks, fused.

    Args:
        embedder: Embeds the query for the dense search.
        vector_index: The chunk vectors' index (``FaissIndex`` or ``MilvusIndex``).
        lexical_index: BM25 index of the chunk texts.
        top_k: Results returned by default.
        depth: Candidates taken from each search before fusion.
        fusion: ``"score"`` (min-max normalized scores) or ``"rrf"`` (reciprocal ranks).
        rrf_k: RRF rank offset (60 in the original paper); ``"rrf"`` only.
        dense_weight: Dense weight for English queries.
        bm25_weight: BM25 weight.
        dense_weight_cjk: Dense weight for a Chinese query (half or more of its words Chinese;
            below that the weight is interpolated). Low by default because the bundled
            embedder is English-only. With ``"rrf"`` it must be far lower (~0.005) not to hurt
            Chinese.
        bigram_weight: Weight of the Han-bigram keyword list for a Chinese query (interpolated
            like ``dense_weight_cjk``; 0 for English). 0 turns the list off.
    """

    def __init__(
        self,
        embedder: Embedder,
        vector_index: VectorIndex,
        lexical_index: LexicalIndex,
        *,
        top_k: int = 5,
        depth: int = 100,
        fusion: Literal["score", "rrf"] = "score",
        rrf_k: float = 60.0,
        dense_weight: float = 1.0,
        bm25_weight: float = 1.0,
        dense_weight_cjk: float = 0.1,
        bigram_weight: float = 0.5,
    ) -> None:
        if depth < 1 or top_k < 1:
            raise ValueError("top_k and depth must be at least 1")
        if fusion not in ("score", "rrf"):
            raise ValueError(f"fusion must be 'score' or 'rrf', not {fusion!r}")
        self.embedder = embedder
        self.vector_index = vector_index
        self.lexical_index = lexical_index
        self.top_k = top_k
        self.depth = depth
        self.fusion = fusion
        self.rrf_k = rrf_k
        self.dense_weight = dense_weight
        self.bm25_weight = bm25_weight
        self.dense_weight_cjk = dense_weight_cjk
        self.bigram_weight = bigram_weight

    def weights(self, query: str) -> tuple[float, float, float]:
        """``(dense_weight, bm25_weight, bigram_weight)`` used for this query."""
        # A query that is half Chinese counts as Chinese: English names inside a Chinese
        # question ("Sky Digital是什么时候推出的？") are common, and the answer is Chinese text.
        chinese = min(1.0, 2.0 * cjk_share(query))
        dense = (1.0 - chinese) * self.dense_weight + chinese * self.dense_weight_cjk
        return dense, self.bm25_weight, chinese * self.bigram_weight

    def retrieve(
        self,
        query: str,
        k: int | None = None,
        allowed_ids: AccessScope | np.ndarray | Sequence[int] | None = None,
        query_vector: np.ndarray | None = None,
        query_tokens: list[str] | None = None,
    ) -> list[Candidate]:
        """The best chunks for a query.

        Args:
            query: The user's question, English, Chinese or mixed.
            k: How many results (default ``top_k``).
            allowed_ids: What the caller may see: an ``AccessScope``
                (``PermittedChunks.scope``), or plain chunk ids; ``None`` allows all.
                Filtering happens inside both searches, before ranking.
            query_vector: The query's embedding, if already computed (batch evaluation).
            query_tokens: The query's ``tokenize`` terms, if already computed (jieba is the
                slow part of a Chinese query).

        Returns:
            Up to ``k`` candidates, best first.
        """
        k = self.top_k if k is None else k
        scope = (allowed_ids if isinstance(allowed_ids, AccessScope)
                 else AccessScope.of_ids(allowed_ids))
        allowed = scope.ids
        if k <= 0 or scope.empty:
            return []
        depth = max(self.depth, k)
        w_dense, w_bm25, w_bigram = self.weights(query)
        dense = bm25 = bigrams = _NO_HITS
        if w_dense > 0:  # an empty index returns empty slots (no count: a Milvus round trip)
            if query_vector is None:
                query_vector = self.embedder.embed([query])
            scores, ids = self.vector_index.search_filtered(query_vector, depth, scope)
            dense = (ids[0], scores[0])
        tokens = query_tokens
        if tokens is None:
            tokens = tokenize([query])[0] if w_bm25 > 0 or w_bigram > 0 else []
        if w_bm25 > 0:
            bm25 = self.lexical_index.search_tokens(tokens, depth, allowed)
        if w_bigram > 0:
            bigrams = self.lexical_index.search_bigram_tokens(tokens, depth, allowed)
        weights = {"dense_weight": w_dense, "bm25_weight": w_bm25, "bigram_weight": w_bigram}
        if self.fusion == "rrf":
            return reciprocal_rank_fusion(
                dense, bm25, bigrams=bigrams, rrf_k=self.rrf_k, k=k, **weights
            )
        return score_fusion(dense, bm25, bigrams=bigrams, k=k, **weights)
