"""Markdown (.md, .markdown) via markdown-it-py: heading path, list items, table rows, code."""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.loaders._common import clean_inline, clean_text, finish, read_text_file, table_row_texts
from ingest.types import Block, LoadedDocument

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_TITLE = re.compile(r"^title:[ \t]*['\"]?(.+?)['\"]?[ \t]*$", re.MULTILINE)
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # html=True so raw HTML blocks come out as tokens we strip, instead of as literal text
    return MarkdownIt("commonmark", {"html": True}).enable("table")


def load_markdown(path: Path, password: str | None = None) -> LoadedDocument:
    """Load a Markdown file into heading, paragraph, list_item and table_row blocks."""
    warnings: list[str] = []
    text = read_text_file(path, warnings)
    title: str | None = None
    if match := _FRONT_MATTER.match(text):
        text = text[match.end() :]
        if found := _FRONT_TITLE.search(match.group(1)):
            title = found.group(1)
    blocks = markdown_blocks(text)
    if title is None:
        headings = [b for b in blocks if b.kind == "heading"]
        title = headings[0].text if headings else None
    return finish(path, "markdown", title, blocks, warnings=warnings)


def markdown_blocks(text: str) -> list[Block]:
    """Turn Markdown source into blocks in reading order."""
    tokens = _parser().parse(text)
    blocks: list[Block] = []
    path: list[tuple[int, str]] = []  # (level, heading text) from h1 down
    list_depth = 0
    row: list[str] | None = None
    table: list[list[str]] = []
    heading_level = 0

    def section() -> str:
        return " > ".join(text for _, text in path)

    for token in tokens:
        kind = token.type
        if kind == "heading_open":
            heading_level = int(token.tag[1])
        elif kind == "inline":
            content = _inline_text(token)
            if row is not None:
                row.append(content)
            elif heading_level:
                while path and path[-1][0] >= heading_level:
                    path.pop()
                if content:
                    path.append((heading_level, content))
                    blocks.append(Block(content, section=section(), kind="heading"))
                heading_level = 0
            elif content:
                blocks.append(
                    Block(
                        content, section=section(), kind="list_item" if list_depth else "paragraph"
                    )
                )
        elif kind == "list_item_open":
            list_depth += 1
        elif kind == "list_item_close":
            list_depth -= 1
        elif kind == "table_open":
            table = []
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            table.append(row)
            row = None
        elif kind == "table_close":
            blocks.extend(
                Block(text, section=section(), kind="table_row") for text in table_row_texts(table)
            )
            table = []
        elif kind in ("fence", "code_block", "html_block"):
            content = token.content
            if kind == "html_block":
                content = html.unescape(_TAG.sub(" ", content))
            if content := clean_text(content):
                blocks.append(Block(content, section=section()))
    return blocks


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(_inline_text(child))  # alt text lives in the image's children
    return clean_inline("".join(parts))
