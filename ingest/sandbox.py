"""Run loaders in worker processes with a time limit, a memory limit and a file-size limit.

A parser fed a hostile or broken file can loop forever, exhaust memory or crash the interpreter.
`ParserPool` turns each of those into a per-file `ResourceLimitError`/`CorruptDocumentError` and
goes on with the next file. Workers are started with the *spawn* method (the parent may hold
torch and threads, which must not be forked) and are reused across files, because starting one
costs far more than parsing a typical small file.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
import types
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from importlib import import_module
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from pathlib import Path

from ingest.errors import (
    CorruptDocumentError,
    DocumentError,
    ResourceLimitError,
    UnsupportedFormatError,
)
from ingest.types import LoadedDocument

Result = LoadedDocument | DocumentError

_DEFAULT_LOADER = "ingest.loaders:load_document"
_EXIT_MEMORY = 86  # a worker exits with this when it ran out of memory and could not report it


class ParserPool:
    """A pool of reusable parser processes; use it as a context manager.

    Args:
        workers: Number of worker processes, i.e. files parsed at the same time.
        timeout_s: Wall-clock limit per file; the worker is killed and replaced when it is hit.
        memory_mb: Address-space limit (RLIMIT_AS) of each worker.
        max_file_mb: Larger files are refused without being opened.
        loader: ``"module:function"`` to call instead of `ingest.loaders.load_document`
            (the function takes ``(path, password=...)``); it must be importable in a fresh process.
    """

    def __init__(
        self,
        workers: int = 1,
        timeout_s: float = 60.0,
        memory_mb: int = 2048,
        max_file_mb: int = 512,
        *,
        loader: str | None = None,
    ) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        if loader is not None and ":" not in loader:
            raise ValueError(f"loader must look like 'module:function', got {loader!r}")
        self.workers = workers
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self.max_file_mb = max_file_mb
        self._loader = loader or _DEFAULT_LOADER
        self._slots: list[_Worker | None] = [None] * workers
        self._closed = False

    def __enter__(self) -> ParserPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker processes. The pool cannot be used afterwards."""
        self._closed = True
        for i, worker in enumerate(self._slots):
            if worker is not None:
                worker.stop()
                self._slots[i] = None

    def parse(self, path: Path, password: str | None = None) -> LoadedDocument:
        """Parse one file in a worker.

        Raises:
            DocumentError: The file cannot be ingested (see `ingest.errors` for the kinds).
        """
        for _, result in self.imap([(path, password)]):
            if isinstance(result, DocumentError):
                raise result
            return result
        raise AssertionError("imap yielded nothing for one input")  # pragma: no cover

    def imap(
        self, items: Iterable[tuple[Path, str | None]]
    ) -> Iterator[tuple[Path, LoadedDocument | DocumentError]]:
        """Parse files with up to `workers` in flight; yield ``(path, result)`` in input order.

        A result is the document or the `DocumentError` explaining why there is none; no other
        exception escapes for a bad file. Parsing continues in the background while the caller
        handles the result just yielded.
        """
        if self._closed:
            raise RuntimeError("ParserPool is closed")
        source = iter(items)
        done: dict[int, tuple[Path, Result]] = {}
        busy: dict[int, tuple[int, Path, float]] = {}  # slot -> (input index, path, deadline)
        read = yielded = 0
        exhausted = False
        ahead = 2 * self.workers  # results parked while an earlier, slower file finishes
        try:
            while True:
                while not exhausted and len(busy) < self.workers and read - yielded < ahead:
                    try:
                        path, password = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    path, index = Path(path), read
                    read += 1
                    refusal = self._refuse(path)
                    if refusal is not None:
                        done[index] = (path, refusal)
                        continue
                    slot = next(i for i in range(self.workers) if i not in busy)
                    self._send(slot, path, password)
                    busy[slot] = (index, path, time.monotonic() + self.timeout_s)
                while yielded in done:
                    yield done.pop(yielded)
                    yielded += 1
                if not busy:
                    if exhausted and yielded == read:
                        return
                    continue
                self._collect(busy, done)
        finally:
            for slot in busy:  # the caller stopped early: abandon files still being parsed
                self._discard(slot)

    def _refuse(self, path: Path) -> DocumentError | None:
        """Checks done in the parent: cheap, and they spare a round trip to a worker."""
        if self._loader == _DEFAULT_LOADER:
            from ingest.loaders import SUPPORTED_SUFFIXES, load_document

            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                try:
                    load_document(path)  # raises at once, with the loaders' own message
                except UnsupportedFormatError as e:
                    return e
        try:
            stat = path.stat()
        except OSError as e:
            return DocumentError(f"cannot read file: {e.strerror or e}")
        if not path.is_file():
            return DocumentError("cannot read file: not a regular file")
        if stat.st_size > self.max_file_mb * 1024 * 1024:
            size_mb = stat.st_size / 2**20
            return ResourceLimitError(
                f"file is {size_mb:.0f} MB, over the {self.max_file_mb} MB limit", kind="too_large"
            )
        return None

    def _send(self, slot: int, path: Path, password: str | None) -> None:
        worker = self._slots[slot]
        if worker is not None:
            worker.wait_ready()
            try:
                worker.conn.send((str(path), password))
                return
            except OSError:  # it died while idle: replace it
                worker.kill()
                self._slots[slot] = None
        for i, other in enumerate(self._slots):  # boot every missing worker at once, in parallel
            if other is None:
                self._slots[i] = _Worker(self.memory_mb, self._loader)
        worker = self._worker(slot)
        worker.wait_ready()  # the time limit is for parsing, not for starting Python
        worker.conn.send((str(path), password))

    def _collect(
        self, busy: dict[int, tuple[int, Path, float]], done: dict[int, tuple[Path, Result]]
    ) -> None:
        """Wait for the first result or deadline and record what finished."""
        conns = {self._worker(slot).conn: slot for slot in busy}
        next_deadline = min(deadline for _, _, deadline in busy.values())
        ready = wait(list(conns), timeout=max(0.0, next_deadline - time.monotonic()))
        for conn in ready:
            slot = conns[conn]  # type: ignore[index]
            index, path, _ = busy.pop(slot)
            done[index] = (path, self._receive(slot))
        now = time.monotonic()
        for slot, (index, path, deadline) in list(busy.items()):
            if deadline <= now:
                del busy[slot]
                self._discard(slot)
                done[index] = (
                    path,
                    ResourceLimitError(
                        f"parsing took longer than {self.timeout_s:g} s", kind="timeout"
                    ),
                )

    def _receive(self, slot: int) -> Result:
        worker = self._worker(slot)
        try:
            message: tuple[Result, bool] = worker.conn.recv()
        except (EOFError, OSError):
            code = worker.reap()
            self._slots[slot] = None
            if code in (-signal.SIGKILL, _EXIT_MEMORY):  # SIGKILL: the kernel's OOM killer
                return self._memory_error()
            return CorruptDocumentError(f"parser crashed: exit code {code}{_signal_name(code)}")
        result, recycle = message
        if recycle:  # after a MemoryError the interpreter's state is suspect: start afresh
            worker.stop()
            self._slots[slot] = None
        if isinstance(result, ResourceLimitError) and result.kind == "memory":
            return self._memory_error()
        return result

    def _memory_error(self) -> ResourceLimitError:
        return ResourceLimitError(
            f"parsing needed more than {self.memory_mb} MB of memory", kind="memory"
        )

    def _worker(self, slot: int) -> _Worker:
        worker = self._slots[slot]
        assert worker is not None
        return worker

    def _discard(self, slot: int) -> None:
        worker = self._slots[slot]
        if worker is not None:
            worker.kill()
            self._slots[slot] = None


def _signal_name(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f" ({signal.Signals(-code).name})"
        except ValueError:
            pass
    return ""


class _Worker:
    """One parser process and the pipe to it."""

    def __init__(self, memory_mb: int, loader: str) -> None:
        context = get_context("spawn")
        self.conn, child_conn = context.Pipe(duplex=True)
        self.process = context.Process(
            target=_serve, args=(child_conn, memory_mb, loader), name="kbqa-parser", daemon=True
        )
        with _main_module_hidden():
            self.process.start()
        child_conn.close()
        self.ready = False

    def wait_ready(self, timeout_s: float = 300.0) -> None:
        """Block until the worker has imported its parsers.

        Raises:
            RuntimeError: The worker died or hung while starting (bad ``loader``, a memory limit
                too small to import the parsers): a setup problem, not one of a file.
        """
        if self.ready:
            return
        try:
            if self.conn.poll(timeout_s) and self.conn.recv() == "ready":
                self.ready = True
                return
        except (EOFError, OSError):
            pass
        self.kill()
        raise RuntimeError(
            f"parser worker failed to start (exit code {self.process.exitcode}); "
            "see its traceback above"
        )

    def stop(self) -> None:
        """Ask the worker to exit; kill it if it does not."""
        with suppress(OSError):
            self.conn.send(None)
        self.process.join(timeout=2)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.reap()

    def reap(self) -> int | None:
        self.process.join(timeout=5)
        self.conn.close()
        return self.process.exitcode


_main_lock = threading.Lock()


@contextmanager
def _main_module_hidden() -> Iterator[None]:
    """Start a spawn child without re-running the parent's ``__main__`` in it.

    spawn re-imports the main script (the CLI, the Streamlit app) in every child so that
    functions defined there can be unpickled. Ours live in this module; re-running the script
    would only import torch into each worker, costing seconds and most of its memory budget.
    """
    with _main_lock:
        main = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            sys.modules["__main__"] = main


# --- worker side ---------------------------------------------------------------------------------


def _serve(conn: Connection, memory_mb: int, loader: str) -> None:
    """Worker loop: receive ``(path, password)``, send back ``(result, recycle)``; None stops."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _limit_memory(memory_mb)
    _silence_parser_chatter()
    load = _resolve(loader)
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        path, password = job
        result, recycle = _run(load, Path(path), password)
        try:
            conn.send((result, recycle))
        except MemoryError:
            _send_or_exit(conn, (ResourceLimitError("out of memory", kind="memory"), True))
            return
        except Exception as e:  # e.g. a loader returned something that cannot be pickled
            _send_or_exit(
                conn, (CorruptDocumentError(f"could not parse: {type(e).__name__}: {e}"), False)
            )
        if recycle:
            return


def _run(
    load: Callable[..., LoadedDocument], path: Path, password: str | None
) -> tuple[Result, bool]:
    try:
        return load(path, password=password), False
    except DocumentError as e:
        return e, False
    except MemoryError:
        return ResourceLimitError("out of memory", kind="memory"), True
    except RecursionError:
        return CorruptDocumentError("could not parse: structure nested too deeply"), False
    except Exception as e:
        message = str(e)
        if len(message) > 300:
            message = message[:297] + "..."
        return CorruptDocumentError(f"could not parse: {type(e).__name__}: {message}"), False


def _send_or_exit(conn: Connection, message: tuple[Result, bool]) -> None:
    try:
        conn.send(message)
    except MemoryError:
        os._exit(_EXIT_MEMORY)


def _limit_memory(memory_mb: int) -> None:
    try:
        import resource
    except ImportError:  # not on this platform: run without the limit
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = memory_mb * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _silence_parser_chatter() -> None:
    # pypdf logs a warning for every repaired object and openpyxl warns about unsupported
    # extensions; in a batch of thousands of files that noise would bury the real report.
    import logging
    import warnings

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    warnings.simplefilter("ignore")


def _resolve(spec: str) -> Callable[..., LoadedDocument]:
    module_name, _, function = spec.partition(":")
    if spec == _DEFAULT_LOADER:
        from ingest.loaders import preload

        preload()  # pay the import cost once per worker, not on the first file of each type
    return getattr(import_module(module_name), function)  # type: ignore[no-any-return]


__all__ = ["ParserPool"]
