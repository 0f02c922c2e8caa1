"""ParserPool: files parsed in reusable spawn workers with time, memory and size limits."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.errors import (
    CorruptDocumentError,
    DocumentError,
    NoTextError,
    ResourceLimitError,
    UnsupportedFormatError,
)
from ingest.sandbox import ParserPool
from ingest.types import LoadedDocument

HELPERS = str(Path(__file__).resolve().parent)
TIMEOUT_S = 3.0
MEMORY_MB = 1024


@pytest.fixture(scope="module")
def pool():
    """One pool for the module: worker start-up is the expensive part."""
    if HELPERS not in sys.path:  # the spawned workers get the parent's sys.path
        sys.path.insert(0, HELPERS)
    with ParserPool(
        workers=1, timeout_s=TIMEOUT_S, memory_mb=MEMORY_MB, loader="sandbox_helpers:load"
    ) as p:
        yield p


def _file(tmp_path: Path, name: str, content: str = "x") -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def _results(pool: ParserPool, *paths: Path) -> list[LoadedDocument | DocumentError]:
    out = list(pool.imap((p, None) for p in paths))
    assert [p for p, _ in out] == list(paths)
    return [r for _, r in out]


def test_worker_is_a_separate_reused_process_with_the_memory_limit(pool, tmp_path):
    a, b, limit = _results(
        pool, _file(tmp_path, "a.pid"), _file(tmp_path, "b.pid"), _file(tmp_path, "x.rlimit")
    )
    assert a.title == b.title != str(os.getpid())
    assert int(limit.title) == MEMORY_MB * 1024 * 1024


def test_real_loader_runs_in_the_worker(pool, tmp_path):
    doc = pool.parse(_file(tmp_path, "notes.md", "# Travel\n\nBook early.\n"))
    assert doc.format == "markdown"
    assert [(b.text, b.section) for b in doc.blocks] == [
        ("Travel", "Travel"),
        ("Book early.", "Travel"),
    ]


def test_parse_raises_the_document_error(pool, tmp_path):
    with pytest.raises(NoTextError, match="no extractable text"):
        pool.parse(_file(tmp_path, "empty.txt", " \n\n \t\n"))


def test_hanging_parser_times_out_and_the_next_file_still_parses(pool, tmp_path):
    before = pool.parse(_file(tmp_path, "before.pid")).title
    hung, after = _results(pool, _file(tmp_path, "x.hang"), _file(tmp_path, "after.pid"))
    assert isinstance(hung, ResourceLimitError) and hung.kind == "timeout"
    assert str(hung) == f"parsing took longer than {TIMEOUT_S:g} s"
    assert isinstance(after, LoadedDocument)
    assert after.title != before, "the hung worker was replaced"


def test_memory_error_is_reported_and_the_next_file_still_parses(pool, tmp_path):
    oom, after = _results(pool, _file(tmp_path, "big.oom"), _file(tmp_path, "after.txt", "fine"))
    assert isinstance(oom, ResourceLimitError) and oom.kind == "memory"
    assert str(oom) == f"parsing needed more than {MEMORY_MB} MB of memory"
    assert after.blocks[0].text == "fine"


def test_worker_killed_like_by_the_oom_killer_counts_as_memory(pool, tmp_path):
    killed, after = _results(
        pool, _file(tmp_path, "x.oomkill"), _file(tmp_path, "after.txt", "fine")
    )
    assert isinstance(killed, ResourceLimitError) and killed.kind == "memory"
    assert after.blocks[0].text == "fine"


def test_crashing_worker_is_reported_as_corrupt(pool, tmp_path):
    crash, segv, after = _results(
        pool,
        _file(tmp_path, "x.crash"),
        _file(tmp_path, "x.segv"),
        _file(tmp_path, "ok.txt", "fine"),
    )
    assert isinstance(crash, CorruptDocumentError)
    assert str(crash) == "parser crashed: exit code 3"
    assert isinstance(segv, CorruptDocumentError)
    assert str(segv) == "parser crashed: exit code -11 (SIGSEGV)"
    assert after.blocks[0].text == "fine"


def test_unexpected_loader_exception_becomes_corrupt(pool, tmp_path):
    (boom,) = _results(pool, _file(tmp_path, "x.boom"))
    assert isinstance(boom, CorruptDocumentError)
    assert str(boom) == "could not parse: ValueError: boom"


def test_file_over_the_size_limit_is_refused_without_parsing(tmp_path):
    big = tmp_path / "big.hang"  # parsing it would hang: the refusal must come first
    big.write_bytes(b"x" * (2 * 1024 * 1024 + 1))
    with ParserPool(max_file_mb=2, loader="sandbox_helpers:load", timeout_s=TIMEOUT_S) as p:
        (result,) = _results(p, big)
    assert isinstance(result, ResourceLimitError) and result.kind == "too_large"
    assert "over the 2 MB limit" in str(result)


def test_missing_file_and_unknown_type_are_reported(tmp_path):
    with ParserPool() as p:
        missing, unknown = _results(p, tmp_path / "gone.txt", _file(tmp_path, "data.xyz"))
    assert isinstance(missing, DocumentError) and "cannot read file" in str(missing)
    assert isinstance(unknown, UnsupportedFormatError)
    assert str(unknown) == "unsupported file type '.xyz'"


def test_two_workers_yield_in_input_order(tmp_path):
    slow = _file(tmp_path, "first.slow", "1.0")
    fast = [_file(tmp_path, f"f{i}.slow", "0") for i in range(4)]
    with ParserPool(workers=2, loader="sandbox_helpers:load", timeout_s=TIMEOUT_S) as p:
        results = _results(p, slow, *fast)
    assert [r.title for r in results] == [p.name for p in (slow, *fast)]


def test_password_reaches_the_loader(pool, tmp_path):
    [(_, doc)] = list(pool.imap([(_file(tmp_path, "x.password"), "s3cret")]))
    assert doc.title == "password=s3cret"


def test_stopping_early_abandons_work_and_the_pool_stays_usable(pool, tmp_path):
    items = [(_file(tmp_path, "a.txt", "first"), None), (_file(tmp_path, "b.hang"), None)]
    for _, result in pool.imap(items):
        assert result.blocks[0].text == "first"
        break
    assert pool.parse(_file(tmp_path, "c.txt", "still works")).blocks[0].text == "still works"


def test_results_survive_pickling():
    err = pickle.loads(pickle.dumps(ResourceLimitError("too slow", kind="timeout")))
    assert (type(err), err.kind, str(err)) == (ResourceLimitError, "timeout", "too slow")
    mem = pickle.loads(pickle.dumps(ResourceLimitError("big", kind="memory")))
    assert mem.kind == "memory"


def test_workers_do_not_rerun_the_parents_main_script(tmp_path):
    # spawn would re-import the calling script (CLI, Streamlit app) in each worker, dragging
    # torch and friends in with it; the pool must start workers without it.
    marker = tmp_path / "imports.log"
    script = tmp_path / "app_main.py"
    script.write_text(
        "import sys\n"
        "from pathlib import Path\n"
        f"with open({str(marker)!r}, 'a') as f:\n"
        "    f.write('imported\\n')\n"
        "if __name__ == '__main__':\n"
        "    from ingest.sandbox import ParserPool\n"
        "    with ParserPool() as pool:\n"
        "        print(pool.parse(Path(sys.argv[1])).blocks[0].text)\n",
        encoding="utf-8",
    )
    note = _file(tmp_path, "note.txt", "parsed in a worker")
    run = subprocess.run(
        [sys.executable, str(script), str(note)], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "parsed in a worker"
    assert marker.read_text().splitlines() == ["imported"]


def test_a_loader_that_cannot_be_imported_is_a_setup_error_not_a_file_error(tmp_path):
    with (
        ParserPool(loader="no_such_module_kbqa:load") as p,
        pytest.raises(RuntimeError, match="failed to start"),
    ):
        p.parse(_file(tmp_path, "a.txt", "text"))
