"""Titles and paths as users see them: personal data in a file or folder name masked.

A file called ``Review_Margarethe_Vollmer.docx`` carries a name, but the NER model reads
``Review_Margarethe_Vollmer`` as one token and finds nothing. Each label is therefore read in a
readable form (``Review Margarethe Vollmer``: underscores, dots and plus signs between words
become spaces) and, when the anonymizer masks anything in it, shown in that masked form
(``Review <PERSON_3>``); a label with nothing to mask is kept exactly as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import PurePath

__all__ = ["masked_labels", "masked_paths", "readable"]

MaskMany = Callable[[Sequence[str]], list[str]]
"""Masks texts, one result per text (e.g. ``[m.text for m in anonymizer.mask_many(texts)]``)."""

# Separators file names use instead of spaces; a placeholder already put in (``<PERSON_3>``) is
# kept whole. A hyphen and a dot stay: double names ("Anna-Lena"), dates ("2025-03") and e-mail
# addresses keep theirs.
_SEPARATORS = re.compile(r"(<[A-Z][A-Z_]*_\d+>)|[_+]+|%20")
_SPACES = re.compile(r"\s+")


def readable(label: str) -> str:
    """``label`` with file-name separators turned into single spaces."""
    spaced = _SEPARATORS.sub(lambda m: m.group(1) or " ", label)
    return _SPACES.sub(" ", spaced).strip()


def masked_labels(labels: Sequence[str], mask_many: MaskMany) -> list[str]:
    """Each label masked (as written, for addresses and numbers, then in its readable form, for
    names), or unchanged when nothing in it is masked."""
    if not labels:
        return []
    first = mask_many(labels)
    forms = [readable(text) for text in first]
    second = mask_many(forms)
    return [
        again if again != form else (once if once != label else label)
        for label, once, form, again in zip(labels, first, forms, second, strict=True)
    ]


def masked_paths(paths: Sequence[str], mask_many: MaskMany) -> dict[str, str]:
    """Each path -> the same path with every folder or file name that holds personal data
    replaced by its masked readable form (a file keeps its suffix). One batch for all names."""
    parts = {p: PurePath(p).parts for p in paths}
    names = sorted({_stem(part) for ps in parts.values() for part in ps if _stem(part)})
    shown = dict(zip(names, masked_labels(names, mask_many), strict=True))
    out: dict[str, str] = {}
    for path, ps in parts.items():
        new = [shown.get(_stem(part), _stem(part)) + _suffix(part) if _stem(part) else part
               for part in ps]
        out[path] = str(PurePath(*new)) if new else path
    return out


def _stem(part: str) -> str:
    return "" if part in ("/", "\\") or part.endswith((":\\", ":/")) else part[: len(part) - len(_suffix(part))]


def _suffix(part: str) -> str:
    suffix = PurePath(part).suffix
    # Only a short extension is a file type; "Dr. Vollmer notes" has no suffix ". Vollmer notes".
    return suffix if 1 < len(suffix) <= 6 and " " not in suffix else ""
