"""The admin area of the Streamlit app (``kbqa.webapp.admin``), driven through Streamlit's AppTest
over a real knowledge base: real models, real SQLite, real audit log."""

import json
import re
import shutil
import textwrap
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kbqa import KnowledgeBase
from kbqa.errors import AccessDeniedError
from kbqa.webapp.admin_audit import export_audit
from kbqa.webapp.admin_documents import save_uploads, upload_folder

SCRIPT = """
import os
from kbqa import KnowledgeBase
from kbqa.users import User
from kbqa.webapp.admin import admin_page

kb = KnowledgeBase(os.environ["KBQA_DATA_DIR"])
name = os.environ["KBQA_TEST_USER"]
if os.environ.get("KBQA_TEST_STALE_ADMIN"):
    # A session that signed in as an admin whose rights were revoked since.
    user = User(name=name, groups=frozenset(), is_admin=True)
else:
    user = kb.users.get(name)
admin_page(kb, user)
"""

PARKING = "# Parking\n\nVisitors park in lot C behind the warehouse. The gate opens at 7:00.\n"
LEAVE = "# Parental leave\n\nParents get sixteen weeks of paid parental leave after a birth.\n"


def plain(text: str) -> str:
    """An alert's text without the Markdown escapes the page adds to untrusted strings."""
    return re.sub(r"\\(.)", r"\1", text)


def errors(at: AppTest) -> list[str]:
    return [plain(e.value) for e in at.error]


# -- save_uploads ------------------------------------------------------------------------------
def test_upload_names_with_directories_are_saved_as_basenames_inside_the_folder(tmp_path):
    target = tmp_path / "srv" / "uploads"
    saved, problems = save_uploads(target, [
        ("../../etc/passwd", b"x"), ("/abs/x.md", b"y"), ("a/b.md", b"z"),
        ("C:\\Users\\eve\\c.md", b"w"),
    ], max_mb=1)
    assert problems == []
    assert saved == [target / "passwd", target / "x.md", target / "b.md", target / "c.md"]
    assert sorted(p.name for p in target.iterdir()) == ["b.md", "c.md", "passwd", "x.md"]
    assert not (tmp_path / "etc").exists() and not (tmp_path / "srv" / "etc").exists()
    assert (target / "passwd").read_bytes() == b"x"


@pytest.mark.parametrize("name", ["", "..", "a/..", ".env", "docs/.hidden.md", "bad\x00.md"])
def test_unusable_upload_names_are_rejected(tmp_path, name):
    saved, problems = save_uploads(tmp_path / "uploads", [(name, b"data")], max_mb=1)
    assert saved == []
    assert len(problems) == 1
    assert not (tmp_path / "uploads").exists() or not any((tmp_path / "uploads").iterdir())


def test_oversize_upload_is_rejected_naming_the_file_others_are_saved(tmp_path):
    big = b"x" * (1024 * 1024 + 1)
    saved, problems = save_uploads(tmp_path, [("huge.pdf", big), ("ok.md", b"fine")], max_mb=1)
    assert saved == [tmp_path / "ok.md"]
    assert len(problems) == 1 and "huge.pdf" in problems[0] and "1 MB" in problems[0]
    assert not (tmp_path / "huge.pdf").exists()


def test_reupload_overwrites_and_leaves_no_temporary_files(tmp_path):
    save_uploads(tmp_path, [("policy.md", b"version 1")], max_mb=1)
    saved, problems = save_uploads(tmp_path, [("policy.md", b"version 2")], max_mb=1)
    assert problems == [] and saved == [tmp_path / "policy.md"]
    assert (tmp_path / "policy.md").read_bytes() == b"version 2"
    assert [p.name for p in tmp_path.iterdir()] == ["policy.md"]


def test_a_file_that_cannot_be_written_is_reported_and_leaves_nothing_behind(tmp_path):
    (tmp_path / "taken.md").mkdir()  # a folder where the file should go: the rename fails
    saved, problems = save_uploads(tmp_path, [("taken.md", b"x"), ("ok.md", b"y")], max_mb=1)
    assert saved == [tmp_path / "ok.md"]
    assert len(problems) == 1 and problems[0].startswith("taken.md: could not be saved")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.md", "taken.md"]


def test_two_files_of_one_name_in_a_batch_keep_the_first(tmp_path):
    saved, problems = save_uploads(tmp_path, [("a/x.md", b"one"), ("b/x.md", b"two")], max_mb=1)
    assert saved == [tmp_path / "x.md"] and (tmp_path / "x.md").read_bytes() == b"one"
    assert len(problems) == 1 and "x.md" in problems[0]


# -- the page, over a real knowledge base --------------------------------------------------------
@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A data dir with root (admin), ann (hr) and two markdown files ingested for hr; built once,
    copied per test."""
    docs = tmp_path_factory.mktemp("admin_docs")
    (docs / "parking.md").write_text(PARKING, encoding="utf-8")
    (docs / "leave.md").write_text(LEAVE, encoding="utf-8")
    data = tmp_path_factory.mktemp("admin_template") / "kb"
    kb = KnowledgeBase(data)
    kb.users.add("root", admin=True)
    kb.users.add("ann", groups=["hr"])
    report = kb.ingest(docs, groups=["hr"])
    assert report.counts["ingested"] == 2, report.to_dict()
    kb.store.engine.dispose()
    return data


@pytest.fixture
def kb_dir(template, tmp_path, monkeypatch) -> Path:
    data = tmp_path / "kb"
    shutil.copytree(template, data)
    monkeypatch.setenv("KBQA_DATA_DIR", str(data))
    monkeypatch.setenv("KBQA_TEST_USER", "root")
    return data


@pytest.fixture
def app(kb_dir, tmp_path, monkeypatch):
    script = tmp_path / "admin_app.py"
    script.write_text(textwrap.dedent(SCRIPT), encoding="utf-8")

    def start(user: str = "root") -> AppTest:
        monkeypatch.setenv("KBQA_TEST_USER", user)
        return AppTest.from_file(str(script), default_timeout=120).run()

    return start


def test_the_answers_tab_says_which_answer_mode_is_in_force_and_why(app, monkeypatch):
    at = app()
    answers = next(t for t in at.tabs if t.label == "Answers")
    assert [h.value for h in answers.subheader][0] == "Answer mode: extractive"
    assert "KBQA_LLM_BACKEND=none" in answers.markdown[0].value
    monkeypatch.setenv("KBQA_LLM_BACKEND", "openai")
    monkeypatch.setenv("KBQA_LLM_BASE_URL", "http://gpu-host:8000/v1")
    from kbqa import metrics

    metrics.observe_verification("openai", 1, 3)  # this process's counters, as an ask makes them
    at = app()
    answers = next(t for t in at.tabs if t.label == "Answers")
    assert [h.value for h in answers.subheader][0] == "Answer mode: generated"
    assert "http://gpu-host:8000/v1" in answers.markdown[0].value
    table = answers.dataframe[0].value.set_index("backend")
    assert table.loc["openai", "answers"] >= 1 and 0 < table.loc["openai", "sentences dropped"] < 1


def test_non_admin_gets_an_error_and_no_tabs(app, kb_dir):
    at = app("ann")
    assert not at.exception
    assert errors(at) == ["This page is for administrators."]
    assert len(at.tabs) == 0 and len(at.dataframe) == 0


def test_revoked_admin_is_refused_although_the_session_says_admin(app, monkeypatch):
    monkeypatch.setenv("KBQA_TEST_STALE_ADMIN", "1")
    at = app("ann")
    assert errors(at) == ["This page is for administrators."]
    assert len(at.tabs) == 0


def test_admin_sees_the_tabs_and_the_documents_table(app):
    at = app()
    assert not at.exception
    assert [t.label for t in at.tabs] == ["Upload", "Documents", "Users", "Audit", "Answers"]
    table = at.tabs[1].dataframe[0].value
    assert sorted(table["file"]) == ["leave.md", "parking.md"]
    assert set(table["groups"]) == {"hr"}
    assert {"id", "title", "collection", "format", "chunks", "ingested_at",
            "warnings"} <= set(table.columns)


def test_deleting_a_document_through_the_page_removes_it_and_is_audited(app, kb_dir):
    kb = KnowledgeBase(kb_dir)
    victim = next(d for d in kb.documents() if d.path.endswith("parking.md"))
    at = app()
    at.selectbox(key="admin_doc_select").set_value(victim.id).run()
    at.button(key="admin_doc_delete").click().run()  # not confirmed: nothing happens
    assert any("Yes, delete it" in w.value for w in at.warning)
    assert len(kb.documents()) == 2
    at.checkbox(key="admin_doc_delete_confirm").check()
    at.button(key="admin_doc_delete").click().run()
    assert not at.exception and errors(at) == []
    assert [Path(d.path).name for d in kb.documents()] == ["leave.md"]
    assert any("parking.md" in plain(s.value) for s in at.success)
    assert list(at.tabs[1].dataframe[0].value["file"]) == ["leave.md"]
    assert at.checkbox(key="admin_doc_delete_confirm").value is False
    record = [r for r in kb.audit.records(kinds=("admin",))][-1]
    assert record.actor == "root"
    assert record.payload["action"] == "document_deleted"
    assert record.payload["target"].endswith("parking.md")


def test_delete_while_another_process_writes_shows_what_to_do_not_a_traceback(app, kb_dir):
    from kbqa.lock import writer_lock

    kb = KnowledgeBase(kb_dir)
    doc = kb.documents()[0]
    at = app()
    at.selectbox(key="admin_doc_select").set_value(doc.id).run()
    at.checkbox(key="admin_doc_delete_confirm").check()
    with writer_lock(kb_dir):  # as an ingest running in another process would
        at.button(key="admin_doc_delete").click().run()
    assert not at.exception
    assert any("is writing to" in e and "wait until it has finished" in e for e in errors(at))
    assert len(kb.documents()) == 2


def test_reingest_parses_the_file_again_keeping_groups(app, kb_dir):
    kb = KnowledgeBase(kb_dir)
    doc = next(d for d in kb.documents() if d.path.endswith("leave.md"))
    at = app()
    at.selectbox(key="admin_doc_select").set_value(doc.id).run()
    at.button(key="admin_doc_reingest").click().run()
    assert not at.exception and errors(at) == []
    assert [plain(s.value) for s in at.success] == ["Done: 1 replaced. Chunks: 1 added, 1 removed."]
    again = next(d for d in kb.documents() if d.path.endswith("leave.md"))
    assert again.ingested_at > doc.ingested_at and again.group_names == ["hr"]
    run = [r for r in kb.audit.records(kinds=("ingest",))][-1]
    assert run.actor == "root"


def test_reingest_of_a_missing_file_says_so(app, kb_dir, template):
    kb = KnowledgeBase(kb_dir)
    doc = kb.documents()[0]
    moved = Path(doc.path).with_suffix(".bak")
    Path(doc.path).rename(moved)
    try:
        at = app()
        at.selectbox(key="admin_doc_select").set_value(doc.id).run()
        at.button(key="admin_doc_reingest").click().run()
        assert any("no longer exists" in e for e in errors(at))
    finally:
        moved.rename(doc.path)


def test_adding_a_user_through_the_form_creates_them_with_groups_and_password(app, kb_dir):
    at = app()
    at.text_input(key="admin_user_name").input("Bob")
    at.multiselect(key="admin_user_groups").select("hr")
    at.text_input(key="admin_user_new_groups").input("finance, legal ")
    at.text_input(key="admin_user_password").input("correct horse")
    at.text_input(key="admin_user_password2").input("correct horse")
    at.button(key="admin_user_add").click().run()
    assert not at.exception and errors(at) == []
    kb = KnowledgeBase(kb_dir)
    bob = kb.users.get("bob")
    assert bob is not None and bob.groups == {"hr", "finance", "legal"} and not bob.is_admin
    assert kb.users.authenticate("bob", "correct horse") == bob
    assert kb.users.authenticate("bob", "wrong horse") is None
    assert "bob" in list(at.tabs[2].dataframe[0].value["name"])
    assert at.text_input(key="admin_user_password").value == ""  # not kept in the session
    created = [r for r in kb.audit.records(kinds=("admin",))][-1]
    assert (created.actor, created.payload["action"]) == ("root", "user_created")


def test_mismatched_passwords_show_an_error_and_create_nobody(app, kb_dir):
    at = app()
    at.text_input(key="admin_user_name").input("carol")
    at.text_input(key="admin_user_password").input("correct horse")
    at.text_input(key="admin_user_password2").input("correct house")
    at.button(key="admin_user_add").click().run()
    assert any("do not match" in e for e in errors(at))
    assert KnowledgeBase(kb_dir).users.get("carol") is None


def test_too_short_password_is_refused_by_the_api_with_a_readable_error(app, kb_dir):
    at = app()
    at.text_input(key="admin_user_name").input("dave")
    at.text_input(key="admin_user_password").input("short")
    at.text_input(key="admin_user_password2").input("short")
    at.button(key="admin_user_add").click().run()
    assert not at.exception
    assert any("at least 8 characters" in e for e in errors(at))
    assert KnowledgeBase(kb_dir).users.get("dave") is None


def test_setting_groups_and_refusing_to_remove_oneself(app, kb_dir):
    at = app()
    at.selectbox(key="admin_user_select").set_value("ann").run()
    assert at.multiselect(key="admin_user_edit_groups").value == ["hr"]
    at.text_input(key="admin_user_edit_new_groups").input("finance")
    at.button(key="admin_user_set_groups").click().run()
    assert not at.exception and errors(at) == []
    assert KnowledgeBase(kb_dir).users.get("ann").groups == {"hr", "finance"}
    at.selectbox(key="admin_user_select").set_value("root").run()
    at.checkbox(key="admin_user_remove_confirm").check()
    at.button(key="admin_user_remove").click().run()
    assert any("cannot remove yourself" in e for e in errors(at))
    assert KnowledgeBase(kb_dir).users.get("root") is not None


def test_changing_a_documents_groups_regroups_it(app, kb_dir):
    kb = KnowledgeBase(kb_dir)
    doc = next(d for d in kb.documents() if d.path.endswith("leave.md"))
    at = app()
    at.selectbox(key="admin_doc_select").set_value(doc.id).run()
    assert at.multiselect(key="admin_doc_groups").value == ["hr"]
    at.multiselect(key="admin_doc_groups").unselect("hr")
    at.text_input(key="admin_doc_new_groups").input("board")
    at.button(key="admin_doc_set_groups").click().run()
    assert not at.exception and errors(at) == []
    assert kb.store.document(doc.id).group_names == ["board"]
    assert any("1 regrouped" in plain(s.value) for s in at.success)


def test_upload_ingests_new_files_and_rejects_oversize_ones(app, kb_dir, monkeypatch):
    monkeypatch.setenv("KBQA_MAX_UPLOAD_MB", "1")
    at = app()
    at.file_uploader(key="admin_upload_files").set_value([
        ("../canteen.md", b"# Canteen\n\nThe canteen serves lunch from 11:30 to 14:00.\n",
         "text/markdown"),
        ("huge.md", b"x" * (1024 * 1024 + 10), "text/markdown"),
    ])
    at.text_input(key="admin_upload_new_groups").input("staff")
    at.button(key="admin_upload_ingest").click().run()
    assert not at.exception
    assert any(e.startswith("huge.md:") and "1 MB" in e for e in errors(at))
    outcome = at.tabs[0].dataframe[0].value
    assert list(outcome["file"]) == ["canteen.md"] and list(outcome["status"]) == ["ingested"]
    assert any("1 ingested" in plain(s.value) for s in at.success)
    kb = KnowledgeBase(kb_dir)
    canteen = next(d for d in kb.documents() if d.path.endswith("canteen.md"))
    # One folder per collection: a report.pdf in another collection is another file.
    assert Path(canteen.path) == (upload_folder(KnowledgeBase(kb_dir), canteen.collection)
                                  / "canteen.md").resolve()
    assert upload_folder(KnowledgeBase(kb_dir), "hr") != upload_folder(KnowledgeBase(kb_dir),
                                                                      "default")
    assert canteen.group_names == ["staff"]
    assert "canteen.md" in list(at.tabs[1].dataframe[0].value["file"])
    ingest = [r for r in kb.audit.records(kinds=("ingest",))][-1]
    assert ingest.actor == "root"


def test_audit_tab_shows_metrics_charts_and_export_buttons(app, kb_dir):
    kb = KnowledgeBase(kb_dir)
    kb.ask("Where do visitors park?", user="ann", use_llm=False)
    kb.ask("What is the airspeed of an unladen swallow?", user="ann", use_llm=False)
    at = app()
    assert not at.exception
    metrics = {m.label: m.value for m in at.tabs[3].metric}
    assert metrics["Questions"] == "2"
    assert set(metrics) == {"Questions", "Refusal rate", "Thumbs-up ratio", "Errors"}
    assert metrics["Errors"] == "0"
    assert metrics["Thumbs-up ratio"] == "–"
    assert len(at.tabs[3].get("vega_lite_chart")) == 3  # questions, latency, refusal rate
    exports = list(at.get("download_button"))
    assert {b.label for b in exports} == {"Export audit log (JSONL)", "Export audit log (CSV)"}
    assert kb.audit.stats()["refused"] == 1  # the swallow: nothing in the documents answers it
    assert metrics["Refusal rate"] == "50%"
    top = at.tabs[3].dataframe[0].value
    assert list(top["question"]) == ["What is the airspeed of an unladen swallow?"]
    assert list(top["count"]) == [1]


def test_audit_export_is_the_whole_verifiable_log_for_admins_only(kb_dir, tmp_path):
    kb = KnowledgeBase(kb_dir)
    text = export_audit(kb, "root", "jsonl")
    lines = [json.loads(line) for line in text.splitlines()]
    assert len(lines) == sum(1 for _ in kb.audit.records())
    path = tmp_path / "audit.jsonl"
    path.write_text(text, encoding="utf-8")
    assert kb.audit.verify_export(path).ok
    assert export_audit(kb, "root", "csv").startswith("seq,created_at,kind,actor,payload")
    with pytest.raises(AccessDeniedError):
        export_audit(kb, "ann", "jsonl")
