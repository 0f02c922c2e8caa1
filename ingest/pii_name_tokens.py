"""Word lists and token tests that the person-name rules share (``ingest.pii_names``,
``ingest.pii_missed_names``, ``ingest.pii_repeats``, ``ingest.pii_case``): is a word capitalised
like a name, a frequent English word, a company's legal form, the last word of an address or an
organisation."""

from __future__ import annotations

import regex

from ingest.pii_words import COMMON_WORDS

# Last words that make a "name" an address or an organisation: "Glyn St", "Hall Orchestra".
NOT_NAME_LAST = frozenset(
    """st street str strasse straße avenue ave road rd lane ln drive boulevard blvd way court ct
    place pl square squares plaza terrace parks park pass turnpike extensions extension
    crescent close gardens highway hwy alley row hill heights apt suite orchestra band
    incorporated inc ltd llc gmbh corp corporation company co group partners bank university
    college school hospital hotel club technologies systems solutions industries holdings labs
    laboratories consulting associates software robotics logistics analytics networks ventures
    foundation institute studio studios pharmaceuticals airlines electronics enterprises""".split()
)
# Legal forms of companies, with dots removed and in the case they are written in: "GmbH",
# "S.A." -> "SA", "Co." -> "Co". Short ones are English words in lower case ("as", "co"), and
# in ALL-CAPS text ("JOHN SMITH AS SOON AS") only the unmistakable ones count.
LEGAL_FORM_SPELLINGS = {
    "GMBH": "GmbH", "INC": "Inc", "LTD": "Ltd", "LLC": "LLC", "LLP": "LLP", "PLC": "PLC",
    "CORP": "Corp", "KGAA": "KGaA", "SARL": "SARL",
}  # fmt: skip
"""The unmistakable legal forms in capitals, and how they are usually spelled."""
_LEGAL_FORMS_IN_CAPS = frozenset(LEGAL_FORM_SPELLINGS) | {"LIMITED"}
_LEGAL_FORMS = _LEGAL_FORMS_IN_CAPS | frozenset(
    """AG AB AS ASA BV Co CO Corp GmbH Inc KG KGaA LP Ltd NV Oy plc Plc Pty SA SAS SE SpA Srl
    Limited Incorporated Corporation""".split()
)
_NAME_TOKEN = regex.compile(r"^\p{Lu}[\p{Ll}\p{Lu}'’\-]*\.?$")
UPPER_LETTER = regex.compile(r"\p{Lu}")


def is_name_token(text: str) -> bool:
    """True for a capitalised word that may be part of a name: "Anna", "O'Brien", "J."."""
    return bool(_NAME_TOKEN.match(text))


def is_legal_form(text: str, caps: bool = False) -> bool:
    """True for a company's legal form ("GmbH", "Ltd.", "S.A."); ``caps``: in ALL-CAPS text,
    where only the unmistakable ones count."""
    return text.replace(".", "") in (_LEGAL_FORMS_IN_CAPS if caps else _LEGAL_FORMS)


def is_common_word(word: str) -> bool:
    """True for a word in the shipped list of frequent English words that are not names."""
    return word.casefold() in COMMON_WORDS
