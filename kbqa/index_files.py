"""The vector and keyword indexes of a data dir, cached per process.

The chunk store is the source of truth; ``vectors.faiss`` and ``bm25/`` are caches of it, saved
at each ingest with the store generation they reflect. A reader loads them once and again only
when the store's generation moves; a missing, stale or unreadable file is rebuilt from the store
(in memory for a reader: a reader never writes; the next ingest or ``kbqa index rebuild`` saves it).

With ``KBQA_VECTOR_URI`` set (``open_vector_index``), the vectors live in Milvus instead
(``kbqa.vectors_milvus``) and there is no ``vectors.faiss``: every process searches the same
collection, a writer updates it in place and marks it with the store version it reflects, and a
writer finding it behind rebuilds it from the store. BM25 stays a per-process cache as above.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from kbqa.errors import IndexCorruptError, VectorStoreUnavailableError
from kbqa.index import FaissIndex, VectorIndex
from kbqa.lexical import LexicalIndex
from kbqa.store import ChunkStore

if TYPE_CHECKING:
    from kbqa.settings import Settings
    from kbqa.vectors_milvus import MilvusIndex

__all__ = ["IndexFiles", "open_vector_index"]

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


def open_vector_index(settings: Settings, dim: int, store: ChunkStore | None) -> MilvusIndex:
    """The vector server named by ``settings.vector_uri`` (Milvus; imported only then).

    Args:
        settings: ``vector_uri``, ``vector_collection`` and ``vector_token`` are used.
        dim: The embedding dimension.
        store: Where chunk groups and collections are read when chunks are added (``None``:
            indexed without them, visible to everyone).
    """
    from kbqa.vectors_milvus import MilvusIndex, store_metadata

    assert settings.vector_uri, "FAISS files are IndexFiles' own; no vector_uri is set"
    token = settings.vector_token.get_secret_value() if settings.vector_token else None
    return MilvusIndex(
        settings.vector_uri, dim, collection=settings.vector_collection, token=token,
        metadata=None if store is None else store_metadata(store),
    )


class IndexFiles:
    """Loads, rebuilds and saves a data dir's vector (FAISS, or Milvus) and BM25 indexes.

    Args:
        data_dir: The knowledge base folder.
        store: Its chunk store.
        dim: Returns the embedding dimension (called lazily: it may load the model).
        lock: The owner's lock, shared so that loading never waits on a second lock.
        settings: With ``vector_uri`` set, vectors live in Milvus; ``None``: FAISS files.
    """

    def __init__(
        self, data_dir: Path, store: ChunkStore, dim: Callable[[], int], lock: threading.RLock,
        settings: Settings | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.store = store
        self._dim = dim
        self._lock = lock
        self._index: FaissIndex | None = None
        self._index_generation = -1
        self._lexical: LexicalIndex | None = None
        self._settings = settings if settings is not None and settings.vector_uri else None
        self._milvus: MilvusIndex | None = None
        self._milvus_checked: tuple[int, int] | None = None
        self._milvus_count: tuple[int, int] | None = None  # (store generation, vectors)

    def _remote(self) -> MilvusIndex:
        """The Milvus collection, connected once."""
        if self._milvus is None:
            assert self._settings is not None
            self._milvus = open_vector_index(self._settings, self._dim(), self.store)
        return self._milvus

    def vectors(self, version: tuple[int, int] | None = None) -> VectorIndex:
        """The vector index, reloaded or rebuilt when the store has changed since it was read
        (``version``: the store's ``access_version``, if the caller has just read it).

        Milvus is shared and updated by the writer, so it is only opened; when the store has
        moved on, a collection still behind it is logged (``status``)."""
        with self._lock:
            version = version or self.store.access_version()
            if self._settings is not None:
                remote = self._remote()
                if version != self._milvus_checked:
                    self._milvus_checked = version
                    if remote.lags(version):
                        log.warning("the Milvus collection %r at %s is behind the chunk store; "
                                    "the next ingest or 'kbqa index rebuild' updates it",
                                    remote.name, remote.uri)
                return remote
            return self._faiss(version[0])

    def _faiss(self, generation: int | None = None) -> FaissIndex:
        with self._lock:
            generation = self.store.generation() if generation is None else generation
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

    def keywords(self, generation: int | None = None) -> LexicalIndex:
        """The BM25 index, reloaded when the store has changed since it was read
        (``generation``: the store's, if the caller has just read it)."""
        with self._lock:
            generation = self.store.generation() if generation is None else generation
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

    def loaded_vector_count(self) -> int | None:
        """Vectors in the index this process has opened, None before it has: cheap enough for
        every metrics scrape. The FAISS index is never loaded for it; Milvus is counted once
        per store generation (a writer bumps it) and None while it cannot be reached."""
        if self._settings is None:
            index = self._index
            return None if index is None else len(index)
        remote = self._milvus
        if remote is None:
            return None
        generation = self.store.generation()
        cached = self._milvus_count
        if cached is not None and cached[0] == generation:
            return cached[1]
        try:
            count = len(remote)
        except VectorStoreUnavailableError as exc:
            log.warning("cannot count the vectors in Milvus: %s", exc)
            return None
        self._milvus_count = (generation, count)
        return count

    def for_writing(self) -> VectorIndex:
        """The vector index for an ingest or delete to update; the caller holds the writer lock.

        An unreadable FAISS file, or a Milvus collection behind the store, is rebuilt first:
        updates applied to it would otherwise be marked as the store's state."""
        with self._lock:
            if self._settings is not None:
                remote = self._remote()
                if remote.lags(self.store.access_version()):
                    log.warning("the Milvus collection %r at %s is behind the chunk store: "
                                "rebuilding it", remote.name, remote.uri)
                    return self.rebuild()
                return remote
            try:
                return self._faiss()
            except IndexCorruptError:
                log.warning("index file unreadable: rebuilding it from the chunk store")
                return self.rebuild()

    def status(self) -> dict[str, object]:
        """Backend, location, vector count and whether the vectors reflect the store."""
        with self._lock:
            version = self.store.access_version()
            if self._settings is not None:
                remote = self._remote()
                marked = remote.version()
                return {"backend": "milvus", "uri": remote.uri, "collection": remote.name,
                        "vectors": len(remote), "store_version": list(version),
                        "index_version": list(marked or ()),
                        "up_to_date": marked == tuple(version)}
            path = self.data_dir / INDEX_FILE
            index = self._faiss()
            saved = FaissIndex.file_generation(path)
            return {"backend": "faiss", "path": str(path), "kind": index.kind,
                    "vectors": len(index), "store_version": list(version),
                    "index_version": [saved], "up_to_date": saved == version[0]}

    def rebuild(self) -> VectorIndex:
        """Rebuild both indexes from the chunk store and save them; the caller holds the writer
        lock."""
        with self._lock:
            if self._settings is not None:
                remote = self._remote()
                version = self.store.access_version()
                remote.rebuild(self.store.iter_vectors(remote.dim), version)
                self._milvus_checked = version
                with _saving(self.data_dir / LEXICAL_DIR):
                    self._save_lexical(version[0])
                return remote
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
            if self._settings is not None:
                # Milvus already holds the updates: record the store version they bring it to.
                version = self.store.access_version()
                self._remote().mark(version)
                self._milvus_checked = version
                with _saving(self.data_dir / LEXICAL_DIR):
                    self._save_lexical(generation)
                return
            assert self._index is not None
            if self._index.outgrown:  # grown past exact search's size: rebuild as IVF
                log.info("vector index reached %d vectors: rebuilding it as IVF", len(self._index))
                self._index = self._build_index(self._index.dim)
            with _saving(self.data_dir / INDEX_FILE):
                self._index.save(self.data_dir / INDEX_FILE, generation)
            self._index_generation = generation
            with _saving(self.data_dir / LEXICAL_DIR):
                self._save_lexical(generation)

    def drop_previous_keywords(self) -> None:
        """Delete the kept previous BM25 version (it holds the terms of replaced chunks)."""
        with self._lock:
            LexicalIndex.drop_previous(self.data_dir / LEXICAL_DIR)

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
