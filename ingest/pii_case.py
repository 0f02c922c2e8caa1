"""Case restoration for text typed in one case, before PII detection reads it.

en_core_web_sm, the title and cue patterns and the name rules all go by capital letters, so
"PLEASE CALL ANNA KOWALSKA" and "my name is vitoria" hide their names. ``restore_case`` writes a
copy in ordinary case, the same length as the input, so that every span found in the copy is
the same span in the original (the anonymizer detects on the copy and masks the original):

* an English word (``ingest.pii_words.COMMON_WORDS``, the 27,000 rarer ones of
  ``ingest.pii_lexicon`` and the function words below, which the lists leave out because some
  are also names somewhere: "May", "Will", "He") is written in lower case, its first letter
  capitalised at the start of a sentence or line; after a given name, a title, an initial or
  a naming cue ("NAME IS", "DEAR") a word that is also a surname stays a name ("ANNA BROWN",
  "MY MAIDEN NAME IS KEY"), unless it reads as a verb ("ANNA SHOUTED");
* titles ("MR", "DR") and unmistakable legal forms ("GMBH", "LTD") get their usual spelling;
* a short word that is not a given name ("CEO", "USA", "APO", "ZIP") is kept as it was: in
  capitals it is an acronym, in lower case it is usually a unit or a typo;
* a single letter is an initial ("RAVIL G YEFIMOV") and is written in capitals, save "a";
* every other word (names, places, brands, rare words) is title-cased: "Kowalska",
  "O'Brien", "Jean-Luc".

Which text is restored: a text without lower-case letters, a text without upper-case letters,
and, in mixed text, runs of two or more ALL-CAPS words ("DEAR MS ANNA KOWALSKA", a heading).
Words glued to "@", digits, dots or slashes (e-mail addresses, URLs, codes) are left alone.
"""

from __future__ import annotations

import regex

from ingest.pii_lexicon import ENGLISH_WORDS, WORDLIKE_NAMES
from ingest.pii_name_tokens import LEGAL_FORM_SPELLINGS
from ingest.pii_words import COMMON_WORDS, GIVEN_NAMES

# Frequent words the common-word list leaves out because a name somewhere is spelled the same.
# In a text typed in one case they are far more often the word than the name.
FUNCTION_WORDS = frozenset(
    """a an the were us he my can will may must too more each per said day street st apt
    floor fax york am did does done got let lot see saw say set sent yet via re etc""".split()
)
_TITLES = {"mr": "Mr", "mrs": "Mrs", "ms": "Ms", "mx": "Mx", "dr": "Dr", "prof": "Prof"}
_LEGAL_FORMS = {caps.lower(): spelling for caps, spelling in LEGAL_FORM_SPELLINGS.items()}
# Endings after an apostrophe that make a word a contraction: "DON'T", "WE'LL", "I'M".
_CONTRACTIONS = frozenset({"t", "re", "ll", "ve", "m", "d"})
# A word: letters with inner apostrophes or hyphens, not glued to "@", digits, "/" or a dot
# followed by more text ("ANNA@EXAMPLE.COM", "WWW.EXAMPLE.COM", "DB8", "C/O").
_WORD = regex.compile(
    r"(?<![\p{L}\p{N}@_/\\.])\p{L}+(?:['’\-]\p{L}+)*(?![\p{L}\p{N}@_/\\]|\.[\p{L}\p{N}])"
)
_PARTS = regex.compile(r"(['’\-])")
_POSSESSIVE = regex.compile(r"['’]s$", regex.IGNORECASE)
_LOWER = regex.compile(r"\p{Ll}")
_UPPER = regex.compile(r"\p{Lu}")
# Two or more consecutive ALL-CAPS words ("JOHN SMITH", "DEAR MS ANNA KOWALSKA").
_CAPS_RUN = regex.compile(r"\b\p{Lu}{2,}\b(?:[ \t]+\p{Lu}(?:[\p{Lu}'’\-]+)?\b\.?)+")
# Words after which a name follows: "MY NAME IS KEY", "NAME: MARTIM A PEREIRA", "DEAR ...".
_NAMING_CUES = frozenset({"named", "called", "dear", "attn", "surname"})
_BETWEEN_NAME_WORDS = regex.compile(r"\.?[ \t]+|:[ \t]*")
_BEFORE_SENTENCE = frozenset(".!?:\n\r")
_SKIPPED_BEFORE = frozenset(" \t\"'“”‘’()[]>*-•")


def _starts_sentence(text: str, start: int) -> bool:
    """True when the word at ``start`` opens the text, a line, a sentence or a quotation after
    a colon ("ANNA: WHAT A WIFE.")."""
    i = start - 1
    while i >= 0 and text[i] in _SKIPPED_BEFORE:
        i -= 1
    return i < 0 or text[i] in _BEFORE_SENTENCE


def _set_case(chars: list[str], start: int, word: str, upper_at: set[int]) -> None:
    """Write ``word`` into ``chars`` lower-cased, with the letters at ``upper_at`` (indices
    into ``word``) upper-cased; letters whose case change has another length are kept."""
    for i, c in enumerate(word):
        new = c.upper() if i in upper_at else c.lower()
        if len(new) == 1:
            chars[start + i] = new


def is_english_word(word: str) -> bool:
    """True for a frequent English word that is not also a frequent name ("Salesperson",
    "Support"; not "Brown"), with or without a possessive "'s"."""
    key = _POSSESSIVE.sub("", word).casefold()
    return key in COMMON_WORDS or key in FUNCTION_WORDS or key in ENGLISH_WORDS


def _is_common(key: str, after_name: bool = False) -> bool:
    """Whether ``key`` is written in lower case; ``after_name``: it follows a given name, a
    title or an initial, where a surname that is also a word stays a name ("ANNA BROWN",
    "MOIRA PAGAN"), but not a verb form ("ANNA SHOUTED", "ZAK EMPLOYS")."""
    if key in COMMON_WORDS or key in FUNCTION_WORDS:
        return True
    if after_name:
        return key in ENGLISH_WORDS and key.endswith(("ed", "ing", "s"))
    return key in ENGLISH_WORDS or key in WORDLIKE_NAMES


def _word_case(
    word: str, sentence_start: bool, from_upper: bool, after_name: bool
) -> set[int] | None:
    """The indices of ``word`` to write in capitals; None to leave the word as it is."""
    parts = _PARTS.split(word)  # ["O", "'", "BRIEN"], ["JEAN", "-", "LUC"], ["ANNA"]
    stems, seps = parts[::2], parts[1::2]
    key = stems[0].casefold()
    first = {0} if sentence_start else set()
    if len(parts) == 1 and key in _TITLES:
        return {i for i, c in enumerate(_TITLES[key]) if c.isupper()}
    if len(parts) == 1 and key in _LEGAL_FORMS:
        return {i for i, c in enumerate(_LEGAL_FORMS[key]) if c.isupper()}
    if len(word) == 1:  # an initial, or "I"; but "a", save after a given name ("JOHN A SMITH")
        return first if key == "a" and not after_name else {0}
    if seps and seps[-1] in "'’" and stems[-1].casefold() in _CONTRACTIONS:
        return {0} if key == "i" else first  # "I'm", "don't"
    possessive = bool(seps) and seps[-1] in "'’" and stems[-1].casefold() == "s"
    if possessive:
        stems, seps = stems[:-1], seps[:-1]
    if all(_is_common(s.casefold(), after_name) or len(s) == 1 for s in stems) and (
        len(stems) > 1 or _is_common(key, after_name)
    ):
        return first
    if len(stems) == 1 and len(stems[0]) <= 3 and key not in GIVEN_NAMES and not after_name:
        # An acronym ("CEO", "APO") in capitals; a unit or a typo in lower case.
        return None if from_upper or not sentence_start else first
    # Title case, each part after a hyphen too ("Jean-Luc"); after an apostrophe only behind
    # a one-letter prefix ("O'Brien", "D'Angelo").
    upper_at, offset = set(), 0
    for k, stem in enumerate(stems):
        sep = seps[k - 1] if k else ""
        if k == 0 or sep == "-" or len(stems[k - 1]) == 1:
            upper_at.add(offset)
        offset += len(stem) + len(seps[k] if k < len(seps) else "")
    return upper_at


def restore_case(text: str) -> str | None:
    """A same-length copy of ``text`` in ordinary case; None when nothing needs restoring.

    See the module docstring for which words get which case.
    """
    has_lower, has_upper = bool(_LOWER.search(text)), bool(_UPPER.search(text))
    if not has_lower and not has_upper:
        return None
    if has_lower and has_upper:
        ranges = [m.span() for m in _CAPS_RUN.finditer(text)]
        if not ranges:
            return None
    else:
        ranges = [(0, len(text))]
    chars = list(text)
    for start, end in ranges:
        # Where the last given name, title, initial or naming cue ("NAME IS", "DEAR") ended.
        name_end, previous = -1, ""
        for m in _WORD.finditer(text, start, end):
            word = m.group()
            between = _BETWEEN_NAME_WORDS.fullmatch(text, name_end, m.start())
            after_name = name_end >= 0 and between is not None
            upper_at = _word_case(word, _starts_sentence(text, m.start()), has_upper, after_name)
            if upper_at is not None:
                _set_case(chars, m.start(), word, upper_at)
            key = word.casefold()
            named = (upper_at and key in GIVEN_NAMES) or key in _TITLES or len(word) == 1
            if (named and key != "a") or (after_name and len(word) == 1) or (
                key in _NAMING_CUES or (key == "is" and previous == "name")
                or (key == "name" and text.startswith(":", m.end()))
            ):  # fmt: skip
                name_end = m.end()
            previous = key
    restored = "".join(chars)
    return None if restored == text else restored
