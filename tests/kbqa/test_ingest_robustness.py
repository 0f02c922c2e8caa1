"""One ingest run over the 64 hostile/odd PDFs of ../shared/data/pdf_robustness plus good documents."""

import json
import shutil
from pathlib import Path

from kbqa import KnowledgeBase
from tests.conftest import SAMPLE_DOCS, ensure_user, shared_data


def test_mixed_batch_every_file_accounted_for_and_good_ones_searchable(tmp_path):
    pdf_dir = shared_data("pdf_robustness", "files")
    manifest = {m["file"]: m for m in json.loads(
        (pdf_dir.parent / "manifest.json").read_text(encoding="utf-8"))}
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("it_security_policy.pdf", "expense_policy.md", "product_faq.html"):
        shutil.copy(SAMPLE_DOCS / name, docs / name)

    kb = KnowledgeBase(tmp_path / "kb")
    report = kb.ingest([pdf_dir, docs])

    outcomes = {Path(f.path).name: f for f in report.files}
    assert set(outcomes) == set(manifest) | {"it_security_policy.pdf", "expense_policy.md",
                                             "product_faq.html"}
    for name, outcome in outcomes.items():
        assert outcome.status in ("ingested", "failed"), (name, outcome)
        if outcome.status == "failed":
            assert outcome.kind and outcome.reason, f"{name} failed without a reason"
            assert outcome.kind not in ("timeout", "memory"), f"{name}: {outcome.reason}"
    for name, meta in manifest.items():
        if meta["category"] == "encrypted" and outcomes[name].status == "failed":
            # Without a password: reported as encrypted, or opened (empty password) but textless.
            assert outcomes[name].kind in ("encrypted", "no_text"), (name, outcomes[name].reason)
        if meta["category"] == "encrypted" and not meta["observed_pypdf_7.1.0_strict_False"].get(
            "opens_with_empty_password", True
        ):
            assert outcomes[name].kind == "encrypted", (name, outcomes[name].reason)
        if meta["category"] == "baseline":
            assert outcomes[name].status == "ingested", (name, outcomes[name].reason)
    scanned = [n for n, m in manifest.items() if m["category"] == "scanned"]
    assert any(outcomes[n].kind == "no_text" and "scanned" in (outcomes[n].reason or "")
               for n in scanned)
    assert outcomes["35_zero_pages_qpdf__empty.pdf"].status == "failed"

    for good in ("it_security_policy.pdf", "expense_policy.md", "product_faq.html"):
        assert outcomes[good].status == "ingested" and outcomes[good].chunks > 0
    hits = kb.retrieve("How often must passwords be rotated?", user=ensure_user(kb), k=3)
    assert Path(hits[0].source).name == "it_security_policy.pdf"
    ingested = {n for n, o in outcomes.items() if o.status == "ingested"}
    assert {Path(d.path).name for d in kb.documents()} == ingested
    assert len(kb.index()) == kb.store.chunk_count() == report.counts["chunks_added"]

    print(report.stages_s, report.counts)
    again = kb.ingest([pdf_dir, docs])
    assert again.counts["chunks_added"] == 0
    assert again.counts["unchanged"] == len(ingested)
    assert again.counts["failed"] == report.counts["failed"], "failures are reported again, not hidden"
