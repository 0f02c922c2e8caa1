"""End-to-end ingestion with the real parts: loaders, Presidio, the bundled embedder, FAISS, SQLite."""

import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from kbqa import DataDirBusyError, IndexCorruptError, KnowledgeBase
from tests.conftest import SAMPLE_DOCS, ensure_user


def _all_chunks(kb):
    return kb.store.chunks_by_id([int(i) for i in kb.index().ids()])


def _by_name(report):
    return {Path(f.path).name: f for f in report.files}


def test_every_sample_document_is_ingested_with_chunks(sample_kb):
    kb, report = sample_kb
    files = _by_name(report)
    sample_files = {p.name for p in SAMPLE_DOCS.iterdir() if not p.name.startswith(".")}
    assert set(files) == sample_files
    assert report.failures == [], [(f.path, f.reason) for f in report.failures]
    docs = kb.documents()
    assert len(docs) == len(sample_files)
    assert all(d.n_chunks > 0 for d in docs)
    assert report.counts["chunks_added"] == sum(d.n_chunks for d in docs) == len(kb.index())
    assert kb.store.chunk_count() == len(kb.index())


def test_chunks_keep_their_positions(sample_kb):
    kb, _ = sample_kb
    chunks = _all_chunks(kb)
    pdf = [c for c, d in chunks.values() if d.format == "pdf"]
    assert pdf and all(c.page and 1 <= c.page <= 50 for c in pdf)
    assert len({c.page for c in pdf}) > 1, "a multi-page PDF yields chunks on several pages"
    xlsx = [c for c, d in chunks.values() if d.format == "xlsx"]
    assert xlsx and all(c.section.startswith("Sheet: ") for c in xlsx)
    pptx = [c for c, d in chunks.values() if d.format == "pptx"]
    assert pptx and all(c.page for c in pptx) and all(c.section.startswith("Slide ") for c in pptx)
    docx = [c for c, d in chunks.values() if d.format == "docx"]
    assert any(" > " in c.section for c in docx), "DOCX chunks carry their heading path"


def test_no_planted_personal_data_anywhere_under_the_data_dir(sample_kb, planted_pii):
    kb, _ = sample_kb
    blobs = [p.read_bytes() for p in kb.data_dir.rglob("*") if p.is_file()]
    assert blobs
    leaks = []
    for item in planted_pii:
        value = item["value"]
        variants = {value, value.lower(), value.upper()}
        for blob in blobs:
            for v in variants:
                if v.encode("utf-8") in blob or v.encode("utf-16-le") in blob:
                    leaks.append(item)
    assert leaks == []
    texts = " ".join(c.text for c, _ in _all_chunks(kb).values())
    for entity in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CN_MOBILE", "CN_RESIDENT_ID",
                   "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS"):
        if any(i["entity_type"] == entity for i in planted_pii):
            assert f"<{entity}_" in texts, f"{entity} values are replaced by typed placeholders"


PATTERN_ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CN_MOBILE", "CN_RESIDENT_ID",
                    "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS")


def test_planted_values_typed_by_users_reach_no_file_and_no_log(sample_kb, planted_pii, caplog):
    # Users type personal data too: into questions, follow-ups and feedback comments. The audit
    # database (under the data dir) and the log records must hold none of it unmasked.
    kb, _ = sample_kb
    user = ensure_user(kb)
    values = sorted({i["value"] for i in planted_pii if i["entity_type"] in PATTERN_ENTITIES})
    assert len(values) >= 10
    caplog.set_level("DEBUG")
    for value in values:
        answer = kb.ask(f"How often must passwords be rotated for {value}?", user=user,
                        history=[(f"Whose is {value}?", "The handbook lists it.")],
                        use_llm=False)
        kb.feedback(answer.id, user=user, rating="down", comment=f"I meant {value} instead")
    blobs = [p.read_bytes() for p in kb.data_dir.rglob("*") if p.is_file()]
    logged = caplog.text.encode("utf-8")
    leaks = [v for v in values for blob in [*blobs, logged] if v.encode("utf-8") in blob]
    assert leaks == []
    records = [r.payload for r in kb.audit.records(kinds=("ask", "feedback"))][-2 * len(values):]
    assert len(records) == 2 * len(values)
    assert all("<" in str(payload) for payload in records)  # masked, not dropped


def test_dates_places_and_amounts_survive_masking(sample_kb):
    kb, _ = sample_kb
    texts = " ".join(c.text for c, _ in _all_chunks(kb).values())
    for kept in ("Munich", "Berlin", "Shanghai", "90 days", "EUR", "上海"):
        assert kept in texts


def test_search_finds_the_right_documents(sample_kb):
    kb, _ = sample_kb
    hits = kb.retrieve("How often must passwords be rotated?", user=ensure_user(kb), k=3)
    assert Path(hits[0].source).name == "it_security_policy.pdf"
    assert "90" in " ".join(h.text for h in hits)


def test_reingesting_the_same_folder_adds_nothing(sample_kb):
    kb, first = sample_kb
    before = len(kb.index())
    again = kb.ingest([SAMPLE_DOCS])
    assert again.counts["unchanged"] == first.counts["seen"]
    assert again.counts["chunks_added"] == 0 and again.counts["ingested"] == 0
    assert len(kb.index()) == before == kb.store.chunk_count()


def test_changed_file_replaces_its_chunks_and_prune_removes_deleted_ones(tmp_path, docs_copy):
    kb = KnowledgeBase(tmp_path / "kb")
    kb.ingest([docs_copy])
    txt = docs_copy / "office_locations.txt"
    old_ids = set(int(i) for i in kb.index().ids())
    txt.write_text(txt.read_text(encoding="utf-8") + "\n\nThe Lisbon office opens in 2027.\n",
                   encoding="utf-8")
    report = kb.ingest([docs_copy])
    assert _by_name(report)["office_locations.txt"].status == "replaced"
    assert report.counts["replaced"] == 1 and report.counts["unchanged"] == report.counts["seen"] - 1
    assert any("Lisbon" in h.text for h in kb.retrieve("When does the Lisbon office open?", user=ensure_user(kb), k=3))
    new_ids = set(int(i) for i in kb.index().ids())
    assert old_ids - new_ids, "the old chunks of the changed file are gone"
    assert len(new_ids) == kb.store.chunk_count()

    (docs_copy / "office_locations.txt").unlink()
    kept = kb.ingest([docs_copy])  # without --prune the document stays
    assert kept.counts["pruned"] == 0 and len(kb.documents()) == len(list(docs_copy.iterdir())) + 1
    pruned = kb.ingest([docs_copy], prune=True)
    assert pruned.counts["pruned"] == 1 and pruned.counts["chunks_removed"] > 0
    assert all(Path(d.path).name != "office_locations.txt" for d in kb.documents())
    assert all("Lisbon" not in h.text for h in kb.retrieve("Lisbon office", user=ensure_user(kb), k=5))
    assert len(kb.index()) == kb.store.chunk_count()


def test_groups_are_stored_and_can_be_changed(tmp_path, docs_copy):
    kb = KnowledgeBase(tmp_path / "kb")
    kb.ingest([docs_copy / "expense_policy.md"], groups=["finance", "hr"])
    assert kb.documents()[0].group_names == ["finance", "hr"]
    report = kb.ingest([docs_copy / "expense_policy.md"], groups=["finance"])
    assert report.files[0].status == "regrouped"
    assert kb.documents()[0].group_names == ["finance"]
    unchanged = kb.ingest([docs_copy / "expense_policy.md"])
    assert unchanged.files[0].status == "unchanged"
    assert kb.documents()[0].group_names == ["finance"], "re-ingesting without --group keeps groups"


def test_pseudonyms_are_consistent_across_runs(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Please contact Maria Gonzalez at maria.gonzalez@example.com.\n")
    kb = KnowledgeBase(tmp_path / "kb")
    kb.ingest([docs])
    (docs / "b.txt").write_text("The report was written by Maria Gonzalez (maria.gonzalez@example.com).\n")
    kb.ingest([docs])
    chunks = _all_chunks(kb)
    texts = {Path(d.path).name: c.text for c, d in chunks.values()}
    assert "Maria" not in texts["a.txt"] + texts["b.txt"]
    a_tokens = set(t for t in texts["a.txt"].split() if "<" in t)
    person = next(t for t in texts["a.txt"].replace(".", " ").split() if t.startswith("<PERSON_"))
    assert person in texts["b.txt"], (texts, a_tokens)


def test_chinese_names_are_masked_in_the_chunk_store(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    names = ["张伟", "李晓燕", "欧阳娜娜", "陳淑惠"]
    (docs / "通知.md").write_text(
        "# 报销通知\n\n请联系财务部张伟经理，或人事专员李晓燕。\n\n"
        "审批人：欧阳娜娜；联系人：陳淑惠。上海办公室的金额上限为 600 元。\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase(tmp_path / "kb")
    report = kb.ingest([docs])
    assert report.failures == []
    text = "".join(c.text for c, _ in _all_chunks(kb).values())
    assert "上海办公室" in text and "<PERSON_1>" in text
    assert not [n for n in names if n in text]
    raw = b"".join(p.read_bytes() for p in (tmp_path / "kb").rglob("*") if p.is_file())
    assert not [n for n in names if n.encode("utf-8") in raw]


def test_a_second_writer_is_refused_with_a_clear_message(tmp_path):
    data_dir = tmp_path / "kb"
    data_dir.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from pathlib import Path
            from kbqa.lock import writer_lock
            with writer_lock(Path({str(data_dir)!r})):
                print("locked", flush=True)
                time.sleep(60)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        kb = KnowledgeBase(data_dir)
        with pytest.raises(DataDirBusyError, match=rf"pid {holder.pid}.*is writing to"):
            kb.ingest([SAMPLE_DOCS / "office_locations.txt"])
    finally:
        holder.kill()
        holder.wait()
    assert kb.ingest([SAMPLE_DOCS / "office_locations.txt"]).counts["ingested"] == 1


def test_stale_or_corrupt_index_is_recovered_from_the_chunk_store(tmp_path):
    kb = KnowledgeBase(tmp_path / "kb")
    kb.ingest([SAMPLE_DOCS / "office_locations.txt", SAMPLE_DOCS / "expense_policy.md"])
    n = kb.store.chunk_count()
    index_file = kb.data_dir / "vectors.faiss"

    # A crash between the store commit and the index save leaves an older index file behind.
    index_file.unlink()
    assert len(KnowledgeBase(kb.data_dir).index()) == n

    index_file.write_bytes(b"\0" * 64)
    fresh = KnowledgeBase(kb.data_dir)
    with pytest.raises(IndexCorruptError, match="kbqa index rebuild"):
        fresh.retrieve("per diem", user=ensure_user(fresh))
    assert fresh.rebuild_index() == n
    assert fresh.retrieve("per diem", user=ensure_user(fresh), k=1)
    assert len(KnowledgeBase(kb.data_dir).index()) == n


def test_index_vectors_match_the_store(sample_kb):
    kb, _ = sample_kb
    ids, vectors = next(kb.store.iter_vectors(kb.embedder.dim))
    scores, found = kb.index().search(vectors[:5], 1)
    assert list(found[:, 0]) == list(ids[:5])
    assert np.allclose(scores[:, 0], 1.0, atol=1e-4)


def _locked_pdf(path: Path, text: str, password: str) -> Path:
    from fpdf import FPDF
    from pypdf import PdfWriter

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 8, text)
    plain = path.with_suffix(".plain")
    plain.write_bytes(bytes(pdf.output()))
    writer = PdfWriter(clone_from=plain)
    writer.encrypt(password, algorithm="AES-256")
    writer.write(path)
    plain.unlink()
    return path


def test_encrypted_pdfs_open_with_passwords_given_per_file_and_never_kept(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    _locked_pdf(docs / "salaries.pdf", "The bonus pool code is OSPREY-41.", "Vault-Key-9931")
    _locked_pdf(docs / "board.pdf", "The board meets in the Kestrel room.", "Other-Key-2208")
    _locked_pdf(docs / "legal.pdf", "The legal hold code is MARTEN-77.", "Third-Key-5120")
    (docs / "note.txt").write_text("The canteen opens at 8.", encoding="utf-8")
    passwords_file = tmp_path / "passwords.txt"
    passwords_file.write_text(
        f"# per-file passwords\n{docs / 'salaries.pdf'}=Vault-Key-9931\nboard.pdf=wrong-guess\n",
        encoding="utf-8",
    )
    from kbqa.cli import read_passwords

    kb = KnowledgeBase(tmp_path / "kb")
    report = kb.ingest([docs], passwords=read_passwords(passwords_file))
    outcomes = _by_name(report)
    assert outcomes["salaries.pdf"].status == "ingested"  # by path
    assert (outcomes["board.pdf"].kind, outcomes["board.pdf"].reason) == (
        "encrypted", "encrypted PDF: wrong password")  # by name, wrong
    assert (outcomes["legal.pdf"].kind, outcomes["legal.pdf"].reason) == (
        "encrypted", "encrypted PDF: a password is needed")
    assert outcomes["note.txt"].status == "ingested"
    hits = kb.retrieve("bonus pool code", user=ensure_user(kb), k=1)
    assert hits and "OSPREY-41" in hits[0].text
    for path in (tmp_path / "kb").rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Vault-Key-9931" not in data and b"wrong-guess" not in data, path


def test_a_text_too_long_to_mask_and_embed_fails_as_too_large(tmp_path):
    from kbqa import Settings

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "huge.txt").write_text("Pallet inventory line.\n" * 400, encoding="utf-8")
    (docs / "small.txt").write_text("The forklift key is in drawer 12.", encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb", settings=Settings(max_text_chars=5000))
    outcomes = _by_name(kb.ingest([docs]))
    assert outcomes["huge.txt"].kind == "too_large"
    assert "characters of text, over the limit of 5,000 (KBQA_MAX_TEXT_CHARS)" in (
        outcomes["huge.txt"].reason)
    assert outcomes["small.txt"].status == "ingested"


def test_a_malformed_passwords_file_is_a_clear_error(tmp_path):
    from kbqa.cli import read_passwords
    from kbqa.errors import ConfigError

    bad = tmp_path / "pw.txt"
    bad.write_text("report.pdf Secret-1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"pw.txt, line 1: expected FILE=PASSWORD"):
        read_passwords(bad)
    assert "Secret-1" not in str(pytest.raises(ConfigError, read_passwords, bad).value)


def test_files_prepared_and_ingested_under_one_writer_lock(tmp_path):
    # What the REST upload does: save the file and ingest it as one step, so no other writer
    # can replace the file in between.
    docs = tmp_path / "docs"
    docs.mkdir()
    kb = KnowledgeBase(tmp_path / "kb")
    other = KnowledgeBase(tmp_path / "kb")  # as another request or process would
    with kb.writing():
        (docs / "note.md").write_text("# Note\n\nThe archive room key is kept at reception.\n")
        with pytest.raises(DataDirBusyError, match="is writing to"):
            other.ingest(docs)
        report = kb.ingest(docs)  # the holder's own ingest does not wait for itself
    assert report.counts["ingested"] == 1
    assert other.ingest(docs).counts["unchanged"] == 1  # released
