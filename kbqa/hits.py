"""What retrieval hands the answer chain: ``SearchHit``s, with a relevance comparable across
queries, built from the fused candidates and the chunk store's rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

import numpy as np

from kbqa.access import can_see
from kbqa.injection import safe_label
from kbqa.lexical import cjk_share, term_coverage, tokenize

if TYPE_CHECKING:
    from kbqa.lexical import LexicalIndex
    from kbqa.retrieval import Candidate
    from kbqa.store import ChunkStore
    from kbqa.users import User

__all__ = ["SearchHit", "relevance", "search_hits"]


@dataclass(frozen=True)
class SearchHit:
    """One retrieved chunk with what a citation needs."""

    chunk_id: int
    score: float
    text: str
    title: str
    source: str
    page: int | None
    section: str
    start: int
    end: int
    groups: tuple[str, ...]
    collection: str = ""
    fused_score: float | None = None
    """Rank score from ``KnowledgeBase.retrieve``'s fusion (comparable within one query only)."""
    coverage: float | None = None
    """IDF-weighted share of the query's terms in this chunk (``retrieve`` only)."""
    similarity: float | None = None
    """Cosine similarity of the query and chunk embeddings (``retrieve`` only)."""
    document_id: int | None = None
    """The id of the chunk's document (``KnowledgeBase.document``)."""

    @property
    def safe_title(self) -> str:
        """The title fit to show and to name the passage in a prompt: the file's name when the
        title is an instruction to the model (document text too), without links otherwise."""
        return safe_label(self.title) or PurePath(self.source).name


def relevance(coverage: float, similarity: float, chinese: float) -> float:
    """How well a chunk matches a query, in [0, 1], comparable across queries and corpora.

    The mean of the query-term coverage and the embedding similarity for English; for Chinese
    (``chinese``: 0 for English, 1 for Chinese, interpolated between) the coverage alone,
    because the bundled English embedder scores unrelated Chinese texts as similar. The mean
    beat the maximum, coverage alone and weighted mixes on the calibration sets
    (benchmarks/calibrate_refusal.py, docs/EVALUATION.md).
    """
    english = 1.0 - chinese
    return (coverage + english * max(similarity, 0.0)) / (1.0 + english)


def search_hits(
    store: ChunkStore,
    lexical: LexicalIndex,
    who: User,
    query: str,
    query_vector: np.ndarray,
    candidates: Sequence[Candidate],
    query_tokens: Sequence[str] | None = None,
) -> list[SearchHit]:
    """The candidates as ``SearchHit``s, in order, scored by ``relevance``.

    Chunks deleted since the indexes were read are left out, and so is any chunk whose document
    ``who`` may not see (regrouped since the permitted ids were read): a second check after the
    filter inside the searches.
    """
    if not candidates:
        return []
    rows = store.chunks_by_id([c.chunk_id for c in candidates])
    tokens = tokenize([query])[0] if query_tokens is None else query_tokens
    q_tokens = list(dict.fromkeys(tokens))
    idf = lexical.idf(q_tokens)
    chinese = min(1.0, 2.0 * cjk_share(query))
    hits = []
    for c in candidates:
        if c.chunk_id not in rows:
            continue
        chunk, doc = rows[c.chunk_id]
        if not can_see(who, doc.group_names):
            continue
        similarity = float(np.frombuffer(chunk.vector, dtype=np.float32) @ query_vector[0])
        coverage = term_coverage(q_tokens, chunk.terms.split(), idf)
        hits.append(
            SearchHit(
                chunk_id=c.chunk_id,
                score=relevance(coverage, similarity, chinese),
                text=chunk.text,
                title=doc.title,
                source=doc.shown_path,
                page=chunk.page,
                section=chunk.section,
                start=chunk.start,
                end=chunk.end,
                groups=tuple(doc.group_names),
                collection=doc.collection,
                fused_score=c.fused_score,
                coverage=coverage,
                similarity=similarity,
                document_id=doc.id,
            )
        )
    return hits
