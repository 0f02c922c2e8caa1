"""Plain data passed between the stages of ingestion: loader -> anonymizer -> chunker."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Block:
    """A run of text from one place in a file.

    Attributes:
        text: The text, whitespace-normalised but otherwise as extracted.
        page: 1-based page (PDF), slide (PPTX) number, or None where the format has no pages.
        section: Where the block sits: a heading path ("Expenses > Travel"), "Sheet: Budget",
            "Slide 3: Title", "Headers" for an e-mail header block; "" when unknown.
        kind: "heading", "paragraph", "table_row", "list_item", "slide", "notes" or "header".
    """

    text: str
    page: int | None = None
    section: str = ""
    kind: str = "paragraph"


@dataclass(frozen=True)
class LoadedDocument:
    """What a loader returns for one file.

    Attributes:
        title: Human title (document metadata, first heading, e-mail subject or file stem).
        blocks: Text blocks in reading order.
        format: Short format name ("pdf", "docx", ...).
        pages: Page / slide / sheet count where the format has one.
        warnings: Non-fatal problems the user should know about (e.g. "page 4: no text").
    """

    title: str
    blocks: list[Block]
    format: str
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Replacement:
    """One masked entity, with offsets into the *masked* text."""

    start: int
    end: int
    entity_type: str
    token: str


@dataclass(frozen=True)
class MaskedText:
    """Text after anonymization and what was replaced in it."""

    text: str
    replacements: list[Replacement]


@dataclass(frozen=True)
class Chunk:
    """A piece of a document sized for the embedding model.

    Offsets index into the document's full masked text, which is the blocks' texts joined by
    ``BLOCK_SEPARATOR``; ``start``/``end`` let a citation point at the exact span.
    """

    ordinal: int
    text: str
    page: int | None
    section: str
    start: int
    end: int
    n_tokens: int


BLOCK_SEPARATOR = "\n\n"
