"""Users and their groups, in the same database as the chunk store.

A user sees the documents of their groups plus every document ingested without groups; an admin
sees everything and may manage users and documents. Passwords (for the Streamlit sign-in) are
kept only as argon2id hashes. Names are case-insensitive (stored lower-case); group names are
compared exactly, as documents are tagged with them at ingest.

Every change is recorded in the audit log as an ``admin`` record; a refused change or sign-in as
a ``denial`` record.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kbqa.errors import AccessDeniedError, ConfigError
from kbqa.store import Base, ChunkStore

if TYPE_CHECKING:
    from kbqa.audit import AuditLog

__all__ = ["MIN_PASSWORD_LENGTH", "User", "UserDirectory", "check_group_names"]

MIN_PASSWORD_LENGTH = 8
MAX_FAILED_SIGN_INS = 5
"""Failed sign-ins for one name within ``LOCKOUT_S`` after which it is refused without checking."""
LOCKOUT_S = 15 * 60
_WRONG = "wrong name or password"
_VERIFY_SLOTS = threading.BoundedSemaphore(2)  # argon2 verifies at once (64 MiB each)
_NAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{0,99}$")


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str | None] = mapped_column(Text, nullable=True)
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    groups: Mapped[list[UserGroupRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )


class UserGroupRow(Base):
    __tablename__ = "user_groups"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    group: Mapped[str] = mapped_column(String(200), primary_key=True, index=True)


@dataclass(frozen=True)
class User:
    """A user as read from the database at one moment.

    Attributes:
        name: The sign-in name (lower-case).
        groups: The groups whose documents the user sees (besides documents without groups).
        is_admin: Sees every document; may manage users and documents.
        has_password: Can sign in with a password (else only through a trusted SSO header).
        created_at: When the user was added.
    """

    name: str
    groups: frozenset[str]
    is_admin: bool = False
    has_password: bool = False
    created_at: datetime | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "groups": sorted(self.groups),
            "admin": self.is_admin,
            "has_password": self.has_password,
            "created_at": self.created_at.isoformat() if self.created_at else None,
        }


def _user(row: UserRow) -> User:
    return User(
        name=row.name,
        groups=frozenset(g.group for g in row.groups),
        is_admin=row.is_admin,
        has_password=row.password_hash is not None,
        created_at=row.created_at,
    )


def normalize_name(name: str) -> str:
    """The stored form of a user name.

    Raises:
        ConfigError: the name is empty or has characters other than letters, digits and ``._@-``.
    """
    value = name.strip().lower()
    if not _NAME.match(value):
        raise ConfigError(
            f"invalid user name {name!r}: use 1-100 letters, digits and . _ @ - "
            "(starting with a letter or digit)"
        )
    return value


def unknown_actor(name: str) -> str:
    """How the audit log names someone who is not a registered user: a short hash of the name."""
    return "unknown:" + hashlib.sha256(name.encode("utf-8", "replace")).hexdigest()[:12]


def safe_actor(name: str) -> str:
    """``name`` as an audit actor: its stored form when it is a valid user name (letters,
    digits and ``._@-``, never a leading ``=+-@``), else ``unknown_actor``."""
    try:
        return normalize_name(name)
    except ConfigError:
        return unknown_actor(name)


def check_group_names(groups: Iterable[str]) -> list[str]:
    """Groups stripped, de-duplicated and sorted.

    Raises:
        ConfigError: a group name is empty, too long or holds a control character.
    """
    clean = set()
    for group in groups:
        value = group.strip()
        if not value or len(value) > 200 or any(ord(ch) < 32 for ch in value):
            raise ConfigError(f"invalid group name {group!r}: use 1-200 printable characters")
        clean.add(value)
    return sorted(clean)


def _hasher():  # type: ignore[no-untyped-def]
    from argon2 import PasswordHasher

    return PasswordHasher()  # argon2id, RFC 9106 low-memory profile


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ConfigError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")


class UserDirectory:
    """The users table of a kbqa database, with audit records of every change.

    Each mutating method takes ``by``: the acting user's name, who must be an admin (recorded as
    the actor); None means the operator with direct access to the database (the CLI), recorded
    as ``operator``.

    Args:
        store: The chunk store whose database holds the users.
        audit: Where changes and refusals are recorded.
        operator: The actor recorded for changes made with ``by=None``.
    """

    def __init__(self, store: ChunkStore, audit: AuditLog, operator: str = "system") -> None:
        self.store = store
        self.audit = audit
        self.operator = operator
        self._dummy_hash: str | None = None

    # -- reading --------------------------------------------------------------------------------
    def get(self, name: str) -> User | None:
        """The user with this name as stored now, or None."""
        try:
            key = normalize_name(name)
        except ConfigError:
            return None
        with self.store.session() as s:
            row = s.scalar(select(UserRow).where(UserRow.name == key))
            return _user(row) if row else None

    def list(self) -> list[User]:
        """Every user, by name."""
        with self.store.session() as s:
            return [_user(r) for r in s.scalars(select(UserRow).order_by(UserRow.name))]

    def resolve(self, name: str | None, *, action: str, target: str = "knowledge base") -> User:
        """The user named ``name``, read now; refuses (and records the denial) if there is none.

        Raises:
            AccessDeniedError: no name was given, or no such user exists.
        """
        user = self.get(name) if name else None
        if user is None:
            reason = "no acting user given" if not name else "unknown user"
            self.audit.record_denial(user=safe_actor(name) if name else None, action=action,
                                     target=target, reason=reason)
            who = f"user {name!r} is not registered" if name else "no user was given"
            raise AccessDeniedError(
                f"access denied: {who}; every {action} needs a registered user (CLI: --user "
                "NAME or KBQA_USER; an admin adds users with: kbqa users add NAME --group GROUP)"
            )
        return user

    def authenticate(self, name: str, password: str) -> User | None:
        """The user if ``password`` is theirs, else None (recorded as a denied sign-in).

        Unknown names cost the same hashing time as known ones, so timing does not reveal which
        names exist. After ``MAX_FAILED_SIGN_INS`` failures for one name within ``LOCKOUT_S``,
        that name is refused without checking until the window has passed. The failures are
        counted in the audit log, so the limit holds across every app replica of the database
        (a successful sign-in does not reset it).
        """
        from argon2.exceptions import InvalidHashError, VerificationError

        hasher = _hasher()
        try:
            key = normalize_name(name)
        except ConfigError:
            key = ""
        if self._locked(key, name):
            self.audit.record_denial(user=safe_actor(name), action="sign_in", target="kbqa",
                                     reason="too many failed sign-ins: locked for a while")
            return None
        with self.store.session() as s:
            row = s.scalar(select(UserRow).where(UserRow.name == key)) if key else None
            stored = row.password_hash if row is not None else None
            try:
                with _VERIFY_SLOTS:
                    hasher.verify(stored or self._dummy(), password)
                ok = stored is not None
            except (VerificationError, InvalidHashError):
                ok = False
            if ok and row is not None and hasher.check_needs_rehash(stored):  # type: ignore[arg-type]
                row.password_hash = hasher.hash(password)  # stronger parameters since it was set
                s.commit()
            user = _user(row) if ok and row is not None else None
        if user is None:
            # An unregistered name is recorded as a hash: it may be a password typed into the
            # name field, or text meant to be read by a spreadsheet opening the export.
            actor = key if row is not None else unknown_actor(name)
            self.audit.record_denial(user=actor, action="sign_in", target="kbqa",
                                     reason=_WRONG)
        return user

    def _locked(self, key: str, name: str) -> bool:
        since = datetime.now(UTC) - timedelta(seconds=LOCKOUT_S)
        actors = {safe_actor(name), unknown_actor(name)} | ({key} if key else set())
        failures = 0
        for actor in actors:
            for record in self.audit.records(since=since, actor=actor, kinds=("denial",)):
                payload = record.payload
                if payload.get("action") == "sign_in" and payload.get("reason") == _WRONG:
                    failures += 1
        return failures >= MAX_FAILED_SIGN_INS

    def _dummy(self) -> str:
        if self._dummy_hash is None:
            self._dummy_hash = _hasher().hash("kbqa-not-a-password")
        return self._dummy_hash

    # -- changing -------------------------------------------------------------------------------
    def require_admin(self, by: str | None, action: str, target: str) -> str:
        """``by``'s stored name if they are an admin; ``operator`` for None.

        Raises:
            AccessDeniedError: ``by`` is unknown or not an admin (the denial is recorded).
        """
        if by is None:
            return self.operator
        actor = self.get(by)
        if actor is None or not actor.is_admin:
            self.audit.record_denial(user=safe_actor(by), action=action, target=target,
                                     reason="unknown user" if actor is None else "not an admin",
                                     groups=sorted(actor.groups) if actor else None)
            raise AccessDeniedError(f"access denied: {by!r} is not an admin; only admins may "
                                    f"{action.replace('_', ' ')}")
        return actor.name

    def add(
        self,
        name: str,
        *,
        groups: Sequence[str] = (),
        admin: bool = False,
        password: str | None = None,
        by: str | None = None,
    ) -> User:
        """Add a user.

        Raises:
            ConfigError: the name or a group is invalid, the user exists, or the password is
                shorter than ``MIN_PASSWORD_LENGTH``.
            AccessDeniedError: ``by`` is not an admin.
        """
        key = normalize_name(name)
        clean = check_group_names(groups)
        actor = self.require_admin(by, "add_user", key)
        if password is not None:
            _check_password(password)
        with self.store.session() as s, s.begin():
            if s.scalar(select(UserRow.id).where(UserRow.name == key)) is not None:
                raise ConfigError(f"user {key!r} exists already; change their groups with "
                                  f"kbqa users set-groups {key} GROUP...")
            s.add(UserRow(
                name=key,
                password_hash=_hasher().hash(password) if password is not None else None,
                is_admin=admin,
                created_at=datetime.now(UTC),
                groups=[UserGroupRow(group=g) for g in clean],
            ))
        self.audit.record_admin("user_created", user=actor, target=key,
                                details={"groups": clean, "admin": admin,
                                         "password": password is not None})
        return self._must_get(key)

    def set_groups(self, name: str, groups: Sequence[str], *, by: str | None = None) -> User:
        """Replace a user's groups; effective from their next question.

        Raises:
            ConfigError: no such user, or an invalid group name.
            AccessDeniedError: ``by`` is not an admin.
        """
        key = normalize_name(name)
        clean = check_group_names(groups)
        actor = self.require_admin(by, "set_groups", key)
        with self.store.session() as s, s.begin():
            row = self._row(s, key)
            before = sorted(g.group for g in row.groups)
            row.groups = [UserGroupRow(group=g) for g in clean]
        self.audit.record_admin("groups_changed", user=actor, target=key,
                                details={"before": before, "after": clean})
        return self._must_get(key)

    def set_admin(self, name: str, admin: bool, *, by: str | None = None) -> User:
        """Grant or revoke admin rights."""
        key = normalize_name(name)
        actor = self.require_admin(by, "set_admin", key)
        with self.store.session() as s, s.begin():
            self._row(s, key).is_admin = admin
        self.audit.record_admin("admin_changed", user=actor, target=key,
                                details={"admin": admin})
        return self._must_get(key)

    def set_password(self, name: str, password: str | None, *, by: str | None = None) -> None:
        """Set a password (None removes it: the user can then sign in only through SSO)."""
        key = normalize_name(name)
        actor = self.require_admin(by, "set_password", key)
        if password is not None:
            _check_password(password)
        with self.store.session() as s, s.begin():
            self._row(s, key).password_hash = (
                _hasher().hash(password) if password is not None else None
            )
        self.audit.record_admin("password_changed", user=actor, target=key,
                                details={"password": password is not None})

    def remove(self, name: str, *, by: str | None = None) -> None:
        """Remove a user; their audit records stay.

        Raises:
            ConfigError: no such user.
            AccessDeniedError: ``by`` is not an admin.
        """
        key = normalize_name(name)
        actor = self.require_admin(by, "remove_user", key)
        with self.store.session() as s, s.begin():
            s.delete(self._row(s, key))
        self.audit.record_admin("user_removed", user=actor, target=key)

    @staticmethod
    def _row(session, key: str) -> UserRow:  # type: ignore[no-untyped-def]
        row = session.scalar(select(UserRow).where(UserRow.name == key))
        if row is None:
            raise ConfigError(f"no user {key!r}; list them with: kbqa users list")
        return row

    def _must_get(self, key: str) -> User:
        user = self.get(key)
        assert user is not None
        return user
