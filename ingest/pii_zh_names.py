"""Chinese personal names in Han text, for the PERSON entity (``<PERSON_n>``, as English names).

The English NER model cannot read Chinese, so this works from jieba's part-of-speech tags and
the surname lists of ``ingest.pii_zh_words``. A surname plus one or two characters is a name when

* jieba tags it a person (``nr``): "张伟", "李晓燕", "欧阳娜娜"; but a two-character word of
  jieba's dictionary, which holds everyday words tagged ``nr`` too ("张贴", "高明"), needs a cue;
* a cue says so: a title or role after it ("张伟经理", "王国强先生"), a label before it
  ("审批人：", "总经理", "由"), a name beside it in a list ("张伟、李晓燕和王芳"), or a line or
  table cell of its own;
* jieba has never seen the word and it starts with a common surname ("汪坤");
* it is found elsewhere in the same text.

Never a name: a word that goes on into a place ("张江路", "黄浦区") or ends like a noun
("许可证", "银行卡", "关帝庙"), a surname plus a function word ("报销单中注明", "活跃於戏剧",
"叶|浸泡"; 时, 于 and 於 lead a name only with a cue). A bare surname with a title ("王总") and transliterated foreign names
("佩顿·曼宁") are left. Only texts holding Han characters are read.

jieba logs "Building prefix dict" on first use; its logger is set to WARNING first, as
``kbqa.terms`` does (``ingest`` does not import ``kbqa``).
"""

from __future__ import annotations

import logging
import threading
from typing import Any, NamedTuple

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ingest.pii_zh_words import (
    AMBIGUOUS_COMPOUNDS,
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    CUE_ONLY_SURNAMES,
    FUNCTION_GIVEN,
    GIVEN_STOP,
    LABELS_BEFORE,
    LABEL_ROLES,
    LEAD_CHARS,
    NOT_GIVEN_END,
    NOT_NAME_PATTERN,
    NOT_NAMES,
    PLACE_END,
    PLACE_SUFFIX,
    PLACE_WORD_END,
    SINGLE_SURNAMES,
    TITLES_AFTER,
    TRAILING_VERBS,
)

# Labels strong enough alone: "审批人：", "总经理", "任命". The weak ones ("由", "请") count
# only for a word jieba does not know, before a verb or a boundary ("由黄建军接手").
_WEAK_LABELS = frozenset("请 請 由".split())
_STRONG_LABELS = tuple(t for t in LABELS_BEFORE if t not in _WEAK_LABELS) + LABEL_ROLES
_HAN = regex.compile(r"\p{Han}")
# Clauses jieba is run on one at a time (its tagger splits at punctuation anyway).
_CLAUSE = regex.compile(r"[^，。！？；：、,.!?;:\n|]+|[，。！？；：、,.!?;:\n|]+")
_ALL_HAN = regex.compile(r"\p{Han}+")
_NAME_FLAGS = frozenset({"nr", "nrfg", "nrt"})
_TITLE_WORDS = frozenset(TITLES_AFTER)
# jieba's tags for a lone surname character that is not a word by itself ("刘/zg 婷婷").
_BOUND_FLAGS = frozenset({"nr", "zg", "ng"})
# Dictionary words rarer than this (jieba's counts) may still be names: "黄东" (2).
_RARE = 10
_LIST_SEPARATORS = ("、", "和", "与", "與", "及", "，", ",")
# Tags of a word that is no given name after a lone surname: "邸|旁", "袁|死", "时|有个";
# a verb of two characters only when jieba knows it this well ("叶|浸泡" 299, not "梁|修身" 80).
# Words tagged noun or adjective may be given names: "汪|建华", "黃|秀美", "范|建国".
_COMMON_VERB = 100
_NOT_GIVEN_FLAGS = frozenset("f v p c u uj ul d r m q t".split())

_jieba_lock = threading.Lock()
_posseg: Any = None
_dict_words: Any = None


class _Token(NamedTuple):
    word: str
    flag: str
    start: int
    end: int


def _jieba() -> tuple[Any, Any]:
    """jieba.posseg and jieba's word dictionary, initialised once without stderr chatter."""
    global _posseg, _dict_words
    if _posseg is None:
        with _jieba_lock:
            if _posseg is None:
                import jieba
                import jieba.posseg

                jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" on stderr
                jieba.initialize()
                _dict_words = jieba.dt.FREQ
                _posseg = jieba.posseg
    return _posseg, _dict_words


def surname_of(word: str) -> str:
    """The surname ``word`` starts with (compound first), or "" when none."""
    if word[:2] in COMPOUND_SURNAMES:
        return word[:2]
    return word[:1] if word[:1] in SINGLE_SURNAMES else ""


def _tokens(text: str) -> list[_Token]:
    """jieba words with part-of-speech flags and offsets.

    jieba's tagger costs about 20x its plain segmenter, and tags differ only where it meets
    a run it has no dictionary word for (names are such runs). So each clause is segmented
    plainly first, tagged from the dictionary, and handed to the tagger only when a word jieba
    does not know, or two single characters in a row, start with a surname (within a
    character: "由钟明").
    """
    posseg, dict_words = _jieba()
    import jieba

    tags = posseg.dt.word_tag_tab
    out: list[_Token] = []
    for clause in _CLAUSE.finditer(text):
        cursor = clause.start()
        piece = clause.group()
        if not _HAN.search(piece):
            out.append(_Token(piece, "x", cursor, clause.end()))
            continue
        words = jieba.lcut(piece)
        if any(
            _HAN.match(b) and (
                (not dict_words.get(b) and (surname_of(b) or surname_of(b[1:])))
                or (len(a) == 1 == len(b) and (surname_of(a) or surname_of(b)))
            )
            for a, b in zip([""] + words, words)
        ):  # fmt: skip
            pairs = [(p.word, p.flag) for p in posseg.cut(piece)]
        else:
            pairs = [(w, tags.get(w, "x")) for w in words]
        for word, flag in pairs:
            out.append(_Token(word, flag, cursor, cursor + len(word)))
            cursor += len(word)
    return out


def _title_after(text: str, end: int) -> bool:
    """A title or role starts at ``end``: "张伟|经理", "李晓燕|女士"."""
    rest = text[end : end + 4]
    return any(rest.startswith(t) for t in TITLES_AFTER)


def _label_before(text: str, start: int) -> str:
    """What introduces the word at ``start``: "strong" after a label or role ("审批人：",
    "总经理", "出差申请：" with a colon), "weak" after "由", "和", "、", "请", "line" at the
    start of a line or table cell, else ""."""
    head = text[max(0, start - 8) : start].rstrip(" \t")
    if head.endswith((":", "：")):
        return "strong"
    if not head or head[-1] in "\n|":
        return "line"
    if head.endswith(_STRONG_LABELS):
        return "strong"
    return "weak" if head.endswith(tuple(_WEAK_LABELS)) else ""


def _boundary_after(text: str, end: int) -> bool:
    """Nothing Han follows ``end``, or a list separator or 您 does."""
    nxt = text[end : end + 1]
    return not nxt or not _HAN.match(nxt) or nxt in "和与與及、您"


def _plausible(text: str, start: int, end: int, surname: str) -> bool:
    """Surname plus one or two given-name characters, not going on into a place."""
    given = text[start + len(surname) : end]
    return (
        1 <= len(given) <= 2
        and _ALL_HAN.fullmatch(given) is not None
        and not any(c in GIVEN_STOP for c in given)
        and given not in _TITLE_WORDS
        and not (len(given) == 1 and given in FUNCTION_GIVEN)
        and text[start:end] not in NOT_NAMES
        and not NOT_NAME_PATTERN.match(text[start:end])
        and not PLACE_END.search(text[start:end])
        and text[end - 1] not in NOT_GIVEN_END
        and not PLACE_SUFFIX.match(text[end : end + 2])
        and not (
            end - start == 3 and text[end - 1] in PLACE_WORD_END
            and _jieba()[1].get(text[start:end], 0) >= _RARE
        )  # "白云山", "花岗岩"
    )  # fmt: skip


def find_names(text: str) -> list[tuple[int, int]]:
    """Character spans of Chinese personal names in ``text`` (see the module docstring)."""
    if not _HAN.search(text):
        return []
    _, dict_words = _jieba()
    tokens = _tokens(text)
    spans: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        if spans and tok.start < spans[-1][1]:
            continue
        found = (
            _compound_at(text, tok)
            or _tagged_at(text, tok, dict_words)
            or _joined_at(text, tokens, i)
            or _cued_at(text, tokens, i, dict_words)
            or _unknown_at(text, tok, dict_words)
        )
        if found is not None and not _needs_cue(text, *found):
            spans.append(found)
    spans = _add_list_neighbours(text, tokens, spans, dict_words)
    return _repeat_names(text, tokens, spans)


def _needs_cue(text: str, start: int, end: int) -> bool:
    """A name led by a surname that is an everyday function word ("时", "于"), without a
    cue: "在校时有个", "于辽宁", "活跃於戏剧"."""
    return (
        text[start] in CUE_ONLY_SURNAMES
        and not (_title_after(text, end) or _label_before(text, start) in ("strong", "line"))
    )  # fmt: skip


def _repeat_names(
    text: str, tokens: list[_Token], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Every other occurrence of a found name in the text, where it is a word of its own
    (jieba starts and ends a word there): "项强将负责..." after "欢迎新同事项强"."""
    if not spans:
        return spans
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    names = {text[s:e] for s, e in spans}
    out = list(spans)
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            free = not any(s < end and at < e for s, e in out)
            if free and (at in starts or _label_before(text, at)) and (
                end in ends or _boundary_after(text, end) or text[end : end + 1] in GIVEN_STOP
            ) and not PLACE_SUFFIX.match(text[end : end + 2]):
                out.append((at, end))
            at = text.find(name, end)
    return sorted(out)


def _compound_at(text: str, tok: _Token) -> tuple[int, int] | None:
    """A compound surname: its given name is what jieba reads after a common single surname
    put in its place ("诸葛帅因..." is read as "王帅因...")."""
    start = tok.start
    surname = text[start : start + 2]
    if surname not in COMPOUND_SURNAMES:
        return None
    posseg, _ = _jieba()
    probe = [p for p in posseg.cut("王" + text[start + 2 : start + 8])]
    if not probe:
        return None
    first = probe[0]
    if first.word.startswith("王") and 2 <= len(first.word) <= 3:
        end = start + 2 + len(first.word) - 1
    elif first.word == "王" and len(probe) > 1 and 1 <= len(probe[1].word) <= 2:
        end = start + 2 + len(probe[1].word)
    else:
        return None
    if not _plausible(text, start, end, surname):
        return None
    if surname in AMBIGUOUS_COMPOUNDS and not (
        _title_after(text, end) or _label_before(text, start) == "strong"
    ):
        return None
    return start, end


def _tagged_at(text: str, tok: _Token, dict_words: Any) -> tuple[int, int] | None:
    """A word jieba tags as a person name, trimmed of a leading "由"/"和" and a trailing title
    it swallowed ("由钟明", "李老师")."""
    if tok.flag not in _NAME_FLAGS or not _ALL_HAN.fullmatch(tok.word):
        return None
    word, start = tok.word, tok.start
    if len(word) >= 3 and word[0] in LEAD_CHARS and surname_of(word[1:]):
        word, start = word[1:], start + 1
    for title in TITLES_AFTER:
        if word.endswith(title) and len(word) > len(title) + 1:
            word = word[: -len(title)]
            break
    surname = surname_of(word)
    if len(word) == len(surname) + 2 and word[-1] in TRAILING_VERBS:
        word = word[:-1]  # "刘琦死后": the name is 刘琦
    end = start + len(word)
    if not surname or not _plausible(text, start, end, surname):
        return None
    if len(word) == len(surname) + 1 and _extends(text, end):
        end += 1  # jieba left the last given-name character out: "葉柏|睿 |"
    if end - start == 2 and dict_words.get(text[start:end], 0) > 0 and not (
        _title_after(text, end) or _label_before(text, start) in ("strong", "weak")
    ):
        return None  # "张贴", "高明", "文明": dictionary words jieba also tags nr
    return start, end


def _extends(text: str, end: int) -> bool:
    """One more Han character at ``end`` and then a boundary: the rest of a given name."""
    char = text[end : end + 1]
    return (
        _HAN.match(char) is not None and char not in GIVEN_STOP and char not in "和与與及您"
        and not _title_after(text, end) and _boundary_after(text, end + 1)
    )  # fmt: skip


def _unknown_at(text: str, tok: _Token, dict_words: Any) -> tuple[int, int] | None:
    """A word jieba has never seen, led by a common surname, two or three characters long:
    "汪坤", "常畅" (tagged noun or adjective in running text). Everyday words are in the
    dictionary; new ones that start with 王, 李, 张 ... are mostly names."""
    word = tok.word
    if not 2 <= len(word) <= 3 or word[0] not in COMMON_SURNAMES or dict_words.get(word):
        return None
    if not _ALL_HAN.fullmatch(word) or not _plausible(text, tok.start, tok.end, word[0]):
        return None
    end = tok.end + (len(word) == 2 and _extends(text, tok.end))  # "陳淑|惠，"
    return tok.start, end


def _joined_at(text: str, tokens: list[_Token], i: int) -> tuple[int, int] | None:
    """A single surname jieba split from its given name: "林/秀英" (the given name tagged a
    name), "刘/婷婷", "黃/秀美" (the surname tagged a bound morpheme, as it is nowhere else)."""
    tok = tokens[i]
    if len(tok.word) != 1 or tok.word not in SINGLE_SURNAMES or i + 1 >= len(tokens):
        return None
    nxt = tokens[i + 1]
    if tok.flag not in _BOUND_FLAGS and nxt.flag not in _NAME_FLAGS:
        return None
    if tok.flag in ("p", "c") or (surname_of(nxt.word) and nxt.flag in _NAME_FLAGS):
        return None  # "和|徐汇", "由|王芳": a preposition before a name of its own
    _, dict_words = _jieba()
    if nxt.flag in _NOT_GIVEN_FLAGS and (
        len(nxt.word) == 1
        or nxt.flag not in ("v", "t")
        or dict_words.get(nxt.word, 0) >= _COMMON_VERB
    ):
        return None  # "荨麻叶|浸泡", "宫邸|旁", "时|有个": an everyday word, no given name
    if not _plausible(text, tok.start, nxt.end, tok.word):
        return None
    return tok.start, nxt.end


def _cued_at(
    text: str, tokens: list[_Token], i: int, dict_words: Any, in_list: bool = False
) -> tuple[int, int] | None:
    """A surname-led word jieba does not tag as a name, made one by a label before it
    ("审批人：", "总经理") or a title after it; the name runs to a word boundary."""
    tok = tokens[i]
    surname = surname_of(tok.word)
    if not surname or not _ALL_HAN.fullmatch(tok.word) or tok.word[0] in LEAD_CHARS:
        return None  # "和|王同学": a conjunction, not the surname 和
    label = "weak" if in_list else _label_before(text, tok.start)
    ends = [t.end for t in tokens[i : i + 3] if t.end - tok.start <= len(surname) + 2]
    if len(tok.word) == len(surname) and i + 1 < len(tokens):
        ends.append(tok.end + 1)  # "李|勇为": the token after the surname holds "为" too
    ends = sorted({e for e in ends if _plausible(text, tok.start, e, surname)}, reverse=True)
    if not ends:
        return None
    end = next((e for e in ends if _title_after(text, e)), None)
    if end is not None:
        if end - tok.start == 2 and dict_words.get(text[tok.start : end], 0) > 0 and not (
            label or not _HAN.match(text[tok.start - 1 : tok.start] or "a")
        ):
            return None  # "教授级高级工程师"
        return tok.start, end
    freq = dict_words.get(text[tok.start : ends[0]], 0)
    verb_after = next((t.flag.startswith("v") for t in tokens if t.start == ends[0]), False)
    if label == "weak":
        # "由黄建军接手", "请联系茅兵。": only a word jieba does not know, before a verb or
        # standing alone; "和安踏的" is not enough.
        end = ends[0] if freq == 0 and (verb_after or _boundary_after(text, ends[0])) else None
    else:
        end = next(
            (e for e in ends if _boundary_after(text, e) or text[e : e + 1] in GIVEN_STOP), None
        )
        if end is None and label == "strong" and verb_after:
            end = ends[0]  # "总经理高兵审批"
    if end is None or not label:
        return None
    if dict_words.get(text[tok.start : end], 0) >= (1 if label == "weak" else _RARE):
        return None  # "南京", "谢谢", "董事会": a word, whatever the label says
    if label == "line" and _HAN.match(text[end : end + 1] or "a"):
        return None  # a line or cell start counts only for a name standing alone
    return tok.start, end


def _add_list_neighbours(
    text: str, tokens: list[_Token], spans: list[tuple[int, int]], dict_words: Any
) -> list[tuple[int, int]]:
    """A surname-led word beside a found name in a list ("张伟、李晓燕和王芳") is a name too."""
    by_start = {t.start: k for k, t in enumerate(tokens)}
    changed = True
    while changed:
        changed = False
        for s, e in list(spans):
            for sep in _LIST_SEPARATORS:
                if text.startswith(sep, e) and (e + len(sep)) in by_start:
                    k = by_start[e + len(sep)]
                    found = _cued_at(text, tokens, k, dict_words, in_list=True)
                    if found and found not in spans and _boundary_after(text, found[1]):
                        spans.append(found)
                        changed = True
        spans.sort()
    return spans


class ChinesePersonRecognizer(EntityRecognizer):
    """PERSON spans for Chinese names in Han text (see the module docstring)."""

    SCORE = 0.85  # as sure as an NER name: jieba's tag plus a surname, or a cue

    def __init__(self) -> None:
        super().__init__(
            supported_entities=["PERSON"], name="ChinesePersonRecognizer",
            supported_language="en",
        )  # fmt: skip

    def load(self) -> None:
        """Nothing to load up front; jieba's dictionary is built on the first Han text."""

    def analyze(  # noqa: D102
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,  # type: ignore[has-type]
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        return [
            RecognizerResult("PERSON", s, e, self.SCORE, recognition_metadata=dict(metadata))
            for s, e in find_names(text)
        ]
