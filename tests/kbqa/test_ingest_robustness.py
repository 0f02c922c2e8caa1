"""One ingest run over hostile files mixed with good documents.

The batch: the 64 hostile/odd PDFs of ../shared/data/pdf_robustness, files generated here
(truncated DOCX/XLSX, two zip bombs named .docx/.xlsx, a 200 MB text file, random bytes named
.txt, 100 000 nested <div>s, text with broken UTF-8, a cp1252 text) and good documents with facts
found nowhere else. Each file must end up ingested or failed with a class and a human reason,
and no bad file may cost a good one.
"""

import io
import json
import random
import resource
import shutil
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from kbqa import KnowledgeBase
from kbqa.settings import Settings
from tests.conftest import SAMPLE_DOCS, ensure_user, shared_data

pytestmark = pytest.mark.slow  # embeds ~1200 chunks of the PDFs: minutes on 2 cores

SAMPLES = ("it_security_policy.pdf", "expense_policy.md", "product_faq.html")
GOOD = (*SAMPLES, "launch_plan.docx", "budgets.xlsx")  # see make_good
MAX_FILE_MB = 100  # below the 200 MB text file: at the default 512 it would be parsed (see below)
# the classes of ingest/errors.py; "error" (the base class) would be an unclassified failure
KINDS = {"unsupported", "encrypted", "no_text", "corrupt", "timeout", "memory", "too_large"}


# --- generated files ------------------------------------------------------------------------------


def _docx_bytes(*paragraphs: str) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _xlsx_bytes(rows: list[list]) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buf = io.BytesIO()
    workbook.save(buf)
    return buf.getvalue()


def _zip_bomb(path: Path, member: str, megabytes: int, level: int) -> None:
    """A valid zip whose ``member`` is ``megabytes`` of zeros (streamed: the test stays cheap).

    zlib level 1 packs zeros ~230x and is fastest; levels 6-9 reach ~1000x.
    """
    zeros = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open(member, "w", force_zip64=True) as out:
            for _ in range(megabytes):
                out.write(zeros)


def _big_text(path: Path, megabytes: int) -> None:
    paragraph = ("A log line of filler text that says nothing in particular.\n" * 15 + "\n").encode()
    block = paragraph * ((1 << 20) // len(paragraph) + 1)
    with path.open("wb") as out:
        for _ in range(megabytes * (1 << 20) // len(block) + 1):
            out.write(block)


def make_hostile(folder: Path) -> None:
    folder.mkdir()
    docx_bytes = _docx_bytes("The truncated document mentions the walrus clause. " * 200)
    (folder / "truncated.docx").write_bytes(docx_bytes[: len(docx_bytes) // 2])
    xlsx_bytes = _xlsx_bytes([[f"row {i}", i, "walrus"] for i in range(2000)])
    (folder / "truncated.xlsx").write_bytes(xlsx_bytes[: len(xlsx_bytes) // 2])
    _zip_bomb(folder / "bomb.docx", "word/document.xml", 2048, level=1)  # 2 GB from 9 MB
    # under the 500 MB total: caught by its compression ratio instead
    _zip_bomb(folder / "bomb.xlsx", "xl/worksheets/sheet1.xml", 100, level=9)
    _big_text(folder / "huge.txt", 200)
    (folder / "junk.txt").write_bytes(random.Random(8).randbytes(1 << 20))
    depth = 100_000
    (folder / "nested.html").write_text(
        "<html><body>" + "<div>" * depth + "The kiwi vault combination is KIWI-93."
        + "</div>" * depth + "</body></html>", encoding="utf-8"
    )  # fmt: skip
    (folder / "broken_utf8.txt").write_bytes(
        "Größenänderung der Büroräume: Überprüfung im März, Grüße aus München.\n\n".encode()
        + "The ferret access code is FERRET-58; the ferret room is on floor 7.\n\n".encode()
        + b"A damaged line: \xe2\x82 and \xc3\x28 and \xff here.\n"
    )
    (folder / "latin1.txt").write_bytes(LATIN1_TEXT.encode("cp1252"))


LATIN1_TEXT = """Procédure d'accès au bâtiment

Le code du hérisson est HERISSON-26. Les élèves présentent leur carte à l'accueil près de la gare.
Où se trouve la clé? Elle est déposée chez le gardien, au rez-de-chaussée, à côté du café.
Très important: la sécurité incendie est vérifiée chaque année en février et en août.
"""

GENERATED_FAILURES = {  # file -> (kind, words the reason must contain)
    "truncated.docx": ("corrupt", ["not a valid DOCX"]),
    "truncated.xlsx": ("corrupt", ["not a valid XLSX"]),
    "bomb.docx": ("too_large", ["DOCX would unpack to 2048 MB", "limit"]),
    "bomb.xlsx": ("too_large", ["XLSX part", "sheet1.xml", "inflates", "zip bomb"]),
    "huge.txt": ("too_large", ["file is 200 MB", f"{MAX_FILE_MB} MB limit"]),
    "junk.txt": ("corrupt", ["not a text file", "binary"]),
}
GENERATED_GOOD = ("nested.html", "broken_utf8.txt", "latin1.txt")


def make_good(folder: Path) -> None:
    folder.mkdir()
    for name in SAMPLES:
        shutil.copy(SAMPLE_DOCS / name, folder / name)
    (folder / "launch_plan.docx").write_bytes(
        _docx_bytes("Launch plan", "The heron satellite launch window opens on 14 March 2031.")
    )
    (folder / "budgets.xlsx").write_bytes(
        _xlsx_bytes([["Project", "Code", "Budget"], ["pelican bridge", "PEL-4471", "88,000 EUR"]])
    )


# --- the run --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    pdf_dir = shared_data("pdf_robustness", "files")
    manifest = {m["file"]: m for m in json.loads(
        (pdf_dir.parent / "manifest.json").read_text(encoding="utf-8"))}
    root = tmp_path_factory.mktemp("robustness")
    make_good(root / "good")
    make_hostile(root / "hostile")

    kb = KnowledgeBase(root / "kb", Settings(max_file_mb=MAX_FILE_MB))
    report = kb.ingest([pdf_dir, root / "good", root / "hostile"])
    outcomes = {Path(f.path).name: f for f in report.files}
    for name, o in sorted(outcomes.items()):
        print(f"{name}: {o.status} {o.kind or ''} {o.reason or ''} {o.warnings or ''}")
    peak = {who: resource.getrusage(r).ru_maxrss // 1024 for who, r in (
        ("parent", resource.RUSAGE_SELF), ("parser workers", resource.RUSAGE_CHILDREN))}
    print(report.stages_s, report.counts, "peak RSS MB", peak)
    return SimpleNamespace(kb=kb, report=report, outcomes=outcomes, manifest=manifest,
                           folders=[pdf_dir, root / "good", root / "hostile"])


def _top_source(kb, query: str) -> str:
    hits = kb.retrieve(query, user=ensure_user(kb), k=3)
    assert hits, query
    return Path(hits[0].source).name


def test_every_file_has_an_outcome_and_every_failure_a_class_and_reason(batch):
    outcomes = batch.outcomes
    generated = set(GENERATED_FAILURES) | set(GENERATED_GOOD)
    assert set(outcomes) == set(batch.manifest) | generated | set(GOOD)
    assert len(batch.report.files) == len(outcomes), "each file is reported once"
    for name, outcome in outcomes.items():
        assert outcome.status in ("ingested", "failed"), (name, outcome)
        if outcome.status == "failed":
            assert outcome.kind in KINDS, f"{name}: unknown class {outcome.kind!r}"
            assert outcome.reason and len(outcome.reason) > 10, f"{name} failed without a reason"
            # the sandbox's words for a parser that died or raised an unexpected exception
            assert not outcome.reason.startswith(("parser crashed", "could not parse:")), (
                name, outcome.reason)  # fmt: skip
            assert outcome.kind not in ("timeout", "memory"), f"{name}: {outcome.reason}"


def test_hostile_generated_files_fail_with_their_reason(batch):
    for name, (kind, words) in GENERATED_FAILURES.items():
        outcome = batch.outcomes[name]
        assert (outcome.status, outcome.kind) == ("failed", kind), (name, outcome.reason)
        for word in words:
            assert word in outcome.reason, (name, outcome.reason)


def test_damaged_but_readable_text_is_ingested_and_found(batch):
    outcomes, kb = batch.outcomes, batch.kb
    for name in GENERATED_GOOD:
        assert outcomes[name].status == "ingested" and outcomes[name].chunks > 0, (
            name, outcomes[name].reason)  # fmt: skip
    # a few bad bytes in a UTF-8 file are replaced, said in the report, and the rest is kept
    assert outcomes["broken_utf8.txt"].warnings == ["3 invalid UTF-8 byte sequence(s) replaced"]
    assert _top_source(kb, "What is the ferret access code?") == "broken_utf8.txt"
    assert _top_source(kb, "Grüße aus München Büroräume") == "broken_utf8.txt"
    # 100 000 nested <div>s: the structure is flattened, the text is kept
    assert _top_source(kb, "kiwi vault combination") == "nested.html"
    # a cp1252 file (no BOM, not UTF-8) is decoded by guessing its codec: accents survive
    hit = kb.retrieve("code du hérisson HERISSON-26", user=ensure_user(kb), k=3)[0]
    assert Path(hit.source).name == "latin1.txt"
    assert "sécurité incendie est vérifiée chaque année en février" in hit.text


def test_pdfs_fail_as_the_manifest_predicts(batch):
    outcomes, manifest = batch.outcomes, batch.manifest
    for name, meta in manifest.items():
        if meta["category"] == "encrypted" and outcomes[name].status == "failed":
            # Without a password: reported as encrypted, or opened (empty password) but textless.
            assert outcomes[name].kind in ("encrypted", "no_text"), (name, outcomes[name].reason)
        if meta["category"] == "encrypted" and not meta["observed_pypdf_7.1.0_strict_False"].get(
            "opens_with_empty_password", True
        ):
            # this batch gives no passwords (test_ingest_pipeline opens one with a per-file password):
            # the user is told one is needed
            assert outcomes[name].kind == "encrypted", (name, outcomes[name].reason)
            assert "password" in outcomes[name].reason, (name, outcomes[name].reason)
        if meta["category"] == "baseline":
            assert outcomes[name].status == "ingested", (name, outcomes[name].reason)
    scanned = [n for n, m in manifest.items() if m["category"] == "scanned"]
    assert any(outcomes[n].kind == "no_text" and "scanned" in (outcomes[n].reason or "")
               for n in scanned)
    assert outcomes["35_zero_pages_qpdf__empty.pdf"].status == "failed"


def test_no_good_document_is_lost(batch):
    kb, outcomes, report = batch.kb, batch.outcomes, batch.report
    for good in GOOD:
        assert outcomes[good].status == "ingested" and outcomes[good].chunks > 0, good
    assert _top_source(kb, "How often must passwords be rotated?") == "it_security_policy.pdf"
    assert _top_source(kb, "When does the heron satellite launch window open?") == (
        "launch_plan.docx")  # fmt: skip
    assert _top_source(kb, "budget of the pelican bridge project") == "budgets.xlsx"
    ingested = {n for n, o in outcomes.items() if o.status == "ingested"}
    assert {Path(d.path).name for d in kb.documents()} == ingested
    assert len(kb.index()) == kb.store.chunk_count() == report.counts["chunks_added"]


def test_a_second_run_reports_the_failures_again(batch):
    """Runs last in this module: it re-ingests the same folders."""
    again = batch.kb.ingest(batch.folders)
    ingested = sum(o.status == "ingested" for o in batch.outcomes.values())
    assert again.counts["chunks_added"] == 0
    assert again.counts["unchanged"] == ingested
    assert again.counts["failed"] == batch.report.counts["failed"], "failures are not hidden"
    assert {Path(f.path).name: f.kind for f in again.files if f.status == "failed"} == {
        n: o.kind for n, o in batch.outcomes.items() if o.status == "failed"}


def test_a_200_mb_text_file_under_default_settings_fails_alone(tmp_path):
    # The batch above lowers KBQA_MAX_FILE_MB; with every default the file is parsed in the
    # sandbox and stopped by its text length instead, and the good file beside it is kept.
    docs = tmp_path / "docs"
    docs.mkdir()
    _big_text(docs / "huge.txt", 200)
    (docs / "good.md").write_text("# Good\n\nThe walrus clause applies to every contract.\n")
    kb = KnowledgeBase(tmp_path / "kb")
    report = kb.ingest(docs)
    outcome = {Path(f.path).name: f for f in report.files}
    assert outcome["huge.txt"].status == "failed" and outcome["huge.txt"].kind == "too_large"
    assert "KBQA_MAX_TEXT_CHARS" in outcome["huge.txt"].reason
    assert outcome["good.md"].status == "ingested"
    assert kb.store.chunk_count() == outcome["good.md"].chunks >= 1
