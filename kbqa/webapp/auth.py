"""Sign-in for the web app: a name and password checked against the users table, or, behind a
single-sign-on proxy, a trusted request header (``KBQA_TRUSTED_USER_HEADER``; off by default).

A sign-in lasts ``KBQA_SESSION_TIMEOUT_MIN`` minutes. The user is read from the database on
every run of the page, so a removed user is signed out and a group change applies at once.
"""

from __future__ import annotations

import time

import streamlit as st

from kbqa.knowledge_base import KnowledgeBase
from kbqa.users import User, safe_actor
from kbqa.webapp.render import escape_markdown

__all__ = ["current_user", "session_expires_at", "sign_out"]

_USER = "auth_user"
_SINCE = "auth_since"


def session_expires_at(kb: KnowledgeBase) -> float:
    """When this browser session's sign-in expires (epoch seconds; far ahead with SSO)."""
    if kb.settings.trusted_user_header:
        return float("inf")
    return float(st.session_state.get(_SINCE, 0)) + kb.settings.session_timeout_min * 60


def sign_out() -> None:
    """Forget the signed-in user and the conversation of this browser session."""
    for key in list(st.session_state.keys()):
        del st.session_state[key]


def current_user(kb: KnowledgeBase) -> User | None:
    """The signed-in user, or None after showing the sign-in form (or why there is none)."""
    header = kb.settings.trusted_user_header
    if header:
        return _from_header(kb, header)
    state = st.session_state
    name = state.get(_USER)
    if name:
        expired = time.time() > session_expires_at(kb)
        user = None if expired else kb.users.get(name)
        if user is not None:
            return user
        sign_out()
        st.info("Your session has expired. Please sign in again." if expired else
                "Your account is no longer active. Ask an administrator if this is a mistake.")
    _sign_in_form(kb)
    return None


def _sign_in_form(kb: KnowledgeBase) -> None:
    with st.form("sign_in"):
        st.subheader("Sign in")
        name = st.text_input("User name", key="sign_in_name")
        password = st.text_input("Password", type="password", key="sign_in_password")
        submitted = st.form_submit_button("Sign in")
    if not submitted:
        return
    user = kb.users.authenticate(name, password) if name and password else None
    if user is None:
        st.error("Wrong user name or password.")
        return
    st.session_state[_USER] = user.name
    st.session_state[_SINCE] = time.time()
    st.rerun()


def _from_header(kb: KnowledgeBase, header: str) -> User | None:
    name = (st.context.headers.get(header) or "").strip()
    if st.session_state.get(_USER) != name:  # another person behind the same browser session
        sign_out()
        st.session_state[_USER] = name
    if not name:
        st.error("You are not signed in. Open kbqa through the company sign-in portal.")
        return None
    user = kb.users.get(name)
    if user is None:
        if st.session_state.get("denial_recorded") != name:  # once per session, not per rerun
            kb.audit.record_denial(user=safe_actor(name), action="sign_in", target="kbqa",
                                   reason=f"not registered (signed in by {header})")
            st.session_state["denial_recorded"] = name
        st.error(f"Your account {escape_markdown(name)} is not registered in kbqa. Ask an "
                 "administrator to add it.")
        return None
    return user
