"""Fuzzing the loaders and the chunker with hypothesis.

Loaders: whatever bytes a file holds, `load_document` returns a document with indexable text or
raises a `DocumentError` with a kind and a message; any other exception would escape the per-file
error handling. Inputs are arbitrary bytes and mutations of a small valid file of each format
(byte flips, insertions of format tokens, cuts, repeats; for Office files also edits of the XML
inside the zip). Chunker: arbitrary Unicode blocks give chunks that keep the documented promises.

CI runs a few examples per test, derandomized. ``scripts/fuzz.sh`` runs the same tests longer
and random: ``KBQA_FUZZ_EXAMPLES`` sets the examples per test.
"""

from __future__ import annotations

import io
import os
import re
import signal
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from ingest.chunk import approx_token_count, chunk_blocks, document_text
from ingest.errors import CorruptDocumentError, DocumentError
from ingest.loaders import load_document
from ingest.sandbox import ParserPool
from ingest.types import Block, LoadedDocument

_EXAMPLES = int(os.environ.get("KBQA_FUZZ_EXAMPLES", "0"))
_LONG_RUN = _EXAMPLES > 0


def _fuzz_settings(ci_examples: int) -> settings:
    """Few, reproducible examples in CI; many random ones under scripts/fuzz.sh."""
    return settings(
        max_examples=_EXAMPLES or ci_examples,
        deadline=None,
        database=None,
        derandomize=not _LONG_RUN,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        print_blob=True,
    )


_MAX_INPUT = 64 * 1024  # loaders run in-process here, without the sandbox's memory cap
_HANG_S = 60.0  # far beyond any parse of 64 KB; only a loop that never ends gets here
# parser libraries warn about every oddity of a damaged file; the sandbox silences them too
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")
_KINDS = {"error", "unsupported", "encrypted", "no_text", "corrupt", "timeout", "memory", "too_large"}


# --- seed files: one small valid file per format ------------------------------------------------


def _docx() -> bytes:
    import docx

    doc = docx.Document()
    doc.core_properties.title = "Travel policy"
    doc.add_heading("Travel", 1)
    doc.add_paragraph("Book trips through the portal. 差旅费报销规定。")
    doc.add_heading("Per diem", 2)
    doc.add_paragraph("Receipts are optional", style="List Bullet")
    table = doc.add_table(rows=2, cols=2)
    for cell, text in zip(table._cells, ["City", "Rate", "Lyon", "45"]):
        cell.text = text
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _xlsx() -> bytes:
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Per diem"
    sheet.append(["City", "Rate", "Since"])
    sheet.append(["Lyon", 45.5, dt.date(2024, 1, 1)])
    sheet.append(["東京", "=B2*2", True])
    book.create_sheet("Notes").append(["Ask finance first."])
    book.properties.title = "Rates"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _pptx() -> bytes:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Onboarding"
    slide.placeholders[1].text = "Badge at the front desk\nLaptop from IT"
    rows = slide.shapes.add_table(2, 2, Inches(1), Inches(4), Inches(4), Inches(1)).table
    for (r, c), text in zip([(0, 0), (0, 1), (1, 0), (1, 1)], ["Item", "Owner", "VPN", "IT"]):
        rows.cell(r, c).text = text
    slide.notes_slide.notes_text_frame.text = "Mention the canteen."
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def _pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.compress = False  # readable content streams: mutations hit operators, not zlib noise
    pdf.set_title("Expense rules")
    pdf.set_font("Helvetica", size=12)
    for text in ("Expense rules\n\nHotels up to EUR 120 per night.", "Page two: taxis allowed."):
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


def _eml() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Ana Silva <ana@example.com>"
    msg["To"] = "team@example.com"
    msg["Subject"] = "=?utf-8?q?R=C3=A9union?= Friday"
    msg.set_content("Hello,\n\nthe meeting moves to 10:00.\n\nAna")
    msg.add_alternative("<html><body><p>the meeting <b>moves</b></p></body></html>", subtype="html")
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="a.pdf")
    return bytes(msg)


_TEXT_SEEDS = {
    ".txt": "Travel policy\n\nBook trips through the portal.\r\n差旅费报销规定 Grüße\n",
    ".log": "2024-01-01 10:00 INFO start\n2024-01-01 10:01 ERROR disk full\n",
    ".rst": "Title\n=====\n\nIntro text.\n\nSection\n-------\n\nBody *here*.\n",
    ".csv": "City,Rate\nLyon,45\n\"Paris, FR\",\"60\"\n",
    ".md": "---\ntitle: Guide\n---\n# Travel\n\n- item\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
    "```\ncode\n```\n<div>raw</div>\n",
    ".html": "<html><head><title>Rules</title><meta charset='utf-8'></head><body><h1>Travel</h1>"
    "<p>Book <b>early</b>.</p><table><tr><th>City</th><th>Rate</th></tr><tr><td>Lyon</td>"
    "<td>45</td></tr></table><ul><li>one</li></ul><script>x()</script></body></html>",
}
_BINARY_SEEDS = {".docx": _docx, ".xlsx": _xlsx, ".pptx": _pptx, ".pdf": _pdf, ".eml": _eml}
SUFFIXES = sorted([*_TEXT_SEEDS, *_BINARY_SEEDS])
OFFICE = [".docx", ".pptx", ".xlsx"]


@cache
def _seed(suffix: str) -> bytes:
    if suffix in _TEXT_SEEDS:
        return _TEXT_SEEDS[suffix].encode("utf-8")
    return _BINARY_SEEDS[suffix]()


# Tokens that steer mutations into the parsers' interesting corners.
_TOKENS = [
    b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\r", b"\n\n", b"\xe2\x80\xae", b"\xed\xa0\x80",
    b"\xc3", "差旅".encode(), "\u0301".encode(), b"<table><tr><td>", b"</td></tr>", b"<h1>",
    b"<!--", b"<![CDATA[", b"&#0;", b"&#xD800;", b"<meta charset=\"bogus\">", b"# ", b"|---|",
    b"```", b"---\n", b"=====\n", b"\"", b"=?utf-8?b?", b"Content-Type: multipart/mixed; "
    b"boundary=x\n", b"--x\n", b"charset=\"nonexistent\"", b"obj", b"endobj", b" 0 R", b"/Length 99999",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", b"stream\n", b"endstream", b"xref", b"trailer",
    b"/Encrypt", b"/Filter /FlateDecode", b"BT", b"ET", b"Tj", b"(", b")", b"[", b"]",
    b"999999999", b"-1", b"NaN", b"\xff" * 8,
]


@st.composite
def _mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` after a few random byte-level edits, at most `_MAX_INPUT` bytes."""
    buf = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "set", "token", "insert", "delete", "cut", "repeat"]))
        pos = draw(st.integers(0, len(buf)))
        if op == "flip" and pos < len(buf):
            buf[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "set" and pos < len(buf):
            buf[pos] = draw(st.integers(0, 255))
        elif op == "token":
            buf[pos:pos] = draw(st.sampled_from(_TOKENS))
        elif op == "insert":
            buf[pos:pos] = draw(st.binary(min_size=1, max_size=32))
        elif op == "delete":
            del buf[pos : pos + draw(st.integers(1, 64))]
        elif op == "cut":
            del buf[pos:]
        elif op == "repeat":
            piece = bytes(buf[pos : pos + draw(st.integers(1, 64))])
            buf[pos:pos] = piece * draw(st.integers(1, 200))
    return bytes(buf[:_MAX_INPUT])


@st.composite
def _mutated_xml(draw: st.DrawFn, xml: bytes) -> bytes:
    """`xml` with elements deleted, duplicated or moved, attributes or text replaced."""
    from lxml import etree

    try:
        root = etree.fromstring(xml)
    except etree.XMLSyntaxError:  # already damaged by a byte-level edit
        return xml
    elements = list(root.iter())
    for _ in range(draw(st.integers(1, 4))):
        element = elements[draw(st.integers(0, len(elements) - 1))]
        parent = element.getparent()
        op = draw(st.sampled_from(["delete", "duplicate", "attr", "text", "nest"]))
        value = draw(st.sampled_from(["", "-1", "0", "99999999", "x", "Heading 1", "rId999", "1e308"]))
        if op == "delete" and parent is not None:
            parent.remove(element)
        elif op == "duplicate" and parent is not None:
            for _ in range(draw(st.integers(1, 20))):
                parent.insert(parent.index(element), etree.fromstring(etree.tostring(element)))
        elif op == "attr" and element.attrib:
            element.set(draw(st.sampled_from(sorted(element.attrib))), value)
        elif op == "text":
            element.text = draw(st.text(_XML_CHARS, max_size=20)) or value
        elif op == "nest" and parent is not None and parent.getparent() is not None:
            parent.getparent().append(element)  # moved out of its parent: schema-invalid
        elements = list(root.iter())
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


_XML_CHARS = st.characters(min_codepoint=0x20, max_codepoint=0xD7FF) | st.sampled_from("\t\n中😀")


@st.composite
def _office_mutation(draw: st.DrawFn, suffix: str) -> bytes:
    """An Office seed with one zip member's XML edited (tree or bytes), zipped again."""
    with zipfile.ZipFile(io.BytesIO(_seed(suffix))) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    xml_names = sorted(name for name in members if name.endswith((".xml", ".rels")))
    for _ in range(draw(st.integers(1, 2))):
        name = draw(st.sampled_from(xml_names))
        if draw(st.booleans()):
            members[name] = draw(_mutated_xml(members[name]))
        else:
            members[name] = draw(_mutated(members[name]))
    if draw(st.integers(0, 9)) == 0:  # a part missing altogether
        del members[draw(st.sampled_from(sorted(members)))]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


# --- the loader property -------------------------------------------------------------------------


class _Hung(BaseException):
    """Raised by the watchdog; a BaseException so that loaders' ``except Exception`` miss it."""


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    def alarm(signum: int, frame: object) -> None:
        raise _Hung(f"loader still running after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _assert_loads_or_refuses(path: Path, data: bytes) -> None:
    """The loader contract: a usable document, or a DocumentError with a kind and a message."""
    path.write_bytes(data)
    try:
        with _watchdog(_HANG_S):
            doc = load_document(path)
    except DocumentError as e:
        event(f"{path.suffix}: refused, {e.kind}")  # --hypothesis-show-statistics counts these
        assert str(e).strip(), f"{type(e).__name__} without a message"
        assert e.kind in _KINDS, e.kind
        return
    event(f"{path.suffix}: loaded")
    assert isinstance(doc, LoadedDocument)
    assert any(b.text.strip() for b in doc.blocks), "a document without text was not refused"
    # stored in SQLite/PostgreSQL and fed to the tokenizer: no NUL, no lone surrogate
    for text in [doc.title, *(b.text for b in doc.blocks), *(b.section for b in doc.blocks)]:
        assert isinstance(text, str) and "\x00" not in text
        text.encode("utf-8")
    assert doc.title.strip()


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.mark.parametrize("suffix", SUFFIXES)
@_fuzz_settings(ci_examples=25)
@given(data=st.data())
def test_mutated_valid_file_loads_or_is_refused_with_a_reason(fuzz_dir, suffix, data):
    _assert_loads_or_refuses(fuzz_dir / f"mutated{suffix}", data.draw(_mutated(_seed(suffix))))


@pytest.mark.parametrize("suffix", SUFFIXES)
@_fuzz_settings(ci_examples=15)
@given(raw=st.one_of(
    st.binary(max_size=4096),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(max_size=1000).map(lambda t: t.encode("utf-16", "surrogatepass")),
))
def test_arbitrary_bytes_load_or_are_refused_with_a_reason(fuzz_dir, suffix, raw):
    _assert_loads_or_refuses(fuzz_dir / f"raw{suffix}", raw)


@pytest.mark.parametrize("suffix", OFFICE)
@_fuzz_settings(ci_examples=50)
@given(data=st.data())
def test_office_file_with_damaged_xml_loads_or_is_refused_with_a_reason(fuzz_dir, suffix, data):
    _assert_loads_or_refuses(fuzz_dir / f"xml{suffix}", data.draw(_office_mutation(suffix)))


@pytest.fixture(scope="module")
def pool() -> Iterator[ParserPool]:
    with ParserPool(workers=1, timeout_s=60, memory_mb=1024) as parser_pool:
        yield parser_pool


@_fuzz_settings(ci_examples=20)
@given(data=st.data())
def test_sandboxed_parse_of_a_damaged_file_names_a_reason(fuzz_dir, pool, data):
    """The production path: a worker with time and memory caps. Its catch-all messages
    ("could not parse: <exception type>", "parser crashed") mean a loader let an error escape."""
    suffix = data.draw(st.sampled_from(SUFFIXES))
    damaged = data.draw(_office_mutation(suffix) if suffix in OFFICE else _mutated(_seed(suffix)))
    path = fuzz_dir / f"pool{suffix}"
    path.write_bytes(damaged)
    try:
        pool.parse(path)
    except DocumentError as e:
        event(f"pool: refused, {e.kind}")
        assert not str(e).startswith(("could not parse:", "parser crashed")), str(e)
    else:
        event("pool: loaded")


def test_docx_without_a_body_is_corrupt(fuzz_dir):
    """Found by fuzzing: a document.xml without w:body crashed with AttributeError."""
    with zipfile.ZipFile(io.BytesIO(_seed(".docx"))) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members["word/document.xml"] = re.sub(
        rb"<w:body>.*</w:body>", b"", members["word/document.xml"], flags=re.DOTALL
    )
    path = fuzz_dir / "nobody.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    with pytest.raises(CorruptDocumentError, match=r"^not a valid DOCX: .*no w:body"):
        load_document(path)


def test_seed_files_load(fuzz_dir):
    """The seeds are valid files: mutations start from something the loaders accept."""
    for suffix in SUFFIXES:
        path = fuzz_dir / f"seed{suffix}"
        path.write_bytes(_seed(suffix))
        assert load_document(path).blocks, suffix


# --- the chunker ---------------------------------------------------------------------------------

_SUBWORD = re.compile(r"\w{1,4}|[^\w\s]", re.UNICODE)


def _subword_count(texts):
    """Like a WordPiece tokenizer: a long word is many tokens (approx_token_count says 1)."""
    return [len(_SUBWORD.findall(t)) for t in texts]


_TRICKY = list(
    "。！？；.!?\"')] \n\t\r\x00\x0b\x1c\u00a0\u2028\u3000\u200b\u202e\u0301\u0651"
    "a Z 9 ا ש 한 カ ひ 数 據 😀 \U00020000 \ufffd"
)
_CHUNK_TEXT = st.text(
    alphabet=st.one_of(st.sampled_from(_TRICKY), st.characters(exclude_categories=())),
    max_size=400,
) | st.builds(lambda ch, n: ch * n, st.sampled_from(["a", "数", "カ", "한", ". ", "\n"]),
              st.integers(1, 1500))


@_fuzz_settings(ci_examples=300)
@given(
    raw_blocks=st.lists(
        st.tuples(_CHUNK_TEXT, st.sampled_from([None, 1, 2]), st.sampled_from(["", "A", "A > B"])),
        min_size=1,
        max_size=8,
    ),
    max_tokens=st.integers(2, 80),
    overlap=st.integers(0, 40),
    counter=st.sampled_from([approx_token_count, _subword_count]),
)
def test_chunks_keep_their_promises_on_any_text(raw_blocks, max_tokens, overlap, counter):
    blocks = [Block(t, page=p, section=s) for t, p, s in raw_blocks]
    text = document_text(blocks)
    chunks = chunk_blocks(blocks, count_tokens=counter, max_tokens=max_tokens, overlap_tokens=overlap)

    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    starts = [0]
    for b in blocks:
        starts.append(starts[-1] + len(b.text) + 2)
    covered = [False] * len(text)
    for c in chunks:
        assert text[c.start : c.end] == c.text and c.text.strip() == c.text != ""
        # within the size limit; only a single character cannot be cut smaller
        assert c.n_tokens <= max_tokens or len(c.text) == 1, (c.n_tokens, c.text[:80])
        # never across a page or a section: every block it touches has its citation
        touched = [b for b, s in zip(blocks, starts) if s < c.end and c.start < s + len(b.text)]
        assert {(b.page, b.section) for b in touched} == {(c.page, c.section)}
        covered[c.start : c.end] = [True] * (c.end - c.start)
    assert all(ok for ch, ok in zip(text, covered) if not ch.isspace()), "text lost by chunking"
    for prev, nxt in zip(chunks, chunks[1:]):
        assert prev.start <= nxt.start and prev.end < nxt.end, "chunks out of reading order"
        if overlap == 0 or (prev.page, prev.section) != (nxt.page, nxt.section):
            assert nxt.start >= prev.end, "overlap where none was asked for"


def test_a_word_longer_than_the_limit_is_cut_between_characters():
    """Found by fuzzing: a URL of 2,000 characters was one chunk of 510 subword tokens."""
    url = "https://example.com/" + "a" * 2000
    blocks = [Block(f"See {url} for details.")]
    chunks = chunk_blocks(blocks, count_tokens=_subword_count, max_tokens=200, overlap_tokens=0)
    assert all(c.n_tokens <= 200 for c in chunks)
    assert "".join(c.text for c in chunks).replace(" ", "") == blocks[0].text.replace(" ", "")
