"""Evidence-first answer verification.

A generated answer is split into sentences; every sentence must be backed by the passages it
cites (or, when uncited, by some passage): its numbers and key terms must occur there and it must
be semantically close to one of their sentences. Unsupported sentences are dropped and reported.
When no supported, cited sentence remains, the answer is replaced by an *extractive* one: the
passage sentences that best answer the question, quoted verbatim with their citations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import numpy as np

from kbqa.injection import is_unsafe, quotable_sentences, safe_text
from kbqa.shortfact import short_fact
from kbqa.textmatch import (
    CJK,
    answer_fit,
    is_heading,
    is_short,
    key_terms,
    normalize,
    number_units,
    numbers_in,
    parse_citations,
    query_terms,
    split_answer,
    term_in,
    with_citations,
    words_to_digits,
)

if TYPE_CHECKING:
    from kbqa.embedding import Embedder
    from kbqa.hits import SearchHit

Mode = Literal["generated", "extractive", "refused"]


@dataclass(frozen=True)
class CheckedSentence:
    """One sentence of an answer and the verdict on it.

    Attributes:
        text: The sentence as shown to the user, with its (valid) citations.
        citations: 1-based numbers of the passages it cites.
        similarity: Best cosine similarity to a sentence of those passages.
        reason: Why it was flagged; empty for a kept sentence.
    """

    text: str
    citations: tuple[int, ...]
    similarity: float = 0.0
    reason: str = ""


@dataclass
class AnswerDraft:
    """A verified answer.

    Attributes:
        text: The final answer text, with ``[n]`` citations.
        mode: ``generated`` (the model's verified sentences), ``extractive`` (quoted passage
            sentences) or ``refused`` (nothing relevant was retrieved).
        kept: Sentences in ``text``.
        flagged: Model sentences that were dropped, each with a reason.
        citations: Passage number -> the hit it stands for, for every number cited in ``text``.
        raw_answer: What the model said, unverified ("" for a refusal).
        invalid_citations: Cited numbers that matched no passage (removed from the text).
        refusal_reason: For a refusal: ``no_passages``, ``low_relevance`` or ``missing_terms``.
        generated_sentences: How many model sentences were checked (kept or dropped).
        warnings: Things the user should know (e.g. the model stopped part way).
    """

    text: str
    mode: Mode
    kept: list[CheckedSentence] = field(default_factory=list)
    flagged: list[CheckedSentence] = field(default_factory=list)
    citations: dict[int, SearchHit] = field(default_factory=dict)
    raw_answer: str = ""
    invalid_citations: list[int] = field(default_factory=list)
    refusal_reason: str = ""
    generated_sentences: int = 0
    warnings: list[str] = field(default_factory=list)


# -- verification -------------------------------------------------------------------------------
class _Evidence:
    """Passage sentences and their embeddings, computed once per answer."""

    def __init__(self, hits: Sequence[SearchHit], embedder: Embedder) -> None:
        self.hits = list(hits)
        self.embedder = embedder
        # Evidence is what a passage says, not what it tells the model to say, nor its links:
        # an injected sentence can neither be quoted nor back a model sentence that obeys it,
        # and a sentence with a link is not quoted.
        safe = [safe_text(h.text) for h in self.hits]
        # Key terms may also come from where a passage sits (title, section).
        self.texts = [
            words_to_digits(normalize(f"{h.title} {h.section} {t}")).lower()
            for h, t in zip(self.hits, safe)
        ]
        self.numbers = [numbers_in(t) for t in safe]
        self.number_units = [number_units(t) for t in safe]
        self.sentences: list[tuple[int, str]] = [
            (i, s) for i, h in enumerate(self.hits) for s in quotable_sentences(h.text)
        ]
        texts = [s for _, s in self.sentences]
        self.vectors = embedder.embed(texts) if texts else np.zeros((0, 1), dtype=np.float32)

    def first(self, n: int) -> _Evidence:
        """The evidence of the first ``n`` passages only, sharing the embeddings already made."""
        part = object.__new__(_Evidence)
        part.hits, part.embedder = self.hits[:n], self.embedder
        part.texts, part.numbers = self.texts[:n], self.numbers[:n]
        part.number_units = self.number_units[:n]
        rows = [k for k, (i, _) in enumerate(self.sentences) if i < n]
        part.sentences = [self.sentences[k] for k in rows]
        part.vectors = self.vectors[rows] if rows else np.zeros((0, 1), dtype=np.float32)
        return part

    def best(self, vector: np.ndarray, passages: Sequence[int]) -> tuple[float, int]:
        """(best cosine, 0-based passage index) among sentences of ``passages`` (0-based)."""
        rows = [k for k, (i, _) in enumerate(self.sentences) if i in passages]
        if not rows:
            return 0.0, passages[0] if passages else 0
        scores = self.vectors[rows] @ vector
        k = int(np.argmax(scores))
        return float(scores[k]), self.sentences[rows[k]][0]


def _check(
    clean: str,
    passages: list[int],
    cited: bool,
    vectors: Sequence[np.ndarray],
    ev: _Evidence,
    min_similarity: float,
) -> tuple[str, float, int]:
    """('' or the reason it is unsupported, similarity, best 0-based passage).

    ``vectors``: the sentence's embedding first (it picks the passage), then alternatives that may
    only raise the similarity (the question plus a fragment answer such as "Every 90 days.").
    """
    label = ", ".join(f"[{i + 1}]" for i in passages) if cited else "any passage"
    allowed = set().union(*(ev.numbers[i] for i in passages))
    missing = sorted(numbers_in(clean) - allowed)
    similarity, best = ev.best(vectors[0], passages)
    similarity = max([similarity] + [ev.best(v, passages)[0] for v in vectors[1:]])
    if missing:
        return f"number {', '.join(missing)} not in {label}", similarity, best
    # A number that is in the passage but with another unit ("12 characters" where the passage
    # says "14 characters" and "the last 12 passwords") is a swapped number.
    pairs = set().union(*(ev.number_units[i] for i in passages))
    units = {unit for _, unit in pairs}
    swapped = sorted(
        f"{n} {u}"
        for n, u in number_units(clean, before=False)
        if u in units and (n, u) not in pairs
    )
    if swapped:
        return f"'{', '.join(swapped)}' not in {label}", similarity, best
    haystack = " ".join(ev.texts[i] for i in passages)
    must, loose = key_terms(clean)
    absent = sorted(t for t in must if not term_in(t.lower(), haystack))
    if absent:
        return f"term {', '.join(absent)} not in {label}", similarity, best
    if len(loose) >= 2 and sum(w in haystack for w in loose) < len(loose) / 2:
        return (
            f"most of its words ({', '.join(sorted(loose))}) are not in {label}",
            similarity,
            best,
        )
    if similarity < min_similarity:
        return (
            f"similarity {similarity:.2f} to {label} is below {min_similarity:.2f}",
            similarity,
            best,
        )
    return "", similarity, best


def answer_separator(first_sentence: str) -> str:
    """What joins the sentences of a generated answer: nothing after Chinese, else a space."""
    return "" if CJK.search(first_sentence) else " "


class SentenceVerifier:
    """Verifies a model answer one sentence at a time, as the model writes it.

    ``add`` checks a finished sentence and returns the sentences that may be shown now: a kept
    sentence citing nothing waits until some sentence of the answer cites a passage (an answer
    citing nothing is replaced by quotes). ``finish`` returns the ``AnswerDraft``: when a sentence
    was kept its text is exactly the released sentences joined by ``answer_separator``, else the
    extractive fallback. Arguments as ``verify_answer``.
    """

    def __init__(
        self,
        question: str,
        hits: Sequence[SearchHit],
        embedder: Embedder,
        *,
        min_similarity: float = 0.5,
        max_extractive: int = 2,
        quote_from: Sequence[SearchHit] | None = None,
        asked: str = "",
    ) -> None:
        self.asked = asked
        if quote_from is None or len(quote_from) <= len(hits):
            quote_from = hits
        self.question, self.hits, self.embedder = question, list(hits), embedder
        self.quote_from = list(quote_from)
        self.min_similarity, self.max_extractive = min_similarity, max_extractive
        # Passage sentences are embedded once; the prompt's passages are the first of them.
        self._quote_ev = _Evidence(self.quote_from, embedder)
        self._ev = self._quote_ev.first(len(self.hits))
        self.kept: list[CheckedSentence] = []  # released, in order
        self.flagged: list[CheckedSentence] = []
        self.invalid: set[int] = set()
        self._held: list[CheckedSentence] = []
        self._any_cited = False
        self._checked = 0
        self._said: set[str] = set()  # a sentence said twice is shown once

    def add(self, *sentences: str) -> list[CheckedSentence]:
        """Check finished sentences of the answer; returns those that may be shown now."""
        parsed = [(s, *parse_citations(s, len(self.hits))) for s in sentences]
        parsed = [p for p in parsed if p[1]]
        for *_, bad in parsed:
            self.invalid.update(bad)
        if not parsed or not self.hits:
            return []
        self._checked += len(parsed)
        short = [i for i, (_, clean, _, _) in enumerate(parsed) if is_short(clean)]
        vectors = self.embedder.embed(
            [clean for _, clean, _, _ in parsed]
            + [f"{self.question} {parsed[i][1]}" for i in short]
        )
        probes: list[list[np.ndarray]] = [[v] for v in vectors[: len(parsed)]]
        for k, i in enumerate(short):
            probes[i].append(vectors[len(parsed) + k])
        released: list[CheckedSentence] = []
        for (original, clean, valid, _), probe in zip(parsed, probes):
            self._any_cited = self._any_cited or bool(valid)
            if clean in self._said:
                continue
            self._said.add(clean)
            passages = [n - 1 for n in valid] or list(range(len(self.hits)))
            reason, similarity, best = _check(
                clean, passages, bool(valid), probe, self._ev, self.min_similarity
            )
            citations = tuple(valid) or (best + 1,)
            if not reason and is_unsafe(clean):
                reason = "an instruction to the model or a link, not an answer"
            if reason:
                self.flagged.append(CheckedSentence(original, tuple(valid), similarity, reason))
            else:
                self._held.append(
                    CheckedSentence(with_citations(clean, citations), citations, similarity)
                )
            if self._any_cited:
                released += self._held
                self._held = []
        self.kept += released
        return released

    def finish(self, answer: str) -> AnswerDraft:
        """The verified answer, ``answer`` being everything the model wrote."""
        flagged = list(self.flagged)
        if self._checked and not self._any_cited:
            flagged.append(CheckedSentence(answer.strip(), (), 0.0, "the answer cites no passage"))
        invalid = sorted(self.invalid)
        if not self._any_cited or not self.kept:
            draft = extractive_answer(
                self.question,
                self.quote_from,
                self.embedder,
                max_sentences=self.max_extractive,
                raw_answer=answer,
                flagged=flagged,
                invalid_citations=invalid,
                evidence=self._quote_ev,
                asked=self.asked,
            )
        else:
            used = sorted({n for s in self.kept for n in s.citations})
            draft = AnswerDraft(
                text=answer_separator(self.kept[0].text).join(s.text for s in self.kept),
                mode="generated",
                kept=list(self.kept),
                flagged=flagged,
                citations={n: self.hits[n - 1] for n in used},
                raw_answer=answer,
                invalid_citations=invalid,
            )
        draft.generated_sentences = self._checked
        return draft


def verify_answer(
    answer: str,
    question: str,
    hits: Sequence[SearchHit],
    embedder: Embedder,
    *,
    min_similarity: float = 0.5,
    max_extractive: int = 2,
    quote_from: Sequence[SearchHit] | None = None,
    asked: str = "",
) -> AnswerDraft:
    """Check a model answer against the passages it was given; fall back to quoting them.

    Args:
        answer: The model's answer, with ``[n]`` citations into ``hits`` (1-based).
        question: The (standalone) question, used to pick sentences for an extractive answer.
        hits: The passages, in the order they were numbered in the prompt.
        embedder: Sentence embedder returning L2-normalized vectors.
        min_similarity: Minimum cosine between a sentence and a sentence of its passages.
        max_extractive: At most this many quoted sentences in an extractive answer.
        quote_from: Passages an extractive fallback may quote, numbered like ``hits`` and
            starting with them (a small model's prompt holds fewer passages than were
            retrieved); default ``hits``.
        asked: What the user typed, when ``question`` is its rewrite (see ``extractive_answer``).
    """
    verifier = SentenceVerifier(
        question, hits, embedder, min_similarity=min_similarity,
        max_extractive=max_extractive, quote_from=quote_from, asked=asked,
    )
    verifier.add(*split_answer(answer))
    return verifier.finish(answer)


def extractive_answer(
    question: str,
    hits: Sequence[SearchHit],
    embedder: Embedder,
    *,
    max_sentences: int = 2,
    raw_answer: str = "",
    flagged: list[CheckedSentence] | None = None,
    invalid_citations: list[int] | None = None,
    evidence: _Evidence | None = None,
    asked: str = "",
) -> AnswerDraft:
    """The passage sentences that best answer ``question``, quoted verbatim with ``[n]``.

    A sentence's score is its embedding similarity to the question plus the share of the
    question's terms it contains (words; character bigrams for Chinese), adjusted by whether it
    holds the kind of content asked for (``answer_fit``: a quantity, a named thing).
    ``asked`` is what the user typed when ``question`` is its standalone rewrite: the terms the
    user wrote count twice, and a sentence with none of them is no answer to the follow-up, so "And how many can be carried over?" (rewritten with "days of paid
    vacation") quotes the carry-over rule, not the sentence about 30 days of vacation.
    """
    ev = evidence or _Evidence(hits, embedder)
    base = AnswerDraft(
        text="",
        mode="extractive",
        flagged=flagged or [],
        raw_answer=raw_answer,
        invalid_citations=invalid_citations or [],
    )
    if not ev.sentences:
        return base
    q_vector = embedder.embed([question])[0]
    q_terms = query_terms(question)
    focus = query_terms(asked) & q_terms if asked else set()
    if focus == q_terms:
        focus = set()  # not a rewritten follow-up: every term is the user's own
    weight = {t: 2.0 if t in focus else 1.0 for t in q_terms}
    total = sum(weight.values())
    # A sentence inherits the terms of where it sits: "a runtime of 9.5 hours" under the heading
    # "Orbit AMR 600" answers a question about the Orbit AMR 600's runtime.
    context = [query_terms(f"{h.title} {h.section}") for h in ev.hits]
    scored: list[_Scored] = []
    for k, (i, sentence) in enumerate(ev.sentences):
        terms = query_terms(sentence) | context[i]
        shared = len(q_terms & terms)
        overlap = sum(weight[t] for t in q_terms & terms) / total if q_terms else 0.0
        bonus = answer_fit(question, sentence)
        if is_heading(sentence):
            bonus -= 1.0  # a heading or a lead-in ("... as follows:") quotes no answer
        if focus and not terms & focus:
            # None of the follow-up's own words: it answers the earlier question, not this one.
            bonus = min(bonus, 0.0) - 0.3
        score = float(ev.vectors[k] @ q_vector) + 0.6 * overlap + bonus
        scored.append(_Scored(score, k, i, sentence, shared, answer_fit(question, sentence) > 0))
    chosen = _select_quotes(scored, len(q_terms), max_sentences)
    lead = short_fact(question, chosen[0].sentence)
    # With a short fact, its sentence (the best) stands first; otherwise reading order.
    order = chosen[:1] + sorted(chosen[1:], key=lambda c: c.index) if lead else sorted(
        chosen, key=lambda c: c.index)
    kept = [
        CheckedSentence(f"{_quote(c.sentence)} [{c.passage + 1}]", (c.passage + 1,), c.score)
        for c in order
    ]
    base.text = (f"{lead} — " if lead else "") + "\n".join(s.text for s in kept)
    base.kept = kept
    base.citations = {n: ev.hits[n - 1] for n in sorted({s.citations[0] for s in kept})}
    return base


@dataclass(frozen=True)
class _Scored:
    """A passage sentence scored as an answer to the question."""

    score: float
    index: int  # in reading order over all passages
    passage: int  # 0-based
    sentence: str
    shared: int  # content terms shared with the question (with its passage's title and section)
    fits: bool  # holds the kind of content asked for (``answer_fit``: a measured quantity, ...)


# A second quote must score almost as well as the best one (the ratio quotes used before) and,
# from another passage, share more than one of the question's terms: a row sharing one word
# ("carried") with it is a stray quote. Not tuned: measured in docs/EVALUATION.md, "Extractive
# precision".
QUOTE_SCORE_RATIO = 0.85
QUOTE_MIN_SHARED = 2


def _select_quotes(scored: list[_Scored], n_terms: int, max_sentences: int) -> list[_Scored]:
    """The best sentence, then those close to it in score that answer on their own; best first."""
    ranked = sorted(scored, key=lambda s: -s.score)
    best = ranked[0]
    chosen = [best]
    seen = {best.sentence}
    for item in ranked[1:]:
        if len(chosen) == max_sentences or item.score < QUOTE_SCORE_RATIO * best.score:
            break
        if item.sentence in seen:  # overlapping chunks repeat sentences
            continue
        # A sentence of the best one's passage shares its topic; one from elsewhere must share
        # the question's terms itself, or hold the kind of answer the best one lacks
        # ("Passwords must be at least 14 characters long." beside a changelog line naming
        # "minimum password length").
        if (item.passage != best.passage and item.shared < min(QUOTE_MIN_SHARED, n_terms)
                and not (item.fits and not best.fits)):
            continue
        seen.add(item.sentence)
        chosen.append(item)
    # The sentence holding the kind of answer asked for comes first (it gives the short fact).
    return sorted(chosen, key=lambda c: not c.fits) if not best.fits else chosen


def _quote(sentence: str) -> str:
    return f"“{sentence}”" if CJK.search(sentence) else f'"{sentence}"'
