"""What a test needs from outside the repo: a data set in ../shared/data, Chromium, the bundled
model, an optional package, a server.

On a developer machine a missing need skips the test, naming it. Under ``CI=true`` (``.ci/run``)
it fails instead: CI installs everything (``scripts/install.sh --dev``), so a skip there would
hide a test that never ran behind a green result.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
CHROMIUM = "/usr/bin/chromium"
INSTALL = "bash scripts/install.sh --dev"

__all__ = ["CHROMIUM", "SHARED_DATA", "in_ci", "needs_bundled_gguf", "needs_chromium",
           "needs_module", "require", "shared_data"]


def in_ci() -> bool:
    """True when the ``CI`` environment variable is set to anything but empty, 0 or false."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require(condition: bool, what: str) -> None:
    """Nothing when ``condition`` holds; else fail (CI) or skip (elsewhere), naming ``what``
    (what is missing and how to get it). Works in a test, a fixture or at module level."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"missing in CI (CI=true): {what}", pytrace=False)
    pytest.skip(f"missing: {what}", allow_module_level=True)


def needs_module(name: str, install: str = INSTALL) -> ModuleType:
    """The imported module ``name``; fails or skips (see ``require``) when it cannot be imported."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        error = exc  # reported outside the handler: no chained traceback in the report
    require(False, f"Python module {name} ({error}); install it: {install}")
    raise error  # not reached: require raised


def shared_data(*parts: str) -> Path:
    """A data set from ../shared/data (read in place, never copied into the repo)."""
    path = SHARED_DATA.joinpath(*parts)
    require(path.exists(), f"shared data set {path} (it lives beside the repo, in ../shared/data)")
    return path


def needs_chromium() -> str:
    """The path of Debian's Chromium, which the browser tests drive through Playwright."""
    require(Path(CHROMIUM).exists(),
            f"{CHROMIUM} (apt-get install chromium; {INSTALL} installs it as root)")
    return CHROMIUM


def needs_bundled_gguf() -> Path:
    """The bundled SmolLM2 GGUF file that the embedded backend and the test llama.cpp server load."""
    from kbqa.errors import MissingDependencyError
    from kbqa.llm.embedded import bundled_gguf

    try:
        return bundled_gguf()
    except MissingDependencyError as exc:
        error = exc
    require(False, str(error))
    raise error  # not reached: require raised
