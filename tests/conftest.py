import json
import shutil
import sys
from pathlib import Path

import pytest

# shared_data fails under CI=true, skips elsewhere (tests/requirements.py).
from tests.requirements import SHARED_DATA, in_ci, shared_data  # noqa: F401

REPO = Path(__file__).resolve().parents[1]
SAMPLE_DOCS = REPO / "sample_docs"
FIXTURES = REPO / "tests" / "fixtures"


def streamlit_command(port: int) -> list[str]:
    """``streamlit run app.py`` headless on 127.0.0.1:``port``, as the browser tests start it."""
    return [str(Path(sys.executable).parent / "streamlit"), "run", str(REPO / "app.py"),
            "--server.headless", "true", "--server.port", str(port),
            "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
            "--server.fileWatcherType", "none"]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI=true a skip is a failure, whatever raised it (tests/requirements.py says why):
    CI installs everything, so a skipped test there is a test that silently never ran."""
    outcome = yield
    report = outcome.get_result()
    if in_ci() and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, which must run every test: {reason}"


@pytest.fixture(scope="session")
def planted_pii() -> list[dict]:
    return json.loads((FIXTURES / "planted_pii.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_kb(tmp_path_factory):
    """sample_docs ingested once into a fresh data dir: (KnowledgeBase, IngestReport)."""
    from kbqa import KnowledgeBase

    data_dir = tmp_path_factory.mktemp("sample_kb")
    kb = KnowledgeBase(data_dir)
    report = kb.ingest([SAMPLE_DOCS], groups=[])
    ensure_user(kb)
    return kb, report


STAFF = "staff"
"""The user tests ask as: registered, in no group, so they see the documents without groups."""


def ensure_user(kb, name: str = STAFF, **options) -> str:
    """Register ``name`` in ``kb`` unless it exists (``options`` as ``UserDirectory.add``)."""
    if kb.users.get(name) is None:
        kb.users.add(name, **options)
    return name


@pytest.fixture
def docs_copy(tmp_path) -> Path:
    """A private, writable copy of sample_docs."""
    target = tmp_path / "docs"
    shutil.copytree(SAMPLE_DOCS, target)
    return target
