"""PERSON recognizers for names that the words around them give away, beyond titles and
"Name:" (``ingest.pii_recognizers.TitledPersonRecognizer``).

* ``ContextPersonRecognizer``: a name after a relative or a speech verb ("my kid Tadzio",
  "my partner's name Nicole Mahler", "shouted at Todd", "said Maslin to Antonio"), after a
  credit ("Directed by: Arquímedes Ballesteros"), after a lower-case title ("ms. Quinzia"), or
  before "lives at / on / in" ("Csanád P Gere lives at ..."). These cues are weaker than a
  title, so a match made only of English words ("shouted at Finance", "asked Support") is
  dropped.
* ``DialogueSpeakerRecognizer``: the speaker labels of a dialogue or chat transcript
  ("Ubul: What a wife.\\nNicole: Remember me, Mary?\\nJohn: You saved my life!"). A label
  counts when two or more labels in the text are given names from the shipped list (not
  ambiguous ones such as "Cruz"), or when the line goes on with a quotation ("Zuzana: \"Who
  are you?\""); labels made of English words ("Subject:", "Note:") never count, and a line
  must go on with words. So a list of offices ("Berlin: 3 desks", "Alegre: new lease")
  stays unmasked.
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from ingest.pii_case import is_english_word
from ingest.pii_recognizers import NAME_WORDS
from ingest.pii_words import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES

_NAME = NAME_WORDS
_ONE_NAME = r"\p{Lu}[\p{Ll}\p{Lu}'’\-]+(?<![.'’\-])"
_RELATIVES = (
    r"kid|child|son|daughter|wife|husband|partner|spouse|fianc[ée]e?|brother|sister|mother|"
    r"father|mom|mum|dad|grandfather|grandmother|grandson|granddaughter|grandma|grandpa|uncle|"
    r"aunt|nephew|niece|cousin|friend|colleague|boss|neighbou?r|stepson|stepdaughter"
)
_SPEECH = r"said|says|shouted|yelled|whispered|screamed|replied|explained|wrote|talked|spoke"
_CREDITS = (
    r"directed|produced|authored|edited|composed|translated|illustrated|narrated|presented|"
    r"hosted|submitted|drafted|compiled|checked|verified|performed|photographed|painted|sung"
)
_WORD = regex.compile(r"[\p{L}'’\-]+")


class ContextPersonRecognizer(PatternRecognizer):
    """Names after a relative, a speech verb, a credit or a lower-case title, and names that
    "live at / on / in" somewhere (see the module docstring)."""

    PATTERNS = [
        Pattern(
            "Name after a relative",
            rf"(?<=\b(?:my|our|his|her|their|your)[ \t]+(?:{_RELATIVES})(?:['’]s[ \t]+name"
            rf"(?:[ \t]+is)?)?[ \t]+)(?-i:{_NAME})",
            0.6,
        ),
        Pattern(
            "Name after a speech verb",
            rf"(?<=\b(?:{_SPEECH})[ \t]+(?:to|at)[ \t]+)(?-i:{_NAME})",
            0.6,
        ),
        Pattern(
            "Name spoken to",
            rf"(?<=\b(?:{_SPEECH})[ \t]+(?-i:{_ONE_NAME})[ \t]+(?:to|at)[ \t]+)(?-i:{_NAME})",
            0.6,
        ),
        Pattern(
            "Speaker after a speech verb",
            rf"(?<=\b(?:{_SPEECH})[ \t]+)(?-i:{_ONE_NAME})(?=[ \t]+(?:to|at)[ \t]+(?-i:\p{{Lu}}))",
            0.6,
        ),
        Pattern("Name after a credit", rf"(?<=\b(?:{_CREDITS})[ \t]+by:?[ \t]*)(?-i:{_NAME})", 0.6),
        Pattern(
            "Name after a lower-case title",
            rf"(?-i:(?<=\b(?:mr|mrs|ms|mx|dr)\.?[ \t]+){_NAME})",
            0.6,
        ),
        Pattern(
            "Name that lives somewhere", rf"(?-i:{_NAME})(?=[ \t]+lives[ \t]+(?:at|on|in)\b)", 0.6
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PERSON", patterns=self.PATTERNS, name="ContextPersonRecognizer"
        )

    def invalidate_result(self, pattern_text: str) -> bool:  # noqa: D102
        return all(is_english_word(w) for w in _WORD.findall(pattern_text))


# "Ubul: What a wife.", "> Zuzana:\"I'm Jennifer's daughter\"": one or two capitalised words
# at a line start, a colon, then text on the same line.
_SPEAKER_LINE = regex.compile(
    rf"^[ \t>*\-]*(?P<name>{_ONE_NAME}(?:[ \t]+{_ONE_NAME})?)[ \t]*:[ \t]*(?P<quote>[\"“]?)\p{{L}}",
    regex.MULTILINE,
)


def _is_given_name(word: str) -> bool:
    key = word.casefold()
    return key in GIVEN_NAMES and key not in AMBIGUOUS_GIVEN_NAMES


class DialogueSpeakerRecognizer(EntityRecognizer):
    """Speaker labels of a dialogue or chat transcript (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(
            supported_entities=["PERSON"], name="DialogueSpeakerRecognizer",
            supported_language="en",
        )  # fmt: skip

    def load(self) -> None:  # noqa: D102
        """Nothing to load."""

    def analyze(  # noqa: D102
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if ":" not in text:
            return []
        lines = [
            m for m in _SPEAKER_LINE.finditer(text)
            if not all(is_english_word(w) for w in _WORD.findall(m.group("name")))
        ]  # fmt: skip
        known = [m for m in lines if _is_given_name(m.group("name").split()[0])]
        transcript = len(known) >= 2
        return [
            RecognizerResult(
                "PERSON", m.start("name"), m.end("name"), 0.6,
                recognition_metadata=self._metadata(),
            )  # fmt: skip
            for m in lines
            if transcript or m.group("quote")
        ]

    def _metadata(self) -> dict:
        return {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,  # type: ignore[has-type]
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
