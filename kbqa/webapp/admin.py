"""The admin area of the Streamlit app: upload and manage documents, manage users, read the audit.

Every action goes through the kbqa Python API with the acting admin's name, so the API checks the
right again and records it in the audit log. Untrusted text (file names, titles, questions,
reasons, error messages) goes into dataframes, or through ``escape_markdown`` into alerts:
Streamlit alerts and progress texts render Markdown, images included.

The tabs: ``kbqa.webapp.admin_documents`` (Upload, Documents), ``kbqa.webapp.admin_users`` (Users),
``kbqa.webapp.admin_audit`` (Audit) and ``kbqa.webapp.admin_answers`` (Answers); each lists its
widget keys (stable) and labels. How the tabs run an action and show its outcome:
``kbqa.webapp.admin_actions``.
"""

from __future__ import annotations

import streamlit as st

from kbqa.knowledge_base import KnowledgeBase
from kbqa.users import User
from kbqa.webapp.admin_actions import FLASH_KEY, RESET_KEY, alert
from kbqa.webapp.admin_answers import answers_tab
from kbqa.webapp.admin_audit import audit_tab
from kbqa.webapp.admin_documents import documents_tab, upload_tab
from kbqa.webapp.admin_users import users_tab

__all__ = ["admin_page"]


def admin_page(kb: KnowledgeBase, user: User) -> None:
    """The admin area: Upload, Documents, Users, Audit and Answers tabs.

    Args:
        kb: The knowledge base.
        user: The signed-in user; read again, and refused unless an admin now.
    """
    current = kb.users.get(user.name)
    if current is None or not current.is_admin:
        st.error("This page is for administrators.")
        return
    for key, value in st.session_state.pop(RESET_KEY, {}).items():
        if value is None:
            st.session_state.pop(key, None)
        else:
            st.session_state[key] = value
    # Always present, so the tabs keep their place, and the browser the open tab, on a rerun.
    notices = st.container()
    for kind, text in st.session_state.pop(FLASH_KEY, []):
        with notices:
            alert(kind, text)
    groups = sorted({g for u in kb.users.list() for g in u.groups}
                    | {g for d in kb.documents() for g in d.group_names})
    upload, documents, people, audit, answers = st.tabs(
        ["Upload", "Documents", "Users", "Audit", "Answers"])
    with upload:
        upload_tab(kb, current, groups)
    with documents:
        documents_tab(kb, current, groups)
    with people:
        users_tab(kb, current, groups)
    with audit:
        audit_tab(kb, current)
    with answers:  # the answer mode in force, and whether the model's sentences are verified
        answers_tab(kb)

