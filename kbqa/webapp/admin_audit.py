"""The Audit tab of the admin area: question, refusal, feedback and error figures, the most
often refused questions, and the whole audit log for download.

Widget keys (stable) = labels:
Audit: admin_audit_export_jsonl = "Export audit log (JSONL)", admin_audit_export_csv = "Export
audit log (CSV)"; below them the Privacy section (``kbqa.webapp.admin_privacy``).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from functools import partial

import pandas as pd
import streamlit as st

from kbqa.errors import AccessDeniedError
from kbqa.knowledge_base import KnowledgeBase
from kbqa.users import User
from kbqa.webapp.admin_privacy import privacy_section

__all__ = ["audit_tab", "export_audit"]


def export_audit(kb: KnowledgeBase, admin: str, format: str) -> str:
    """The whole audit log as ``jsonl`` or ``csv`` text, if ``admin`` is (still) an admin.

    Raises:
        AccessDeniedError: ``admin`` is not an admin now.
    """
    who = kb.users.get(admin)
    if who is None or not who.is_admin:
        raise AccessDeniedError(f"access denied: {admin!r} is not an admin")
    buffer = io.StringIO()
    kb.audit.export(buffer, format=format)  # type: ignore[arg-type]
    return buffer.getvalue()


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def audit_tab(kb: KnowledgeBase, admin: User) -> None:
    """The Audit tab: figures and charts from the audit log, and its export."""
    stats = kb.audit.stats()
    feedback = stats["feedback"]
    cols = st.columns(4)
    cols[0].metric("Questions", stats["asks"])
    cols[1].metric("Refusal rate", _percent(stats["refusal_rate"]),
                   help=f"{stats['refused']} of {stats['answered']} answered questions refused")
    cols[2].metric("Thumbs-up ratio", _percent(feedback["ratio"]),
                   help=f"{feedback['up']} up, {feedback['down']} down")
    cols[3].metric("Errors", stats["errors"], help="Questions that failed with an error")
    if stats["days"]:
        days = pd.DataFrame(stats["days"]).set_index("date")
        answered = (days["asks"] - days["errors"]).where(lambda n: n > 0)
        # A line through one day is an invisible point: bars until there are two days.
        trend = st.line_chart if len(days) > 1 else partial(st.bar_chart, stack=False)
        st.caption("Questions per day")
        st.bar_chart(days[["asks"]])
        st.caption("Latency per day (seconds)")
        trend(days[["latency_p50_s", "latency_p95_s"]].astype(float))
        st.caption("Refusal rate per day")
        trend((days["refused"] / answered).rename("refusal rate").astype(float))
    else:
        st.info("No questions asked yet.")
    st.caption("Most often unanswered (refused) questions")
    st.dataframe(pd.DataFrame(stats["top_refused"], columns=["question", "count"]),
                 hide_index=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    # Deferred data: the log is read when the button is clicked, not on every rerun of the page.
    for fmt, label, mime in (("jsonl", "JSONL", "application/x-ndjson"),
                             ("csv", "CSV", "text/csv")):
        st.download_button(f"Export audit log ({label})",
                           data=partial(export_audit, kb, admin.name, fmt),
                           file_name=f"kbqa-audit-{stamp}.{fmt}", mime=mime,
                           key=f"admin_audit_export_{fmt}", on_click="ignore")
    privacy_section(kb, admin)
