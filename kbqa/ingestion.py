"""The ingestion run: discover files, skip unchanged ones, parse in a sandbox, mask, chunk, embed,
write to the chunk store and the vector index.

Crash safety: chunks, vectors and new pseudonyms are committed to the store in one transaction per
batch; the index file is saved afterwards with the store generation it reflects. A run killed at
any point leaves the last committed state, and the next open rebuilds a stale index from the store.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import numpy as np

from ingest.chunk import chunk_blocks
from ingest.errors import DocumentError
from ingest.loaders import SUPPORTED_SUFFIXES
from ingest.sandbox import ParserPool
from ingest.types import Chunk, LoadedDocument, MaskedText
from kbqa.display_names import masked_labels, masked_paths
from kbqa.errors import ConfigError
from kbqa.lexical import tokenize
from kbqa.report import FileOutcome, IngestReport
from kbqa.store import ChunkStore, DocumentRow, NewDocument

if TYPE_CHECKING:
    from ingest.anonymize import Anonymizer
    from kbqa.embedding import Embedder
    from kbqa.index import VectorIndex
    from kbqa.pseudonyms import StoreVault
    from kbqa.settings import Settings

# Flush to the store once this many chunks wait for embedding: big enough for efficient
# batches, small enough that a crash loses little work.
_BATCH_CHUNKS = 512

Progress = Callable[[str, int, int], None]
"""Called as progress(current_file, done, total)."""


@dataclass
class _Pending:
    path: str
    outcome: FileOutcome
    replaces: int | None
    doc: NewDocument


@dataclass
class IngestContext:
    """The heavy parts an ingestion run uses, owned by the KnowledgeBase."""

    settings: Settings
    store: ChunkStore
    index: VectorIndex
    embedder: Embedder
    anonymizer: Anonymizer | NoMasking
    vault: StoreVault
    save_index: Callable[[int], None]
    """Writes the vector index to disk and rebuilds the keyword index from the store, both tagged
    with the given store generation."""


class NoMasking:
    """Stands in for the anonymizer when ``pii_entities`` is empty: masking switched off on
    purpose (public evaluation sets, where names are the answers). Never the default."""

    vault = None

    def mask_many(self, texts: Sequence[str]) -> list[MaskedText]:
        return [MaskedText(text, []) for text in texts]


def discover(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileOutcome]]:
    """Expand files and folders into files to ingest, plus folder entries that are skipped."""
    files: list[Path] = []
    skipped: list[FileOutcome] = []
    seen: set[Path] = set()
    for raw in paths:
        root = Path(raw).expanduser()
        if not root.exists():
            raise ConfigError(f"path not found: {raw}")
        if root.is_file():
            candidates: Iterable[Path] = [root]
        else:
            candidates = sorted(_walk(root))
        for path in candidates:
            path = path.resolve()
            if path in seen:
                continue
            seen.add(path)
            if root.is_dir() and path.suffix.lower() not in SUPPORTED_SUFFIXES:
                skipped.append(
                    FileOutcome(str(path), "skipped", kind="unsupported",
                                reason=f"unsupported file type '{path.suffix or '(none)'}'")
                )
            else:
                files.append(path)
    return files, skipped


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if not name.startswith("."):
                yield Path(dirpath) / name


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class _Timer:
    def __init__(self, report: IngestReport) -> None:
        self.report = report

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.report.stages_s[stage] += time.perf_counter() - start


def run_ingest(
    ctx: IngestContext,
    paths: Sequence[str | Path],
    *,
    groups: Sequence[str] = (),
    collection: str,
    prune: bool = False,
    progress: Progress | None = None,
    force: bool = False,
    passwords: Mapping[str, str] | None = None,
) -> IngestReport:
    """Ingest ``paths`` into ``collection``; the caller holds the writer lock. ``force``
    re-ingests files whose content is unchanged; ``passwords`` opens encrypted files (keys: a
    file's path or its bare name)."""
    started = time.perf_counter()
    report = IngestReport(data_dir=str(ctx.settings.data_dir), collection=collection)
    timer = _Timer(report)
    files, skipped = discover(paths)
    report.files.extend(skipped)
    manifest = ctx.store.manifest(collection)
    wanted_groups = sorted(set(groups))
    regrouped: list[int] = []

    to_parse: list[tuple[Path, str, DocumentRow | None]] = []
    for path in files:
        known = manifest.get(str(path))
        try:
            with timer("hash"):
                digest = file_sha256(path)
        except OSError as exc:
            report.files.append(FileOutcome(str(path), "failed", kind="unreadable", reason=str(exc)))
            continue
        if known is not None and known.content_hash == digest and not force:
            if wanted_groups and wanted_groups != known.group_names:
                with ctx.store.session() as s, s.begin():
                    ctx.store.set_groups(s, known.id, wanted_groups)
                regrouped.append(known.id)
                report.files.append(FileOutcome(str(path), "regrouped", chunks=known.n_chunks))
            else:
                report.files.append(FileOutcome(str(path), "unchanged", chunks=known.n_chunks))
            continue
        to_parse.append((path, digest, known))
    with timer("anonymize"):
        report.shown_paths = _shown_paths(ctx, paths, skipped, to_parse, manifest)

    pending: list[_Pending] = []
    total = len(to_parse)
    settings = ctx.settings
    with ParserPool(
        workers=settings.parse_workers,
        timeout_s=settings.parse_timeout_s,
        memory_mb=settings.parse_memory_mb,
        max_file_mb=settings.max_file_mb,
    ) as pool:
        results = pool.imap((path, _password_for(path, passwords)) for path, _, _ in to_parse)
        for done, (path, digest, known) in enumerate(to_parse):
            if progress:
                progress(path.name, done, total)
            with timer("parse"):
                _, parsed = next(results)
            if isinstance(parsed, DocumentError):
                report.files.append(
                    FileOutcome(str(path), "failed", kind=parsed.kind, reason=str(parsed))
                )
                continue
            n_chars = sum(len(b.text) for b in parsed.blocks)
            if n_chars > settings.max_text_chars:
                # Parsing is capped in the sandbox; masking and embedding are not, so a huge
                # text would hold the writer lock for hours.
                report.files.append(FileOutcome(
                    str(path), "failed", kind="too_large",
                    reason=f"{n_chars:,} characters of text, over the limit of "
                    f"{settings.max_text_chars:,} (KBQA_MAX_TEXT_CHARS)",
                ))
                continue
            doc_groups = wanted_groups or (known.group_names if known else [])
            item = _prepare(ctx, timer, path, digest, parsed, doc_groups, collection, known,
                            report.shown(str(path)))
            if item.outcome.status == "failed":
                report.files.append(item.outcome)
                continue
            pending.append(item)
            if sum(len(p.doc.chunks) for p in pending) >= _BATCH_CHUNKS:
                _flush(ctx, timer, pending, report)
                pending = []
        _flush(ctx, timer, pending, report)
    if progress:
        progress("", total, total)

    if prune:
        _prune(ctx, timer, paths, collection, report)
    if regrouped:
        with timer("index"):
            _reindex_documents(ctx, regrouped)
    if report.chunks_added or report.chunks_removed or regrouped:
        with timer("index"):
            ctx.save_index(ctx.store.generation())
    report.stages_s["total"] = time.perf_counter() - started
    return report


def _mask_texts(ctx: IngestContext) -> Callable[[Sequence[str]], list[str]]:
    return lambda texts: [m.text for m in ctx.anonymizer.mask_many(texts)]


def _shown_paths(
    ctx: IngestContext,
    roots: Sequence[str | Path],
    skipped: list[FileOutcome],
    to_parse: list[tuple[Path, str, DocumentRow | None]],
    manifest: Mapping[str, DocumentRow],
) -> dict[str, str]:
    """Every path this run records -> its masked form. Unchanged documents keep the one they
    were stored with, so an incremental run over many files masks only what is new."""
    parsing = {str(path) for path, _, _ in to_parse}
    shown = {p: d.source for p, d in manifest.items() if d.source and p not in parsing}
    todo = [str(r) for r in roots] + [f.path for f in skipped] + sorted(parsing)
    todo += [p for p, d in manifest.items() if not d.source and p not in parsing]
    shown.update(masked_paths(todo, _mask_texts(ctx)))
    return shown


def _reindex_documents(ctx: IngestContext, document_ids: list[int]) -> None:
    """Write regrouped documents' chunks to the vector index again, with their vectors from the
    store: an index that filters by group (Milvus) keeps each chunk's groups."""
    ids, vectors = ctx.store.document_vectors(document_ids)
    if not len(ids):
        return
    ctx.index.remove(ids)
    ctx.index.add(ids, vectors)


def _password_for(path: Path, passwords: Mapping[str, str] | None) -> str | None:
    """The password given for a file: by its path (any spelling of it), else by its bare name."""
    if not passwords:
        return None
    resolved = path.resolve()
    for key, password in passwords.items():
        if Path(key).expanduser().resolve() == resolved:
            return password
    return passwords.get(path.name)


def _prepare(
    ctx: IngestContext,
    timer: _Timer,
    path: Path,
    digest: str,
    parsed: LoadedDocument,
    groups: list[str],
    collection: str,
    known: DocumentRow | None,
    source: str,
) -> _Pending:
    status = "replaced" if known is not None else "ingested"
    outcome = FileOutcome(str(path), status, warnings=list(parsed.warnings))
    with timer("anonymize"):
        # Titles and section paths are shown in citations, so they are masked like the text.
        sections = sorted({b.section for b in parsed.blocks if b.section})
        texts = [b.text for b in parsed.blocks] + sections
        masked = [m.text for m in ctx.anonymizer.mask_many(texts)]
        # A title made from a file name ("Review_Margarethe_Vollmer") is read with spaces.
        title = masked_labels([parsed.title], _mask_texts(ctx))[0]
    n = len(parsed.blocks)
    section_map = dict(zip(sections, masked[n:]))
    blocks = [
        replace(b, text=t, section=section_map.get(b.section, b.section))
        for b, t in zip(parsed.blocks, masked)
    ]
    with timer("chunk"):
        chunks = chunk_blocks(
            blocks,
            count_tokens=ctx.embedder.count_tokens,
            max_tokens=ctx.settings.chunk_max_tokens,
            overlap_tokens=ctx.settings.chunk_overlap_tokens,
        )
    if not chunks:
        outcome.status, outcome.kind = "failed", "no_text"
        outcome.reason = "no extractable text"
    doc = NewDocument(
        collection=collection,
        path=str(path),
        source=source,
        title=title,
        format=parsed.format,
        content_hash=digest,
        size_bytes=path.stat().st_size,
        pages=parsed.pages,
        warnings=list(parsed.warnings),
        groups=groups,
        chunks=chunks,
        vectors=np.zeros((0, 0), dtype=np.float32),
    )
    outcome.chunks = len(chunks)
    return _Pending(str(path), outcome, known.id if known else None, doc)


def embedding_text(title: str, section: str, chunk: Chunk) -> str:
    """What is embedded for a chunk: a short title/section line gives it its context."""
    head = " > ".join(p for p in (title[:80], section[:80]) if p)
    return f"{head}\n{chunk.text}" if head else chunk.text


def _flush(ctx: IngestContext, timer: _Timer, pending: list[_Pending], report: IngestReport) -> None:
    if not pending:
        return
    texts = [embedding_text(p.doc.title, c.section, c) for p in pending for c in p.doc.chunks]
    with timer("embed"):
        vectors = ctx.embedder.embed(texts)
    with timer("lexical"):
        terms = [" ".join(t) for t in tokenize(texts)]
    with timer("index"):
        removed: list[int] = []
        added_ids: list[int] = []
        pos = 0
        with ctx.store.session() as s, s.begin():
            for p in pending:
                n = len(p.doc.chunks)
                doc = replace(p.doc, vectors=vectors[pos : pos + n], terms=terms[pos : pos + n])
                pos += n
                if p.replaces is not None:
                    removed.extend(ctx.store.delete_document(s, p.replaces))
                    s.flush()
                added_ids.extend(ctx.store.write_document(s, doc))
            ctx.vault.flush(s)
            ctx.store.bump_generation(s)
        ctx.index.remove(np.asarray(removed, dtype=np.int64))
        ctx.index.add(np.asarray(added_ids, dtype=np.int64), vectors)
    report.chunks_added += len(added_ids)
    report.chunks_removed += len(removed)
    report.files.extend(p.outcome for p in pending)


def _prune(
    ctx: IngestContext,
    timer: _Timer,
    roots: Sequence[str | Path],
    collection: str,
    report: IngestReport,
) -> None:
    resolved = [Path(r).expanduser().resolve() for r in roots]
    gone = [
        d
        for d in ctx.store.documents(collection)
        if not Path(d.path).exists()
        and any(Path(d.path) == r or Path(d.path).is_relative_to(r) for r in resolved)
    ]
    if not gone:
        return
    with timer("index"):
        removed: list[int] = []
        with ctx.store.session() as s, s.begin():
            for d in gone:
                removed.extend(ctx.store.delete_document(s, d.id))
            ctx.store.bump_generation(s)
        ctx.index.remove(np.asarray(removed, dtype=np.int64))
    report.chunks_removed += len(removed)
    report.files.extend(FileOutcome(d.path, "pruned", chunks=d.n_chunks) for d in gone)
