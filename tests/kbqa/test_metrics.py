"""Prometheus metrics (``kbqa.metrics``) after real traffic: a real knowledge base ingests and
answers, a real llama.cpp OpenAI-compatible server streams an answer, and the exposition is
parsed with prometheus_client's own parser. Also: the Grafana dashboard only charts metrics that
exist, and the Streamlit process serves them on ``KBQA_METRICS_PORT``."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import httpx
import psutil
import pytest
from prometheus_client.parser import text_string_to_metric_families

from kbqa import Answer, KnowledgeBase, Settings, metrics
from kbqa.errors import ConfigError, LLMUnavailableError
from llm_server import free_port, stop_process
from tests.conftest import REPO, STAFF, ensure_user, streamlit_command
from tests.requirements import needs_bundled_gguf, needs_chromium, needs_module

DASHBOARD = REPO / "deploy" / "grafana" / "kbqa-dashboard.json"
PROMETHEUS_CONFIG = REPO / "deploy" / "prometheus" / "prometheus.yml"

DOCS = {
    "parking.md": "# Parking\n\nVisitors park in lot C behind the warehouse. Staff park in lot A "
                  "next to the main entrance.\n",
    "canteen.md": "# Canteen\n\nThe canteen serves lunch from 11:30 to 14:00 on weekdays.\n",
}
BROKEN = "broken.pdf"  # not a PDF at all: fails as "corrupt"

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def scrape(body: bytes | None = None) -> Samples:
    """Every sample of the exposition (or of ``body``), keyed by (name, sorted labels)."""
    if body is None:
        body, content_type = metrics.exposition()
        assert content_type.startswith("text/plain")
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(body.decode())
        for s in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def delta(before: Samples, after: Samples, name: str, **labels: str) -> float:
    return value(after, name, **labels) - value(before, name, **labels)


def closed_port() -> int:
    """A port nothing listens on (bound, then released)."""
    return free_port()


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """A knowledge base over DOCS plus one broken file, and the samples around its ingest."""
    root = tmp_path_factory.mktemp("metrics")
    docs = root / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    (docs / BROKEN).write_bytes(b"this is not a PDF, only its name says so\n")
    # The LLM endpoint is a closed port: extractive answers only, and it must report as down.
    settings = Settings(llm_backend="openai", llm_base_url=f"http://127.0.0.1:{closed_port()}/v1",
                        llm_max_retries=0, llm_timeout_s=5, llm_fallback=False)
    kb = KnowledgeBase(root / "kb", settings=settings)
    before = scrape()
    report = kb.ingest(docs)
    after = scrape()
    ensure_user(kb)
    return kb, docs, report, before, after


# -- ingest -------------------------------------------------------------------------------------
def test_ingest_counts_files_by_status_failures_by_class_chunks_bytes_and_time(ingested):
    kb, docs, report, before, after = ingested
    assert report.counts["ingested"] == 2 and report.counts["failed"] == 1
    assert [f.kind for f in report.failures] == ["corrupt"]

    assert delta(before, after, "kbqa_ingest_files_total", status="ingested") == 2
    assert delta(before, after, "kbqa_ingest_files_total", status="failed") == 1
    assert delta(before, after, "kbqa_ingest_failures_total", reason="corrupt") == 1
    chunks = kb.store.chunk_count()
    assert chunks >= 2 and report.chunks_added == chunks
    assert delta(before, after, "kbqa_ingest_chunks_added_total") == chunks
    good_bytes = sum((docs / name).stat().st_size for name in DOCS)
    assert delta(before, after, "kbqa_ingest_bytes_total") == good_bytes
    assert delta(before, after, "kbqa_ingest_run_seconds_count") == 1
    assert delta(before, after, "kbqa_ingest_run_seconds_sum") == pytest.approx(
        report.stages_s["total"])
    assert delta(before, after, "kbqa_ingest_stage_seconds_total", stage="embed") == (
        pytest.approx(report.stages_s["embed"]))
    assert delta(before, after, "kbqa_ingest_stage_seconds_total", stage="embed") > 0


def test_reingest_counts_unchanged_files_and_no_new_chunks(ingested):
    kb, docs, _, _, _ = ingested
    before = scrape()
    kb.ingest(docs)
    after = scrape()
    assert delta(before, after, "kbqa_ingest_files_total", status="unchanged") == 2
    assert delta(before, after, "kbqa_ingest_files_total", status="ingested") == 0
    assert delta(before, after, "kbqa_ingest_failures_total", reason="corrupt") == 1
    assert delta(before, after, "kbqa_ingest_chunks_added_total") == 0
    assert delta(before, after, "kbqa_ingest_bytes_total") == 0
    assert delta(before, after, "kbqa_ingest_run_seconds_count") == 1


def test_a_failed_ingest_run_is_counted_as_an_error(ingested, tmp_path):
    kb, _, _, _, _ = ingested
    before = scrape()
    with pytest.raises(ConfigError):
        kb.ingest(tmp_path / "no-such-folder")
    after = scrape()
    assert delta(before, after, "kbqa_errors_total", operation="ingest", type="ConfigError") == 1
    assert delta(before, after, "kbqa_ingest_run_seconds_count") == 0


def test_index_size_gauges_match_the_store_and_follow_a_deletion(ingested, tmp_path):
    kb, docs, _, _, _ = ingested
    where = str(kb.data_dir)
    samples = scrape()
    assert value(samples, "kbqa_index_documents", data_dir=where, collection="default") == 2
    assert value(samples, "kbqa_index_chunks", data_dir=where,
                 collection="default") == kb.store.chunk_count()
    # A second collection is counted apart; a deletion shows at the next scrape.
    extra = tmp_path / "extra.md"
    extra.write_text("# Bikes\n\nBicycles go to the basement cage on level -2.\n")
    kb.ingest(extra, collection="facilities")
    samples = scrape()
    assert value(samples, "kbqa_index_documents", data_dir=where, collection="facilities") == 1
    assert value(samples, "kbqa_index_documents", data_dir=where, collection="default") == 2
    (doc,) = kb.documents("facilities")
    kb.delete_document(doc.id)
    samples = scrape()
    assert ("kbqa_index_documents", (("collection", "facilities"), ("data_dir", where))) \
        not in samples
    assert value(samples, "kbqa_index_chunks", data_dir=where,
                 collection="default") == kb.store.chunk_count()
    # Vectors: the index this process loaded for the ingest, with every chunk in it.
    assert value(samples, "kbqa_index_vectors", data_dir=where) == kb.store.chunk_count()


# -- questions ----------------------------------------------------------------------------------
def _expected_refusal_reason(answer) -> str:
    """Read from what the user is told, not from how kbqa.metrics decides."""
    if "mentions" in answer.text:
        return "missing_terms"
    return "low_relevance" if answer.retrieved else "no_passages"


def test_questions_refusals_and_latency_histograms_move_by_what_was_asked(ingested):
    kb, _, _, _, _ = ingested
    before = scrape()
    answered = kb.ask("Where do visitors park?", user=STAFF, use_llm=False)
    off_topic = kb.ask("What is the capital of Peru?", user=STAFF, use_llm=False)
    missing = kb.ask("Where do visitors park in lot Q9?", user=STAFF, use_llm=False)
    after = scrape()
    assert (answered.refused, off_topic.refused, missing.refused) == (False, True, True)
    assert answered.mode == "extractive"

    assert delta(before, after, "kbqa_questions_total", outcome="answered", mode="extractive",
                 backend="none") == 1
    assert delta(before, after, "kbqa_questions_total", outcome="refused", mode="refused",
                 backend="none") == 2
    reasons = [_expected_refusal_reason(a) for a in (off_topic, missing)]
    assert reasons == ["low_relevance", "missing_terms"]
    for reason in set(reasons):
        assert delta(before, after, "kbqa_refusals_total", reason=reason) == reasons.count(reason)

    asked = (answered, off_topic, missing)
    assert delta(before, after, "kbqa_retrieval_seconds_count") == 3
    assert delta(before, after, "kbqa_retrieval_seconds_sum") == pytest.approx(
        sum(a.timings["retrieve_s"] for a in asked))
    assert delta(before, after, "kbqa_generation_seconds_count", backend="none") == 3
    assert delta(before, after, "kbqa_ask_seconds_count", outcome="answered") == 1
    assert delta(before, after, "kbqa_ask_seconds_count", outcome="refused") == 2
    assert delta(before, after, "kbqa_ask_seconds_sum", outcome="refused") == pytest.approx(
        off_topic.timings["total_s"] + missing.timings["total_s"])
    # The histogram's buckets hold the observation, the answer's own end-to-end time: in the
    # first bucket at or above it and every later one, in none below.
    took = answered.timings["total_s"]
    assert delta(before, after, "kbqa_ask_seconds_sum", outcome="answered") == pytest.approx(took)
    assert delta(before, after, "kbqa_ask_seconds_bucket", outcome="answered", le="+Inf") == 1
    for bound in metrics.LATENCY_BUCKETS:
        assert delta(before, after, "kbqa_ask_seconds_bucket", outcome="answered",
                     le=str(bound)) == (1 if took <= bound else 0), (bound, took)
    # No model ran: no time to first token.
    assert delta(before, after, "kbqa_time_to_first_token_seconds_count", backend="none") == 0


def test_a_failed_ask_counts_an_error_and_the_unreachable_llm_reports_down(ingested):
    kb, _, _, _, _ = ingested
    before = scrape()
    with pytest.raises(LLMUnavailableError):
        kb.ask("Where do visitors park?", user=STAFF)  # the model is a closed port, no fallback
    after = scrape()
    assert delta(before, after, "kbqa_errors_total", operation="ask",
                 type="LLMUnavailableError") == 1
    assert delta(before, after, "kbqa_questions_total", outcome="error", mode="error",
                 backend="openai") == 1
    assert delta(before, after, "kbqa_ask_seconds_count", outcome="error") == 1
    assert delta(before, after, "kbqa_retrieval_seconds_count") == 1  # it got that far
    assert delta(before, after, "kbqa_generation_seconds_count", backend="openai") == 0

    endpoint = kb.settings.llm_base_url
    assert value(after, "kbqa_llm_up", backend="openai", endpoint=endpoint) == 0
    checked = value(after, "kbqa_llm_last_check_timestamp_seconds", backend="openai",
                    endpoint=endpoint)
    # A Unix time (not a monotonic clock reading): taken while this process ran, not later.
    assert psutil.Process().create_time() <= checked <= time.time()


def test_a_fallback_answer_counts_the_failed_model_call_not_a_failed_question(ingested):
    kb, _, _, _, _ = ingested
    lenient = KnowledgeBase(kb.data_dir, settings=kb.settings.model_copy(
        update={"llm_fallback": True}))
    before = scrape()
    answer = lenient.ask("Where do visitors park?", user=STAFF)
    after = scrape()
    assert answer.warnings and answer.mode == "extractive"  # quoted, with a warning
    assert delta(before, after, "kbqa_errors_total", operation="llm",
                 type="LLMUnavailableError") == 1
    assert delta(before, after, "kbqa_errors_total", operation="ask",
                 type="LLMUnavailableError") == 0
    assert delta(before, after, "kbqa_questions_total", outcome="answered", mode="extractive",
                 backend="none") == 1


@pytest.fixture(scope="module")
def served_answer(ingested, llama_server):
    """One answer streamed from the real llama.cpp server, and the samples around it."""
    kb, _, _, _, _ = ingested
    settings = kb.settings.model_copy(update={"llm_base_url": llama_server.base_url,
                                              "llm_max_tokens": 48, "llm_timeout_s": 120})
    served = KnowledgeBase(kb.data_dir, settings=settings)
    before = scrape()
    events, answer = [], None
    for item in served.ask_stream("Where do visitors park?", user=STAFF):
        if isinstance(item, Answer):
            answer = item
        else:
            events.append(item)
    after = scrape()
    return served, answer, events, before, after


def test_a_streamed_answer_from_a_real_server_records_time_to_first_token(served_answer):
    served, answer, events, before, after = served_answer
    assert events and answer is not None and answer.backend == "openai"
    assert delta(before, after, "kbqa_time_to_first_token_seconds_count", backend="openai") == 1
    first = delta(before, after, "kbqa_time_to_first_token_seconds_sum", backend="openai")
    # The first token comes after retrieval and before the whole answer is done.
    assert answer.timings["retrieve_s"] < first < answer.timings["total_s"]
    assert delta(before, after, "kbqa_generation_seconds_count", backend="openai") == 1
    assert delta(before, after, "kbqa_questions_total", outcome="refused" if answer.refused
                 else "answered", mode=answer.mode, backend="openai") == 1


def test_the_reachable_llm_server_reports_up(served_answer, llama_server):
    _, _, _, _, after = served_answer
    assert value(after, "kbqa_llm_up", backend="openai", endpoint=llama_server.base_url) == 1


def test_the_embedded_model_reports_up_when_its_file_exists_and_down_when_not(tmp_path):
    needs_module("llama_cpp")
    needs_bundled_gguf()
    good = KnowledgeBase(tmp_path / "good", settings=Settings(llm_backend="embedded"))
    gone = KnowledgeBase(tmp_path / "gone", settings=Settings(
        llm_backend="embedded", llm_model=str(tmp_path / "deleted.gguf")))
    metrics.register_knowledge_base(good)
    metrics.register_knowledge_base(gone)
    metrics.register_knowledge_base(good)  # idempotent: no duplicate series
    samples = scrape()
    assert value(samples, "kbqa_llm_up", backend="embedded", endpoint="bundled") == 1
    assert value(samples, "kbqa_llm_up", backend="embedded", endpoint="deleted.gguf") == 0


def test_verification_rate_counts_kept_and_dropped_model_sentences_per_backend(ingested,
                                                                              tmp_path):
    from scripted_llm import scripted_llm

    from kbqa.webapp.admin_answers import verification_table

    kb, _, _, _, _ = ingested
    draft = ("Visitors park in lot C behind the warehouse [1]. Parking in lot C costs 48,170 "
             "euros per day [1]. Staff park in lot A for 12 euros a month [1].")
    with scripted_llm(draft, tmp_path, delay_s=0.0) as url:
        served = KnowledgeBase(kb.data_dir, settings=kb.settings.model_copy(
            update={"llm_base_url": url}))
        before = scrape()
        answer = served.ask("Where do visitors park?", user=STAFF)
        after = scrape()
    assert answer.mode == "generated" and "48,170" not in answer.text
    assert delta(before, after, "kbqa_generated_answers_total", backend="openai") == 1
    assert delta(before, after, "kbqa_answers_with_verified_sentence_total", backend="openai") == 1
    assert delta(before, after, "kbqa_generated_sentences_total", backend="openai",
                 outcome="kept") == 1
    assert delta(before, after, "kbqa_generated_sentences_total", backend="openai",
                 outcome="dropped") == 2
    # The admin page's table reads the same counters.
    row = verification_table().set_index("backend").loc["openai"]
    assert row["answers"] == value(after, "kbqa_generated_answers_total", backend="openai")
    sentences = sum(value(after, "kbqa_generated_sentences_total", backend="openai", outcome=o)
                    for o in ("kept", "dropped"))
    assert row["sentences dropped"] == pytest.approx(value(
        after, "kbqa_generated_sentences_total", backend="openai", outcome="dropped") / sentences)


# -- the dashboard and the Prometheus configuration --------------------------------------------
def _dashboard_exprs() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    assert dashboard["schemaVersion"] >= 36 and dashboard["uid"] and dashboard["title"]
    names = [v["name"] for v in dashboard["templating"]["list"]]
    assert "datasource" in names
    exprs = []
    for panel in dashboard["panels"]:
        if panel["type"] == "row":
            continue
        assert panel["datasource"]["uid"] == "${datasource}", panel["title"]
        assert panel["targets"], panel["title"]
        exprs.extend(t["expr"] for t in panel["targets"])
    return exprs


def _balanced(expr: str) -> bool:
    depth = {"(": 0, "{": 0, "[": 0}
    closing = {")": "(", "}": "{", "]": "["}
    for char in re.sub(r'"[^"]*"', '""', expr):  # brackets inside label values do not count
        if char in depth:
            depth[char] += 1
        elif char in closing:
            depth[closing[char]] -= 1
            if depth[closing[char]] < 0:
                return False
    return not any(depth.values())


def test_every_dashboard_metric_is_exposed_after_traffic(ingested, served_answer):
    kb, _, _, _, _ = ingested
    kb.ask("What is the capital of Peru?", user=STAFF, use_llm=False)  # a refusal
    with pytest.raises(LLMUnavailableError):
        kb.ask("Where do visitors park?", user=STAFF)  # an error
    exposed = {name for name, _ in scrape()}
    exprs = _dashboard_exprs()
    used = {name for expr in exprs for name in re.findall(r"\bkbqa_[a-z0-9_]+", expr)}
    assert used - exposed == set()
    # The dashboard covers what the issue asks for.
    for needed in ("kbqa_questions_total", "kbqa_refusals_total", "kbqa_errors_total",
                   "kbqa_retrieval_seconds_bucket", "kbqa_generation_seconds_bucket",
                   "kbqa_ask_seconds_bucket", "kbqa_time_to_first_token_seconds_bucket",
                   "kbqa_ingest_chunks_added_total", "kbqa_ingest_failures_total",
                   "kbqa_index_documents", "kbqa_index_chunks", "kbqa_llm_up"):
        assert needed in used, needed
    for expr in exprs:
        assert _balanced(expr), expr
        for call in re.finditer(r"\b(rate|increase)\(", expr):  # a range vector inside
            assert re.match(r"[^()]*\[\w+\]\)", expr[call.end():]), expr
        if "histogram_quantile" in expr:
            assert "_bucket" in expr and re.search(r"by \(le\b", expr), expr


def test_prometheus_config_scrapes_the_api_and_the_streamlit_metrics_port():
    yaml = needs_module("yaml")
    config = yaml.safe_load(PROMETHEUS_CONFIG.read_text(encoding="utf-8"))
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    assert {"kbqa-api", "kbqa-web"} <= set(jobs)
    for job in jobs.values():
        assert job["metrics_path"] == "/metrics"
        assert all(":" in t for c in job["static_configs"] for t in c["targets"])


# -- serving ------------------------------------------------------------------------------------
def test_serve_starts_one_metrics_server_per_process(monkeypatch):
    monkeypatch.setattr(metrics, "_SERVED", {})
    port = free_port()
    assert metrics.serve(port) is True
    try:
        assert metrics.serve(port) is False  # a Streamlit rerun: no second server
        assert metrics.serve(free_port()) is False
        response = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10)
        assert response.status_code == 200
        names = {name for name, _ in scrape(response.content)}
        assert "kbqa_ingest_chunks_added_total" in names
    finally:
        server, thread = metrics._SERVED["server"]
        server.shutdown()
        server.server_close()
        thread.join(10)


def test_a_busy_metrics_port_is_a_config_error_naming_it(monkeypatch):
    monkeypatch.setattr(metrics, "_SERVED", {})
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(ConfigError, match=f"127.0.0.1:{port}.*KBQA_METRICS_PORT"):
            metrics.serve(port)


def test_the_rest_server_serves_the_same_metrics_after_an_ask(ingested, tmp_path):
    """A real ``kbqa serve`` process: ``GET /metrics`` moves by the question asked over HTTP."""
    from api_server import run_api_server

    from kbqa.tokens import ApiTokens

    kb, _, _, _, _ = ingested
    token = ApiTokens(kb.store, kb.users).create(STAFF, label="metrics test")[1]
    endpoint = kb.settings.llm_base_url  # a closed port
    with run_api_server(kb.data_dir, tmp_path, KBQA_LLM_BASE_URL=endpoint) as server:
        with server.client(token) as client:
            before = scrape(client.get("/metrics").content)
            response = client.post("/v1/ask", json={"question": "Where do visitors park?",
                                                    "use_llm": False})
            assert response.status_code == 200, response.text
            after = scrape(client.get("/metrics").content)
    assert delta(before, after, "kbqa_questions_total", outcome="answered", mode="extractive",
                 backend="none") == 1
    assert delta(before, after, "kbqa_ask_seconds_count", outcome="answered") == 1
    assert delta(before, after, "kbqa_retrieval_seconds_count") == 1
    where = str(kb.data_dir)
    assert value(after, "kbqa_index_documents", data_dir=where,
                 collection="default") == len(kb.documents("default"))
    assert value(after, "kbqa_llm_up", backend="openai", endpoint=endpoint) == 0


@pytest.mark.browser
def test_the_streamlit_process_serves_metrics_on_its_port(ingested, tmp_path):
    """A real ``streamlit run app.py`` with KBQA_METRICS_PORT: the port opens as the server
    starts, before any page view, reports that knowledge base, and page views reuse it."""
    chromium = needs_chromium()
    sync_playwright = needs_module("playwright.sync_api").sync_playwright

    kb, _, _, _, _ = ingested
    port, metrics_port = free_port(), free_port()
    env = {**os.environ, "KBQA_DATA_DIR": str(kb.data_dir), "KBQA_METRICS_PORT": str(metrics_port),
           "KBQA_LLM_BACKEND": "openai", "KBQA_LLM_BASE_URL": kb.settings.llm_base_url}
    log_path = tmp_path / "streamlit.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            streamlit_command(port), cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            _wait_for(f"{url}/_stcore/health", process, log_path)
            # No browser has connected yet: the knowledge base is loaded and counted already.
            early = scrape(_wait_for(f"http://127.0.0.1:{metrics_port}/metrics", process,
                                     log_path))
            assert value(early, "kbqa_index_documents", data_dir=str(kb.data_dir),
                         collection="default") == len(kb.documents("default"))
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=chromium, args=["--headless", "--no-sandbox", "--disable-gpu"])
                page = browser.new_page()
                page.set_default_timeout(180_000)
                page.goto(url)
                page.get_by_label("User name").wait_for()  # the app ran: sign-in form drawn
                page.reload()  # a second script run in the same process
                page.get_by_label("User name").wait_for()
                browser.close()
            body = _wait_for(f"http://127.0.0.1:{metrics_port}/metrics", process, log_path)
        finally:
            stop_process(process, timeout=30)
    samples = scrape(body)
    assert value(samples, "kbqa_index_documents", data_dir=str(kb.data_dir),
                 collection="default") == len(kb.documents("default"))
    assert value(samples, "kbqa_llm_up", backend="openai", endpoint=kb.settings.llm_base_url) == 0
    assert "already in use" not in log_path.read_text()


def _wait_for(url: str, process: subprocess.Popen, log_path: Path, timeout_s: float = 120) -> bytes:
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        if process.poll() is not None:
            pytest.fail(f"streamlit exited: {log_path.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return response.read()
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"{url} did not answer: {log_path.read_text()[-2000:]}")
