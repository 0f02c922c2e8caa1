"""The admin area of the Streamlit app: upload and manage documents, manage users, read the audit.

Every action goes through the kbqa Python API with the acting admin's name, so the API checks the
right again and records it in the audit log. Untrusted text (file names, titles, questions,
reasons, error messages) goes into dataframes, or through ``escape_markdown`` into alerts:
Streamlit alerts and progress texts render Markdown, images included.

Widget keys (stable) = labels:
Upload: admin_upload_files = "Documents to add", admin_upload_groups = "Groups",
admin_upload_new_groups = "New groups (comma-separated)", admin_upload_collection = "Collection",
admin_upload_ingest = "Ingest".
Documents: admin_doc_select = "Document", admin_doc_delete_confirm = "Yes, delete it",
admin_doc_delete = "Delete", admin_doc_reingest = "Re-ingest", admin_doc_groups = "Document
groups", admin_doc_new_groups = "More groups for the document (comma-separated)",
admin_doc_set_groups = "Change groups".
Users, form admin_add_user_form: admin_user_name = "Name", admin_user_groups = "Groups of the new
user", admin_user_new_groups = "More groups for the new user (comma-separated)", admin_user_admin
= "Admin", admin_user_password = "Password", admin_user_password2 = "Repeat password",
admin_user_add = "Add user".
Users, the selected user: admin_user_select = "User", admin_user_edit_groups = "User groups",
admin_user_edit_new_groups = "More groups for the user (comma-separated)", admin_user_set_groups =
"Set groups", admin_user_toggle_admin = "Grant admin" / "Revoke admin", admin_user_new_password =
"New password", admin_user_new_password2 = "Repeat new password", admin_user_reset_password =
"Reset password", admin_user_remove_confirm = "Yes, remove this user", admin_user_remove =
"Remove user".
Audit: admin_audit_export_jsonl = "Export audit log (JSONL)", admin_audit_export_csv = "Export
audit log (CSV)".
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from pathlib import Path, PurePosixPath

import pandas as pd
import streamlit as st

from kbqa.errors import AccessDeniedError, ConfigError, DataDirBusyError, KbqaError
from kbqa.knowledge_base import KnowledgeBase
from kbqa.report import STATUSES, IngestReport
from kbqa.store import DocumentRow
from kbqa.users import User, check_group_names
from kbqa.webapp.render import escape_markdown

__all__ = ["admin_page", "export_audit", "save_uploads", "upload_folder"]

log = logging.getLogger(__name__)

_FLASH = "_admin_flash"  # messages to show after st.rerun(): (alert kind, text)
_RESET = "_admin_reset"  # widget values to set at the start of the next run


# -- pure helpers ------------------------------------------------------------------------------
def upload_folder(kb: KnowledgeBase, collection: str) -> Path:
    """Where uploads for ``collection`` are kept: one folder per collection, since a document
    is identified by its path within its collection (two collections may hold a
    ``report.pdf`` each, with different groups)."""
    readable = re.sub(r"[^A-Za-z0-9_-]", "_", collection)[:40]
    digest = hashlib.sha256(collection.encode("utf-8")).hexdigest()[:8]
    return kb.data_dir / "uploads" / f"{readable}-{digest}"


def save_uploads(
    upload_dir: Path, files: Sequence[tuple[str, bytes]], max_mb: int
) -> tuple[list[Path], list[str]]:
    """Save uploaded files into ``upload_dir`` under their base names.

    A name's directory parts are dropped (browsers may send them; an attacker may send ``..``);
    empty, ``..`` and hidden names are rejected, as are files over ``max_mb`` megabytes and a
    second file of the same name in one batch. An existing file of the same name is replaced:
    a re-upload is a new version of that document.

    Returns:
        The saved paths, and one line per rejected file saying why.
    """
    saved: list[Path] = []
    errors: list[str] = []
    limit = max_mb * 1024 * 1024
    for raw_name, data in files:
        name = PurePosixPath(raw_name.replace("\\", "/")).name
        if (not name or name.startswith(".") or any(ord(ch) < 32 for ch in name)
                or len(name.encode("utf-8")) > 255):
            errors.append(f"{raw_name!r}: not a usable file name (empty, '..', hidden, too long "
                          "or with control characters); rename the file and upload it again")
            continue
        if len(data) > limit:
            errors.append(f"{name}: {len(data) / 1024 / 1024:.1f} MB is over the upload limit "
                          f"of {max_mb} MB (setting KBQA_MAX_UPLOAD_MB)")
            continue
        target = upload_dir / name
        if target in saved:
            errors.append(f"{name}: uploaded twice in one batch; only the first was kept")
            continue
        tmp = ""
        try:
            upload_dir.mkdir(parents=True, exist_ok=True)
            # Write beside the target, then rename: an ingest running meanwhile never reads a
            # half-written file. The temporary name is hidden, so folder ingests skip it.
            fd, tmp = tempfile.mkstemp(dir=upload_dir, prefix=f".{name[:50]}.", suffix=".part")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, target)
        except OSError as exc:
            if tmp:
                Path(tmp).unlink(missing_ok=True)
            errors.append(f"{name}: could not be saved ({exc.strerror or exc})")
            continue
        saved.append(target)
    return saved, errors


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


def _parse_groups(selected: Sequence[str], typed: str) -> list[str] | None:
    """Selected groups plus comma-separated typed ones; None (with an error shown) if invalid."""
    try:
        return check_group_names([*selected, *(g for g in typed.split(",") if g.strip())])
    except ConfigError as exc:
        _alert("error", str(exc))
        return None


def _when(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if value else ""


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


# -- page plumbing -----------------------------------------------------------------------------
def _alert(kind: str, text: str) -> None:
    getattr(st, kind)(escape_markdown(text))


def _done(messages: list[tuple[str, str]], reset: dict[str, object] | None = None) -> None:
    """Finish an action that changed data shown above: rerun so every table is fresh, and show
    ``messages`` and set the widgets in ``reset`` to their values in that run (None: forget the
    key). A value set through session state reaches the browser; a forgotten one does not."""
    st.session_state[_FLASH] = messages
    st.session_state[_RESET] = reset or {}
    st.rerun()


def _attempt(action: Callable[[], object], hint: str = "") -> object | None:
    """Run an API call; a kbqa error becomes one readable alert with what to do, never a
    traceback. Returns None when it failed."""
    try:
        return action()
    except DataDirBusyError as exc:
        _alert("error", f"{exc}. Another ingest or deletion is running: wait until it has "
                        "finished, then try again.")
    except AccessDeniedError as exc:
        _alert("error", f"{exc}. Your admin rights may have been revoked: reload the page.")
    except KbqaError as exc:
        _alert("error", f"{exc}{'. ' + hint if hint else ''}")
    except Exception as exc:  # a bug or an outage: the page stays usable, the log has details
        log.exception("admin action failed")
        _alert("error", f"Unexpected error ({type(exc).__name__}: {exc}); the server log has "
                        "the details.")
    return None


def _seed(key: str, owner: object, value: object) -> None:
    """Set widget ``key`` to ``value`` when the thing it edits changes: a keyed widget would
    otherwise keep the value it had for the previously selected document or user."""
    marker = f"_{key}_owner"
    if st.session_state.get(marker) != owner:
        st.session_state[marker] = owner
        st.session_state[key] = value


def _keep_valid(key: str, options: list[object]) -> None:
    """Point selectbox ``key`` at the first option when its choice is gone (a deleted document
    or user), in the browser too."""
    if options and st.session_state.get(key) not in options:
        st.session_state[key] = options[0]


def _report_messages(report: IngestReport) -> list[tuple[str, str]]:
    counts = report.counts
    parts = [f"{counts[s]} {s}" for s in STATUSES if counts[s]] or ["nothing to do"]
    summary = (f"Done: {', '.join(parts)}. Chunks: {counts['chunks_added']} added, "
               f"{counts['chunks_removed']} removed.")
    all_failed = counts["failed"] and counts["failed"] == counts["seen"]
    messages = [("warning" if all_failed else "success", summary)]
    messages += [("error", f"{Path(f.path).name}: {f.reason}") for f in report.failures]
    return messages


# -- the page ----------------------------------------------------------------------------------
def admin_page(kb: KnowledgeBase, user: User) -> None:
    """The admin area: Upload, Documents, Users and Audit tabs.

    Args:
        kb: The knowledge base.
        user: The signed-in user; read again, and refused unless an admin now.
    """
    current = kb.users.get(user.name)
    if current is None or not current.is_admin:
        st.error("This page is for administrators.")
        return
    for key, value in st.session_state.pop(_RESET, {}).items():
        if value is None:
            st.session_state.pop(key, None)
        else:
            st.session_state[key] = value
    # Always present, so the tabs keep their place, and the browser the open tab, on a rerun.
    notices = st.container()
    for kind, text in st.session_state.pop(_FLASH, []):
        with notices:
            _alert(kind, text)
    groups = sorted({g for u in kb.users.list() for g in u.groups}
                    | {g for d in kb.documents() for g in d.group_names})
    upload, documents, people, audit = st.tabs(["Upload", "Documents", "Users", "Audit"])
    with upload:
        _upload_tab(kb, current, groups)
    with documents:
        _documents_tab(kb, current, groups)
    with people:
        _users_tab(kb, current, groups)
    with audit:
        _audit_tab(kb, current)


def _upload_tab(kb: KnowledgeBase, admin: User, groups: list[str]) -> None:
    files = st.file_uploader("Documents to add", accept_multiple_files=True,
                             key="admin_upload_files")
    chosen = st.multiselect("Groups", groups, key="admin_upload_groups")
    typed = st.text_input("New groups (comma-separated)", key="admin_upload_new_groups")
    st.caption("Without groups, new documents are visible to every signed-in user; a re-uploaded "
               "document keeps its groups.")
    collection = st.text_input("Collection", value=kb.settings.collection,
                               key="admin_upload_collection")
    if not st.button("Ingest", key="admin_upload_ingest"):
        return
    if not files:
        st.warning("Choose one or more files to upload first.")
        return
    doc_groups = _parse_groups(chosen, typed)
    if doc_groups is None:
        return
    bar = st.progress(0.0, text="Starting…")

    def progress(name: str, done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=escape_markdown(f"{name} ({done + 1} of {total})"))

    def save_and_ingest() -> IngestReport | None:
        # Under the writer lock: no other upload can replace a saved file before it is ingested.
        with kb.writing():
            paths, problems = save_uploads(upload_folder(kb, collection or kb.settings.collection),
                                           [(f.name, f.getvalue()) for f in files],
                                           kb.settings.max_upload_mb)
            for line in problems:
                _alert("error", line)
            if not paths:
                return None
            return kb.ingest(paths, groups=doc_groups, collection=collection.strip() or None,
                             user=admin.name, progress=progress)

    report = _attempt(save_and_ingest, hint="Fix the cause, then click Ingest again.")
    bar.empty()
    if not isinstance(report, IngestReport):
        return
    st.dataframe(pd.DataFrame(
        [{"file": Path(f.path).name, "status": f.status, "kind": f.kind or "",
          "reason": f.reason or "", "chunks": f.chunks} for f in report.files]
    ), hide_index=True)
    for kind, text in _report_messages(report):
        _alert(kind, text)


def _status(doc: DocumentRow) -> str:
    """A document's state as an admin needs it (a stat per document, no file reads)."""
    if not Path(doc.path).is_file():
        return "file missing: re-upload to re-ingest"
    return "ingested, with warnings" if doc.warnings else "ingested"


def _documents_tab(kb: KnowledgeBase, admin: User, groups: list[str]) -> None:
    docs = {d.id: d for d in kb.documents()}
    if not docs:
        st.info("No documents yet: add some in the Upload tab.")
        return
    st.dataframe(pd.DataFrame(
        [{"id": d.id, "title": d.title, "collection": d.collection, "format": d.format,
          "chunks": d.n_chunks, "groups": ", ".join(d.group_names) or "(all users)",
          "status": _status(d), "ingested_at": _when(d.ingested_at),
          "file": Path(d.path).name, "warnings": len(d.warnings or [])}
         for d in docs.values()]
    ), hide_index=True)
    _keep_valid("admin_doc_select", list(docs))
    doc_id = st.selectbox("Document", list(docs), key="admin_doc_select",
                          format_func=lambda i: f"{docs[i].title} ({Path(docs[i].path).name})")
    if doc_id not in docs:
        return
    doc = docs[doc_id]
    file_exists = Path(doc.path).is_file()
    missing = (f"The file of this document no longer exists ({doc.path}): upload it again in "
               "the Upload tab, or delete the document.")
    left, middle, right = st.columns(3)
    with left:
        confirm = st.checkbox("Yes, delete it", key="admin_doc_delete_confirm")
        if st.button("Delete", key="admin_doc_delete"):
            if not confirm:
                st.warning("Tick “Yes, delete it” first.")
            else:
                removed = _attempt(lambda: kb.delete_document(doc.id, user=admin.name))
                if removed is not None:
                    done = f"Deleted {doc.title} ({Path(doc.path).name}): {removed} chunks removed."
                    _done([("success", done)],
                          reset={"admin_doc_delete_confirm": False})
    with middle:
        if st.button("Re-ingest", key="admin_doc_reingest"):
            if not file_exists:
                _alert("error", missing)
            else:
                report = _attempt(lambda: kb.ingest(doc.path, groups=doc.group_names,
                                                    collection=doc.collection, force=True,
                                                    user=admin.name))
                if isinstance(report, IngestReport):
                    _done(_report_messages(report))
    with right:
        _seed("admin_doc_groups", doc.id, doc.group_names)
        options = sorted({*groups, *doc.group_names})  # a group added by an upload just now
        chosen = st.multiselect("Document groups", options, key="admin_doc_groups")
        typed = st.text_input("More groups for the document (comma-separated)",
                              key="admin_doc_new_groups")
        if st.button("Change groups", key="admin_doc_set_groups"):
            _change_doc_groups(kb, admin, doc, chosen, typed, missing if not file_exists else "")


def _change_doc_groups(kb: KnowledgeBase, admin: User, doc: DocumentRow, chosen: list[str],
                       typed: str, missing: str) -> None:
    new_groups = _parse_groups(chosen, typed)
    if new_groups is None:
        return
    if not new_groups:
        # The API reads empty groups as "keep the old ones", so emptying is not possible here.
        st.info("A document cannot be made visible to everyone from here: delete it, then upload "
                "it again without groups.")
    elif missing:
        _alert("error", missing)
    else:
        report = _attempt(lambda: kb.ingest(doc.path, groups=new_groups,
                                            collection=doc.collection, user=admin.name))
        if isinstance(report, IngestReport):
            _done(_report_messages(report),
                  reset={"_admin_doc_groups_owner": None, "admin_doc_new_groups": ""})


def _users_tab(kb: KnowledgeBase, admin: User, groups: list[str]) -> None:
    users = {u.name: u for u in kb.users.list()}
    st.dataframe(pd.DataFrame(
        [{"name": u.name, "groups": ", ".join(sorted(u.groups)), "admin": u.is_admin,
          "has password": u.has_password, "created": _when(u.created_at)} for u in users.values()]
    ), hide_index=True)
    _add_user_form(kb, admin, groups)
    st.subheader("Change a user")
    _keep_valid("admin_user_select", list(users))
    name = st.selectbox("User", list(users), key="admin_user_select")
    if name not in users:
        return
    _edit_user(kb, admin, users[name], groups)


def _add_user_form(kb: KnowledgeBase, admin: User, groups: list[str]) -> None:
    with st.form("admin_add_user_form"):
        st.subheader("Add user")
        name = st.text_input("Name", key="admin_user_name")
        chosen = st.multiselect("Groups of the new user", groups, key="admin_user_groups")
        typed = st.text_input("More groups for the new user (comma-separated)",
                              key="admin_user_new_groups")
        is_admin = st.checkbox("Admin", key="admin_user_admin")
        password = st.text_input("Password", type="password", key="admin_user_password")
        repeat = st.text_input("Repeat password", type="password", key="admin_user_password2")
        st.caption("At least 8 characters. Leave both empty for an account that signs in only "
                   "through single sign-on.")
        submitted = st.form_submit_button("Add user", key="admin_user_add")
    if not submitted:
        return
    if password != repeat:
        st.error("The passwords do not match; type them again.")
        return
    user_groups = _parse_groups(chosen, typed)
    if user_groups is None:
        return
    added = _attempt(lambda: kb.users.add(name, groups=user_groups, admin=is_admin,
                                          password=password or None, by=admin.name))
    if isinstance(added, User):
        _done([("success", f"Added user {added.name}.")],
              reset={"admin_user_name": "", "admin_user_groups": [], "admin_user_new_groups": "",
                     "admin_user_admin": False, "admin_user_password": "",
                     "admin_user_password2": ""})


def _edit_user(kb: KnowledgeBase, admin: User, target: User, groups: list[str]) -> None:
    is_self = target.name == admin.name
    _seed("admin_user_edit_groups", target.name, sorted(target.groups))
    chosen = st.multiselect("User groups", sorted({*groups, *target.groups}),
                            key="admin_user_edit_groups")
    typed = st.text_input("More groups for the user (comma-separated)",
                          key="admin_user_edit_new_groups")
    if st.button("Set groups", key="admin_user_set_groups"):
        new_groups = _parse_groups(chosen, typed)
        if new_groups is not None and _attempt(
            lambda: kb.users.set_groups(target.name, new_groups, by=admin.name)
        ):
            _done([("success", f"Groups of {target.name}: {', '.join(new_groups) or 'none'}.")],
                  reset={"_admin_user_edit_groups_owner": None, "admin_user_edit_new_groups": ""})
    label = "Revoke admin" if target.is_admin else "Grant admin"
    if st.button(label, key="admin_user_toggle_admin"):
        if is_self:
            # Revoking one's own rights would lock one out of this page mid-session.
            st.error("You cannot revoke your own admin rights; ask another admin.")
        elif _attempt(lambda: kb.users.set_admin(target.name, not target.is_admin,
                                                 by=admin.name)):
            _done([("success", f"{label} for {target.name}: done.")])
    password = st.text_input("New password", type="password", key="admin_user_new_password")
    repeat = st.text_input("Repeat new password", type="password",
                           key="admin_user_new_password2")
    if st.button("Reset password", key="admin_user_reset_password"):
        if not password or password != repeat:
            st.error("Type the same new password twice.")
        elif _attempt(lambda: kb.users.set_password(target.name, password, by=admin.name)
                      or True):
            _done([("success", f"New password set for {target.name}.")],
                  reset={"admin_user_new_password": "", "admin_user_new_password2": ""})
    confirm = st.checkbox("Yes, remove this user", key="admin_user_remove_confirm")
    if st.button("Remove user", key="admin_user_remove"):
        if is_self:
            st.error("You cannot remove yourself; ask another admin.")
        elif not confirm:
            st.warning("Tick “Yes, remove this user” first.")
        elif _attempt(lambda: kb.users.remove(target.name, by=admin.name) or True):
            _done([("success", f"Removed user {target.name}; their audit records stay.")],
                  reset={"admin_user_remove_confirm": False})


def _audit_tab(kb: KnowledgeBase, admin: User) -> None:
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
                           data=lambda fmt=fmt: export_audit(kb, admin.name, fmt),
                           file_name=f"kbqa-audit-{stamp}.{fmt}", mime=mime,
                           key=f"admin_audit_export_{fmt}", on_click="ignore")
