"""kbqa inside other frameworks: a LangChain retriever over a ``KnowledgeBase``.

Other services that build their own chains use kbqa's hybrid retrieval (and, later, its access
control) without re-implementing it::

    from kbqa import KnowledgeBase
    from kbqa.integrations import KnowledgeBaseRetriever

    retriever = KnowledgeBaseRetriever(kb=KnowledgeBase("~/kb"), k=4)
    docs = retriever.invoke("How often must passwords be rotated?")
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

__all__ = ["KnowledgeBaseRetriever"]


class KnowledgeBaseRetriever(BaseRetriever):
    """LangChain ``BaseRetriever`` returning a knowledge base's best chunks as ``Document``s.

    ``page_content`` is the chunk text (already anonymized at ingest); ``metadata`` holds
    ``chunk_id``, ``source`` (document path), ``title``, ``page``, ``section``, ``collection``,
    ``groups`` and ``score`` (relevance in [0, 1]).

    Attributes:
        kb: The ``KnowledgeBase`` to search.
        user: The registered user the search runs as: only documents they may see come back
            (their groups are read again on every query).
        k: How many chunks per query.
        collections: Only these collections; None: all.
        min_score: Leave out chunks whose relevance is below this (0: keep all).
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    kb: Any
    user: str
    k: int = 5
    collections: list[str] | None = None
    min_score: float = 0.0

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        hits = self.kb.retrieve(query, user=self.user, k=self.k, collections=self.collections)
        return [
            Document(
                page_content=hit.text,
                metadata={
                    "chunk_id": hit.chunk_id,
                    "source": hit.source,
                    "title": hit.title,
                    "page": hit.page,
                    "section": hit.section,
                    "collection": hit.collection,
                    "groups": list(hit.groups),
                    "score": hit.score,
                },
            )
            for hit in hits
            if hit.score >= self.min_score
        ]
