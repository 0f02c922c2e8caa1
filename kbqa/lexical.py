"""BM25 keyword search over the chunk texts, for English and Chinese (terms: ``kbqa.terms``).

The index (bm25s, precomputed score matrix) is built once per ingest and loaded once per process;
a search scores the query's posting lists only. It is saved as numpy arrays plus JSON, never
pickle, into a new version folder that a ``CURRENT`` pointer file is then swapped to, so a save
that dies midway leaves the previous version loadable.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from kbqa.errors import IndexCorruptError
from kbqa.faiss_file import fsync_dir, pid_alive
from kbqa.terms import (  # noqa: F401 - re-exported: callers import the terms from here too
    QUESTION_WORDS,
    TOKENIZER_VERSION,
    cjk_bigrams,
    cjk_share,
    term_coverage,
    tokenize,
)

__all__ = [
    "TOKENIZER_VERSION", "LexicalIndex", "cjk_bigrams", "cjk_share", "term_coverage", "tokenize"
]

_CURRENT = "CURRENT"
_META = "meta.json"
_IDS = "ids.npy"
_BIGRAMS = "cjk_bigrams"  # subfolder of a saved version holding the bigram channel


class LexicalIndex:
    """BM25 over chunk texts, keyed by chunk id, with a second BM25 over the Chinese text's
    character bigrams (``cjk_bigrams``; ``search_bigrams``), which the hybrid retriever fuses in
    for Chinese queries.

    Args:
        k1: Term-frequency saturation.
        b: Length normalization.
    """

    def __init__(self, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self.generation = 0
        self._ids = np.zeros(0, dtype=np.int64)  # sorted; row i of the BM25 matrix is _ids[i]
        self._bm25: Any = None
        self._bigrams: Any = None  # the same rows over cjk_bigrams; None without Chinese text

    def __len__(self) -> int:
        return len(self._ids)

    @property
    def has_bigrams(self) -> bool:
        """Whether any indexed chunk has Chinese text (so ``search_bigrams`` can match)."""
        return self._bigrams is not None

    def ids(self) -> np.ndarray:
        """The indexed chunk ids, ascending."""
        return self._ids.copy()

    def build(self, ids: np.ndarray, texts: Sequence[str]) -> None:
        """Index texts, replacing whatever was indexed before.

        Args:
            ids: Chunk ids, one per text, unique.
            texts: Chunk texts.
        """
        self.build_from_tokens(ids, tokenize(texts))

    def build_from_tokens(self, ids: np.ndarray, tokens: Sequence[Sequence[str]]) -> None:
        """Index pre-tokenized chunks (from ``tokenize``, e.g. stored beside each chunk)."""
        ids = np.asarray(ids, dtype=np.int64)
        if len(ids) != len(tokens):
            raise ValueError(f"{len(ids)} ids for {len(tokens)} token lists")
        order = np.argsort(ids, kind="stable")
        ids = ids[order]
        if len(ids) > 1 and np.any(ids[1:] == ids[:-1]):
            raise ValueError("chunk ids must be unique")
        rows = [list(tokens[i]) for i in order]
        self._ids = ids
        self._bm25 = self._bm25_of(rows)
        self._bigrams = self._bm25_of([cjk_bigrams(t) for t in rows])

    def _bm25_of(self, rows: list[list[str]]) -> Any:
        if not any(rows):  # nothing to match (bm25s needs one term)
            return None
        import bm25s

        bm25 = bm25s.BM25(k1=self.k1, b=self.b)
        bm25.index(rows, show_progress=False)
        return bm25

    def search(
        self, query: str, k: int, allowed_ids: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """The best ``k`` chunks for a query, best first.

        Args:
            query: Free text in any mix of English and Chinese.
            k: How many results at most.
            allowed_ids: If given, only these chunk ids are scored, so up to ``k`` of them come
                back however many better matches are excluded.

        Returns:
            ``(ids, scores)``; only chunks sharing at least one term with the query.
        """
        return self.search_tokens(tokenize([query])[0], k, allowed_ids)

    def search_tokens(
        self, tokens: Sequence[str], k: int, allowed_ids: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Like ``search`` for an already tokenized query."""
        return self._search(self._bm25, tokens, k, allowed_ids)

    def search_bigrams(
        self, query: str, k: int, allowed_ids: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Like ``search``, over the Han character bigrams only (nothing for an English query)."""
        return self.search_bigram_tokens(tokenize([query])[0], k, allowed_ids)

    def search_bigram_tokens(
        self, tokens: Sequence[str], k: int, allowed_ids: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Like ``search_bigrams`` for an already tokenized query (``tokenize``'s terms)."""
        return self._search(self._bigrams, cjk_bigrams(tokens), k, allowed_ids)

    def _search(
        self, bm25: Any, tokens: Sequence[str], k: int, allowed_ids: np.ndarray | None
    ) -> tuple[np.ndarray, np.ndarray]:
        empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))
        if bm25 is None or k <= 0:
            return empty
        term_ids = bm25.get_tokens_ids([t for t in tokens if t])
        if not term_ids:
            return empty
        mask = None
        if allowed_ids is not None:
            rows = self._rows_of(allowed_ids)
            if len(rows) == 0:
                return empty
            mask = np.zeros(len(self._ids), dtype=np.float32)
            mask[rows] = 1.0
        # weight_mask zeroes excluded rows before ranking; rows scoring 0 never match.
        scores = bm25.get_scores_from_ids(term_ids, weight_mask=mask)
        hits = np.flatnonzero(scores > 0)
        if len(hits) > k:
            hits = hits[np.argpartition(-scores[hits], k - 1)[:k]]
        # Sort by score, then by id so equal scores come back in a stable order.
        hits = hits[np.lexsort((self._ids[hits], -scores[hits]))]
        return self._ids[hits], scores[hits].astype(np.float32)

    def idf(self, tokens: Sequence[str]) -> np.ndarray:
        """Inverse document frequency of each token (Lucene's BM25 form, always > 0); a token
        no chunk holds gets the highest possible value."""
        n = len(self._ids)
        df = np.zeros(len(tokens), dtype=np.float64)
        if self._bm25 is not None:
            vocab = self._bm25.vocab_dict
            indptr = self._bm25.scores["indptr"]
            for i, token in enumerate(tokens):
                term = vocab.get(token)
                if term is not None:
                    df[i] = indptr[term + 1] - indptr[term]
        return np.log1p((n - df + 0.5) / (df + 0.5))

    def _rows_of(self, chunk_ids: np.ndarray) -> np.ndarray:
        """Rows of the given chunk ids that are indexed (may repeat; unknown ids dropped)."""
        chunk_ids = np.asarray(chunk_ids, dtype=np.int64)
        rows = np.searchsorted(self._ids, chunk_ids)
        inside = rows < len(self._ids)
        rows, chunk_ids = rows[inside], chunk_ids[inside]
        return rows[self._ids[rows] == chunk_ids]

    # -- persistence --------------------------------------------------------------------------
    def save(self, directory: str | Path, generation: int = 0) -> None:
        """Write the index into ``directory`` atomically (numpy arrays and JSON, no pickle).

        Args:
            directory: The index folder; created if missing.
            generation: The chunk-store generation this index reflects, returned by ``load``.
        """
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        _remove_dead_temp_dirs(directory)
        name = f"v{generation}-{uuid.uuid4().hex[:12]}"
        tmp = directory / f".tmp-{os.getpid()}-{name}"
        try:
            tmp.mkdir()
            if self._bm25 is not None:
                self._bm25.save(tmp, show_progress=False)
            if self._bigrams is not None:
                self._bigrams.save(tmp / _BIGRAMS, show_progress=False)
            np.save(tmp / _IDS, self._ids, allow_pickle=False)
            meta = {
                "tokenizer_version": TOKENIZER_VERSION,
                "generation": generation,
                "k1": self.k1,
                "b": self.b,
                "n_chunks": len(self._ids),
                "has_terms": self._bm25 is not None,
                "has_bigrams": self._bigrams is not None,
            }
            (tmp / _META).write_text(json.dumps(meta), encoding="utf-8")
            for path in tmp.rglob("*"):
                if path.is_file():
                    _fsync_file(path)
            for folder in (p for p in tmp.rglob("*") if p.is_dir()):
                fsync_dir(folder)
            fsync_dir(tmp)
            os.rename(tmp, directory / name)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        pointer = directory / f".{_CURRENT}.{os.getpid()}.tmp"
        try:
            previous = (directory / _CURRENT).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            previous = ""
        try:
            with open(pointer, "w", encoding="utf-8") as fh:
                fh.write(name)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(pointer, directory / _CURRENT)
        except BaseException:
            pointer.unlink(missing_ok=True)
            shutil.rmtree(directory / name, ignore_errors=True)
            raise
        fsync_dir(directory)
        self.generation = generation
        # Keep the previous version: a reader that read CURRENT just before the swap can finish.
        for old in directory.glob("v*"):
            if old.is_dir() and old.name not in (name, previous):
                shutil.rmtree(old, ignore_errors=True)

    @staticmethod
    def drop_previous(directory: str | Path) -> None:
        """Delete every saved version but the current one (``save`` keeps the previous one for
        readers mid-load; after documents are masked again it still holds their old terms)."""
        directory = Path(directory)
        try:
            current = (directory / _CURRENT).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return
        for old in directory.glob("v*"):
            if old.is_dir() and old.name != current:
                shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, directory: str | Path) -> LexicalIndex:
        """Read the index saved in ``directory``; its ``generation`` attribute says which store
        generation it reflects.

        Raises:
            IndexCorruptError: missing, unreadable, or made by another tokenizer version.
        """
        directory = Path(directory)
        last_error: Exception | None = None
        for _ in range(3):  # a concurrent save may prune the version we just looked up
            try:
                name = (directory / _CURRENT).read_text(encoding="utf-8").strip()
                return cls._load_version(directory / name)
            except IndexCorruptError:
                raise
            except Exception as exc:  # noqa: BLE001 - reported below with the folder
                last_error = exc
        raise IndexCorruptError(
            f"the keyword index in {directory} cannot be read ({last_error}); "
            "run 'kbqa index rebuild' to rebuild it from the chunk store"
        ) from last_error

    @classmethod
    def _load_version(cls, folder: Path) -> LexicalIndex:
        meta = json.loads((folder / _META).read_text(encoding="utf-8"))
        if meta.get("tokenizer_version") != TOKENIZER_VERSION:
            raise IndexCorruptError(
                f"the keyword index in {folder.parent} was made by tokenizer version "
                f"{meta.get('tokenizer_version')!r}, this kbqa uses {TOKENIZER_VERSION!r}; "
                "run 'kbqa index rebuild'"
            )
        if "has_bigrams" not in meta:
            raise IndexCorruptError(
                f"the keyword index in {folder.parent} was made by an older kbqa without the "
                "Chinese bigram channel; run 'kbqa index rebuild'"
            )
        index = cls(k1=float(meta["k1"]), b=float(meta["b"]))
        index.generation = int(meta["generation"])
        index._ids = np.load(folder / _IDS, allow_pickle=False)
        if meta["has_terms"]:
            import bm25s

            index._bm25 = bm25s.BM25.load(folder, load_corpus=False, mmap=False,
                                          allow_pickle=False, show_progress=False)
            if int(index._bm25.scores["num_docs"]) != len(index._ids):
                raise ValueError("the id list and the BM25 matrix disagree")
        if meta["has_bigrams"]:
            import bm25s

            index._bigrams = bm25s.BM25.load(folder / _BIGRAMS, load_corpus=False, mmap=False,
                                             allow_pickle=False, show_progress=False)
            if int(index._bigrams.scores["num_docs"]) != len(index._ids):
                raise ValueError("the id list and the bigram BM25 matrix disagree")
        return index


def _remove_dead_temp_dirs(directory: Path) -> None:
    """Delete temp folders and pointer files left by saves whose process died."""
    for tmp in directory.glob(".tmp-*"):
        try:
            pid = int(tmp.name.split("-")[1])
        except (IndexError, ValueError):
            continue
        if pid != os.getpid() and not pid_alive(pid):
            shutil.rmtree(tmp, ignore_errors=True)
    for pointer in directory.glob(f".{_CURRENT}.*.tmp"):  # .CURRENT.<pid>.tmp
        try:
            pid = int(pointer.name.split(".")[2])
        except (IndexError, ValueError):
            continue
        if pid != os.getpid() and not pid_alive(pid):
            pointer.unlink(missing_ok=True)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())
