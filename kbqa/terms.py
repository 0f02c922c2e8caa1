"""Terms for keyword search, English and Chinese: the tokenizer, Chinese bigrams, and
language and coverage measures built on them (``kbqa.lexical`` indexes them).

The tokenizer sends CJK runs to jieba and everything else to an English path (lowercase, Lucene's
stopwords, Snowball stemming via PyStemmer); numbers and mixed letter-digit words (model numbers,
versions) stay whole. A query such as "Atlas Picker 3 保修多久" becomes
``["atlas", "picker", "3", "保修", "多久"]``.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from kbqa.errors import MissingDependencyError

__all__ = [
    "QUESTION_WORDS", "TOKENIZER_VERSION", "cjk_bigrams", "cjk_share", "term_coverage", "tokenize"
]

TOKENIZER_VERSION = "1"
"""Changes whenever ``tokenize`` would split some text differently; stored tokens and saved
indexes made by another version must be rebuilt."""


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


def cjk_bigrams(tokens: Sequence[str]) -> list[str]:
    """Overlapping Han character bigrams of the Chinese runs in a token list (``tokenize``'s).

    Consecutive all-Han tokens are joined back into a run (stopwords already dropped), so a
    word jieba split one way in the document and another way in the question still shares its
    bigrams with it: "保修期" and "保修 期" both give 保修, 修期. A lone character is kept.
    """
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        text = "".join(run)
        if len(text) == 1:
            out.append(text)
        out.extend(text[i : i + 2] for i in range(len(text) - 1))
        run.clear()

    for token in tokens:
        if token and all(_CJK_CHAR.match(ch) for ch in token):
            run.append(token)
        elif run:
            flush()
    if run:
        flush()
    return out


QUESTION_WORDS = frozenset(
    "mani much often long when where whi how what which who whom whose must may can could "
    "should would shall will doe did kind type 多少 什么 哪 哪个 哪些 哪里 几 多久 多长 怎么 怎样 "
    "如何 是否 可以 能否 为什么 谁".split()
)
"""Question words (as ``tokenize`` emits them): they ask, the answer need not contain them."""


def term_coverage(
    query_tokens: Sequence[str], chunk_tokens: Sequence[str], idf: Iterable[float]
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
