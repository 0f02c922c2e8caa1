"""Vector index seam and its FAISS implementation.

The chunk store (SQLite) is the source of truth and keeps every chunk's vector; the FAISS file is a
derived, rebuildable cache, saved atomically with the store generation it reflects
(``kbqa.faiss_file``).

Two index types, chosen by size when the index is built from the store (``FaissIndex.build``):

* ``"flat"`` below ``FLAT_LIMIT`` (100k) vectors: exact inner product, ``IndexIDMap2(IndexFlatIP)``.
  Exact is the best quality there is; a query scans every vector, about 15 ms at 100k 384-d
  vectors on one busy core and 30-40 ms at 200k, too much of the 50 ms p95 budget that BM25
  and fusion share ("Retrieval latency" in docs/BENCHMARKS.md).
* ``"ivf"`` from there on: ``IndexIVFFlat``, inner product, ``nlist = sqrt(n)`` k-means lists
  trained on a random sample; a query scans the ``nprobe`` lists nearest to it. ``sqrt(n)``, not
  the often quoted ``4 * sqrt(n)``: on 2 cores, assigning 1M vectors to 4,000 lists takes
  minutes, and with 1,000 lists a query still scans a small share of the vectors. How many
  lists a given recall needs depends on how clustered the embeddings are, so ``nprobe`` is
  calibrated at build time: the smallest power of two whose recall@10 against exact search
  reaches ``RECALL_TARGET`` on held-out sample vectors (perturbed, so a query is not its own best
  match). Vectors are stored unquantized: scores are exact, only neighbours in unprobed lists
  can be missed. IVF keeps chunk ids in its lists, so it needs no id map (``IndexIDMap2``
  cannot wrap it: its ``remove_ids`` assumes the inner index renumbers its rows).

Access control runs inside the search (an ``IDSelector``), so a user gets up to ``k`` permitted
results however many better forbidden ones exist. With IVF, a filter allowing a share ``f`` of
the vectors widens the probe to ``nprobe / f`` lists: about as many distances are computed, and
about the same recall reached, as without a filter. A very selective filter so ends up scanning
every list, which is exact over the allowed vectors and cheap (a bitmap test per forbidden
vector). A query still left with fewer than ``k`` results is repeated over every list, so a user
with fewer than ``k`` permitted chunks gets all of them.

A one-query search runs on one OpenMP thread (``single_query_threads``): with two threads on two
cores shared with other work, a flat search of 100k vectors took 48 ms instead of 14 ms.

Only a rebuild picks the type. Ingestion adds to and removes from whatever type was loaded: a
flat index can grow past ``FLAT_LIMIT`` (``outgrown`` then says so; ``kbqa index rebuild``
makes it IVF), and an IVF index keeps its trained lists until the next rebuild.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Literal, Protocol

import numpy as np

from kbqa.access import AccessScope
from kbqa.faiss_file import FaissFileMixin

FLAT_LIMIT = 100_000
"""From this many vectors on, ``FaissIndex.build`` makes an IVF index instead of an exact one."""
RECALL_TARGET = 0.95
"""Recall@10 against exact search that the calibrated ``nprobe`` must reach on the sample."""

_SAMPLE = 65_536  # training vectors kept while streaming (100 MB at 384-d)
_CALIBRATION_QUERIES = 256
_CALIBRATION_K = 10
_QUERY_NOISE = 0.75  # relative noise norm of calibration queries: cosine ~0.8 to their source
_MIN_POINTS_PER_LIST = 30

Batches = Callable[[], Iterable[tuple[np.ndarray, np.ndarray]]]
"""A function returning a fresh iterator of ``(ids, vectors)`` batches on every call."""


class VectorIndex(Protocol):
    """Inner-product search over normalized vectors keyed by chunk id, filtered by access.

    Two backends: ``FaissIndex`` (embedded files, the default) and
    ``kbqa.vectors_milvus.MilvusIndex``; ``kbqa.index_files.open_vector_index`` picks one.
    Both are derived from the chunk store, which remains the source of truth.
    """

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Index chunks already committed to the chunk store. The ids must not be in the index:
        to write a chunk again (its document regrouped), ``remove`` it first."""
        ...

    def remove(self, ids: np.ndarray) -> None:
        """Drop chunks; unknown ids are ignored."""
        ...

    def search_filtered(
        self, queries: np.ndarray, k: int, scope: AccessScope | np.ndarray | None, /
    ) -> tuple[np.ndarray, np.ndarray]:
        """``(scores, ids)``, each ``(len(queries), k)``, best first, empty slots id -1.

        Only chunks inside ``scope`` are candidates, and the filter runs inside the search, so
        up to ``k`` permitted results come back however many better forbidden ones exist.
        ``None`` allows everything; an array is a scope of explicit chunk ids.
        """
        ...

    def __len__(self) -> int: ...


class FaissIndex(FaissFileMixin):
    """Inner-product FAISS index keyed by chunk id: exact (flat) or IVF, see the module docstring.

    ``FaissIndex(dim)`` is an empty exact index; ``FaissIndex.build`` picks the type by size.
    """

    single_query_threads: int | None = 1
    """OpenMP threads for a one-query search; ``None`` leaves FAISS's setting alone."""

    def __init__(self, dim: int) -> None:
        import faiss

        self.dim = dim
        self._index: Any = faiss.IndexIDMap2(faiss.IndexFlatIP(dim))

    def __len__(self) -> int:
        return int(self._index.ntotal)

    @property
    def kind(self) -> Literal["flat", "ivf"]:
        """``"flat"`` (exact) or ``"ivf"`` (inverted lists, approximate)."""
        return "flat" if self._nlist is None else "ivf"

    @property
    def nprobe(self) -> int | None:
        """Lists an unfiltered IVF search scans; ``None`` for a flat index."""
        return None if self._nlist is None else int(self._index.nprobe)

    @property
    def outgrown(self) -> bool:
        """True for a flat index grown past ``FLAT_LIMIT``: a rebuild would make it IVF."""
        return self._nlist is None and len(self) >= FLAT_LIMIT

    @property
    def _nlist(self) -> int | None:
        return getattr(self._index, "nlist", None)

    # -- building -----------------------------------------------------------------------------
    @classmethod
    def build(
        cls,
        dim: int,
        batches: Batches,
        *,
        flat_limit: int = FLAT_LIMIT,
        recall_target: float = RECALL_TARGET,
        seed: int = 0,
    ) -> FaissIndex:
        """Index every vector, exact below ``flat_limit`` vectors and IVF from there on.

        Args:
            dim: Vector dimension.
            batches: Returns an iterator of ``(ids, vectors)`` batches, e.g.
                ``lambda: store.iter_vectors(dim)``. Called once for a flat index and twice
                for IVF (the first pass counts and samples, the second adds), so memory stays
                at one copy of the vectors.
            flat_limit: Vector count from which the index is IVF.
            recall_target: Recall@10 against exact search that ``nprobe`` is calibrated to.
            seed: Seeds the sampling, so a rebuild of the same data gives the same index.

        Returns:
            The filled index.
        """
        rng = np.random.default_rng(seed)
        flat: FaissIndex | None = cls(dim)
        sample = _Reservoir(_SAMPLE + _CALIBRATION_QUERIES, dim, rng)
        count = 0
        for ids, vectors in batches():
            vectors = np.ascontiguousarray(vectors, dtype=np.float32)
            sample.offer(vectors)
            count += len(ids)
            if flat is not None:
                flat.add(ids, vectors)
                if len(flat) >= flat_limit:
                    flat = None  # too big: free it, the second pass fills an IVF index instead
        if flat is not None:
            return flat
        return cls._build_ivf(dim, batches, count, sample.vectors(), recall_target, rng)

    @classmethod
    def _build_ivf(
        cls, dim: int, batches: Batches, count: int, sample: np.ndarray, target: float,
        rng: np.random.Generator,
    ) -> FaissIndex:
        import faiss

        sample = sample[rng.permutation(len(sample))]
        n_queries = min(_CALIBRATION_QUERIES, len(sample) // 10)
        held_out, training = sample[:n_queries], sample[n_queries:]
        nlist = max(1, min(round(math.sqrt(count)), len(training) // _MIN_POINTS_PER_LIST))
        ivf = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, nlist, faiss.METRIC_INNER_PRODUCT)
        ivf.cp.min_points_per_centroid = _MIN_POINTS_PER_LIST
        ivf.train(training[: nlist * 256])

        noise = rng.normal(size=held_out.shape).astype(np.float32)
        noise *= _QUERY_NOISE / np.linalg.norm(noise, axis=1, keepdims=True)
        queries = held_out + noise
        queries /= np.linalg.norm(queries, axis=1, keepdims=True)
        # The exact top-k of the calibration queries, kept up to date batch by batch.
        best_scores = np.full((len(queries), _CALIBRATION_K), -np.inf, dtype=np.float32)
        best_ids = np.full((len(queries), _CALIBRATION_K), -1, dtype=np.int64)
        for ids, vectors in batches():
            vectors = np.ascontiguousarray(vectors, dtype=np.float32)
            ids = np.asarray(ids, dtype=np.int64)
            if len(ids):
                ivf.add_with_ids(vectors, ids)
                scores = np.concatenate([best_scores, queries @ vectors.T], axis=1)
                all_ids = np.concatenate([best_ids, np.tile(ids, (len(queries), 1))], axis=1)
                top = np.argpartition(-scores, _CALIBRATION_K - 1, axis=1)[:, :_CALIBRATION_K]
                best_scores = np.take_along_axis(scores, top, axis=1)
                best_ids = np.take_along_axis(all_ids, top, axis=1)
        index = cls.__new__(cls)
        index.dim = dim
        index._index = ivf
        ivf.nprobe = index._calibrate(queries, best_ids, target)
        return index

    def _calibrate(self, queries: np.ndarray, exact_ids: np.ndarray, target: float) -> int:
        """The smallest power-of-two ``nprobe`` reaching ``target`` recall@k on ``queries``."""
        nlist = int(self._index.nlist)
        k = exact_ids.shape[1]
        expected = np.count_nonzero(exact_ids >= 0)
        nprobe = 1
        while nprobe < nlist and expected:
            _, found = self._search_ivf(queries, k, nprobe, None, complete=False)
            hits = sum(len(np.intersect1d(f[f >= 0], e[e >= 0])) for f, e in zip(found, exact_ids))
            if hits >= target * expected:
                break
            nprobe *= 2
        return min(nprobe, nlist)

    # -- updates ------------------------------------------------------------------------------
    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        if len(ids) == 0:
            return
        self._index.add_with_ids(
            np.ascontiguousarray(vectors, dtype=np.float32), np.asarray(ids, dtype=np.int64)
        )

    def remove(self, ids: np.ndarray) -> None:
        if len(ids) == 0:
            return
        import faiss

        self._index.remove_ids(faiss.IDSelectorBatch(np.asarray(ids, dtype=np.int64)))

    # -- search -------------------------------------------------------------------------------
    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Return (scores, ids), each of shape (len(queries), k); missing slots have id -1."""
        queries = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        with self._threads(len(queries)):
            if self._nlist is None:
                return self._index.search(queries, k)
            return self._search_ivf(queries, k, int(self._index.nprobe), None)

    def search_filtered(
        self, queries: np.ndarray, k: int, allowed_ids: AccessScope | np.ndarray | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Like ``search``, but only vectors whose id is in ``allowed_ids`` are candidates.

        The filter runs inside FAISS, so up to ``k`` allowed results come back however many
        closer vectors are excluded. ``None`` allows every id; of an ``AccessScope``, FAISS
        uses the explicit ids.
        """
        if isinstance(allowed_ids, AccessScope):
            allowed_ids = allowed_ids.ids
        if allowed_ids is None:
            return self.search(queries, k)
        queries = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        selector, allowed_count, keep_alive = _selector(np.asarray(allowed_ids, dtype=np.int64))
        if allowed_count == 0 or k <= 0 or len(self) == 0:
            n = len(queries)
            return np.full((n, k), -np.inf, dtype=np.float32), np.full((n, k), -1, dtype=np.int64)
        with self._threads(len(queries)):
            if self._nlist is None:
                import faiss

                # IndexIDMap2 translates the selector from chunk ids to its internal row numbers.
                params = faiss.SearchParameters()
                params.sel = selector  # a raw pointer: ``selector`` must outlive the search
                result = self._index.search(queries, k, params=params)
            else:
                share = min(1.0, allowed_count / len(self))
                nprobe = min(self._nlist, math.ceil(int(self._index.nprobe) / share))
                result = self._search_ivf(queries, k, nprobe, selector)
        del keep_alive
        return result

    @contextmanager
    def _threads(self, n_queries: int) -> Iterator[None]:
        # The OpenMP thread count is per calling thread, so concurrent searches do not interfere.
        if n_queries != 1 or self.single_query_threads is None:
            yield
            return
        import faiss

        before = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(self.single_query_threads)
        try:
            yield
        finally:
            faiss.omp_set_num_threads(before)

    def _search_ivf(
        self, queries: np.ndarray, k: int, nprobe: int, selector: Any, complete: bool = True
    ) -> tuple[np.ndarray, np.ndarray]:
        """IVF search; ``complete`` redoes queries left with under ``k`` results over all lists."""
        import faiss

        params = faiss.SearchParametersIVF()
        params.nprobe = nprobe
        if selector is not None:
            params.sel = selector  # a raw pointer: the caller keeps ``selector`` alive
        scores, ids = self._index.search(queries, k, params=params)
        nlist = int(self._index.nlist)
        if complete and nprobe < nlist and k > 0:
            short = np.flatnonzero((ids >= 0).sum(axis=1) < min(k, len(self)))
            if len(short):
                params.nprobe = nlist
                scores[short], ids[short] = self._index.search(queries[short], k, params=params)
        return scores, ids

    def ids(self) -> np.ndarray:
        """Every indexed chunk id (in no particular order for IVF)."""
        import faiss

        if self._nlist is None:
            return faiss.vector_to_array(self._index.id_map).astype(np.int64)
        lists = self._index.invlists
        parts = [np.zeros(0, dtype=np.int64)]
        for number in range(lists.nlist):
            size = lists.list_size(number)
            if size:
                pointer = lists.get_ids(number)
                parts.append(faiss.rev_swig_ptr(pointer, size).astype(np.int64))
                lists.release_ids(number, pointer)
        return np.concatenate(parts)



def _selector(allowed: np.ndarray) -> tuple[Any, int, Any]:
    """An IDSelector for ``allowed``: (selector, distinct id count, buffers it points into)."""
    import faiss

    allowed = allowed[allowed >= 0]
    if len(allowed) == 0:
        return None, 0, None
    top = int(allowed.max())
    # A bitmap costs one bit per possible id and is built in a millisecond even for 300k ids;
    # IDSelectorBatch hashes every id, tens of milliseconds per query at that size.
    if top < max(1 << 24, 64 * len(allowed)):
        mask = np.zeros(top + 1, dtype=bool)
        mask[allowed] = True
        bitmap = np.packbits(mask, bitorder="little")
        selector = faiss.IDSelectorBitmap(len(bitmap), faiss.swig_ptr(bitmap))
        return selector, int(np.count_nonzero(mask)), bitmap
    unique = np.unique(allowed)
    return faiss.IDSelectorBatch(unique), len(unique), unique


class _Reservoir:
    """A uniform random sample of fixed size from a stream of vector batches."""

    def __init__(self, size: int, dim: int, rng: np.random.Generator) -> None:
        self._rows = np.zeros((size, dim), dtype=np.float32)
        self._seen = 0
        self._rng = rng

    def offer(self, vectors: np.ndarray) -> None:
        size = len(self._rows)
        start = self._seen
        self._seen += len(vectors)
        fill = max(0, min(size - start, len(vectors)))
        self._rows[start : start + fill] = vectors[:fill]
        if fill < len(vectors):
            # Algorithm R: item t replaces a random slot with probability size / (t + 1).
            positions = np.arange(start + fill, self._seen)
            slots = self._rng.integers(0, positions + 1)
            keep = slots < size
            self._rows[slots[keep]] = vectors[fill:][keep]

    def vectors(self) -> np.ndarray:
        return self._rows[: min(self._seen, len(self._rows))]
