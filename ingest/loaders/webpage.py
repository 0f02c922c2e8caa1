"""HTML pages (.html, .htm) via BeautifulSoup + lxml: heading path, paragraphs, lists, tables."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.loaders._common import clean_inline, clean_text, finish, read_text_file, table_row_texts
from ingest.types import Block, LoadedDocument

if TYPE_CHECKING:
    from bs4.element import Tag

_SKIP = frozenset(
    "script style nav noscript template svg canvas iframe object embed head select option "
    "button map audio video".split()
)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset "
    "figcaption figure footer form header hgroup hr html legend main menu ol p pre section summary "
    "table tbody td tfoot th thead ul".split()
)
# A row holding these is page layout (old sites, HTML e-mail), not data: walk into its cells.
_LAYOUT_IN_ROW = ["table", *_HEADINGS]
_WHITESPACE = re.compile(r"\s+")
_MAX_DEPTH = 300


def load_html(path: Path, password: str | None = None) -> LoadedDocument:
    """Load an HTML page; script, style and navigation are skipped."""
    warnings: list[str] = []
    title, blocks = html_blocks(read_text_file(path, warnings, html=True))
    return finish(path, "html", title, blocks, warnings=warnings)


def html_blocks(markup: str) -> tuple[str | None, list[Block]]:
    """Parse HTML text into (title or None, blocks in reading order)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    title = clean_inline(soup.title.get_text()) if soup.title else ""
    walker = _Walker()
    walker.walk(soup, "paragraph", pre=False, depth=0)
    walker.flush("paragraph")
    if not title:
        title = next((b.text for b in walker.blocks if b.kind == "heading"), "")
    return title or None, walker.blocks


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.path: list[tuple[int, str]] = []
        self.buffer: list[str] = []
        self.headers: dict[int, list[str] | None] = {}

    def section(self) -> str:
        return " > ".join(text for _, text in self.path)

    def flush(self, kind: str) -> None:
        if self.buffer:
            text = clean_text("".join(self.buffer))
            self.buffer.clear()
            if text:
                self.blocks.append(Block(text, section=self.section(), kind=kind))

    def walk(self, element: Tag, kind: str, *, pre: bool, depth: int) -> None:
        from bs4.element import NavigableString, Tag

        if depth > _MAX_DEPTH:  # absurd nesting: keep the text, skip the structure
            self.buffer.append(_WHITESPACE.sub(" ", element.get_text(" ")))
            return
        for child in element.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # not a Comment, Doctype, CData...
                    self.buffer.append(child if pre else _WHITESPACE.sub(" ", child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name in _SKIP:
                continue
            if name == "br":
                self.buffer.append("\n")
            elif name in _HEADINGS:
                self.flush(kind)
                self.heading(_HEADINGS[name], clean_inline(child.get_text(" ")))
            elif name == "tr" and not child.find(_LAYOUT_IN_ROW):
                self.flush(kind)
                cells = [
                    clean_inline(c.get_text(" "))
                    for c in child.find_all(["td", "th"], recursive=False)
                ]
                if any(cells):
                    header = self.header_of(child)
                    texts = table_row_texts([header, cells] if header and header != cells else [cells])
                    self.blocks.append(Block(texts[-1], section=self.section(), kind="table_row"))
            elif name == "li":
                self.flush(kind)
                self.walk(child, "list_item", pre=pre, depth=depth + 1)
                self.flush("list_item")
            elif name in _BLOCK or name == "tr":
                self.flush(kind)
                self.walk(child, kind, pre=pre or name == "pre", depth=depth + 1)
                self.flush(kind)
            else:  # inline element: its text joins the current paragraph
                self.walk(child, kind, pre=pre, depth=depth + 1)

    def header_of(self, row: Tag) -> list[str] | None:
        """The cells of the first row of ``row``'s table, when the table has more rows."""
        table = row.find_parent("table")
        if table is None:
            return None
        key = id(table)
        if key not in self.headers:
            rows = [r for r in table.find_all("tr") if r.find_parent("table") is table]
            self.headers[key] = (
                [clean_inline(c.get_text(" ")) for c in rows[0].find_all(["td", "th"], recursive=False)]
                if len(rows) > 1
                else None
            )
        return self.headers[key]

    def heading(self, level: int, text: str) -> None:
        if not text:
            return
        while self.path and self.path[-1][0] >= level:
            self.path.pop()
        self.path.append((level, text))
        self.blocks.append(Block(text, section=self.section(), kind="heading"))
