"""Streamlit front end: ``streamlit run app.py`` (data dir from ``KBQA_DATA_DIR``).

A thin shell over ``kbqa.KnowledgeBase``. This version signs users in (name and password from the
users table) and searches the documents they may see; the chat and admin area build on the same
API.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from kbqa import KbqaError, KnowledgeBase


@st.cache_resource(show_spinner="Loading the knowledge base…")
def knowledge_base() -> KnowledgeBase:
    # One instance per process: the embedding model and index are shared by every session.
    return KnowledgeBase()


def sign_in(kb: KnowledgeBase) -> str | None:
    """The signed-in user's name, or None after showing the sign-in form."""
    if st.session_state.get("user"):
        return str(st.session_state["user"])
    with st.form("sign_in"):
        name = st.text_input("User name")
        password = st.text_input("Password", type="password")
        if st.form_submit_button("Sign in"):
            user = kb.users.authenticate(name, password)
            if user is None:
                st.error("Wrong user name or password.")
            else:
                st.session_state["user"] = user.name
                st.rerun()
    return None


def main() -> None:
    st.set_page_config(page_title="kbqa", page_icon="📚")
    st.title("Company knowledge base")
    try:
        kb = knowledge_base()
        user = sign_in(kb)
        if user is None:
            return
        docs = kb.documents(user=user)
    except KbqaError as exc:
        st.error(str(exc))
        return
    if not docs:
        st.info("The knowledge base is empty. Ingest documents with: `kbqa ingest ./docs`")
        return
    st.caption(f"{len(docs)} documents, {sum(d.n_chunks for d in docs)} passages")
    query = st.text_input("Search the documents", placeholder="How often must passwords be rotated?")
    if not query:
        return
    try:
        hits = kb.retrieve(query, user=user, k=5)
    except KbqaError as exc:
        st.error(str(exc))
        return
    for hit in hits:
        with st.container(border=True):
            where = f"page {hit.page}" if hit.page else (hit.section or "")
            # Document text is shown as plain text: never rendered as HTML or Markdown.
            st.text(f"{hit.title} — {Path(hit.source).name} {where} (score {hit.score:.2f})")
            st.text(hit.text[:600])


main()
