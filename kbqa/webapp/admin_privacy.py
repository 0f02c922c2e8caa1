"""The Privacy section of the admin area (under the Audit tab): scan what the knowledge base
stored for personal data the masking missed (``KnowledgeBase.privacy_scan``), see it per type and
per document, never the values, and mask the named documents again.

Widget keys (stable) = labels:
admin_privacy_scan = "Scan for personal data", admin_privacy_remask = "Mask these documents
again".
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from kbqa.knowledge_base import KnowledgeBase
from kbqa.privacy import PrivacyReport
from kbqa.report import IngestReport
from kbqa.users import User
from kbqa.webapp.admin_actions import alert, attempt, report_messages, rerun_with

__all__ = ["privacy_section"]

_RESULT = "_admin_privacy_result"  # the last scan's report, as a dict, for the reruns after it


def privacy_section(kb: KnowledgeBase, admin: User) -> None:
    """Scan button, then what was found: per entity type, per document, in the audit log."""
    st.subheader("Privacy")
    st.caption("Checks chunk text, titles, paths, keyword index files and the audit log for "
               "e-mail addresses, phone numbers, ID, card and IBAN numbers and IP addresses left "
               "unmasked (names are not checked). Values are never shown.")
    if st.button("Scan for personal data", key="admin_privacy_scan"):
        report = attempt(lambda: kb.privacy_scan(user=admin.name))
        if isinstance(report, PrivacyReport):
            st.session_state[_RESULT] = report.to_dict()
    result: dict[str, Any] | None = st.session_state.get(_RESULT)
    if result is None:
        return
    scanned = ", ".join(f"{n} {what.replace('_', ' ')}" for what, n in result["scanned"].items())
    if result["clean"]:
        st.success(f"No personal data found (scanned {scanned}).")
        return
    total = sum(result["counts"].values())
    alert("warning", f"{total} values of personal data found (scanned {scanned}).")
    st.dataframe(pd.DataFrame(sorted(result["counts"].items()), columns=["entity type", "values"]),
                 hide_index=True)
    documents = result["documents"]
    if documents:
        st.caption("Documents to mask again")
        st.dataframe(pd.DataFrame([
            {"id": d["document_id"], "path": d["path"],
             "found": ", ".join(f"{t} {n}" for t, n in d["counts"].items()),
             "in": ", ".join(d["fields"])}
            for d in documents
        ]), hide_index=True)
        if st.button("Mask these documents again", key="admin_privacy_remask"):
            _remask(kb, admin, [d["document_id"] for d in documents])
    if result["audit_records"]:
        st.caption("Audit records holding personal data")
        st.dataframe(pd.DataFrame({"record": result["audit_records"]}), hide_index=True)
        st.info("Audit records are hash-chained and cannot be rewritten: export the log to "
                "restricted storage, then prune the records (kbqa audit prune --before DATE).")


def _remask(kb: KnowledgeBase, admin: User, document_ids: list[int]) -> None:
    """Ingest the documents' files again with ``force``, per collection, keeping their groups."""
    by_collection: dict[str, list[str]] = defaultdict(list)
    missing = []
    for doc in kb.documents():
        if doc.id in document_ids:
            if Path(doc.path).is_file():
                by_collection[doc.collection].append(doc.path)
            else:
                missing.append(doc.title)
    if missing:
        alert("error", f"The files of {len(missing)} documents are gone: upload them again, or "
                       "delete the documents in the Documents tab.")
    messages: list[tuple[str, str]] = []
    for collection, paths in sorted(by_collection.items()):
        report = attempt(lambda: kb.ingest(paths, collection=collection, force=True,
                                           user=admin.name))
        if not isinstance(report, IngestReport):
            return
        messages += report_messages(report)
    if messages:
        st.session_state.pop(_RESULT, None)  # stale now: scan again to see the result
        rerun_with(messages)
