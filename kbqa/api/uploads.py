"""Where uploaded files are kept: ``<uploads dir>/<collection>/<safe file name>``.

The name a client sends is never used as a path: only its last component survives, with
anything but letters, digits, spaces and ``._-`` replaced. Uploading a file of the same name to
the same collection again replaces it (and so re-ingests the document: ingest keys documents by
collection and path). A file is written to a hidden temporary name first and renamed into place,
so ingestion never reads half a file.
"""

from __future__ import annotations

import os
import re
import shutil
import unicodedata
import uuid
from pathlib import Path
from typing import BinaryIO

__all__ = ["MAX_NAME_BYTES", "safe_filename", "save_upload", "unique_names"]

MAX_NAME_BYTES = 180
"""Longest kept file name in UTF-8 bytes: file systems allow 255 bytes, not characters (a
Chinese character takes 3), and a repeat in one upload adds " (2)"."""
_UNSAFE = re.compile(r"[^\w .-]", re.UNICODE)


def safe_filename(name: str) -> str:
    """A file name safe to create in a folder, keeping the extension (``upload`` if nothing
    usable is left).

    >>> safe_filename("../../etc/pass wd.PDF")
    'pass wd.PDF'
    """
    base = re.split(r"[/\\]", unicodedata.normalize("NFC", name or ""))[-1]
    base = _UNSAFE.sub("_", "".join(ch for ch in base if ch.isprintable()))
    base = base.strip().lstrip(".").strip()
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    suffix = suffix[:16]
    budget = MAX_NAME_BYTES - len(suffix.encode()) - 1
    while len(stem.encode()) > budget:
        stem = stem[:-1]
    stem = stem.rstrip() or "upload"
    return f"{stem}.{suffix}" if suffix else stem


def unique_names(names: list[str]) -> list[str]:
    """``names`` with repeats numbered: ``a.md, a.md`` -> ``a.md, a (2).md`` (files of one
    upload never overwrite each other)."""
    seen: set[str] = set()
    result = []
    for name in names:
        candidate, number = name, 1
        stem, dot, suffix = name.rpartition(".")
        while candidate in seen:
            number += 1
            candidate = f"{stem} ({number}).{suffix}" if dot else f"{name} ({number})"
        seen.add(candidate)
        result.append(candidate)
    return result


def save_upload(source: BinaryIO, folder: Path, name: str) -> Path:
    """Copy ``source`` to ``folder/name`` (created if needed), atomically; returns the path."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    partial = folder / f".{uuid.uuid4().hex}.part"
    try:
        with partial.open("wb") as out:
            shutil.copyfileobj(source, out, length=1 << 20)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
