"""API tokens: how a program calling the REST API (``kbqa serve``) acts as a registered user.

A token is ``kbqa_`` followed by 43 random URL-safe characters (256 bits), shown once when it is
created; the database keeps only its SHA-256, so a copy of the database lets no one call the API.
A token carries no rights of its own: each request reads its user again, so a group change takes
effect at once, and removing the user (``ON DELETE CASCADE``) or revoking the token ends it.

Creating and revoking tokens is for admins (the CLI acts as the operator) and is recorded in the
audit log as ``admin`` records; a refused token is recorded as a ``denial``.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import DateTime, ForeignKey, Integer, String, select
from sqlalchemy.orm import Mapped, mapped_column

from kbqa.errors import ConfigError
from kbqa.store import Base, ChunkStore
from kbqa.users import User, UserDirectory, UserRow, _user, normalize_name

__all__ = ["TOKEN_PREFIX", "ApiToken", "ApiTokens"]

TOKEN_PREFIX = "kbqa_"
_MAX_TOKEN_CHARS = 200
_MAX_LABEL_CHARS = 200
_LAST_USED_EVERY = timedelta(minutes=1)
"""``last_used_at`` is written at most this often per token (not on every request)."""


class ApiTokenRow(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(_MAX_LABEL_CHARS), default="")
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


@dataclass(frozen=True)
class ApiToken:
    """A token's record (never the token itself).

    Attributes:
        id: The token's id (``kbqa users token-revoke ID``).
        user: The name of the user it acts as.
        label: What it is for ("nightly sync", "chat bot").
        created_at: When it was created.
        last_used_at: When it last authenticated a request (to within a minute); None: never.
        revoked_at: When it was revoked; None: active.
    """

    id: int
    user: str
    label: str
    created_at: datetime
    last_used_at: datetime | None = None
    revoked_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def to_dict(self) -> dict[str, object]:
        def iso(moment: datetime | None) -> str | None:
            return moment.isoformat() if moment else None

        return {
            "id": self.id,
            "user": self.user,
            "label": self.label,
            "created_at": iso(self.created_at),
            "last_used_at": iso(self.last_used_at),
            "revoked_at": iso(self.revoked_at),
            "active": self.active,
        }


def token_digest(token: str) -> str:
    """The stored form of a token: its SHA-256 in hex."""
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite returns naive datetimes for timezone=True columns; they were written in UTC.
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def _token(row: ApiTokenRow, user_name: str) -> ApiToken:
    return ApiToken(id=row.id, user=user_name, label=row.label,
                    created_at=_aware(row.created_at),  # type: ignore[arg-type]
                    last_used_at=_aware(row.last_used_at), revoked_at=_aware(row.revoked_at))


class ApiTokens:
    """The API tokens of a kbqa database (the table ``api_tokens``, next to ``users``).

    Args:
        store: The chunk store whose database holds users and tokens.
        users: The user directory: admin checks and the audit log it records to.
    """

    def __init__(self, store: ChunkStore, users: UserDirectory) -> None:
        self.store = store
        self.users = users

    def create(self, name: str, *, label: str = "", by: str | None = None) -> tuple[ApiToken, str]:
        """Create a token acting as user ``name``; returns its record and the token, which is
        not kept anywhere: show it once.

        Raises:
            ConfigError: no such user, or a label longer than 200 characters.
            AccessDeniedError: ``by`` is not an admin (the denial is recorded).
        """
        key = normalize_name(name)
        label = label.strip()
        if len(label) > _MAX_LABEL_CHARS or any(ord(ch) < 32 for ch in label):
            raise ConfigError(f"invalid token label {label[:40]!r}...: use at most "
                              f"{_MAX_LABEL_CHARS} printable characters")
        actor = self.users.require_admin(by, "create_token", key)
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with self.store.session() as s, s.begin():
            user = s.scalar(select(UserRow).where(UserRow.name == key))
            if user is None:
                raise ConfigError(f"no user {key!r}; add them first with: kbqa users add {key}")
            row = ApiTokenRow(user_id=user.id, label=label, token_sha256=token_digest(token),
                              created_at=datetime.now(UTC))
            s.add(row)
            s.flush()
            record = _token(row, key)
        self.users.audit.record_admin("token_created", user=actor, target=key,
                                      details={"token_id": record.id, "label": label})
        return record, token

    def list(self, name: str | None = None) -> list[ApiToken]:
        """Every token (revoked ones too), or those of user ``name``, oldest first."""
        query = (select(ApiTokenRow, UserRow.name).join(UserRow, ApiTokenRow.user_id == UserRow.id)
                 .order_by(ApiTokenRow.id))
        if name is not None:
            query = query.where(UserRow.name == normalize_name(name))
        with self.store.session() as s:
            return [_token(row, user_name) for row, user_name in s.execute(query)]

    def revoke(self, token_id: int, *, by: str | None = None) -> ApiToken:
        """Revoke a token; the next request with it is refused. Revoking twice is a no-op.

        Raises:
            ConfigError: no token with this id.
            AccessDeniedError: ``by`` is not an admin (the denial is recorded).
        """
        actor = self.users.require_admin(by, "revoke_token", f"token {token_id}")
        with self.store.session() as s, s.begin():
            found = s.execute(
                select(ApiTokenRow, UserRow.name).join(UserRow, ApiTokenRow.user_id == UserRow.id)
                .where(ApiTokenRow.id == token_id)
            ).first()
            if found is None:
                raise ConfigError(f"no API token with id {token_id}; list them with: "
                                  "kbqa users tokens")
            row, user_name = found
            already = row.revoked_at is not None
            if not already:
                row.revoked_at = datetime.now(UTC)
            s.flush()
            record = _token(row, user_name)
        if not already:
            self.users.audit.record_admin("token_revoked", user=actor, target=user_name,
                                          details={"token_id": token_id, "label": record.label})
        return record

    def authenticate(self, token: str) -> User | None:
        """The user a token acts as, read now; None (recorded as a denial) for a token that is
        unknown or revoked, or whose user was removed."""
        if not token.startswith(TOKEN_PREFIX) or len(token) > _MAX_TOKEN_CHARS:
            self._deny(None, "not a kbqa API token")
            return None
        now = datetime.now(UTC)
        with self.store.session() as s:
            found = s.execute(
                select(ApiTokenRow, UserRow).join(UserRow, ApiTokenRow.user_id == UserRow.id)
                .where(ApiTokenRow.token_sha256 == token_digest(token))
            ).first()
            if found is None:
                user = None
                reason = "unknown API token"
            else:
                row, user_row = found
                user = _user(user_row) if row.revoked_at is None else None
                reason = "revoked API token"
                last = _aware(row.last_used_at)
                if user is not None and (last is None or now - last >= _LAST_USED_EVERY):
                    row.last_used_at = now
                    s.commit()
        if user is None:
            self._deny(found[1].name if found is not None else None, reason)
        return user

    def _deny(self, actor: str | None, reason: str) -> None:
        self.users.audit.record_denial(user=actor, action="api_sign_in", target="kbqa API",
                                       reason=reason)
