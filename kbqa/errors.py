"""Errors kbqa raises to its callers. Messages say what failed, on which input, and what to do.

    KbqaError                 base; the CLI prints ``str(err)`` in one red line and exits 1
    ├── ConfigError           a setting or argument is unusable
    ├── DataDirBusyError      another process is writing to the same data dir
    ├── IndexCorruptError     a stored index file cannot be read; ``kbqa index rebuild`` recovers
    ├── VectorStoreUnavailableError the vector server (Milvus, ``KBQA_VECTOR_URI``) cannot be reached
    ├── MissingDependencyError an optional package is not installed; the message names the install command
    ├── LLMUnavailableError   the chat model cannot answer: endpoint down or refusing, model file unusable
    ├── AuditWriteError       the audit log could not be written (lock not obtained in time, database down)
    └── AccessDeniedError     the acting user is unknown, or lacks the right (recorded in the audit log)

Per-file ingestion failures are not raised: they are reported (see ``ingest.errors.DocumentError``).
"""

from __future__ import annotations


class KbqaError(Exception):
    """Base class of every error kbqa raises on purpose."""


class ConfigError(KbqaError):
    """A setting, path or argument cannot be used."""


class DataDirBusyError(KbqaError):
    """Another writer holds the data dir's write lock."""


class IndexCorruptError(KbqaError):
    """The vector index file is unreadable or does not match the chunk store."""


class VectorStoreUnavailableError(KbqaError):
    """The vector server (Milvus at ``KBQA_VECTOR_URI``) failed or cannot be reached."""


class MissingDependencyError(KbqaError):
    """An optional package is missing."""


class LLMUnavailableError(KbqaError):
    """The chat model could not be reached or loaded (after the configured retries)."""


class AuditWriteError(KbqaError):
    """The audit log could not be written (lock not obtained in time, database unreachable)."""


class AccessDeniedError(KbqaError):
    """The acting user is unknown or may not do this; the refusal is in the audit log."""
