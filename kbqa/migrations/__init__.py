"""Alembic migrations of every kbqa table, applied on start-up by ``upgrade(engine)``.

Revisions (``versions/``): ``0001`` the chunk store (documents, document_groups, chunks,
pseudonyms, meta), ``0002`` the audit log (audit_log, audit_head), ``0003`` users and their
groups (users, user_groups), ``0004`` API tokens (api_tokens), ``0005`` the masked path users
see (documents.source). Alembic is configured in code,
so no ``alembic.ini`` is needed at run time. To write the next revision during development::

    from alembic import command
    from kbqa.migrations import alembic_config
    command.revision(alembic_config(), message="what changes", rev_id="0003")
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

from kbqa.errors import ConfigError

__all__ = ["alembic_config", "current_revision", "head_revision", "target_metadata", "upgrade"]

_HERE = Path(__file__).resolve().parent
_PG_LOCK_KEY = 0x6B62_7161_6D69_6772  # "kbqamigr": serializes start-ups on one PostgreSQL database
_SQLITE_LOCKED_RETRY_S = 60.0
_LEGACY_REVISION = "0001"
"""Data dirs created before migrations existed hold exactly revision 0001's tables."""


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic ``Config`` for kbqa's migrations, bound to ``connection`` if given."""
    config = Config()
    config.set_main_option("script_location", str(_HERE))
    config.attributes["connection"] = connection
    return config


def target_metadata() -> list[Any]:
    """The metadata of every kbqa model (for autogenerate and schema comparisons)."""
    from kbqa.audit.sql import AuditBase
    from kbqa.store import Base
    from kbqa.users import UserRow  # noqa: F401  (registers the users tables on Base)
    from kbqa.tokens import ApiTokenRow  # noqa: F401  (registers api_tokens on Base)

    return [Base.metadata, AuditBase.metadata]


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at; None for an empty database."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the database to the latest schema; a no-op when it is there already.

    Safe when several processes start at once: the migration runs under a lock (PostgreSQL: an
    advisory lock; SQLite: ``BEGIN IMMEDIATE``, the database's write lock), and the revision is
    read again once the lock is held.

    Raises:
        ConfigError: the database cannot be reached or opened.
    """
    where = engine.url.render_as_string(hide_password=True)
    deadline = time.monotonic() + _SQLITE_LOCKED_RETRY_S
    delay = 0.05
    while True:
        try:
            _upgrade_under_lock(engine)
            return
        except OperationalError as exc:
            # SQLite answers "database is locked" at once, without waiting out busy_timeout, when
            # two connections race on a new file (one switching it to WAL while the other holds
            # a read lock): the migration rolled back whole, so trying again is safe.
            locked = engine.dialect.name == "sqlite" and "locked" in str(exc.orig)
            if not locked or time.monotonic() >= deadline:
                raise ConfigError(
                    f"cannot open the database {where}: {exc.orig}; check KBQA_DATABASE_URL and "
                    "that the database server is running and reachable"
                ) from None
            engine.dispose()  # a connection that failed to switch to WAL is not reused
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


def _upgrade_under_lock(engine: Engine) -> None:
    head = head_revision()
    with engine.connect() as conn:
        if current_revision(conn) == head:
            return
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        elif engine.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        current = current_revision(conn)
        if current != head:
            config = alembic_config(conn)
            if current is None and inspect(conn).has_table("documents"):
                command.stamp(config, _LEGACY_REVISION)
            command.upgrade(config, "head")
        conn.commit()
