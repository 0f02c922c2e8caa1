"""PDF files via pypdf: one paragraph block per blank-line-separated run of text, with its page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ingest.errors import CorruptDocumentError, EncryptedDocumentError, NoTextError
from ingest.loaders._common import clean_inline, finish, paragraphs, sensible_title
from ingest.types import Block, LoadedDocument

_MIN_TEXT_CHARS = 20  # fewer non-space characters than this on image pages: a scan, not text


def load_pdf(path: Path, password: str | None = None) -> LoadedDocument:
    """Load a PDF page by page; a page whose text cannot be extracted is skipped with a warning.

    Raises:
        EncryptedDocumentError: Encrypted and neither `password` nor the empty password opens it.
        CorruptDocumentError: pypdf cannot read the file structure, or no page could be read.
        NoTextError: No pages, or no text layer (a scan that needs OCR).
    """
    from pypdf import PdfReader

    try:
        reader = PdfReader(path, strict=False)
        encrypted = reader.is_encrypted
    except MemoryError:
        raise
    except Exception as e:  # pypdf raises PdfReadError, but also ValueError, KeyError, ...
        raise CorruptDocumentError(f"not a valid PDF: {_reason(e)}") from None
    if encrypted:
        _decrypt(reader, password)
    try:
        pages = list(reader.pages)
    except MemoryError:
        raise
    except Exception as e:  # cyclic or absurdly deep page trees are refused here
        raise CorruptDocumentError(
            f"not a valid PDF: cannot read its pages: {_reason(e)}"
        ) from None
    if not pages:
        raise NoTextError("PDF has no pages")

    blocks: list[Block] = []
    warnings: list[str] = []
    failures: list[str] = []
    for number, page in enumerate(pages, start=1):
        try:
            text = page.extract_text()
        except MemoryError:
            raise
        except Exception as e:
            failures.append(_reason(e))
            warnings.append(f"page {number}: could not extract text: {_reason(e)}")
            continue
        blocks.extend(Block(para, page=number) for para in paragraphs(text))

    if len(failures) == len(pages):
        raise CorruptDocumentError(
            f"could not extract text from any of the {len(pages)} page(s): {failures[0]}"
        )
    chars = sum(len(b.text) - b.text.count(" ") - b.text.count("\n") for b in blocks)
    if chars == 0 or (chars < _MIN_TEXT_CHARS and any(_has_images(p) for p in pages)):
        n = len(pages)
        raise NoTextError(
            f"no extractable text: scanned? ({n} page{'s' if n != 1 else ''}, no text layer)"
        )
    if _looks_garbled("".join(b.text for b in blocks[:200])):
        warnings.append(
            "text looks garbled (a font without a usable Unicode map?); search may miss it"
        )
    return finish(path, "pdf", _title(reader, blocks), blocks, pages=len(pages), warnings=warnings)


def _decrypt(reader: Any, password: str | None) -> None:
    candidates = [password, ""] if password else [""]
    for candidate in candidates:
        try:
            if reader.decrypt(candidate):
                return
        except MemoryError:
            raise
        except Exception as e:  # unsupported algorithm, damaged encryption dictionary
            raise EncryptedDocumentError(f"encrypted PDF: cannot decrypt: {_reason(e)}") from None
    if password:
        raise EncryptedDocumentError("encrypted PDF: wrong password")
    raise EncryptedDocumentError("encrypted PDF: a password is needed")


def _script(code: int) -> int:
    """Roughly the Unicode script of a letter: its 128-code-point block, with CJK (Han, kana,
    full-width forms) and Hangul, which span many blocks and mix within words, as one each."""
    if (
        0x3000 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or code >= 0x20000
    ):
        return -1
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
        return -2
    return code >> 7


def _looks_garbled(text: str) -> bool:
    """True for the mojibake pypdf produces from fonts with broken encodings.

    Real words, even in multilingual text, keep to one script; mojibake changes script from
    one letter to the next.
    """
    pairs = switches = 0
    for word in text.split():
        previous = None
        for ch in word:
            if not ch.isalpha():
                previous = None
                continue
            script = _script(ord(ch)) if ch > "\u024f" else 0  # all Latin counts as one
            if previous is not None:
                pairs += 1
                switches += script != previous
            previous = script
    return pairs >= 20 and switches > 0.25 * pairs


def _has_images(page: Any) -> bool:
    """True if the page draws an image XObject (checked without decoding the image)."""
    try:
        xobjects = page["/Resources"]["/XObject"]
        return any(xobjects[name].get("/Subtype") == "/Image" for name in xobjects)
    except Exception:  # no resources, broken references: treat as "no image"
        return False


def _title(reader: Any, blocks: list[Block]) -> str | None:
    try:
        meta_title = clean_inline(str(reader.metadata.title or "")) if reader.metadata else ""
    except Exception:  # unreadable /Info dictionaries are common in damaged files
        meta_title = ""
    if sensible_title(meta_title) and len(meta_title) > 2:
        return meta_title
    for block in blocks[:5]:
        line = block.text.split("\n", 1)[0]
        if sum(ch.isalpha() for ch in line) >= 3:  # not a page number or a stray symbol
            return line[:120]
    return None


def _reason(e: Exception) -> str:
    message = str(e) or type(e).__name__
    return message if len(message) <= 300 else message[:297] + "..."
