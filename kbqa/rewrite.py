"""Multi-turn: turn a follow-up ("And in Berlin?", "那北京呢？") into a standalone question.

Rules come first and need no model: a fragment replaces the matching phrase of the previous
question (same preposition, same kind of entity, the part before 的), and a pronoun is replaced by
the previous question's subject. Only when the question looks like a follow-up that the rules
cannot resolve, and a capable chat model is given, is the model asked to rewrite it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from langchain_core.messages import HumanMessage, SystemMessage

from kbqa.errors import KbqaError
from kbqa.llm import is_weak_model

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

__all__ = ["rewrite_question"]

log = logging.getLogger(__name__)

_PREPS = (
    "in",
    "at",
    "for",
    "on",
    "during",
    "to",
    "from",
    "with",
    "without",
    "under",
    "after",
    "before",
    "within",
    "by",
    "per",
    "of",
    "near",
    "outside",
    "inside",
)
_PREP_RE = "|".join(_PREPS)
_AUX = (
    "is",
    "are",
    "was",
    "were",
    "does",
    "do",
    "did",
    "must",
    "can",
    "could",
    "should",
    "will",
    "would",
    "may",
    "might",
    "has",
    "have",
    "had",
    "shall",
)
_WH = ("what", "which", "who", "whom", "whose", "when", "where", "why", "how")
_STARTS_QUESTION = re.compile(rf"^(?:{'|'.join(_WH + _AUX)}|are|is)\b", re.IGNORECASE)
_INTRO = re.compile(
    r"^(?:(?:and|but|so|also|ok(?:ay)?|then)\b[\s,]*)?(?:(?:what|how)\s+about\b\s*)?", re.IGNORECASE
)
_PRONOUN = re.compile(r"\b(it|its|they|them|their)\b", re.IGNORECASE)
# "Is it allowed to ...", "it is possible to ...": "it" refers to nothing.
_EXPLETIVE = re.compile(
    r"\b(?:is|was|would be|will be)\s+it\s+(?:\w+\s+)?(?:possible|allowed|ok|okay|necessary|required|"
    r"permitted|true|mandatory)\b|\bit\s+(?:is|was)\s+(?:\w+\s+)?(?:possible|allowed|ok|okay|"
    r"necessary|required|permitted|true|mandatory)\b",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|\d[\w.-]*))*")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_ZH_FOLLOWUP = re.compile(
    r"^(?:那么|那|还有|如果是|那如果是|换成)?(?:在)?(?P<x>.+?)(?:的话)?(?:的)?呢[？?。!！]*$"
)
_ZH_PRONOUN = re.compile(r"^(它们|它|其|这个|那个)")


def _body(question: str) -> str:
    return question.strip().rstrip("?？.。!！ ").strip()


def _ask(body: str) -> str:
    return body.strip() + ("？" if _CJK.search(body) else "?")


# -- English ------------------------------------------------------------------------------------
def _subject(prev: str) -> str | None:
    """The noun phrase a pronoun in the next question most likely stands for."""
    body = _body(prev)
    aux = re.search(
        rf"\b(?:{'|'.join(_WH)})\b(?:\s+[\w-]+){{0,2}}?\s+({'|'.join(_AUX)})\s+(.+)$",
        body,
        re.IGNORECASE,
    )
    if aux:
        verb, rest = aux.group(1).lower(), aux.group(2)
        words = rest.split()
        if verb not in ("is", "are", "was", "were") and len(words) > 1:
            words = words[:-1]  # "does the buddy program last": drop the main verb
        phrase = " ".join(words)
        phrase = re.split(
            rf"\s+(?:be|have|get|need|apply|{'|'.join(p for p in _PREPS if p != 'of')})\b",
            phrase,
            maxsplit=1,
        )[0]
        if (
            phrase
            and not _STARTS_QUESTION.match(phrase)
            and phrase.lower() not in ("it", "they", "this")
        ):
            return phrase
    entities = _ENTITY.findall(body)
    if entities:
        return entities[-1]
    noun = re.search(r"\b(?:the|a|an|our|your)\s+[\w\s-]+?(?=\s+(?:" + _PREP_RE + r")\b|$)", body)
    return noun.group(0) if noun else None


def _possessor(prev: str) -> str | None:
    entities = _ENTITY.findall(_body(prev))
    if entities:
        return ("the " if not entities[-1].lower().startswith("the ") else "") + entities[-1]
    return _subject(prev)


def _resolve_pronouns(question: str, prev: str) -> str | None:
    if _EXPLETIVE.search(question) or not _PRONOUN.search(question):
        return None
    subject, possessor = _subject(prev), _possessor(prev)

    def swap(match: re.Match[str]) -> str:
        word = match.group(1).lower()
        if word in ("its", "their"):
            return f"{possessor}'s" if possessor else match.group(0)
        return subject or match.group(0)

    rewritten = _PRONOUN.sub(swap, question)
    return rewritten if rewritten != question else None


def _substitute(fragment: str, prev: str) -> str | None:
    """``prev`` with its matching phrase replaced by ``fragment`` ("in Berlin", "Berlin")."""
    body = _body(prev)
    first, _, rest = fragment.partition(" ")
    if first.lower() in _PREPS and rest:
        same = list(
            re.finditer(rf"\b{first}\s+(.+?)(?=\s+(?:{_PREP_RE})\b|[,;]|$)", body, re.IGNORECASE)
        )
        if same:
            m = same[-1]
            return _ask(body[: m.start(1)] + rest + body[m.end(1) :])
        last = list(re.finditer(rf"\b(?:{_PREP_RE})\s+[^,;]+$", body, re.IGNORECASE))
        if last:
            return _ask(body[: last[-1].start()] + fragment)
        return _ask(f"{body} {fragment}")
    if fragment[:1].isupper() or any(c.isdigit() for c in fragment):
        entities = list(_ENTITY.finditer(body))
        if entities:
            m = entities[-1]
            return _ask(body[: m.start()] + fragment + body[m.end() :])
    tail = list(re.finditer(rf"\b(?:{_PREP_RE})\s+(?:the\s+)?([^,;]+)$", body, re.IGNORECASE))
    if tail:
        m = tail[-1]
        return _ask(body[: m.start(1)] + fragment + body[m.end(1) :])
    return None


def _swap_owned(noun: str, prev: str) -> str | None:
    """ "And its warranty?" after "What is the payload of the Atlas Picker 3?" -> "What is the
    warranty of the Atlas Picker 3?"."""
    body, subject = _body(prev), _subject(prev)
    if not subject or subject not in body:
        return None
    head, of, owner = subject.partition(" of ")
    if of:
        return _ask(body.replace(head + of, f"the {noun}{of}", 1))
    owner = _possessor(prev) or subject
    return _ask(body.replace(subject, f"{owner}'s {noun}", 1))


_VERB = r"(?:can|could|are|is|do|does|did|will|would|may|must|should|were|was|have|has)\b"
# Only "how many" needs its noun: "how much does it cost?" stands alone.
_HOW_MANY_ELIDED = re.compile(rf"^(how\s+many)\s+(?={_VERB})", re.IGNORECASE)
_HOW_MANY_WHAT = re.compile(rf"\bhow\s+many\s+((?:[\w'’-]+\s+){{1,5}}?)(?={_VERB})",
                            re.IGNORECASE)


def _elided_quantity(question: str, prev: str) -> str:
    """ "How many can be carried over?" after "How many days of paid vacation do ...?" asks
    how many days of paid vacation: the counted thing is taken from the previous question."""
    elided, counted = _HOW_MANY_ELIDED.match(question), _HOW_MANY_WHAT.search(prev)
    if not elided or not counted:
        return question
    return f"{elided.group(1)} {counted.group(1).strip()} {question[elided.end():]}"


def _rewrite_english(question: str, prev: str) -> tuple[str | None, bool]:
    """(rewritten question or None, whether the question looks like a follow-up)."""
    intro = _INTRO.match(question)
    stripped = question[intro.end() :] if intro else question
    rest = _body(stripped)
    had_intro = bool(intro and intro.group(0).strip())
    if rest and _STARTS_QUESTION.match(rest):
        full = _elided_quantity(rest[0].upper() + rest[1:] + "?", prev)
        resolved = _resolve_pronouns(full, prev)
        if resolved:
            return resolved, True
        if had_intro and len(rest.split()) <= 3:  # "And why?": needs the conversation
            return None, True
        return (full if had_intro else None), False
    if rest and (had_intro or len(rest.split()) <= 3):
        owned = re.match(r"(?:its|their)\s+(.+)$", rest, re.IGNORECASE)
        if owned:
            return _swap_owned(owned.group(1), prev), True
        fragment = _PRONOUN.sub(
            lambda m: (
                f"{_possessor(prev)}'s"
                if m.group(1).lower() in ("its", "their")
                else (_subject(prev) or m.group(0))
            ),
            rest,
        )
        return _substitute(fragment, prev), True
    return _resolve_pronouns(question, prev), bool(
        _PRONOUN.search(question)
    ) and not _EXPLETIVE.search(question)


# -- Chinese ------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _posseg():  # type: ignore[no-untyped-def]
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg


def _zh_topic(prev: str) -> str | None:
    body = _body(prev)
    if "的" in body and body.index("的") > 0:
        return body[: body.index("的")]
    nouns: list[str] = []
    for word in _posseg().cut(body):
        if word.flag.startswith("n") or word.flag == "eng" or (nouns and word.flag == "m"):
            nouns.append(word.word)
        elif nouns:
            break
    return "".join(nouns).strip() or None


def _rewrite_chinese(question: str, prev: str) -> tuple[str | None, bool]:
    body = _body(prev)
    follow = _ZH_FOLLOWUP.match(question.strip())
    if follow:
        x = follow.group("x").strip()
        x_words = list(_posseg().cut(x))
        flag = x_words[0].flag if len(x_words) == 1 else ""
        for word in _posseg().cut(body):
            if flag[:2] in ("ns", "nr", "nt", "nz") and word.flag == flag and word.word != x:
                return body.replace(word.word, x, 1) + "？", True
        # "二线城市" after "...一线城市...": the same kind of thing, sharing its last characters.
        for k in range(len(x) - 1, 0, -1):
            at = body.find(x[-k:])
            if at >= len(x) - k and all(_CJK.match(c) for c in body[at - (len(x) - k) : at]):
                start = at - (len(x) - k)
                if body[start : at + k] != x:
                    return body[:start] + x + body[at + k :] + "？", True
        topic = _zh_topic(prev)
        if topic and topic in body:
            return body.replace(topic, x, 1) + "？", True
        return None, True
    pronoun = _ZH_PRONOUN.match(question.strip())
    if pronoun:
        topic = _zh_topic(prev)
        if topic:
            return topic + question.strip()[pronoun.end() :], True
        return None, True
    return None, False


# -- model fallback -----------------------------------------------------------------------------
_REWRITE_PROMPT = (
    "Rewrite the user's last question as one standalone question that can be understood without "
    "the conversation. Keep its language. Reply with the question only."
)


def _ask_model(
    question: str, history: Sequence[tuple[str, str]], chat_model: BaseChatModel
) -> str | None:
    turns = "\n".join(f"User: {u}\nAssistant: {a[:300]}" for u, a in history[-3:])
    try:
        reply = chat_model.invoke(
            [
                SystemMessage(_REWRITE_PROMPT),
                HumanMessage(f"{turns}\nUser: {question}\n\nStandalone question:"),
            ]
        ).text
    except (KbqaError, OSError, ValueError, RuntimeError) as exc:
        # A rewrite is an optimisation: answer the original question instead.
        log.warning("question rewrite by the chat model failed: %s", exc)
        return None
    line = reply.strip().splitlines()[0].strip().strip("\"'“”") if reply.strip() else ""
    return line if 0 < len(line) <= 4 * len(question) + 200 else None


def rewrite_question(
    question: str,
    history: Sequence[tuple[str, str]],
    chat_model: BaseChatModel | None = None,
) -> str:
    """Make a follow-up question standalone.

    Args:
        question: The user's new question.
        history: Earlier turns as (user question, assistant answer), oldest first.
        chat_model: Used only when the question looks like a follow-up the rules cannot resolve,
            and only if it is not the weak bundled model.

    Returns:
        The standalone question; ``question`` unchanged when it already stands alone.
    """
    question = question.strip()
    if not history or not question:
        return question
    # The previous question may itself have been a follow-up.
    prev = rewrite_question(history[-1][0], history[:-1])
    if _CJK.search(question):
        rewritten, follow_up = _rewrite_chinese(question, prev)
    else:
        rewritten, follow_up = _rewrite_english(question, prev)
    if rewritten:
        return rewritten
    if follow_up and chat_model is not None and not is_weak_model(chat_model):
        return _ask_model(question, history, chat_model) or question
    return question
