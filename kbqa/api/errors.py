"""Every error of the REST API as JSON: ``{"error": {"type": ..., "message": ...}}``.

kbqa's own errors keep their messages (written for the person reading them); validation errors
name the fields without echoing what was sent (it may hold personal data); anything unexpected
is a 500 whose details go to the server log only.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kbqa.api.schemas import ErrorResponse
from kbqa.errors import (
    AccessDeniedError,
    AuditWriteError,
    ConfigError,
    DataDirBusyError,
    IndexCorruptError,
    KbqaError,
    LLMUnavailableError,
    MissingDependencyError,
    VectorStoreUnavailableError,
)

__all__ = ["ApiError", "JsonTooLarge", "error_body", "install_error_handlers", "responses", "status_of"]

log = logging.getLogger("kbqa.api")


class ApiError(Exception):
    """An error answered with ``status`` and a JSON body."""

    def __init__(self, status: int, type: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.type = type
        self.message = message
        self.headers = headers


_KBQA_ERRORS: list[tuple[type[Exception], int, str]] = [
    (AccessDeniedError, 403, "access_denied"),
    (ConfigError, 400, "invalid_request"),
    (DataDirBusyError, 503, "busy"),
    (LLMUnavailableError, 503, "llm_unavailable"),
    (IndexCorruptError, 503, "index_unavailable"),
    (VectorStoreUnavailableError, 503, "vector_store_unavailable"),
    (AuditWriteError, 503, "audit_unavailable"),
    (MissingDependencyError, 503, "missing_dependency"),
]
_HTTP_TYPES = {400: "bad_request", 401: "unauthorized", 403: "access_denied",
               404: "not_found", 405: "method_not_allowed", 406: "not_acceptable",
               413: "too_large", 415: "unsupported_media_type"}
_RETRY_AFTER_S = "5"


def status_of(exc: BaseException) -> tuple[int, str, str, dict[str, str] | None]:
    """(HTTP status, error type, message, extra headers) for an exception."""
    if isinstance(exc, ApiError):
        return exc.status, exc.type, exc.message, exc.headers
    if isinstance(exc, KbqaError):
        for cls, status, kind in _KBQA_ERRORS:
            if isinstance(exc, cls):
                headers = {"Retry-After": _RETRY_AFTER_S} if status == 503 else None
                return status, kind, str(exc), headers
        return 500, "kbqa_error", str(exc), None
    # The type and place only: an exception's message may quote a question or a passage.
    log.error("unexpected error answering a request: %s at %s", type(exc).__name__,
              _where(exc))
    message = ("internal error: the request could not be completed; the server log has the "
               "details")
    return 500, "internal_error", message, None


def _where(exc: BaseException) -> str:
    """``file:line in function`` of the innermost frame of ``exc``'s traceback."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return "unknown"
    code = tb.tb_frame.f_code
    return f"{code.co_filename}:{tb.tb_lineno} in {code.co_name}"


def error_response(exc: BaseException) -> JSONResponse:
    """The JSON error response for ``exc`` (see ``status_of``)."""
    status, kind, message, headers = status_of(exc)
    return _json(status, kind, message, headers)


def error_body(kind: str, message: str) -> dict[str, Any]:
    return {"error": {"type": kind, "message": message}}


def _json(status: int, kind: str, message: str,
          headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(kind, message), status_code=status, headers=headers)


async def _on_error(_request: Request, exc: Exception) -> JSONResponse:
    return _json(*status_of(exc))


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else "the request could not be served"
    headers = dict(exc.headers) if exc.headers else {}
    if exc.status_code == 404 and detail == "Not Found":
        detail = "no such endpoint; the API is described at /docs and /openapi.json"
    elif exc.status_code == 405:
        allowed = _allowed_methods(request)
        headers["Allow"] = ", ".join(allowed)
        detail = f"{request.method} is not allowed here; use {' or '.join(allowed)}"
    elif exc.status_code == 413:
        detail = "the request is too large (uploads: KBQA_API_MAX_UPLOAD_MB MiB in all)"
    return _json(exc.status_code, _HTTP_TYPES.get(exc.status_code, "http_error"), detail,
                 headers or None)


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path (Starlette names only the first route's)."""
    methods: set[str] = set()
    routes = list(request.app.router.routes)
    while routes:
        route = routes.pop()
        included = getattr(route, "original_router", None)  # FastAPI's include_router wrapper
        if included is not None:
            routes.extend(included.routes)
            continue
        match, _ = route.matches(request.scope)
        if match is not Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


async def _on_validation(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for error in exc.errors()[:10]:
        where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
        problems.append(f"{where or 'body'}: {error.get('msg', 'invalid')}")
    return _json(422, "validation_error", "invalid request: " + "; ".join(problems))


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error of ``app`` as JSON."""
    app.add_exception_handler(ApiError, _on_error)
    app.add_exception_handler(KbqaError, _on_error)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(Exception, _on_error)


_DESCRIPTIONS = {
    400: "Unusable input (e.g. an invalid group name)",
    401: "Missing, invalid or revoked API token",
    403: "The token's user may not do this",
    404: "No such thing visible to the token's user",
    413: "The upload is larger than KBQA_API_MAX_UPLOAD_MB",
    422: "The request does not match the schema",
    503: "Temporarily unavailable (data dir busy; model, vector store or database "
         "unreachable); retry",
}


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for these error statuses."""
    return {s: {"model": ErrorResponse, "description": _DESCRIPTIONS[s]} for s in statuses}


class CatchAll:
    """ASGI middleware: an unexpected exception becomes the JSON 500 here, inside Starlette's
    outermost middleware, which would otherwise hand it to the server to log with its
    message and traceback (a message may quote a question or a passage)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception as exc:  # noqa: BLE001  (the last line of defence)
            status, kind, message, headers = status_of(exc)
            if not started:
                await _json(status, kind, message, headers)(scope, receive, send)


class JsonTooLarge:
    """ASGI middleware: Starlette's request-body limit answers 413 in plain text, even after
    an exception handler wrote JSON; this sends the API's JSON error instead."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        replaced = False

        async def send_json_413(message: Message) -> None:
            nonlocal replaced
            if message["type"] == "http.response.start" and message["status"] == 413:
                content_type = dict(message.get("headers", [])).get(b"content-type", b"")
                if not content_type.startswith(b"application/json"):
                    replaced = True
                    response = _json(413, "too_large", "the request is too large "
                                     "(uploads: KBQA_API_MAX_UPLOAD_MB MiB in all)")
                    await response(scope, receive, send)
                    return
            if replaced:
                return  # the plain-text body of the replaced response
            await send(message)

        await self.app(scope, receive, send_json_413)
