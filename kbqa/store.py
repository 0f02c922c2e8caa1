"""The chunk store: documents (the manifest), their groups, chunks with text, metadata and vectors.

SQLite in the data dir (or any database named by ``KBQA_DATABASE_URL``) through SQLAlchemy 2.0;
the schema is created and upgraded by the Alembic migrations in ``kbqa.migrations``. It is the
source of truth: the FAISS file is rebuilt from the vectors kept here. Every write happens in one
transaction per batch of documents, and bumps ``generation`` so a stale index file is noticed on
load.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    func,
    select,
)
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from ingest.types import Chunk
from kbqa.errors import ConfigError, MissingDependencyError


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("collection", "path"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    collection: Mapped[str] = mapped_column(String(200), index=True)
    path: Mapped[str] = mapped_column(Text)
    """The file as ingested: the manifest key, and where originals are read from (admins only)."""
    source: Mapped[str] = mapped_column(Text, default="", server_default="")
    """``path`` with personal data in folder and file names masked: what users are shown (empty
    for documents ingested before it existed: use ``shown_path``)."""
    title: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(20))
    content_hash: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int | None] = mapped_column(Integer, nullable=True)
    n_chunks: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[list[str]] = mapped_column(JSON, default=list)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    groups: Mapped[list[DocumentGroupRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def group_names(self) -> list[str]:
        return sorted(g.group for g in self.groups)

    @property
    def shown_path(self) -> str:
        """The path to show users and to record: ``source``, else (older rows) ``path``."""
        return self.source or self.path


class DocumentGroupRow(Base):
    __tablename__ = "document_groups"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    group: Mapped[str] = mapped_column(String(200), primary_key=True, index=True)


class ChunkRow(Base):
    __tablename__ = "chunks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    ordinal: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    page: Mapped[int | None] = mapped_column(Integer, nullable=True)
    section: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    n_tokens: Mapped[int] = mapped_column(Integer)
    vector: Mapped[bytes] = mapped_column(LargeBinary)
    terms: Mapped[str] = mapped_column(Text, default="")
    """BM25 terms (``kbqa.lexical.tokenize``) joined by spaces, so the keyword index is rebuilt
    without tokenizing again."""


class PseudonymRow(Base):
    """Keyed hash of a masked value -> its number; the raw value is never stored."""

    __tablename__ = "pseudonyms"

    entity_type: Mapped[str] = mapped_column(String(50), primary_key=True)
    value_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    number: Mapped[int] = mapped_column(Integer)


class MetaRow(Base):
    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


@dataclass(frozen=True)
class NewDocument:
    """Everything needed to write one ingested document."""

    collection: str
    path: str
    title: str
    format: str
    content_hash: str
    size_bytes: int
    pages: int | None
    warnings: list[str]
    groups: list[str]
    chunks: list[Chunk]
    vectors: np.ndarray
    terms: list[str] = field(default_factory=list)
    """Per chunk: its BM25 terms joined by spaces (empty: none stored)."""
    source: str = ""
    """``path`` as users see it (``kbqa.display_names.masked_paths``)."""


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    # The timeout first: switching a new file to WAL needs a lock another process may hold.
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def create_database_engine(url: str | URL) -> Engine:
    """An engine for a SQLAlchemy URL; ``postgresql://`` means psycopg 3.

    Raises:
        ConfigError: ``url`` is not a database URL.
        MissingDependencyError: the URL names a driver that is not installed.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError(
            f"not a database URL: {str(url)!r}; KBQA_DATABASE_URL takes a SQLAlchemy URL such as "
            "postgresql://user:password@host:5432/kbqa or sqlite:////srv/kbqa/kbqa.db"
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed)
            event.listen(engine, "connect", _sqlite_pragmas)
        elif parsed.get_backend_name() == "postgresql" and "application_name" not in parsed.query:
            # Names this process in pg_stat_activity, so a refused writer can say who holds the lock.
            app = f"kbqa@{socket.gethostname()}:{os.getpid()}"[:63]
            engine = create_engine(parsed, pool_pre_ping=True,
                                   connect_args={"application_name": app})
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise MissingDependencyError(
            f"no driver for the database URL {parsed.render_as_string(hide_password=True)} "
            f"({exc}); PostgreSQL needs: pip install 'psycopg[binary]'"
        ) from None
    return engine


class ChunkStore:
    """Documents, chunks and vectors in one SQL database, migrated to the latest schema on open."""

    def __init__(self, url: str | URL) -> None:
        from kbqa.migrations import upgrade

        self.engine: Engine = create_database_engine(url)
        upgrade(self.engine)

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> ChunkStore:
        return cls(f"sqlite:///{data_dir / 'kbqa.db'}")

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    # -- meta -------------------------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        with self.session() as s:
            row = s.get(MetaRow, key)
            return row.value if row else default

    @staticmethod
    def set_meta(session: Session, key: str, value: str) -> None:
        session.merge(MetaRow(key=key, value=value))

    def generation(self) -> int:
        return int(self.get_meta("generation", "0") or 0)

    def access_version(self) -> tuple[int, int]:
        """``(generation, groups version)``: changes whenever which user may see which chunk
        can have changed (chunks written or deleted, a document's groups replaced)."""
        with self.session() as s:
            rows = dict(s.execute(
                select(MetaRow.key, MetaRow.value).where(
                    MetaRow.key.in_(["generation", "groups_version"])
                )
            ).all())
        return int(rows.get("generation", 0)), int(rows.get("groups_version", 0))

    @staticmethod
    def bump_generation(session: Session) -> int:
        row = session.get(MetaRow, "generation")
        value = int(row.value) + 1 if row else 1
        session.merge(MetaRow(key="generation", value=str(value)))
        return value

    def compact(self) -> bool:
        """Rewrite a SQLite database so that no deleted row lingers in freed pages or the
        write-ahead log (after masking documents again); returns whether it was done (not on
        other databases: PostgreSQL needs ``VACUUM FULL`` by its administrator)."""
        if self.engine.dialect.name != "sqlite":
            return False
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM")
            # VACUUM went through the WAL, which still holds the old pages' frames.
            busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
        return not (busy and busy[0])

    # -- documents --------------------------------------------------------------------------
    def documents(self, collection: str | None = None) -> list[DocumentRow]:
        with self.session() as s:
            query = select(DocumentRow).order_by(DocumentRow.collection, DocumentRow.path)
            if collection is not None:
                query = query.where(DocumentRow.collection == collection)
            return list(s.scalars(query))

    def document(self, document_id: int) -> DocumentRow | None:
        with self.session() as s:
            return s.get(DocumentRow, document_id)

    def manifest(self, collection: str) -> dict[str, DocumentRow]:
        return {d.path: d for d in self.documents(collection)}

    @staticmethod
    def write_document(session: Session, doc: NewDocument) -> list[int]:
        """Insert a document and its chunks; returns the new chunk ids (delete the old one first)."""
        row = DocumentRow(
            collection=doc.collection,
            path=doc.path,
            source=doc.source,
            title=doc.title,
            format=doc.format,
            content_hash=doc.content_hash,
            size_bytes=doc.size_bytes,
            pages=doc.pages,
            n_chunks=len(doc.chunks),
            warnings=doc.warnings,
            ingested_at=datetime.now(UTC),
            groups=[DocumentGroupRow(group=g) for g in sorted(set(doc.groups))],
        )
        session.add(row)
        session.flush()
        chunk_rows = [
            ChunkRow(
                document_id=row.id,
                ordinal=c.ordinal,
                text=c.text,
                page=c.page,
                section=c.section,
                start=c.start,
                end=c.end,
                n_tokens=c.n_tokens,
                vector=np.asarray(v, dtype=np.float32).tobytes(),
                terms=doc.terms[i] if i < len(doc.terms) else "",
            )
            for i, (c, v) in enumerate(zip(doc.chunks, doc.vectors))
        ]
        session.add_all(chunk_rows)
        session.flush()
        return [c.id for c in chunk_rows]

    @staticmethod
    def set_groups(session: Session, document_id: int, groups: Iterable[str]) -> None:
        session.execute(delete(DocumentGroupRow).where(DocumentGroupRow.document_id == document_id))
        session.add_all(DocumentGroupRow(document_id=document_id, group=g) for g in sorted(set(groups)))
        row = session.get(MetaRow, "groups_version")
        session.merge(MetaRow(key="groups_version", value=str(int(row.value) + 1 if row else 1)))

    @staticmethod
    def delete_document(session: Session, document_id: int) -> list[int]:
        """Delete a document and its chunks; returns the removed chunk ids."""
        ids = list(session.scalars(select(ChunkRow.id).where(ChunkRow.document_id == document_id)))
        session.execute(delete(ChunkRow).where(ChunkRow.document_id == document_id))
        session.execute(delete(DocumentGroupRow).where(DocumentGroupRow.document_id == document_id))
        session.execute(delete(DocumentRow).where(DocumentRow.id == document_id))
        return ids

    # -- chunks -----------------------------------------------------------------------------
    def chunk_count(self) -> int:
        with self.session() as s:
            return int(s.scalar(select(func.count(ChunkRow.id))) or 0)

    def chunks_by_id(self, ids: Sequence[int]) -> dict[int, tuple[ChunkRow, DocumentRow]]:
        with self.session() as s:
            rows = s.execute(
                select(ChunkRow, DocumentRow)
                .join(DocumentRow, ChunkRow.document_id == DocumentRow.id)
                .where(ChunkRow.id.in_(list(ids)))
            ).all()
            return {c.id: (c, d) for c, d in rows}

    def chunk_places(
        self, ids: Sequence[int] | np.ndarray, batch: int = 5000
    ) -> dict[int, tuple[int, str, list[str]]]:
        """chunk id -> (its document's id, collection, sorted groups), for the chunks found."""
        found: dict[int, tuple[int, str, list[str]]] = {}
        with self.session() as s:
            for start in range(0, len(ids), batch):
                part = [int(i) for i in ids[start : start + batch]]
                rows = s.execute(
                    select(ChunkRow.id, DocumentRow)
                    .join(DocumentRow, ChunkRow.document_id == DocumentRow.id)
                    .where(ChunkRow.id.in_(part))
                ).all()
                found.update((cid, (d.id, d.collection, d.group_names)) for cid, d in rows)
        return found

    def iter_vectors(self, dim: int, batch: int = 10_000) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Yield (ids, vectors) of every chunk in id order, in batches."""
        for ids, blobs in self._iter_column(ChunkRow.vector, batch):
            yield ids, np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(ids), dim)

    def document_vectors(self, document_ids: Collection[int]) -> tuple[np.ndarray, np.ndarray]:
        """(ids, vectors) of the chunks of these documents, in id order."""
        with self.session() as s:
            rows = s.execute(
                select(ChunkRow.id, ChunkRow.vector)
                .where(ChunkRow.document_id.in_(list(document_ids))).order_by(ChunkRow.id)
            ).all()
        ids = np.array([r[0] for r in rows], dtype=np.int64)
        return ids, np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(
            len(ids), -1)

    def iter_terms(self, batch: int = 10_000) -> Iterator[tuple[np.ndarray, list[list[str]]]]:
        """Yield (ids, BM25 term lists) of every chunk in id order, in batches."""
        for ids, terms in self._iter_column(ChunkRow.terms, batch):
            yield ids, [t.split() for t in terms]

    def _iter_column(self, column: Any, batch: int) -> Iterator[tuple[np.ndarray, list[Any]]]:
        """(ids, values of ``column``) of every chunk in id order, ``batch`` rows at a time
        (keyset pagination: each batch starts after the last id of the one before)."""
        last = 0
        with self.session() as s:
            while True:
                rows = s.execute(
                    select(ChunkRow.id, column)
                    .where(ChunkRow.id > last)
                    .order_by(ChunkRow.id)
                    .limit(batch)
                ).all()
                if not rows:
                    return
                ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
                yield ids, [r[1] for r in rows]
                last = int(ids[-1])

    def permitted_chunk_ids(
        self, groups: Collection[str] | None, collections: Sequence[str] | None = None
    ) -> np.ndarray:
        """Ids of the chunks a member of ``groups`` may see, in id order: those of documents
        without groups or sharing one of ``groups``. ``groups=None`` means every chunk (an
        admin). ``collections`` narrows to documents of these collections."""
        query = select(ChunkRow.id).join(DocumentRow, ChunkRow.document_id == DocumentRow.id)
        if collections is not None:
            query = query.where(DocumentRow.collection.in_(list(collections)))
        if groups is not None:
            query = query.where(self._visible(groups))
        with self.session() as s:
            return np.fromiter(s.scalars(query.order_by(ChunkRow.id)), dtype=np.int64)

    @staticmethod
    def _visible(groups: Collection[str]) -> Any:
        """SQL condition on ``DocumentRow``: a member of ``groups`` may see the document."""
        tagged = select(DocumentGroupRow.document_id).where(
            DocumentGroupRow.document_id == DocumentRow.id
        )
        shared = tagged.where(DocumentGroupRow.group.in_(sorted(groups)))
        return ~tagged.exists() | shared.exists()

    def collections(self, groups: Collection[str] | None = None) -> list[str]:
        """Collection names; with ``groups``, only those holding a document their members see."""
        query = select(DocumentRow.collection).distinct()
        if groups is not None:
            query = query.where(self._visible(groups))
        with self.session() as s:
            return sorted(s.scalars(query))

    # -- pseudonyms -------------------------------------------------------------------------
    def load_pseudonyms(self) -> dict[tuple[str, str], int]:
        with self.session() as s:
            return {(r.entity_type, r.value_hash): r.number for r in s.scalars(select(PseudonymRow))}

    @staticmethod
    def add_pseudonyms(session: Session, rows: Iterable[tuple[str, str, int]]) -> None:
        session.add_all(PseudonymRow(entity_type=t, value_hash=h, number=n) for t, h, n in rows)
