"""The privacy scan (``kbqa privacy scan``, ``KnowledgeBase.privacy_scan``), masking documents
again with ``kbqa ingest --force``, and names in file names: real models, real SQLite, the real
``kbqa`` command in its own process.

A leaking data dir is made the way earlier kbqa versions made one: ingested by a recognizer set
that lacked what the current one has (the e-mail recognizer that only knew public suffixes, or
no pattern types at all).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import tldextract
from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from kbqa import KnowledgeBase
from kbqa.errors import AccessDeniedError
from kbqa.lexical import tokenize
from kbqa.settings import Settings
from tests.conftest import ensure_user

KBQA = str(Path(sys.executable).parent / "kbqa")

PUBLIC = {"EMAIL_ADDRESS": "anna.schmidt@voltaris.com", "PHONE_NUMBER": "+49 89 4161 7725",
          "IBAN_CODE": "DE89 3704 0044 0532 0130 00"}
INTERNAL = ["anna.schmidt@corp.local", "j.doe@mailhost", "zhang.wei@公司.中国"]

TRAVEL = (
    "# Travel policy\n\nBook trips through the travel desk at least two weeks ahead. Questions "
    "about travel bookings go to {EMAIL_ADDRESS} or by phone to {PHONE_NUMBER}. Refunds are "
    "paid to the account {IBAN_CODE} within ten days of the claim.\n"
)
DESK = (
    "# Expense desk\n\nThe expense desk answers at anna.schmidt@corp.local. The mail relay is "
    "run by j.doe@mailhost, and the Shanghai office writes to zhang.wei@公司.中国 about expense "
    "claims.\n"
)


class LegacyEmailRecognizer(EmailRecognizer):
    """The e-mail recognizer of kbqa before issue 17: only domains on the public-suffix list."""

    _LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+)*"
    _LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
    PATTERNS = [Pattern(
        "Email (ASCII-bounded)",
        rf"(?<![A-Za-z0-9!#$%&'*+/=?^_`{{|}}~.\-]){_LOCAL}@(?:{_LABEL}\.)+[A-Za-z]{{2,63}}"
        r"(?![A-Za-z0-9\-]|\.[A-Za-z0-9])",
        0.5,
    )]

    def __init__(self) -> None:
        super().__init__(patterns=self.PATTERNS)
        self._extract = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(),
                                              fallback_to_snapshot=True)

    def validate_result(self, pattern_text: str) -> bool:  # noqa: D102
        return self._extract(pattern_text).fqdn != ""


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run([KBQA, *args], capture_output=True, text=True, env=env, timeout=900)


def forms(value: str) -> list[bytes]:
    """The byte forms a stored value can take: as written, in other cases, UTF-16, and as BM25
    terms."""
    texts = {value, value.lower(), value.upper(), " ".join(tokenize([value])[0])}
    return [t.encode(enc) for t in texts for enc in ("utf-8", "utf-16-le") if len(t) > 4]


def files_holding(data_dir: Path, values: list[str]) -> dict[str, list[str]]:
    """value -> the files under ``data_dir`` whose bytes hold it in any of its forms."""
    blobs = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
    found = {v: sorted(str(p.relative_to(data_dir)) for p, blob in blobs.items()
                       if any(f in blob for f in forms(v))) for v in values}
    return {v: files for v, files in found.items() if files}


def printed(output: str, values: list[str]) -> list[str]:
    """The values that appear in a command's output."""
    return [v for v in values if v in output or v.lower() in output.lower()]


def leaking_kb(kind: str, data_dir: Path, docs: Path, monkeypatch) -> KnowledgeBase:
    """``docs`` ingested into ``data_dir`` as an older kbqa would have: ``patterns_off`` masked
    names only, ``legacy_email`` had the e-mail recognizer that only knew public suffixes."""
    if kind == "patterns_off":
        kb = KnowledgeBase(data_dir, settings=Settings(pii_entities=["PERSON"]))
        kb.ingest(docs)
        return kb
    import ingest.pii_recognizers as recognizers

    with monkeypatch.context() as patch:
        patch.setitem(recognizers.RECOGNIZER_FACTORIES, "EMAIL_ADDRESS", (LegacyEmailRecognizer,))
        kb = KnowledgeBase(data_dir)
        kb.ingest(docs)
    return kb


LEAKS = {"patterns_off": (TRAVEL.format(**PUBLIC), list(PUBLIC.values())),
         "legacy_email": (DESK, INTERNAL)}


@pytest.mark.parametrize("kind", sorted(LEAKS))
def test_scan_finds_an_old_leak_and_force_masks_it_leaving_no_byte(kind, tmp_path, monkeypatch):
    text, values = LEAKS[kind]
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "policy.md").write_text(text, encoding="utf-8")
    data = tmp_path / "kb"
    kb = leaking_kb(kind, data, docs, monkeypatch)
    assert files_holding(data, values), "the old recognizers left the values in the data dir"
    doc = kb.documents()[0]
    kb.store.engine.dispose()

    scan = run("--data-dir", str(data), "privacy", "scan", "--json")
    assert scan.returncode == 1, scan.stderr
    report = json.loads(scan.stdout)
    assert report["clean"] is False
    assert report["counts"]["EMAIL_ADDRESS"] >= (3 if kind == "legacy_email" else 1)
    assert [d["document_id"] for d in report["documents"]] == [doc.id]
    assert report["documents"][0]["path"] == str(docs / "policy.md")
    assert "text" in report["documents"][0]["fields"]
    assert {f["place"] for f in report["findings"]} <= {"chunk", "document", "bm25"}
    assert set(report) >= {"counts", "scanned", "documents", "audit_records", "findings"}
    assert report["scanned"]["chunks"] >= 1 and report["scanned"]["audit_records"] >= 1
    human = run("--data-dir", str(data), "privacy", "scan")
    assert human.returncode == 1 and "documents to mask again" in human.stdout
    for output in (scan.stdout, scan.stderr, human.stdout, human.stderr):
        assert printed(output, values) == []

    forced = run("--data-dir", str(data), "ingest", "--force", str(docs), "--json")
    assert forced.returncode == 0, forced.stderr
    outcome = json.loads(forced.stdout)
    assert [f["status"] for f in outcome["files"]] == ["replaced"]
    assert outcome["counts"]["chunks_removed"] >= 1 and outcome["counts"]["chunks_added"] >= 1

    again = run("--data-dir", str(data), "privacy", "scan", "--json")
    assert again.returncode == 0, again.stdout + again.stderr
    assert json.loads(again.stdout)["clean"] is True
    assert json.loads(again.stdout)["free_pages"] == 0  # vacuumed
    assert files_holding(data, values) == {}


def test_a_clean_data_dir_scans_clean_for_admins_only(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "policy.md").write_text(TRAVEL.format(**PUBLIC), encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb")
    kb.ingest(docs)
    report = kb.privacy_scan()
    assert report.clean and report.counts == {} and report.documents() == []
    assert report.scanned["chunks"] >= 1 and report.scanned["vocabulary_terms"] > 10
    assert json.loads(json.dumps(report.to_dict()))["clean"] is True
    ensure_user(kb, "ann")
    with pytest.raises(AccessDeniedError):
        kb.privacy_scan(user="ann")
    kb.store.engine.dispose()
    result = run("--data-dir", str(tmp_path / "kb"), "privacy", "scan")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no personal data found" in result.stdout


def test_audit_records_that_quoted_a_leak_are_reported_not_rewritten(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "policy.md").write_text(TRAVEL.format(**PUBLIC), encoding="utf-8")
    old = leaking_kb("patterns_off", tmp_path / "kb", docs, monkeypatch)
    asker = ensure_user(old, "ann")
    asked = old.ask("Where do questions about travel bookings go?", user=asker, use_llm=False)
    assert PUBLIC["EMAIL_ADDRESS"] in json.dumps(asked.to_dict())  # the leak reached the answer
    old.store.engine.dispose()

    kb = KnowledgeBase(tmp_path / "kb")
    assert kb.ingest(docs, force=True).counts["replaced"] == 1
    report = kb.privacy_scan()
    assert not report.clean and report.documents() == []  # the documents are clean now
    assert f"record {asked.id} (ask)" in report.to_dict()["audit_records"]
    assert {f.place for f in report.findings} == {"audit"}
    assert kb.audit.verify().ok  # reported, not rewritten


def test_a_name_in_a_file_name_reaches_no_title_citation_answer_or_audit_record(tmp_path):
    import docx

    docs = tmp_path / "reviews"
    docs.mkdir()
    word = docx.Document()
    word.add_paragraph("Annual performance review. The engineer met all goals for the robot "
                       "gripper project and mentored two apprentices this year.")
    buffer = io.BytesIO()
    word.save(buffer)
    (docs / "Review_Margarethe_Vollmer.docx").write_bytes(buffer.getvalue())
    kb = KnowledgeBase(tmp_path / "kb")
    report = kb.ingest(docs)
    assert report.counts["ingested"] == 1, report.to_dict()
    user = ensure_user(kb, "ann")
    answer = kb.ask("Did the engineer meet all goals for the robot gripper project?",
                    user=user, use_llm=False)
    assert answer.citations, answer.to_dict()
    hits = kb.retrieve("annual performance review gripper", user=user, k=1)
    shown = json.dumps([answer.to_dict(), [h.title + h.source + h.text for h in hits]],
                       ensure_ascii=False)
    records = json.dumps([r.payload for r in kb.audit.records()], ensure_ascii=False)
    for name in ("Margarethe", "Vollmer"):
        assert name not in shown and name not in records
    assert answer.citations[0].title.startswith("Review <PERSON_")
    assert Path(answer.citations[0].source).name.startswith("Review <PERSON_")
    assert Path(answer.citations[0].source).suffix == ".docx"
    # The stored path keeps the real name: it finds the file again (re-ingest, originals).
    assert Path(kb.documents()[0].path).name == "Review_Margarethe_Vollmer.docx"


ADMIN_PAGE = """
import os
from kbqa import KnowledgeBase
from kbqa.webapp.admin import admin_page

kb = KnowledgeBase(os.environ["KBQA_DATA_DIR"])
admin_page(kb, kb.users.get("root"))
"""


def test_admins_scan_and_mask_again_in_the_admin_area(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "policy.md").write_text(TRAVEL.format(**PUBLIC), encoding="utf-8")
    kb = leaking_kb("patterns_off", tmp_path / "kb", docs, monkeypatch)
    kb.users.add("root", admin=True)
    kb.store.engine.dispose()
    monkeypatch.setenv("KBQA_DATA_DIR", str(tmp_path / "kb"))
    script = tmp_path / "admin_app.py"
    script.write_text(ADMIN_PAGE, encoding="utf-8")

    at = AppTest.from_file(str(script), default_timeout=300).run()
    assert not at.exception
    at.button(key="admin_privacy_scan").click().run()
    assert not at.exception
    assert any("values of personal data found" in w.value for w in at.warning)
    # Found by their columns: other tabs of the admin area draw tables too.
    tables = [df.value for df in at.dataframe]
    counts = next(t for t in tables if "entity type" in t.columns)
    assert set(counts["entity type"]) >= {"EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE"}
    listed = next(t for t in tables if {"path", "found"} <= set(t.columns))
    assert list(listed["path"]) == [str(docs / "policy.md")]
    page = json.dumps([str(e.value) for e in at.main if hasattr(e, "value")] +
                      [df.value.to_json() for df in at.dataframe], ensure_ascii=False)
    assert printed(page, list(PUBLIC.values())) == []

    at.button(key="admin_privacy_remask").click().run()
    assert not at.exception
    assert any("1 replaced" in s.value for s in at.success), [s.value for s in at.success]
    at.button(key="admin_privacy_scan").click().run()
    assert any(s.value.startswith("No personal data found") for s in at.success)
    assert files_holding(tmp_path / "kb", list(PUBLIC.values())) == {}


def test_sample_docs_ingested_by_this_version_scan_clean(tmp_path, planted_pii):
    # Every planted e-mail address (internal domains included), phone number, ID, card and IBAN
    # of sample_docs is masked at ingest, so the scan finds nothing the recognizers would; nor
    # in the audit records of questions answered from them. A data dir of its own: the shared
    # sample knowledge base also logs what other tests ask.
    from tests.conftest import SAMPLE_DOCS

    kb = KnowledgeBase(tmp_path / "kb")
    kb.ingest([SAMPLE_DOCS], groups=[])
    user = ensure_user(kb)
    for question in ("Where do visitors park?", "How often must passwords be rotated?",
                     "差旅报销需要在多少天内提交？"):
        kb.ask(question, user=user)
    report = kb.privacy_scan()
    assert report.scanned["documents"] >= 10 and report.scanned["chunks"] > 50
    assert report.scanned["audit_records"] >= 4
    assert report.clean, report.to_dict()["findings"]
