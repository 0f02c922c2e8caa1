"""Grammar-constrained answers for weak or local models: quote passage sentences, cite them.

``quote_grammar(passages)`` builds a llama.cpp GBNF grammar whose only sentences are the
quotable sentences of the prompt's numbered passages, each followed by its passage number::

    root ::= sent (" " sent)?
    sent ::= "Passwords must be rotated every 90 days. [1]" | "Every laptop must use ... [2]" | ...

A model decoding under it can only choose which sentences answer the question (and whether to
add a second one); it cannot invent a number or a citation. The answer is still verified
(``kbqa.verify``): the grammar makes a small model's answer pass, it does not replace the check.

The setting ``llm_grammar`` (``KBQA_LLM_GRAMMAR``) turns it on: ``quotes`` or ``off``; empty
(the default) means ``quotes`` for the embedded backend (llama.cpp in the process) and ``off``
for ``openai``, because only llama.cpp servers read the ``grammar`` field (vLLM, TGI and OpenAI
reject or ignore it). Set ``KBQA_LLM_GRAMMAR=quotes`` for a llama.cpp server
(``llama-server`` or ``python -m llama_cpp.server``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from kbqa.errors import ConfigError
from kbqa.injection import quotable_sentences
from kbqa.textmatch import answer_fit, is_heading, query_terms

if TYPE_CHECKING:
    from kbqa.hits import SearchHit

__all__ = [
    "MAX_SENTENCE_CHARS",
    "MAX_SENTENCES",
    "GrammarMode",
    "gbnf_literal",
    "grammar_mode",
    "quote_grammar",
    "quote_sentences",
    "with_grammar",
]

GrammarMode = Literal["off", "quotes"]

# llama-cpp-python applies the grammar to the whole vocabulary (49k tokens for SmolLM2) before
# top-k, once per alternative still open: each alternative slows every step (see quote_sentences).
MAX_SENTENCES = 4
# Longer "sentences" are table dumps or run-on text: copying one costs more tokens than an
# answer needs (the weak model's answer budget is ``GRAMMAR_MAX_TOKENS``).
MAX_SENTENCE_CHARS = 400
# Room for two sentences of MAX_SENTENCE_CHARS in a small BPE vocabulary (~4 characters a
# token, 2 for CJK), so a grammar answer is never cut off in the middle of a quote.
GRAMMAR_MAX_TOKENS = 320
# Sentences in an answer: at most this many (one or two, as the prompt asks).
MAX_ANSWER_SENTENCES = 2

_END = re.compile(r"[.!?。！？…]['\"”’)）]*$")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def grammar_mode(setting: str, backend: str) -> GrammarMode:
    """The grammar mode for ``backend`` given the ``llm_grammar`` setting ("" = the default)."""
    if setting in ("off", "quotes"):
        return setting  # type: ignore[return-value]
    if setting:
        raise ConfigError(
            f"unknown llm_grammar {setting!r}; use 'quotes', 'off' or leave KBQA_LLM_GRAMMAR empty"
        )
    return "quotes" if backend == "embedded" else "off"


def gbnf_literal(text: str) -> str:
    """``text`` as a GBNF string literal: quotes, backslashes and control characters escaped;
    everything else, CJK included, stays as it is (llama.cpp reads the grammar as UTF-8)."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\x{ord(ch):02X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def quote_sentences(question: str, passages: Sequence[SearchHit]) -> list[tuple[str, int]]:
    """(sentence, 1-based passage number) for every sentence the grammar offers, in prompt order.

    Candidates are the passages' quotable sentences (no instruction to the model, no link), each
    once, none longer than ``MAX_SENTENCE_CHARS``, without headings and lead-ins ("... as
    follows:"), which answer nothing. When there are more than ``MAX_SENTENCES``, those sharing
    most of the question's terms (with their passage's title and section) and holding the kind
    of content it asks for (``answer_fit``) are kept: a 135M model picks among a handful of
    sentences far better than among dozens, and each alternative slows every decoding step.
    """
    q_terms = query_terms(question)
    seen: set[str] = set()
    scored: list[tuple[float, int, str, int]] = []  # (score, order, sentence, passage number)
    for number, hit in enumerate(passages, start=1):
        context = query_terms(f"{hit.title} {hit.section}")
        for sentence in quotable_sentences(hit.text):
            sentence = " ".join(sentence.split())
            if (not sentence or len(sentence) > MAX_SENTENCE_CHARS or sentence in seen
                    or is_heading(sentence)):
                continue
            seen.add(sentence)
            overlap = len(q_terms & (query_terms(sentence) | context)) / max(len(q_terms), 1)
            scored.append((overlap + answer_fit(question, sentence), len(scored), sentence, number))
    kept = sorted(scored, key=lambda t: (-t[0], t[1]))[:MAX_SENTENCES]
    return [(sentence, number) for _, _, sentence, number in sorted(kept, key=lambda t: t[1])]


def _cited(sentence: str, number: int) -> str:
    # After the sentence's own full stop, as models write it ("... 90 days. [1]"); the verifier
    # moves it inside. A table row has no full stop: "[n]." ends it, so the next one starts anew.
    return f"{sentence} [{number}]" if _END.search(sentence) else f"{sentence} [{number}]."


def quote_grammar(question: str, passages: Sequence[SearchHit]) -> str | None:
    """A GBNF grammar whose answers are one or two of the passages' sentences (see
    ``quote_sentences``), each cited with its passage number; None when there is none."""
    sentences = quote_sentences(question, passages)
    if not sentences:
        return None
    # One alternative a line: GBNF continues a rule over lines only inside parentheses.
    alternatives = "\n  | ".join(gbnf_literal(_cited(s, n)) for s, n in sentences)
    more = ' (" " sent)?' * (MAX_ANSWER_SENTENCES - 1)
    return f"root ::= sent{more}\nsent ::= (\n    {alternatives}\n)\n"


def with_grammar(
    options: dict[str, Any], chat_model: object, question: str, passages: Sequence[SearchHit]
) -> dict[str, Any]:
    """``options`` for a model call, plus the quote grammar of ``passages`` when the chat model's
    ``grammar_mode`` is ``quotes`` (a model without one, such as a test fake, is left free)."""
    if getattr(chat_model, "grammar_mode", "off") != "quotes":
        return options
    grammar = quote_grammar(question, passages)
    if grammar is None:
        return options
    out = {**options, "grammar": grammar}
    if "max_tokens" in out:  # a cut-off quote would be an unfinished, uncited sentence
        out["max_tokens"] = max(int(out["max_tokens"]), GRAMMAR_MAX_TOKENS)
    # Greedy: the choice among passage sentences is the model's most likely one; sampling would
    # only make the same question give different quotes from one run to the next.
    out["temperature"] = 0.0
    if "repeat_penalty" in out:
        # Against loops in free text; under the grammar it would only push the choice of
        # sentence away from the question's words, which the prompt ends with.
        out["repeat_penalty"] = 1.0
    return out
