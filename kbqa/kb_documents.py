"""The document methods of ``KnowledgeBase``: ingest files, list and open documents, serve their
originals, delete documents."""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from kbqa import metrics
from kbqa.access import can_see
from kbqa.display_names import masked_paths
from kbqa.errors import AccessDeniedError, ConfigError
from kbqa.ingestion import IngestContext, Progress, file_sha256, run_ingest
from kbqa.report import IngestReport
from kbqa.store import DocumentRow

if TYPE_CHECKING:
    import threading
    from contextlib import AbstractContextManager

    from kbqa.audit import AuditLog
    from kbqa.index_files import IndexFiles
    from kbqa.knowledge_base import KnowledgeBase
    from kbqa.privacy import Detector, PrivacyReport
    from kbqa.settings import Settings
    from kbqa.store import ChunkStore
    from kbqa.users import User, UserDirectory


log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=4096)
def _file_digest(path: str, mtime_ns: int, size: int) -> str:
    """sha256 of a file, cached per (path, modification time, size)."""
    return file_sha256(Path(path))


class DocumentsMixin:
    """The document methods of ``KnowledgeBase``, a base class of it. The members declared here,
    for type checking only, are the knowledge base's own."""

    settings: Settings
    data_dir: Path
    store: ChunkStore
    _lock: threading.RLock
    _indexes: IndexFiles
    _privacy_detector: Detector | None = None

    if TYPE_CHECKING:
        @property
        def audit(self) -> AuditLog: ...
        @property
        def users(self) -> UserDirectory: ...
        @property
        def embedder(self) -> Any: ...
        def _writer_parts(self) -> Any: ...
        def _acting(self, user: str | User | None, action: str) -> User: ...
        def writing(self) -> AbstractContextManager[None]: ...

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
                shown = masked_paths([str(p) for p in paths],
                                     lambda texts: [m.text for m in anonymizer.mask_many(texts)])
                error = f"{type(exc).__name__}: {exc}"
                for raw, masked in shown.items():
                    error = error.replace(raw, masked)
                self.audit.record_ingest(None, user=actor, paths=list(shown.values()),
                                         groups=groups, error=error)
                raise
            if force and report.chunks_removed:
                self._purge_replaced()
            self.audit.record_ingest(report, user=actor, paths=paths, groups=groups)
            metrics.observe_ingest(report, cast("KnowledgeBase", self))
            return report

    def _purge_replaced(self) -> None:
        """After masking documents again, leave no copy of their old text in the data dir: the
        previous BM25 version goes, and SQLite is vacuumed (deleted rows stay in freed pages and
        the WAL otherwise). Only then, not at every re-ingest: VACUUM rewrites the whole file."""
        self._indexes.drop_previous_keywords()
        if not self.store.compact() and self.store.engine.dialect.name == "sqlite":
            log.warning("the database could not be checkpointed after VACUUM (another process "
                        "is reading it); run 'kbqa ingest --force' again when it is idle")

    def privacy_scan(self, *, user: str | None = None) -> PrivacyReport:
        """Scan everything stored (chunks, titles, paths, BM25 files, audit records) for
        personal data the masking missed, with the pattern recognizers; see ``kbqa.privacy``.

        Args:
            user: The admin asking (None: ``users.operator``).

        Raises:
            AccessDeniedError: ``user`` is not an admin.
        """
        from kbqa.privacy import pattern_detector, scan

        self.users.require_admin(user, "privacy_scan", str(self.data_dir))
        if self._privacy_detector is None:
            self._privacy_detector = pattern_detector(self.settings)
        return scan(self.store, self.audit, self.data_dir, self._privacy_detector)

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
                path, collection = doc.shown_path, doc.collection
                removed = self.store.delete_document(s, document_id)
                generation = self.store.bump_generation(s)
            index.remove(np.asarray(removed, dtype=np.int64))
            self._indexes.save(generation)
        self.audit.record_admin("document_deleted", user=actor, target=path,
                                details={"collection": collection, "chunks": len(removed)})
        return len(removed)
