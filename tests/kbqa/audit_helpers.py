"""Helpers of test_audit: a fresh PostgreSQL database per run, and the functions spawned worker
processes run (importable by name, so ``multiprocessing`` spawn can start them)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from tests.requirements import require

POSTGRES_ADMIN_URL = os.environ.get(
    "KBQA_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)


@contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """Create ``kbqa_test_<random>`` on the test server, yield its URL, drop it afterwards.

    Fails (under ``CI=true``) or skips (elsewhere) with the reason when the server is
    unreachable (``tests/requirements.py``).
    """
    import psycopg

    try:
        admin = psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        require(False, f"PostgreSQL not reachable at {POSTGRES_ADMIN_URL} ({exc}); start it "
                       "(.ci/run does) or set KBQA_TEST_POSTGRES_URL")
    name = f"kbqa_test_{secrets.token_hex(6)}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            base = POSTGRES_ADMIN_URL.rsplit("/", 1)[0]
            yield f"{base}/{name}"
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def reset_postgres_schema(url: str) -> None:
    """Empty the database: every table of the previous test goes."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


# -- run in spawned processes ------------------------------------------------------------------
def append_records(url: str, worker: int, count: int, start) -> None:  # type: ignore[no-untyped-def]
    """Open the audit log, wait for the start signal, append ``count`` admin records."""
    from kbqa.audit import AuditLog

    log = AuditLog.open(url)
    start.wait(120)
    for i in range(count):
        log.record_admin("concurrency_test", user=f"worker-{worker}", target=str(i))


def open_chunk_store(url: str, start) -> None:  # type: ignore[no-untyped-def]
    """Wait for the start signal, then open the store (which migrates the database)."""
    import kbqa.audit.sql  # noqa: F401  (imports first: the processes race on the migration only)
    from kbqa.store import ChunkStore

    start.wait(120)
    ChunkStore(url)


def ask_questions(data_dir: str, database_url: str | None, user: str, questions: list[str],
                  start) -> None:  # type: ignore[no-untyped-def]
    """Open the knowledge base, load its models, wait for the start signal, then ask."""
    from kbqa import KnowledgeBase, Settings

    kb = KnowledgeBase(settings=Settings(data_dir=data_dir, database_url=database_url))
    kb.retrieve("warm up", user=user)  # load the embedding model and indexes before the race starts
    start.wait(300)
    for question in questions:
        kb.ask(question, user=user, use_llm=False)
