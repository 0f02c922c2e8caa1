"""Vector index seam and its FAISS implementation.

The chunk store (SQLite) is the source of truth and keeps every chunk's vector; the FAISS file is a
derived, rebuildable cache. Each save writes a new file beside the old one and renames it over,
so a crash mid-save leaves the previous index loadable. The file header carries the store
generation it reflects; a mismatch on load means "rebuild from the store".
"""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import Protocol

import numpy as np

from kbqa.errors import IndexCorruptError

_MAGIC = b"KBQAIDX1"
_HEADER = struct.Struct("<8sQ")


class VectorIndex(Protocol):
    """Inner-product search over normalized vectors keyed by chunk id."""

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None: ...

    def remove(self, ids: np.ndarray) -> None: ...

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]: ...

    def __len__(self) -> int: ...


class FaissIndex:
    """Exact inner-product FAISS index with an id map (documents can be replaced and deleted)."""

    def __init__(self, dim: int) -> None:
        import faiss

        self.dim = dim
        self._index = faiss.IndexIDMap2(faiss.IndexFlatIP(dim))

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        if len(ids) == 0:
            return
        self._index.add_with_ids(
            np.ascontiguousarray(vectors, dtype=np.float32), np.asarray(ids, dtype=np.int64)
        )

    def remove(self, ids: np.ndarray) -> None:
        if len(ids) == 0:
            return
        import faiss

        self._index.remove_ids(faiss.IDSelectorBatch(np.asarray(ids, dtype=np.int64)))

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Return (scores, ids), each of shape (len(queries), k); missing slots have id -1."""
        queries = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        return self._index.search(queries, k)

    def search_filtered(
        self, queries: np.ndarray, k: int, allowed_ids: np.ndarray | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Like ``search``, but only vectors whose id is in ``allowed_ids`` are candidates.

        The filter runs inside FAISS, so up to ``k`` allowed results come back however many
        closer vectors are excluded. ``None`` allows every id.
        """
        if allowed_ids is None:
            return self.search(queries, k)
        import faiss

        queries = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        allowed = np.unique(np.asarray(allowed_ids, dtype=np.int64))
        if len(allowed) == 0 or k <= 0:
            n = len(queries)
            return np.full((n, k), -np.inf, dtype=np.float32), np.full((n, k), -1, dtype=np.int64)
        selector = faiss.IDSelectorBatch(allowed)
        # IndexIDMap2 translates the selector from chunk ids to its internal row numbers.
        params = faiss.SearchParameters()
        params.sel = selector  # a raw pointer: ``selector`` must outlive the search below
        return self._index.search(queries, k, params=params)

    def ids(self) -> np.ndarray:
        import faiss

        return faiss.vector_to_array(self._index.id_map).astype(np.int64)

    def save(self, path: Path, generation: int) -> None:
        """Write atomically: temp file, fsync, rename over, fsync the directory."""
        import faiss

        data = faiss.serialize_index(self._index)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "wb") as fh:
                fh.write(_HEADER.pack(_MAGIC, generation))
                fh.write(data.tobytes())
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        fsync_dir(path.parent)

    @classmethod
    def load(cls, path: Path, dim: int) -> tuple[FaissIndex, int]:
        """Read an index file; returns (index, generation). Raises IndexCorruptError."""
        import faiss

        try:
            raw = path.read_bytes()
            magic, generation = _HEADER.unpack_from(raw)
            if magic != _MAGIC:
                raise ValueError("not a kbqa index file")
            inner = faiss.deserialize_index(np.frombuffer(raw, dtype=np.uint8, offset=_HEADER.size))
        except Exception as exc:  # faiss raises RuntimeError with C++ text; struct raises error
            raise IndexCorruptError(
                f"the vector index {path} cannot be read ({exc}); "
                "run 'kbqa index rebuild' to rebuild it from the chunk store"
            ) from exc
        if inner.d != dim:
            raise IndexCorruptError(
                f"the vector index {path} has dimension {inner.d}, the embedding model {dim}; "
                "run 'kbqa index rebuild'"
            )
        index = cls.__new__(cls)
        index.dim = dim
        # deserialize_index already returns the concrete class; downcasting again would make a
        # second, non-owning wrapper whose memory is freed with ``inner``.
        index._index = inner
        if not isinstance(inner, faiss.IndexIDMap2):
            raise IndexCorruptError(f"the vector index {path} has no id map; run 'kbqa index rebuild'")
        return index, generation


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
