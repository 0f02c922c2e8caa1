"""What several app replicas sharing one PostgreSQL database rely on: one writer at a time
across machines (a database lock, not only a data dir file lock), and one pseudonym secret."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from kbqa.errors import ConfigError, DataDirBusyError
from kbqa.knowledge_base import KnowledgeBase
from kbqa.lock import writer_lock
from kbqa.settings import Settings
from kbqa.store import ChunkStore

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url(postgres_database: str) -> str:
    from audit_helpers import reset_postgres_schema

    reset_postgres_schema(postgres_database)
    return postgres_database


def test_a_second_replica_is_refused_while_one_writes(pg_url, tmp_path):
    # Two replicas: two data dirs (no shared file lock), one database.
    engine = ChunkStore(pg_url).engine
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with writer_lock(tmp_path / "a", engine):
        with pytest.raises(DataDirBusyError, match=r"database session \d+ from .*kbqa@.* is writing to the database"):
            with writer_lock(tmp_path / "b", engine):
                pass
    with writer_lock(tmp_path / "b", engine):  # released: the next writer gets it
        pass


def test_sqlite_needs_only_the_data_dir_lock(tmp_path):
    engine = ChunkStore(f"sqlite:///{tmp_path / 'kbqa.db'}").engine
    with writer_lock(tmp_path, engine):
        with pytest.raises(DataDirBusyError, match=str(tmp_path)):
            with writer_lock(tmp_path, engine):
                pass


_HOLD = """
import sys, time
from pathlib import Path
from kbqa.lock import writer_lock
from kbqa.store import ChunkStore
with writer_lock(Path(sys.argv[2]), ChunkStore(sys.argv[1]).engine):
    print("locked", flush=True)
    time.sleep(600)
"""


def test_a_killed_writer_does_not_leave_the_database_locked(pg_url, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, pg_url, str(tmp_path / "a")],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        engine = ChunkStore(pg_url).engine
        with pytest.raises(DataDirBusyError):
            with writer_lock(tmp_path / "b", engine):
                pass
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 30  # the server notices the closed connection at once
        while True:
            try:
                with writer_lock(tmp_path / "b", engine):
                    break
            except DataDirBusyError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
    finally:
        proc.kill()
        proc.wait()


def test_replicas_with_different_pseudonym_secrets_are_refused(pg_url, tmp_path):
    doc = tmp_path / "docs" / "contact.txt"
    doc.parent.mkdir()
    doc.write_text("Questions about expenses go to Maria Gonzalez at maria.gonzalez@example.com.")
    first = KnowledgeBase(tmp_path / "a", Settings(database_url=pg_url))
    assert first.ingest(doc).counts["ingested"] == 1
    second = KnowledgeBase(tmp_path / "b", Settings(database_url=pg_url))  # its own key file
    with pytest.raises(ConfigError, match="pseudonym secret differs"):
        second.ingest(doc, force=True)
    # With a copy of the first replica's key file, the second one writes the same pseudonyms.
    (tmp_path / "b" / "pseudonym.key").write_text((tmp_path / "a" / "pseudonym.key").read_text())
    third = KnowledgeBase(tmp_path / "b", Settings(database_url=pg_url))
    report = third.ingest(doc, force=True)
    assert report.counts["failed"] == 0
    texts = [c.text for c in third.store.chunks_by_id(
        list(third.store.permitted_chunk_ids(None, None))).values() for c in [c[0]]]
    assert any("<EMAIL_ADDRESS_1>" in t for t in texts) and not any("maria" in t.lower()
                                                                       for t in texts)


def test_sign_in_lockout_counts_failures_on_every_replica(pg_url, tmp_path):
    from kbqa.users import MAX_FAILED_SIGN_INS

    one = KnowledgeBase(tmp_path / "a", Settings(database_url=pg_url))
    two = KnowledgeBase(tmp_path / "b", Settings(database_url=pg_url))
    one.users.add("gil", password="right-passphrase")
    for i in range(MAX_FAILED_SIGN_INS):  # guesses spread over both replicas
        assert (one if i % 2 else two).users.authenticate("gil", f"guess-{i}-guess") is None
    assert two.users.authenticate("gil", "right-passphrase") is None  # locked on both
    assert one.users.authenticate("gil", "right-passphrase") is None
    reasons = [r.payload["reason"] for r in one.audit.records(kinds=("denial",))]
    assert reasons[-2:] == ["too many failed sign-ins: locked for a while"] * 2


def test_a_database_masked_before_the_check_existed_refuses_a_new_key(pg_url, tmp_path):
    from kbqa.pseudonyms import _CHECK_META

    doc = tmp_path / "docs" / "contact.txt"
    doc.parent.mkdir()
    doc.write_text("Questions about travel go to Jonas Berg at jonas.berg@example.com.")
    first = KnowledgeBase(tmp_path / "a", Settings(database_url=pg_url))
    first.ingest(doc)
    with first.store.session() as s, s.begin():  # as a database from before the check value
        from kbqa.store import MetaRow

        s.delete(s.get(MetaRow, _CHECK_META))
    second = KnowledgeBase(tmp_path / "b", Settings(database_url=pg_url))
    with pytest.raises(ConfigError, match="pseudonyms made with a secret"):
        second.ingest(doc, force=True)
    assert not (tmp_path / "b" / "pseudonym.key").exists()  # nothing created to pass next time
    assert first.ingest(doc, force=True).counts["failed"] == 0  # its own writer still can
