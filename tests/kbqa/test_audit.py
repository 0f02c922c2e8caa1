"""The audit log on real SQLite and real PostgreSQL: what is recorded, the hash chain catching
edits, deletions, reordering and truncation, prune checkpoints, exports verified offline, stats,
concurrent writers, migrations, and the log as ``KnowledgeBase`` and the ``kbqa`` CLI write it.

Every test taking ``db_url`` runs once per backend; PostgreSQL gets a fresh database per run
(``audit_helpers.fresh_postgres_database``) and an empty schema per test.
"""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from audit_helpers import (
    append_records,
    ask_questions,
    open_chunk_store,
)
from llm_server import free_port
from sqlalchemy import text

from kbqa import KnowledgeBase, Settings
from kbqa.audit import GENESIS_HASH, AuditLog, AuditWriteError, SqlAuditStore
from kbqa.audit.chain import canonical_json, chain_hash, utc_iso
from kbqa.errors import ConfigError, LLMUnavailableError
from kbqa.qa import Answer, Citation
from kbqa.report import FileOutcome, IngestReport

KBQA = str(Path(sys.executable).parent / "kbqa")


@pytest.fixture
def audit(db_url):
    log = AuditLog.open(db_url)
    yield log
    log.store.engine.dispose()


def _sql(log: AuditLog, statement: str, **params) -> None:
    with log.store.engine.connect() as conn, conn.begin():
        conn.execute(text(statement), params)


def _answer(question: str, *, refused: bool = False, total_s: float = 1.0) -> Answer:
    cites = [] if refused else [Citation(1, 7, "/docs/policy.md", "Policy", None, "Travel",
                                         "Hotels are capped at 210 GBP per night.", 0.81)]
    return Answer(
        question=question, text="The knowledge base does not cover this." if refused else
        '"Hotels are capped at 210 GBP per night." [1]', refused=refused,
        mode="refused" if refused else "extractive", citations=cites,
        timings={"rewrite_s": 0.0, "retrieve_s": 0.05, "generate_s": total_s - 0.05,
                 "total_s": total_s},
        standalone_question=question, collections=["default"],
        retrieved=[] if refused else [(7, 0.81), (9, 0.4)], backend="none",
    )


def _fill(log: AuditLog, n: int) -> None:
    for i in range(n):
        log.record_admin("document_deleted", user="admin", target=f"doc-{i}")


# -- what is recorded --------------------------------------------------------------------------
def test_records_of_each_kind_round_trip(audit):
    ask = audit.record_ask(_answer("Hotel cap in London?"), user="alice", groups=["staff", "hr"])
    fb = audit.record_feedback(ask, user="alice", rating="down", comment="too short")
    report = IngestReport(data_dir="/kb", collection="default", files=[
        FileOutcome("/docs/a.md", "ingested", chunks=3),
        FileOutcome("/docs/b.pdf", "failed", kind="encrypted", reason="password protected")])
    ingest = audit.record_ingest(report, user="carol", paths=["/docs"], groups=["hr"])
    denial = audit.record_denial(user="bob", action="ask", target="collection hr",
                                 reason="not in group hr", groups=["staff"])
    admin = audit.record_admin("groups_changed", user="root", target="bob",
                               details={"added": ["hr"]})
    assert [ask, fb, ingest, denial, admin] == [1, 2, 3, 4, 5]

    rec = audit.get(ask)
    assert (rec.kind, rec.actor) == ("ask", "alice")
    p = rec.payload
    assert p["question"] == "Hotel cap in London?" and p["groups"] == ["hr", "staff"]
    assert p["retrieved"] == [{"chunk_id": 7, "score": 0.81}, {"chunk_id": 9, "score": 0.4}]
    assert p["cited"] == [7] and p["citations"][0]["snippet"].startswith("Hotels are capped")
    assert p["answer"].startswith('"Hotels') and p["refused"] is False and p["error"] is None
    assert p["timings"]["retrieve_s"] == 0.05 and p["backend"] == "none"
    logged_at = datetime.fromisoformat(utc_iso(rec.created_at))  # stored in UTC, not local time
    assert abs(datetime.now(UTC) - logged_at) < timedelta(hours=1)
    assert audit.get(fb).payload == {"ask_id": 1, "asked_by": "alice", "rating": "down",
                                     "comment": "too short"}
    ing = audit.get(ingest).payload
    assert ing["counts"]["ingested"] == 1 and ing["failures"] == 1
    assert ing["files"][1]["reason"] == "password protected" and ing["paths"] == ["/docs"]
    assert audit.get(denial).payload["reason"] == "not in group hr"
    assert (audit.get(admin).actor, audit.get(admin).payload["details"]) == ("root", {"added": ["hr"]})

    result = audit.verify()
    assert result.ok and result.records == 5 and (result.first_seq, result.last_seq) == (1, 5)
    first = audit.get(1)
    assert first.prev_hash == GENESIS_HASH
    assert first.hash == chain_hash(GENESIS_HASH, 1, utc_iso(first.created_at), "ask", "alice",
                                    first.payload)


def test_feedback_must_name_a_recorded_answer(audit):
    ask = audit.record_ask(_answer("q"), user="alice")
    other = audit.record_admin("user_created", user="root", target="dave")
    with pytest.raises(ConfigError, match="no answer with id 99"):
        audit.record_feedback(99, user="alice", rating="up")
    with pytest.raises(ConfigError, match=f"no answer with id {other}"):
        audit.record_feedback(other, user="alice", rating="up")
    with pytest.raises(ConfigError, match="'up' or 'down'"):
        audit.record_feedback(ask, user="alice", rating="meh")  # type: ignore[arg-type]
    assert audit.verify().records == 2


# -- tamper evidence ---------------------------------------------------------------------------
def _edit_payload(log: AuditLog) -> None:
    payload = log.get(3).payload
    payload["target"] = "someone-else"
    _sql(log, "UPDATE audit_log SET payload = :p WHERE seq = 3", p=canonical_json(payload))


def _edit_hash(log: AuditLog) -> None:
    _sql(log, "UPDATE audit_log SET hash = :h WHERE seq = 3", h="f" * 64)


def _delete_middle(log: AuditLog) -> None:
    _sql(log, "DELETE FROM audit_log WHERE seq = 3")


def _reorder(log: AuditLog) -> None:
    _sql(log, "UPDATE audit_log SET seq = -1 WHERE seq = 3")
    _sql(log, "UPDATE audit_log SET seq = 3 WHERE seq = 4")
    _sql(log, "UPDATE audit_log SET seq = 4 WHERE seq = -1")


def _truncate(log: AuditLog) -> None:
    _sql(log, "DELETE FROM audit_log WHERE seq >= 5")


@pytest.mark.parametrize("tamper, seq, problem", [
    (_edit_payload, 3, "edited"),
    (_edit_hash, 3, "edited"),
    (_delete_middle, 3, "missing"),
    (_reorder, 3, "out_of_order"),
    (_truncate, 5, "truncated"),
], ids=["edit-payload", "edit-hash", "delete-middle", "reorder", "truncate"])
def test_tampering_is_detected_at_the_right_record(audit, tamper, seq, problem):
    _fill(audit, 6)
    assert audit.verify().ok
    tamper(audit)
    result = audit.verify()
    assert not result.ok
    assert (result.broken_seq, result.problem) == (seq, problem), result.message
    assert str(seq) in result.message


def test_deleting_the_oldest_records_without_a_checkpoint_is_detected(audit):
    _fill(audit, 4)
    _sql(audit, "DELETE FROM audit_log WHERE seq <= 2")
    result = audit.verify()
    assert (result.ok, result.broken_seq, result.problem) == (False, 3, "missing")


# -- prune -------------------------------------------------------------------------------------
def test_prune_keeps_the_chain_verifiable(audit):
    _fill(audit, 5)
    cutoff = audit.get(4).created_at
    old = [r.seq for r in audit.records() if r.created_at < cutoff]
    checkpoint = audit.prune(cutoff, user="root")
    assert checkpoint is not None and checkpoint.kind == "prune" and checkpoint.seq == 6
    assert checkpoint.payload["deleted"] == len(old) and checkpoint.payload["last_seq"] == old[-1]
    assert [r.seq for r in audit.records()] == list(range(old[-1] + 1, 7))
    _fill(audit, 2)
    result = audit.verify()
    assert result.ok and result.first_seq == old[-1] + 1 and result.last_seq == 8, result.message
    # A second prune of everything: the newest checkpoint carries the chain on.
    last = audit.prune(datetime.now(UTC) + timedelta(days=1), user="root")
    assert [r.seq for r in audit.records()] == [last.seq] and audit.verify().ok
    assert audit.prune(datetime(2000, 1, 1, tzinfo=UTC)) is None


def test_tampered_prune_checkpoint_is_detected(audit):
    _fill(audit, 5)
    checkpoint = audit.prune(audit.get(4).created_at, user="root")
    first_kept = checkpoint.payload["last_seq"] + 1
    _fill(audit, 2)
    forged = dict(checkpoint.payload, last_hash="0" * 63 + "1")
    # Edited in place: the checkpoint's own hash no longer matches.
    _sql(audit, "UPDATE audit_log SET payload = :p WHERE seq = :s", p=canonical_json(forged),
         s=checkpoint.seq)
    result = audit.verify()
    assert (result.ok, result.broken_seq, result.problem) == (False, checkpoint.seq, "edited")
    # Forged with every hash from the checkpoint on recomputed, and the head moved: the first
    # kept record no longer links to the checkpoint's anchor.
    prev = audit.get(checkpoint.seq - 1).hash
    for rec in list(audit.records()):
        if rec.seq < checkpoint.seq:
            continue
        payload = forged if rec.seq == checkpoint.seq else rec.payload
        digest = chain_hash(prev, rec.seq, utc_iso(rec.created_at), rec.kind, rec.actor, payload)
        _sql(audit, "UPDATE audit_log SET payload = :p, prev_hash = :ph, hash = :h WHERE seq = :s",
             p=canonical_json(payload), ph=prev, h=digest, s=rec.seq)
        prev = digest
    _sql(audit, "UPDATE audit_head SET hash = :h", h=prev)
    result = audit.verify()
    assert (result.ok, result.broken_seq, result.problem) == (False, first_kept, "broken_link")


# -- export ------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_verifies_offline_and_an_edited_line_fails(audit, tmp_path, fmt):
    for i in range(3):
        ask = audit.record_ask(_answer(f"question {i} — 出差"), user="alice" if i != 1 else "bob")
        audit.record_feedback(ask, user="alice", rating="up")
    path = tmp_path / f"audit.{fmt}"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        assert audit.export(fh, format=fmt) == 6
    result = AuditLog.verify_export(path)
    assert result.ok and result.records == 6 and result.gaps == 0, result.message
    assert result.last_hash == audit.verify().last_hash

    bob = tmp_path / f"bob.{fmt}"
    with open(bob, "w", encoding="utf-8", newline="") as fh:
        assert audit.export(fh, format=fmt, user="bob") == 1
    assert AuditLog.verify_export(bob).ok
    alice = tmp_path / f"alice.{fmt}"
    with open(alice, "w", encoding="utf-8", newline="") as fh:
        assert audit.export(fh, format=fmt, user="alice") == 5
    sub = AuditLog.verify_export(alice)
    assert sub.ok and sub.records == 5 and sub.gaps == 1  # record 3 (bob's ask) filtered out

    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    edited = [line.replace("question 1", "question 7") for line in lines]
    path.write_text("".join(edited), encoding="utf-8")
    result = AuditLog.verify_export(path)
    assert (result.ok, result.broken_seq, result.problem) == (False, 3, "edited")

    body = lines[1:] if fmt == "csv" else lines
    swapped = body[:1] + [body[2], body[1]] + body[3:]
    path.write_text("".join((lines[:1] if fmt == "csv" else []) + swapped), encoding="utf-8")
    result = AuditLog.verify_export(path)
    assert (result.ok, result.problem) == (False, "out_of_order")


def test_export_filters_by_time(audit):
    _fill(audit, 3)
    third = audit.get(3).created_at
    out = io.StringIO()
    assert audit.export(out, since=third) == 1
    assert json.loads(out.getvalue())["seq"] == 3
    assert audit.export(io.StringIO(), until=third) == 2


# -- stats -------------------------------------------------------------------------------------
def test_stats_on_a_known_set_of_records(audit):
    for i in range(1, 21):  # total latencies 0.1 ... 2.0 s
        refused = i % 5 == 0
        q = "Who won the 1998 World Cup?" if i in (5, 10) else f"question {i}"
        audit.record_ask(_answer(q, refused=refused, total_s=i / 10), user="alice")
    failed = _answer("broken", total_s=0.3)
    audit.record_ask(failed, user="bob", error="LLMUnavailableError: endpoint down")
    for rating in ["up", "up", "up", "down"]:
        audit.record_feedback(1, user="alice", rating=rating)
    audit.record_admin("user_created", user="root", target="dave")

    stats = audit.stats()
    assert stats["by_kind"] == {"admin": 1, "ask": 21, "feedback": 4}
    assert (stats["asks"], stats["errors"], stats["answered"], stats["refused"]) == (21, 1, 20, 4)
    assert stats["refusal_rate"] == pytest.approx(0.2)
    assert stats["feedback"] == {"up": 3, "down": 1, "ratio": 0.75}
    (day,) = stats["days"]
    assert day["date"] == utc_iso(audit.get(1).created_at)[:10]
    assert (day["asks"], day["refused"], day["errors"]) == (21, 4, 1)
    assert day["latency_p50_s"] == pytest.approx(1.0) and day["latency_p95_s"] == pytest.approx(1.9)
    assert stats["top_refused"][0] == {"question": "Who won the 1998 World Cup?", "count": 2}


# -- concurrency -------------------------------------------------------------------------------
def test_concurrent_writers_never_break_the_chain_nor_lose_a_record(audit, db_url):
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    workers = [ctx.Process(target=append_records, args=(db_url, w, 25, start)) for w in range(4)]
    for p in workers:
        p.start()
    start.set()
    for p in workers:
        p.join(300)
    assert [p.exitcode for p in workers] == [0, 0, 0, 0]
    result = audit.verify()
    assert result.ok and result.records == 100, result.message
    records = list(audit.records())
    assert [r.seq for r in records] == list(range(1, 101))
    by_worker = {f"worker-{w}": 0 for w in range(4)}
    for r in records:
        by_worker[r.actor] += 1
    assert set(by_worker.values()) == {25}


def test_a_writer_kept_from_the_lock_gives_up_with_a_clear_error(audit, db_url):
    from kbqa.store import create_database_engine

    _fill(audit, 2)
    engine = create_database_engine(db_url)
    impatient = AuditLog(SqlAuditStore(engine, max_wait_s=0.5, lock_timeout_s=0.1))
    # Another writer holds the audit lock all the while.
    with audit.store._locked(), pytest.raises(AuditWriteError, match="holds its lock"):
        impatient.record_admin("user_created", user="root", target="dave")
    assert impatient.record_admin("user_created", user="root", target="dave") == 3
    result = audit.verify()
    assert result.ok and result.records == 3
    engine.dispose()


# -- migrations --------------------------------------------------------------------------------
def test_migrations_are_idempotent_and_match_the_models(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from kbqa.migrations import current_revision, head_revision, target_metadata, upgrade
    from kbqa.store import ChunkStore

    store = ChunkStore(db_url)
    upgrade(store.engine)
    ChunkStore(db_url)
    with store.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, target_metadata()) == []
    store.engine.dispose()


def test_two_processes_starting_on_an_empty_database_both_succeed(db_url):
    from kbqa.migrations import current_revision, head_revision
    from kbqa.store import create_database_engine

    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    procs = [ctx.Process(target=open_chunk_store, args=(db_url, start)) for _ in range(2)]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(300)
    assert [p.exitcode for p in procs] == [0, 0]
    engine = create_database_engine(db_url)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
    engine.dispose()


def test_a_database_locked_at_start_up_is_tried_again(tmp_path, monkeypatch):
    # SQLite fails a lock deadlock at once ("database is locked", busy_timeout not waited out):
    # seen when two processes open a new file together. Start-up tries again instead of failing.
    import sqlite3

    from sqlalchemy.exc import OperationalError

    import kbqa.migrations as migrations
    from kbqa.store import ChunkStore

    real = migrations._upgrade_under_lock
    calls = []

    def locked_twice(engine):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) <= 2:
            locked = sqlite3.OperationalError("database is locked")
            raise OperationalError("BEGIN IMMEDIATE", {}, locked)
        real(engine)

    monkeypatch.setattr(migrations, "_upgrade_under_lock", locked_twice)
    store = ChunkStore(f"sqlite:///{tmp_path / 'kbqa.db'}")
    assert len(calls) == 3
    with store.engine.connect() as conn:
        assert migrations.current_revision(conn) == migrations.head_revision()


def test_a_database_that_cannot_be_opened_fails_at_once_naming_it(tmp_path):
    from kbqa.store import ChunkStore

    missing = tmp_path / "no-such-dir" / "kbqa.db"
    with pytest.raises(ConfigError, match="no-such-dir") as err:
        ChunkStore(f"sqlite:///{missing}")
    assert "unable to open database file" in str(err.value)


def test_a_database_from_before_migrations_is_adopted(db_url):
    from kbqa.migrations import current_revision, head_revision
    from kbqa.store import Base, ChunkStore, MetaRow, create_database_engine

    engine = create_database_engine(db_url)
    # How ChunkStore created its tables before migrations (those of revision 0001).
    legacy = ("documents", "document_groups", "chunks", "pseudonyms", "meta")
    Base.metadata.create_all(engine, tables=[Base.metadata.tables[t] for t in legacy])
    with engine.connect() as conn, conn.begin():
        conn.execute(MetaRow.__table__.insert().values(key="generation", value="7"))
    engine.dispose()
    store = ChunkStore(db_url)
    assert store.generation() == 7
    with store.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
    log = AuditLog(SqlAuditStore(store.engine))
    log.record_admin("user_created", user="root", target="dave")
    assert log.verify().ok
    store.engine.dispose()


# -- the knowledge base and the CLI write the log -----------------------------------------------
DOCS = {
    "expenses.md": "# Expenses\n\nExpense reports go to the finance desk at "
                   "finance.desk@example.com before the 5th of each month.\n\n"
                   "Hotel stays are capped at 180 EUR per night in Munich.\n",
    "parking.md": "# Parking\n\nVisitors park in lot C behind the warehouse. Staff park in "
                  "lot A with a badge.\n",
}


def test_knowledge_base_records_asks_feedback_and_ingestion(db_url, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, body in DOCS.items():
        (docs / name).write_text(body, encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "kb", database_url=None if "sqlite" in db_url else db_url)
    kb = KnowledgeBase(settings=settings)
    kb.users.add("carol", admin=True)
    for name in ("alice", "dave", "erin"):
        kb.users.add(name, groups=["staff"])
    kb.users.add("bob")
    kb.ingest(docs, user="carol", groups=["staff"])

    answer = kb.ask("Where do expense reports go?", user="alice", use_llm=False)
    assert not answer.refused and answer.id is not None
    refused = kb.ask("What is the capital of Peru?", user="bob", use_llm=False)
    assert refused.refused and refused.id == answer.id + 1
    fb = kb.feedback(answer.id, user="alice", rating="up", comment="helpful")
    strict = settings.model_copy(update={
        "llm_backend": "openai", "llm_base_url": f"http://127.0.0.1:{free_port()}/v1",
        "llm_model": "m", "llm_max_retries": 0, "llm_timeout_s": 5.0, "llm_fallback": False})
    with pytest.raises(LLMUnavailableError):
        KnowledgeBase(settings=strict).ask("Where do visitors park?", user="dave")

    records = [r for r in kb.audit.records() if r.kind != "admin"]  # admin: the users added
    assert [r.kind for r in records] == ["ingest", "ask", "ask", "feedback", "ask"]
    ingest = records[0]
    assert ingest.actor == "carol" and ingest.payload["counts"]["ingested"] == 2
    assert {Path(f["path"]).name for f in ingest.payload["files"]} == set(DOCS)
    asked = kb.audit.get(answer.id).payload
    assert asked["question"] == "Where do expense reports go?" and asked["groups"] == ["staff"]
    assert asked["retrieved"] == [{"chunk_id": i, "score": round(s, 4)} for i, s in answer.retrieved]
    assert asked["cited"] == [c.chunk_id for c in answer.citations] and asked["cited"]
    assert asked["answer"] == answer.text and asked["refused"] is False
    assert {"retrieve_s", "generate_s"} <= set(asked["timings"])
    no = kb.audit.get(refused.id)
    assert no.payload["groups"] == []  # bob is in no group: he saw no staff document
    assert no.actor == "bob" and no.payload["refused"] is True and no.payload["answer"] == refused.text
    assert kb.audit.get(fb).payload["ask_id"] == answer.id
    failed = records[-1]
    assert failed.actor == "dave" and failed.payload["error"].startswith("LLMUnavailableError")
    assert failed.payload["question"] == "Where do visitors park?"
    # Personal data masked at ingest does not come back through the log.
    logged = "\n".join(r.payload_json for r in kb.audit.records())
    assert "finance.desk@example.com" not in logged and "EMAIL_ADDRESS" in logged
    assert kb.audit.verify().ok
    assert kb.audit.stats()["refused"] == 1
    kb.store.engine.dispose()

    if "sqlite" in db_url:  # the CLI prints the id the record was written under
        result = _cli("--data-dir", str(tmp_path / "kb"), "ask", "Where do visitors park?",
                      "--no-llm", "--json", "--user", "erin")
        assert result.returncode == 0, result.stderr
        body = json.loads(result.stdout)
        assert kb.audit.get(body["id"]).actor == "erin"


def test_processes_asking_at_once_keep_the_chain_and_the_exact_count(db_url, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, body in DOCS.items():
        (docs / name).write_text(body, encoding="utf-8")
    database_url = None if "sqlite" in db_url else db_url
    kb = KnowledgeBase(settings=Settings(data_dir=tmp_path / "kb", database_url=database_url))
    for i in range(3):
        kb.users.add(f"user-{i}")
    kb.ingest(docs)
    questions = ["Where do expense reports go?", "Where do visitors park?",
                 "What is the capital of Peru?", "Where do expense reports go?"]
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    askers = [
        ctx.Process(target=ask_questions,
                    args=(str(tmp_path / "kb"), database_url, f"user-{i}", questions, start))
        for i in range(3)
    ]
    for p in askers:
        p.start()
    start.set()
    for p in askers:
        p.join(600)
    assert [p.exitcode for p in askers] == [0, 0, 0]
    result = kb.audit.verify()
    assert result.ok and result.records == 3 + 1 + 3 * len(questions), result.message
    asks = [r for r in kb.audit.records() if r.kind == "ask"]
    assert sorted(r.actor for r in asks) == sorted(f"user-{i}" for i in range(3) for _ in questions)
    kb.store.engine.dispose()


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", **(env or {})}
    return subprocess.run([KBQA, *args], capture_output=True, text=True, env=full_env,
                          timeout=600, check=False)


def test_audit_commands_through_the_cli(db_url, tmp_path):
    data_dir = tmp_path / "kb"
    data_dir.mkdir()
    env = {"KBQA_DATA_DIR": str(data_dir)}
    if "sqlite" in db_url:
        db_url = f"sqlite:///{data_dir / 'kbqa.db'}"
    else:
        env["KBQA_DATABASE_URL"] = db_url
    log = AuditLog.open(db_url)
    for i in range(3):
        log.record_ask(_answer(f"question {i}", refused=i == 2), user="alice")

    ok = _cli("audit", "verify", env=env)
    assert ok.returncode == 0 and "intact: 3 records, seq 1..3" in ok.stdout, ok.stderr
    export = tmp_path / "audit.jsonl"
    exported = _cli("audit", "export", "--format", "jsonl", "-o", str(export), env=env)
    assert exported.returncode == 0 and "exported 3 records" in exported.stderr
    assert _cli("audit", "verify", "--file", str(export)).returncode == 0
    stats = _cli("audit", "stats", "--json", env=env)
    assert stats.returncode == 0 and json.loads(stats.stdout)["refused"] == 1
    pruned = _cli("audit", "prune", "--before", (datetime.now(UTC) + timedelta(days=1)).isoformat(),
                  "--yes", env=env)
    assert pruned.returncode == 0 and "pruned 3 records (1..3)" in pruned.stdout, pruned.stderr
    assert _cli("audit", "verify", env=env).returncode == 0

    log.record_admin("user_created", user="root", target="dave")
    _sql(log, "UPDATE audit_log SET actor = 'mallory' WHERE seq = 5")
    broken = _cli("audit", "verify", "--json", env=env)
    assert broken.returncode == 1
    assert json.loads(broken.stdout)["broken_seq"] == 5
    human = _cli("audit", "verify", env=env)
    assert human.returncode == 1 and "record 5" in human.stderr and "Traceback" not in human.stderr
    log.store.engine.dispose()


def test_personal_data_typed_into_questions_and_comments_is_masked_in_the_log(sample_kb):
    from tests.conftest import STAFF

    kb, _ = sample_kb
    question = ("Can Maria Gonzalez (maria.gonzalez@example.com, +49 89 2222 7777) book a "
                "hotel in London?")
    answer = kb.ask(question, user=STAFF, use_llm=False)
    assert answer.question == question  # the asker sees their own words
    fb = kb.feedback(answer.id, user=STAFF, rating="down",
                     comment="wrong, ask james.miller@example.com")
    logged = kb.audit.get(answer.id).payload_json + kb.audit.get(fb).payload_json
    for secret in ("Maria Gonzalez", "maria.gonzalez@example.com", "2222 7777",
                   "james.miller@example.com"):
        assert secret not in logged
    assert "<EMAIL_ADDRESS_" in logged and "<PERSON_" in logged
    assert "book a hotel in London" in kb.audit.get(answer.id).payload["question"]
