"""64 real-world broken, encrypted, scanned and unusual PDFs through one ParserPool.

The files live beside the repo in shared/data/pdf_robustness (never copied here); manifest.json
says what each one is and what pypdf managed with it, from which the expected outcome is derived.
Run with ``-s`` to see the file -> outcome table.
"""

from __future__ import annotations

import json
import re

import pytest

from ingest.errors import DocumentError
from ingest.sandbox import ParserPool
from ingest.types import LoadedDocument
from tests.requirements import SHARED_DATA, require

DATA = SHARED_DATA / "pdf_robustness"
OBSERVED = "observed_pypdf_7.1.0_strict_False"
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

Outcome = LoadedDocument | DocumentError


def _manifest() -> dict[str, dict]:
    require((DATA / "manifest.json").is_file(),
            f"PDF robustness set {DATA} (it lives beside the repo, in ../shared/data)")
    return {
        entry["file"]: entry for entry in json.loads((DATA / "manifest.json").read_text("utf-8"))
    }


def _password(entry: dict) -> str | None:
    """The password the origin's own tests use: the first quoted string in the description."""
    match = re.search(r'"([^"]+)"', entry["description"])
    return match.group(1) if match else None


def _needs_password(entry: dict) -> bool:
    observed = entry[OBSERVED]
    return bool(observed.get("encrypted")) and observed.get("opens_with_empty_password") is False


def _expected(entry: dict, *, with_password: bool) -> set[str]:
    """Acceptable outcome kinds ("ok" for a document) given what pypdf did with the file."""
    observed = entry[OBSERVED]
    if "error" in observed:  # pypdf cannot open it or read any page
        return {"corrupt", "encrypted"} if observed.get("encrypted") else {"corrupt"}
    if _needs_password(entry) and not with_password:
        return {"encrypted"}
    if observed.get("pages") == 0 or not observed.get("text_chars_first3pages"):
        return {"no_text"}
    return {"ok"}


def _kind(outcome: Outcome) -> str:
    return "ok" if isinstance(outcome, LoadedDocument) else outcome.kind


def _text(outcome: Outcome) -> str:
    return "\n".join(b.text for b in outcome.blocks) if isinstance(outcome, LoadedDocument) else ""


def _describe(outcome: Outcome) -> str:
    if isinstance(outcome, DocumentError):
        return str(outcome)
    text = _text(outcome)
    warn = f" warnings={outcome.warnings}" if outcome.warnings else ""
    title = outcome.title[:30]
    return f"pages={outcome.pages} blocks={len(outcome.blocks)} chars={len(text)} {title=}{warn}"


@pytest.fixture(scope="module")
def runs() -> tuple[dict[str, dict], dict[str, Outcome], dict[str, Outcome]]:
    """(manifest, outcome without password, outcome with the manifest's password)."""
    manifest = _manifest()
    files = DATA / "files"
    locked = [
        name for name, entry in manifest.items() if _needs_password(entry) and _password(entry)
    ]
    with ParserPool(workers=2, timeout_s=60) as pool:
        plain = {p.name: r for p, r in pool.imap((files / name, None) for name in manifest)}
        unlocked = {
            p.name: r for p, r in pool.imap((files / n, _password(manifest[n])) for n in locked)
        }
    rows = [("file", "category", "outcome", "detail")]
    for name, outcome in plain.items():
        rows.append((name, manifest[name]["category"], _kind(outcome), _describe(outcome)))
        if name in unlocked:
            label = f"  + password {_password(manifest[name])!r}"
            rows.append((label, "", _kind(unlocked[name]), _describe(unlocked[name])))
    print()
    for name, category, kind, detail in rows:
        print(f"{name[:58]:<58} {category:<10} {kind:<10} {detail}"[:220])
    return manifest, plain, unlocked


def test_every_file_is_accounted_for_and_nothing_hangs_or_crashes(runs):
    manifest, plain, _ = runs
    on_disk = {p.name for p in (DATA / "files").glob("*.pdf")}
    assert set(plain) == set(manifest) == on_disk
    assert len(plain) == 64
    bad = {
        n: str(r)
        for n, r in plain.items()
        if _kind(r) in {"timeout", "memory"} or "crashed" in str(r)
    }
    assert bad == {}


def test_each_outcome_matches_what_the_file_is(runs):
    manifest, plain, _ = runs
    wrong = {
        name: (
            _kind(outcome),
            sorted(_expected(manifest[name], with_password=False)),
            _describe(outcome),
        )
        for name, outcome in plain.items()
        if _kind(outcome) not in _expected(manifest[name], with_password=False)
    }
    assert wrong == {}


def test_encrypted_files_ask_for_a_password_and_open_with_it(runs):
    manifest, plain, unlocked = runs
    locked = [n for n, e in manifest.items() if e["category"] == "encrypted" and _needs_password(e)]
    assert len(locked) >= 8
    assert all(str(plain[n]) == "encrypted PDF: a password is needed" for n in locked)
    assert set(unlocked) == set(locked), "every locked file names its password in the manifest"
    for name, outcome in unlocked.items():
        assert _kind(outcome) in _expected(manifest[name], with_password=True), (
            name,
            _describe(outcome),
        )
        if isinstance(outcome, LoadedDocument):
            sample = manifest[name][OBSERVED]["text_sample"]
            assert "".join(sample.split())[:15] in "".join(_text(outcome).split()), name
    # files encrypted with an empty password open without being asked
    transparent = [
        n for n, e in manifest.items() if e["category"] == "encrypted" and not _needs_password(e)
    ]
    assert transparent and all(_kind(plain[n]) in {"ok", "no_text"} for n in transparent)


def test_scans_without_a_text_layer_are_no_text_and_ocr_layers_are_read(runs):
    manifest, plain, _ = runs
    scans = {n: e for n, e in manifest.items() if e["category"] == "scanned"}
    for name, entry in scans.items():
        if entry[OBSERVED]["text_chars_first3pages"] == 0:
            assert _kind(plain[name]) == "no_text", name
            assert str(plain[name]).startswith("no extractable text: scanned?"), name
        else:
            assert len(_text(plain[name])) > 100, name


def test_baseline_and_text_files_yield_their_text_with_page_numbers(runs):
    manifest, plain, _ = runs
    baseline = [n for n, e in manifest.items() if e["category"] == "baseline"]
    assert len(baseline) == 2
    for name in baseline:
        assert len(_text(plain[name])) > 500, name
    for name, outcome in plain.items():
        if not isinstance(outcome, LoadedDocument):
            continue
        assert outcome.pages and all(1 <= b.page <= outcome.pages for b in outcome.blocks), name
        sample = "".join(manifest[name][OBSERVED]["text_sample"].split())[:15]
        assert sample in "".join(_text(outcome).split()), name


def test_cjk_files_yield_cjk_characters_or_are_flagged_as_garbled(runs):
    manifest, plain, _ = runs
    cjk = {
        n: e for n, e in manifest.items() if e["category"] == "cjk" and "error" not in e[OBSERVED]
    }
    assert len(cjk) >= 4
    for name, entry in cjk.items():
        outcome = plain[name]
        assert isinstance(outcome, LoadedDocument), name
        if CJK.search(entry[OBSERVED]["text_sample"]):
            assert CJK.search(_text(outcome)), name
        elif not CJK.search(_text(outcome)):  # pypdf cannot map this font: say so
            assert any("garbled" in w for w in outcome.warnings), name
    assert "甲方：中国饮料有限公司（盖章）" in _text(plain["40_cjk_pdfminer__issue_566_test_2.pdf"])


def test_zero_page_pdf_is_no_text(runs):
    _, plain, _ = runs
    assert str(plain["35_zero_pages_qpdf__empty.pdf"]) == "PDF has no pages"
