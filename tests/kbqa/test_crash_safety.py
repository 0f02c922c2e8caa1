"""Crash safety: an ingest killed with SIGKILL at random points, a full disk during the index save,
and a corrupted index file met from the command line.

What a user must be able to count on: after any of these, the knowledge base opens, every stored
chunk is searchable exactly once, and running the ingest again finishes the job without
duplicates (see the module docstring of ``kbqa.ingestion``).
"""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kbqa import KnowledgeBase
from kbqa.index import FaissIndex
from kbqa.ingestion import file_sha256
from kbqa.lexical import LexicalIndex
from kbqa.store import ChunkRow
from tests.conftest import REPO, ensure_user

KBQA = Path(sys.executable).with_name("kbqa")
N_FILES = 40
MIN_KILLS = 20
AUTHOR = "Harriet Okonkwo"  # a name the anonymizer must replace by the same pseudonym everywhere

_SYLLABLES = ["ka", "lo", "mi", "ru", "zen", "tav", "qu", "bor", "nix", "pel", "dra", "vos"]
_WORDS = ("crate pallet forklift inventory shipment dock schedule carrier manifest invoice "
          "warehouse aisle shelf barcode scanner freight route supplier").split()


def _markers(n: int) -> list[str]:
    """``n`` distinct made-up words, each the unique key of one document."""
    rng = random.Random(1)
    found: list[str] = []
    while len(found) < n:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(4))
        if word not in found:
            found.append(word)
    return found


MARKERS = _markers(N_FILES)


def _write_doc(folder: Path, i: int, revision: int = 0) -> Path:
    rng = random.Random(i * 1000 + revision)
    lines = [f"Depot log {i}", "",
             f"The storage depot called {MARKERS[i]} holds {10 + i} crates of spare parts."]
    if i % 5 == 0:
        lines.append(f"Prepared by {AUTHOR}.")
    if revision:
        lines.append(f"Revision {revision}: the loading dock now opens at {6 + revision % 5} am.")
    # Every fourth document is long enough for several chunks.
    for _ in range(12 if i % 4 == 0 else 0):
        lines += ["", " ".join(rng.choice(_WORDS) for _ in range(40)) + "."]
    path = folder / f"depot_{i:02d}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _marker_of(path: str) -> str:
    return MARKERS[int(Path(path).stem.split("_")[1])]


def check_consistent(kb_dir: Path, sample: list[str] | None = None) -> list[str]:
    """Assert what a user relies on after a crash, in a freshly opened knowledge base; returns
    the paths of the stored documents.

    The index files on disk load (a kill never leaves a torn file), vectors, chunks and the
    manifest agree one to one, no document is stored twice, and searching a document's unique
    word finds it (for the documents in ``sample``; all when None).
    """
    kb = KnowledgeBase(kb_dir)
    if (kb_dir / "vectors.faiss").exists():
        FaissIndex.load(kb_dir / "vectors.faiss", kb.embedder.dim)
    if (kb_dir / "bm25" / "CURRENT").exists():
        LexicalIndex.load(kb_dir / "bm25")
    docs = kb.documents()
    paths = [d.path for d in docs]
    assert len(paths) == len(set(paths)), "a document is stored twice"
    with kb.store.session() as s:
        per_doc = dict(s.execute(
            select(ChunkRow.document_id, func.count()).group_by(ChunkRow.document_id)
        ).all())
        chunk_ids = set(s.scalars(select(ChunkRow.id)))
    assert per_doc == {d.id: d.n_chunks for d in docs if d.n_chunks}
    assert all(d.n_chunks for d in docs), "a document without chunks"
    index_ids = kb.index().ids().tolist()
    assert len(index_ids) == len(set(index_ids)), "a vector is indexed twice"
    assert set(index_ids) == chunk_ids
    assert len(chunk_ids) == sum(d.n_chunks for d in docs)
    assert len(kb.lexical()) == len(chunk_ids)
    user = ensure_user(kb)
    for path in paths if sample is None else [p for p in paths if p in sample]:
        hits = kb.retrieve(_marker_of(path), user=user, k=3)
        assert hits and hits[0].source == path, (path, [h.source for h in hits])
    return paths


# -- SIGKILL at random points ------------------------------------------------------------------

# Loads the model once, then forks one ingest child per request, so a kill costs a fork, not a
# 10-30 s model load. Threads are pinned to one so that forking after the warm-up is safe. The
# child runs the real ingest; wrappers around four methods only print which phase it entered.
_ZYGOTE = textwrap.dedent(r"""
    import os, sys, traceback
    from pathlib import Path

    import kbqa.ingestion
    from kbqa.embedding import shared_embedder
    from kbqa.index import FaissIndex
    from kbqa.knowledge_base import KnowledgeBase
    from kbqa.lexical import LexicalIndex
    from kbqa.settings import Settings
    from kbqa.store import ChunkStore
    import ingest.pii_nlp, presidio_analyzer  # imported once, here

    def event(text):
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    def traced(function, phase):
        def wrapper(*args, **kwargs):
            event(phase)
            return function(*args, **kwargs)
        return wrapper

    settings = Settings()
    embedder = shared_embedder(settings.embedding_model, settings.embed_batch_size)
    embedder.embed(["warm up"])
    embedder.embed = traced(embedder.embed, "embed")
    ChunkStore.bump_generation = staticmethod(traced(ChunkStore.bump_generation, "commit"))
    FaissIndex.save = traced(FaissIndex.save, "save_index")
    LexicalIndex.save = traced(LexicalIndex.save, "save_bm25")
    kbqa.ingestion._BATCH_CHUNKS = 1  # commit after every document: many commit points

    def run(kb_dir, docs, group, first):
        os.setpgid(0, 0)  # the parser workers join this group: one killpg takes them all
        event(f"pid {os.getpid()}")
        kb = KnowledgeBase(kb_dir)
        files = sorted(Path(docs).glob("*.txt"))
        files = files[first:] + files[:first]
        for start in range(0, len(files), group):
            kb.ingest(files[start:start + group],
                      progress=lambda name, done, total: event("parse") if name else None)
        event("done")

    event("ready")
    for line in sys.stdin:
        kb_dir, docs, group, first = line.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                run(kb_dir, docs, int(group), int(first))
            except BaseException:
                traceback.print_exc()
                code = 1
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        event(f"exit {os.waitstatus_to_exitcode(status)}")
""")

PHASES = ("open", "parse", "embed", "commit", "save_index", "save_bm25")


class Zygote:
    """The forking ingest server above, driven line by line."""

    def __init__(self) -> None:
        env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1",
                   TOKENIZERS_PARALLELISM="false", PYTHONPATH=str(REPO))
        self.proc = subprocess.Popen([sys.executable, "-c", _ZYGOTE], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env, cwd=REPO)
        self.child: int | None = None
        assert self._line() == "ready"

    def _line(self) -> str:
        line = self.proc.stdout.readline()
        assert line, "the ingest server died"
        return line.strip()

    def run(self, kb_dir: Path, docs: Path, *, kill_at: tuple[str, int, float] | None,
            group: int = 5, first: int = 0, timeout_s: float = 300) -> tuple[int, list[str]]:
        """One ingest, in ``kb.ingest`` calls of ``group`` files from the ``first`` one on (then
        wrapping round); with ``kill_at = (phase, nth, delay_s)``, SIGKILL it ``delay_s`` after
        it enters ``phase`` for the ``nth`` time ("open": after it starts). Returns the exit
        code and the phases it entered."""
        self.proc.stdin.write(f"{kb_dir}\t{docs}\t{group}\t{first}\n")
        self.proc.stdin.flush()
        watchdog = threading.Timer(timeout_s, self.close)
        watchdog.start()
        phases: list[str] = []
        killed = False
        try:
            while True:
                words = self._line().split()
                if words[0] == "exit":
                    self.child = None  # reaped: its pid may be reused
                    return int(words[1]), phases
                if words[0] == "pid":
                    self.child = int(words[1])
                    words = ["open"]
                if words[0] not in PHASES:
                    continue  # a log line
                phases.append(words[0])
                if kill_at and not killed and phases.count(kill_at[0]) == kill_at[1]:
                    threading.Event().wait(kill_at[2])
                    os.killpg(self.child, signal.SIGKILL)
                    killed = True
        finally:
            watchdog.cancel()

    def close(self) -> None:
        if self.child is not None:
            try:
                os.killpg(self.child, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.proc.kill()
        self.proc.wait()


@pytest.mark.slow
def test_ingest_killed_at_random_points_resumes_without_loss_or_duplicates(tmp_path):
    docs, kb_dir = tmp_path / "docs", tmp_path / "kb"
    docs.mkdir()
    files = [_write_doc(docs, i) for i in range(N_FILES)]
    rng = random.Random(20)
    zygote = Zygote()
    kills: list[tuple[str, str, int]] = []  # (aimed at, last phase entered, documents stored)
    runs = 0
    try:
        while len(kills) < MIN_KILLS:
            runs += 1
            assert runs <= 2 * MIN_KILLS, f"only {len(kills)} of {runs} runs could be killed"
            # New revisions of two files: every run has work, and replacements get killed too.
            for i in rng.sample(range(N_FILES), 2):
                _write_doc(docs, i, revision=runs)
            aim = rng.choice(PHASES)
            delay = rng.uniform(0, 1.5) if aim == "open" else rng.uniform(0, 0.05)
            nth = 1 if aim == "open" else rng.randint(1, 4)
            # Each run starts at another file, so the kills reach every part of the folder.
            code, phases = zygote.run(kb_dir, docs, kill_at=(aim, nth, delay),
                                      first=5 * runs % N_FILES)
            stored = check_consistent(kb_dir, sample=rng.sample([str(f) for f in files], 4))
            if code == 0:
                continue  # it finished before the chosen point
            assert code == -signal.SIGKILL, f"the ingest failed on its own (exit {code})"
            kills.append((aim, phases[-1], len(stored)))

        code, phases = zygote.run(kb_dir, docs, kill_at=None)
        assert code == 0
        stored = check_consistent(kb_dir)
        assert sorted(stored) == sorted(str(f) for f in files)
        kb = KnowledgeBase(kb_dir)
        assert all(d.content_hash == file_sha256(Path(d.path)) for d in kb.documents()), \
            "a document is stored in an older revision than its file"
        chunks_before = kb.store.chunk_count()

        assert not list(kb_dir.glob(".*.tmp")) and not list(kb_dir.glob("bm25/.tmp-*")), \
            "a temp file of a killed save outlived a completed run"

        code, phases = zygote.run(kb_dir, docs, kill_at=None)  # nothing left to do
        assert code == 0 and "commit" not in phases
        assert KnowledgeBase(kb_dir).store.chunk_count() == chunks_before
    finally:
        zygote.close()

    # The author is masked with one pseudonym, whichever run stored which document.
    with kb.store.session() as s:
        texts = list(s.scalars(select(ChunkRow.text).where(ChunkRow.text.like("%Prepared by%"))))
    assert len(texts) == N_FILES // 5
    assert not any("Harriet" in t or "Okonkwo" in t for t in texts)
    assert len({t.split("Prepared by ")[1].split()[0] for t in texts}) == 1

    report = {"runs": runs, "kills": len(kills),
              "last phase entered": Counter(k[1] for k in kills),
              "aimed at": Counter(k[0] for k in kills),
              "documents stored after each kill": [k[2] for k in kills]}
    print(json.dumps(report, default=dict))
    assert len(set(k[1] for k in kills)) >= 4, f"kills landed in too few phases: {report}"


def test_a_save_killed_before_its_rename_keeps_the_old_index_and_its_temp_file_is_removed(tmp_path):
    import numpy as np

    path = tmp_path / "vectors.faiss"
    index = FaissIndex(8)
    index.add(np.arange(3), np.eye(3, 8, dtype=np.float32))
    index.save(path, generation=1)
    # A second process writes generation 2 and is killed just before the rename.
    saver = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import os, time
        import numpy as np
        import kbqa.faiss_file
        from kbqa.index import FaissIndex

        def stalled(*args):
            print("written", flush=True)
            time.sleep(60)

        kbqa.faiss_file.os.replace = stalled
        index = FaissIndex(8)
        index.add(np.arange(5), np.eye(5, 8, dtype=np.float32))
        index.save(kbqa.faiss_file.Path({str(path)!r}), generation=2)
    """)], stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert saver.stdout.readline().strip() == "written"
    finally:
        os.kill(saver.pid, signal.SIGKILL)
        saver.wait()
    left = list(tmp_path.glob(".*.tmp"))
    assert len(left) == 1 and left[0].stat().st_size > 0
    loaded, generation = FaissIndex.load(path, 8)
    assert (generation, len(loaded)) == (1, 3)

    index.save(path, generation=3)
    assert not list(tmp_path.glob(".*.tmp")), "the killed save's temp file was left behind"
    assert FaissIndex.load(path, 8)[1] == 3


# -- a full disk -------------------------------------------------------------------------------

def test_a_full_disk_during_the_index_save_keeps_the_knowledge_base_usable(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    files = [_write_doc(docs, i) for i in range(1, 7)]
    kb = KnowledgeBase(tmp_path / "kb")
    kb.ingest(files[:4])
    index_file = kb.data_dir / "vectors.faiss"
    saved = index_file.read_bytes()

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    # The write of the new index file fails as on a full disk.
    monkeypatch.setattr("kbqa.faiss_file.os.fsync", disk_full)
    with pytest.raises(Exception, match="No space left on device") as failure:
        kb.ingest(files[4:])
    monkeypatch.undo()
    assert "vectors.faiss" in str(failure.value), "the error does not name the file"
    assert index_file.read_bytes() == saved, "the previous index file was damaged"
    assert not list(kb.data_dir.glob(".*.tmp")), "a partial index file is left behind"

    # The documents were committed before the save: a fresh open serves all six.
    stored = check_consistent(kb.data_dir)
    assert sorted(stored) == sorted(str(f) for f in files)
    # With space again, the next ingest has nothing to redo and the index is saved.
    report = KnowledgeBase(kb.data_dir).ingest(files)
    assert report.counts["unchanged"] == 6 and report.chunks_added == 0
    assert check_consistent(kb.data_dir) == stored


# -- a corrupted index file, from the command line ---------------------------------------------

def _cli(kb_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, KBQA_DATA_DIR=str(kb_dir), COLUMNS="300")
    env.pop("KBQA_DEBUG", None)
    return subprocess.run([str(KBQA), *args], capture_output=True, text=True, env=env, timeout=600)


@pytest.mark.slow
def test_a_corrupted_index_is_reported_by_the_cli_and_rebuilt_from_the_chunk_store(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    files = [_write_doc(docs, i) for i in range(4)]
    kb = KnowledgeBase(tmp_path / "kb")
    kb.ingest(files)
    ensure_user(kb, "reader")
    n_chunks = kb.store.chunk_count()
    index_file = kb.data_dir / "vectors.faiss"
    raw = index_file.read_bytes()
    index_file.write_bytes(raw[: len(raw) // 2])

    broken = _cli(kb.data_dir, "search", MARKERS[2], "--user", "reader", "--json")
    assert broken.returncode == 1, broken.stderr
    message = " ".join(broken.stderr.split())
    assert str(index_file) in message and "kbqa index rebuild" in message
    assert "Traceback" not in broken.stderr

    rebuilt = _cli(kb.data_dir, "index", "rebuild")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert f"index rebuilt: {n_chunks} vectors" in rebuilt.stdout

    found = _cli(kb.data_dir, "search", MARKERS[2], "--user", "reader", "--json")
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)[0]["source"] == str(files[2])
    assert FaissIndex.load(index_file, kb.embedder.dim)[1] == kb.store.generation()
