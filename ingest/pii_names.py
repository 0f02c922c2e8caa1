"""Cheap corrections to spaCy's PERSON entities, each measured in ``benchmarks/pii_eval.py``.

en_core_web_sm finds common English names in running text but misses many foreign names, names
in lists and names repeated in short form, and it tags streets named after people. These rules
work on the tokens of one text and cost microseconds:

* ``drop_non_persons``: a "name" ending in a street or company word ("Glyn St", "Hall
  Orchestra") or right after a house number ("1668 Glyn St") is an address or an organisation.
* ``extend_lists``: in "Efimiya, Mary, Ariana and Jodi", one tagged item makes its capitalised
  siblings names too.
* ``repeat_parts``: once "Asya Godina" is a name, a later capitalised "Asya" or "Godina" in the
  same text is the same person.
"""

from __future__ import annotations

import regex
from spacy.tokens import Doc, Span

_NOT_NAME_LAST = frozenset(
    """st street str strasse straße avenue ave road rd lane ln drive boulevard blvd way court ct
    place pl square squares plaza terrace parks park pass turnpike extensions extension
    crescent close gardens highway hwy alley row hill heights apt suite orchestra band
    incorporated inc ltd llc gmbh corp corporation company co group partners bank university
    college school hospital hotel club""".split()
)
_NAME_TOKEN = regex.compile(r"^\p{Lu}[\p{Ll}\p{Lu}'’\-]*\.?$")
_LIST_SEP = frozenset({",", "and", "&", "or", "und", "et", "y"})


def _is_name_token(text: str) -> bool:
    return bool(_NAME_TOKEN.match(text))


def drop_non_persons(spans: list[Span]) -> list[Span]:
    """Remove PERSON spans that read as an address or an organisation (see module doc)."""
    kept = []
    for span in spans:
        last = span[-1].lower_.rstrip(".")
        before = span.doc[span.start - 1] if span.start > 0 else None
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if last in _NOT_NAME_LAST:
            continue
        if after is not None and after.lower_.rstrip(".") in _NOT_NAME_LAST and after.is_title:
            continue
        if before is not None and before.like_num and "\n" not in before.whitespace_:
            continue
        kept.append(span)
    return kept


def trim_to_line(spans: list[Span]) -> list[Span]:
    """Cut a PERSON span at its first line break: names do not run across lines."""
    out = []
    for span in spans:
        for i, token in enumerate(span):
            if "\n" in token.text or ("\n" in token.whitespace_ and i < len(span) - 1):
                end = span.start + i + (0 if "\n" in token.text else 1)
                span = Span(span.doc, span.start, end, "PERSON")
                break
        if len(span):
            out.append(span)
    return out


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
                if not _is_name_token(token.text) or token.i in taken or token.is_sent_start:
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
    added = [Span(doc, t.i, t.i + 1, "PERSON") for t in doc if t.text in parts and t.i not in taken]
    return spans + added
