"""Helpers shared by the loaders: text clean-up, encoding detection, zip checks, titles."""

from __future__ import annotations

import codecs
import re
import zipfile
from pathlib import Path

from ingest.errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    NoTextError,
    ResourceLimitError,
)
from ingest.types import Block, LoadedDocument

# C0/C1 control characters (except tab and newline), lone surrogates, BOM and non-characters
# break tokenizers and databases downstream; everything else (CJK, RTL marks, emoji) is kept.
_DROP: dict[int, str | None] = {
    c: None for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0))
}
_DROP.update({c: None for c in range(0xD800, 0xE000)})
_DROP.update({0xFEFF: None, 0xFFFE: None, 0xFFFF: None})
_DROP.update({0x0D: "\n", 0x2028: "\n", 0x2029: "\n"})
_SPACES = re.compile(r"[ \t\xa0\u1680\u2000-\u200a\u202f\u205f]+")
_BLANK_LINES = re.compile(r"\n[ \t\xa0]*\n\s*")
_ALL_WHITESPACE = re.compile(r"\s+")


def _strip_controls(text: str) -> str:
    return text.replace("\r\n", "\n").translate(_DROP)


def clean_text(text: str) -> str:
    """Drop control characters, collapse runs of spaces/tabs, strip every line and the text.

    Single newlines are kept (they carry meaning in addresses, code and PDF lines); empty lines
    are removed, so a cleaned text never contains a paragraph break.
    """
    text = _SPACES.sub(" ", _strip_controls(text))
    if "\n" not in text:
        return text.strip()
    return "\n".join(line for line in (part.strip() for part in text.split("\n")) if line)


def clean_inline(text: str) -> str:
    """Like `clean_text` but newlines become spaces too (headings, table cells, titles)."""
    return _ALL_WHITESPACE.sub(" ", _strip_controls(text)).strip()


def paragraphs(text: str) -> list[str]:
    """Split text on blank lines into cleaned, non-empty paragraphs."""
    return [
        p for p in (clean_text(part) for part in _BLANK_LINES.split(_strip_controls(text))) if p
    ]


def split_long(text: str, limit: int = 4000) -> list[str]:
    """Cut a very long paragraph (logs, dumps) into pieces of about `limit` chars at line ends."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        if size + len(line) > limit and current:
            pieces.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        pieces.append("\n".join(current))
    return pieces


def table_row_texts(rows: list[list[str]]) -> list[str]:
    """The text of each non-empty row of a table.

    When the first row is a header (more rows follow; every cell is non-empty text, not a
    number), every later row reads ``Header: value | Header: value``: a row then keeps its
    meaning on its own, in a chunk or quoted in an answer ("Maximum payload | 12 kg" alone does
    not say which product). The header row itself is kept as it is.
    """
    rows = [row for row in rows if any(row)]
    if not rows:
        return []
    header = rows[0] if len(rows) > 1 and all(c and not is_number(c) for c in rows[0]) else None
    texts = [" | ".join(c for c in rows[0] if c)]
    for row in rows[1:]:
        if header is None:
            cells = [value for value in row if value]
        else:
            cells = [
                f"{header[i]}: {value}" if i < len(header) else value
                for i, value in enumerate(row)
                if value
            ]
        texts.append(" | ".join(cells))
    return texts


def is_number(text: str) -> bool:
    """True for a cell such as ``60``, ``-3.5`` or ``1,299``."""
    try:
        float(text.replace(",", ""))
    except ValueError:
        return False
    return True


def title_or(candidate: str | None, path: Path) -> str:
    """`candidate` cleaned and shortened if it looks like a title, else the file stem."""
    title = clean_inline(candidate or "")
    if len(title) > 200:
        title = title[:197].rstrip() + "..."
    return title if sensible_title(title) else path.stem


_JUNK_TITLES = re.compile(
    r"^(untitled|title|document\d*|slide \d+|microsoft (word|powerpoint|excel) - .*"
    r"|.*\.(docx?|pdf|pptx?|xlsx?|dvi|tex|txt|html?|eps|ps|qxd|indd))$",
    re.IGNORECASE,
)


def sensible_title(title: str) -> bool:
    """False for empty, symbol-only or generated titles ("Untitled", "Microsoft Word - x.doc")."""
    return bool(title) and any(ch.isalnum() for ch in title) and not _JUNK_TITLES.match(title)


def finish(
    path: Path,
    fmt: str,
    title: str | None,
    blocks: list[Block],
    *,
    pages: int | None = None,
    warnings: list[str] | None = None,
) -> LoadedDocument:
    """Build the document, refusing to return one with nothing to index."""
    if not blocks:
        raise NoTextError("no extractable text")
    return LoadedDocument(
        title=title_or(title, path), blocks=blocks, format=fmt, pages=pages, warnings=warnings or []
    )


# --- encodings -------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with the same 2 bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_TEXT_CONTROL_BYTES = b"\t\n\r\f\x1b"
_CONTROL_BYTES = bytes(b for b in range(32) if b not in _TEXT_CONTROL_BYTES) + b"\x7f"
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE
)


def _binary() -> CorruptDocumentError:
    return CorruptDocumentError("not a text file: binary content")


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'-be' when NUL bytes sit almost only at odd/even offsets (ASCII-heavy UTF-16)."""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if half >= 4 and odd > 0.4 * half and even < 0.02 * half:
        return "utf-16-le"
    if half >= 4 and even > 0.4 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def decode_text(data: bytes, warnings: list[str], *, html: bool = False) -> str:
    """Decode the bytes of a text file without assuming its encoding.

    Order: byte-order mark, strict UTF-8 (with a few bad bytes replaced), the charset an HTML
    page declares, then charset_normalizer's best guess (GB18030, Shift-JIS, cp1252, ...).

    Raises:
        CorruptDocumentError: The bytes are binary (NUL bytes, mostly control characters).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    sample = data[:65536]
    nuls = sample.count(0)
    if nuls and (utf16 := _utf16_without_bom(sample)):
        return data.decode(utf16, errors="replace")
    # A stray NUL or two is cleaned away later; real binaries (images, zips, executables)
    # have many NULs or a control byte in every few dozen.
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if nuls > 0.002 * len(sample) + 1 or controls > 0.05 * len(sample):
        raise _binary()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    bad = replaced - data.count(b"\xef\xbf\xbd")
    good = len(text) - len(text.encode("ascii", "ignore")) - replaced
    if good >= 3 * bad:  # mostly valid multi-byte UTF-8: a few damaged sequences, not another codec
        warnings.append(f"{bad} invalid UTF-8 byte sequence(s) replaced")
        return text
    if html and (declared := _META_CHARSET.search(data[:4096])):
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return _guess(data, warnings)


# When charset_normalizer finds several equally clean decodings (common for short texts), take
# the most widely used one: West-European before Central-European, Chinese before Korean.
_PREFERRED = (
    "cp1252",
    "gb18030",
    "cp932",
    "shift_jis",
    "big5",
    "euc_jp",
    "cp949",
    "cp1251",
    "cp1250",
)


def _guess(data: bytes, warnings: list[str]) -> str:
    import charset_normalizer  # imported here: only files that are not UTF-8 pay for it

    # no NUL bytes reach this point, so UTF-16/32 guesses are artefacts of short inputs
    matches = [m for m in charset_normalizer.from_bytes(data) if not m.encoding.startswith("utf_")]
    if not matches:
        raise _binary()
    cleanest = min(m.chaos for m in matches)
    ties = [m for m in matches if m.chaos <= cleanest + 0.01]
    rank = {name: i for i, name in enumerate(_PREFERRED)}
    best = min(ties, key=lambda m: rank.get(m.encoding, len(rank)))
    encoding = best.encoding
    # GB18030 is a superset of GB2312/GBK: it also decodes the rare characters they lack
    if encoding in {"gb2312", "gbk", "hz"}:
        encoding = "gb18030"
    try:
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        warnings.append(f"encoding guessed as {encoding}; undecodable bytes replaced")
        return str(best)
    # A guess can be wrong without an error (cp1252 read as cp1257 turns "ï" into "ļ"): say so,
    # so the admin can check the text or save the file as UTF-8.
    warnings.append(f"not UTF-8: encoding guessed as {encoding}")
    return text


def read_text_file(path: Path, warnings: list[str], *, html: bool = False) -> str:
    """Read and decode a text file (see `decode_text`)."""
    return decode_text(path.read_bytes(), warnings, html=html)


# --- Office zip containers -------------------------------------------------------------------

MAX_UNZIPPED_BYTES = 500 * 1024 * 1024
MAX_MEMBERS = 20_000
_MAX_RATIO = 200  # real Office XML compresses 5-30x, very repetitive sheets ~100x; bombs 1000x+
_RATIO_FLOOR = 10 * 1024 * 1024  # small members may compress arbitrarily well
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_office_zip(path: Path, fmt: str) -> None:
    """Refuse an Office file that is not a zip, is encrypted, or would inflate too far.

    Raises:
        EncryptedDocumentError: A password-protected Office file (an OLE container, not a zip).
        CorruptDocumentError: Not a readable zip archive.
        ResourceLimitError: kind="too_large" for a zip bomb or a huge document.
    """
    with path.open("rb") as f:
        head = f.read(8)
        if head == _OLE_MAGIC:
            f.seek(0)
            if "EncryptionInfo".encode("utf-16-le") in f.read(4 * 1024 * 1024):
                raise EncryptedDocumentError(
                    f"encrypted {fmt}: password-protected Office files are not supported; "
                    "save a copy without a password"
                )
            raise CorruptDocumentError(
                f"not a valid {fmt}: this is an old binary Office file; save it as {fmt} again"
            )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as e:
        raise CorruptDocumentError(f"not a valid {fmt}: {e}") from None
    if len(members) > MAX_MEMBERS:
        raise ResourceLimitError(
            f"{fmt} has {len(members)} parts, too many to open", kind="too_large"
        )
    total = sum(m.file_size for m in members)
    if total > MAX_UNZIPPED_BYTES:
        raise ResourceLimitError(
            f"{fmt} would unpack to {total // 2**20} MB (limit {MAX_UNZIPPED_BYTES // 2**20} MB)",
            kind="too_large",
        )
    for m in members:
        if m.file_size > _RATIO_FLOOR and m.file_size > _MAX_RATIO * max(m.compress_size, 1):
            raise ResourceLimitError(
                f"{fmt} part {m.filename!r} inflates {m.file_size // max(m.compress_size, 1)}x "
                "(zip bomb?)",
                kind="too_large",
            )


def office_error(fmt: str, e: Exception) -> CorruptDocumentError:
    """A CorruptDocumentError for a zip that python-docx/-pptx/openpyxl could not read."""
    reason = str(e) or type(e).__name__
    return CorruptDocumentError(f"not a valid {fmt}: {reason[:300]}")
