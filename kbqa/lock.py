"""One writer per data dir: an exclusive, non-blocking ``flock`` held for the whole write."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kbqa.errors import DataDirBusyError


@contextmanager
def writer_lock(data_dir: Path) -> Iterator[None]:
    """Hold the data dir's write lock, or raise DataDirBusyError naming the holder.

    The kernel drops a ``flock`` when its process dies, so a killed ingest never leaves a stale lock.
    """
    path = data_dir / "write.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "unknown"
            raise DataDirBusyError(
                f"another kbqa process (pid {holder}) is writing to {data_dir}; "
                "wait for it to finish and run the command again"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
