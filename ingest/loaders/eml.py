"""E-mail messages (.eml) via the standard library: a header block, then the body text."""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage, Message, MIMEPart
from pathlib import Path

from ingest.errors import CorruptDocumentError
from ingest.loaders._common import clean_inline, decode_text, finish, paragraphs, split_long
from ingest.loaders.webpage import html_blocks
from ingest.types import Block, LoadedDocument

_HEADERS = ("From", "To", "Cc", "Date", "Subject")


def load_eml(path: Path, password: str | None = None) -> LoadedDocument:
    """Load an .eml file: a "Headers" block (From/To/Cc/Date/Subject) then the body.

    The text/plain body is preferred; an HTML-only body is stripped to text. Attachments are
    not parsed: each one is named in the warnings.
    """
    data = path.read_bytes()
    if b"\x00" in data[:65536]:
        raise CorruptDocumentError("not an e-mail file: binary content")
    message = email.message_from_bytes(data, policy=policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise CorruptDocumentError("not an e-mail file: no headers found")

    warnings: list[str] = []
    header_lines = [f"{name}: {value}" for name in _HEADERS if (value := _header(message, name))]
    blocks = (
        [Block("\n".join(header_lines), section="Headers", kind="header")] if header_lines else []
    )
    body = message.get_body(preferencelist=("plain", "html"))
    if body is not None:
        text = _part_text(body, warnings)
        if body.get_content_subtype() == "plain" and not text.strip():
            # some mailers send an empty text/plain next to the real HTML body
            html_part = message.get_body(preferencelist=("html",))
            if html_part is not None:
                body, text = html_part, _part_text(html_part, warnings)
        if body.get_content_subtype() == "html":
            blocks.extend(html_blocks(text)[1])
        else:
            blocks.extend(Block(piece) for para in paragraphs(text) for piece in split_long(para))
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() != "attachment":
            continue
        name = part.get_filename() or "unnamed"
        warnings.append(f"attachment not parsed: {name} ({part.get_content_type()})")
    return finish(path, "eml", _header(message, "Subject") or None, blocks, warnings=warnings)


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:  # a malformed header (bad address, bad encoded-word) is skipped, not fatal
        return ""
    return clean_inline(str(value)) if value is not None else ""


def _part_text(part: MIMEPart, warnings: list[str]) -> str:
    """A text part's content, decoded by its declared charset, else detected."""
    try:
        content = part.get_content()
        if isinstance(content, str):
            return content
    except (LookupError, UnicodeError, AssertionError, ValueError):
        pass  # unknown or wrong charset label: detect it from the bytes instead
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    try:
        return decode_text(payload, warnings, html=part.get_content_subtype() == "html")
    except CorruptDocumentError:
        warnings.append("body is not text; skipped")
        return ""
