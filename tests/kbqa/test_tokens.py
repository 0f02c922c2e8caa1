"""API tokens (kbqa.tokens) on real SQLite and PostgreSQL: stored as hashes, acting as their user
as stored now, revoked and removed with the user; admin-only and audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from kbqa import AccessDeniedError, ConfigError, KnowledgeBase, Settings
from kbqa.tokens import TOKEN_PREFIX, ApiTokens, token_digest


@pytest.fixture
def kb(db_url, tmp_path):
    database_url = None if db_url.startswith("sqlite") else db_url
    base = KnowledgeBase(settings=Settings(data_dir=tmp_path / "kb", database_url=database_url))
    yield base
    base.store.engine.dispose()


@pytest.fixture
def tokens(kb) -> ApiTokens:
    kb.users.add("alice", groups=["ops"])
    kb.users.add("root", admin=True)
    return ApiTokens(kb.store, kb.users)


def test_a_token_is_shown_once_stored_as_a_hash_and_acts_as_its_user(kb, tokens):
    record, token = tokens.create("Alice", label="chat bot")
    assert token.startswith(TOKEN_PREFIX) and len(token) > 40
    assert (record.user, record.label, record.active) == ("alice", "chat bot", True)
    with kb.store.engine.connect() as conn:
        stored = conn.execute(text("SELECT token_sha256 FROM api_tokens")).scalars().all()
    assert stored == [token_digest(token)] and token not in stored
    user = tokens.authenticate(token)
    assert user is not None and user.name == "alice" and user.groups == {"ops"}
    kb.users.set_groups("alice", ["hr"])
    assert tokens.authenticate(token).groups == {"hr"}  # read again on every use
    assert tokens.list("alice")[0].last_used_at is not None


def test_a_second_token_differs_and_each_is_listed_without_the_secret(tokens):
    first = tokens.create("alice")[1]
    second = tokens.create("alice", label="backup")[1]
    assert first != second
    listed = tokens.list()
    assert [t.label for t in listed] == ["", "backup"]
    assert all(first not in str(t.to_dict()) for t in listed)
    assert tokens.list("root") == []


@pytest.mark.parametrize("bad", ["", "kbqa_", "kbqa_" + "x" * 43, "Bearer x", "k" * 500])
def test_unknown_tokens_are_refused_and_recorded(kb, tokens, bad):
    assert tokens.authenticate(bad) is None
    denial = list(kb.audit.records(kinds=("denial",)))[-1]
    assert denial.payload["action"] == "api_sign_in"
    assert bad not in denial.payload_json or bad == ""


def test_a_revoked_token_stops_working_and_revoking_is_recorded(kb, tokens):
    record, token = tokens.create("alice")
    revoked = tokens.revoke(record.id)
    assert not revoked.active and revoked.revoked_at is not None
    assert tokens.authenticate(token) is None
    assert tokens.revoke(record.id).revoked_at == revoked.revoked_at  # twice: no-op
    admin = [(r.payload["action"], r.payload["details"]) for r in kb.audit.records(kinds=("admin",))]
    assert ("token_created", {"token_id": record.id, "label": ""}) in admin
    assert [a for a, _ in admin].count("token_revoked") == 1
    denial = list(kb.audit.records(kinds=("denial",)))[-1]
    assert (denial.actor, denial.payload["reason"]) == ("alice", "revoked API token")
    with pytest.raises(ConfigError, match="no API token with id 999"):
        tokens.revoke(999)


def test_removing_a_user_removes_their_tokens(tokens, kb):
    _, token = tokens.create("alice")
    kb.users.remove("alice")
    assert tokens.authenticate(token) is None
    assert tokens.list() == []  # ON DELETE CASCADE


def test_only_admins_create_or_revoke_tokens(kb, tokens):
    record, _ = tokens.create("alice", by="root")
    with pytest.raises(AccessDeniedError, match="not an admin"):
        tokens.create("root", by="alice")
    with pytest.raises(AccessDeniedError, match="not an admin"):
        tokens.revoke(record.id, by="alice")
    with pytest.raises(ConfigError, match="no user 'nobody'"):
        tokens.create("nobody")
    with pytest.raises(ConfigError, match="label"):
        tokens.create("alice", label="x" * 201)


def test_last_used_is_written_at_most_once_a_minute(tokens, kb):
    _, token = tokens.create("alice")
    tokens.authenticate(token)
    first = tokens.list("alice")[0].last_used_at
    tokens.authenticate(token)
    assert tokens.list("alice")[0].last_used_at == first
    with kb.store.engine.begin() as conn:  # pretend the last use was two minutes ago
        conn.execute(text("UPDATE api_tokens SET last_used_at = :t"),
                     {"t": first - timedelta(minutes=2)})
    tokens.authenticate(token)
    assert tokens.list("alice")[0].last_used_at > first - timedelta(minutes=1)
