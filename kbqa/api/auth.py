"""Who is calling: the user an ``Authorization: Bearer <token>`` header acts as, read again on
every request (a group change applies at once; a removed user's tokens stop working)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from kbqa.api.errors import ApiError
from kbqa.knowledge_base import KnowledgeBase
from kbqa.tokens import ApiTokens
from kbqa.users import User

__all__ = ["CurrentUser", "current_user", "knowledge_base"]

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
