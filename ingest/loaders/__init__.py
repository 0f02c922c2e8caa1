"""File loaders: bytes on disk -> `LoadedDocument` (title + text blocks with positions).

`load_document` picks the loader from the file suffix. Loaders run in-process; for untrusted or
numerous files use `ingest.sandbox.ParserPool`, which adds time and memory limits.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from ingest.errors import UnsupportedFormatError
from ingest.types import LoadedDocument

Loader = Callable[..., LoadedDocument]

# suffix -> "module:function"; modules are imported on first use so that importing this package
# stays cheap and a file type's dependencies are only loaded when such a file shows up.
_LOADERS: dict[str, str] = {
    ".pdf": "pdf:load_pdf",
    ".docx": "word:load_docx",
    ".pptx": "powerpoint:load_pptx",
    ".xlsx": "excel:load_xlsx",
    ".html": "webpage:load_html",
    ".htm": "webpage:load_html",
    ".md": "markdown:load_markdown",
    ".markdown": "markdown:load_markdown",
    ".txt": "text:load_text",
    ".log": "text:load_text",
    ".rst": "text:load_rst",
    ".csv": "text:load_csv",
    ".eml": "eml:load_eml",
}

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_LOADERS)
"""Lower-case file suffixes (with the dot) that `load_document` can read."""

_resolved: dict[str, Loader] = {}


def load_document(path: Path, *, password: str | None = None) -> LoadedDocument:
    """Load one file with the loader for its suffix.

    Args:
        path: The file to read.
        password: Password for an encrypted PDF; ignored by other formats.

    Returns:
        The document; it always has at least one block.

    Raises:
        DocumentError: The file cannot be ingested; its ``kind`` says why (``unsupported``,
            ``encrypted``, ``no_text``, ``corrupt``, ``too_large``).
        OSError: The file cannot be read.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    spec = _LOADERS.get(suffix)
    if spec is None:
        if not suffix:
            raise UnsupportedFormatError(f"unsupported file type: '{path.name}' has no suffix")
        raise UnsupportedFormatError(f"unsupported file type '{suffix}'")
    loader = _resolved.get(spec)
    if loader is None:
        module, _, function = spec.partition(":")
        loader = _resolved[spec] = getattr(import_module(f"{__name__}.{module}"), function)
    return loader(path, password=password)


def preload() -> None:
    """Import every loader and its parser library now (worker processes do this at start)."""
    for spec in set(_LOADERS.values()):
        module, _, function = spec.partition(":")
        _resolved[spec] = getattr(import_module(f"{__name__}.{module}"), function)
    # the parser libraries themselves are imported lazily inside the loaders
    import bs4  # noqa: F401
    import charset_normalizer  # noqa: F401
    import docx  # noqa: F401
    import lxml.html  # noqa: F401
    import openpyxl  # noqa: F401
    import pptx  # noqa: F401
    import pypdf  # noqa: F401

    from ingest.loaders.markdown import _parser

    _parser()


__all__ = ["SUPPORTED_SUFFIXES", "load_document", "preload"]
