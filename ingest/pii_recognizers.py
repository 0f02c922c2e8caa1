"""The Presidio recognizers the anonymizer runs, one small factory per supported entity.

Only recognizers for the configured entities are built: dates, places, organisations, amounts
and product names are deliberately left alone, because a knowledge base about invoices and
offices is useless once "Berlin" and "EUR 1,200.00" are masked.

Changes against Presidio's stock recognizers, and why:

* E-mail: Presidio only accepts public-suffix domains (and its default tldextract downloads
  the list). ``ingest.pii_email`` accepts any domain (``corp.local``, single-label hosts, IDN)
  and rejects look-alikes by shape (``@dataclass``, ``numpy@1.26``, ``git@host:repo``).
* Phone: phonenumbers is run for more regions (CN among them), only on texts that contain a
  run of digits long enough to be a phone number, since each region is a full scan of the text.
  A second, loose pattern catches local formats phonenumbers cannot place ("467 3395") but only
  scores above threshold when a phone word (phone, mobile, fax, call, ...) is near it. The
  region whose match holds the whole number wins, not the first to match part of it.
* Credit card: 12- to 19-digit numbers, 2-series prefixes and numbers glued to Han text are
  added; Luhn decides.
* IBAN: lower-case IBANs are found too; the mod-97 check decides.
* CN_MOBILE and CN_RESIDENT_ID are new; both use look-arounds instead of ``\\b`` because in
  Chinese text the characters around a number are word characters too. A CN mobile after a
  foreign country code ("+49 151 ...") is not one; an ID may be grouped 6-8-4.
* PERSON gets a pattern for names after a title or an introducing phrase ("Dr. Nkechi Okafor",
  "My name is Siiri") besides spaCy NER, and the weaker cues and dialogue speakers of
  ``ingest.pii_cues``; ``ingest.pii_names`` corrects the NER output. Chinese names in Han
  text come from ``ingest.pii_zh_names`` (jieba's name tags, a surname list and cues).
"""

from __future__ import annotations

import bisect
import datetime as _dt
from collections.abc import Callable
from typing import cast

import phonenumbers
import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    IbanRecognizer,
    IpRecognizer,
    PhoneRecognizer,
    SpacyRecognizer,
    UsSsnRecognizer,
)

# Titles that may precede a name; used by the PERSON pattern and by value normalisation.
PERSON_TITLES: tuple[str, ...] = (
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "dame", "herr", "frau",
)  # fmt: skip

_CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_ID_CHECK = "10X98765432"
# First two digits of mainland, Taiwan, Hong Kong and Macao region codes (GB/T 2260).
_CN_PROVINCES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 "
    "61 62 63 64 65 71 81 82 83 91".split()
)


def cn_id_check_char(first17: str) -> str:
    """Return the ISO 7064 MOD 11-2 check character for the first 17 digits of a CN ID."""
    total = sum(int(c) * w for c, w in zip(first17, _CN_ID_WEIGHTS, strict=True))
    return _CN_ID_CHECK[total % 11]


def is_valid_cn_resident_id(value: str) -> bool:
    """True for an 18-character PRC resident ID with a known region, a real birth date
    (1900 to today) and a correct check character."""
    value = value.upper()
    if len(value) != 18 or not value[:17].isdigit() or value[17] not in "0123456789X":
        return False
    if value[:2] not in _CN_PROVINCES:
        return False
    try:
        born = _dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    if not _dt.date(1900, 1, 1) <= born <= _dt.date.today():
        return False
    return cn_id_check_char(value[:17]) == value[17]


class CnMobileRecognizer(PatternRecognizer):
    """Chinese mobile numbers: 1[3-9]x xxxx xxxx, optional +86 / 0086, spaces or dashes."""

    PATTERNS = [
        Pattern(
            "CN mobile",
            r"(?<![0-9A-Za-z+])(?:(?:\+|00)86[ \-]?)?1[3-9]\d(?:[ \-]?\d{4}){2}(?![0-9A-Za-z])",
            0.6,
        )
    ]
    CONTEXT = ["手机", "电话", "联系", "mobile", "phone", "tel", "cell", "call", "wechat"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="CN_MOBILE", patterns=self.PATTERNS, context=self.CONTEXT
        )

    def analyze(  # noqa: D102
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        # "+49 151 46710942" is a German mobile that happens to read as a CN one; masking only
        # the part after "+49" would leave the country code and lose to the longer phone match.
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not _FOREIGN_CC.search(text, 0, r.start)]


_FOREIGN_CC = regex.compile(r"(?:\+|\b00)(?!86)\d{1,3}[ \-.]?(?:\(0\)[ ]?)?$")


class CnResidentIdRecognizer(PatternRecognizer):
    """PRC resident identity card numbers, 18 characters, checksum-validated; also written in
    groups of 6-8-4 (region, birth date, sequence and check), as forms print them."""

    PATTERNS = [
        Pattern(
            "CN resident ID",
            r"(?<![0-9A-Za-z])[1-9]\d{5}[ \-]?(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])"
            r"(?:0[1-9]|[12]\d|3[01])[ \-]?\d{3}[0-9Xx](?![0-9A-Za-z])",
            0.5,
        )
    ]
    CONTEXT = ["身份证", "证件", "id", "identity", "resident"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="CN_RESIDENT_ID", patterns=self.PATTERNS, context=self.CONTEXT
        )

    def validate_result(self, pattern_text: str) -> bool:  # noqa: D102
        return is_valid_cn_resident_id(pattern_text.replace(" ", "").replace("-", ""))


# A date, optionally with the hour, that a digit-run pattern would otherwise take for a number.
_DATE_LIKE = regex.compile(
    r"(?:(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d)"
    r"(?:[ T]\d{1,2})?$"
)

# A digit run long enough to hold a phone number, allowing the usual separators, but not
# running on into "(24/7)" or "(9/5)" after the number: phonenumbers then rejects it all.
_SLASH_TAIL = r"[ \t]\(\d{1,2}/\d"
_PHONE_CANDIDATE = regex.compile(rf"\d(?:(?!{_SLASH_TAIL})[ \t().\-/]{{0,3}}\d){{6,}}")
_TAIL_CUT = regex.compile(_SLASH_TAIL)


class MultiRegionPhoneRecognizer(PhoneRecognizer):
    """Presidio's phonenumbers-based recognizer, run on candidate windows only.

    Presidio scans the whole text once per region. Here a cheap regex finds digit runs long
    enough to be a number, and phonenumbers only looks at a small window around each, trying
    regions in order until one yields a match: the same matches for a fraction of the work.
    """

    REGIONS = ("US", "GB", "DE", "FR", "CN", "IN", "CA", "AU", "CH", "SE", "NL", "BE", "IT", "ES")
    CONTEXT = PhoneRecognizer.CONTEXT + ["tel", "fax", "mobile", "desk", "office", "whatsapp"]

    # Presidio gives 0.4; a number phonenumbers accepts as valid for a region is worth as
    # much as an SSN-shaped one (0.5).
    SCORE = 0.5

    def __init__(self) -> None:
        super().__init__(supported_regions=self.REGIONS, context=self.CONTEXT)

    def analyze(  # noqa: D102
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for candidate in _PHONE_CANDIDATE.finditer(text):
            digits = sum(c.isdigit() for c in candidate.group())
            # Dates, and runs longer than any phone number (E.164: 15 digits) such as cards.
            if digits > 15 or _DATE_LIKE.match(candidate.group()):
                continue
            # Room for a leading "+CC (" and a trailing extension ("x4587").
            offset = max(0, candidate.start() - 6)
            tail = text[candidate.end() : candidate.end() + 10]
            cut = _TAIL_CUT.search(tail)
            window = text[offset : candidate.end() + (cut.start() if cut else len(tail))]
            # The first region whose matches hold every digit of the candidate, else the one
            # holding most: DE reads "1644" out of the Beijing number "(010) 7138 1644".
            best: tuple[int, str, list[phonenumbers.PhoneNumberMatch]] = (0, "", [])
            for region in self.supported_regions:
                matches = list(
                    phonenumbers.PhoneNumberMatcher(
                        window, region, leniency=cast(int, self.leniency))
                )
                held = sum(c.isdigit() for m in matches for c in m.raw_string)
                if held > best[0]:
                    best = (held, region, matches)
                if held >= digits:
                    break
            for match in best[2]:
                match.start += offset
                match.end += offset
                results.append(self._get_recognizer_result(match, text, best[1], nlp_artifacts))
        return EntityRecognizer.remove_duplicates(results)


_LOOSE_PHONE = (
    r"(?<![\w.\-+])(?:\+\d{8,14}|(?:\+\d{1,3}[ .\-]?)?(?:\(0\)\s?)?(?:\(\d{1,4}\)\s?)?"
    r"\d{2,6}(?:[ .\-]\d{2,6}){1,4})(?:\s?(?:x|ext\.?)\s?\d{1,5})?"
)


class ContextPhoneRecognizer(PatternRecognizer):
    """Local phone formats phonenumbers cannot place; too weak to count without a phone word,
    unless a phone label is glued to the number ("(37) 788-063-Office", "21 253 109-Fax"),
    which the tokenizer does not split off as a context word."""

    PATTERNS = [
        Pattern("Phone (loose, needs context)", _LOOSE_PHONE + r"(?![\w]|[.\-]\d)", 0.1),
        Pattern(
            "Phone (labelled)",
            _LOOSE_PHONE + r"(?=[\-/](?i:office|fax|mobile|home|work|cell|tel|phone)\b)",
            0.5,
        ),
    ]
    CONTEXT = [
        "phone", "telephone", "tel", "cell", "mobile", "fax", "desk", "call", "dial",
        "whatsapp", "sms", "text", "office", "answering", "reach", "reached",
    ]  # fmt: skip

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            name="ContextPhoneRecognizer",
        )

    def invalidate_result(self, pattern_text: str) -> bool:  # noqa: D102
        digits = sum(c.isdigit() for c in pattern_text)
        return not 7 <= digits <= 15 or bool(_DATE_LIKE.match(pattern_text))


NAME_WORDS = (
    r"\p{Lu}[\p{Ll}\p{Lu}'’\-]+"
    r"(?:[ \t]+(?:\p{Lu}[\p{Ll}\p{Lu}'’\-]+|\p{Lu}\.?(?![\p{L}'’\-]))){0,3}(?<![.'’\-])"
)
"""A capitalised name of one to four words (initials allowed), as a regex."""
_NAME = (
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Sir|Madam|Team|All|"
    r"Colleagues|Customer|Customers|Client|Friends|Everyone|Mr|Mrs|Ms|Dr)\b)" + NAME_WORDS
)


class TitledPersonRecognizer(PatternRecognizer):
    """A capitalised name after a title ("Dr. Nkechi Okafor") or after a phrase that introduces
    one ("my name is", "Name:", "last name?", "call me", "named", "Dear", "Attn:", "approved
    by", e-mail "From:"/"To:"/"Cc:").

    The title or phrase is matched by a look-behind and so stays in the text ("Dr. <PERSON_1>").
    """

    _TITLE = "|".join(t.capitalize() for t in PERSON_TITLES)
    _CUE = (
        r"my name is|name is|(?:full |last |first |maiden |sur)?name(?::|\?)|dear|attn:?|"
        r"attention:|call me|calls me|named|"
        r"contact(?: person)?:|(?:signed|prepared|approved|reviewed|written|requested) by:?|"
        r"owner:|assignee:|from:|to:|cc:"
    )
    PATTERNS = [
        Pattern(
            "Titled name",
            rf"(?-i:(?<=\b(?:{_TITLE}|{_TITLE.upper()})\.?[ \t]+){_NAME})",
            0.6,
        ),
        Pattern("Introduced name", rf"(?<=(?i:\b(?:{_CUE}))\s*)(?-i:{_NAME})", 0.6),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON", patterns=self.PATTERNS, name="TitledPersonRecognizer"
        )


class ExtendedCreditCardRecognizer(CreditCardRecognizer):
    """Presidio's Luhn-validated card recognizer, widened to every length cards come in.

    Presidio's pattern needs 13-17 digits and a 1/3/4/5/6 prefix; 12-digit Maestro, 19-digit
    Visa / UnionPay and the 2-series Mastercard numbers were missed. An 18-digit run shaped
    like a CN resident ID (region, birth date) is left to that recognizer, even when Luhn
    happens to accept it: a mistyped ID must not come back masked as a card. Numbers are
    bounded by ASCII letters and digits, not ``\\b``: a card glued to Han text ("卡号4111...")
    is found, a digit run inside a hex digest is not.
    """

    PATTERNS = [
        Pattern(
            "All Credit Cards (weak)",
            r"(?<![0-9A-Za-z+])(?!1\d{12}(?!\d))"
            r"((4\d{3})|(5[0-5]\d{2})|(6\d{3})|(1\d{3})|(3\d{3})|(2\d{3}))"
            r"[- ]?(\d{3,4})[- ]?(\d{3,4})[- ]?(\d{3,5})(?![0-9A-Za-z])",
            0.3,
        ),
        Pattern(
            "Card number, 12-19 digits (weak)",
            r"(?<![0-9A-Za-z\-+])[2-6]\d{11,18}(?![0-9A-Za-z\-])", 0.3,
        ),
        Pattern(
            "Card number, 19 digits grouped (weak)",
            r"(?<![0-9A-Za-z])[2-6]\d{3}(?:[- ]\d{4}){3}[- ]\d{3}(?![0-9A-Za-z])", 0.3,
        ),
        Pattern(
            "Card number, 6-13 (weak)", r"(?<![0-9A-Za-z])62\d{4}[- ]\d{13}(?![0-9A-Za-z])", 0.3
        ),
    ]
    _CN_ID_SHAPE = regex.compile(
        r"\d{6}(?:18|19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{4}"
    )

    def __init__(self) -> None:
        super().__init__(patterns=self.PATTERNS)

    def invalidate_result(self, pattern_text: str) -> bool:  # noqa: D102
        return bool(self._CN_ID_SHAPE.fullmatch(pattern_text))


class CaseInsensitiveIbanRecognizer(IbanRecognizer):
    """Presidio's IBAN recognizer, also for IBANs typed in lower case ("gb42nawi0445...")."""

    def __init__(self) -> None:
        super().__init__(regex_flags=regex.DOTALL | regex.MULTILINE | regex.IGNORECASE)

    def validate_result(self, pattern_text: str) -> bool | None:  # noqa: D102
        return super().validate_result(pattern_text.upper())


def _context_person() -> EntityRecognizer:
    from ingest.pii_cues import ContextPersonRecognizer

    return ContextPersonRecognizer()


def _dialogue_speakers() -> EntityRecognizer:
    from ingest.pii_cues import DialogueSpeakerRecognizer

    return DialogueSpeakerRecognizer()


def _email() -> EntityRecognizer:
    from ingest.pii_email import AnyDomainEmailRecognizer

    return AnyDomainEmailRecognizer()


def _chinese_person() -> EntityRecognizer:
    from ingest.pii_zh_names import ChinesePersonRecognizer

    return ChinesePersonRecognizer()


RECOGNIZER_FACTORIES: dict[str, tuple[Callable[[], EntityRecognizer], ...]] = {
    "PERSON": (
        lambda: SpacyRecognizer(supported_entities=["PERSON"]),
        TitledPersonRecognizer,
        _context_person,
        _dialogue_speakers,
        _chinese_person,
    ),
    "EMAIL_ADDRESS": (_email,),
    "PHONE_NUMBER": (MultiRegionPhoneRecognizer, ContextPhoneRecognizer),
    "CN_MOBILE": (CnMobileRecognizer,),
    "US_SSN": (UsSsnRecognizer,),
    "CN_RESIDENT_ID": (CnResidentIdRecognizer,),
    "CREDIT_CARD": (ExtendedCreditCardRecognizer,),
    "IBAN_CODE": (CaseInsensitiveIbanRecognizer,),
    "IP_ADDRESS": (IpRecognizer,),
}


def build_recognizers(entities: tuple[str, ...]) -> list[EntityRecognizer]:
    """Instantiate the recognizers for ``entities`` (all must be keys of RECOGNIZER_FACTORIES)."""
    return [factory() for entity in entities for factory in RECOGNIZER_FACTORIES[entity]]


class SpanContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's context enhancer, but words *after* a match are counted from its last token.

    Presidio counts the suffix window from the match's first token, so for "416 60 039 office"
    the two "following" words are the number's own "60" and "039".
    """

    def _extract_surrounding_words(
        self, nlp_artifacts: NlpArtifacts, word: str, start: int
    ) -> list[str]:
        if not nlp_artifacts.tokens:
            return [""]
        indices = nlp_artifacts.tokens_indices
        lemmas, keywords = nlp_artifacts.lemmas, nlp_artifacts.keywords
        # The tokens holding the first and the last character of the match.
        first = max(bisect.bisect_right(indices, start) - 1, 0)
        last = max(bisect.bisect_right(indices, start + max(len(word) - 1, 0)) - 1, 0)
        before = self._add_n_words_backward(first, self.context_prefix_count, lemmas, keywords)
        after = self._add_n_words_forward(last, self.context_suffix_count, lemmas, keywords)
        return list(set(before + after))
