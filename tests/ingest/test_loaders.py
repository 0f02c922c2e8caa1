"""Loaders: every format gives blocks with positions; bad files give a DocumentError kind."""

from __future__ import annotations

import datetime as dt
import random
import zipfile
import zlib
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    NoTextError,
    ResourceLimitError,
    UnsupportedFormatError,
)
from ingest.loaders import SUPPORTED_SUFFIXES, load_document
from ingest.loaders._common import clean_text
from ingest.types import Block

CHINESE = "差旅费报销规定：员工出差应当提前申请，住宿标准为每晚五百元。"


def _texts(blocks: list[Block], kind: str | None = None) -> list[str]:
    return [b.text for b in blocks if kind is None or b.kind == kind]


# --- dispatch ------------------------------------------------------------------------------------


def test_supported_suffixes_cover_the_documented_formats():
    assert SUPPORTED_SUFFIXES == {
        ".pdf",
        ".docx",
        ".pptx",
        ".xlsx",
        ".html",
        ".htm",
        ".md",
        ".markdown",
        ".txt",
        ".csv",
        ".rst",
        ".log",
        ".eml",
    }


def test_unknown_suffix_is_unsupported(tmp_path):
    path = tmp_path / "data.xyz"
    path.write_text("hello")
    with pytest.raises(UnsupportedFormatError, match=r"^unsupported file type '\.xyz'$"):
        load_document(path)


def test_suffix_is_matched_case_insensitively(tmp_path):
    path = tmp_path / "NOTES.TXT"
    path.write_text("Hello there")
    assert load_document(path).format == "text"


# --- DOCX ----------------------------------------------------------------------------------------


def _make_docx(path: Path, *, core_title: str = "") -> Path:
    import docx

    doc = docx.Document()
    doc.core_properties.title = core_title
    doc.add_heading("Travel", 1)
    doc.add_paragraph("Book   trips\tthrough the portal.")
    doc.add_heading("Per diem", 2)
    doc.add_paragraph("The daily allowance depends on the country.")
    doc.add_paragraph("Receipts are optional", style="List Bullet")
    table = doc.add_table(rows=2, cols=2)
    for (r, c), text in {
        (0, 0): "Country",
        (0, 1): "Rate",
        (1, 0): "France",
        (1, 1): "60 EUR",
    }.items():
        table.cell(r, c).text = text
    doc.add_heading("Hotels", 1)
    doc.add_paragraph(CHINESE)
    doc.save(path)
    return path


def test_docx_blocks_have_heading_paths_tables_and_lists(tmp_path):
    doc = load_document(_make_docx(tmp_path / "policy.docx"))
    assert doc.format == "docx"
    assert doc.title == "Travel"
    got = [(b.text, b.section, b.kind) for b in doc.blocks]
    assert got == [
        ("Travel", "Travel", "heading"),
        ("Book trips through the portal.", "Travel", "paragraph"),
        ("Per diem", "Travel > Per diem", "heading"),
        ("The daily allowance depends on the country.", "Travel > Per diem", "paragraph"),
        ("Receipts are optional", "Travel > Per diem", "list_item"),
        ("Country | Rate", "Travel > Per diem", "table_row"),
        ("Country: France | Rate: 60 EUR", "Travel > Per diem", "table_row"),
        ("Hotels", "Hotels", "heading"),
        (CHINESE, "Hotels", "paragraph"),
    ]


def test_docx_title_comes_from_document_properties(tmp_path):
    assert (
        load_document(_make_docx(tmp_path / "p.docx", core_title="Expense Policy")).title
        == "Expense Policy"
    )


def test_docx_title_style_and_custom_heading_styles(tmp_path):
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    doc = docx.Document()
    chapter = doc.styles.add_style("Kapitel", WD_STYLE_TYPE.PARAGRAPH)
    chapter.base_style = doc.styles["Heading 1"]  # a house style derived from a heading
    doc.add_paragraph("Reisekosten", style="Title")
    doc.add_paragraph("Allgemeines", style="Kapitel")
    doc.add_paragraph("Gilt für alle.")
    doc.add_heading("Hotels", 2)
    doc.add_paragraph("Bis 120 EUR.")
    path = tmp_path / "richtlinie.docx"
    doc.save(path)

    loaded = load_document(path)
    assert loaded.title == "Reisekosten"
    assert [(b.text, b.section, b.kind) for b in loaded.blocks] == [
        ("Reisekosten", "", "heading"),
        ("Allgemeines", "Allgemeines", "heading"),
        ("Gilt für alle.", "Allgemeines", "paragraph"),
        ("Hotels", "Allgemeines > Hotels", "heading"),
        ("Bis 120 EUR.", "Allgemeines > Hotels", "paragraph"),
    ]


def test_truncated_docx_is_corrupt(tmp_path):
    good = _make_docx(tmp_path / "good.docx").read_bytes()
    bad = tmp_path / "bad.docx"
    bad.write_bytes(good[: len(good) // 2])
    with pytest.raises(CorruptDocumentError, match=r"^not a valid DOCX: "):
        load_document(bad)


def test_zip_without_word_parts_is_corrupt(tmp_path):
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not a word document")
    with pytest.raises(CorruptDocumentError, match=r"^not a valid DOCX: "):
        load_document(path)


def test_zip_bomb_docx_is_refused_as_too_large(tmp_path):
    path = _make_docx(tmp_path / "bomb.docx")
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/media/padding.bin", bytes(16 * 2**20))  # 16 MB of zeros -> ~16 KB
    with pytest.raises(ResourceLimitError, match="zip bomb") as info:
        load_document(path)
    assert info.value.kind == "too_large"


def test_password_protected_office_file_is_encrypted(tmp_path):
    # Office saves encrypted documents as an OLE container holding an "EncryptionInfo" stream
    path = tmp_path / "secret.docx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le")
    )
    with pytest.raises(EncryptedDocumentError, match="password-protected"):
        load_document(path)


# --- PPTX ----------------------------------------------------------------------------------------


def test_pptx_blocks_carry_slide_numbers_titles_and_notes(tmp_path):
    import pptx

    deck = pptx.Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Budget 2024"
    slide.placeholders[1].text = "Travel up 5%\nTraining flat"
    slide.notes_slide.notes_text_frame.text = "Mention the freeze"
    slide2 = deck.slides.add_slide(deck.slide_layouts[5])
    slide2.shapes.title.text = "Costs"
    table = slide2.shapes.add_table(2, 2, 0, 0, 100, 100).table
    for (r, c), text in {(0, 0): "Item", (0, 1): "EUR", (1, 0): "Hotel", (1, 1): "120"}.items():
        table.cell(r, c).text = text
    path = tmp_path / "deck.pptx"
    deck.save(path)

    doc = load_document(path)
    assert (doc.format, doc.pages, doc.title) == ("pptx", 2, "Budget 2024")
    got = [(b.text, b.page, b.section, b.kind) for b in doc.blocks]
    assert got == [
        ("Budget 2024", 1, "Slide 1: Budget 2024", "heading"),
        ("Travel up 5%\nTraining flat", 1, "Slide 1: Budget 2024", "paragraph"),
        ("Mention the freeze", 1, "Slide 1: Budget 2024", "notes"),
        ("Costs", 2, "Slide 2: Costs", "heading"),
        ("Item | EUR", 2, "Slide 2: Costs", "table_row"),
        ("Item: Hotel | EUR: 120", 2, "Slide 2: Costs", "table_row"),
    ]


# --- XLSX ----------------------------------------------------------------------------------------


def test_xlsx_rows_use_the_header_row_and_sheet_sections(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Budget"
    sheet.append(["Item", "Cost", "Date"])
    sheet.append(["Hotel", 120.5, dt.datetime(2024, 1, 2)])
    sheet.append([None, None, None])
    sheet.append(["Food", 3.0, None])
    numbers = book.create_sheet("Raw")
    numbers.append([1, 2, 3])
    numbers.append(["x", 0.1 + 0.2, True])
    path = tmp_path / "budget.xlsx"
    book.save(path)

    doc = load_document(path)
    assert (doc.format, doc.pages) == ("xlsx", 2)
    assert [(b.text, b.section, b.kind) for b in doc.blocks] == [
        ("Item | Cost | Date", "Sheet: Budget", "table_row"),
        ("Item: Hotel | Cost: 120.5 | Date: 2024-01-02", "Sheet: Budget", "table_row"),
        ("Item: Food | Cost: 3", "Sheet: Budget", "table_row"),
        ("1 | 2 | 3", "Sheet: Raw", "table_row"),
        ("x | 0.3 | TRUE", "Sheet: Raw", "table_row"),
    ]


def test_empty_workbook_has_no_text(tmp_path):
    import openpyxl

    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(NoTextError, match=r"^no extractable text$"):
        load_document(path)


# --- HTML ----------------------------------------------------------------------------------------

PAGE = """<!doctype html><html><head><title>Travel policy</title><style>p {color: red}</style>
<script>var secret = 1;</script></head><body><nav><a href="/">Home</a> menu</nav>
<h1>Travel</h1><p>Book   trips <b>early</b>
 please.</p><h2>Per diem</h2><ul><li>Europe</li><li>Asia</li></ul>
<table><tr><th>Country</th><th>Rate</th></tr><tr><td>France</td><td>60</td></tr></table>
<h1>Hotels</h1><div>Up to 120 EUR<br>per night</div><script>track()</script></body></html>"""


def test_html_blocks_follow_headings_and_skip_script_style_nav(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = load_document(path)
    assert (doc.format, doc.title) == ("html", "Travel policy")
    assert [(b.text, b.section, b.kind) for b in doc.blocks] == [
        ("Travel", "Travel", "heading"),
        ("Book trips early please.", "Travel", "paragraph"),
        ("Per diem", "Travel > Per diem", "heading"),
        ("Europe", "Travel > Per diem", "list_item"),
        ("Asia", "Travel > Per diem", "list_item"),
        ("Country | Rate", "Travel > Per diem", "table_row"),
        ("Country: France | Rate: 60", "Travel > Per diem", "table_row"),
        ("Hotels", "Hotels", "heading"),
        ("Up to 120 EUR\nper night", "Hotels", "paragraph"),
    ]


def test_html_layout_tables_are_walked_not_flattened(tmp_path):
    # newsletters and old sites put the whole page in nested layout tables
    path = tmp_path / "mail.html"
    path.write_text(
        "<table><tr><td><table><tr><td><h2>News</h2><p>Office closed Friday.</p>"
        "<p>Parking moves.</p></td></tr></table></td></tr></table>",
        encoding="utf-8",
    )
    assert [(b.text, b.kind) for b in load_document(path).blocks] == [
        ("News", "heading"),
        ("Office closed Friday.", "paragraph"),
        ("Parking moves.", "paragraph"),
    ]


def test_html_in_a_legacy_encoding_is_decoded(tmp_path):
    gb = tmp_path / "gb.htm"
    gb.write_bytes(f"<html><body><h1>报销</h1><p>{CHINESE}</p></body></html>".encode("gb18030"))
    assert _texts(load_document(gb).blocks) == ["报销", CHINESE]
    declared = tmp_path / "latin.html"
    declared.write_bytes('<meta charset="windows-1252"><p>Café “crème”</p>'.encode("cp1252"))
    assert _texts(load_document(declared).blocks) == ["Café “crème”"]


# --- Markdown ------------------------------------------------------------------------------------


def test_markdown_heading_path_tables_lists_and_code(tmp_path):
    path = tmp_path / "guide.md"
    path.write_text(
        "---\ntitle: Travel guide\n---\n# Travel\n\nBook *early*.\n\n## Per diem\n\n"
        "- Europe\n- Asia\n\n| Country | Rate |\n|---|---|\n| France | 60 |\n\n"
        "```\nrate = 60\n```\n\n### Notes\n\nNone.\n\n# Hotels\n\nCheap ones.\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert (doc.format, doc.title) == ("markdown", "Travel guide")
    assert [(b.text, b.section, b.kind) for b in doc.blocks] == [
        ("Travel", "Travel", "heading"),
        ("Book early.", "Travel", "paragraph"),
        ("Per diem", "Travel > Per diem", "heading"),
        ("Europe", "Travel > Per diem", "list_item"),
        ("Asia", "Travel > Per diem", "list_item"),
        ("Country | Rate", "Travel > Per diem", "table_row"),
        ("Country: France | Rate: 60", "Travel > Per diem", "table_row"),
        ("rate = 60", "Travel > Per diem", "paragraph"),
        ("Notes", "Travel > Per diem > Notes", "heading"),
        ("None.", "Travel > Per diem > Notes", "paragraph"),
        ("Hotels", "Hotels", "heading"),
        ("Cheap ones.", "Hotels", "paragraph"),
    ]


# --- plain text and encodings --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (CHINESE, "gb18030"),
        ("报销规定", "gbk"),
        ("Café crème brûlée — naïve façade “quoted”", "cp1252"),
        ("Ça va? Où êtes-vous? Très bien, merci.", "latin-1"),
        ("Grüße aus München", "utf-16"),  # with BOM
        (CHINESE, "utf-8-sig"),
        ("Привет мир, это тест кодировки", "cp1251"),
    ],
)
def test_text_encoding_is_detected(tmp_path, text, encoding):
    path = tmp_path / "note.txt"
    path.write_bytes(text.encode(encoding))
    doc = load_document(path)
    assert _texts(doc.blocks) == [text]
    if encoding.startswith("utf"):  # UTF-8, or a BOM that names the encoding: nothing to say
        assert doc.warnings == []
    else:  # a guess can be wrong without an error, so the report says it was a guess
        assert len(doc.warnings) == 1 and doc.warnings[0].startswith("not UTF-8: encoding guessed")


def test_invalid_utf8_bytes_are_replaced_with_a_warning(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes(
        "Grüße aus München, schöne Straße ".encode() + b"\xff\xfe" + "und Köln".encode()
    )
    doc = load_document(path)
    assert doc.blocks[0].text == "Grüße aus München, schöne Straße \ufffd\ufffdund Köln"
    assert doc.warnings == ["2 invalid UTF-8 byte sequence(s) replaced"]


@pytest.mark.parametrize(
    ("suffix", "junk"),
    [
        (".txt", bytes(range(256)) * 40),
        (".md", random.Random(0).randbytes(5000)),
        (".html", zlib.compress(b"compressed text " * 500)),
        (".csv", b"\x89PNG\r\n\x1a\n" + bytes(64) + random.Random(1).randbytes(500)),
    ],
)
def test_binary_junk_is_not_text(tmp_path, suffix, junk):
    path = tmp_path / f"junk{suffix}"
    path.write_bytes(junk)
    with pytest.raises(CorruptDocumentError, match=r"^not a text file: binary content$"):
        load_document(path)


def test_text_is_split_on_blank_lines_and_whitespace_normalised(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(
        "Title  line\r\n\tsecond\x00 line  \r\n\r\n \n Next\x07   para\u3000中文  ",
        encoding="utf-8",
    )
    assert _texts(load_document(path).blocks) == ["Title line\nsecond line", "Next para\u3000中文"]


@given(st.text())
def test_cleaned_text_has_no_control_characters_and_is_stable(text):
    cleaned = clean_text(text)
    assert not any(ord(ch) < 32 and ch != "\n" for ch in cleaned)
    assert "\n\n" not in cleaned and cleaned == cleaned.strip()
    assert clean_text(cleaned) == cleaned


def test_empty_text_file_has_no_text(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n\t\n")
    with pytest.raises(NoTextError, match=r"^no extractable text$"):
        load_document(path)


def test_csv_rows_use_the_header(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Name;City\nAnn;Paris\nBob;\n", encoding="utf-8")
    assert [(b.text, b.kind) for b in load_document(path).blocks] == [
        ("Name | City", "table_row"),
        ("Name: Ann | City: Paris", "table_row"),
        ("Name: Bob", "table_row"),
    ]


def test_rst_headings_give_sections(tmp_path):
    path = tmp_path / "guide.rst"
    path.write_text(
        "=====\nGuide\n=====\n\nIntro.\n\nTravel\n------\n\nBook early.\n", encoding="utf-8"
    )
    doc = load_document(path)
    assert doc.title == "Guide"
    assert [(b.text, b.section, b.kind) for b in doc.blocks] == [
        ("Guide", "Guide", "heading"),
        ("Intro.", "Guide", "paragraph"),
        ("Travel", "Guide > Travel", "heading"),
        ("Book early.", "Guide > Travel", "paragraph"),
    ]


# --- e-mail --------------------------------------------------------------------------------------


def _message(subject: str = "Trip to Lyon") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Ann Smith <ann@example.com>"
    msg["To"] = "team@example.com"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 01 Jan 2024 10:00:00 +0000"
    return msg


def test_eml_headers_block_plain_body_and_attachments_listed(tmp_path):
    msg = _message("Réunion à Lyon")
    msg.set_content("Hello team,\n\nThe hotel is booked.\n", charset="iso-8859-1")
    msg.add_alternative("<p>HTML version</p>", subtype="html")
    msg.add_attachment(
        b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="invoice.pdf"
    )
    path = tmp_path / "mail.eml"
    path.write_bytes(msg.as_bytes())

    doc = load_document(path)
    assert (doc.format, doc.title) == ("eml", "Réunion à Lyon")
    header = doc.blocks[0]
    assert (header.section, header.kind) == ("Headers", "header")
    assert header.text.split("\n") == [
        "From: Ann Smith <ann@example.com>",
        "To: team@example.com",
        "Date: Mon, 01 Jan 2024 10:00:00 +0000",
        "Subject: Réunion à Lyon",
    ]
    assert _texts(doc.blocks[1:]) == ["Hello team,", "The hotel is booked."]
    assert doc.warnings == ["attachment not parsed: invoice.pdf (application/pdf)"]


def test_eml_html_only_body_is_stripped(tmp_path):
    msg = _message()
    msg.set_content(
        "<html><body><h1>Agenda</h1><p>Meet at <b>9</b>.</p><script>x()</script></body></html>",
        subtype="html",
    )
    path = tmp_path / "mail.eml"
    path.write_bytes(msg.as_bytes())
    assert _texts(load_document(path).blocks[1:]) == ["Agenda", "Meet at 9."]


# --- PDF -----------------------------------------------------------------------------------------


def _make_pdf(path: Path, pages: list[str], title: str | None = None) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    if title:
        pdf.set_title(title)
    path.write_bytes(bytes(pdf.output()))
    return path


def test_pdf_blocks_keep_page_numbers_and_metadata_title(tmp_path):
    path = _make_pdf(
        tmp_path / "p.pdf",
        ["Travel must be approved.", "Per diem is 50 EUR."],
        title="Expense Policy",
    )
    doc = load_document(path)
    assert (doc.format, doc.pages, doc.title) == ("pdf", 2, "Expense Policy")
    assert [(b.text, b.page) for b in doc.blocks] == [
        ("Travel must be approved.", 1),
        ("Per diem is 50 EUR.", 2),
    ]


def test_pdf_without_metadata_title_uses_its_first_line(tmp_path):
    path = _make_pdf(tmp_path / "p.pdf", ["Expense rules\nTravel must be approved."])
    assert load_document(path).title == "Expense rules"


def test_encrypted_pdf_needs_the_right_password(tmp_path):
    from pypdf import PdfWriter

    plain = _make_pdf(tmp_path / "plain.pdf", ["Top secret salary table."])
    writer = PdfWriter(clone_from=plain)
    writer.encrypt("s3cret", algorithm="AES-256")
    locked = tmp_path / "locked.pdf"
    writer.write(locked)

    with pytest.raises(EncryptedDocumentError, match=r"^encrypted PDF: a password is needed$"):
        load_document(locked)
    with pytest.raises(EncryptedDocumentError, match=r"^encrypted PDF: wrong password$"):
        load_document(locked, password="guess")
    assert _texts(load_document(locked, password="s3cret").blocks) == ["Top secret salary table."]


def test_pdf_with_only_an_image_has_no_text(tmp_path):
    from fpdf import FPDF
    from PIL import Image

    image = tmp_path / "scan.png"
    Image.new("RGB", (200, 100), "white").save(image)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(image), x=10, y=10, w=100)
    path = tmp_path / "scan.pdf"
    path.write_bytes(bytes(pdf.output()))
    with pytest.raises(
        NoTextError, match=r"^no extractable text: scanned\? \(1 page, no text layer\)$"
    ):
        load_document(path)


def test_pdf_without_pages_and_truncated_pdf(tmp_path):
    from pypdf import PdfWriter

    empty = tmp_path / "empty.pdf"
    PdfWriter().write(empty)
    with pytest.raises(NoTextError, match=r"^PDF has no pages$"):
        load_document(empty)
    good = _make_pdf(tmp_path / "good.pdf", ["Some text here."]).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(good[:200])
    with pytest.raises(CorruptDocumentError, match=r"^not a valid PDF: "):
        load_document(cut)


def test_table_rows_are_keyed_by_a_text_header_only():
    from ingest.loaders._common import table_row_texts

    assert table_row_texts([["City", "Rate"], ["Paris", "63"], ["", ""], ["Rome", ""]]) == [
        "City | Rate", "City: Paris | Rate: 63", "City: Rome"
    ]
    # A first row of numbers is data, not a header.
    assert table_row_texts([["2024", "2025"], ["10", "12"]]) == ["2024 | 2025", "10 | 12"]
    assert table_row_texts([["only", "one row"]]) == ["only | one row"]
    assert table_row_texts([]) == []
