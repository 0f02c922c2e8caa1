"""Why a single file could not be ingested.

These are per-file outcomes, not program faults: the pipeline catches them, reports the file with
its ``kind`` and message, and goes on with the next file.

    DocumentError              base: ``kind`` is a stable machine-readable class
    ├── UnsupportedFormatError kind="unsupported"  no loader for this file type
    ├── EncryptedDocumentError kind="encrypted"    password-protected, no (right) password given
    ├── NoTextError            kind="no_text"      parsed, but nothing to index (e.g. scanned PDF)
    ├── CorruptDocumentError   kind="corrupt"      the bytes are not a valid file of its type
    └── ResourceLimitError     kind="timeout" | "memory" | "too_large"
"""

from __future__ import annotations


class DocumentError(Exception):
    """A file that cannot be ingested; ``str(err)`` is the human reason."""

    kind = "error"


class UnsupportedFormatError(DocumentError):
    kind = "unsupported"


class EncryptedDocumentError(DocumentError):
    kind = "encrypted"


class NoTextError(DocumentError):
    kind = "no_text"


class CorruptDocumentError(DocumentError):
    kind = "corrupt"


class ResourceLimitError(DocumentError):
    """Parsing exceeded a limit; ``kind`` is set per instance."""

    def __init__(self, message: str, kind: str = "timeout") -> None:
        super().__init__(message)
        self.kind = kind
