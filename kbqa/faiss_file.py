"""The FAISS index file: kbqa's header, then the serialized index; saves are atomic.

Each save writes a new file beside the old one and renames it over, so a crash mid-save leaves
the previous index loadable. The file header carries the store generation it reflects; a
mismatch on load means "rebuild from the store". ``fsync_dir`` and ``pid_alive`` serve the BM25
saves (``kbqa.lexical``) too.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import Any, Self

import numpy as np

from kbqa.errors import IndexCorruptError

_MAGIC = b"KBQAIDX1"
_HEADER = struct.Struct("<8sQ")


class FaissFileMixin:
    """Saving and loading in kbqa's file format, for ``kbqa.index.FaissIndex`` (a subclass)."""

    dim: int
    _index: Any

    def save(self, path: Path, generation: int) -> None:
        """Write atomically: temp file, fsync, rename over, fsync the directory."""
        import faiss

        _remove_dead_temp_files(path)
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

    @staticmethod
    def file_generation(path: Path) -> int | None:
        """The store generation in an index file's header, without loading the index; ``None``
        if the file is missing or not a kbqa index."""
        try:
            with open(path, "rb") as fh:
                magic, generation = _HEADER.unpack(fh.read(_HEADER.size))
        except (OSError, struct.error):
            return None
        return int(generation) if magic == _MAGIC else None

    @classmethod
    def load(cls, path: Path, dim: int) -> tuple[Self, int]:
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
        # deserialize_index already returns the concrete class; downcasting again would make a
        # second, non-owning wrapper whose memory is freed with ``inner``.
        if not isinstance(inner, (faiss.IndexIDMap2, faiss.IndexIVFFlat)):
            raise IndexCorruptError(
                f"the vector index {path} is neither an id-mapped flat index nor IVF; "
                "run 'kbqa index rebuild'"
            )
        index = cls.__new__(cls)
        index.dim = dim
        index._index = inner
        return index, generation


def _remove_dead_temp_files(path: Path) -> None:
    """Delete the temp files of saves of ``path`` whose process was killed: each is as big as
    the index, and nothing else would ever remove them."""
    for tmp in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            pid = int(tmp.name.rsplit(".", 2)[-2])
        except ValueError:
            continue
        if pid != os.getpid() and not pid_alive(pid):
            tmp.unlink(missing_ok=True)


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` exists (another user's counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
