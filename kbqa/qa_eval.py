"""Question-answering quality on SQuAD-format sets (XQuAD en/zh, CMRC 2018), end to end.

The contexts are written as text files and ingested through the real pipeline (parse, mask,
chunk, embed, index) into a throw-away data dir; every question is asked through
``KnowledgeBase.ask``. A share of the articles (``holdout``) is *not* ingested: their questions
make the synthetic unanswerable set (topics absent from the knowledge base), which measures
refusal precision and recall.

Metrics over the answerable questions:

* ``hit_at_k``: a retrieved passage (the ``top_k`` given to the model) contains a reference answer.
* ``containment``: a reference answer is contained in the answer text (normalized).
* ``f1``: SQuAD token F1 of the answer text against the best reference (characters for Chinese,
  as CMRC scores it), citation marks and quotes removed.
* ``citation_accuracy``: of the answered questions, the share whose cited passages contain a
  reference answer.
* ``refusal_rate``: refused answerable questions.
* ``quotes_per_answer``: of the answered questions, the mean number of cited pieces of the answer
  (a piece ends at a citation mark: a quoted sentence, or a generated sentence).
* ``quotes_without_reference``: the share of those pieces that contain no reference answer
  (stray quotes).

Over all questions: ``refusal_precision`` (refused questions that were unanswerable) and
``refusal_recall`` (unanswerable questions refused).
"""

from __future__ import annotations

import json
import random
import re
import string
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kbqa.errors import ConfigError
from kbqa.textmatch import CJK

__all__ = ["QaItem", "cited_pieces", "evaluate_qa", "load_squad", "squad_items", "token_f1", "write_corpus"]

_CITATION = re.compile(r"\[\d+(?:\s*,\s*\d+)*\]")
_PUNCT = set(string.punctuation) | set("“”‘’「」『』《》（）【】，。！？；：、…—")
EVAL_USER = "eval"
"""Registered in the throw-away knowledge base the evaluation asks through."""


@dataclass(frozen=True)
class QaItem:
    """One question with its reference answers."""

    question: str
    answers: tuple[str, ...]


def load_squad(path: str | Path) -> list[dict[str, Any]]:
    """The articles of a SQuAD v1 file (``data`` list of ``title`` + ``paragraphs``)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))["data"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"{path} is not a readable SQuAD-format file: {exc}") from exc
    if not isinstance(data, list) or not data:
        raise ConfigError(f"{path} holds no articles")
    return data


def squad_items(articles: Sequence[dict[str, Any]]) -> list[QaItem]:
    """Every question with at least one reference answer, in file order."""
    items = []
    for article in articles:
        for paragraph in article["paragraphs"]:
            for qa in paragraph["qas"]:
                answers = tuple(dict.fromkeys(a["text"] for a in qa.get("answers", []) if a["text"]))
                if answers:
                    items.append(QaItem(qa["question"], answers))
    return items


def write_corpus(articles: Sequence[dict[str, Any]], folder: Path) -> None:
    """One text file per paragraph: the article title, a blank line, the context."""
    folder.mkdir(parents=True, exist_ok=True)
    for a, article in enumerate(articles):
        title = str(article.get("title") or f"article {a}")
        safe = re.sub(r"[^\w-]+", "_", title)[:60]
        for p, paragraph in enumerate(article["paragraphs"]):
            (folder / f"{a:03d}_{safe}_{p:02d}.txt").write_text(
                f"{title}\n\n{paragraph['context']}\n", encoding="utf-8"
            )


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", _CITATION.sub(" ", text)).lower()
    text = "".join(" " if c in _PUNCT else c for c in text)
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def _tokens(text: str) -> list[str]:
    normalized = _normalize(text)
    if CJK.search(normalized):  # CMRC scores Chinese by characters
        return [c for c in normalized if not c.isspace()]
    return normalized.split()


def token_f1(prediction: str, reference: str) -> float:
    """SQuAD token F1 (characters for Chinese) after normalization."""
    pred, ref = _tokens(prediction), _tokens(reference)
    common = sum((Counter(pred) & Counter(ref)).values())
    if not pred or not ref or common == 0:
        return 0.0
    precision, recall = common / len(pred), common / len(ref)
    return 2 * precision * recall / (precision + recall)


def cited_pieces(text: str) -> list[str]:
    """The pieces of an answer that end at a citation mark (quotes or generated sentences)."""
    return [p for p in _CITATION.split(text) if re.search(r"\w", p)]


def _contains(text: str, answers: Sequence[str]) -> bool:
    haystack = _normalize(text)
    squeezed = haystack.replace(" ", "")
    for answer in answers:
        needle = _normalize(answer)
        if not needle:
            continue
        if needle in haystack or (CJK.search(needle) and needle.replace(" ", "") in squeezed):
            return True
    return False


def evaluate_qa(
    path: str | Path,
    work_dir: Path,
    *,
    max_questions: int | None = 200,
    holdout: float = 0.2,
    seed: int = 0,
    use_llm: bool = True,
    settings: Any = None,
    log: Callable[[str], None] = lambda _msg: None,
) -> dict[str, Any]:
    """Ingest a SQuAD file's contexts (minus held-out articles) and ask its questions.

    Args:
        path: SQuAD v1 JSON file.
        work_dir: Empty folder for the throw-away knowledge base and corpus files.
        max_questions: Answerable questions asked (a seeded sample); the unanswerable set has a
            quarter as many. None: all.
        holdout: Share of the articles left out of the knowledge base (the last ones).
        seed: Sampling seed.
        use_llm: False answers extractively, without the model.
        settings: ``Settings`` for the knowledge base (LLM backend, ...); default from the env.

    Returns:
        A JSON-ready dict: sizes, metrics, timings, the model used.
    """
    from kbqa.knowledge_base import KnowledgeBase
    from kbqa.settings import Settings

    articles = load_squad(path)
    if not 0 <= holdout < 1:
        raise ConfigError(f"holdout must be in [0, 1), not {holdout}")
    n_held = min(len(articles) - 1, round(len(articles) * holdout))
    inside, held = articles[: len(articles) - n_held], articles[len(articles) - n_held :]
    rng = random.Random(seed)
    answerable = squad_items(inside)
    rng.shuffle(answerable)
    unanswerable = squad_items(held)
    rng.shuffle(unanswerable)
    if max_questions is not None:
        answerable = answerable[:max_questions]
        unanswerable = unanswerable[: max(1, max_questions // 4)] if held else []

    settings = (settings or Settings()).model_copy(update={"data_dir": work_dir / "kb"})
    write_corpus(inside, work_dir / "corpus")
    started = time.perf_counter()
    kb = KnowledgeBase(settings=settings)
    log(f"ingesting {len(inside)} of {len(articles)} articles")
    report = kb.ingest(work_dir / "corpus")
    kb.users.add(EVAL_USER)  # the corpus has no groups: a user in none sees all of it
    ingest_s = time.perf_counter() - started

    totals: Counter[str] = Counter()
    f1_sum = 0.0
    latencies = []
    backend = model = ""
    for i, item in enumerate(answerable + unanswerable):
        if i % 50 == 0:
            log(f"question {i + 1} of {len(answerable) + len(unanswerable)}")
        answer = kb.ask(item.question, user=EVAL_USER, use_llm=use_llm)
        backend, model = answer.backend, answer.model
        latencies.append(answer.timings["total_s"])
        if i >= len(answerable):
            totals["unanswerable_refused"] += answer.refused
            continue
        chunks = kb.store.chunks_by_id([cid for cid, _ in answer.retrieved])
        totals["hit"] += any(_contains(c.text, item.answers) for c, _ in chunks.values())
        if answer.refused:
            totals["answerable_refused"] += 1
            continue
        totals["contained"] += _contains(answer.text, item.answers)
        pieces = cited_pieces(answer.text)
        totals["pieces"] += len(pieces)
        totals["stray"] += sum(not _contains(p, item.answers) for p in pieces)
        f1_sum += max(token_f1(answer.text.replace('"', " "), a) for a in item.answers)
        cited = kb.store.chunks_by_id([c.chunk_id for c in answer.citations])
        totals["cited_ok"] += any(_contains(c.text, item.answers) for c, _ in cited.values())
        totals["answered"] += 1

    n_pos, n_neg = len(answerable), len(unanswerable)
    refused = totals["answerable_refused"] + totals["unanswerable_refused"]
    latencies.sort()

    def share(value: float, n: int) -> float | None:
        return round(value / n, 4) if n else None

    return {
        "file": str(path),
        "articles": len(articles),
        "articles_held_out": n_held,
        "chunks": report.counts["chunks_added"],
        "answerable": n_pos,
        "unanswerable": n_neg,
        "llm": {"backend": backend, "model": model} if use_llm else {"backend": "none"},
        "metrics": {
            "hit_at_k": share(totals["hit"], n_pos),
            # Containment and F1 count a refusal of an answerable question as a miss.
            "containment": share(totals["contained"], n_pos),
            "f1": share(f1_sum, n_pos),
            "citation_accuracy": share(totals["cited_ok"], totals["answered"]),
            "refusal_rate": share(totals["answerable_refused"], n_pos),
            "quotes_per_answer": share(totals["pieces"], totals["answered"]),
            "quotes_without_reference": share(totals["stray"], totals["pieces"]),
            "refusal_precision": share(totals["unanswerable_refused"], refused),
            "refusal_recall": share(totals["unanswerable_refused"], n_neg),
        },
        "top_k": settings.top_k,
        "timings": {
            "ingest_s": round(ingest_s, 2),
            "ask_p50_s": round(latencies[len(latencies) // 2], 3) if latencies else None,
            "ask_p95_s": round(latencies[int(0.95 * (len(latencies) - 1))], 3) if latencies else None,
        },
    }
