"""The chat page: questions in, streamed answers out, with source cards and feedback.

Each browser session keeps its own conversation (``st.session_state``); follow-up questions are
asked with the earlier turns as history. While a model writes, the page says "Checking the
answer…" and shows each sentence only once it passed verification; the model's own words never
appear unverified. Everything shown that comes from a model or a document goes through
``render.escape_markdown``.
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path
from typing import Any

import streamlit as st

from kbqa.answer_events import AnswerSentence, Checking
from kbqa.errors import AccessDeniedError, KbqaError, LLMUnavailableError
from kbqa.knowledge_base import KnowledgeBase
from kbqa.qa import Answer
from kbqa.textmatch import query_terms
from kbqa.users import User
from kbqa.webapp.auth import session_expires_at
from kbqa.webapp.render import escape_markdown, highlight

__all__ = ["chat_page", "highlight_terms"]

log = logging.getLogger(__name__)

_MESSAGES = "chat_messages"
_CJK_TERM = re.compile(r"^[\u3400-\u9fff]+$")
REFUSED = "The knowledge base does not cover this question."


def highlight_terms(question: str) -> set[str]:
    """What to mark in a source snippet: the question's content words, as prefixes of at least
    four letters (so "rotated" marks "rotation"), and its Chinese terms."""
    terms = {t for t in query_terms(question) if _CJK_TERM.match(t)}
    for word in re.findall(r"[A-Za-z0-9]+", question):
        if query_terms(word):  # a content word, not a stop word
            terms.add(word if len(word) <= 4 else word[: max(4, len(word) - 2)])
    return terms


def chat_page(kb: KnowledgeBase, user: User) -> None:
    """The conversation of this browser session, and the question box."""
    messages: list[dict[str, Any]] = st.session_state.setdefault(_MESSAGES, [])
    if st.sidebar.button("New conversation", key="new_conversation", icon=":material/add:"):
        messages.clear()
    if not kb.store.collections(None if user.is_admin else user.groups):
        where = "on the Admin page" if user.is_admin else "by an administrator"
        st.info("The knowledge base has no documents you can see yet. Documents are added "
                f"{where}.")
    for i, message in enumerate(messages):
        with st.chat_message(message["role"]):
            if message["role"] == "user":
                st.markdown(escape_markdown(message["text"]))
            else:
                _show_answer(kb, user, message, i)
    question = st.chat_input("Ask a question about the company documents", key="question")
    if not question:
        return
    messages.append({"role": "user", "text": question})
    with st.chat_message("user"):
        st.markdown(escape_markdown(question))
    history = [(m["question"], m["text"]) for m in messages if m["role"] == "assistant"
               and m.get("answer") and not m.get("refused")]
    with st.chat_message("assistant"):
        message = _ask(kb, user, question, history[-3:])
    messages.append(message)
    st.rerun()  # draw the conversation again, with the answer's sources and feedback


CHECKING = "Checking the answer…"


def _ask(kb: KnowledgeBase, user: User, question: str, history: list[tuple[str, str]]) -> dict:
    shown = st.empty()  # the verified sentences so far
    status = st.empty()
    text = ""
    try:
        with st.spinner("Searching the documents…"):
            stream = kb.ask_stream(question, user=user.name, history=history)
            first = next(stream)
        for item in _chain(first, stream):
            if isinstance(item, Answer):
                return {"role": "assistant", "question": question, "text": item.text,
                        "refused": item.refused, "answer": item.to_dict()}
            if isinstance(item, Checking):
                status.caption(f":material/fact_check: {CHECKING}")
            elif isinstance(item, AnswerSentence):
                text += item.separator + item.text
                shown.markdown(escape_markdown(text))
    except LLMUnavailableError as exc:
        error = (f"The language model is not reachable ({exc}). Try again in a few minutes; if "
                 "it persists, tell your administrator.")
    except AccessDeniedError:
        error = ("Your account may not ask questions any more. Sign in again or ask an "
                 "administrator.")
    except KbqaError as exc:
        error = f"The question could not be answered: {exc}"
    except Exception:  # a person should see a message, never a traceback
        log.exception("answering %r failed", kb.mask_for_log(question))
        error = "Something went wrong while answering. Please try again; the error was logged."
    return {"role": "assistant", "question": question, "text": "", "error": error}


def _chain(first: Any, rest: Any) -> Any:
    yield first
    yield from rest


def _show_answer(kb: KnowledgeBase, user: User, message: dict, index: int) -> None:
    if message.get("error"):
        st.error(escape_markdown(message["error"]))
        return
    answer = message["answer"]
    if answer["refused"]:
        st.warning(REFUSED, icon=":material/search_off:")
        st.caption(escape_markdown(answer["answer"]))
    else:
        st.markdown(escape_markdown(answer["answer"]))
    for warning in answer.get("warnings", []):
        st.caption(f":material/warning: {escape_markdown(warning)}")
    terms = highlight_terms(answer.get("standalone_question") or message["question"])
    for citation in answer["citations"]:
        _source_card(kb, user, citation, terms, f"{index}_{citation['number']}")
    if answer.get("id") is not None:
        _feedback(kb, user, message, answer["id"])


def _source_card(kb: KnowledgeBase, user: User, citation: dict, terms: set[str],
                 key: str) -> None:
    with st.container(border=True):
        where = (f"page {citation['page']}" if citation.get("page") is not None
                 else citation.get("section") or "")
        title = citation.get("title") or Path(citation["source"]).name
        st.markdown(f"**\\[{citation['number']}\\] {escape_markdown(title)}**"
                    + (f" — {escape_markdown(where)}" if where else ""))
        st.markdown(highlight(citation.get("snippet", ""), terms))
        doc_id = citation.get("document_id")
        if doc_id is None or not kb.settings.serve_originals:
            return
        try:
            kb.original_path(int(doc_id), user=user.name)  # readable and unchanged now?
        except KbqaError as exc:
            st.caption(escape_markdown(str(exc)))
            return
        until = session_expires_at(kb)
        st.download_button(
            "Open document", data=lambda: _original(kb, user, int(doc_id), until),
            file_name=Path(citation["source"]).name, key=f"open_{key}",
            icon=":material/description:", on_click="ignore",
        )


def _original(kb: KnowledgeBase, user: User, document_id: int, until: float) -> bytes:
    # Checked again when the file is fetched: the session may have expired, the user's groups
    # or the file may have changed since the button was drawn.
    if time.time() > until:
        return b""
    return kb.original_file(document_id, user=user.name)


def _feedback(kb: KnowledgeBase, user: User, message: dict, answer_id: int) -> None:
    if message.get("feedback"):
        st.caption("Thanks for your feedback.")
        return
    rating = st.feedback("thumbs", key=f"thumbs_{answer_id}")
    if rating is None:
        return
    with st.form(f"feedback_{answer_id}", border=False):
        comment = st.text_input("Comment (optional)", key=f"comment_{answer_id}")
        if st.form_submit_button("Send feedback"):
            try:
                kb.feedback(answer_id, user=user.name, rating="up" if rating == 1 else "down",
                            comment=comment)
            except KbqaError as exc:
                st.error(escape_markdown(f"The feedback was not saved: {exc}"))
                return
            message["feedback"] = "up" if rating == 1 else "down"
            st.rerun()
