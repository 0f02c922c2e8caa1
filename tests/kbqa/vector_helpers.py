"""Putting a test's knowledge base on each vector backend: FAISS files, or a Milvus Lite store."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from llm_server import free_port, stop_process

VECTOR_BACKENDS = ["faiss", "milvus"]


def vector_settings(backend: str, folder: Path) -> dict:
    """``Settings`` fields for a knowledge base whose vectors are in ``backend`` (a Milvus Lite
    store goes in ``folder``)."""
    return {} if backend == "faiss" else {"vector_uri": str(folder / "milvus.db")}


def release_milvus(settings: dict) -> None:
    """Stop the in-process Milvus Lite server of ``vector_settings``' store, if any."""
    if settings.get("vector_uri"):
        from milvus_lite.server_manager import server_manager_instance

        server_manager_instance.release_server(settings["vector_uri"])


@contextmanager
def milvus_lite_server(data_dir: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """A real ``milvus-lite server`` process on a free port, speaking Milvus's gRPC protocol as
    a Milvus cluster does: (its URL, the process), until the block ends."""
    from pymilvus import MilvusClient
    from pymilvus.exceptions import MilvusException

    port = free_port()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "milvus-lite"), "server",
                             "--host", "127.0.0.1", "--port", str(port),
                             "--data-dir", str(data_dir)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                MilvusClient(url, timeout=2).close()
                break
            except MilvusException:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"milvus-lite server did not start: "
                                       f"{proc.stderr.read().decode()[-500:]}") from None
                time.sleep(0.5)
        yield url, proc
    finally:
        stop_process(proc)
