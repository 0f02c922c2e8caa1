"""``KnowledgeBase``: the public Python API over one data dir."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kbqa.errors import ConfigError, IndexCorruptError
from kbqa.index import FaissIndex
from kbqa.ingestion import IngestContext, Progress, run_ingest
from kbqa.lock import writer_lock
from kbqa.report import IngestReport
from kbqa.settings import Settings
from kbqa.store import ChunkStore, DocumentRow

log = logging.getLogger(__name__)

_INDEX_FILE = "vectors.faiss"


@dataclass(frozen=True)
class SearchHit:
    """One retrieved chunk with what a citation needs."""

    chunk_id: int
    score: float
    text: str
    title: str
    source: str
    page: int | None
    section: str
    start: int
    end: int
    groups: tuple[str, ...]


class KnowledgeBase:
    """A knowledge base in a data dir: ingest documents, search them.

    Heavy parts (embedding model, anonymizer, index) load on first use and are shared by every
    call on this object; one object per process is the intended use.

    Args:
        data_dir: Where the knowledge base lives; overrides ``settings.data_dir``.
        settings: Settings; default: from the environment (``KBQA_*``).
    """

    def __init__(self, data_dir: str | Path | None = None, settings: Settings | None = None) -> None:
        settings = settings or Settings()
        if data_dir is not None:
            settings = settings.model_copy(update={"data_dir": Path(data_dir).expanduser()})
        self.settings = settings
        self.data_dir = settings.data_dir
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"cannot create data dir {self.data_dir}: {exc.strerror}") from exc
        self.store = ChunkStore.in_data_dir(self.data_dir)
        self._lock = threading.RLock()
        self._embedder = None
        self._anonymizer = None
        self._vault = None
        self._index: FaissIndex | None = None
        self._index_generation = -1

    # -- heavy parts, loaded lazily -----------------------------------------------------------
    @property
    def embedder(self):  # type: ignore[no-untyped-def]
        with self._lock:
            if self._embedder is None:
                from kbqa.embedding import shared_embedder

                self._embedder = shared_embedder(
                    self.settings.embedding_model, self.settings.embed_batch_size
                )
            return self._embedder

    def _writer_parts(self):  # type: ignore[no-untyped-def]
        from ingest.anonymize import Anonymizer
        from kbqa.pseudonyms import StoreVault, load_or_create_key

        key = load_or_create_key(self.data_dir, self.settings.pseudonym_key)
        # The vault is re-read for every run: another process may have added pseudonyms.
        self._vault = StoreVault(self.store, key)
        if self._anonymizer is None:
            self._anonymizer = Anonymizer(
                entities=self.settings.pii_entities,
                vault=self._vault,
                score_threshold=self.settings.pii_score_threshold,
                allow_list=self.settings.pii_allow_list,
            )
        else:
            self._anonymizer.vault = self._vault
        return self._anonymizer, self._vault

    def index(self) -> FaissIndex:
        """The vector index, reloaded or rebuilt when the store has changed since it was read."""
        with self._lock:
            generation = self.store.generation()
            if self._index is not None and self._index_generation == generation:
                return self._index
            path = self.data_dir / _INDEX_FILE
            dim = self.embedder.dim
            index: FaissIndex | None = None
            if path.exists():
                index, file_generation = FaissIndex.load(path, dim)
                if file_generation != generation:
                    log.warning("index file is stale (generation %s, store %s): rebuilding",
                                file_generation, generation)
                    index = None
            if index is None:
                index = self._build_index(dim)
            self._index, self._index_generation = index, generation
            return index

    def _build_index(self, dim: int) -> FaissIndex:
        index = FaissIndex(dim)
        for ids, vectors in self.store.iter_vectors(dim):
            index.add(ids, vectors)
        return index

    def rebuild_index(self) -> int:
        """Rebuild the vector index from the chunk store; returns the vector count."""
        with writer_lock(self.data_dir), self._lock:
            return len(self._rebuild_locked())

    def _rebuild_locked(self) -> FaissIndex:
        index = self._build_index(self.embedder.dim)
        generation = self.store.generation()
        index.save(self.data_dir / _INDEX_FILE, generation)
        self._index, self._index_generation = index, generation
        return index

    def _save_index(self, generation: int) -> None:
        assert self._index is not None
        self._index.save(self.data_dir / _INDEX_FILE, generation)
        self._index_generation = generation

    # -- public API ---------------------------------------------------------------------------
    def ingest(
        self,
        paths: Sequence[str | Path] | str | Path,
        *,
        groups: Sequence[str] = (),
        collection: str | None = None,
        prune: bool = False,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Ingest files and folders; returns the report the CLI prints.

        Args:
            paths: Files and/or folders (walked recursively, hidden entries skipped).
            groups: Groups allowed to see these documents; empty keeps a re-ingested document's
                groups, and makes a new one visible to every signed-in user.
            collection: Collection name (default from settings).
            prune: Remove documents under ``paths`` whose files no longer exist.
            progress: Optional callback ``(file_name, done, total)``.

        Raises:
            ConfigError: a path does not exist.
            DataDirBusyError: another process is writing to this data dir.
        """
        if isinstance(paths, (str, Path)):
            paths = [paths]
        with writer_lock(self.data_dir), self._lock:
            try:
                index = self.index()
            except IndexCorruptError:
                log.warning("index file unreadable: rebuilding it from the chunk store")
                index = self._rebuild_locked()
            anonymizer, vault = self._writer_parts()
            ctx = IngestContext(
                settings=self.settings,
                store=self.store,
                index=index,
                embedder=self.embedder,
                anonymizer=anonymizer,
                vault=vault,
                save_index=self._save_index,
            )
            report = run_ingest(
                ctx, paths, groups=groups, collection=collection or self.settings.collection,
                prune=prune, progress=progress,
            )
            return report

    def documents(self, collection: str | None = None) -> list[DocumentRow]:
        """Every ingested document (the manifest), optionally of one collection."""
        return self.store.documents(collection)

    def search(self, query: str, k: int = 5) -> list[SearchHit]:
        """Dense search over every chunk (no access control yet: for admins and tests)."""
        index = self.index()
        if len(index) == 0:
            return []
        vector = self.embedder.embed([query])
        scores, ids = index.search(vector, k)
        found = [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]
        rows = self.store.chunks_by_id([i for i, _ in found])
        hits = []
        for chunk_id, score in found:
            if chunk_id not in rows:
                continue
            chunk, doc = rows[chunk_id]
            hits.append(
                SearchHit(
                    chunk_id=chunk_id, score=score, text=chunk.text, title=doc.title,
                    source=doc.path, page=chunk.page, section=chunk.section,
                    start=chunk.start, end=chunk.end, groups=tuple(doc.group_names),
                )
            )
        return hits
