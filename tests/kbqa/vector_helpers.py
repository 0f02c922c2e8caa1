"""Putting a test's knowledge base on each vector backend: FAISS files, or a Milvus Lite store."""

from __future__ import annotations

from pathlib import Path

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
