"""Evidence-first answer verification.

A generated answer is split into sentences; every sentence must be backed by the passages it
cites (or, when uncited, by some passage): its numbers and key terms must occur there and it must
be semantically close to one of their sentences. Unsupported sentences are dropped and reported.
When no supported, cited sentence remains, the answer is replaced by an *extractive* one: the
passage sentences that best answer the question, quoted verbatim with their citations.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

import numpy as np

from ingest.chunk import split_sentences

if TYPE_CHECKING:
    from kbqa.embedding import Embedder
    from kbqa.knowledge_base import SearchHit

Mode = Literal["generated", "extractive", "refused"]

_CITATION = re.compile(r"\s*[\[【［]\s*(\d+(?:\s*[,，、]\s*\d+)*)\s*[\]】］]")
_CITATION_ONLY = re.compile(r"^(?:\s*[\[【［]\s*\d+(?:\s*[,，、]\s*\d+)*\s*[\]】］])+[\s.。]*$")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*")
_TOKEN = re.compile(r"[A-Za-z0-9]+")
_NUMBER_OR_WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?|[^\W\d_]+")
_LIST_MARKER = re.compile(r"^\s*(?:[-•*·]|\d+[.)、]|[一二三四五六七八九十]+、)\s+")
_END_PUNCT = re.compile(r"[.!?。！？]+$")

_UNITS = {w: i for i, w in enumerate(
    "zero _ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split()) if w != "_"}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split(), 0)
         if w != "_"}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# "one" alone is too often a pronoun ("one of the rooms") to count as a number.
_NUMBER_WORDS = re.compile(
    r"\b(?:(?:" + "|".join([*_UNITS, *_TENS, "one"]) + r"|" + "|".join(_SCALES) + r")(?:[\s-]+(?:and[\s-]+)?)?)+\b",
    re.IGNORECASE,
)
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_CN_SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10_000}
# Chinese numerals count when they hold a scale character or precede a measure word, so that
# words like 一般 or 统一 are not read as numbers.
_CN_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千万]+(?=[天个元小时周年月日次人名岁分钟公里公斤倍级层间张])|"
                         r"[零〇一二两三四五六七八九]*[十百千万][零〇一二两三四五六七八九十百千万]*")

_STOPWORDS = frozenset(
    "a an the and or of to in on at for by with from as is are was were be been being do does did "
    "what which who whom whose when where why how much many long often must may can could should "
    "would will shall i you he she it we they me my your our their its this that these those there "
    "here not no yes if then than per any all each every some about into over under after before "
    "during up out get gets got have has had please tell least most only exactly approximately".split()
)
_CJK_STOP = frozenset("的 了 是 在 和 与 及 或 吗 呢 吧 啊 多少 什么 怎么 如何 哪些 哪个 几 有 要 可以 需要 请问 我 我们 你 您".split())
_QUANTITY_QUESTION = re.compile(r"\b(how (?:much|many|long|often|old|far)|within|minimum|maximum|"
                                r"what (?:is|are) the (?:\w+ ){0,3}(?:amount|rate|cap|limit|budget|fee|cost|price|number))\b"
                                r"|多少|几|多久|多长|上限|标准", re.IGNORECASE)


@dataclass(frozen=True)
class CheckedSentence:
    """One sentence of an answer and the verdict on it.

    Attributes:
        text: The sentence as shown to the user, with its (valid) citations.
        citations: 1-based numbers of the passages it cites.
        similarity: Best cosine similarity to a sentence of those passages.
        reason: Why it was flagged; empty for a kept sentence.
    """

    text: str
    citations: tuple[int, ...]
    similarity: float = 0.0
    reason: str = ""


@dataclass
class AnswerDraft:
    """A verified answer.

    Attributes:
        text: The final answer text, with ``[n]`` citations.
        mode: ``generated`` (the model's verified sentences), ``extractive`` (quoted passage
            sentences) or ``refused`` (nothing relevant was retrieved).
        kept: Sentences in ``text``.
        flagged: Model sentences that were dropped, each with a reason.
        citations: Passage number -> the hit it stands for, for every number cited in ``text``.
        raw_answer: What the model said, unverified ("" for a refusal).
        invalid_citations: Cited numbers that matched no passage (removed from the text).
    """

    text: str
    mode: Mode
    kept: list[CheckedSentence] = field(default_factory=list)
    flagged: list[CheckedSentence] = field(default_factory=list)
    citations: dict[int, SearchHit] = field(default_factory=dict)
    raw_answer: str = ""
    invalid_citations: list[int] = field(default_factory=list)


# -- text helpers -------------------------------------------------------------------------------
def _normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _cn_value(numeral: str) -> int | None:
    total, section, digit = 0, 0, None
    for ch in numeral:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch] if digit is None else digit * 10 + _CN_DIGITS[ch]
        elif ch == "万":
            total += (section + (digit or 0)) * 10_000
            section, digit = 0, None
        else:
            section += (1 if digit is None else digit) * _CN_SCALES[ch]
            digit = None
    return total + section + (digit or 0)


def _en_value(phrase: str) -> int | None:
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", phrase.lower()):
        if word in ("", "and"):
            continue
        if word == "one":
            current += 1
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _words_to_digits(text: str) -> str:
    def en(match: re.Match[str]) -> str:
        phrase = match.group(0)
        if phrase.strip().lower() == "one":
            return phrase
        value = _en_value(phrase.strip())
        return phrase if value is None else f"{value}{' ' if phrase[-1].isspace() else ''}"

    text = _NUMBER_WORDS.sub(en, text)
    return _CN_NUMERAL.sub(lambda m: str(_cn_value(m.group(0))), text)


def _canonical(raw: str) -> str:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
        raw = raw.replace(",", "")
    whole, _, fraction = raw.replace(",", ".").partition(".")  # "0,30": a decimal comma
    whole, fraction = whole.lstrip("0") or "0", fraction.rstrip("0")
    return f"{whole}.{fraction}" if fraction else whole


def numbers_in(text: str) -> set[str]:
    """Numbers in ``text`` in one canonical form: ``"5,000"``, ``"5000"`` and ``"five thousand"``
    all give ``"5000"``; ``"0.30"`` gives ``"0.3"``; ``"十五天"`` gives ``"15"``."""
    return {_canonical(raw) for raw in _NUMBER.findall(_words_to_digits(_normalize(text)))}


def _stem(word: str) -> str:
    """Plural to singular, crudely: enough to match "laptops" with "laptop"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _unit(token: str) -> str | None:
    if token[0].isdigit() or token in _STOPWORDS or token in _CJK_STOP:
        return None
    if _CJK.match(token):
        return token[0]  # measure words: 元, 天, 个, 次
    return _stem(token)


def number_units(text: str, *, before: bool = True) -> set[tuple[str, str]]:
    """(number, unit) pairs: the first content word after each number ("90 days" -> ("90", "day"))
    and, with ``before``, the one just before it ("EUR 52", "(EUR): 52")."""
    tokens = _NUMBER_OR_WORD.findall(_words_to_digits(_normalize(text)).lower())
    pairs = set()
    for i, token in enumerate(tokens):
        if not token[0].isdigit():
            continue
        number = _canonical(token)
        windows = [tokens[i + 1: i + 3]] + ([tokens[max(0, i - 2): i][::-1]] if before else [])
        for window in windows:
            unit = next((u for u in map(_unit, window) if u), None)
            if unit:
                pairs.add((number, unit))
    return pairs


@lru_cache(maxsize=1)
def _jieba():  # type: ignore[no-untyped-def]
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg


def cjk_words(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech flag) of the Chinese words in ``text`` (jieba)."""
    if not _CJK.search(text):
        return []
    return [(w.word, w.flag) for w in _jieba().cut(text) if _CJK.search(w.word)]


def key_terms(text: str) -> tuple[set[str], set[str]]:
    """(terms that must occur, Chinese content words of which most must occur) in a sentence.

    Must-occur terms: capitalised words not starting the sentence, acronyms and words holding a
    digit (product names such as "AES-256", "S3"), and Chinese proper nouns (jieba ``nr``/``ns``/
    ``nt``/``nz``).
    """
    text = _normalize(text)
    must: set[str] = set()
    for i, match in enumerate(_LATIN_WORD.finditer(_CJK.sub(" ", text))):
        word = match.group(0)
        lower = word.lower()
        if lower in _STOPWORDS and not (len(word) > 1 and word.isupper()):
            continue
        product_or_acronym = any(c.isdigit() for c in word) or (len(word) > 1 and word.isupper())
        if product_or_acronym or (word[0].isupper() and i > 0):
            must.add(lower)
    loose = set()
    for word, flag in cjk_words(text):
        if flag in ("nr", "ns", "nt", "nz", "nrt", "nrfg") and len(word) > 1:
            must.add(word)
        elif len(word) > 1 and word not in _CJK_STOP:
            loose.add(word)
    return must, loose


def _term_in(term: str, haystack: str) -> bool:
    if term in haystack:
        return True
    stem = re.sub(r"(?:'s|’s|s|es)$", "", term)
    return len(stem) >= 3 and stem in haystack


def query_terms(text: str) -> set[str]:
    """Content terms of a question: Latin words minus stop words, Chinese character bigrams."""
    text = _normalize(text).lower()
    terms = {_stem(w) for w in _TOKEN.findall(text) if w not in _STOPWORDS and (len(w) > 1 or w.isdigit())}
    for run in _CJK_RUN.findall(text):
        run_terms = {run[i:i + 2] for i in range(len(run) - 1)} or {run}
        terms |= {t for t in run_terms if t not in _CJK_STOP and not (set(t) <= set("的是了吗呢多少"))}
    return terms


def passage_sentences(text: str) -> list[str]:
    """Sentences of a passage, with hard line breaks inside a sentence (PDF) joined again."""
    # Not NFKC-normalised: extractive answers quote these sentences verbatim.
    lines = [line.strip() for line in text.splitlines()]
    merged: list[str] = []
    for line in lines:
        if not line:
            continue
        joins = merged and not _LIST_MARKER.match(line) and not line.startswith("#") and (
            line[0].islower() or re.search(r"[,;:(]$|\b(?:a|an|the|of|to|and|or|with|for|in)$", merged[-1])
        )
        if joins:
            merged[-1] += " " + line
        else:
            merged.append(line)
    out = []
    for line in merged:
        line = _LIST_MARKER.sub("", line).lstrip("#").strip()
        for start, end in split_sentences(line):
            sentence = line[start:end].strip()
            if len(_TOKEN.findall(sentence)) + len(_CJK.findall(sentence)) >= 2:
                out.append(sentence)
    return out


def split_answer(text: str) -> list[str]:
    """Sentences of a model answer; a citation standing after the full stop joins its sentence."""
    text = text.strip()
    out: list[str] = []
    for start, end in split_sentences(text):
        piece = text[start:end].strip()
        if out and _CITATION_ONLY.match(piece):
            out[-1] = out[-1] + " " + piece
        elif piece:
            out.append(piece)
    return out


def parse_citations(sentence: str, n_passages: int) -> tuple[str, list[int], list[int]]:
    """(sentence without citation marks, valid 1-based passage numbers, invalid numbers)."""
    valid: list[int] = []
    invalid: list[int] = []
    for match in _CITATION.finditer(sentence):
        for number in re.split(r"[,，、]", match.group(1)):
            n = int(number)
            target = valid if 1 <= n <= n_passages else invalid
            if n not in target:
                target.append(n)
    return _CITATION.sub("", sentence).strip(), valid, invalid


def with_citations(sentence: str, citations: Sequence[int]) -> str:
    """``sentence`` with ``[n]`` marks placed before its final punctuation."""
    marks = "".join(f"[{n}]" for n in citations)
    body = sentence.rstrip()
    match = _END_PUNCT.search(body)
    if not marks:
        return body
    if match:
        return f"{body[:match.start()].rstrip()} {marks}{match.group(0)}"
    return f"{body} {marks}"


def _is_heading(sentence: str) -> bool:
    if sentence.rstrip().endswith((":", "：")) or ("|" in sentence and not numbers_in(sentence)):
        return True  # a lead-in ("... as follows:") or a table's header row
    short = len(_TOKEN.findall(sentence)) < 6 and len(_CJK.findall(sentence)) < 10
    key_value = bool(numbers_in(sentence)) and bool(re.search(r"[:：|]", sentence))  # "Employees: 64"
    return short and not _END_PUNCT.search(sentence) and not key_value


def _is_short(sentence: str) -> bool:
    return len(_TOKEN.findall(sentence)) < 6 and len(_CJK.findall(sentence)) < 10


# -- verification -------------------------------------------------------------------------------
class _Evidence:
    """Passage sentences and their embeddings, computed once per answer."""

    def __init__(self, hits: Sequence[SearchHit], embedder: Embedder) -> None:
        self.hits = list(hits)
        self.embedder = embedder
        # Key terms may also come from where a passage sits (title, section).
        self.texts = [
            _words_to_digits(_normalize(f"{h.title} {h.section} {h.text}")).lower() for h in self.hits
        ]
        self.numbers = [numbers_in(h.text) for h in self.hits]
        self.number_units = [number_units(h.text) for h in self.hits]
        self.sentences: list[tuple[int, str]] = [
            (i, s) for i, h in enumerate(self.hits) for s in passage_sentences(h.text)
        ]
        texts = [s for _, s in self.sentences]
        self.vectors = embedder.embed(texts) if texts else np.zeros((0, 1), dtype=np.float32)

    def best(self, vector: np.ndarray, passages: Sequence[int]) -> tuple[float, int]:
        """(best cosine, 0-based passage index) among sentences of ``passages`` (0-based)."""
        rows = [k for k, (i, _) in enumerate(self.sentences) if i in passages]
        if not rows:
            return 0.0, passages[0] if passages else 0
        scores = self.vectors[rows] @ vector
        k = int(np.argmax(scores))
        return float(scores[k]), self.sentences[rows[k]][0]


def _check(clean: str, passages: list[int], cited: bool, vectors: Sequence[np.ndarray],
           ev: _Evidence, min_similarity: float) -> tuple[str, float, int]:
    """('' or the reason it is unsupported, similarity, best 0-based passage).

    ``vectors``: the sentence's embedding first (it picks the passage), then alternatives that may
    only raise the similarity (the question plus a fragment answer such as "Every 90 days.").
    """
    label = ", ".join(f"[{i + 1}]" for i in passages) if cited else "any passage"
    allowed = set().union(*(ev.numbers[i] for i in passages))
    missing = sorted(numbers_in(clean) - allowed)
    similarity, best = ev.best(vectors[0], passages)
    similarity = max([similarity] + [ev.best(v, passages)[0] for v in vectors[1:]])
    if missing:
        return f"number {', '.join(missing)} not in {label}", similarity, best
    # A number that is in the passage but with another unit ("12 characters" where the passage
    # says "14 characters" and "the last 12 passwords") is a swapped number.
    pairs = set().union(*(ev.number_units[i] for i in passages))
    units = {unit for _, unit in pairs}
    swapped = sorted(f"{n} {u}" for n, u in number_units(clean, before=False) if u in units and (n, u) not in pairs)
    if swapped:
        return f"'{', '.join(swapped)}' not in {label}", similarity, best
    haystack = " ".join(ev.texts[i] for i in passages)
    must, loose = key_terms(clean)
    absent = sorted(t for t in must if not _term_in(t.lower(), haystack))
    if absent:
        return f"term {', '.join(absent)} not in {label}", similarity, best
    if len(loose) >= 2 and sum(w in haystack for w in loose) < len(loose) / 2:
        return f"most of its words ({', '.join(sorted(loose))}) are not in {label}", similarity, best
    if similarity < min_similarity:
        return f"similarity {similarity:.2f} to {label} is below {min_similarity:.2f}", similarity, best
    return "", similarity, best


def verify_answer(
    answer: str,
    question: str,
    hits: Sequence[SearchHit],
    embedder: Embedder,
    *,
    min_similarity: float = 0.5,
    max_extractive: int = 2,
) -> AnswerDraft:
    """Check a model answer against the passages it was given; fall back to quoting them.

    Args:
        answer: The model's answer, with ``[n]`` citations into ``hits`` (1-based).
        question: The (standalone) question, used to pick sentences for an extractive answer.
        hits: The passages, in the order they were numbered in the prompt.
        embedder: Sentence embedder returning L2-normalized vectors.
        min_similarity: Minimum cosine between a sentence and a sentence of its passages.
        max_extractive: At most this many quoted sentences in an extractive answer.
    """
    ev = _Evidence(hits, embedder)
    parsed = [(s, *parse_citations(s, len(hits))) for s in split_answer(answer)]
    parsed = [p for p in parsed if p[1]]
    invalid = sorted({n for *_, bad in parsed for n in bad})
    if not parsed or not hits:
        return extractive_answer(question, hits, embedder, max_sentences=max_extractive,
                                 raw_answer=answer, invalid_citations=invalid, evidence=ev)
    short = [i for i, (_, clean, _, _) in enumerate(parsed) if _is_short(clean)]
    vectors = embedder.embed([clean for _, clean, _, _ in parsed]
                             + [f"{question} {parsed[i][1]}" for i in short])
    probes: list[list[np.ndarray]] = [[v] for v in vectors[: len(parsed)]]
    for k, i in enumerate(short):
        probes[i].append(vectors[len(parsed) + k])
    kept: list[CheckedSentence] = []
    flagged: list[CheckedSentence] = []
    any_cited = any(valid for _, _, valid, _ in parsed)
    for (original, clean, valid, _), probe in zip(parsed, probes):
        passages = [n - 1 for n in valid] or list(range(len(hits)))
        reason, similarity, best = _check(clean, passages, bool(valid), probe, ev, min_similarity)
        citations = tuple(valid) or (best + 1,)
        if reason:
            flagged.append(CheckedSentence(original, tuple(valid), similarity, reason))
        else:
            kept.append(CheckedSentence(with_citations(clean, citations), citations, similarity))
    if not any_cited or not kept:
        if not any_cited:
            flagged.append(CheckedSentence(answer.strip(), (), 0.0, "the answer cites no passage"))
        return extractive_answer(question, hits, embedder, max_sentences=max_extractive,
                                 raw_answer=answer, flagged=flagged, invalid_citations=invalid,
                                 evidence=ev)
    joiner = "" if _CJK.search(kept[0].text) else " "
    used = sorted({n for s in kept for n in s.citations})
    return AnswerDraft(
        text=joiner.join(s.text for s in kept), mode="generated", kept=kept, flagged=flagged,
        citations={n: hits[n - 1] for n in used}, raw_answer=answer, invalid_citations=invalid,
    )


def extractive_answer(
    question: str,
    hits: Sequence[SearchHit],
    embedder: Embedder,
    *,
    max_sentences: int = 2,
    raw_answer: str = "",
    flagged: list[CheckedSentence] | None = None,
    invalid_citations: list[int] | None = None,
    evidence: _Evidence | None = None,
) -> AnswerDraft:
    """The passage sentences that best answer ``question``, quoted verbatim with ``[n]``.

    A sentence's score is its embedding similarity to the question plus the share of the
    question's terms it contains (words; character bigrams for Chinese), with a small bonus for
    holding a number when the question asks for a quantity.
    """
    ev = evidence or _Evidence(hits, embedder)
    base = AnswerDraft(text="", mode="extractive", flagged=flagged or [], raw_answer=raw_answer,
                       invalid_citations=invalid_citations or [])
    if not ev.sentences:
        return base
    q_vector = embedder.embed([question])[0]
    q_terms = query_terms(question)
    wants_number = bool(_QUANTITY_QUESTION.search(question))
    scored = []
    for k, (i, sentence) in enumerate(ev.sentences):
        overlap = len(q_terms & query_terms(sentence)) / len(q_terms) if q_terms else 0.0
        bonus = 0.15 if wants_number and numbers_in(sentence) else 0.0
        if _is_heading(sentence):
            bonus -= 1.0  # a heading or a lead-in ("... as follows:") quotes no answer
        scored.append((float(ev.vectors[k] @ q_vector) + 0.6 * overlap + bonus, k, i, sentence))
    scored.sort(key=lambda t: -t[0])
    best_score = scored[0][0]
    chosen: list[tuple[float, int, int, str]] = []  # (score, sentence, passage, text)
    seen: set[str] = set()
    for item in scored:
        if len(chosen) == max_sentences or item[0] < 0.85 * best_score:
            break
        if item[3] not in seen:  # overlapping chunks repeat sentences
            seen.add(item[3])
            chosen.append(item)
    chosen.sort(key=lambda t: t[1])  # reading order
    kept = []
    for score, _, i, sentence in chosen:
        quoted = f"“{sentence}”" if _CJK.search(sentence) else f'"{sentence}"'
        kept.append(CheckedSentence(f"{quoted} [{i + 1}]", (i + 1,), score))
    base.text = "\n".join(s.text for s in kept)
    base.kept = kept
    base.citations = {n: ev.hits[n - 1] for n in sorted({s.citations[0] for s in kept})}
    return base
