"""BM25 keyword search over the chunk texts, for English and Chinese.

The tokenizer sends CJK runs to jieba and everything else to an English path (lowercase, Lucene's
stopwords, Snowball stemming via PyStemmer); numbers and mixed letter-digit words (model numbers,
versions) stay whole. A query such as "Atlas Picker 3 保修多久" becomes
``["atlas", "picker", "3", "保修", "多久"]``.

The index (bm25s, precomputed score matrix) is built once per ingest and loaded once per process;
a search scores the query's posting lists only. It is saved as numpy arrays plus JSON, never
pickle, into a new version folder that a ``CURRENT`` pointer file is then swapped to, so a save
that dies midway leaves the previous version loadable.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import threading
import unicodedata
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from kbqa.errors import IndexCorruptError, MissingDependencyError
from kbqa.index import fsync_dir

__all__ = ["TOKENIZER_VERSION", "LexicalIndex", "cjk_share", "term_coverage", "tokenize"]

TOKENIZER_VERSION = "1"
"""Changes whenever ``tokenize`` would split some text differently; stored tokens and saved
indexes made by another version must be rebuilt."""

_CURRENT = "CURRENT"
_META = "meta.json"
_IDS = "ids.npy"

# Han ideographs (basic, extension A, compatibility, extensions B+). Kana and Hangul go through
# the word path: they are out of scope for now and at least stay searchable as whole runs.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_RUN = re.compile(f"([{_CJK}]+)")
_CJK_CHAR = re.compile(f"[{_CJK}]")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_WORD = re.compile(r"[^\W_]+")

# Lucene's English stopwords (what bm25s uses) plus a few question words that users type and
# documents rarely answer with.
_EN_STOPWORDS = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is",
        "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
        "these", "they", "this", "to", "was", "will", "with", "what", "which", "who", "whom",
        "how", "does", "do", "did"
    }
)
# Function words and particles only: content-bearing words such as 多久 or 哪 stay, their IDF
# decides. (bm25s' 841-word Chinese list drops words like 不同 and 严重 that carry meaning.)
_ZH_STOPWORDS = frozenset(
    {
        "的", "了", "和", "是", "在", "与", "及", "或", "也", "都", "而", "之", "其", "这", "那", "吗", "呢",
        "吧", "啊", "着", "把", "被", "于", "为", "以", "就", "并", "且", "则", "地", "得", "所", "等", "中",
        "个", "上", "下", "该", "此", "这个", "那个", "一个", "什么"
    }
)

_stemmer_lock = threading.Lock()
_stemmer: Any = None
_jieba_ready = False


def _stem_words(words: list[str]) -> list[str]:
    global _stemmer
    if _stemmer is None:
        with _stemmer_lock:
            if _stemmer is None:
                try:
                    import Stemmer
                except ImportError as exc:
                    raise MissingDependencyError(
                        "English stemming needs PyStemmer; run: .venv/bin/pip install PyStemmer"
                    ) from exc
                _stemmer = Stemmer.Stemmer("english")
    # PyStemmer objects are not thread-safe (shared cache); the call is microseconds.
    with _stemmer_lock:
        return list(_stemmer.stemWords(words))


def _jieba() -> Any:
    global _jieba_ready
    import jieba

    if not _jieba_ready:
        jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" chatter on stderr
        jieba.initialize()
        _jieba_ready = True
    return jieba


def _tokenize_one(text: str) -> list[str]:
    # NFKC folds full-width letters and digits (Ｐ３ -> P3), common in Chinese text.
    text = unicodedata.normalize("NFKC", text).lower()
    text = _THOUSANDS.sub("", _POSSESSIVE.sub("", text))  # "picker's" -> "picker", 1,299 -> 1299
    tokens: list[str] = []
    for i, part in enumerate(_CJK_RUN.split(text)):
        if not part:
            continue
        if i % 2:  # a CJK run (split keeps the captured runs at odd positions)
            tokens.extend(w for w in _jieba().lcut(part) if w not in _ZH_STOPWORDS)
            continue
        words = _WORD.findall(part)
        plain = [w for w in words if w.isalpha() and w not in _EN_STOPWORDS]
        stems = iter(_stem_words(plain)) if plain else iter(())
        for w in words:
            if w.isalpha():
                if w not in _EN_STOPWORDS:
                    tokens.append(next(stems))
            else:
                tokens.append(w)  # numbers and codes such as "3", "2024", "x100": kept whole
    return tokens


def tokenize(texts: Sequence[str]) -> list[list[str]]:
    """Split texts into BM25 terms (English stemmed, Chinese segmented by jieba).

    No token contains whitespace, so ``" ".join(tokens)`` stores them losslessly.

    Args:
        texts: Chunk texts or queries.

    Returns:
        One token list per text.
    """
    return [_tokenize_one(t) for t in texts]


QUESTION_WORDS = frozenset(
    "mani much often long when where whi how what which who whom whose must may can could "
    "should would shall will doe did kind type 多少 什么 哪 哪个 哪些 哪里 几 多久 多长 怎么 怎样 "
    "如何 是否 可以 能否 为什么 谁".split()
)
"""Question words (as ``tokenize`` emits them): they ask, the answer need not contain them."""


def term_coverage(
    query_tokens: Sequence[str], chunk_tokens: Sequence[str], idf: Sequence[float]
) -> float:
    """IDF-weighted share of the query's distinct terms that occur in a chunk, in [0, 1].

    A question about a topic the knowledge base lacks has rare or unknown terms ("Peru",
    "capital") that no chunk holds, so its best chunk covers little of it whatever BM25's raw
    score; unlike raw BM25 scores this is comparable across corpora and queries.

    Args:
        query_tokens: The query's terms (``tokenize``), distinct; ``QUESTION_WORDS`` are
            left out.
        chunk_tokens: The chunk's terms.
        idf: ``LexicalIndex.idf(query_tokens)``.
    """
    weights = [(t, w) for t, w in zip(query_tokens, idf) if t not in QUESTION_WORDS]
    total = float(sum(w for _, w in weights))
    if total <= 0:
        return 0.0
    present = set(chunk_tokens)
    return float(sum(w for t, w in weights if t in present)) / total


def cjk_share(text: str) -> float:
    """Share of the text's words that are Chinese, counting two Han characters as one word.

    Numbers belong to no language and are not counted. 0.0 for English, 1.0 for Chinese;
    "Atlas Picker 3 保修多久" gives 0.5.
    """
    folded = unicodedata.normalize("NFKC", text)
    han = len(_CJK_CHAR.findall(folded))
    other = sum(1 for w in _WORD.findall(_CJK_RUN.sub(" ", folded)) if not w.isdigit())
    if han + other == 0:
        return 0.0
    return (han / 2) / (han / 2 + other)


class LexicalIndex:
    """BM25 over chunk texts, keyed by chunk id.

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

    def __len__(self) -> int:
        return len(self._ids)

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
        if not any(len(t) for t in tokens):  # nothing to match (bm25s needs one term)
            self._ids, self._bm25 = ids, None
            return
        import bm25s

        bm25 = bm25s.BM25(k1=self.k1, b=self.b)
        bm25.index([list(tokens[i]) for i in order], show_progress=False)
        self._ids, self._bm25 = ids, bm25

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
        empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))
        if self._bm25 is None or k <= 0:
            return empty
        term_ids = self._bm25.get_tokens_ids([t for t in tokens if t])
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
        scores = self._bm25.get_scores_from_ids(term_ids, weight_mask=mask)
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
            np.save(tmp / _IDS, self._ids, allow_pickle=False)
            meta = {
                "tokenizer_version": TOKENIZER_VERSION,
                "generation": generation,
                "k1": self.k1,
                "b": self.b,
                "n_chunks": len(self._ids),
                "has_terms": self._bm25 is not None,
            }
            (tmp / _META).write_text(json.dumps(meta), encoding="utf-8")
            for path in tmp.iterdir():
                _fsync_file(path)
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
        index = cls(k1=float(meta["k1"]), b=float(meta["b"]))
        index.generation = int(meta["generation"])
        index._ids = np.load(folder / _IDS, allow_pickle=False)
        if meta["has_terms"]:
            import bm25s

            index._bm25 = bm25s.BM25.load(folder, load_corpus=False, mmap=False,
                                          allow_pickle=False, show_progress=False)
            if int(index._bm25.scores["num_docs"]) != len(index._ids):
                raise ValueError("the id list and the BM25 matrix disagree")
        return index


def _remove_dead_temp_dirs(directory: Path) -> None:
    """Delete temp folders left by saves whose process died."""
    for tmp in directory.glob(".tmp-*"):
        try:
            pid = int(tmp.name.split("-")[1])
        except (IndexError, ValueError):
            continue
        if pid != os.getpid() and not _pid_alive(pid):
            shutil.rmtree(tmp, ignore_errors=True)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())
