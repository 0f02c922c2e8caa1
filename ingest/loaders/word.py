"""Word documents (.docx) via python-docx: heading path, paragraphs, list items, table rows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ingest.loaders._common import (
    check_office_zip,
    clean_inline,
    clean_text,
    finish,
    office_error,
    table_row_texts,
)
from ingest.types import Block, LoadedDocument

_TITLE = 0  # pseudo heading level for the "Title" style: shown as a heading, not put in the path
_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)


def load_docx(path: Path, password: str | None = None) -> LoadedDocument:
    """Load a .docx file in reading order; tables become one table_row block per row."""
    check_office_zip(path, "DOCX")
    import docx
    from docx.oxml.ns import qn

    tags = _Tags(qn)
    try:
        document = docx.Document(str(path))
        body = document.element.body
        if body is None:
            raise ValueError("word/document.xml has no w:body")
        levels, list_styles = _paragraph_styles(document, tags)
    except Exception as e:  # python-docx raises KeyError, ValueError, lxml and zip errors
        raise office_error("DOCX", e) from None

    has_textboxes = next(body.iter(tags.txbx), None) is not None
    blocks: list[Block] = []
    path_stack: list[tuple[int, str]] = []
    title: str | None = None

    def section() -> str:
        return " > ".join(text for _, text in path_stack)

    for element in _content(body, tags):
        if element.tag == tags.tbl:
            rows = [
                [clean_inline(_cell_text(tc, tags)) for tc in row.iterchildren(tags.tc)]
                for row in element.iterchildren(tags.tr)
            ]
            blocks.extend(
                Block(text, section=section(), kind="table_row") for text in table_row_texts(rows)
            )
            continue
        text = clean_text(element.text)
        level = _paragraph_level(element, levels, tags)
        if text and level is not None:
            heading = clean_inline(text)
            if level == _TITLE:
                title = title or heading
            else:
                while path_stack and path_stack[-1][0] >= level:
                    path_stack.pop()
                path_stack.append((level, heading))
            blocks.append(Block(heading, section=section(), kind="heading"))
        elif text:
            kind = "list_item" if _is_list_item(element, list_styles, tags) else "paragraph"
            blocks.append(Block(text, section=section(), kind=kind))
        if has_textboxes:
            blocks.extend(Block(t, section=section()) for t in _textbox_texts(element, tags))

    if not title:
        core_title = _core_title(document)
        headings = [b.text for b in blocks if b.kind == "heading"]
        title = core_title or (headings[0] if headings else None)
    return finish(path, "docx", title, blocks)


class _Tags:
    """Clark-notation tag names, computed once per file instead of per element."""

    def __init__(self, qn: Any) -> None:
        self.p, self.tbl, self.tr, self.tc = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
        self.sdt, self.sdt_content = qn("w:sdt"), qn("w:sdtContent")
        self.ppr, self.outline, self.numpr = qn("w:pPr"), qn("w:outlineLvl"), qn("w:numPr")
        self.val = qn("w:val")
        self.txbx = qn("w:txbxContent")
        self.fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _content(parent: Any, tags: _Tags) -> Iterator[Any]:
    """Body paragraphs and tables in order, looking inside content controls (w:sdt)."""
    for child in parent.iterchildren():
        if child.tag in (tags.p, tags.tbl):
            yield child
        elif child.tag == tags.sdt:
            for content in child.iterchildren(tags.sdt_content):
                yield from _content(content, tags)


def _cell_text(tc: Any, tags: _Tags) -> str:
    return " ".join(p.text for p in tc.iter(tags.p))


def _paragraph_styles(document: Any, tags: _Tags) -> tuple[dict[str, int | None], set[str]]:
    """(style id -> heading level 1-9, 0 for Title, or None; ids of list styles).

    Levels follow basedOn chains, so a custom style based on "Heading 2" is a level-2 heading.
    """
    from docx.enum.style import WD_STYLE_TYPE

    own: dict[str, int | None] = {}
    base: dict[str, str | None] = {}
    lists: set[str] = set()
    for style in document.styles:
        if style.type != WD_STYLE_TYPE.PARAGRAPH:
            continue
        name = (style.name or "").strip()
        level: int | None = None
        if match := _HEADING_NAME.match(name):
            level = int(match.group(1))
        elif name.lower() == "title":
            level = _TITLE
        else:
            outline = next(style.element.iter(tags.outline), None)
            if outline is not None:
                level = _outline_level(outline.get(tags.val))
        own[style.style_id] = level
        base[style.style_id] = style.element.basedOn_val
        if name.lower().startswith("list"):
            lists.add(style.style_id)
    levels: dict[str, int | None] = {}
    for style_id, level in own.items():
        seen, current = {style_id}, style_id
        while level is None and (parent := base.get(current)) and parent not in seen:
            seen.add(parent)
            current = parent
            level = own.get(current)
        levels[style_id] = level
    return levels, lists


def _outline_level(value: str | None) -> int | None:
    # w:outlineLvl is 0-based; 9 means "body text"
    if value is not None and value.isdigit() and int(value) < 9:
        return int(value) + 1
    return None


def _paragraph_level(p: Any, levels: dict[str, int | None], tags: _Tags) -> int | None:
    ppr = p.find(tags.ppr)
    if ppr is not None:
        outline = ppr.find(tags.outline)
        if outline is not None:
            return _outline_level(outline.get(tags.val))
    style = p.style
    return levels.get(style) if style else None


def _is_list_item(p: Any, list_styles: set[str], tags: _Tags) -> bool:
    ppr = p.find(tags.ppr)
    if ppr is not None and ppr.find(tags.numpr) is not None:
        return True
    return p.style in list_styles


def _textbox_texts(p: Any, tags: _Tags) -> Iterator[str]:
    for box in p.iter(tags.txbx):
        # Word stores each text box twice (DrawingML and a VML fallback): read one copy
        if any(a.tag == tags.fallback for a in box.iterancestors()):
            continue
        for inner in box.iter(tags.p):
            if text := clean_text(inner.text):
                yield text


def _core_title(document: Any) -> str | None:
    try:
        return document.core_properties.title or None
    except Exception:  # malformed core.xml must not cost us the document
        return None
