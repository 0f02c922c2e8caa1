"""The REST API application: ``create_app(kb)`` builds it over one ``KnowledgeBase``.

    kbqa serve --host 127.0.0.1 --port 8000        # or:
    uvicorn --factory kbqa.api:app_from_env --workers 1

``/v1/...`` needs ``Authorization: Bearer <token>`` (``kbqa users token-create NAME``);
``/healthz``, ``/readyz`` and ``/metrics`` do not (``/metrics`` does with
``KBQA_API_METRICS_TOKEN_REQUIRED=true``). The OpenAPI spec is at ``/openapi.json``, the
interactive docs at ``/docs``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials
from fastapi_offline import FastAPIOffline
from sqlalchemy import func, select, text

from kbqa.api.auth import UploadGate, current_user
from kbqa.api.errors import ApiError, CatchAll, JsonTooLarge, install_error_handlers, responses
from kbqa.api.routes import v1_router
from kbqa.api.schemas import ErrorResponse, HealthOut, ReadyOut
from kbqa.errors import KbqaError
from kbqa.knowledge_base import KnowledgeBase
from kbqa.store import DocumentRow
from kbqa.tokens import ApiTokens

__all__ = ["app_from_env", "create_app"]

log = logging.getLogger("kbqa.api")

_DESCRIPTION = """\
Ask questions over an offline knowledge base and get answers citing their sources; upload,
list and delete documents; give feedback on answers.

Every `/v1` call acts as the user an API token belongs to, with that user's permissions as they
are at the moment of the call: a user sees only the documents of their groups (and those without
groups). Errors are JSON: `{"error": {"type": ..., "message": ...}}`.
"""


def create_app(kb: KnowledgeBase) -> FastAPI:
    """The FastAPI application serving ``kb``.

    Args:
        kb: The knowledge base; its settings give the upload limit and folder.
    """
    from kbqa import metrics

    register = getattr(metrics, "register_knowledge_base", None)
    if register is not None:  # index size gauges, computed at scrape time
        register(kb)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        kb.store.engine.dispose()

    # FastAPIOffline: /docs and /redoc load Swagger UI and ReDoc from the package, not a CDN.
    app = FastAPIOffline(
        title="kbqa",
        summary="Offline knowledge-base Q&A",
        description=_DESCRIPTION,
        version=_version(),
        lifespan=lifespan,
        responses={500: {"model": ErrorResponse, "description": "Unexpected server error"}},
    )
    app.state.kb = kb
    app.state.tokens = ApiTokens(kb.store, kb.users)
    install_error_handlers(app)
    app.add_middleware(JsonTooLarge)
    app.add_middleware(UploadGate)
    app.add_middleware(CatchAll)
    app.include_router(v1_router(kb.settings.api_max_upload_mb * 1024 * 1024))
    app.add_api_route("/healthz", healthz, methods=["GET"], tags=["operations"],
                      response_model=HealthOut)
    app.add_api_route("/readyz", readyz, methods=["GET"], tags=["operations"],
                      response_model=ReadyOut, responses=responses(503))
    app.add_api_route(
        "/metrics", metrics_endpoint, methods=["GET"], tags=["operations"],
        response_class=Response,
        responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}},
                         "description": "Prometheus text format"}, **responses(401, 403)},
    )
    return app


def app_from_env() -> FastAPI:
    """``create_app`` over a ``KnowledgeBase`` from the environment (``KBQA_*``), for
    ``uvicorn --factory``."""
    return create_app(KnowledgeBase())


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kbqa")
    except PackageNotFoundError:
        return "0"


async def healthz() -> HealthOut:  # async: never queued behind busy worker threads
    """Liveness: the process answers requests."""
    return HealthOut(status="ok")


def readyz(request: Request) -> JSONResponse | ReadyOut:
    """Readiness: the database answers and the search indexes load. 503 with the reason if
    not."""
    kb: KnowledgeBase = request.app.state.kb
    try:
        with kb.store.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001  (any failure means not ready)
        return _not_ready(f"the database cannot be reached ({type(exc).__name__}); check "
                          "KBQA_DATABASE_URL and the database server")
    try:
        kb.index()
        kb.lexical()
    except KbqaError as exc:  # its message says what to do
        return _not_ready(f"the search index is not usable: {exc}")
    except Exception as exc:  # noqa: BLE001
        return _not_ready(f"the search index cannot be loaded ({type(exc).__name__}); "
                          "kbqa index rebuild recovers it")
    with kb.store.session() as s:
        documents = s.scalar(select(func.count()).select_from(DocumentRow)) or 0
    return ReadyOut(status="ready", documents=documents, chunks=kb.store.chunk_count())


def _not_ready(reason: str) -> JSONResponse:
    log.warning("not ready: %s", reason)
    return JSONResponse({"error": {"type": "not_ready", "message": reason}}, status_code=503,
                        headers={"Retry-After": "5"})


def metrics_endpoint(request: Request) -> Response:
    """Prometheus metrics of this process (text format)."""
    from kbqa.metrics import exposition

    kb: KnowledgeBase = request.app.state.kb
    if kb.settings.api_metrics_token_required:
        # Read here, not declared as a dependency: the spec shows /metrics as open by default.
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        credentials = (HTTPAuthorizationCredentials(scheme=scheme, credentials=token.strip())
                       if scheme.lower() == "bearer" and token.strip() else None)
        user = current_user(request, credentials)
        if not user.is_admin:
            raise ApiError(403, "access_denied", "/metrics is served to admins' API tokens "
                           "only (KBQA_API_METRICS_TOKEN_REQUIRED)")
    body, content_type = exposition()
    return Response(content=body, media_type=content_type)
