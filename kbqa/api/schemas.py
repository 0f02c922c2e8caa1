"""Request and response bodies of the REST API (they make its OpenAPI schema).

Responses mirror the JSON the CLI prints (``kbqa ask --json``, ``kbqa ingest --json``), so a
script can move from one to the other.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

MAX_ID = 2**31 - 1
"""Largest id accepted in a path or body (ids are 32-bit integers on PostgreSQL)."""


class ErrorDetail(BaseModel):
    type: str = Field(description="A stable, machine-readable kind: unauthorized, "
                      "access_denied, not_found, validation_error, too_large, busy, ...")
    message: str = Field(description="What failed and what to do, for a person to read")


class ErrorResponse(BaseModel):
    """Every error: ``{"error": {"type": ..., "message": ...}}``."""

    error: ErrorDetail


class Turn(BaseModel):
    """An earlier turn of the conversation."""

    model_config = ConfigDict(extra="forbid", strict=True)

    question: str = Field(max_length=4000)
    answer: str = Field(max_length=20_000)


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    # Python's str.strip() also strips \x1c-\x1f, which regex \s may not: name both.
    question: str = Field(min_length=1, max_length=4000, pattern=r"[^\s\x1c-\x1f]",
                          description="The question, English or Chinese; a follow-up is "
                          "rewritten with ``history``")
    history: list[Turn] = Field(default_factory=list, max_length=50,
                                description="Earlier turns, oldest first")
    collections: list[str] | None = Field(
        None, max_length=100, description="Search only these collections (default: all)"
    )
    use_llm: bool = Field(True, description="False: quote the best passages without the "
                          "language model (extractive, fast)")
    stream: bool = Field(False, description="Answer as server-sent events (also chosen by "
                         "'Accept: text/event-stream'): a 'status' event when the model starts "
                         "writing, one 'sentence' event per verified sentence, then one "
                         "'answer' event (or one 'error' event)")
    stream_draft: bool = Field(False, description="Opt-in, with streaming: also send the model's "
                               "raw, UNVERIFIED tokens as 'draft' events (for debugging; never "
                               "show them as the answer)")


class CitationOut(BaseModel):
    number: int = Field(description="The [n] used in the answer text")
    source: str = Field(description="The document's path, personal data in folder and file "
                        "names masked")
    title: str
    page: int | None
    section: str
    chunk_id: int
    snippet: str = Field(description="The passage sentence that supports the answer")
    score: float = Field(description="The passage's relevance to the question, in [0, 1]")
    document_id: int | None


class RetrievedOut(BaseModel):
    chunk_id: int
    score: float


class AnswerOut(BaseModel):
    """An answer with its sources: the same keys as ``kbqa ask --json``."""

    id: int | None = Field(description="The answer's audit record id: give it to /v1/feedback")
    question: str
    answer: str = Field(description="The answer text with [n] citation marks, or the refusal")
    refused: bool
    mode: str = Field(description="generated, extractive or refused")
    citations: list[CitationOut]
    timings: dict[str, float]
    standalone_question: str
    collections: list[str]
    retrieved: list[RetrievedOut]
    flagged: list[str]
    backend: str
    model: str
    warnings: list[str]


class StatusEvent(BaseModel):
    """The data of an SSE ``status`` event."""

    stage: Literal["checking"] = Field(description="checking: the model is writing; its "
                                       "sentences come as they pass verification")


class SentenceEvent(BaseModel):
    """The data of an SSE ``sentence`` event: a verified sentence of the answer. ``separator``
    + ``text`` of every sentence, in order, is the ``answer`` of the final event."""

    text: str = Field(description="The sentence with its final [n] citation marks")
    separator: str = Field(description="What goes before it in the answer text")
    citations: list[int] = Field(description="The citation numbers it uses")


class DraftEvent(BaseModel):
    """The data of an SSE ``draft`` event (only with ``stream_draft``): raw, unverified model
    tokens."""

    text: str


class DocumentOut(BaseModel):
    id: int
    collection: str
    title: str
    path: str = Field(description="The document's path, personal data in folder and file "
                      "names masked")
    format: str
    chunks: int
    pages: int | None
    groups: list[str] = Field(description="Groups allowed to see it; empty: every user")
    size_bytes: int
    ingested_at: datetime
    warnings: list[str]

    @classmethod
    def of(cls, row: Any) -> DocumentOut:
        return cls(id=row.id, collection=row.collection, title=row.title, path=row.shown_path,
                   format=row.format, chunks=row.n_chunks, pages=row.pages,
                   groups=row.group_names, size_bytes=row.size_bytes,
                   ingested_at=_utc(row.ingested_at), warnings=list(row.warnings or []))


def _utc(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes for timezone-aware columns; they are stored in UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class DeletedOut(BaseModel):
    id: int
    chunks_removed: int


class FileOutcomeOut(BaseModel):
    path: str
    status: str = Field(description="ingested, replaced, unchanged, regrouped, failed, skipped")
    chunks: int
    kind: str | None
    reason: str | None
    warnings: list[str]


class IngestReportOut(BaseModel):
    """The ingest report: the same keys as ``kbqa ingest --json``."""

    data_dir: str
    collection: str
    counts: dict[str, int]
    stages_s: dict[str, float]
    files: list[FileOutcomeOut]


def _json_integer(value: Any) -> Any:
    """A JSON integer: 7 or 7.0 (JSON Schema's "integer"), not "7", true or 7.5."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    answer_id: Annotated[int, BeforeValidator(_json_integer)] = Field(
        ge=1, le=MAX_ID, description="The answer's id (``id`` of /v1/ask)"
    )
    rating: Literal["up", "down"]
    comment: str = Field("", max_length=2000)


class FeedbackOut(BaseModel):
    id: int = Field(description="The feedback's audit record id")


class UserOut(BaseModel):
    name: str
    groups: list[str]
    admin: bool


class HealthOut(BaseModel):
    status: Literal["ok"]


class ReadyOut(BaseModel):
    status: Literal["ready"]
    documents: int
    chunks: int
