"""Cheap corrections to spaCy's PERSON entities, each measured in ``benchmarks/pii_eval.py``.

en_core_web_sm finds common English names in running text but misses many foreign names, names
in lists and names repeated in short form; it also tags products, companies, places, headings and
capitalised everyday words. These rules work on the tokens of one text and cost microseconds:

* ``drop_non_persons``: a "name" ending in a street or company word ("Glyn St", "Hall
  Orchestra") or right after a house number ("1668 Glyn St") is an address or an organisation.
* ``drop_organisations``: a "name" followed by capitalised words and a legal form ("Voltaris
  [Robotics GmbH]") is a company.
* ``drop_products``: a "name" followed by a model number or version ("Atlas Picker 3", "Orbit
  [AMR] 600", "Nova 2.0") is a product.
* ``drop_places``: a "name" after a place noun ("station Hirschgarten") or holding a time-zone
  abbreviation ("Berlin CET") is a place; so is a single word that the NER model labels a
  place, organisation or product more often than a person in the same batch (see
  ``ingest.pii_nlp``).
* ``drop_common_words``: a "name" made only of common English words ("Rate", "Sick Leave";
  ``ingest.pii_words``, which leaves out every word that is also a given name or surname) or
  written in lower case in a text that has capitals is not a name. It applies wherever the
  word stands, not only at the start of a sentence, bullet or table cell: measured on the
  synthetic set, that loses no name and keeps "Finance Controller" or "Cautionary Tales".
* ``cut_allowed``: terms of the deployment's allow-list are never part of a name.

Names after a title or an introducing cue ("Dr.", "Name:", "Dear") come from a pattern
recognizer, not from here: the cue says they are people, so only the company check, the
allow-list and trimming of common words around them apply (``ingest.anonymize``).

The corrections that add names the model missed (``extend_lists``, ``add_given_names``,
``repeat_parts``) are in ``ingest.pii_missed_names``; the word lists and token tests
both share are in ``ingest.pii_name_tokens``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

import regex
from spacy.tokens import Doc, Span

from ingest.pii_name_tokens import (
    NOT_NAME_LAST,
    UPPER_LETTER,
    is_common_word,
    is_legal_form,
    is_name_token,
)
from ingest.pii_words import COMMON_WORDS

_TIME_ZONES = frozenset(
    """UTC GMT BST IST CET CEST EET EEST WET MSK EST EDT CST CDT MST MDT PST PDT AKST HST JST KST
    SGT HKT AEST AEDT ACST AWST NZST NZDT""".split()
)
# Lower-case nouns after which a capitalised word names a place: "S-Bahn station Hirschgarten".
# Not "city" or "stop": "the city Anna loved", "stop Anna".
_PLACE_NOUNS = frozenset(
    """station airport terminal district suburb borough county province canton municipality
    harbour harbor""".split()
)
_SHIPS = frozenset({"USS", "USNS", "USNV", "USCGC"})
# After "Anna Schmidt 34", these make the number an age or a time, not a model number.
_TIME_UNITS = frozenset("years year yrs yo months month weeks week days day hours h am pm".split())
_MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# "3", "600", "2.0", "v4.2", "5a"; not a date ("12.03.25") nor a year.
_VERSION = regex.compile(r"[vV]?\d{1,4}(?:\.\d{1,3}){0,2}[a-z]?")
_DATE_OR_YEAR = regex.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:19|20)\d\d")
# A capitalised word in a company name: "Robotics", "GitLab", "AMR".
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}\-]*")
_CONNECTORS = frozenset({"of", "from", "at", "for", "with", "by"})
_SEPARATORS = frozenset("| > » / \\ • · ; : = + * # ( ) [ ] { } <".split())


def _next(span: Span, offset: int = 0) -> Span | None:
    """The token ``offset`` places after ``span`` on the same line, if any."""
    doc, i = span.doc, span.end + offset
    if i >= len(doc) or any("\n" in doc[j].whitespace_ for j in range(span.end - 1, i)):
        return None
    return doc[i : i + 1]


def _name_before(span: Span) -> Span | None:
    """The words of ``span`` before "of", "from", "at", ..., if they hold a name: "FAVIAN
    RANGEL [FROM DRAKE PLC]"."""
    for i, token in enumerate(span):
        if token.lower_ in _CONNECTORS:
            head = span[:i]
            if any(is_name_token(t.text) and not is_common_word(t.text) for t in head):
                return Span(span.doc, head.start, head.end, "PERSON")
            return None
    return None


def drop_non_persons(spans: list[Span]) -> list[Span]:
    """Remove PERSON spans that read as an address or an organisation (see module doc); a
    name before "of", "from", ... in such a span stays."""
    kept = []
    for span in spans:
        last = span[-1].lower_.rstrip(".")
        before = span.doc[span.start - 1] if span.start > 0 else None
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if last in NOT_NAME_LAST or is_legal_form(span[-1].text, span.text.isupper()):
            head = _name_before(span)
            if head is not None:
                kept.append(head)
            continue
        if after is not None and after.lower_.rstrip(".") in NOT_NAME_LAST and after.is_title:
            continue
        if before is not None and before.like_num and "\n" not in before.whitespace_:
            continue
        kept.append(span)
    return kept


def is_followed_by_legal_form(doc: Doc, end: int, caps: bool = False) -> bool:
    """True when token ``end`` starts up to four capitalised words (brackets allowed) ending in
    a legal form on the same line: "[Voltaris] Robotics (Shanghai) Co., Ltd."; ``caps``: the
    text before is in capitals, where only unmistakable legal forms count and a common word
    ends the name ("JOUKO [IS FROM] GRADIANT RESEARCH LLC")."""
    words = 0
    for token in doc[end : end + 8]:
        if is_legal_form(token.text, caps):
            return True
        if token.text in ("(", ")", "&"):
            continue
        if not _CAPITALISED.fullmatch(token.text) or words == 4:
            return False
        if caps and is_common_word(token.text):
            return False
        words += 1
        if "\n" in token.whitespace_:
            return False
    return False


def is_company(span: Span) -> bool:
    """True for a span that ends in a legal form or is followed by the rest of a company name."""
    caps = span.text.isupper()
    return is_legal_form(span[-1].text, caps) or is_followed_by_legal_form(
        span.doc, span.end, caps
    )


def drop_organisations(spans: list[Span]) -> list[Span]:
    """Remove PERSON spans followed by a company name's remaining words and legal form."""
    return [s for s in spans if not is_company(s)]


def drop_products(spans: list[Span]) -> list[Span]:
    """Remove PERSON spans followed by a model number, maybe after one more capitalised word:
    "Atlas Picker 3", "Orbit AMR 600" (not a common word: "TOSH OLSEN LIVES AT 172"). A year
    or date, or a number followed by another number, a month, a time unit or a capitalised
    word ("John Smith 42 Main St", "Anna Schmidt 34 years") keeps the name."""
    kept = []
    for span in spans:
        number = _next(span)
        if (
            number is not None and _CAPITALISED.fullmatch(number.text)
            and not is_common_word(number.text)
        ):  # fmt: skip
            number = _next(span, 1)
        if number is not None and _is_model_number(span, number[0].i):
            continue
        kept.append(span)
    return kept


def _is_model_number(span: Span, i: int) -> bool:
    doc = span.doc
    text = doc[i].text
    if not _VERSION.fullmatch(text) or _DATE_OR_YEAR.fullmatch(text):
        return False
    if i + 1 < len(doc) and "\n" not in doc[i].whitespace_:
        after = doc[i + 1]
        if (
            any(c.isdigit() for c in after.text) or after.text[:1].isupper() or after.text == ")"
            or after.lower_ in _MONTHS or after.lower_ in _TIME_UNITS
        ):  # fmt: skip
            return False
    return True


def drop_places(spans: list[Span], place_names: Collection[str] = ()) -> list[Span]:
    """Remove PERSON spans after a place noun, holding or followed by a time-zone abbreviation,
    and single words in ``place_names`` (words the NER model calls a place or organisation
    more often than a person)."""
    kept = []
    for span in spans:
        before = span.doc[span.start - 1] if span.start > 0 else None
        after = _next(span)
        if len(span) == 1 and span.text in place_names:
            continue
        if span[0].text.upper() in _SHIPS or (before is not None and before.text.upper() in _SHIPS):
            continue  # a US military address: "USS Lorenzen, FPO AE 25990"
        if before is not None and before.text in _PLACE_NOUNS and "\n" not in before.whitespace_:
            continue
        if any(t.text in _TIME_ZONES for t in span) or (
            after is not None and after.text in _TIME_ZONES
        ):
            continue
        kept.append(span)
    return kept


def _is_common_plural(word: str) -> bool:
    word = word.casefold()
    if word.endswith("ies"):
        return word[:-3] + "y" in COMMON_WORDS
    return word.endswith("s") and not word.endswith("ss") and word[:-1] in COMMON_WORDS


def drop_common_words(doc: Doc, spans: list[Span]) -> list[Span]:
    """Remove PERSON spans whose words are all common English words ("Rate", "Complete",
    "Sick Leave"), and spans in lower case when the text around them is not.

    Beside a common word, a plural of one counts too ("Approval Thresholds"); on their own such
    plurals do not, since many surnames are one ("Banks", "Waters", "James Sparks").
    """
    cased = bool(UPPER_LETTER.search(doc.text))
    kept = []
    for span in spans:
        if cased and not UPPER_LETTER.search(span.text):
            continue
        words = [t.text for t in span if t.is_alpha]
        common = [is_common_word(w) for w in words]
        if any(common) and all(
            c or _is_common_plural(w) for w, c in zip(words, common, strict=True)
        ):
            continue
        kept.append(span)
    return kept


def strip_common_words(span: Span) -> Span | None:
    """``span`` without common words at either end ("Finance Controller Anna Schmidt Head
    Office" -> "Anna Schmidt"); None when nothing else is left."""
    start, end = span.start, span.end
    while start < end and is_common_word(span.doc[start].text):
        start += 1
    while end > start and is_common_word(span.doc[end - 1].text):
        end -= 1
    return Span(span.doc, start, end, "PERSON") if end > start else None


def compile_terms(terms: Iterable[str]) -> regex.Pattern[str] | None:
    """A case-insensitive, whole-word pattern for any of ``terms``; None when there are none.

    Runs of whitespace in a term match any whitespace: "Atlas  Picker" in a table cell too.
    """
    words = sorted({" ".join(t.split()) for t in terms if t.strip()}, key=len, reverse=True)
    if not words:
        return None
    alternatives = "|".join(r"\s+".join(map(regex.escape, w.split(" "))) for w in words)
    return regex.compile(rf"(?<![\w])(?:{alternatives})(?![\w])", regex.IGNORECASE)


def cut_allowed(spans: list[Span], allowed: Sequence[tuple[int, int]]) -> list[Span]:
    """Remove the tokens that overlap an allowed term's character range from PERSON spans; the
    rest of a span stays a PERSON only where it still holds a capitalised, uncommon word."""
    if not allowed:
        return spans
    out = []
    for span in spans:
        pieces: list[list[int]] = [[]]
        for token in span:
            if any(s < token.idx + len(token) and token.idx < e for s, e in allowed):
                pieces.append([])
            else:
                pieces[-1].append(token.i)
        for piece in pieces:
            kept = Span(span.doc, piece[0], piece[-1] + 1, "PERSON") if piece else None
            if kept and any(is_name_token(t.text) and not is_common_word(t.text) for t in kept):
                out.append(kept)
    return out


def trim_to_line(spans: list[Span]) -> list[Span]:
    """Cut a PERSON span at its first line break, split it at separators such as " | " or
    " > " (names do not run across lines, table cells or heading paths), and drop lower-case
    words before a capitalised one ("ex-Zombie Kastner")."""
    out = []
    for span in spans:
        lead = span.start
        while lead < span.end - 1 and not span.doc[lead].text[:1].isupper():
            lead += 1
        if lead > span.start and any(t.text[:1].isupper() for t in span.doc[lead : span.end]):
            span = Span(span.doc, lead, span.end, "PERSON")
        for i, token in enumerate(span):
            if "\n" in token.text or ("\n" in token.whitespace_ and i < len(span) - 1):
                end = span.start + i + (0 if "\n" in token.text else 1)
                span = Span(span.doc, span.start, end, "PERSON")
                break
        start = span.start
        for i in range(span.start, span.end + 1):
            if i == span.end or span.doc[i].text in _SEPARATORS:
                if i > start:
                    out.append(Span(span.doc, start, i, "PERSON"))
                start = i + 1
    return out
