"""Plain text files: .txt and .log (paragraphs), .rst (paragraphs under headings), .csv (rows)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from ingest.loaders._common import (
    clean_inline,
    finish,
    paragraphs,
    read_text_file,
    split_long,
    table_row_texts,
)
from ingest.types import Block, LoadedDocument


def load_text(path: Path, password: str | None = None) -> LoadedDocument:
    """Load .txt/.log: one paragraph block per blank-line-separated paragraph."""
    warnings: list[str] = []
    text = read_text_file(path, warnings)
    blocks = [Block(piece) for para in paragraphs(text) for piece in split_long(para)]
    first = blocks[0].text.split("\n", 1)[0] if blocks else None
    title = first if first and len(first) <= 120 else None
    return finish(path, "text", title, blocks, warnings=warnings)


# An underline (and optional overline) of one repeated punctuation character marks an rst title.
_ADORNMENT = re.compile(r"""^([=\-~^"'`#*+_:.<>])\1{2,}\s*$""")


def load_rst(path: Path, password: str | None = None) -> LoadedDocument:
    """Load reStructuredText: headings (adorned lines) give the section path."""
    warnings: list[str] = []
    lines = read_text_file(path, warnings).splitlines()
    levels: list[str] = []  # adornment styles in order of first use: rst's way to rank headings
    stack: list[str] = []
    blocks: list[Block] = []
    buffer: list[str] = []
    title: str | None = None

    def flush() -> None:
        section = " > ".join(stack)
        blocks.extend(Block(p, section=section) for p in paragraphs("\n".join(buffer)))
        buffer.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        over = bool(_ADORNMENT.match(line)) and i + 2 < len(lines)
        if over and _ADORNMENT.match(lines[i + 2]) and lines[i + 1].strip():
            style, heading, i = "over" + line.strip()[0], lines[i + 1], i + 3
        elif (
            line.strip()
            and not _ADORNMENT.match(line)
            and _ADORNMENT.match(nxt)
            and (len(nxt.strip()) >= len(line.strip()) - 1)
        ):
            style, heading, i = nxt.strip()[0], line, i + 2
        else:
            buffer.append(line)
            i += 1
            continue
        flush()
        if style not in levels:
            levels.append(style)
        level = levels.index(style)
        text = clean_inline(heading)
        del stack[level:]
        stack.append(text)
        title = title or text
        blocks.append(Block(text, section=" > ".join(stack), kind="heading"))
    flush()
    return finish(path, "rst", title, blocks, warnings=warnings)


def load_csv(path: Path, password: str | None = None) -> LoadedDocument:
    """Load CSV: one table_row block per row, "Header: value | ..." when row 1 is a header."""
    warnings: list[str] = []
    text = read_text_file(path, warnings)
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t|", key=first_line.count)
    try:
        rows = [
            [clean_inline(cell) for cell in row]
            for row in csv.reader(text.splitlines(), delimiter=delimiter)
        ]
    except csv.Error as e:  # e.g. a field over csv's size limit: keep the text, lose the columns
        warnings.append(f"not parsed as CSV ({e}); read as plain text")
        blocks = [Block(piece) for para in paragraphs(text) for piece in split_long(para)]
        return finish(path, "csv", None, blocks, warnings=warnings)
    blocks = [Block(text, kind="table_row") for text in table_row_texts(rows)]
    return finish(path, "csv", None, blocks, warnings=warnings)
