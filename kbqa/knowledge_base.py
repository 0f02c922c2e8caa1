"""``KnowledgeBase``: the public Python API over one data dir."""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from kbqa import metrics
from kbqa.access import PermittedChunks, can_see
from kbqa.errors import AccessDeniedError, ConfigError
from kbqa.index import VectorIndex
from kbqa.index_files import IndexFiles
from kbqa.ingestion import IngestContext, NoMasking, Progress, file_sha256, run_ingest
from kbqa.hits import SearchHit, search_hits
from kbqa.lexical import LexicalIndex, tokenize
from kbqa.lock import writer_lock
from kbqa.report import IngestReport
from kbqa.retrieval import HybridRetriever
from kbqa.settings import Settings
from kbqa.store import ChunkStore, DocumentRow

if TYPE_CHECKING:
    from kbqa.audit import AuditLog
    from kbqa.qa import Answer
    from kbqa.users import User, UserDirectory

log = logging.getLogger(__name__)

@functools.lru_cache(maxsize=4096)
def _file_digest(path: str, mtime_ns: int, size: int) -> str:
    """sha256 of a file, cached per (path, modification time, size)."""
    return file_sha256(Path(path))


class KnowledgeBase:
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
        self._log_masker = None
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

    # -- public API ---------------------------------------------------------------------------
    def ingest(
        self,
        paths: Sequence[str | Path] | str | Path,
        *,
        groups: Sequence[str] = (),
        collection: str | None = None,
        prune: bool = False,
        progress: Progress | None = None,
        user: str | None = None,
        force: bool = False,
        passwords: Mapping[str, str] | None = None,
    ) -> IngestReport:
        """Ingest files and folders; returns the report the CLI prints. The run is recorded in
        the audit log (a failed run with its error).

        Args:
            paths: Files and/or folders (walked recursively, hidden entries skipped).
            groups: Groups allowed to see these documents; empty keeps a re-ingested document's
                groups, and makes a new one visible to every signed-in user.
            collection: Collection name (default from settings).
            prune: Remove documents under ``paths`` whose files no longer exist.
            progress: Optional callback ``(file_name, done, total)``.
            user: Who runs it: an admin's name (recorded; None: ``users.operator``).
            force: Parse, chunk and embed again even files whose content is unchanged.
            passwords: Passwords of encrypted files, keyed by a file's path or bare name. They
                are handed to the parser only: never stored, logged or recorded.

        Raises:
            AccessDeniedError: ``user`` is not an admin (the denial is recorded).
            ConfigError: a path does not exist.
            DataDirBusyError: another process is writing to this data dir.
        """
        if isinstance(paths, (str, Path)):
            paths = [paths]
        actor = self.users.require_admin(user, "ingest", ", ".join(str(p) for p in paths))
        with self.writing(), self._lock:
            index = self._indexes.for_writing()  # rebuilt first if unreadable or behind
            anonymizer, vault = self._writer_parts()
            ctx = IngestContext(
                settings=self.settings,
                store=self.store,
                index=index,
                embedder=self.embedder,
                anonymizer=anonymizer,
                vault=vault,
                save_index=self._indexes.save,
            )
            try:
                report = run_ingest(
                    ctx, paths, groups=groups, collection=collection or self.settings.collection,
                    prune=prune, progress=progress, force=force, passwords=passwords,
                )
            except Exception as exc:
                metrics.observe_error(exc, operation="ingest")
                self.audit.record_ingest(None, user=actor, paths=paths, groups=groups,
                                         error=f"{type(exc).__name__}: {exc}")
                raise
            self.audit.record_ingest(report, user=actor, paths=paths, groups=groups)
            metrics.observe_ingest(report, self)
            return report

    def documents(
        self, collection: str | None = None, *, user: str | User | None = None
    ) -> list[DocumentRow]:
        """The ingested documents (the manifest), optionally of one collection; with ``user``,
        only those the user may see (None: all, for the operator)."""
        docs = self.store.documents(collection)
        if user is None:
            return docs
        who = self._acting(user, "list_documents")
        return [d for d in docs if can_see(who, d.group_names)]

    def document(self, document_id: int, *, user: str | User) -> DocumentRow:
        """One document, if ``user`` may see it.

        Raises:
            AccessDeniedError: unknown user, or a document outside their groups (recorded; the
                message does not say whether the document exists).
        """
        who = self._acting(user, "open_document")
        doc = self.store.document(document_id)
        if doc is None or not can_see(who, doc.group_names):
            self.audit.record_denial(user=who.name, action="open_document",
                                     target=f"document {document_id}",
                                     reason="no such document" if doc is None else "not in "
                                     "the document's groups", groups=sorted(who.groups))
            raise AccessDeniedError(f"access denied: no document {document_id} for {who.name}")
        return doc

    def original_path(self, document_id: int, *, user: str | User) -> Path:
        """The path of a document's original file, for a user who may see the document, once
        its content is checked to be what was ingested (the check is cached per file size and
        modification time, so showing a source card does not read the file each time).

        The original is not anonymized: ``settings.serve_originals`` turns this off.

        Raises:
            AccessDeniedError: as ``document``; or originals are not served.
            ConfigError: the file is gone, or its content is no longer what was ingested (it
                would show something other than what the answers were drawn from).
        """
        doc = self.document(document_id, user=user)
        if not self.settings.serve_originals:
            raise AccessDeniedError("original documents are not served here "
                                    "(KBQA_SERVE_ORIGINALS=false)")
        path = Path(doc.path)
        try:
            stat = path.stat()
            unchanged = _file_digest(str(path), stat.st_mtime_ns, stat.st_size) == doc.content_hash
        except OSError as exc:
            raise ConfigError(f"the original of {doc.title!r} cannot be read: {exc.strerror}; "
                              "ask an administrator") from None
        if not unchanged:
            raise ConfigError(f"the original of {doc.title!r} has changed since it was "
                              "ingested; ask an administrator to re-ingest it")
        return path

    def original_file(self, document_id: int, *, user: str | User) -> bytes:
        """The bytes of ``original_path``; raises as it does."""
        path = self.original_path(document_id, user=user)
        try:
            return path.read_bytes()
        except OSError as exc:
            raise ConfigError(f"the original {path.name} cannot be read: {exc.strerror}; "
                              "ask an administrator") from None

    def delete_document(self, document_id: int, *, user: str | None = None) -> int:
        """Remove a document, its chunks and their vectors; returns the chunks removed.

        Args:
            document_id: The document's id (``documents()``).
            user: The admin doing it (recorded; None: ``users.operator``).

        Raises:
            AccessDeniedError: ``user`` is not an admin.
            ConfigError: no such document.
        """
        actor = self.users.require_admin(user, "delete_document", f"document {document_id}")
        with self.writing(), self._lock:
            index = self._indexes.for_writing()
            with self.store.session() as s, s.begin():
                doc = s.get(DocumentRow, document_id)
                if doc is None:
                    raise ConfigError(f"no document with id {document_id}; list them with: "
                                      "kbqa documents")
                path, collection = doc.path, doc.collection
                removed = self.store.delete_document(s, document_id)
                generation = self.store.bump_generation(s)
            index.remove(np.asarray(removed, dtype=np.int64))
            self._indexes.save(generation)
        self.audit.record_admin("document_deleted", user=actor, target=path,
                                details={"collection": collection, "chunks": len(removed)})
        return len(removed)

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
        """The LangChain chat model of ``settings.llm_backend``, built once."""
        with self._lock:
            if self._chat_model is None:
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
    ) -> Iterator[str | Answer]:
        """Like ``ask``, but yields the model's tokens as they come, then the ``Answer`` last.

        The tokens are the model's unverified draft: show them as provisional and replace them
        with the final ``Answer.text``, which may differ (sentences dropped, or quoted passages).
        """
        from kbqa.qa import ask_stream

        yield from ask_stream(
            self, question, user=user, history=history, collections=collections,
            use_llm=use_llm, stream=stream,
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
