"""The vector and keyword index files of a data dir, cached per process.

The chunk store is the source of truth; ``vectors.faiss`` and ``bm25/`` are caches of it, saved
at each ingest with the store generation they reflect. A reader loads them once and again only
when the store's generation moves; a missing, stale or unreadable file is rebuilt from the store
(in memory for a reader: a reader never writes; the next ingest or ``kbqa index rebuild`` saves it).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from kbqa.errors import IndexCorruptError
from kbqa.index import FaissIndex
from kbqa.lexical import LexicalIndex
from kbqa.store import ChunkStore

__all__ = ["IndexFiles"]

log = logging.getLogger(__name__)

INDEX_FILE = "vectors.faiss"
LEXICAL_DIR = "bm25"


@contextmanager
def _saving(path: Path) -> Iterator[None]:
    """Turn an OSError while saving an index (a full disk) into an error naming it."""
    try:
        yield
    except OSError as exc:
        # The store is already committed: the old file is stale, and readers rebuild from the store.
        raise IndexCorruptError(
            f"the index {path} could not be saved ({exc.strerror or exc}); the documents are in "
            "the chunk store and searches rebuild the index from it; free disk space, then run "
            "'kbqa index rebuild'"
        ) from exc


class IndexFiles:
    """Loads, rebuilds and saves a data dir's FAISS and BM25 indexes.

    Args:
        data_dir: The knowledge base folder.
        store: Its chunk store.
        dim: Returns the embedding dimension (called lazily: it may load the model).
        lock: The owner's lock, shared so that loading never waits on a second lock.
    """

    def __init__(
        self, data_dir: Path, store: ChunkStore, dim: Callable[[], int], lock: threading.RLock
    ) -> None:
        self.data_dir = data_dir
        self.store = store
        self._dim = dim
        self._lock = lock
        self._index: FaissIndex | None = None
        self._index_generation = -1
        self._lexical: LexicalIndex | None = None

    def vectors(self) -> FaissIndex:
        """The vector index, reloaded or rebuilt when the store has changed since it was read."""
        with self._lock:
            generation = self.store.generation()
            if self._index is not None and self._index_generation == generation:
                return self._index
            path = self.data_dir / INDEX_FILE
            dim = self._dim()
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

    def keywords(self) -> LexicalIndex:
        """The BM25 index, reloaded when the store has changed since it was read."""
        with self._lock:
            generation = self.store.generation()
            if self._lexical is not None and self._lexical.generation == generation:
                return self._lexical
            folder = self.data_dir / LEXICAL_DIR
            index: LexicalIndex | None = None
            if (folder / "CURRENT").exists():
                try:
                    index = LexicalIndex.load(folder)
                except IndexCorruptError as exc:
                    log.warning("%s; rebuilding it in memory", exc)
                if index is not None and index.generation != generation:
                    log.warning("keyword index is stale (generation %s, store %s): rebuilding",
                                index.generation, generation)
                    index = None
            if index is None:
                index = self._build_lexical(generation)
            self._lexical = index
            return index

    def rebuild(self) -> FaissIndex:
        """Rebuild both indexes from the chunk store and save them; the caller holds the writer
        lock."""
        with self._lock:
            index = self._build_index(self._dim())
            generation = self.store.generation()
            with _saving(self.data_dir / INDEX_FILE):
                index.save(self.data_dir / INDEX_FILE, generation)
            self._index, self._index_generation = index, generation
            with _saving(self.data_dir / LEXICAL_DIR):
                self._save_lexical(generation)
            return index

    def save(self, generation: int) -> None:
        """Save the vector index an ingest has updated in place, and a fresh BM25 index; the
        caller holds the writer lock."""
        with self._lock:
            assert self._index is not None
            if self._index.outgrown:  # grown past exact search's size: rebuild as IVF
                log.info("vector index reached %d vectors: rebuilding it as IVF", len(self._index))
                self._index = self._build_index(self._index.dim)
            with _saving(self.data_dir / INDEX_FILE):
                self._index.save(self.data_dir / INDEX_FILE, generation)
            self._index_generation = generation
            with _saving(self.data_dir / LEXICAL_DIR):
                self._save_lexical(generation)

    def _build_index(self, dim: int) -> FaissIndex:
        # Exact search while small, IVF from FaissIndex.FLAT_LIMIT vectors (see kbqa.index).
        return FaissIndex.build(dim, lambda: self.store.iter_vectors(dim))

    def _build_lexical(self, generation: int) -> LexicalIndex:
        ids: list[np.ndarray] = []
        terms: list[list[str]] = []
        for batch_ids, batch_terms in self.store.iter_terms():
            ids.append(batch_ids)
            terms.extend(batch_terms)
        index = LexicalIndex()
        index.build_from_tokens(
            np.concatenate(ids) if ids else np.zeros(0, dtype=np.int64), terms
        )
        index.generation = generation
        return index

    def _save_lexical(self, generation: int) -> None:
        lexical = self._build_lexical(generation)
        lexical.save(self.data_dir / LEXICAL_DIR, generation)
        self._lexical = lexical
