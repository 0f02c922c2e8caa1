"""The ``/v1`` endpoints: ask (JSON or server-sent events), documents, feedback, whoami.

Every endpoint acts as the token's user with that user's permissions, through the same
``KnowledgeBase`` calls the CLI and the web app make. Blocking work (answering, ingesting, the
database) runs in the thread pool, never on the event loop.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import StreamingResponse
from pydantic import StringConstraints
from starlette.concurrency import run_in_threadpool

from kbqa.api.auth import KB, CurrentUser
from kbqa.api.errors import ApiError, error_body, responses, status_of
from kbqa.api.schemas import (
    MAX_ID,
    AnswerOut,
    AskRequest,
    DeletedOut,
    DocumentOut,
    FeedbackOut,
    FeedbackRequest,
    IngestReportOut,
    UserOut,
)
from kbqa.api.uploads import safe_filename, save_upload, unique_names
from kbqa.answer_events import AnswerSentence, DraftToken
from kbqa.errors import AccessDeniedError, ConfigError
from kbqa.knowledge_base import KnowledgeBase
from kbqa.qa import Answer, AnswerEvent
from kbqa.users import User, check_group_names

__all__ = ["v1_router"]

JSON_BODY_LIMIT = 1 << 20
"""Largest JSON request body (bytes); uploads have their own limit (KBQA_API_MAX_UPLOAD_MB)."""
COLLECTION_PATTERN = r"^$|^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
GroupName = Annotated[str, StringConstraints(
    max_length=200, pattern=r"^[^\x00-\x1f]*[^\s\x00-\x1f][^\x00-\x1f]*$")]
DocumentId = Annotated[int, PathParam(ge=1, le=MAX_ID, description="The document's id")]

_SSE_DOC = {
    "text/event-stream": {
        "schema": {  # one event; ``data`` is JSON: StatusEvent, SentenceEvent, DraftEvent,
            "type": "object",  # AnswerOut or ErrorResponse
            "required": ["event", "data"],
            "properties": {"event": {"enum": ["status", "sentence", "draft", "answer", "error"]},
                           "data": {"type": "string", "contentMediaType": "application/json"}},
        },
        "example": 'event: status\ndata: {"stage": "checking"}\n\n'
                   'event: sentence\ndata: {"text": "Passwords ... every 90 days [1].", '
                   '"separator": "", "citations": [1]}\n\n'
                   'event: answer\ndata: {"id": 7, "answer": "Passwords ... [1].", ...}\n\n',
    }
}


def _wants_stream(request: Request, body: AskRequest) -> bool:
    """``"stream": true``, or an Accept header preferring text/event-stream to JSON."""
    if body.stream:
        return True
    for part in request.headers.get("accept", "").split(","):
        media = part.split(";")[0].strip().lower()
        if media == "text/event-stream":
            return True
        if media == "application/json":
            return False
    return False


def _ask_args(body: AskRequest, user: User) -> dict[str, Any]:
    return {"user": user, "history": [(t.question, t.answer) for t in body.history],
            "collections": body.collections, "use_llm": body.use_llm}


def _stream_args(body: AskRequest, user: User) -> dict[str, Any]:
    return {**_ask_args(body, user), "stream_draft": body.stream_draft}


async def ask(body: AskRequest, request: Request, kb: KB, user: CurrentUser) -> Any:
    """Answer a question from the documents the caller may see, with citations.

    With ``"stream": true`` (or ``Accept: text/event-stream``) the answer comes as server-sent
    events, and nothing unverified: a ``status`` event (``{"stage": "checking"}``) when a model
    starts writing; a ``sentence`` event (``{"text", "separator", "citations"}``) for each
    sentence once it passed verification (their ``separator + text`` make the final answer's
    text); then one ``answer`` event with the final answer (the same JSON as the non-streaming
    response); or one ``error`` event (``{"error": {...}}``) if answering failed. Only with
    ``"stream_draft": true`` do ``draft`` events (``{"text": ...}``) also carry the model's raw,
    unverified tokens, and the answer event's ``flagged`` the dropped sentences' words (without
    it, each dropped sentence is one "(withheld ...)" entry).
    """
    if _wants_stream(request, body):
        return StreamingResponse(
            _answer_events(kb, body.question, _stream_args(body, user)),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )
    answer = await run_in_threadpool(kb.ask, body.question, **_ask_args(body, user))
    return answer.to_dict()


def _event(name: str, data: Any) -> bytes:
    # JSON keeps every payload on one line, as the SSE framing needs.
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


WITHHELD = "(withheld: an unverified model sentence; ask with stream_draft to see it)"


def _shown(answer: dict[str, Any], draft: bool) -> dict[str, Any]:
    # Dropped model sentences are unverified model words too: without the opt-in, the stream
    # says how many were dropped, not what they said.
    return answer if draft else {**answer, "flagged": [WITHHELD for _ in answer["flagged"]]}


def _stream_event(item: AnswerEvent) -> bytes:
    if isinstance(item, AnswerSentence):
        return _event("sentence", {"text": item.text, "separator": item.separator,
                                   "citations": list(item.citations)})
    if isinstance(item, DraftToken):
        return _event("draft", {"text": item.text})
    return _event("status", {"stage": "checking"})


async def _answer_events(kb: KnowledgeBase, question: str,
                         args: dict[str, Any]) -> AsyncIterator[bytes]:
    """SSE frames of ``kb.ask_stream``, which runs in a worker thread feeding a queue."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
    stop = threading.Event()

    def put(kind: str, item: Any) -> None:
        try:
            loop.call_soon_threadsafe(queue.put_nowait, (kind, item))
        except RuntimeError:  # the loop is gone: the server is shutting down
            stop.set()

    def produce() -> None:
        if stop.is_set():  # the client left while this waited for a thread: do no work
            put("end", None)
            return
        stream = kb.ask_stream(question, **args)
        try:
            for item in stream:
                if stop.is_set():  # the client went away
                    break
                put("answer" if isinstance(item, Answer) else "event", item)
        except Exception as exc:  # noqa: BLE001  (sent to the client as an error event)
            put("error", exc)
        finally:
            stream.close()
            put("end", None)

    loop.run_in_executor(None, produce)  # produce() catches everything: nothing to await
    try:
        while True:
            kind, item = await queue.get()
            if kind == "end":
                break
            if kind == "event":
                yield _stream_event(item)
            elif kind == "answer":
                yield _event("answer", _shown(item.to_dict(), args["stream_draft"]))
            else:
                status, error_type, message, _ = status_of(item)
                yield _event("error", {**error_body(error_type, message), "status": status})
    finally:
        stop.set()  # the client is done or gone: the worker stops at its next item


def list_documents(kb: KB, user: CurrentUser,
                   collection: Annotated[str | None, Query(max_length=200)] = None
                   ) -> list[DocumentOut]:
    """The documents the caller may see (an admin: all), optionally of one collection."""
    return [DocumentOut.of(d) for d in kb.documents(collection, user=user)]


def get_document(document_id: DocumentId, kb: KB, user: CurrentUser) -> DocumentOut:
    """One document, if the caller may see it (404 alike for missing and not visible)."""
    try:
        return DocumentOut.of(kb.document(document_id, user=user))
    except AccessDeniedError as exc:
        raise ApiError(404, "not_found", str(exc)) from None


def delete_document(document_id: DocumentId, kb: KB, user: CurrentUser) -> DeletedOut:
    """Remove a document, its chunks and vectors (admins only); a file uploaded through the
    API goes too (it is the un-anonymized original)."""
    kb.users.require_admin(user.name, "delete_document", f"document {document_id}")
    doc = kb.store.document(document_id)
    if doc is None:
        raise ApiError(404, "not_found", f"no document with id {document_id}")
    removed = kb.delete_document(document_id, user=user.name)  # other errors keep their status
    original = Path(doc.path)
    if original.is_relative_to(upload_root(kb).resolve()):
        original.unlink(missing_ok=True)
    return DeletedOut(id=document_id, chunks_removed=removed)


def upload_documents(
    request: Request,
    kb: KB,
    user: CurrentUser,
    files: Annotated[list[UploadFile], File(min_length=1, description="One or more documents")],
    groups: Annotated[list[GroupName], Form(description="Groups allowed to see them (repeat the "
                      "field); none: every user")] = [],  # noqa: B006 (FastAPI copies defaults)
    collection: Annotated[str, Form(pattern=COLLECTION_PATTERN, description="Collection "
                          "(empty: the server's default)")] = "",
) -> IngestReportOut:
    """Upload and ingest documents (admins only). A file of the same name in the same
    collection is replaced. Returns the ingest report; a file that cannot be parsed is reported
    as ``failed`` with the reason, not as an HTTP error."""
    kb.users.require_admin(user.name, "ingest", "upload through the API")
    clean_groups = check_group_names(groups)
    collection = collection or kb.settings.collection
    folder = upload_root(kb) / safe_filename(collection)
    names = unique_names([safe_filename(f.filename or "") for f in files])
    # Saved and ingested under the writer lock: a concurrent upload of the same name (on any
    # replica sharing the upload dir) cannot swap the file between the two steps.
    with kb.writing():
        paths = [save_upload(f.file, folder, name) for f, name in zip(files, names, strict=True)]
        report = kb.ingest(paths, groups=clean_groups, collection=collection, user=user.name)
    return IngestReportOut.model_validate(report.to_dict())


def upload_root(kb: KnowledgeBase) -> Path:
    """The folder uploads are saved under (``KBQA_API_UPLOAD_DIR``, default
    ``<data dir>/uploads``)."""
    return kb.settings.api_upload_dir or kb.data_dir / "uploads"


def feedback(body: FeedbackRequest, kb: KB, user: CurrentUser) -> FeedbackOut:
    """Thumbs up or down on an answer the caller was given (the ``id`` from /v1/ask)."""
    try:
        record = kb.feedback(body.answer_id, user=user, rating=body.rating,
                             comment=body.comment)
    except (AccessDeniedError, ConfigError):
        # Alike for unknown ids and other users' answers: ids say nothing about others.
        raise ApiError(404, "not_found", f"no answer {body.answer_id} was given to "
                       f"{user.name}; feedback names the id of one of your answers") from None
    return FeedbackOut(id=record)


def whoami(user: CurrentUser) -> UserOut:
    """The user the token acts as, with their groups as they are now."""
    return UserOut(name=user.name, groups=sorted(user.groups), admin=user.is_admin)


def v1_router(upload_limit_bytes: int) -> APIRouter:
    """The ``/v1`` routes; uploads may be up to ``upload_limit_bytes`` (whole request)."""
    router = APIRouter(prefix="/v1", max_body_size=JSON_BODY_LIMIT,
                       responses=responses(400, 401, 422))
    router.add_api_route(
        "/ask", ask, methods=["POST"], response_model=AnswerOut, tags=["answers"],
        responses={200: {"content": _SSE_DOC}, **responses(400, 403, 503)},
    )
    router.add_api_route("/documents", list_documents, methods=["GET"], tags=["documents"],
                         response_model=list[DocumentOut])
    router.add_api_route(
        "/documents", upload_documents, methods=["POST"], tags=["documents"],
        response_model=IngestReportOut, max_body_size=upload_limit_bytes,
        responses=responses(400, 403, 413, 503),
    )
    router.add_api_route("/documents/{document_id}", get_document, methods=["GET"],
                         tags=["documents"], responses=responses(404))
    router.add_api_route("/documents/{document_id}", delete_document, methods=["DELETE"],
                         tags=["documents"], responses=responses(403, 404, 503))
    router.add_api_route("/feedback", feedback, methods=["POST"], status_code=201,
                         tags=["answers"], responses=responses(404, 503))
    router.add_api_route("/me", whoami, methods=["GET"], tags=["users"])
    return router
