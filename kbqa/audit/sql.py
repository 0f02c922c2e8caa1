"""The audit log in SQL (SQLite or PostgreSQL): tables, serialized appends, prune, verify.

Appends are serialized so that concurrent writers (app sessions, CLI processes, several hosts on
one PostgreSQL) never fork the chain or reuse a seq: each append reads the head and writes the next
record and the new head in one transaction holding the database's audit lock

- PostgreSQL: ``pg_advisory_xact_lock`` (released at commit or rollback), waited for at most
  ``lock_timeout``;
- SQLite: ``BEGIN IMMEDIATE`` (the database's write lock, taken before the head is read), waited
  for by the busy timeout. The audit log keeps its own SQLite engine for this, because the
  driver's implicit transactions would only lock at the first write.

A writer that cannot get the lock retries with backoff for ``max_wait_s`` before giving up with
``AuditWriteError``; nothing is ever written half.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import (
    BigInteger,
    DateTime,
    Integer,
    String,
    Text,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kbqa.audit.chain import (
    GENESIS_HASH,
    KINDS,
    AuditRecord,
    VerifyResult,
    canonical_json,
    utc_iso,
    verify_chain,
)
from kbqa.errors import AuditWriteError, ConfigError

_PG_APPEND_LOCK = 0x6B62_7161_6175_6469  # "kbqaaudi"
_BATCH = 1000
T = TypeVar("T")


class AuditBase(DeclarativeBase):
    pass


class AuditRow(AuditBase):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    actor: Mapped[str] = mapped_column(String(200), index=True)
    payload: Mapped[str] = mapped_column(Text)
    """Canonical JSON text, hashed as is."""
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHeadRow(AuditBase):
    """The last record's seq and hash (one row, id 1): deleting the tail leaves it ahead."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))


_HEAD = select(AuditHeadRow.seq, AuditHeadRow.hash).where(AuditHeadRow.id == 1)


def _sqlite_connect(dbapi_connection: Any, busy_timeout_ms: int) -> None:
    dbapi_connection.isolation_level = None  # no implicit BEGIN: "_sqlite_begin" emits ours
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # an acknowledged record survives a power cut
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql(f"BEGIN {conn.get_execution_options().get('sqlite_begin', 'DEFERRED')}")


def _record(row: Any) -> AuditRecord:
    return AuditRecord(
        seq=row.seq, created_at=row.created_at, kind=row.kind, actor=row.actor,
        payload_json=row.payload, prev_hash=row.prev_hash, hash=row.hash,
    )


def _transient(exc: OperationalError) -> bool:
    """A lock wait that timed out, or a connection lost mid-way: worth another attempt."""
    if exc.connection_invalidated:
        return True
    # PostgreSQL: lock_not_available, serialization_failure, deadlock_detected.
    if getattr(exc.orig, "sqlstate", None) in ("55P03", "40001", "40P01"):
        return True
    message = str(exc.orig).lower()
    return "database is locked" in message or "database table is locked" in message


def _utc(moment: datetime) -> datetime:
    """Aware UTC, or naive UTC for SQLite, whose DateTime drops the zone when binding."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


class SqlAuditStore:
    """The hash-chained audit log in the kbqa database (see the module docstring).

    Args:
        engine: The database (the chunk store's engine); its schema must be migrated.
        max_wait_s: How long an append keeps retrying for the lock before ``AuditWriteError``.
        lock_timeout_s: How long one attempt waits for the lock.
    """

    def __init__(
        self, engine: Engine, *, max_wait_s: float = 120.0, lock_timeout_s: float = 10.0
    ) -> None:
        self.dialect = engine.dialect.name
        self.max_wait_s = max_wait_s
        self.lock_timeout_ms = max(1, int(lock_timeout_s * 1000))
        self.where = engine.url.render_as_string(hide_password=True)
        if self.dialect == "sqlite":
            self.engine = create_engine(engine.url)
            event.listen(self.engine, "connect",
                         lambda dbapi, _record: _sqlite_connect(dbapi, self.lock_timeout_ms))
            event.listen(self.engine, "begin", _sqlite_begin)
        else:
            self.engine = engine

    # -- transactions ---------------------------------------------------------------------------
    @contextmanager
    def _locked(self) -> Iterator[Connection]:
        """A transaction holding the audit lock; commits on exit."""
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                if self.dialect == "postgresql":
                    conn.exec_driver_sql(f"SET LOCAL lock_timeout = {self.lock_timeout_ms}")
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                 {"key": _PG_APPEND_LOCK})
                yield conn

    @contextmanager
    def _snapshot(self) -> Iterator[Connection]:
        """A read-only transaction seeing one consistent state of the log."""
        with self.engine.connect() as conn:
            if self.dialect == "postgresql":
                conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn

    def _retrying(self, work: Callable[[Connection], T]) -> T:
        deadline = time.monotonic() + self.max_wait_s
        attempt = 0
        while True:
            try:
                with self._locked() as conn:
                    return work(conn)
            except OperationalError as exc:
                attempt += 1
                if not _transient(exc):
                    raise AuditWriteError(
                        f"could not write to the audit log in {self.where}: {exc.orig}; nothing "
                        "was recorded"
                    ) from None
                if time.monotonic() >= deadline:
                    raise AuditWriteError(
                        f"could not write to the audit log in {self.where} after {attempt} "
                        f"attempts over {self.max_wait_s:.0f} s ({exc.orig}); another process "
                        "holds its lock for too long; nothing was recorded"
                    ) from None
                time.sleep(min(2.0, 0.02 * 2**attempt) * (0.5 + random.random()))

    # -- AuditStore -----------------------------------------------------------------------------
    def append(self, kind: str, actor: str, payload: dict[str, Any]) -> AuditRecord:
        """Write the next record of the chain; returns it (its ``seq`` is the record id)."""
        if kind not in KINDS:
            raise ConfigError(f"unknown audit record kind {kind!r}; one of {', '.join(KINDS)}")
        payload_json = canonical_json(payload)
        return self._retrying(lambda conn: self._append_locked(conn, kind, actor, payload_json))

    def _append_locked(
        self, conn: Connection, kind: str, actor: str, payload_json: str
    ) -> AuditRecord:
        head = conn.execute(_HEAD).first()
        if head is None:  # a new log, or a lost head row: continue after the last record
            head = conn.execute(
                select(AuditRow.seq, AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)
            ).first()
            conn.execute(insert(AuditHeadRow).values(id=1, seq=0, hash=GENESIS_HASH))
        seq, prev_hash = (head.seq + 1, head.hash) if head else (1, GENESIS_HASH)
        unsigned = AuditRecord(seq, datetime.now(UTC), kind, actor, payload_json, prev_hash, "")
        record = replace(unsigned, hash=unsigned.expected_hash() or "")
        conn.execute(insert(AuditRow).values(
            seq=seq, created_at=record.created_at, kind=kind, actor=actor, payload=payload_json,
            prev_hash=prev_hash, hash=record.hash,
        ))
        conn.execute(
            update(AuditHeadRow).where(AuditHeadRow.id == 1).values(seq=seq, hash=record.hash)
        )
        return record

    def get(self, seq: int) -> AuditRecord | None:
        """The record ``seq``, or None."""
        with self._snapshot() as conn:
            row = conn.execute(select(AuditRow).where(AuditRow.seq == seq)).first()
            return _record(row) if row else None

    def records(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        actor: str | None = None,
        kinds: tuple[str, ...] | None = None,
    ) -> Iterator[AuditRecord]:
        """Records in seq order, created in ``[since, until)``, of ``actor`` and ``kinds``."""
        query = select(AuditRow)
        if since is not None:
            query = query.where(AuditRow.created_at >= _utc(since))
        if until is not None:
            query = query.where(AuditRow.created_at < _utc(until))
        if actor is not None:
            query = query.where(AuditRow.actor == actor)
        if kinds is not None:
            query = query.where(AuditRow.kind.in_(kinds))
        with self._snapshot() as conn:
            yield from self._walk(conn, query)

    @staticmethod
    def _walk(conn: Connection, query: Any) -> Iterator[AuditRecord]:
        last = None
        while True:
            page = query if last is None else query.where(AuditRow.seq > last)
            rows = conn.execute(page.order_by(AuditRow.seq).limit(_BATCH)).all()
            for row in rows:
                yield _record(row)
            if len(rows) < _BATCH:
                return
            last = rows[-1].seq

    def verify(self) -> VerifyResult:
        """Walk the whole chain in one snapshot: links, hashes, prune checkpoint, head anchor."""
        with self._snapshot() as conn:
            head = conn.execute(_HEAD).first()

            def locate(digest: str) -> int | None:
                return conn.scalar(select(AuditRow.seq).where(AuditRow.hash == digest).limit(1))

            return verify_chain(
                self._walk(conn, select(AuditRow)),
                head=(head.seq, head.hash) if head else None,
                complete=True,
                locate=locate,
            )

    # -- maintenance ----------------------------------------------------------------------------
    def prune(self, before: datetime, actor: str) -> AuditRecord | None:
        """Delete the records created before ``before`` and append a ``prune`` checkpoint.

        Only a prefix of the chain is deleted (up to the first record created at or after
        ``before``), so the kept records stay one unbroken chain; the checkpoint names the last
        deleted record's seq and hash, which the first kept record links to.

        Returns:
            The checkpoint record, or None when nothing was old enough.
        """
        before = _utc(before)

        def work(conn: Connection) -> AuditRecord | None:
            first_kept = conn.scalar(
                select(func.min(AuditRow.seq)).where(AuditRow.created_at >= before)
            )
            doomed = (
                AuditRow.seq < first_kept if first_kept is not None else AuditRow.seq.is_not(None)
            )
            span = conn.execute(select(func.min(AuditRow.seq), func.max(AuditRow.seq),
                                       func.count(AuditRow.id)).where(doomed)).one()
            if not span[2]:
                return None
            last_hash = conn.scalar(select(AuditRow.hash).where(AuditRow.seq == span[1]))
            conn.execute(delete(AuditRow).where(doomed))
            payload = {"before": utc_iso(before), "deleted": span[2], "first_seq": span[0],
                       "last_seq": span[1], "last_hash": last_hash}
            return self._append_locked(conn, "prune", actor, canonical_json(payload))

        return self._retrying(work)
