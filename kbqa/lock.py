"""One writer per knowledge base.

Two locks, both released by the operating system or the database when their holder dies, so a
killed ingest never leaves a stale lock:

* the data dir's exclusive, non-blocking ``flock`` (``write.lock``), for the index files there;
* with PostgreSQL, a session-level advisory lock in the database, because replicas on several
  machines share one database (and a vector engine) but not a data dir. SQLite lives in the data
  dir, so the file lock covers it.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

from kbqa.errors import DataDirBusyError

__all__ = ["ADVISORY_LOCK_KEY", "writer_lock"]

ADVISORY_LOCK_KEY = 0x6B627161_77726974  # "kbqawrit": one knowledge base per database
"""The PostgreSQL advisory lock key an ingest, delete or index rebuild holds."""


@contextmanager
def writer_lock(data_dir: Path, engine: Engine | None = None) -> Iterator[None]:
    """Hold the data dir's write lock, and the database's when ``engine`` is PostgreSQL; raise
    ``DataDirBusyError`` naming the holder when another process has either."""
    with _file_lock(data_dir):
        if engine is not None and engine.dialect.name == "postgresql":
            with _advisory_lock(engine):
                yield
        else:
            yield


@contextmanager
def _file_lock(data_dir: Path) -> Iterator[None]:
    path = data_dir / "write.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "unknown"
            raise DataDirBusyError(
                f"another kbqa process (pid {holder}) is writing to {data_dir}; "
                "wait for it to finish and run the command again"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextmanager
def _advisory_lock(engine: Engine) -> Iterator[None]:
    # A connection of its own, held for the whole write: the lock belongs to its session, and
    # the server drops it when the connection closes, also when this process is killed.
    with engine.connect() as conn:
        got = conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
        if not got.scalar():
            conn.rollback()
            raise DataDirBusyError(
                f"another kbqa process ({_holder(conn)}) is writing to the database "
                f"{engine.url.render_as_string(hide_password=True)}; wait for it to finish and "
                "run the command again"
            )
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_LOCK_KEY})
            conn.commit()


def _holder(conn) -> str:  # type: ignore[no-untyped-def]
    """Which database session holds the lock: its client address and application name."""
    row = conn.execute(
        text(
            "SELECT a.pid, a.client_addr, a.application_name FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' "
            "AND l.granted AND ((l.classid::bigint << 32) | l.objid::bigint) = :key"
        ),
        {"key": ADVISORY_LOCK_KEY},
    ).first()
    conn.rollback()
    if row is None:
        return "unknown"
    pid, addr, app = row
    return f"database session {pid} from {addr or 'local socket'}{f', {app}' if app else ''}"
