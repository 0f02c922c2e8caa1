"""Prometheus metrics of one kbqa process: the REST server's ``/metrics``, or the Streamlit
process's metrics port (``KBQA_METRICS_PORT``).

Every name starts with ``kbqa_`` and uses base units (seconds, bytes). Counters and histograms are
filled by the answering and ingest code (``observe_answer``, ``observe_error``,
``observe_first_token``, ``observe_ingest``); the index size and the LLM endpoint's availability
are read at scrape time from the knowledge bases passed to ``register_knowledge_base``.

Metrics (``deploy/grafana/kbqa-dashboard.json`` charts them):

- ``kbqa_questions_total{outcome, mode, backend}``: outcome ``answered``/``refused``/``error``/
  ``cancelled`` (a streaming caller left before the answer); mode is ``Answer.mode``
  (``generated``, ``extractive``, ``refused``, ``error``, ``cancelled``).
- ``kbqa_refusals_total{reason}``: ``no_passages``, ``low_relevance`` (best passage below
  ``refuse_below``), ``missing_terms`` (a name or number of the question is in no passage).
- ``kbqa_errors_total{operation, type}``: by exception class, failed asks (``ask``), failed
  ingest runs (``ingest``) and model calls that failed when the answer fell back to quoting the
  passages (``llm``: the question was still answered).
- Histograms: ``kbqa_rewrite_seconds``, ``kbqa_retrieval_seconds``,
  ``kbqa_generation_seconds{backend}``, ``kbqa_ask_seconds{outcome}`` (end to end),
  ``kbqa_time_to_first_token_seconds{backend}`` (from the question to the model's first token),
  ``kbqa_time_to_first_sentence_seconds{backend}`` (to the first verified sentence shown).
- Verification of generated answers (``observe_verification``), per backend:
  ``kbqa_generated_sentences_total{backend, outcome}`` (``kept``/``dropped`` model sentences) and
  ``kbqa_generated_answers_total{backend}`` / ``kbqa_answers_with_verified_sentence_total{backend}``
  (answers the model was asked for / those showing at least one of its sentences): a model that
  is not helping has most sentences dropped and few answers with a verified sentence.
- Ingest: ``kbqa_ingest_files_total{status}``, ``kbqa_ingest_failures_total{reason}`` (the
  failure class: ``corrupt``, ``encrypted``, ``no_text``, ``timeout``...),
  ``kbqa_ingest_chunks_added_total``, ``kbqa_ingest_chunks_removed_total``,
  ``kbqa_ingest_bytes_total`` (files parsed), ``kbqa_ingest_stage_seconds_total{stage}``,
  ``kbqa_ingest_run_seconds`` (histogram; throughput = rate of chunks / rate of its sum).
- Scrape time: ``kbqa_index_documents{data_dir, collection}``, ``kbqa_index_chunks{...}``,
  ``kbqa_index_vectors{data_dir}`` (the FAISS index loaded in this process, or the Milvus
  collection it has opened, counted once per write; absent before either), ``kbqa_llm_up{backend, endpoint}`` (1/0) and
  ``kbqa_llm_last_check_timestamp_seconds{backend, endpoint}``.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
import time
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    start_http_server,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

if TYPE_CHECKING:
    from kbqa.knowledge_base import KnowledgeBase
    from kbqa.qa import Answer
    from kbqa.report import IngestReport
    from kbqa.settings import Settings

__all__ = [
    "REGISTRY",
    "exposition",
    "observe_answer",
    "observe_cancelled",
    "observe_error",
    "observe_first_sentence",
    "observe_first_token",
    "observe_ingest",
    "observe_verification",
    "verification_rates",
    "register_knowledge_base",
    "serve",
]

log = logging.getLogger(__name__)

REGISTRY = CollectorRegistry(auto_describe=True)
"""kbqa's own registry (not the global default one, so tests and embedders stay isolated)."""

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0,
                   60.0, 120.0)
"""From a cached retrieval (ms) to a long answer from a small model on a CPU server (2 min)."""
INGEST_BUCKETS = (0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0)

LLM_CHECK_INTERVAL_S = 15.0
"""The LLM endpoint is probed at most this often; scrapes in between report the last result."""
LLM_CHECK_TIMEOUT_S = 2.0

def _counter(name: str, doc: str, *labels: str) -> Counter:
    return Counter(name, doc, labels, registry=REGISTRY)


def _histogram(name: str, doc: str, *labels: str, buckets: tuple[float, ...] = LATENCY_BUCKETS
               ) -> Histogram:
    return Histogram(name, doc, labels, buckets=buckets, registry=REGISTRY)


_QUESTIONS = _counter("kbqa_questions", "Questions asked, by outcome (answered, refused, error, "
                      "cancelled), "
                      "answer mode and LLM backend", "outcome", "mode", "backend")
_REFUSALS = _counter("kbqa_refusals", "Refused questions by reason (no_passages, low_relevance, "
                     "missing_terms)", "reason")
_ERRORS = _counter("kbqa_errors", "Failures by operation (ask, ingest, llm: a model call the "
                   "answer survived by quoting) and exception class", "operation", "type")
_REWRITE = _histogram("kbqa_rewrite_seconds", "Follow-up question rewriting time")
_RETRIEVAL = _histogram("kbqa_retrieval_seconds",
                        "Retrieval time (hybrid search and permission filter)")
_GENERATION = _histogram("kbqa_generation_seconds",
                         "Answer time (model call, or extraction, and verification)", "backend")
_ASK = _histogram("kbqa_ask_seconds", "End-to-end time of a question", "outcome")
_FIRST_TOKEN = _histogram("kbqa_time_to_first_token_seconds",
                          "Time from the question to the model's first streamed token", "backend")
_FIRST_SENTENCE = _histogram("kbqa_time_to_first_sentence_seconds", "Time from the question to "
                             "the first verified sentence of the answer", "backend")
_SENTENCES = _counter("kbqa_generated_sentences", "Model sentences checked by verification, by "
                      "outcome (kept: shown; dropped: unsupported)", "backend", "outcome")
_GENERATED = _counter("kbqa_generated_answers", "Answers a model was asked to write", "backend")
_VERIFIED = _counter("kbqa_answers_with_verified_sentence", "Answers showing at least one "
                     "verified model sentence", "backend")
_INGEST_FILES = _counter("kbqa_ingest_files", "Files seen by ingest runs, by status (ingested, "
                         "replaced, unchanged, regrouped, failed, skipped, pruned)", "status")
_INGEST_FAILURES = _counter("kbqa_ingest_failures",
                            "Files that failed to ingest, by failure class", "reason")
_CHUNKS_ADDED = _counter("kbqa_ingest_chunks_added", "Chunks added to the index by ingest runs")
_CHUNKS_REMOVED = _counter("kbqa_ingest_chunks_removed",
                           "Chunks removed from the index by ingest runs (replaced or pruned)")
_INGEST_BYTES = _counter("kbqa_ingest_bytes", "Size of the files parsed by ingest runs")
_INGEST_STAGES = _counter("kbqa_ingest_stage_seconds", "Ingest time per stage", "stage")
_INGEST_RUN = _histogram("kbqa_ingest_run_seconds", "Duration of ingest runs",
                         buckets=INGEST_BUCKETS)


# -- answering ----------------------------------------------------------------------------------
def observe_answer(answer: Answer, kb: KnowledgeBase | None = None) -> None:
    """Count a finished question and its stage timings.

    Args:
        answer: The answer given (a refusal included).
        kb: The knowledge base that answered: registered for the scrape-time gauges.
    """
    if kb is not None:
        register_knowledge_base(kb)
    outcome = "refused" if answer.refused else "answered"
    _QUESTIONS.labels(outcome, answer.mode, answer.backend or "none").inc()
    if answer.refused:
        _REFUSALS.labels(answer.refusal_reason or "other").inc()
    _observe_timings(answer, outcome)


def observe_error(exc: BaseException, answer: Answer | None = None, *,
                  operation: str = "ask") -> None:
    """Count a failed operation.

    Args:
        exc: What was raised.
        answer: For a failed ask, what was known when it failed (its timings so far).
        operation: ``ask``, ``ingest``, or ``llm`` (a failed model call the answer survived by
            quoting the passages).
    """
    _ERRORS.labels(operation, type(exc).__name__).inc()
    if answer is not None:
        _QUESTIONS.labels("error", "error", answer.backend or "none").inc()
        _observe_timings(answer, "error")


def observe_cancelled(answer: Answer) -> None:
    """Count a streamed question whose caller stopped reading before the answer, with the
    timings it got to (``answer``: what was known then)."""
    _QUESTIONS.labels("cancelled", "cancelled", answer.backend or "none").inc()
    _observe_timings(answer, "cancelled")


def observe_first_token(seconds: float, backend: str) -> None:
    """Record the time from the question to the first streamed token of the model's draft."""
    _FIRST_TOKEN.labels(backend or "none").observe(seconds)


def observe_first_sentence(seconds: float, backend: str) -> None:
    """Record the time from the question to the first verified sentence streamed."""
    _FIRST_SENTENCE.labels(backend or "none").observe(seconds)


def observe_verification(backend: str, kept: int, dropped: int) -> None:
    """Count one answer a model was asked to write: its sentences kept and dropped."""
    _GENERATED.labels(backend).inc()
    _SENTENCES.labels(backend, "kept").inc(kept)
    _SENTENCES.labels(backend, "dropped").inc(dropped)
    if kept:
        _VERIFIED.labels(backend).inc()


def verification_rates() -> dict[str, dict[str, float]]:
    """Per backend, this process's counts since it started: ``answers``, ``verified_answers``,
    ``kept`` and ``dropped`` sentences (for the admin page)."""
    rates: dict[str, dict[str, float]] = {}
    for family, key in ((_GENERATED, "answers"), (_VERIFIED, "verified_answers"),
                        (_SENTENCES, "")):
        for metric in family.collect():
            for sample in metric.samples:
                if sample.name.endswith("_total"):
                    row = rates.setdefault(sample.labels["backend"], dict.fromkeys(
                        ("answers", "verified_answers", "kept", "dropped"), 0.0))
                    row[key or sample.labels["outcome"]] += sample.value
    return rates


def _observe_timings(answer: Answer, outcome: str) -> None:
    t = answer.timings
    if "rewrite_s" in t:
        _REWRITE.observe(t["rewrite_s"])
    if "retrieve_s" in t:
        _RETRIEVAL.observe(t["retrieve_s"])
    if "generate_s" in t:
        _GENERATION.labels(answer.backend or "none").observe(t["generate_s"])
    if "total_s" in t:
        _ASK.labels(outcome).observe(t["total_s"])


# -- ingest -------------------------------------------------------------------------------------
def observe_ingest(report: IngestReport, kb: KnowledgeBase | None = None) -> None:
    """Count what an ingest run did: files by status, failures by class, chunks, bytes, time."""
    if kb is not None:
        register_knowledge_base(kb)
    for outcome in report.files:
        _INGEST_FILES.labels(outcome.status).inc()
        if outcome.status == "failed":
            _INGEST_FAILURES.labels(outcome.kind or "error").inc()
        elif outcome.status in ("ingested", "replaced"):
            try:
                _INGEST_BYTES.inc(Path(outcome.path).stat().st_size)
            except OSError:  # gone since: its size is no longer known
                pass
    _CHUNKS_ADDED.inc(report.chunks_added)
    _CHUNKS_REMOVED.inc(report.chunks_removed)
    for stage, seconds in report.stages_s.items():
        if stage != "total" and seconds > 0:
            _INGEST_STAGES.labels(stage).inc(seconds)
    if "total" in report.stages_s:
        _INGEST_RUN.observe(report.stages_s["total"])


# -- scrape-time gauges -------------------------------------------------------------------------
_KBS: weakref.WeakSet[KnowledgeBase] = weakref.WeakSet()
_KBS_LOCK = threading.Lock()


def register_knowledge_base(kb: KnowledgeBase) -> None:
    """Report ``kb``'s index size and LLM endpoint availability at every scrape (idempotent;
    a knowledge base no longer used anywhere drops out)."""
    with _KBS_LOCK:
        _KBS.add(kb)


def _knowledge_bases() -> list[KnowledgeBase]:
    with _KBS_LOCK:
        return list(_KBS)


class _IndexSizeCollector(Collector):
    """Documents and chunks per collection from the store, recounted only when its generation
    (bumped by every write) has moved; vectors from the index this process has loaded."""

    def __init__(self) -> None:
        self._counts: dict[str, tuple[int, list[tuple[str, int, int]]]] = {}

    def describe(self) -> Iterable[Metric]:
        return self._families()

    @staticmethod
    def _families() -> tuple[GaugeMetricFamily, GaugeMetricFamily, GaugeMetricFamily]:
        return (
            GaugeMetricFamily("kbqa_index_documents", "Documents in the knowledge base",
                              labels=["data_dir", "collection"]),
            GaugeMetricFamily("kbqa_index_chunks", "Chunks (indexed passages) in the knowledge "
                              "base", labels=["data_dir", "collection"]),
            GaugeMetricFamily("kbqa_index_vectors", "Vectors in the index loaded by this process",
                              labels=["data_dir"]),
        )

    def collect(self) -> Iterator[Metric]:
        documents, chunks, vectors = self._families()
        seen: set[str] = set()
        for kb in _knowledge_bases():
            where = str(kb.data_dir)
            if where in seen:  # two objects over one data dir: one series, not duplicates
                continue
            seen.add(where)
            try:
                rows = self._per_collection(kb, where)
                loaded = kb._indexes.loaded_vector_count()  # never loads: a scrape stays cheap
            except Exception as exc:  # a scrape must not fail because the database is down
                log.warning("metrics: cannot count the documents of %s: %s", where, exc)
                continue
            for collection, n_documents, n_chunks in rows:
                documents.add_metric([where, collection], n_documents)
                chunks.add_metric([where, collection], n_chunks)
            if loaded is not None:
                vectors.add_metric([where], loaded)
        yield from (documents, chunks, vectors)

    def _per_collection(self, kb: KnowledgeBase, where: str) -> list[tuple[str, int, int]]:
        from sqlalchemy import func, select

        from kbqa.store import DocumentRow

        generation = kb.store.generation()
        cached = self._counts.get(where)
        if cached is not None and cached[0] == generation:
            return cached[1]
        with kb.store.session() as s:
            rows = s.execute(
                select(DocumentRow.collection, func.count(DocumentRow.id),
                       func.coalesce(func.sum(DocumentRow.n_chunks), 0))
                .group_by(DocumentRow.collection)
            ).all()
        counts = [(str(c), int(d), int(n)) for c, d, n in rows]
        self._counts[where] = (generation, counts)
        return counts


class _LlmCollector(Collector):
    """Whether each registered knowledge base's LLM endpoint answers, probed at most every
    ``LLM_CHECK_INTERVAL_S`` with a short timeout; one probe at a time per endpoint, other
    scrapes meanwhile report the last result."""

    def __init__(self) -> None:
        self._results: dict[tuple[str, str], tuple[float, float]] = {}  # -> (up, checked at)
        self._probing: dict[tuple[str, str], threading.Lock] = {}
        self._lock = threading.Lock()

    def describe(self) -> Iterable[Metric]:
        return self._families()

    @staticmethod
    def _families() -> tuple[GaugeMetricFamily, GaugeMetricFamily]:
        labels = ["backend", "endpoint"]
        return (
            GaugeMetricFamily("kbqa_llm_up", "1 when the LLM endpoint answered its last check, "
                              "else 0", labels=labels),
            GaugeMetricFamily("kbqa_llm_last_check_timestamp_seconds",
                              "When the LLM endpoint was last checked (Unix time)",
                              labels=labels),
        )

    def collect(self) -> Iterator[Metric]:
        up, checked = self._families()
        targets = {_llm_target(kb.settings): kb.settings for kb in _knowledge_bases()
                   if kb.settings.llm_backend != "none"}  # no model, nothing to probe
        for key, settings in targets.items():
            result = self._result(key, settings)
            if result is not None:
                up.add_metric(list(key), result[0])
                checked.add_metric(list(key), result[1])
        yield from (up, checked)

    def _result(self, key: tuple[str, str], settings: Settings) -> tuple[float, float] | None:
        with self._lock:
            last = self._results.get(key)
            probing = self._probing.setdefault(key, threading.Lock())
        if last is not None and time.time() - last[1] < LLM_CHECK_INTERVAL_S:
            return last
        if not probing.acquire(blocking=False):  # another scrape is probing it right now
            return last
        try:
            result = (1.0 if _llm_available(settings) else 0.0, time.time())
            with self._lock:
                self._results[key] = result
            return result
        finally:
            probing.release()


def _llm_target(settings: Settings) -> tuple[str, str]:
    """(backend, endpoint): the API root without credentials, or the model file's name."""
    if settings.llm_backend == "openai":
        parts = urlsplit(settings.llm_base_url)
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        return "openai", urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))
    return settings.llm_backend, Path(settings.llm_model).name if settings.llm_model else "bundled"


def _llm_available(settings: Settings) -> bool:
    """openai: ``GET {base_url}/models`` answers 200 within ``LLM_CHECK_TIMEOUT_S``; embedded:
    the GGUF file exists and llama-cpp-python is installed."""
    if settings.llm_backend == "openai":
        from kbqa.llm.openai_compat import list_models

        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
        return list_models(settings.llm_base_url, key, LLM_CHECK_TIMEOUT_S) is not None
    from kbqa.errors import KbqaError
    from kbqa.llm.embedded import resolve_gguf

    try:
        resolve_gguf(settings.llm_model)
    except KbqaError:
        return False
    return importlib.util.find_spec("llama_cpp") is not None


REGISTRY.register(_IndexSizeCollector())
REGISTRY.register(_LlmCollector())


# -- exposition ---------------------------------------------------------------------------------
def exposition() -> tuple[bytes, str]:
    """The metrics in Prometheus' text format, and its content type."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


_SERVED: dict[str, object] = {}
_SERVE_LOCK = threading.Lock()


def serve(port: int, host: str = "127.0.0.1") -> bool:
    """Serve ``/metrics`` over HTTP on ``host:port`` from a background thread, once per process
    (Streamlit reruns the app script for every interaction; later calls do nothing).

    Returns:
        True when this call started the server.

    Raises:
        ConfigError: the port cannot be opened (in use, or a privileged port).
    """
    with _SERVE_LOCK:
        if _SERVED:
            return False
        try:
            _SERVED["server"] = start_http_server(port, addr=host, registry=REGISTRY)
        except OSError as exc:
            from kbqa.errors import ConfigError

            raise ConfigError(
                f"cannot serve metrics on {host}:{port} ({exc.strerror or exc}); choose a free "
                "port with KBQA_METRICS_PORT (one per process) or unset it"
            ) from exc
        log.info("Prometheus metrics on http://%s:%d/metrics", host, port)
        return True
