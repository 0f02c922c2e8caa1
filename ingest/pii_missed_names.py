"""PERSON spans that spaCy's NER missed, added from the tokens of one text; each rule is measured
in ``benchmarks/pii_eval.py``, and ``ingest.pii_names`` holds the corrections that remove spans:

* ``extend_lists``: in "Efimiya, Mary, Ariana and Jodi", one tagged item makes its capitalised
  siblings names too.
* ``add_given_names``: a capitalised given name from a shipped list (``ingest.pii_words``),
  with the capitalised words after it on the same line, is a name the model missed: "Tzigane
  Lantos", "Elínborg Guðmundsdóttir", "Ravil G Yefimov"; alone only when the name is not also
  a frequent English word or place ("Tomomi", not "Austin"). In a text typed in lower case
  throughout, lower-case given names count too.
* ``repeat_parts``: once "Asya Godina" is a name, a later capitalised "Asya" or "Godina" in the
  same text is the same person (not in "Godina Street").
"""

from __future__ import annotations

import regex
from spacy.tokens import Doc, Span

from ingest.pii_name_tokens import (
    NOT_NAME_LAST,
    UPPER_LETTER,
    is_common_word,
    is_legal_form,
    is_name_token,
)
from ingest.pii_words import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES

_INITIAL = regex.compile(r"\p{Lu}\.?")
# Inside a name, before the surname: "Willemine ten Pas", "Maika van de Noort".
_PARTICLES = frozenset("van de der den ten ter von da di del la le dos das du".split())
# Words around a given name that make it part of an address: "Rua Diadema", "San Bernardino",
# "Marina Fort Street", "Inna Loop St.", "Hegedûs Gyula utca".
_STREET_BEFORE = frozenset(
    "rua rue ul via avenida av avda calle strada st san santa sao são".split()
)
_STREET_AFTER = NOT_NAME_LAST | frozenset(
    """bridge brook canyon cape causeway circle cliff cove coves creek crest crossing curve dale
    estates falls ferry field fields flat flats ford forge forges fort glen grove harbor haven
    hills hollow island junction knoll lake lakes landing lodge loop manor meadow meadows mews
    mill mills mount mountain orchard parkway path pike pines plains point points port ridge
    river route shore shores springs spur stream summit trace trail tunnel union valley view
    village vista walk utca ulica gasse vej gade gata gatan katu tie laan weg""".split()
)
_LIST_SEP = frozenset({",", "and", "&", "or", "und", "et", "y"})


def extend_lists(doc: Doc, spans: list[Span]) -> list[Span]:
    """Add the capitalised one-word siblings of a tagged name in a comma / "and" list."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    added: list[Span] = []
    for span in spans:
        if len(span) != 1:
            continue
        for step in (-1, 1):
            i = span.start if step < 0 else span.end - 1
            while True:
                sep, item = i + step, i + 2 * step
                if not (0 <= item < len(doc)) or doc[sep].lower_ not in _LIST_SEP:
                    break
                # "A, B and C": a comma may be followed by "and".
                if doc[item].lower_ in _LIST_SEP and 0 <= item + step < len(doc):
                    sep, item = item, item + step
                token = doc[item]
                if not is_name_token(token.text) or token.i in taken or token.is_sent_start:
                    break
                taken.add(token.i)
                added.append(Span(doc, token.i, token.i + 1, "PERSON"))
                i = item
    return spans + added


def repeat_parts(doc: Doc, spans: list[Span]) -> list[Span]:
    """Tag capitalised tokens equal to a part (3+ letters) of a multi-word name in the text."""
    parts = {t.text for s in spans if len(s) > 1 for t in s if len(t.text) >= 3 and t.is_title}
    if not parts:
        return spans
    taken = {i for s in spans for i in range(s.start, s.end)}
    added = [
        Span(doc, t.i, t.i + 1, "PERSON") for t in doc
        if t.text in parts and t.i not in taken and not _in_address_or_company(doc, t.i, t.i + 1)
    ]  # fmt: skip
    return spans + added


def _same_line(doc: Doc, i: int) -> bool:
    """True when token ``i`` exists and no line break separates it from token ``i - 1``."""
    return i < len(doc) and "\n" not in doc[i - 1].whitespace_


def _is_lower_name(text: str) -> bool:
    return len(text) > 1 and text.isalpha() and text.islower()


def _in_address_or_company(doc: Doc, start: int, end: int) -> bool:
    """True when tokens ``start:end`` read as part of an address or a double-barrelled company
    name: after a house number or "Rua", before "Street", "Loop", "Ltd", or glued to a hyphen
    ("Fritz-Armstrong")."""
    before = start - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before >= 0 and "\n" not in doc[before].whitespace_:
        token = doc[before]
        if token.like_num or token.lower_.rstrip(".") in _STREET_BEFORE:
            return True
        glued = before > 0 and not (token.whitespace_ or doc[before - 1].whitespace_)
        if token.text == "-" and glued:
            return True
    if any(t.lower_.rstrip(".") in _STREET_AFTER for t in doc[start + 1 : end]):
        return True
    for j in (end, end + 1):
        if not _same_line(doc, j):
            break
        word = doc[j].text
        if j == end and word == "-" and not doc[j - 1].whitespace_:
            return True
        if word.rstrip(".").lower() in _STREET_AFTER or is_legal_form(word):
            return True
        if not word[:1].isupper():
            break
    return False


def in_address_or_company(doc: Doc, start: int, end: int) -> bool:
    """True when tokens ``start:end`` read as part of an address or a company name ("Rua
    Diadema", "Marina Fort Street", "Wolfram Research Ltd")."""
    return _in_address_or_company(doc, start, end)


def add_given_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Add names the model missed that start with a given name from ``GIVEN_NAMES``.

    The name runs on over initials ("Ravil G Yefimov") and up to three capitalised, uncommon
    words on the same line, in the same case (Title or ALL-CAPS) as the given name. A given
    name alone counts only when it is not in ``AMBIGUOUS_GIVEN_NAMES`` ("Grant", "Austin") and
    not written in capitals. The model's place and organisation votes (``drop_places``) do
    not apply: en_core_web_sm calls "Rebecca" a GPE and "Sunniva" an ORG in "Sunniva is very
    reliable", and the list knows better. The other corrections (street, company, product
    and common-word checks) run on the result afterwards.
    """
    # A text typed in lower case throughout ("follow up with patricia desrosiers") has no
    # capitals to go by; there a name is a given name and the uncommon words after it.
    lower = not UPPER_LETTER.search(doc.text)
    is_word = _is_lower_name if lower else is_name_token
    taken = {i for s in spans for i in range(s.start, s.end)}
    # The model's "Ryan" in "Ryan P Costa" may grow into the full name.
    singles = {s.start: s for s in spans if len(s) == 1}
    added: list[Span] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        text = token.text
        if (
            (i in taken and i not in singles) or len(text) < 3 or text.endswith(".")
            or not is_word(text) or text.casefold() not in GIVEN_NAMES
            or is_common_word(text) or text.casefold() in _STREET_BEFORE
        ):  # fmt: skip
            i += 1
            continue
        caps = text.isupper()
        end = j = i + 1
        while _same_line(doc, j) and j not in taken and j - i <= 4:
            word = doc[j].text
            if doc[j].is_space and "\n" not in word and _same_line(doc, j + 1):
                j += 1  # "Lara  Fiorentino" in a table cell
                continue
            initial = _INITIAL.fullmatch(word.upper() if lower else word)
            if (initial or word in _PARTICLES) and _same_line(doc, j + 1):
                j += 1
                continue
            if not is_word(word) or is_common_word(word) or word.isupper() != caps:
                break
            if is_legal_form(word, caps) or word.rstrip(".").lower() in NOT_NAME_LAST:
                break
            end = j = j + 1
        key = text.casefold()
        single = end == i + 1
        if i in singles:
            if not single and not _in_address_or_company(doc, i, end):
                spans = [s for s in spans if s is not singles[i]]
                added.append(Span(doc, i, end, "PERSON"))
            i = end
            continue
        if _in_address_or_company(doc, i, end) or (
            single and _same_line(doc, end) and doc[end].is_title and is_common_word(doc[end].text)
        ):  # "Wolfram Research", "Elisabeth Parks"
            i = end
            continue
        if not (single and (caps or key in AMBIGUOUS_GIVEN_NAMES)):
            added.append(Span(doc, i, end, "PERSON"))
        i = end
    return spans + added
