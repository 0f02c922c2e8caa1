"""Readers and writers on one data dir at once: eight reader processes ask in a loop while one
ingest runs; a second writer is refused, naming the first; no reader fails or sees an answer
change or go back; the audit log verifies and holds exactly one record per question asked.

Processes signal each other through files in a work folder, so the steps happen in a fixed
order whatever the machine's speed: every reader has loaded its models before the ingest starts,
and every reader asks while the ingest is held between committing its chunks and saving the
index files (its progress callback waits there until the test lets it go).

Runs once per database backend (SQLite, and PostgreSQL with the ``postgres`` marker).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from kbqa import KnowledgeBase, Settings
from kbqa.errors import DataDirBusyError
from tests.conftest import FIXTURES, SAMPLE_DOCS, ensure_user

KBQA = str(Path(sys.executable).parent / "kbqa")
READERS = 8
MAX_ROUNDS = 40  # a safety cap only: readers stop when the ingest is over
WAIT_S = 900  # how long a step may take on a loaded machine before the test gives up

_FACTS = {f["id"]: f for f in json.loads((FIXTURES / "sample_facts.json").read_text("utf-8"))
          ["answerable"]}
SAMPLE_QUESTIONS = [_FACTS[i] for i in ("password_length", "receipt_deadline")]
# The documents asked about, and two more that stay unchanged beside them.
BASE_FILES = sorted({f["file"] for f in SAMPLE_QUESTIONS} | {"onboarding.pptx",
                                                            "office_locations.txt"})

# Documents the concurrent ingest adds: one fact each, in words no sample document uses.
NEW_DOCS = {  # file: (text, question, the fact the answer quotes)
    "cooling_tower.md": (
        "# Cooling tower\n\nThe cooling tank of tower 7 holds 4350 litres of glycol.\n",
        "How many litres of glycol does the cooling tank of tower 7 hold?", "4350 litres"),
    "bicycle_cellar.md": (
        "# Bicycle cellar\n\nThe bicycle cellar has 86 charging sockets for e-bikes.\n",
        "How many charging sockets for e-bikes does the bicycle cellar have?",
        "86 charging sockets"),
    "roof_canteen.md": (
        "# Roof terrace canteen\n\nThe canteen on the roof terrace serves lentil soup.\n",
        "What soup does the canteen on the roof terrace serve?", "lentil soup"),
}
NEW_QUESTION = NEW_DOCS["cooling_tower.md"][1]  # the readers ask it before, during and after

# One reader: load, say ready, ask the questions round after round; a round begun once the
# stop file exists is the last. Every finished ask adds a line to the progress file.
READER = r"""
import json, sys, time, traceback
from pathlib import Path
from kbqa import KnowledgeBase, Settings

cfg = json.loads(sys.argv[1])
work, user = Path(cfg["work"]), cfg["user"]
kb = KnowledgeBase(settings=Settings(data_dir=cfg["data_dir"], database_url=cfg["database_url"]))
kb.retrieve("warm up", user=user)  # the embedding model and the indexes
kb.mask_for_log("warm up")  # the anonymizer the audit log masks questions with
(work / f"{user}.ready").touch()
progress = open(work / f"{user}.progress", "a")
asked, errors, rounds, last = [], [], 0, False
while not last and rounds < cfg["max_rounds"]:
    last = (work / "stop").exists()
    for question in cfg["questions"]:
        try:
            a = kb.ask(question, user=user, use_llm=False)
            asked.append({"question": question, "id": a.id, "text": a.text, "after": last,
                          "sources": sorted({Path(c.source).name for c in a.citations})})
        except Exception as exc:
            errors.append({"question": question, "error": f"{type(exc).__name__}: {exc}",
                           "trace": traceback.format_exc()[-2000:]})
        progress.write(".\n")
        progress.flush()
    rounds += 1
    time.sleep(1.0)  # leave the cores some room for the ingest
(work / f"{user}.json").write_text(json.dumps(
    {"asked": asked, "errors": errors, "rounds": rounds, "stopped": last}))
"""

# The one writer: ingest the new documents. Its progress callback runs under the writer lock;
# the last call comes after the chunks are committed and before the index files are saved,
# and holds the run there until the test has checked what happens meanwhile.
INGEST = r"""
import json, sys, time
from pathlib import Path
from kbqa import KnowledgeBase, Settings

cfg = json.loads(sys.argv[1])
work = Path(cfg["work"])
kb = KnowledgeBase(settings=Settings(data_dir=cfg["data_dir"], database_url=cfg["database_url"]))

def progress(name, done, total):
    if done == total:
        (work / "ingest.paused").touch()
        deadline = time.monotonic() + cfg["wait_s"]
        while not (work / "ingest.go").exists():
            if time.monotonic() > deadline:
                raise SystemExit("the test never let the ingest go on")
            time.sleep(0.1)

report = kb.ingest([cfg["docs"]], progress=progress)
(work / "ingest.json").write_text(json.dumps(report.to_dict()))
"""


def _start(script: str, cfg: dict, log: Path) -> subprocess.Popen:
    # One thread per process: eight readers on a small machine, each with torch's own pool of
    # threads, would spend their time fighting over the cores.
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "TOKENIZERS_PARALLELISM": "false"}
    with open(log, "wb") as out:
        return subprocess.Popen([sys.executable, "-c", script, json.dumps(cfg)], env=env,
                                stdout=out, stderr=subprocess.STDOUT, cwd=Path(__file__).parents[2])


def _tail(path: Path) -> str:
    return path.read_text(errors="replace")[-3000:] if path.exists() else ""


def _wait_for(what: str, done, procs: dict[str, subprocess.Popen], work: Path) -> None:
    """Poll ``done()`` until true; fail at once, with its output, if a process has died."""
    deadline = time.monotonic() + WAIT_S
    while not done():
        for name, proc in procs.items():
            if proc.poll() is not None and proc.returncode != 0:
                pytest.fail(f"{name} exited {proc.returncode} while waiting for {what}:\n"
                            f"{_tail(work / f'{name}.log')}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.2)


def _progress(work: Path, user: str) -> int:
    path = work / f"{user}.progress"
    return len(path.read_text().splitlines()) if path.exists() else 0


@pytest.mark.slow
def test_readers_keep_answering_while_one_ingest_runs_and_a_second_writer_is_refused(
        db_url, tmp_path):
    database_url = None if db_url.startswith("sqlite") else db_url
    data_dir = tmp_path / "kb"
    settings = Settings(data_dir=data_dir, database_url=database_url)
    kb = KnowledgeBase(settings=settings)
    base = kb.ingest([SAMPLE_DOCS / name for name in BASE_FILES])
    assert base.counts["ingested"] == len(BASE_FILES)
    readers = [ensure_user(kb, f"reader-{i}") for i in range(READERS)]
    docs = tmp_path / "new_docs"
    docs.mkdir()
    for name, (body, _, _) in NEW_DOCS.items():
        (docs / name).write_text(body, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    common = {"work": str(work), "data_dir": str(data_dir), "database_url": database_url}
    questions = [f["question"] for f in SAMPLE_QUESTIONS] + [NEW_QUESTION]

    procs: dict[str, subprocess.Popen] = {}
    try:
        for user in readers:
            procs[user] = _start(READER, {**common, "user": user, "questions": questions,
                                          "max_rounds": MAX_ROUNDS}, work / f"{user}.log")
        _wait_for("the readers to load", lambda: all(
            (work / f"{u}.ready").exists() for u in readers), procs, work)
        writer = procs["ingest"] = _start(
            INGEST, {**common, "docs": str(docs), "wait_s": WAIT_S}, work / "ingest.log")
        _wait_for("the ingest to commit its chunks", (work / "ingest.paused").exists, procs, work)

        # A second writer, through the API and through the CLI, is refused at once, naming the
        # process that writes, and leaves no trace in the log (checked below).
        with pytest.raises(DataDirBusyError,
                           match=rf"pid {writer.pid}\) is writing to {re.escape(str(data_dir))}"):
            kb.ingest([docs])
        env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "300"}
        if database_url:
            env["KBQA_DATABASE_URL"] = database_url
        cli = subprocess.run([KBQA, "--data-dir", str(data_dir), "ingest", str(docs)],
                             capture_output=True, text=True, env=env, timeout=WAIT_S,
                             check=False)
        assert cli.returncode == 1, cli.stdout + cli.stderr
        assert f"error: another kbqa process (pid {writer.pid}) is writing to" in cli.stderr
        assert "Traceback" not in cli.stderr

        # Every reader finishes an ask begun while the store is ahead of the index files.
        before = {u: _progress(work, u) for u in readers}
        _wait_for("every reader to ask during the ingest", lambda: all(
            _progress(work, u) >= before[u] + 2 for u in readers), procs, work)
        (work / "ingest.go").touch()
        assert writer.wait(WAIT_S) == 0, _tail(work / "ingest.log")
        (work / "stop").touch()
        for user in readers:
            assert procs[user].wait(WAIT_S) == 0, _tail(work / f"{user}.log")
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()

    added = json.loads((work / "ingest.json").read_text())
    assert added["counts"]["ingested"] == len(NEW_DOCS) and added["counts"]["failed"] == 0
    results = {u: json.loads((work / f"{u}.json").read_text()) for u in readers}
    assert {u: r["errors"] for u, r in results.items() if r["errors"]} == {}
    assert all(r["stopped"] for r in results.values()), "a reader hit MAX_ROUNDS"

    # Consistent: each sample question got one and the same right answer from every reader in
    # every round, before, during and after the ingest.
    asked = [a for r in results.values() for a in r["asked"]]
    for fact in SAMPLE_QUESTIONS:
        answers = {(a["text"], tuple(a["sources"])) for a in asked
                   if a["question"] == fact["question"]}
        assert len(answers) == 1, (fact["id"], answers)
        ((text, sources),) = answers
        assert fact["accept"][0] in text and fact["file"] in sources, (fact["id"], text)
    # The new document, once seen, stays seen; and every running reader sees it after the ingest.
    for user, r in results.items():
        new = [a for a in r["asked"] if a["question"] == NEW_QUESTION]
        seen = [NEW_DOCS["cooling_tower.md"][2] in a["text"] and "cooling_tower.md" in a["sources"]
                for a in new]
        assert seen == sorted(seen), (user, seen)
        after = [s for s, a in zip(seen, new) if a["after"]]
        assert after and all(after), (user, seen)

    # A reader started afterwards answers each new question from its new document.
    late = KnowledgeBase(settings=settings)
    late_user = ensure_user(late, "late-reader")
    for name, (_, question, fact) in NEW_DOCS.items():
        answer = late.ask(question, user=late_user, use_llm=False)
        assert fact in answer.text and name in {Path(c.source).name for c in answer.citations}

    # The audit chain is intact and holds exactly one record per ask, each under its reader.
    per_reader = {u: len(r["asked"]) for u, r in results.items()}
    total_asks = sum(per_reader.values())
    audit = late.audit
    verified = audit.verify()
    by_kind = audit.stats()["by_kind"]
    expected_kinds = {"admin": READERS + 1, "ingest": 2, "ask": total_asks + len(NEW_DOCS)}
    assert dict(by_kind) == expected_kinds
    assert verified.ok and verified.records == sum(expected_kinds.values()), verified.message
    asks = [rec for rec in audit.records() if rec.kind == "ask"]
    assert Counter(rec.actor for rec in asks if rec.actor != late_user) == Counter(per_reader)
    assert sorted(a["id"] for a in asked) == sorted(rec.seq for rec in asks
                                                    if rec.actor != late_user)
    print(f"\n{READERS} readers, asks per reader {sorted(per_reader.values())}, "
          f"total {total_asks}, audit records {verified.records}")
    kb.store.engine.dispose()
    late.store.engine.dispose()
