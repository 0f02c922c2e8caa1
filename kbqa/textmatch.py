"""Text matching for answer verification: numbers, units, key terms, sentences and citations.

English and Chinese: numbers are canonicalised across digit grouping, decimal commas, English
number words and Chinese numerals; Chinese words come from jieba; sentences split on Latin and
CJK punctuation.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from ingest.chunk import split_sentences

_CITATION = re.compile(r"\s*[\[【［]\s*(\d+(?:\s*[,，、]\s*\d+)*)\s*[\]】］]")
_CITATION_ONLY = re.compile(r"^(?:\s*[\[【［]\s*\d+(?:\s*[,，、]\s*\d+)*\s*[\]】］])+[\s.。]*$")
# Citations opening a piece: they close the sentence before ("... markings. [2] Orbit ...").
_LEADING_CITATIONS = re.compile(r"^(?:\s*[\[【［]\s*\d+(?:\s*[,，、]\s*\d+)*\s*[\]】］])+[.。]?\s*")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*")
_TOKEN = re.compile(r"[A-Za-z0-9]+")
_NUMBER_OR_WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?|[^\W\d_]+")
_LIST_MARKER = re.compile(r"^\s*(?:[-•*·]|\d+[.)、]|[一二三四五六七八九十]+、)\s+")
_END_PUNCT = re.compile(r"[.!?。！？]+$")

_UNITS = {
    w: i
    for i, w in enumerate(
        "zero _ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
    if w != "_"
}
_TENS = {
    w: 10 * i
    for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split(), 0)
    if w != "_"
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# "one" alone is too often a pronoun ("one of the rooms") to count as a number.
_NUMBER_WORDS = re.compile(
    r"\b(?:(?:"
    + "|".join([*_UNITS, *_TENS, "one"])
    + r"|"
    + "|".join(_SCALES)
    + r")(?:[\s-]+(?:and[\s-]+)?)?)+\b",
    re.IGNORECASE,
)
_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10_000}
# Chinese numerals count when they hold a scale character or precede a measure word, so that
# words like 一般 or 统一 are not read as numbers.
_CN_NUMERAL = re.compile(
    r"[零〇一二两三四五六七八九十百千万]+(?=[天个元小时周年月日次人名岁分钟公里公斤倍级层间张])|"
    r"[零〇一二两三四五六七八九]*[十百千万][零〇一二两三四五六七八九十百千万]*"
)

_STOPWORDS = frozenset(
    "a an the and or of to in on at for by with from as is are was were be been being do does did "
    "what which who whom whose when where why how much many long often must may can could should "
    "would will shall i you he she it we they me my your our their its this that these those there "
    "here not no yes if then than per any all each every some about into over under after before "
    "during up out get gets got have has had please tell least most only exactly approximately".split()
)
_CJK_STOP = frozenset(
    "的 了 是 在 和 与 及 或 吗 呢 吧 啊 多少 什么 怎么 如何 哪些 哪个 几 有 要 可以 需要 请问 我 我们 你 您".split()
)
_QUANTITY_QUESTION = re.compile(
    r"\b(how (?:much|many|long|often|old|far)|within|minimum|maximum|"
    r"what (?:is|are) the (?:\w+ ){0,3}(?:amount|rate|cap|limit|budget|fee|cost|price|number|"
    r"runtime|duration|length|size|weight|payload|speed|capacity|distance|range|reach|headcount))\b"
    r"|多少|几|多久|多长|上限|标准",
    re.IGNORECASE,
)


def normalize(text: str) -> str:
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


def words_to_digits(text: str) -> str:
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
    return {_canonical(raw) for raw in _NUMBER.findall(words_to_digits(normalize(text)))}


def _stem(word: str) -> str:
    """Plural to singular, crudely: enough to match "laptops" with "laptop"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _unit(token: str) -> str | None:
    if token[0].isdigit() or token in _STOPWORDS or token in _CJK_STOP:
        return None
    if CJK.match(token):
        return token[0]  # measure words: 元, 天, 个, 次
    return _stem(token)


def number_units(text: str, *, before: bool = True) -> set[tuple[str, str]]:
    """(number, unit) pairs: the first content word after each number ("90 days" -> ("90", "day"))
    and, with ``before``, the one just before it ("EUR 52", "(EUR): 52")."""
    tokens = _NUMBER_OR_WORD.findall(words_to_digits(normalize(text)).lower())
    pairs = set()
    for i, token in enumerate(tokens):
        if not token[0].isdigit():
            continue
        number = _canonical(token)
        windows = [tokens[i + 1 : i + 3]] + ([tokens[max(0, i - 2) : i][::-1]] if before else [])
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
    if not CJK.search(text):
        return []
    return [(w.word, w.flag) for w in _jieba().cut(text) if CJK.search(w.word)]


def key_terms(text: str) -> tuple[set[str], set[str]]:
    """(terms that must occur, Chinese content words of which most must occur) in a sentence.

    Must-occur terms: capitalised words not starting the sentence, acronyms and words holding a
    digit (product names such as "AES-256", "S3"), and Chinese proper nouns (jieba ``nr``/``ns``/
    ``nt``/``nz``).
    """
    text = normalize(text)
    must: set[str] = set()
    for i, match in enumerate(_LATIN_WORD.finditer(CJK.sub(" ", text))):
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


def term_in(term: str, haystack: str) -> bool:
    if term in haystack:
        return True
    stem = re.sub(r"(?:'s|’s|s|es)$", "", term)
    return len(stem) >= 3 and stem in haystack


def query_terms(text: str) -> set[str]:
    """Content terms of a question: Latin words minus stop words, Chinese character bigrams."""
    text = normalize(text).lower()
    terms = {
        _stem(w)
        for w in _TOKEN.findall(text)
        if w not in _STOPWORDS and (len(w) > 1 or w.isdigit())
    }
    for run in _CJK_RUN.findall(text):
        run_terms = {run[i : i + 2] for i in range(len(run) - 1)} or {run}
        terms |= {
            t for t in run_terms if t not in _CJK_STOP and not (set(t) <= set("的是了吗呢多少"))
        }
    return terms


def passage_sentences(text: str) -> list[str]:
    """Sentences of a passage, with hard line breaks inside a sentence (PDF) joined again."""
    # Not NFKC-normalised: extractive answers quote these sentences verbatim.
    lines = [line.strip() for line in text.splitlines()]
    merged: list[str] = []
    for line in lines:
        if not line:
            continue
        joins = (
            merged
            and not _LIST_MARKER.match(line)
            and not line.startswith("#")
            and (
                line[0].islower()
                or re.search(r"[,;:(]$|\b(?:a|an|the|of|to|and|or|with|for|in)$", merged[-1])
            )
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
            if len(_TOKEN.findall(sentence)) + len(CJK.findall(sentence)) >= 2:
                out.append(sentence)
    return out


def split_answer(text: str) -> list[str]:
    """Sentences of a model answer; a citation standing after the full stop joins its sentence."""
    text = text.strip()
    out: list[str] = []
    for start, end in split_sentences(text):
        piece = text[start:end].strip()
        if out and (lead := _LEADING_CITATIONS.match(piece)):
            # "... markings. [2] Orbit AMR ...": the [2] is the sentence before's citation,
            # even when no full stop after it split it from the next sentence.
            out[-1] = out[-1] + " " + lead.group(0).strip()
            piece = piece[lead.end():].strip()
        if piece:
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
        return f"{body[: match.start()].rstrip()} {marks}{match.group(0)}"
    return f"{body} {marks}"


def is_heading(sentence: str) -> bool:
    if sentence.rstrip().endswith((":", "：")) or ("|" in sentence and not numbers_in(sentence)):
        return True  # a lead-in ("... as follows:") or a table's header row
    short = len(_TOKEN.findall(sentence)) < 6 and len(CJK.findall(sentence)) < 10
    key_value = bool(numbers_in(sentence)) and bool(
        re.search(r"[:：|]", sentence)
    )  # "Employees: 64"
    return short and not _END_PUNCT.search(sentence) and not key_value


def is_short(sentence: str) -> bool:
    return len(_TOKEN.findall(sentence)) < 6 and len(CJK.findall(sentence)) < 10


# A number followed directly by a unit ("14 characters", "9.5 hours", "600 元", "12 kg", "30%");
# not an ordinal ("4th") and not a reference ("version 3.2", "section 4", "page 2", a year).
_MEASURE = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(%|[A-Za-z€$£¥]+|[\u4e00-\u9fff])"
)
_ORDINAL_OR_REFERENCE = frozenset(
    "st nd rd th am pm x".split()
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_CODE_WORD = re.compile(r"\b(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\b")


def measures(text: str) -> set[tuple[str, str]]:
    """(number, unit) for quantities written as a number and its unit, in ``text``."""
    found = set()
    for number, unit in _MEASURE.findall(normalize(text)):
        if unit.lower() in _ORDINAL_OR_REFERENCE or (_YEAR.match(number) and not CJK.match(unit)):
            continue
        found.add((_canonical(number), _unit(unit.lower()) or unit))
    return found


def answer_fit(question: str, sentence: str) -> float:
    """How well a sentence has the *kind* of content the question asks for, in [-0.5, 0.25].

    A question asking for a quantity wants a number: a sentence with a number and the unit the
    question names ("how many employees" -> "Employees: 64") fits best, one with any measured
    quantity ("14 characters") fits, one without a number cannot be the answer (-0.5). A
    "which ..." question wants a named thing: a sentence holding a code word absent from the
    question (AES-256, S3) fits.
    """
    if asks_quantity(question):
        wanted = query_terms(question)
        if any(unit in wanted for _, unit in number_units(sentence)):
            return 0.25
        if measures(sentence):
            return 0.15
        return 0.0 if numbers_in(sentence) else -0.5
    if re.match(r"\s*(which|what)\b", question, re.IGNORECASE):
        asked = {w.lower() for w in _CODE_WORD.findall(question)}
        if any(w.lower() not in asked for w in _CODE_WORD.findall(sentence)):
            return 0.1
    return 0.0


def asks_quantity(question: str) -> bool:
    """True for questions that want a number (how many, 多少, ...)."""
    return bool(_QUANTITY_QUESTION.search(question))
