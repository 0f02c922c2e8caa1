"""Who is calling: the user an ``Authorization: Bearer <token>`` header acts as, read again on
every request (a group change applies at once; a removed user's tokens stop working)."""

from __future__ import annotations

from typing import Annotated

import anyio.to_thread
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Receive, Scope, Send

from kbqa.api.errors import ApiError, error_response
from kbqa.errors import AccessDeniedError
from kbqa.knowledge_base import KnowledgeBase
from kbqa.tokens import ApiTokens
from kbqa.users import User

__all__ = ["CurrentUser", "UploadGate", "current_user", "knowledge_base"]

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="ApiToken",
    description="An API token acting as a kbqa user (an admin creates one with: "
    "kbqa users token-create NAME)",
)
_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def knowledge_base(request: Request) -> KnowledgeBase:
    """The server's ``KnowledgeBase``."""
    return request.app.state.kb  # type: ignore[no-any-return]


def current_user(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> User:
    """The calling user, or a 401 error. Runs in the thread pool (it reads the database)."""
    if credentials is None:
        raise ApiError(401, "unauthorized", "missing API token: send the header "
                       "'Authorization: Bearer <token>' (an admin creates tokens with: kbqa "
                       "users token-create NAME)", _CHALLENGE)
    tokens: ApiTokens = request.app.state.tokens
    user = tokens.authenticate(credentials.credentials)
    if user is None:
        raise ApiError(401, "unauthorized", "invalid or revoked API token; ask an admin for a "
                       "new one", _CHALLENGE)
    return user


CurrentUser = Annotated[User, Depends(current_user)]
KB = Annotated[KnowledgeBase, Depends(knowledge_base)]


class UploadGate:
    """ASGI middleware: an upload (``POST /v1/documents``) is refused before its body is read
    unless its token is an admin's. FastAPI reads a form body before it runs the route's
    dependencies, so without this anyone could make the server spool large files to disk."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] == "http" and scope["method"] == "POST"
                and scope["path"].rstrip("/") == "/v1/documents"):
            refusal = await anyio.to_thread.run_sync(self._refusal, scope)
            if refusal is not None:
                await error_response(refusal)(scope, receive, send)
                return
        await self.app(scope, receive, send)

    @staticmethod
    def _refusal(scope: Scope) -> Exception | None:
        header = dict(scope["headers"]).get(b"authorization", b"").decode("latin-1")
        scheme, _, token = header.partition(" ")
        state = scope["app"].state
        user = (state.tokens.authenticate(token.strip())
                if scheme.lower() == "bearer" and token.strip() else None)
        if user is None:
            return ApiError(401, "unauthorized", "missing, invalid or revoked API token; "
                            "uploads need an admin's token", _CHALLENGE)
        try:
            state.kb.users.require_admin(user.name, "ingest", "upload through the API")
        except AccessDeniedError as exc:
            return exc
        return None
