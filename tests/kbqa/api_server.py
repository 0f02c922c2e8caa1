"""A real ``kbqa serve`` process for the REST API tests, and a knowledge base for it to serve.

``api_world`` builds a data dir with documents in two groups (``ops``, ``hr``) and one without
groups, users ``alice`` (ops), ``bob`` (hr) and ``root`` (admin) with API tokens, then starts
``kbqa serve`` on a free port over it. The chat model points at a closed port with no retries, so
``use_llm: true`` falls back to quoted passages at once (a test that needs the model starts its
own server against the real llama.cpp one).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from llm_server import free_port, stop_process

KBQA = str(Path(sys.executable).parent / "kbqa")
STARTUP_TIMEOUT_S = 240.0

DOCS = {
    "ops/parking.md": "# Parking\n\nVisitors park in lot C behind the warehouse. The barrier "
                      "code for lot C changes every Monday.\n",
    "hr/bonus.md": "# Bonus pool\n\nThe engineering bonus pool is seven percent of the annual "
                   "payroll, paid out every March.\n",
    "public/canteen.md": "# Canteen\n\nThe canteen serves lunch from 11:30 to 14:00 on "
                         "working days.\n",
}
SECRET = "seven percent"
"""A phrase only the hr document holds."""


@dataclass
class ApiServer:
    base_url: str
    process: subprocess.Popen
    log_path: Path

    def client(self, token: str | None = None, timeout: float = 180.0) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.base_url, headers=headers, timeout=timeout)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:]


@dataclass
class ApiWorld:
    kb: object  # the KnowledgeBase of the data dir, in this process
    data_dir: Path
    server: ApiServer
    tokens: dict[str, str]
    doc_ids: dict[str, int] = field(default_factory=dict)

    def client(self, user: str | None) -> httpx.Client:
        return self.server.client(self.tokens[user] if user else None)


@contextmanager
def run_api_server(data_dir: Path, log_dir: Path, **env: str) -> Iterator[ApiServer]:
    """``kbqa serve`` over ``data_dir`` on a free port until the block ends; ``env`` adds
    ``KBQA_*`` variables. Waits until ``/readyz`` answers (models and indexes loaded)."""
    port = free_port()
    log_path = log_dir / f"serve-{port}.log"
    environment = {
        **os.environ,
        "KBQA_LLM_BACKEND": "openai",
        "KBQA_LLM_BASE_URL": f"http://127.0.0.1:{free_port()}/v1",  # nothing listens there
        "KBQA_LLM_MAX_RETRIES": "0",
        **env,
    }
    command = [KBQA, "--data-dir", str(data_dir), "serve", "--host", "127.0.0.1",
               "--port", str(port), "--log-level", "warning"]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT,
                                   env=environment)
    server = ApiServer(f"http://127.0.0.1:{port}", process, log_path)
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while True:
            if process.poll() is not None:
                pytest.fail(f"kbqa serve exited with {process.returncode}:\n{server.log()}")
            try:
                if httpx.get(f"{server.base_url}/readyz", timeout=120).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"kbqa serve not ready after {STARTUP_TIMEOUT_S:.0f}s:\n"
                            f"{server.log()}")
            time.sleep(0.5)
        yield server
    finally:
        stop_process(process)


def build_world(base: Path) -> tuple[object, Path, dict[str, str], dict[str, int]]:
    """The data dir of the API tests: (KnowledgeBase, data dir, tokens by user, ids by doc)."""
    from kbqa import KnowledgeBase
    from kbqa.tokens import ApiTokens

    docs = base / "docs"
    for name, text in DOCS.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
    data_dir = base / "kb"
    kb = KnowledgeBase(data_dir)
    kb.ingest([docs / "ops"], groups=["ops"])
    kb.ingest([docs / "hr"], groups=["hr"])
    kb.ingest([docs / "public"])
    kb.users.add("alice", groups=["ops"])
    kb.users.add("bob", groups=["hr"])
    kb.users.add("root", admin=True)
    api_tokens = ApiTokens(kb.store, kb.users)
    tokens = {name: api_tokens.create(name, label="tests")[1] for name in ("alice", "bob", "root")}
    doc_ids = {Path(d.path).name: d.id for d in kb.documents()}
    return kb, data_dir, tokens, doc_ids


def parse_sse(body: str) -> list[tuple[str, str]]:
    """(event, data) of each event in a text/event-stream body."""
    events = []
    for block in body.replace("\r\n", "\n").split("\n\n"):
        if not block.strip():
            continue
        name, data = "message", []
        for line in block.split("\n"):
            key, _, value = line.partition(":")
            value = value.removeprefix(" ")
            if key == "event":
                name = value
            elif key == "data":
                data.append(value)
        events.append((name, "\n".join(data)))
    return events
