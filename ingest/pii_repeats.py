"""Two PERSON corrections that look at the whole text rather than at one name.

* ``spread_names``: once a name is masked somewhere in a text ("Faina D. Yefremova's
  Cautionary Tales"), the same surname or given name standing alone elsewhere in that text
  ("early Yefremova") is the same person, and is masked too. What a human redactor does.
  Words that are also English words or ambiguous given names ("Grant", "Brown") do not
  spread, nor does a word that starts an address or company name there ("Kastner Street").
* ``drop_firm_lists``: "from Hawkins, Richardson and Santana" or "at Jones, Smith & Davis"
  (three capitalised words in a list, at most one of them a given name, at a line start or
  after "from", "at", "of", "for", "the") is a firm's name, not three people; NER and the list rule
  tag each word a person. After a colon such a list is an enumeration and stays ("our 3
  founders: Kónya, Becker and Vasquez").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from ingest import pii_missed_names, pii_name_tokens
from ingest.pii_case import is_english_word
from ingest.pii_lexicon import WORDLIKE_NAMES
from ingest.pii_words import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES


def _spreads(word: str) -> bool:
    key = word.casefold()
    return (
        len(word) >= 3 and word[:1].isupper() and word.isalpha()
        and not is_english_word(word) and key not in AMBIGUOUS_GIVEN_NAMES
        and key not in WORDLIKE_NAMES
    )  # fmt: skip


def spread_names(
    doc: Doc, spans: Sequence[tuple[int, int]], allowed: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Character spans of other occurrences, in ``doc``, of words of the PERSON ``spans``.

    Occurrences are whole tokens with the same spelling and case; those inside a span,
    overlapping an ``allowed`` range or reading as part of an address or company name are
    left out.
    """
    if not spans:
        return []
    starts = {t.idx: t.i for t in doc}
    taken: set[int] = set()
    words: set[str] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        taken.update(range(span.start, span.end))
        words.update(t.text for t in span if _spreads(t.text))
    if not words or not starts:
        return []
    added = []
    for token in doc:
        if token.text not in words or token.i in taken:
            continue
        s, e = token.idx, token.idx + len(token)
        if any(a < e and s < b for a, b in allowed):
            continue
        if pii_missed_names.in_address_or_company(doc, token.i, token.i + 1):
            continue
        added.append((s, e))
    return added


# Words after which a list of surnames names a firm: "from Hawkins, Richardson and Santana",
# "The Davis, Reynolds and Williamson Orchestra". After a colon it is an enumeration of people
# ("our 3 founders: Kónya, Becker and Vasquez").
_BEFORE_FIRM = frozenset("from at of for the > ( * - •".split())


def _introduces_firm(doc: Doc, i: int) -> bool:
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j < 0 or "\n" in doc[j].whitespace_ or "\n" in doc[j + 1 : i].text or (
        doc[j].lower_ in _BEFORE_FIRM
    )


def drop_firm_lists(doc: Doc, spans: list[Span]) -> list[Span]:
    """Remove PERSON spans inside a list of three capitalised words, at most one of them a
    given name (Faker lists "Santana" and "Mitchell" as given names), that names a firm."""
    if not spans:  # most texts: nothing to drop, no need to look for lists
        return spans
    firm_tokens: set[int] = set()
    n = len(doc)
    for i in range(n - 4):
        items = [i, i + 2]
        if doc[i + 1].text != ",":
            continue
        j = i + 3
        if j < n and doc[j].text == ",":
            j += 1
        if j >= n or doc[j].lower_ not in ("and", "&"):
            continue
        items.append(j + 1)
        if items[-1] >= n:
            continue
        words = [doc[k].text for k in items]
        if (
            _introduces_firm(doc, i)
            and all(pii_name_tokens.is_name_token(w) and len(w) > 1 for w in words)
            and sum(w.casefold() in GIVEN_NAMES for w in words) <= 1
        ):
            firm_tokens.update(range(i, items[-1] + 1))
    if not firm_tokens:
        return spans
    return [s for s in spans if not all(k in firm_tokens for k in range(s.start, s.end))]
