"""A loader that misbehaves on purpose, chosen by file suffix; runs inside ParserPool workers.

Used as ``ParserPool(loader="sandbox_helpers:load")``: monkeypatching cannot reach a spawned
worker, so the test double has to be importable by name.
"""

from __future__ import annotations

import os
import resource
import signal
import time
from pathlib import Path

from ingest.loaders import load_document
from ingest.types import Block, LoadedDocument


def _doc(title: str) -> LoadedDocument:
    return LoadedDocument(title=title, blocks=[Block(title)], format="test")


def load(path: Path, password: str | None = None) -> LoadedDocument:
    suffix = path.suffix
    if suffix == ".hang":
        time.sleep(3600)
    elif suffix == ".slow":
        time.sleep(float(path.read_text()))
        return _doc(path.name)
    elif suffix == ".oom":
        # calloc'd and never touched: costs no RAM if (wrongly) allowed, MemoryError under RLIMIT_AS
        blob = bytes(2 * 2**30)  # twice the tests' 1024 MB limit
        return _doc(f"allocated {len(blob)} bytes")
    elif suffix == ".oomkill":
        os.kill(os.getpid(), signal.SIGKILL)  # what the kernel's OOM killer does
    elif suffix == ".crash":
        os._exit(3)
    elif suffix == ".segv":
        os.kill(os.getpid(), signal.SIGSEGV)
    elif suffix == ".boom":
        raise ValueError("boom")
    elif suffix == ".pid":
        return _doc(str(os.getpid()))
    elif suffix == ".rlimit":
        return _doc(str(resource.getrlimit(resource.RLIMIT_AS)[0]))
    elif suffix == ".password":
        return _doc(f"password={password}")
    return load_document(path, password=password)
