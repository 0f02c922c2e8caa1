"""The privacy scan: personal data the masking missed in what a knowledge base stored.

It reads everything kbqa keeps in its database and data dir — document titles, paths and their
shown (masked) form, chunk text and section paths, the BM25 vocabulary files (every term of every
kept version), and the audit log's records — with the anonymizer's pattern recognizers (e-mail, phone numbers,
Chinese mobile numbers, US SSN, Chinese resident IDs, cards, IBANs, IP addresses). Names are
left out: NER is slow and not deterministic enough for a check that gates a release. The
report says what was found where, never the values.

What a finding means: in a document (its chunks, title or section paths) ``kbqa ingest --force
PATH`` masks it again with the current recognizers; in a path, the file's own name holds it
(rename the file); in the audit log the records are hash-chained and cannot be rewritten: export
them to restricted storage and ``kbqa audit prune`` them (README, "Audit log").
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text

from kbqa.store import ChunkRow, ChunkStore

if TYPE_CHECKING:
    from kbqa.audit import AuditLog
    from kbqa.settings import Settings

__all__ = ["Finding", "PrivacyReport", "pattern_detector", "scan"]

Detector = Callable[[Sequence[str]], list[list[tuple[int, int, str]]]]
"""Texts -> per text the ``(start, end, entity_type)`` spans of personal data found."""

_BATCH = 256
_VOCABULARY_FILE = "vocab.index.json"  # bm25s: term -> column


@dataclass(frozen=True)
class Finding:
    """Personal data found in one stored field; the value itself is never kept."""

    entity_type: str
    place: str
    """``document`` (its title or paths), ``chunk``, ``bm25`` (a vocabulary file) or ``audit``."""
    field: str
    """``title``, ``path``, ``source``, ``text``, ``section``, ``vocabulary``, ``payload`` or
    ``actor``."""
    count: int
    document_id: int | None = None
    document: str | None = None
    """The document's path, with whatever was found in it replaced by ``<TYPE>``."""
    chunk_id: int | None = None
    location: str | None = None
    """For ``bm25``: the file under the data dir; for ``audit``: ``record SEQ (KIND)``."""


@dataclass
class PrivacyReport:
    """What ``scan`` found; ``to_dict`` is ``kbqa privacy scan --json``."""

    findings: list[Finding] = field(default_factory=list)
    scanned: dict[str, int] = field(default_factory=dict)
    free_pages: int | None = None
    """SQLite pages freed but not yet overwritten (deleted text may linger there until the next
    VACUUM, which ``ingest --force`` runs); None on other databases."""

    @property
    def clean(self) -> bool:
        return not self.findings

    @property
    def counts(self) -> dict[str, int]:
        """Values found per entity type."""
        counts: Counter[str] = Counter()
        for f in self.findings:
            counts[f.entity_type] += f.count
        return dict(sorted(counts.items()))

    def documents(self) -> list[dict[str, Any]]:
        """The documents to mask again (``kbqa ingest --force PATH``), with counts per type."""
        docs: dict[int, dict[str, Any]] = {}
        for f in self.findings:
            if f.document_id is None:
                continue
            doc = docs.setdefault(f.document_id, {"document_id": f.document_id,
                                                  "path": f.document, "counts": Counter(),
                                                  "fields": set()})
            doc["counts"][f.entity_type] += f.count
            doc["fields"].add(f.field)
        return [dict(d, counts=dict(sorted(d["counts"].items())), fields=sorted(d["fields"]))
                for _, d in sorted(docs.items())]

    def to_dict(self) -> dict[str, Any]:
        audit = [f for f in self.findings if f.place == "audit"]
        return {
            "clean": self.clean,
            "counts": self.counts,
            "scanned": self.scanned,
            "documents": self.documents(),
            "audit_records": sorted({f.location for f in audit if f.location}),
            "free_pages": self.free_pages,
            "findings": [asdict(f) for f in self.findings],
        }


def pattern_detector(settings: Settings) -> Detector:
    """The anonymizer's pattern recognizers (``ingest.anonymize.PATTERN_ENTITIES``: no NER)
    with the settings' score threshold and allow list: what ingest masks, minus names.
    (``detect_patterns_many`` is the same with the default threshold and no allow list.)"""
    from ingest.anonymize import PATTERN_ENTITIES, Anonymizer

    anonymizer = Anonymizer(
        entities=PATTERN_ENTITIES,
        score_threshold=settings.pii_score_threshold,
        allow_list=settings.pii_allow_list,
    )

    def detect(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        return [[(s, e, t) for s, e, t, _ in spans] for spans in anonymizer.detect_many(texts)]

    return detect


def redact(value: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """``value`` with each span replaced by ``<TYPE>``: a place can be named without the data."""
    for start, end, entity in sorted(spans, reverse=True):
        value = f"{value[:start]}<{entity}>{value[end:]}"
    return value


def scan(
    store: ChunkStore, audit: AuditLog | None, data_dir: Path | None, detect: Detector
) -> PrivacyReport:
    """Scan the chunk store, the BM25 files under ``data_dir`` and the audit log."""
    report = PrivacyReport()
    names = _scan_documents(store, detect, report)
    _scan_chunks(store, detect, report, names)
    if data_dir is not None:
        _scan_vocabularies(data_dir, detect, report)
    if audit is not None:
        _scan_audit(audit, detect, report)
    if store.engine.dialect.name == "sqlite":
        with store.engine.connect() as conn:
            report.free_pages = int(conn.execute(text("PRAGMA freelist_count")).scalar() or 0)
    return report


def _found(
    detect: Detector, items: list[tuple[Any, str, str]]
) -> Iterator[tuple[Any, str, list[tuple[int, int, str]]]]:
    """``(key, field, value)`` items -> ``(key, field, spans)`` for those with findings."""
    for start in range(0, len(items), _BATCH):
        part = items[start : start + _BATCH]
        for (key, name, _), spans in zip(part, detect([v for _, _, v in part]), strict=True):
            if spans:
                yield key, name, spans


def _by_type(spans: Sequence[tuple[int, int, str]]) -> Counter[str]:
    return Counter(entity for _, _, entity in spans)


def _scan_documents(store: ChunkStore, detect: Detector, report: PrivacyReport) -> dict[int, str]:
    docs = store.documents()
    report.scanned["documents"] = len(docs)
    items = [(d.id, name, getattr(d, name)) for d in docs for name in ("title", "path", "source")
             if getattr(d, name)]
    found = list(_found(detect, items))
    path_spans = {doc_id: spans for doc_id, name, spans in found if name == "path"}
    names = {d.id: redact(d.path, path_spans.get(d.id, [])) for d in docs}
    for doc_id, name, spans in found:
        for entity, count in _by_type(spans).items():
            report.findings.append(Finding(entity, "document", name, count, doc_id, names[doc_id]))
    return names


def _scan_chunks(
    store: ChunkStore, detect: Detector, report: PrivacyReport, names: dict[int, str]
) -> None:
    last, seen = 0, 0
    with store.session() as s:
        while True:
            rows = s.execute(
                select(ChunkRow.id, ChunkRow.document_id, ChunkRow.text, ChunkRow.section)
                .where(ChunkRow.id > last).order_by(ChunkRow.id).limit(2000)
            ).all()
            if not rows:
                break
            last, seen = rows[-1].id, seen + len(rows)
            # Not the chunks' BM25 terms: they are made of the text, title and section read
            # here, and read as one line they join what the text keeps apart (an address's
            # digits beside the "phone" of a placeholder look like a phone number). The
            # vocabulary files hold every term, one per line.
            items = [((r.id, r.document_id), name, value) for r in rows
                     for name, value in (("text", r.text), ("section", r.section)) if value]
            for (chunk_id, doc_id), name, spans in _found(detect, items):
                for entity, count in _by_type(spans).items():
                    report.findings.append(Finding(entity, "chunk", name, count, doc_id,
                                                   names.get(doc_id), chunk_id))
    report.scanned["chunks"] = seen


def _scan_vocabularies(data_dir: Path, detect: Detector, report: PrivacyReport) -> None:
    """Every BM25 vocabulary file, kept versions included: one term per line."""
    terms = 0
    for path in sorted(data_dir.rglob(_VOCABULARY_FILE)):
        try:
            vocabulary = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # a save in progress or a damaged file: the index is rebuilt from the store
        words = sorted(str(w) for w in vocabulary)
        terms += len(words)
        where = str(path.relative_to(data_dir))
        # Lines of a few thousand characters: big enough for fast batches, one line per term
        # so that neighbouring terms cannot join into one match.
        lines = ["\n".join(words[i : i + 200]) for i in range(0, len(words), 200)]
        counts: Counter[str] = Counter()
        for _, _, spans in _found(detect, [(None, "vocabulary", line) for line in lines]):
            counts.update(_by_type(spans))
        for entity, count in counts.items():
            report.findings.append(Finding(entity, "bm25", "vocabulary", count, location=where))
    report.scanned["vocabulary_terms"] = terms


def _scan_audit(audit: AuditLog, detect: Detector, report: PrivacyReport) -> None:
    items: list[tuple[Any, str, str]] = []
    seen = 0

    def flush() -> None:
        for where, name, spans in _found(detect, items):
            for entity, count in _by_type(spans).items():
                report.findings.append(Finding(entity, "audit", name, count, location=where))
        items.clear()

    for record in audit.records():  # streamed: a log can be far larger than memory
        where = f"record {record.seq} ({record.kind})"
        items += [(where, "payload", record.payload_json), (where, "actor", record.actor)]
        seen += 1
        if len(items) >= _BATCH:
            flush()
    flush()
    report.scanned["audit_records"] = seen
