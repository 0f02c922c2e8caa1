"""PowerPoint decks (.pptx) via python-pptx: one section per slide, speaker notes kept."""

from __future__ import annotations

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


def load_pptx(path: Path, password: str | None = None) -> LoadedDocument:
    """Load a .pptx deck: `page` is the slide number, `section` is "Slide N: <title>"."""
    check_office_zip(path, "PPTX")
    from pptx import Presentation

    try:
        deck = Presentation(str(path))
        slides = list(deck.slides)
    except Exception as e:  # python-pptx raises KeyError, ValueError, lxml and zip errors
        raise office_error("PPTX", e) from None

    blocks: list[Block] = []
    warnings: list[str] = []
    first_title: str | None = None
    for number, slide in enumerate(slides, start=1):
        try:
            title, slide_blocks = _slide_blocks(slide, number)
        except Exception as e:  # one malformed slide must not cost the whole deck
            warnings.append(f"slide {number}: could not read: {type(e).__name__}: {e}")
            continue
        blocks.extend(slide_blocks)
        first_title = first_title or title or None
    try:
        core_title = deck.core_properties.title or None
    except Exception:
        core_title = None
    return finish(
        path, "pptx", core_title or first_title, blocks, pages=len(slides), warnings=warnings
    )


def _slide_blocks(slide: Any, number: int) -> tuple[str, list[Block]]:
    title_shape = slide.shapes.title
    title = ""
    if title_shape is not None and title_shape.has_text_frame:
        title = clean_inline(title_shape.text_frame.text)
    section = f"Slide {number}: {title}" if title else f"Slide {number}"
    blocks = [Block(title, page=number, section=section, kind="heading")] if title else []
    title_id = title_shape.shape_id if title_shape is not None else None
    for shape in _shapes(slide.shapes):
        if shape.shape_id == title_id:
            continue
        if getattr(shape, "has_table", False) and shape.has_table:
            rows = [[clean_inline(cell.text) for cell in row.cells] for row in shape.table.rows]
            blocks.extend(
                Block(text, page=number, section=section, kind="table_row")
                for text in table_row_texts(rows)
            )
        elif shape.has_text_frame and (text := clean_text(shape.text_frame.text)):
            blocks.append(Block(text, page=number, section=section))
    if slide.has_notes_slide:
        notes_frame = slide.notes_slide.notes_text_frame
        if notes_frame is not None and (notes := clean_text(notes_frame.text)):
            blocks.append(Block(notes, page=number, section=section, kind="notes"))
    return title, blocks


def _shapes(shapes: Any) -> Iterator[Any]:
    """Shapes in reading order (top to bottom, then left to right), opening groups."""
    from pptx.shapes.group import GroupShape

    def position(shape: Any) -> tuple[int, int]:
        return (shape.top or 0, shape.left or 0)

    for shape in sorted(shapes, key=position):
        if isinstance(shape, GroupShape):
            yield from _shapes(shape.shapes)
        else:
            yield shape
