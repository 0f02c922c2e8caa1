"""What ``KnowledgeBase.ask_stream`` yields before the ``Answer``.

- ``Checking``: once, when a model starts writing the answer. Its words are verified before
  anything of it is shown; show a status ("Checking the answer…"), not the words.
- ``AnswerSentence``: a sentence of the answer that passed verification, with its final ``[n]``
  citation numbers (those of ``Answer.citations``). ``separator + text`` of every sentence, in
  order, is ``Answer.text`` exactly, for generated and extractive answers alike. A refusal comes
  as the ``Answer`` only.
- ``DraftToken``: the model's raw, *unverified* words, only when asked for
  (``ask_stream(..., stream_draft=True)``): for debugging, never to be shown as the answer.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

__all__ = ["AnswerSentence", "Checking", "DraftToken", "sentences_of"]


@dataclass(frozen=True)
class Checking:
    """The model has started writing; its sentences come as they pass verification."""


@dataclass(frozen=True)
class AnswerSentence:
    """A verified sentence of the answer.

    Attributes:
        text: The sentence as shown, with its ``[n]`` citation marks.
        separator: What goes before it in ``Answer.text`` ("" for the first sentence).
        citations: The ``Citation.number`` of each passage it cites.
    """

    text: str
    separator: str = ""
    citations: tuple[int, ...] = ()


@dataclass(frozen=True)
class DraftToken:
    """Unverified model output, yielded only with ``stream_draft=True``."""

    text: str


def sentences_of(
    text: str, sentences: Sequence[tuple[str, tuple[int, ...]]]
) -> Iterator[AnswerSentence]:
    """``text`` cut into ``AnswerSentence``s, one per ``(sentence, citations)``, found in it in
    order; text before the first or between two (a lead such as "45 days — ") joins the next
    sentence and text after the last joins it, so the parts add up to ``text`` exactly. When the
    sentences are not all in ``text`` verbatim, it is one part citing all of them."""
    pos = 0
    pieces: list[tuple[str, tuple[int, ...]]] = []
    for sentence, citations in sentences:
        at = text.find(sentence, pos)
        if at < 0:
            pieces = []
            break
        pieces.append((text[pos:at + len(sentence)], citations))
        pos = at + len(sentence)
    if not pieces:  # not made of its sentences verbatim: one piece, citing them all
        cited = tuple(sorted({n for _, citations in sentences for n in citations}))
        pieces = [(text, cited)] if text else []
    elif pos < len(text):
        pieces[-1] = (pieces[-1][0] + text[pos:], pieces[-1][1])
    for piece, citations in pieces:
        body = piece.lstrip()
        yield AnswerSentence(body, piece[: len(piece) - len(body)], citations)
