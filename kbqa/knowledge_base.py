"""``KnowledgeBase``: the public Python API over one data dir."""

from __future__ import annotations

import logging
import threading
from collections.abc import Generator, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from kbqa.access import PermittedChunks
from kbqa.errors import AccessDeniedError, ConfigError
from kbqa.index import VectorIndex
from kbqa.index_files import IndexFiles
from kbqa.ingestion import NoMasking
from kbqa.hits import SearchHit, search_hits
from kbqa.kb_documents import DocumentsMixin
from kbqa.lexical import LexicalIndex, tokenize
from kbqa.lock import writer_lock
from kbqa.retrieval import HybridRetriever
from kbqa.settings import Settings
from kbqa.store import ChunkStore

if TYPE_CHECKING:
    from ingest.anonymize import Anonymizer
    from kbqa.audit import AuditLog
    from kbqa.qa import Answer, AnswerEvent
    from kbqa.users import User, UserDirectory

log = logging.getLogger(__name__)


class KnowledgeBase(DocumentsMixin):
    """A knowledge base in a data dir: ingest documents, search them.

    Heavy parts (embedding model, anonymizer, index) load on first use and are shared by every
    call on this object; one object per process is the intended use.

    Args:
        data_dir: Where the knowledge base lives; overrides ``settings.data_dir``.
        settings: Settings; default: from the environment (``KBQA_*``).
    """

    def __init__(self, data_dir: str | Path | None = None, settings: Settings | None = None) -> None:
        settings = settings or Settings()
        if data_dir is not None:
            settings = settings.model_copy(update={"data_dir": Path(data_dir).expanduser()})
        self.settings = settings
        self.data_dir = settings.data_dir
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"cannot create data dir {self.data_dir}: {exc.strerror}") from exc
        self.store = ChunkStore(settings.sqlalchemy_url())
        self._lock = threading.RLock()
        self._writer: int | None = None  # the thread holding the writer lock (``writing``)
        self._embedder = None
        self._anonymizer = None
        self._vault = None
        self._indexes = IndexFiles(self.data_dir, self.store, lambda: self.embedder.dim,
                                   self._lock, settings)
        self._chat_model = None
        self._audit: AuditLog | None = None
        self._users: UserDirectory | None = None
        self._permitted = PermittedChunks(self.store)
        self._log_masker: Anonymizer | None = None
        self._mask_lock = threading.Lock()

    @property
    def audit(self) -> AuditLog:
        """The audit log, in the same database as the chunk store."""
        with self._lock:
            if self._audit is None:
                from kbqa.audit import AuditLog, SqlAuditStore

                self._audit = AuditLog(SqlAuditStore(self.store.engine))
            return self._audit

    @property
    def users(self) -> UserDirectory:
        """The users and their groups, in the same database as the chunk store."""
        with self._lock:
            if self._users is None:
                from kbqa.users import UserDirectory

                self._users = UserDirectory(self.store, self.audit)
            return self._users

    def mask_for_log(self, text: str) -> str:
        """``text`` with personal data replaced by typed placeholders (``<PERSON_1>``), for what
        the audit log keeps of a user's own words: questions, rewritten queries, refusals that
        quote them, feedback comments. Unchanged when ``settings.pii_entities`` is empty."""
        if not text.strip() or not self.settings.pii_entities:
            return text
        with self._mask_lock:
            if self._log_masker is None:
                from ingest.anonymize import Anonymizer

                # Its own in-memory pseudonyms: the log must not add rows to the store's vault.
                self._log_masker = Anonymizer(
                    entities=self.settings.pii_entities,
                    score_threshold=self.settings.pii_score_threshold,
                    allow_list=self.settings.pii_allow_list,
                )
            return self._log_masker.mask(text).text

    def _acting(self, user: str | User | None, action: str) -> User:
        """The acting user as stored now (a ``User`` is read again by name: a group change
        takes effect at once). Raises ``AccessDeniedError`` (recorded) for an unknown user."""
        name = user if isinstance(user, str) or user is None else user.name
        return self.users.resolve(name, action=action)

    # -- heavy parts, loaded lazily -----------------------------------------------------------
    @property
    def embedder(self):  # type: ignore[no-untyped-def]
        with self._lock:
            if self._embedder is None:
                from kbqa.embedding import shared_embedder

                self._embedder = shared_embedder(
                    self.settings.embedding_model, self.settings.embed_batch_size
                )
            return self._embedder

    def _writer_parts(self):  # type: ignore[no-untyped-def]
        from ingest.anonymize import Anonymizer
        from kbqa.pseudonyms import StoreVault, writer_key

        key = writer_key(self.data_dir, self.settings.pseudonym_key, self.store)
        # The vault is re-read for every run: another process may have added pseudonyms.
        self._vault = StoreVault(self.store, key)
        if self._anonymizer is None and not self.settings.pii_entities:
            log.warning("KBQA_PII_ENTITIES is empty: personal data is NOT masked at ingest")
            self._anonymizer = NoMasking()
        elif self._anonymizer is None:
            self._anonymizer = Anonymizer(
                entities=self.settings.pii_entities,
                vault=self._vault,
                score_threshold=self.settings.pii_score_threshold,
                allow_list=self.settings.pii_allow_list,
            )
        else:
            self._anonymizer.vault = self._vault
        return self._anonymizer, self._vault

    def index(self) -> VectorIndex:
        """The vector index (FAISS, or Milvus with ``KBQA_VECTOR_URI``), reloaded or rebuilt
        when the store has changed since it was read."""
        return self._indexes.vectors()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the writer lock (the data dir's, and the database's on PostgreSQL) for a block:
        ``ingest``, ``delete_document`` and ``rebuild_index`` called inside it by the same thread
        do not take it again. Use it to prepare files and ingest them as one step.

        Raises:
            DataDirBusyError: another process (or thread) is writing; at once, without waiting.
        """
        if self._writer == threading.get_ident():
            yield
            return
        with writer_lock(self.data_dir, self.store.engine):
            self._writer = threading.get_ident()
            try:
                yield
            finally:
                self._writer = None

    def index_status(self) -> dict[str, object]:
        """The vector backend, its vector count and whether it reflects the chunk store."""
        return self._indexes.status()

    def lexical(self) -> LexicalIndex:
        """The BM25 index, reloaded when the store has changed since it was read.

        A missing, stale or unreadable BM25 folder is rebuilt in memory from the terms kept in the
        chunk store (a reader never writes; the next ingest or ``rebuild_index`` saves it).
        """
        return self._indexes.keywords()

    def rebuild_index(self) -> int:
        """Rebuild the vector and keyword indexes from the chunk store; returns the vector count."""
        with self.writing(), self._lock:
            return len(self._indexes.rebuild())

    # -- public API (ingest and the document methods: kbqa.kb_documents.DocumentsMixin) -------
    def retriever(self, version: tuple[int, int] | None = None) -> HybridRetriever:
        """A hybrid retriever over the current indexes, configured by the settings
        (``version``: the store's ``access_version``, if the caller has just read it)."""
        s = self.settings
        version = version or self.store.access_version()
        return HybridRetriever(
            self.embedder,
            self._indexes.vectors(version),
            self._indexes.keywords(version[0]),
            top_k=s.top_k,
            depth=s.retrieval_depth,
            fusion=s.fusion,
            rrf_k=s.rrf_k,
            dense_weight=s.dense_weight,
            bm25_weight=s.bm25_weight,
            dense_weight_cjk=s.dense_weight_cjk,
            bigram_weight=s.bigram_weight,
        )

    def retrieve(
        self,
        query: str,
        *,
        user: str | User,
        k: int | None = None,
        collections: Sequence[str] | None = None,
    ) -> list[SearchHit]:
        """The best chunks ``user`` may see for ``query``, dense and BM25 fused, best first.

        Access is enforced inside both searches, before ranking: up to ``k`` permitted chunks
        come back however many forbidden ones match better. Each hit's ``score`` is its
        relevance (``relevance``: query-term coverage or embedding similarity, in [0, 1]), the
        number refusals are decided on.

        Args:
            query: A standalone question or keywords, English or Chinese.
            user: The acting user's name (or ``User``; read again from the database).
            k: How many (default ``settings.top_k``).
            collections: Only chunks of these collections; None: all.

        Raises:
            AccessDeniedError: the user is not registered (the denial is recorded).
        """
        return self.retrieve_as(self._acting(user, "search"), query, k=k, collections=collections)

    def retrieve_as(
        self,
        who: User,
        query: str,
        *,
        k: int | None = None,
        collections: Sequence[str] | None = None,
    ) -> list[SearchHit]:
        """``retrieve`` for a ``User`` already read from the database (no second lookup)."""
        version = self.store.access_version()  # one read for the indexes and the permissions
        retriever = self.retriever(version)
        allowed = self._permitted.scope(who, collections, version)
        vector = self.embedder.embed([query])
        tokens = tokenize([query])[0]  # once: for the keyword searches and the relevance score
        candidates = retriever.retrieve(query, k, allowed, query_vector=vector,
                                        query_tokens=tokens)
        return search_hits(self.store, retriever.lexical_index, who, query, vector, candidates,
                           query_tokens=tokens)

    # -- answering ----------------------------------------------------------------------------
    @property
    def chat_model(self):  # type: ignore[no-untyped-def]
        """The LangChain chat model of ``settings.llm_backend``, built once; None for ``none``
        (answers quote the passages)."""
        with self._lock:
            if self._chat_model is None and self.settings.llm_backend != "none":
                from kbqa.llm import make_chat_model

                self._chat_model = make_chat_model(self.settings)
            return self._chat_model

    def ask(
        self,
        question: str,
        *,
        user: str | User,
        history: Sequence[tuple[str, str]] = (),
        collections: Sequence[str] | None = None,
        use_llm: bool = True,
    ) -> Answer:
        """Answer a question from the knowledge base, with its sources. Every ask is recorded in
        the audit log; ``Answer.id`` is its record id.

        Args:
            question: The user's question; a follow-up is rewritten with ``history``.
            user: Who asks: a registered user's name (or ``User``, read again by name). Only
                documents of their groups, and those without groups, are searched.
            history: Earlier turns as (question, answer text), oldest first.
            collections: Search only these collections; None: all.
            use_llm: False answers extractively (quoted passages), without the chat model.

        Raises:
            AccessDeniedError: the user is not registered (the denial is recorded).
            ConfigError: the question is empty.
            LLMUnavailableError: the model cannot answer and ``settings.llm_fallback`` is off.
        """
        from kbqa.qa import Answer

        answer = None
        for item in self.ask_stream(
            question, user=user, history=history, collections=collections,
            use_llm=use_llm, stream=False,
        ):
            answer = item
        assert isinstance(answer, Answer)
        return answer

    def ask_stream(
        self,
        question: str,
        *,
        user: str | User,
        history: Sequence[tuple[str, str]] = (),
        collections: Sequence[str] | None = None,
        use_llm: bool = True,
        stream: bool = True,
        stream_draft: bool = False,
    ) -> Generator[AnswerEvent | Answer, None, None]:
        """Like ``ask``, but yields the answer sentence by sentence, each once it passed
        verification, then the ``Answer`` last (see ``kbqa.answer_events``):

        - ``Checking()`` once, when the model starts writing (show a status, not its words);
        - ``AnswerSentence(text, separator, citations)`` per verified sentence, with its final
          ``[n]`` citation numbers: ``separator + text`` of all of them is ``Answer.text``
          (generated and extractive answers alike; a refusal comes as the ``Answer`` only);
        - ``DraftToken(text)``: the model's raw, unverified tokens, only with
          ``stream_draft=True`` (for debugging; never show them as the answer).

        Nothing the model wrote reaches the caller unverified unless ``stream_draft`` is set.
        """
        from kbqa.qa import ask_stream

        yield from ask_stream(
            self, question, user=user, history=history, collections=collections,
            use_llm=use_llm, stream=stream, stream_draft=stream_draft,
        )

    def feedback(
        self, answer_id: int, *, user: str | User, rating: str, comment: str = ""
    ) -> int:
        """Record a thumbs ``up`` or ``down`` on an answer (its ``Answer.id``) by the user it was
        given to; returns the feedback's record id.

        Raises:
            AccessDeniedError: the user is unknown, or the answer was given to someone else
                (the denial is recorded).
            ConfigError: unknown answer id, or a rating other than up/down.
        """
        who = self._acting(user, "feedback")
        asked = self.audit.get(int(answer_id))
        if asked is not None and asked.kind == "ask" and asked.actor != who.name:
            self.audit.record_denial(user=who.name, action="feedback",
                                     target=f"answer {answer_id}", reason="not their answer",
                                     groups=sorted(who.groups))
            raise AccessDeniedError(f"access denied: answer {answer_id} was given to another "
                                    "user; feedback is given by the user who asked")
        return self.audit.record_feedback(
            answer_id, user=who.name, rating=rating,  # type: ignore[arg-type]
            comment=self.mask_for_log(comment),
        )
