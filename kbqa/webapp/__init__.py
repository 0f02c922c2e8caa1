"""The Streamlit web app (``streamlit run app.py``): sign-in, the chat page, the admin area.

One ``KnowledgeBase`` per server process, shared by every browser session
(``st.cache_resource``): the models and indexes load once, when the server starts (``lifespan``),
and an ingest by any process becomes visible to open sessions on their next question (the
indexes reload when the store changes).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import streamlit as st

from kbqa.errors import KbqaError
from kbqa.knowledge_base import KnowledgeBase
from kbqa.webapp.render import escape_markdown

__all__ = ["PAGE_SCRIPT", "lifespan", "run"]

log = logging.getLogger(__name__)

PAGE_SCRIPT = Path(__file__).with_name("page.py")
"""The script each browser session runs (it calls ``run``)."""


@st.cache_resource(show_spinner="Loading the knowledge base…")
def knowledge_base() -> KnowledgeBase:
    kb = KnowledgeBase()
    _serve_metrics(kb)
    return kb


def _serve_metrics(kb: KnowledgeBase) -> None:
    """Serve Prometheus metrics on ``KBQA_METRICS_PORT``, when set: once per process (a cleared
    cache builds a new knowledge base, but ``metrics.serve`` starts one server only)."""
    from kbqa import metrics

    metrics.register_knowledge_base(kb)
    if kb.settings.metrics_port is None:
        return
    try:
        metrics.serve(kb.settings.metrics_port, kb.settings.metrics_host)
    except KbqaError as exc:  # the app stays usable; the operator sees the log and a down target
        log.error("%s", exc)


@asynccontextmanager
async def lifespan(_app: Any) -> AsyncIterator[None]:
    """Load the knowledge base and open the metrics port as the server starts: the first user
    does not wait for the models, and Prometheus sees a chat replica no one has opened yet. A
    failure is logged and shown again on the page, where the person can act on it."""
    # The cached resource is built outside any session: Streamlit warns of a missing script
    # context, which is expected here.
    quiet = logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        await asyncio.to_thread(knowledge_base)
    except KbqaError as exc:
        log.error("the knowledge base could not be loaded at start: %s", exc)
    except Exception:  # the server still starts; each page view tries again
        log.exception("the knowledge base could not be loaded at start")
    finally:
        quiet.setLevel(level)
    yield


def run() -> None:
    """Draw the page for this browser session."""
    st.set_page_config(page_title="Company knowledge base", page_icon="📚", layout="wide")
    try:
        _page()
    except KbqaError as exc:
        st.error(escape_markdown(str(exc)))
    except Exception:  # a person should see a message, never a traceback
        log.exception("the page failed")
        st.error("Something went wrong. Reload the page; if it persists, tell your "
                 "administrator (the error was logged).")


def _page() -> None:
    from kbqa.webapp.auth import current_user, sign_out

    kb = knowledge_base()
    user = current_user(kb)
    if user is None:
        st.title("Company knowledge base")
        return
    with st.sidebar:
        st.markdown(f"Signed in as **{escape_markdown(user.name)}**")
        if st.button("Sign out", key="sign_out"):
            sign_out()
            st.rerun()
        pages = ["Chat", "Admin"] if user.is_admin else ["Chat"]
        page = st.radio("Page", pages, key="page") if len(pages) > 1 else "Chat"
    if page == "Admin":
        from kbqa.webapp.admin import admin_page

        st.title("Administration")
        admin_page(kb, user)
        return
    from kbqa.webapp.chat import chat_page

    st.title("Company knowledge base")
    chat_page(kb, user)
