"""Replace personal data in text with stable pseudonym tokens such as ``<PERSON_3>``.

Detection is Presidio's AnalyzerEngine over a registry holding only the recognizers for the
configured entities (see ``ingest.pii_recognizers``) and spaCy's small English NER model with
every other pipe left out (see ``ingest.pii_nlp``). Nothing is fetched from the network.

    anonymizer = Anonymizer()
    masked = anonymizer.mask("Call John Smith on +1 212 555 0100.")
    masked.text  # 'Call <PERSON_1> on <PHONE_NUMBER_1>.'

One vault numbers the values: the same person, e-mail or number gets the same token in every
text masked through it, after ``normalize_value`` ("Mr. John Smith" and "john  smith" agree).
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from ingest.types import MaskedText, Replacement

if TYPE_CHECKING:
    from presidio_analyzer import RecognizerResult
    from spacy.tokens import Doc

DEFAULT_ENTITIES: tuple[str, ...] = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CN_MOBILE", "US_SSN",
    "CN_RESIDENT_ID", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS",
)  # fmt: skip
SUPPORTED_ENTITIES = DEFAULT_ENTITIES
PATTERN_ENTITIES: tuple[str, ...] = tuple(e for e in DEFAULT_ENTITIES if e != "PERSON")
"""The types found by patterns and checksums alone: no NER model is loaded for them."""

DEFAULT_SCORE_THRESHOLD = 0.5
"""Scores: validated phone numbers and SSN-shaped numbers 0.5, titled or introduced names 0.6,
CN mobiles 0.6, NER names 0.85, checksum-validated cards, IBANs, CN IDs, and e-mails 1.0.
Weak patterns (0.05-0.1: bare 9-digit SSNs, local phone formats) reach 0.5 only with a context
word ("ssn", "phone", "fax", ...) nearby."""

# When detections overlap, the higher score wins, then the longer span, then this order
# (more specific, checksum-backed types first).
_PRIORITY = {
    name: i
    for i, name in enumerate(
        ("CN_RESIDENT_ID", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "EMAIL_ADDRESS", "IP_ADDRESS",
         "CN_MOBILE", "PHONE_NUMBER", "PERSON")  # fmt: skip
    )
}

_TITLES = "mr|mrs|ms|miss|mx|dr|prof|sir|madam|dame|herr|frau"
_LEADING_TITLES = re.compile(rf"^(?:(?:{_TITLES})\.?\s+)+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s+")
_HAN_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_PHONE_US_TRUNK = re.compile(r"^\s*1[\s.\-]+\(?[2-9]")
# A country code written before a number that a recognizer matched from its "(0)" trunk on:
# "+41 (0)96 471 07 95" must not keep "+41" in the clear.
_COUNTRY_CODE_BEFORE = re.compile(r"(?<![\w+])(?:\+|00)\d{1,3}[ \-.]?$")
# The rest of a hyphenated name part the model cut short ("Hauta" of "Hauta-aho").
_NAME_PART_AFTER = re.compile(r"(?:[\-‐][^\W\d_]+)+")
_NAME_PART_BEFORE = re.compile(r"(?:[^\W\d_]+[\-‐])+$")
# Names found by their cue: after "Dr.", "From:" (ingest.pii_recognizers), after "my kid",
# "shouted at", as a transcript's speaker (ingest.pii_cues).
_CUED_NAMES = frozenset(
    {"TitledPersonRecognizer", "ContextPersonRecognizer", "DialogueSpeakerRecognizer"}
)
# Chinese names come as exact character spans (ingest.pii_zh_names); the English corrections,
# which read spaCy tokens, do not apply to them.
_HAN_NAMES = "ChinesePersonRecognizer"
# A name masked elsewhere in the same text, standing alone here (ingest.pii_repeats).
_SPREAD_SCORE = 0.6


class PseudonymVault(Protocol):
    """Hands out replacement tokens; the same (type, value) always gets the same token."""

    def token_for(self, entity_type: str, value: str) -> str:
        """Return the token (e.g. ``"<PERSON_3>"``) standing for ``value``."""
        ...


class InMemoryVault:
    """A vault that numbers values per entity type, in order of first appearance.

    Values are keyed by ``normalize_value``, so spelling variants share a token.
    """

    def __init__(self) -> None:
        self._tokens: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}

    def token_for(self, entity_type: str, value: str) -> str:
        """Return the token for ``value``, minting ``<ENTITY_N>`` on first sight."""
        key = (entity_type, normalize_value(entity_type, value))
        token = self._tokens.get(key)
        if token is None:
            n = self._counts.get(entity_type, 0) + 1
            self._counts[entity_type] = n
            token = self._tokens[key] = f"<{entity_type}_{n}>"
        return token


def normalize_value(entity_type: str, value: str) -> str:
    """The canonical form under which a vault recognises a value again.

    Phone numbers become digits without an explicit country code (+86 / 0086 / +1 / 001 / any
    ``+CC`` that phonenumbers knows) or national trunk 0; e-mails are case-folded (a full-width
    ``＠`` read as ``@``); names are
    case-folded with titles, possessive and extra whitespace removed; card, IBAN, SSN and ID
    numbers keep only their letters and digits, upper-cased.
    """
    value = value.strip()
    if entity_type in ("PHONE_NUMBER", "CN_MOBILE"):
        return _normalize_phone(value)
    if entity_type == "EMAIL_ADDRESS":
        from ingest.pii_email import normalize_email

        return normalize_email(value)
    if entity_type == "PERSON":
        name = _WHITESPACE.sub(" ", value).strip(" .,;:\"'()[]")
        name = _POSSESSIVE.sub("", _LEADING_TITLES.sub("", name))
        return name.casefold()
    if entity_type in ("CREDIT_CARD", "IBAN_CODE", "US_SSN", "CN_RESIDENT_ID"):
        return "".join(c for c in value if c.isalnum()).upper()
    if entity_type == "IP_ADDRESS":
        try:
            return ipaddress.ip_interface(value).compressed
        except ValueError:
            return value.lower()
    return value


def _normalize_phone(value: str) -> str:
    digits = "".join(c for c in value if c.isdigit())
    explicit_cc = value.startswith("+") or (value.startswith("00") and len(digits) > 10)
    if explicit_cc:
        digits = digits[2:] if value.startswith("00") else digits
        for cc in ("86", "1"):  # the common cases, without needing phonenumbers
            if digits.startswith(cc):
                return digits[len(cc) :]
        import phonenumbers

        try:
            return str(phonenumbers.parse("+" + digits).national_number)
        except phonenumbers.NumberParseException:
            return digits
    if _PHONE_US_TRUNK.match(value) and len(digits) == 11:
        return digits[1:]
    return digits[1:] if digits.startswith("0") else digits


def _trim_person(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a name span so the title and possessive stay visible: "Dr. <PERSON_1>'s"."""
    span = text[start:end]
    lead = _LEADING_TITLES.match(span)
    if lead and lead.end() < len(span):
        start += lead.end()
    tail = _POSSESSIVE.search(text, start, end)
    if tail and tail.start() > start:
        end = tail.start()
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    return start, end


def _person_pieces(
    doc: Doc, result: RecognizerResult, allowed: Sequence[tuple[int, int]], cued: bool
) -> list[tuple[int, int]]:
    """The parts of a PERSON detection that stay PERSON: none of a company name ("Contact:
    Voltaris Robotics GmbH"), none of an allowed term and, after a cue, no common words around
    the name ("Contact: Anna Schmidt Head Office"; but all of "Name: Rate": the cue says so)."""
    from ingest import pii_names

    start, end = result.start, result.end
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return [(start, end)]
    if pii_names.is_company(span):
        return []
    stripped = pii_names.strip_common_words(span) if cued else None
    if stripped is not None and (stripped.start, stripped.end) != (span.start, span.end):
        span, start, end = stripped, stripped.start_char, stripped.end_char
    if not any(s < end and start < e for s, e in allowed):
        return [(start, end)]
    return [(p.start_char, p.end_char) for p in pii_names.cut_allowed([span], allowed)]


def _merge_persons(
    detections: list[tuple[int, int, str, float]],
) -> list[tuple[int, int, str, float]]:
    """Join overlapping PERSON detections: the model's "Jane" and the cue pattern's "Jane Doe"
    after "From:" are one name, and masking only the higher-scored "Jane" would leak "Doe"."""
    persons = sorted(d for d in detections if d[2] == "PERSON")
    merged: list[tuple[int, int, str, float]] = []
    for start, end, _, score in persons:
        if merged and start < merged[-1][1]:
            s, e, _, sc = merged[-1]
            merged[-1] = (s, max(e, end), "PERSON", max(sc, score))
        else:
            merged.append((start, end, "PERSON", score))
    return [d for d in detections if d[2] != "PERSON"] + merged


def _whole_spans(
    text: str, detections: list[tuple[int, int, str, float]]
) -> list[tuple[int, int, str, float]]:
    """Widen spans that stop inside what they belong to: a phone number's country code before
    its "(0)", the other parts of a hyphenated name. Half a value masked leaks the other half."""
    out = []
    for start, end, kind, score in detections:
        if kind in ("PHONE_NUMBER", "CN_MOBILE") and text[start:start + 1] == "(":
            if m := _COUNTRY_CODE_BEFORE.search(text, max(0, start - 6), start):
                start = m.start()
        elif kind == "PERSON" and not _HAN_CHAR.search(text[start:end]):
            if m := _NAME_PART_AFTER.match(text, end):
                end = m.end()
            if m := _NAME_PART_BEFORE.search(text, max(0, start - 40), start):
                start = m.start()
        out.append((start, end, kind, score))
    return out


def resolve_overlaps(
    detections: Sequence[tuple[int, int, str, float]],
) -> list[tuple[int, int, str, float]]:
    """Keep a non-overlapping subset, preferring higher score, then longer span, then type.

    Args:
        detections: ``(start, end, entity_type, score)`` tuples.

    Returns:
        The kept detections, sorted by start.
    """
    ranked = sorted(
        detections,
        key=lambda d: (-d[3], -(d[1] - d[0]), _PRIORITY.get(d[2], len(_PRIORITY)), d[0]),
    )
    kept: list[tuple[int, int, str, float]] = []
    for det in ranked:
        if det[1] > det[0] and all(det[1] <= k[0] or k[1] <= det[0] for k in kept):
            kept.append(det)
    return sorted(kept)


def apply_replacements(
    text: str, spans: Sequence[tuple[int, int, str]], vault: PseudonymVault
) -> MaskedText:
    """Replace non-overlapping ``(start, end, entity_type)`` spans with vault tokens."""
    pieces: list[str] = []
    replacements: list[Replacement] = []
    cursor = out_len = 0
    for start, end, entity_type in sorted(spans):
        token = vault.token_for(entity_type, text[start:end])
        pieces.append(text[cursor:start])
        out_len += start - cursor
        pieces.append(token)
        replacements.append(Replacement(out_len, out_len + len(token), entity_type, token))
        out_len += len(token)
        cursor = end
    pieces.append(text[cursor:])
    return MaskedText("".join(pieces), replacements)


class Anonymizer:
    """Masks personal data with Presidio + spaCy; build once, reuse for many texts.

    Args:
        entities: Entity types to mask, a subset of ``SUPPORTED_ENTITIES``.
        vault: Where tokens come from; a fresh ``InMemoryVault`` by default. Share one vault
            across anonymizers (or documents) to keep tokens consistent between them.
        score_threshold: Minimum Presidio score for a detection to be masked.
        allow_list: Terms never masked and never part of a PERSON span, matched whole-word and
            case-insensitively: the company's and its products' names ("Voltaris", "Atlas
            Picker"). A name beside one is still masked ("<PERSON_1> of Voltaris").

    Text typed in one case (ALL CAPS, or no capitals at all) is read in a case-restored copy
    (``ingest.pii_case``); ``restore_case = False`` turns that off, for measuring only.

    Raises:
        ValueError: an entity type is not supported.
        ModuleNotFoundError: the spaCy model is not installed (message names the fix).
    """

    def __init__(
        self,
        entities: Sequence[str] = DEFAULT_ENTITIES,
        vault: PseudonymVault | None = None,
        score_threshold: float = DEFAULT_SCORE_THRESHOLD,
        allow_list: Sequence[str] = (),
    ) -> None:
        if isinstance(entities, str):
            entities = [entities]
        unknown = [e for e in entities if e not in SUPPORTED_ENTITIES]
        if unknown or not entities:
            raise ValueError(
                f"Unsupported entity type(s) {unknown or '(none given)'}; "
                f"supported: {', '.join(SUPPORTED_ENTITIES)}"
            )
        # Imported here so that `import ingest.anonymize` stays cheap (Presidio pulls in torch).
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

        from ingest.pii_names import compile_terms
        from ingest.pii_nlp import NerOnlySpacyEngine, load_ner_pipeline
        from ingest.pii_recognizers import SpanContextEnhancer, build_recognizers

        if isinstance(allow_list, str):
            allow_list = [allow_list]
        self.entities: tuple[str, ...] = tuple(dict.fromkeys(entities))
        self.vault: PseudonymVault = vault if vault is not None else InMemoryVault()
        self.score_threshold = score_threshold
        self.allow_list: tuple[str, ...] = tuple(allow_list)
        self.restore_case = True  # see ingest.pii_case; off only to measure what it adds
        self._allowed = compile_terms(self.allow_list)
        # Without PERSON only the tokenizer is needed (for context words): spaCy's blank
        # English pipeline tokenizes exactly as en_core_web_sm and loads in a fraction of it.
        if "PERSON" in self.entities:
            nlp = load_ner_pipeline()
        else:
            import spacy

            nlp = spacy.blank("en")
        self._nlp_engine = NerOnlySpacyEngine(
            nlp, run_ner="PERSON" in self.entities, allow_list=self.allow_list
        )
        registry = RecognizerRegistry(
            recognizers=build_recognizers(self.entities), supported_languages=["en"]
        )
        self._analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=self._nlp_engine,
            supported_languages=["en"],
            default_score_threshold=score_threshold,
            # A context word lifts a weak match to the threshold (Presidio: 0.4). Whole words,
            # not substrings: "tel" must not fire on "hotel". Two words after a number count
            # too, for "416 60 039 office".
            context_aware_enhancer=SpanContextEnhancer(
                min_score_with_context_similarity=max(score_threshold, 0.4),
                context_suffix_count=2,
                context_matching_mode="whole_word",
            ),
        )

    def detect_many(self, texts: Sequence[str]) -> list[list[tuple[int, int, str, float]]]:
        """Detected spans per text, overlaps resolved: ``(start, end, entity_type, score)``."""
        from ingest.pii_repeats import spread_names

        out: list[list[tuple[int, int, str, float]]] = []
        entities = list(self.entities)
        # Text typed in one case is read in a restored copy of the same length: every span
        # found there is the same span in the original ("ANNA KOWALSKA" -> "Anna Kowalska").
        if self.restore_case:
            from ingest.pii_case import restore_case

            texts = [restore_case(text) or text for text in texts]
        for text, artifacts in zip(texts, self._nlp_engine.process_many(texts), strict=True):
            if not text.strip():
                out.append([])
                continue
            results = self._analyzer.analyze(
                text=text,
                language="en",
                entities=entities,
                nlp_artifacts=artifacts,
                score_threshold=self.score_threshold,
            )
            allowed = [m.span() for m in self._allowed.finditer(text)] if self._allowed else []
            detections = []
            for r in results:
                if r.entity_type != "PERSON":
                    if not any(s <= r.start and r.end <= e for s, e in allowed):
                        detections.append((r.start, r.end, r.entity_type, r.score))
                    continue
                recognizer = (r.recognition_metadata or {}).get("recognizer_name")
                if recognizer == _HAN_NAMES:
                    if not any(s < r.end and r.start < e for s, e in allowed):
                        detections.append((r.start, r.end, "PERSON", r.score))
                    continue
                cued = recognizer in _CUED_NAMES
                for start, end in _person_pieces(artifacts.tokens, r, allowed, cued):
                    detections.append((*_trim_person(text, start, end), "PERSON", r.score))
            if "spread" in self._nlp_engine.name_rules:
                persons = [(s, e) for s, e, t, _ in detections if t == "PERSON"]
                for start, end in spread_names(artifacts.tokens, persons, allowed):
                    detections.append((start, end, "PERSON", _SPREAD_SCORE))
            out.append(resolve_overlaps(_merge_persons(_whole_spans(text, detections))))
        return out

    def mask(self, text: str) -> MaskedText:
        """Mask one text. Prefer ``mask_many`` for many texts: it batches the NER model."""
        return self.mask_many([text])[0]

    def mask_many(self, texts: Sequence[str]) -> list[MaskedText]:
        """Mask many texts in one batched pass; text outside masked spans is kept as is."""
        return [
            apply_replacements(text, [(s, e, t) for s, e, t, _ in spans], self.vault)
            for text, spans in zip(texts, self.detect_many(texts), strict=True)
        ]


@functools.cache
def _pattern_anonymizer() -> Anonymizer:
    return Anonymizer(entities=PATTERN_ENTITIES)


def detect_patterns(text: str) -> list[tuple[int, int, str]]:
    """The pattern-based personal data in ``text``: ``(start, end, entity_type)``, sorted.

    E-mail addresses, phone numbers, CN mobiles, SSNs, CN resident IDs, cards, IBANs and IP
    addresses (``PATTERN_ENTITIES``), with the same recognizers, context words and threshold
    as ``Anonymizer``, but no NER model (names are not looked for). Built on first call and
    reused; for many texts ``detect_patterns_many`` is the same, batched.
    """
    return detect_patterns_many([text])[0]


def detect_patterns_many(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    """``detect_patterns`` for each of ``texts``."""
    found = _pattern_anonymizer().detect_many(texts)
    return [[(s, e, t) for s, e, t, _ in spans] for spans in found]
