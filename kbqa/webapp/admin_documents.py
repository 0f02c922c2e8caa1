"""The Upload and Documents tabs of the admin area: save uploaded files and ingest them, and
delete, re-ingest or regroup a document.

Widget keys (stable) = labels:
Upload: admin_upload_files = "Documents to add", admin_upload_groups = "Groups",
admin_upload_new_groups = "New groups (comma-separated)", admin_upload_collection = "Collection",
admin_upload_ingest = "Ingest".
Documents: admin_doc_select = "Document", admin_doc_delete_confirm = "Yes, delete it",
admin_doc_delete = "Delete", admin_doc_reingest = "Re-ingest", admin_doc_groups = "Document
groups", admin_doc_new_groups = "More groups for the document (comma-separated)",
admin_doc_set_groups = "Change groups".
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

import pandas as pd
import streamlit as st

from kbqa.knowledge_base import KnowledgeBase
from kbqa.report import IngestReport
from kbqa.store import DocumentRow
from kbqa.users import User
from kbqa.webapp.admin_actions import (
    alert,
    attempt,
    format_time,
    keep_valid,
    parse_groups,
    report_messages,
    rerun_with,
    seed,
)
from kbqa.webapp.render import escape_markdown

__all__ = ["documents_tab", "save_uploads", "upload_folder", "upload_tab"]


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


def upload_tab(kb: KnowledgeBase, admin: User, groups: list[str]) -> None:
    """The Upload tab: files to save and ingest with their groups and collection; ``groups``
    are the groups known so far, to choose from."""
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
    doc_groups = parse_groups(chosen, typed)
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
                alert("error", line)
            if not paths:
                return None
            return kb.ingest(paths, groups=doc_groups, collection=collection.strip() or None,
                             user=admin.name, progress=progress)

    report = attempt(save_and_ingest, hint="Fix the cause, then click Ingest again.")
    bar.empty()
    if not isinstance(report, IngestReport):
        return
    st.dataframe(pd.DataFrame(
        [{"file": Path(f.path).name, "status": f.status, "kind": f.kind or "",
          "reason": f.reason or "", "chunks": f.chunks} for f in report.files]
    ), hide_index=True)
    for kind, text in report_messages(report):
        alert(kind, text)


def _status(doc: DocumentRow) -> str:
    """A document's state as an admin needs it (a stat per document, no file reads)."""
    if not Path(doc.path).is_file():
        return "file missing: re-upload to re-ingest"
    return "ingested, with warnings" if doc.warnings else "ingested"


def documents_tab(kb: KnowledgeBase, admin: User, groups: list[str]) -> None:
    """The Documents tab: the table of documents, and delete, re-ingest or regroup one."""
    docs = {d.id: d for d in kb.documents()}
    if not docs:
        st.info("No documents yet: add some in the Upload tab.")
        return
    st.dataframe(pd.DataFrame(
        [{"id": d.id, "title": d.title, "collection": d.collection, "format": d.format,
          "chunks": d.n_chunks, "groups": ", ".join(d.group_names) or "(all users)",
          "status": _status(d), "ingested_at": format_time(d.ingested_at),
          "file": Path(d.path).name, "warnings": len(d.warnings or [])}
         for d in docs.values()]
    ), hide_index=True)
    keep_valid("admin_doc_select", list(docs))
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
                removed = attempt(lambda: kb.delete_document(doc.id, user=admin.name))
                if removed is not None:
                    done = f"Deleted {doc.title} ({Path(doc.path).name}): {removed} chunks removed."
                    rerun_with([("success", done)],
                               reset={"admin_doc_delete_confirm": False})
    with middle:
        if st.button("Re-ingest", key="admin_doc_reingest"):
            if not file_exists:
                alert("error", missing)
            else:
                report = attempt(lambda: kb.ingest(doc.path, groups=doc.group_names,
                                                   collection=doc.collection, force=True,
                                                   user=admin.name))
                if isinstance(report, IngestReport):
                    rerun_with(report_messages(report))
    with right:
        seed("admin_doc_groups", doc.id, doc.group_names)
        options = sorted({*groups, *doc.group_names})  # a group added by an upload just now
        chosen = st.multiselect("Document groups", options, key="admin_doc_groups")
        typed = st.text_input("More groups for the document (comma-separated)",
                              key="admin_doc_new_groups")
        if st.button("Change groups", key="admin_doc_set_groups"):
            _change_doc_groups(kb, admin, doc, chosen, typed, missing if not file_exists else "")


def _change_doc_groups(kb: KnowledgeBase, admin: User, doc: DocumentRow, chosen: list[str],
                       typed: str, missing: str) -> None:
    new_groups = parse_groups(chosen, typed)
    if new_groups is None:
        return
    if not new_groups:
        # The API reads empty groups as "keep the old ones", so emptying is not possible here.
        st.info("A document cannot be made visible to everyone from here: delete it, then upload "
                "it again without groups.")
    elif missing:
        alert("error", missing)
    else:
        report = attempt(lambda: kb.ingest(doc.path, groups=new_groups,
                                           collection=doc.collection, user=admin.name))
        if isinstance(report, IngestReport):
            rerun_with(report_messages(report),
                       reset={"_admin_doc_groups_owner": None, "admin_doc_new_groups": ""})

