"""Answering a question end to end, and what the caller gets back: ``Answer`` and ``Citation``.

``ask_stream`` is ``KnowledgeBase.ask_stream``'s body: rewrite a follow-up, retrieve, answer and
verify sentence by sentence (``kbqa.answer``), yield each sentence once verified
(``kbqa.answer_events``), and turn the verified draft into an ``Answer`` with citations, snippets
and timings.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kbqa import metrics
from kbqa.answer import answer_question, stream_answer
from kbqa.answer_events import AnswerSentence, Checking, DraftToken, sentences_of
from kbqa.errors import ConfigError, LLMUnavailableError
from kbqa.injection import is_unsafe, quotable_sentences, safe_label, safe_text, strip_links
from kbqa.textmatch import passage_sentences, query_terms
from kbqa.verify import CheckedSentence, answer_separator

if TYPE_CHECKING:
    from kbqa.hits import SearchHit
    from kbqa.knowledge_base import KnowledgeBase
    from kbqa.users import User
    from kbqa.verify import AnswerDraft

__all__ = ["Answer", "AnswerEvent", "Citation", "ask_stream", "make_answer", "snippet"]

log = logging.getLogger(__name__)

AnswerEvent = Checking | AnswerSentence | DraftToken
"""What ``ask_stream`` yields before the ``Answer`` (see ``kbqa.answer_events``)."""


def ask_stream(
    kb: KnowledgeBase,
    question: str,
    *,
    user: str | User,
    history: Sequence[tuple[str, str]] = (),
    collections: Sequence[str] | None = None,
    use_llm: bool = True,
    stream: bool = True,
    stream_draft: bool = False,
) -> Generator[AnswerEvent | Answer, None, None]:
    """See ``KnowledgeBase.ask_stream``. Every ask is recorded in the audit log before its
    ``Answer`` is yielded (a failed one with its error, then the error is raised)."""
    who = kb._acting(user, "ask")  # first: an unknown user learns nothing, not even errors
    question = question.strip()
    if not question:
        raise ConfigError("the question is empty")
    started = time.perf_counter()
    # What is known so far, recorded if answering fails part way.
    partial = Answer(question=question, text="", refused=False, mode="error",
                     collections=list(collections or []))
    try:
        answer = yield from _answer(kb, who, question, history, collections, use_llm, stream,
                                    stream_draft, partial)
    except (Exception, GeneratorExit) as exc:
        partial.timings["total_s"] = time.perf_counter() - started
        if isinstance(exc, GeneratorExit):
            # The caller stopped reading part way (a streaming client disconnected) and may
            # have seen some of the answer: the ask is recorded all the same.
            error = "cancelled: the caller stopped reading before the answer"
            metrics.observe_cancelled(partial)
        else:
            metrics.observe_error(exc, partial)
            error = kb.mask_for_log(f"{type(exc).__name__}: {exc}")
        kb.audit.record_ask(_masked(kb, partial), user=who.name, groups=sorted(who.groups),
                            error=error)
        raise
    answer.timings["total_s"] = time.perf_counter() - started
    answer.id = kb.audit.record_ask(_masked(kb, answer), user=who.name, groups=sorted(who.groups))
    metrics.observe_answer(answer, kb)
    yield answer


def _masked(kb: KnowledgeBase, answer: Answer) -> Answer:
    """The answer as the audit log keeps it: the user's words (question, rewritten query, and
    the answer text, which may quote them in a refusal) with personal data masked. Passages,
    citations and snippets come from chunks masked at ingest."""
    texts = (answer.question, answer.standalone_question, answer.text)
    masked = {t: kb.mask_for_log(t) for t in set(texts)}  # an unchanged question is masked once
    return replace(answer, question=masked[texts[0]], standalone_question=masked[texts[1]],
                   text=masked[texts[2]])


def _answer(
    kb: KnowledgeBase,
    who: User,
    question: str,
    history: Sequence[tuple[str, str]],
    collections: Sequence[str] | None,
    use_llm: bool,
    stream: bool,
    stream_draft: bool,
    partial: Answer,
) -> Generator[AnswerEvent, None, Answer]:
    """Rewrite, retrieve, answer and verify; yields the events of ``kbqa.answer_events``,
    returns the ``Answer``."""
    from kbqa.rewrite import rewrite_question

    timings = partial.timings
    warnings: list[str] = []
    chat = kb.chat_model if use_llm else None
    backend, model = _model_label(chat)
    partial.backend, partial.model = backend, model

    mark = time.perf_counter()
    standalone = rewrite_question(question, history, chat)
    partial.standalone_question = standalone
    timings["rewrite_s"] = time.perf_counter() - mark

    mark = time.perf_counter()
    hits = kb.retrieve_as(who, standalone, collections=collections)
    # Named in refusals: the ones asked for, else those holding something this user may see.
    searched = (list(collections) if collections is not None
                else kb.store.collections(None if who.is_admin else who.groups))
    partial.collections = searched
    timings["retrieve_s"] = time.perf_counter() - mark

    s = kb.settings
    options: dict[str, Any] = dict(
        collections=searched,
        refuse_below=s.refuse_below,
        min_similarity=s.answer_min_similarity,
        max_extractive=s.max_extractive_sentences,
        require_terms=s.refuse_on_missing_terms,
        asked=question,
    )
    mark = time.perf_counter()

    def since_question() -> float:  # timed from the question, not from this stage's start
        return timings["rewrite_s"] + timings["retrieve_s"] + time.perf_counter() - mark

    shown: list[AnswerSentence] = []
    try:
        if stream:
            draft = None
            writing = False
            for item in stream_answer(standalone, hits, chat, kb.embedder, **options):
                if isinstance(item, str):
                    if not writing:  # the model's first token
                        writing = True
                        metrics.observe_first_token(since_question(), backend)
                        yield Checking()
                    if stream_draft:
                        yield DraftToken(item)
                elif isinstance(item, CheckedSentence):
                    if not shown:
                        metrics.observe_first_sentence(since_question(), backend)
                    sep = answer_separator(shown[0].text) if shown else ""
                    shown.append(AnswerSentence(item.text, sep, item.citations))
                    yield shown[-1]
                else:
                    draft = item
            assert draft is not None
        else:
            draft = answer_question(standalone, hits, chat, kb.embedder, **options)
    except LLMUnavailableError as exc:
        if not s.llm_fallback:
            raise
        metrics.observe_error(exc, operation="llm")
        log.warning("%s; answering with quoted passages", exc)
        warnings.append(f"{exc} The answer quotes the documents instead.")
        backend, model = "none", ""
        draft = answer_question(standalone, hits, None, kb.embedder, **options)
    if stream and not shown and draft.mode != "refused":  # quoted passages, sentence by sentence
        for sentence in sentences_of(draft.text, [(k.text, k.citations) for k in draft.kept]):
            if not shown:
                metrics.observe_first_sentence(since_question(), backend)
            shown.append(sentence)
            yield sentence
    if backend != "none" and draft.mode != "refused":  # the model was asked
        kept = len(draft.kept) if draft.mode == "generated" else 0
        metrics.observe_verification(backend, kept, draft.generated_sentences - kept)
    warnings += draft.warnings
    timings["generate_s"] = time.perf_counter() - mark
    return make_answer(
        draft,
        question=question,
        standalone_question=standalone,
        hits=hits,
        collections=searched,
        timings=dict(timings),
        backend=backend,
        model=model,
        warnings=warnings,
    )


SNIPPET_CHARS = 320


@dataclass(frozen=True)
class Citation:
    """A source of an answer: the passage ``[number]`` in the answer text stands for.

    Attributes:
        number: The ``[n]`` used in the answer text.
        chunk_id: The chunk's id in the store.
        source: The document's path as ingested.
        title: The document's title.
        page: Page (PDF), slide or sheet number; None when the format has none.
        section: Heading path inside the document ("" if none).
        snippet: The passage sentence that supports the answer (at most ~320 characters).
        score: The passage's relevance to the question, in [0, 1].
        document_id: The id of the passage's document (``KnowledgeBase.document``).
    """

    number: int
    chunk_id: int
    source: str
    title: str
    page: int | None
    section: str
    snippet: str
    score: float
    document_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "source": self.source,
            "title": self.title,
            "page": self.page,
            "section": self.section,
            "chunk_id": self.chunk_id,
            "snippet": self.snippet,
            "score": round(self.score, 4),
            "document_id": self.document_id,
        }


@dataclass
class Answer:
    """What ``KnowledgeBase.ask`` returns.

    Attributes:
        question: The question as asked.
        text: The answer shown to the user, with ``[n]`` citation marks (or the refusal).
        refused: True when the knowledge base does not cover the question.
        mode: ``generated`` (the model's verified sentences), ``extractive`` (quoted passage
            sentences) or ``refused``.
        citations: The sources of ``text``, in citation-number order.
        timings: Seconds per stage: ``rewrite_s``, ``retrieve_s``, ``generate_s``, ``total_s``.
        standalone_question: The question after follow-up rewriting (what was searched).
        collections: The collections searched.
        retrieved: ``(chunk_id, relevance)`` of every passage retrieved, best first.
        flagged: Why model sentences were dropped by verification.
        backend: ``embedded``, ``openai`` or ``none`` (extractive, no model).
        model: The model's name.
        warnings: Things the user should know (e.g. the model was unreachable and the answer
            quotes the passages instead).
        id: The id of this answer's audit record (give it to ``KnowledgeBase.feedback``); None
            when it was not recorded.
        refusal_reason: For a refusal: ``no_passages``, ``low_relevance`` or ``missing_terms``.
    """

    question: str
    text: str
    refused: bool
    mode: str
    citations: list[Citation] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    standalone_question: str = ""
    collections: list[str] = field(default_factory=list)
    retrieved: list[tuple[int, float]] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)
    backend: str = ""
    model: str = ""
    warnings: list[str] = field(default_factory=list)
    id: int | None = None
    refusal_reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (``kbqa ask --json``): ``id``, ``answer``, ``refused``, ``citations``,
        ``timings`` and the other attributes."""
        return {
            "id": self.id,
            "question": self.question,
            "answer": self.text,
            "refused": self.refused,
            "mode": self.mode,
            "citations": [c.to_dict() for c in self.citations],
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
            "standalone_question": self.standalone_question,
            "collections": self.collections,
            "retrieved": [{"chunk_id": i, "score": round(s, 4)} for i, s in self.retrieved],
            "flagged": self.flagged,
            "backend": self.backend,
            "model": self.model,
            "warnings": self.warnings,
        }


def snippet(hit: SearchHit, probes: Sequence[str], max_chars: int = SNIPPET_CHARS) -> str:
    """The sentence of ``hit`` sharing the most terms with ``probes`` (the answer sentences
    citing it, and the question), cut to ``max_chars``."""
    # Never an injected instruction or a link as the source shown.
    sentences = quotable_sentences(hit.text)
    if not sentences:
        safe = safe_text(hit.text)
        sentences = passage_sentences(safe) or [safe.strip()]
    terms: set[str] = set().union(*(query_terms(p) for p in probes)) if probes else set()
    best = max(
        enumerate(sentences), key=lambda e: (len(terms & query_terms(e[1])), -e[0])
    )[1]
    return best if len(best) <= max_chars else best[: max_chars - 1].rstrip() + "…"


def make_answer(
    draft: AnswerDraft,
    *,
    question: str,
    standalone_question: str,
    hits: Sequence[SearchHit],
    collections: Sequence[str],
    timings: dict[str, float],
    backend: str,
    model: str,
    warnings: Sequence[str] = (),
) -> Answer:
    """Turn a verified draft into the caller's ``Answer`` with citations and snippets."""
    citations = []
    for number, hit in sorted(draft.citations.items()):
        probes = [s.text for s in draft.kept if number in s.citations] + [standalone_question]
        if draft.mode == "extractive":  # the quoted sentence is the snippet itself
            probes = [s.text for s in draft.kept if number in s.citations] or probes
        citations.append(
            Citation(
                number=number,
                chunk_id=hit.chunk_id,
                source=hit.source,
                title=hit.safe_title,
                page=hit.page,
                section=safe_label(hit.section),
                snippet=snippet(hit, probes),
                score=hit.score,
                document_id=hit.document_id,
            )
        )
    return Answer(
        question=question,
        text=draft.text,
        refused=draft.mode == "refused",
        refusal_reason=draft.refusal_reason,
        mode=draft.mode,
        citations=citations,
        timings=timings,
        standalone_question=standalone_question,
        collections=list(collections),
        retrieved=[(h.chunk_id, h.score) for h in hits],
        # A dropped sentence that obeyed a planted instruction must not reach the JSON either.
        flagged=[f"{'(withheld)' if is_unsafe(s.text) else strip_links(s.text)} — {s.reason}"
                 for s in draft.flagged],
        backend=backend,
        model=model,
        warnings=list(warnings),
    )


def _model_label(chat_model: object) -> tuple[str, str]:
    """(backend, model name) for the answer record."""
    if chat_model is None:
        return "none", ""
    name = getattr(chat_model, "model_name", None)
    if name:
        return "openai", str(name)
    path = getattr(chat_model, "model_path", "")
    return "embedded", Path(path).name if path else type(chat_model).__name__
