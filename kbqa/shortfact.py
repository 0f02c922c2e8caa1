"""The short fact an extractive answer leads with: "45 days — “…within 45 days…” [1]".

A quantity, date or who/which question whose best quoted sentence holds exactly one candidate of
the kind asked for (one number with its unit, one date, one name or pseudonym token) is answered
with that candidate first. The candidate is copied verbatim from the sentence, so it is as
supported as the quote; with none or several candidates there is no lead (which of two numbers
answers is the reader's call, not a guess of ours).
"""

from __future__ import annotations

import re

from kbqa.textmatch import CJK, asks_quantity, cjk_words, normalize, numbers_in

__all__ = ["asked_kind", "short_fact"]

_DATE_QUESTION = re.compile(
    r"^\s*(?:when\b|(?:in |on |by |since |until )?(?:what|which) (?:year|date|day|month|century|decade)\b)"
    r"|什么时候|何时|哪一?年|哪一?天|哪个月|几月|几号|哪一?日",
    re.IGNORECASE,
)
_WHO_QUESTION = re.compile(
    r"^\s*(?:who|whom|whose)\b|^\s*(?:what|which) (?:person|company|team|city|country|"
    r"organi[sz]ation|group|man|woman|king|president|player|university|department)\b"
    r"|\b(?:by whom|named)\b|谁|哪位|哪个人",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_CALENDAR_DATE = (
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}(?:,? \d{{4}})?\b"
    rf"|\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}})?\b"
    rf"|\b{_MONTH} \d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
    r"|\d{4}\s?年(?:\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?)?|\d{1,2}\s?月\s?\d{1,2}\s?日"
)
_DAY = re.compile(_CALENDAR_DATE)
_DATE = re.compile(_CALENDAR_DATE + r"|\b(?:1\d|20)\d\d(?:s)?\b")
# A number and its unit, verbatim: "45 days", "9.5 hours", "5,000 EUR", "EUR 52", "30%", "150 元",
# "15 个工作日". Chinese measure words that are a word of their own (个 + noun) keep the noun.
_QUANTITY = re.compile(
    r"(?:(?:EUR|USD|GBP|CNY|RMB|US\$|€|\$|£|¥)\s?)?"
    r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])"
    r"(?:\s?(?:%|percent|[A-Za-z€$£¥][A-Za-z]*|个(?:工作日|小时|月|人)|[\u4e00-\u9fff]))?"
    r"|(?:(?:EUR|USD|GBP|CNY|RMB|US\$|€|\$|£|¥)\s?)?"
    r"(?<![\w.,])\d+(?:\.\d+)?(?![\d,.]\d)"
    r"(?:\s?(?:%|percent|[A-Za-z€$£¥][A-Za-z]*|个(?:工作日|小时|月|人)|[\u4e00-\u9fff]))?"
)
# Words after a number that make it not a quantity ("4th", "3 pm" stays) or not a unit at all.
_NOT_UNIT = frozenset(
    "st nd rd th and or to of in on at for by the a an is are was were with from as that which "
    "than".split()
)
_YEAR = re.compile(r"^(?:1\d|20)\d\d$")
_PSEUDONYM = re.compile(r"<[A-Z_]+_\d+>")
_NAME_RUN = re.compile(
    r"\b[A-Z][\w'’.-]*(?:\s+(?:(?:de|da|van|von|der|del|la|le|of|the)\s+)?[A-Z][\w'’.-]*)*"
)
_SENTENCE_START_STOP = frozenset("the a an in on at it this that these those he she they we".split())


def asked_kind(question: str) -> str:
    """``quantity``, ``date``, ``who`` or ``""``: the kind of short fact the question asks for."""
    if _DATE_QUESTION.search(question):
        return "date"
    if asks_quantity(question):
        return "quantity"
    if _WHO_QUESTION.search(question):
        return "who"
    return ""


def _quantities(question: str, sentence: str) -> list[str]:
    found = []
    asked = numbers_in(question)  # "Atlas Picker 3" names the thing, it does not answer
    for match in _QUANTITY.finditer(_DAY.sub(" ", sentence)):
        text = match.group(0).strip()
        unit = re.sub(r"^[\d.,\s]+", "", re.sub(r"^(?:EUR|USD|GBP|CNY|RMB|US\$|€|\$|£|¥)\s?", "",
                                                text))
        if unit.lower() in _NOT_UNIT:
            text = text[: len(text) - len(unit)].strip()
        number = re.sub(r"[^\d.,]", "", text)
        if _YEAR.match(number.replace(",", "")) and not CJK.search(text):
            continue  # a year is a date, not a quantity
        if numbers_in(number) <= asked:
            continue
        found.append(text)
    return list(dict.fromkeys(found))


def _names(question: str, sentence: str) -> list[str]:
    asked = normalize(question).lower()
    found = list(_PSEUDONYM.findall(sentence))
    plain = _PSEUDONYM.sub(" ", sentence)
    if CJK.search(plain):
        found += [w for w, flag in cjk_words(plain) if flag in ("nr", "nrfg", "nrt", "nt")
                  and w not in asked]
        return list(dict.fromkeys(found))
    for match in _NAME_RUN.finditer(plain):
        words = match.group(0).split()
        if match.start() == 0 or plain[: match.start()].rstrip().endswith((".", ":", ";")):
            # A capital after a full stop says nothing: drop a leading common word.
            while words and words[0].lower() in _SENTENCE_START_STOP:
                words = words[1:]
        name = " ".join(words).rstrip(".,")
        if not name or name.lower() in asked or numbers_in(name):
            continue
        if all(w.lower() in asked for w in name.split()):
            continue  # the question's own subject, not the answer
        found.append(name)
    return list(dict.fromkeys(found))


def short_fact(question: str, sentence: str) -> str:
    """The one candidate of the kind ``question`` asks for in ``sentence``, verbatim; "" when
    the question asks for no short fact or the sentence holds none or several."""
    kind = asked_kind(question)
    if kind == "date":
        candidates = list(dict.fromkeys(m.group(0).strip() for m in _DATE.finditer(sentence)))
    elif kind == "quantity":
        candidates = _quantities(question, sentence)
    elif kind == "who":
        candidates = _names(question, sentence)
    else:
        return ""
    return candidates[0] if len(candidates) == 1 else ""
