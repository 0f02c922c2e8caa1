"""The REST API over HTTP against a real ``kbqa serve`` process: API tokens, per-user visibility,
server-sent events, uploads, JSON errors, readiness and metrics (see api_server.py)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import httpx
import pytest
from api_server import KBQA, SECRET, ApiWorld, build_world, parse_sse, run_api_server


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> ApiWorld:
    base = tmp_path_factory.mktemp("api")
    kb, data_dir, tokens, doc_ids = build_world(base)
    with run_api_server(data_dir, base, KBQA_API_MAX_UPLOAD_MB="1") as server:
        yield ApiWorld(kb, data_dir, server, tokens, doc_ids)


def _error(response: httpx.Response, status: int, kind: str) -> str:
    """The message of a JSON error response, after checking its status, type and shape."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"type", "message"}, body
    assert body["error"]["type"] == kind, body
    assert "Traceback" not in response.text
    return body["error"]["message"]


def _ask(client: httpx.Client, question: str, **options) -> dict:
    response = client.post("/v1/ask", json={"question": question, "use_llm": False, **options})
    assert response.status_code == 200, response.text
    return response.json()


# -- operations endpoints ----------------------------------------------------------------------
def test_health_readiness_and_openapi_need_no_token(world):
    anonymous = world.client(None)
    assert anonymous.get("/healthz").json() == {"status": "ok"}
    ready = anonymous.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["status"] == "ready" and ready.json()["documents"] >= 3
    spec = anonymous.get("/openapi.json").json()
    for path in ("/v1/ask", "/v1/documents", "/v1/documents/{document_id}", "/v1/feedback",
                 "/healthz", "/readyz", "/metrics"):
        assert path in spec["paths"], path
    assert spec["components"]["securitySchemes"]["ApiToken"]["scheme"].lower() == "bearer"
    ask = spec["paths"]["/v1/ask"]["post"]
    assert ask["security"] == [{"ApiToken": []}]
    assert "text/event-stream" in ask["responses"]["200"]["content"]
    assert "ErrorResponse" in json.dumps(ask["responses"]["401"])
    assert "ErrorResponse" in json.dumps(ask["responses"]["422"])  # not FastAPI's default
    assert "swagger" in anonymous.get("/docs").text.lower()


def test_metrics_are_prometheus_text_after_traffic(world):
    from prometheus_client.parser import text_string_to_metric_families

    _ask(world.client("alice"), "Where do visitors park?")
    response = world.client(None).get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    families = list(text_string_to_metric_families(response.text))
    assert any(f.name.startswith("kbqa_") for f in families), [f.name for f in families]


# -- authentication ----------------------------------------------------------------------------
@pytest.mark.parametrize("header", [
    None,
    "Bearer",
    "Basic YWxpY2U6c2VjcmV0",
    "Bearer not-a-kbqa-token",
    "Bearer kbqa_" + "A" * 43,
])
def test_a_request_without_a_valid_token_is_refused_with_401_json(world, header):
    headers = {"Authorization": header} if header else {}
    with httpx.Client(base_url=world.server.base_url, headers=headers, timeout=60) as client:
        for response in (client.get("/v1/documents"),
                         client.post("/v1/ask", json={"question": "Where do visitors park?"})):
            message = _error(response, 401, "unauthorized")
            assert "token" in message
            assert response.headers["www-authenticate"] == "Bearer"


def test_a_refused_token_is_recorded_without_the_token(world):
    fake = "kbqa_" + "Z" * 43
    assert world.server.client(fake).get("/v1/me").status_code == 401
    denial = [r for r in world.kb.audit.records(kinds=("denial",))
              if r.payload.get("action") == "api_sign_in"][-1]
    assert denial.payload["reason"] == "unknown API token"
    assert fake not in json.dumps(denial.payload)


def test_a_token_acts_as_its_user(world):
    me = world.client("alice").get("/v1/me").json()
    assert me == {"name": "alice", "groups": ["ops"], "admin": False}
    assert world.client("root").get("/v1/me").json()["admin"] is True


# -- per-user visibility -----------------------------------------------------------------------
def test_document_list_holds_only_what_the_caller_may_see(world):
    def titles(user: str) -> set[str]:
        response = world.client(user).get("/v1/documents")
        assert response.status_code == 200
        return {Path(d["path"]).name for d in response.json()}

    assert titles("alice") >= {"parking.md", "canteen.md"}
    assert "bonus.md" not in titles("alice")
    assert titles("bob") >= {"bonus.md", "canteen.md"}
    assert "parking.md" not in titles("bob")
    assert titles("root") >= {"parking.md", "bonus.md", "canteen.md"}


def test_another_groups_document_is_404_exactly_like_a_missing_one(world):
    alice = world.client("alice")
    hidden = world.doc_ids["bonus.md"]
    missing = 999_999
    not_visible = _error(alice.get(f"/v1/documents/{hidden}"), 404, "not_found")
    absent = _error(alice.get(f"/v1/documents/{missing}"), 404, "not_found")
    assert not_visible.replace(str(hidden), "N") == absent.replace(str(missing), "N")
    assert "bonus" not in not_visible.lower() and "hr" not in not_visible.split()
    own = alice.get(f"/v1/documents/{world.doc_ids['parking.md']}")
    assert own.status_code == 200 and own.json()["groups"] == ["ops"]
    # Deleting is for admins: the refusal is the same whether the document exists or not.
    refused = _error(alice.delete(f"/v1/documents/{hidden}"), 403, "access_denied")
    refused_missing = _error(alice.delete(f"/v1/documents/{missing}"), 403, "access_denied")
    assert refused.replace(str(hidden), "N") == refused_missing.replace(str(missing), "N")
    assert world.client("bob").get(f"/v1/documents/{hidden}").status_code == 200


def test_answers_never_cite_or_quote_another_groups_document(world):
    question = "How large is the engineering bonus pool?"
    for use_llm in (False, True):  # True: the model is unreachable, the fallback quotes
        answer = _ask(world.client("alice"), question, use_llm=use_llm)
        assert SECRET not in json.dumps(answer)
        assert all(Path(c["source"]).name != "bonus.md" for c in answer["citations"])
        assert world.doc_ids["bonus.md"] not in {c["document_id"] for c in answer["citations"]}
    answer = _ask(world.client("bob"), question)
    assert not answer["refused"], answer
    cited = [c for c in answer["citations"] if Path(c["source"]).name == "bonus.md"]
    assert cited and SECRET in cited[0]["snippet"]


def test_a_group_change_applies_to_the_next_request(world):
    world.kb.users.add("carol", groups=["ops"])
    from kbqa.tokens import ApiTokens

    _, token = ApiTokens(world.kb.store, world.kb.users).create("carol")
    carol = world.server.client(token)
    assert carol.get(f"/v1/documents/{world.doc_ids['bonus.md']}").status_code == 404
    world.kb.users.set_groups("carol", ["hr"])
    assert carol.get(f"/v1/documents/{world.doc_ids['bonus.md']}").status_code == 200
    assert SECRET in json.dumps(_ask(carol, "How large is the engineering bonus pool?"))
    world.kb.users.remove("carol")  # a removed user's tokens stop working at once
    _error(carol.get("/v1/me"), 401, "unauthorized")
    assert ApiTokens(world.kb.store, world.kb.users).list("carol") == []


# -- asking, streaming and feedback ------------------------------------------------------------
def test_ask_returns_the_cli_json_with_citations(world):
    answer = _ask(world.client("alice"), "Where do visitors park?")
    assert not answer["refused"] and answer["mode"] == "extractive"
    assert "lot C" in answer["answer"]
    assert [Path(c["source"]).name for c in answer["citations"]][:1] == ["parking.md"]
    assert isinstance(answer["id"], int)
    assert set(answer) >= {"question", "citations", "timings", "retrieved", "warnings"}


def _stream(client: httpx.Client, body: dict, **headers: str) -> tuple[httpx.Response, list]:
    with client.stream("POST", "/v1/ask", json=body, headers=headers) as response:
        text = response.read().decode()
    return response, parse_sse(text)


@pytest.mark.parametrize("how", ["body", "accept"])
def test_ask_streams_server_sent_events_ending_with_the_answer(world, how):
    body = {"question": "When does the canteen serve lunch?", "use_llm": False}
    if how == "body":
        response, events = _stream(world.client("alice"), {**body, "stream": True})
    else:
        response, events = _stream(world.client("alice"), body, accept="text/event-stream")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    names = [name for name, _ in events]
    # Extractive: no model, no status; the quoted sentences, then the answer they make up.
    assert names[-1] == "answer" and names[:-1] and set(names[:-1]) == {"sentence"}, names
    answer = json.loads(events[-1][1])
    assert "11:30" in answer["answer"] and answer["citations"]
    assert isinstance(answer["id"], int)
    sentences = [json.loads(data) for name, data in events if name == "sentence"]
    assert "".join(s["separator"] + s["text"] for s in sentences) == answer["answer"]
    assert {n for s in sentences for n in s["citations"]} == {c["number"]
                                                             for c in answer["citations"]}


def test_stream_errors_before_answering_are_plain_json(world):
    response, _ = _stream(world.client(None), {"question": "Where do visitors park?",
                                                "stream": True})
    _error(response, 401, "unauthorized")
    response, _ = _stream(world.client("alice"), {"question": "   ", "stream": True})
    assert "question" in _error(response, 422, "validation_error")


def test_feedback_only_on_the_callers_own_answers(world):
    alice, bob = world.client("alice"), world.client("bob")
    answer_id = _ask(alice, "Where do visitors park?")["id"]
    given = alice.post("/v1/feedback", json={"answer_id": answer_id, "rating": "up",
                                              "comment": "helpful"})
    assert given.status_code == 201 and isinstance(given.json()["id"], int)
    record = world.kb.audit.get(given.json()["id"])
    assert record.kind == "feedback" and record.actor == "alice"
    others = _error(bob.post("/v1/feedback", json={"answer_id": answer_id, "rating": "down"}),
                    404, "not_found")
    unknown = _error(bob.post("/v1/feedback", json={"answer_id": 999_999, "rating": "down"}),
                     404, "not_found")
    assert others.replace(str(answer_id), "N") == unknown.replace("999999", "N")
    _error(alice.post("/v1/feedback", json={"answer_id": answer_id, "rating": "meh"}),
           422, "validation_error")


# -- uploads and deletion ----------------------------------------------------------------------
def test_admin_uploads_a_document_that_its_group_can_then_ask_about(world):
    root = world.client("root")
    text = b"# Bicycle shed\n\nBicycles are kept in the shed next to gate 4, open from 06:30.\n"
    response = root.post("/v1/documents", files=[("files", ("../../evil/bike shed?.md", text))],
                         data={"groups": ["ops"], "collection": "facilities"})
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["counts"]["ingested"] == 1 and report["collection"] == "facilities"
    saved = Path(report["files"][0]["path"])
    assert saved.parent == world.data_dir / "uploads" / "facilities"
    assert saved.name == "bike shed_.md" and saved.read_bytes() == text
    answer = _ask(world.client("alice"), "Where are bicycles kept?")
    assert "gate 4" in answer["answer"]
    assert Path(answer["citations"][0]["source"]) == saved
    assert "gate 4" not in json.dumps(_ask(world.client("bob"), "Where are bicycles kept?"))
    # Gone for everyone once an admin deletes it.
    doc_id = answer["citations"][0]["document_id"]
    deleted = root.delete(f"/v1/documents/{doc_id}")
    assert deleted.status_code == 200 and deleted.json()["chunks_removed"] >= 1
    assert not saved.exists()  # the un-anonymized original goes with it
    _error(root.get(f"/v1/documents/{doc_id}"), 404, "not_found")
    _error(root.delete(f"/v1/documents/{doc_id}"), 404, "not_found")
    assert "gate 4" not in json.dumps(_ask(world.client("alice"), "Where are bicycles kept?"))


def test_only_admins_upload(world):
    response = world.client("alice").post(
        "/v1/documents", files=[("files", ("note.md", b"# Note\n\nAnything.\n"))])
    assert "admin" in _error(response, 403, "access_denied")
    assert not (world.data_dir / "uploads" / "default" / "note.md").exists()


def test_an_upload_is_refused_before_its_body_is_read(world):
    # Not an admin, or no token: refused at once, so nobody can make the server spool files.
    # (Were the body read first, this one, over the 1 MiB limit, would be a 413.)
    big = [("files", ("big.txt", b"x" * (2 * 1024 * 1024)))]
    _error(world.client("alice").post("/v1/documents", files=big), 403, "access_denied")
    _error(world.client(None).post("/v1/documents", files=big), 401, "unauthorized")
    _error(world.server.client("kbqa_not-a-token").post("/v1/documents", files=big), 401,
           "unauthorized")


def test_an_upload_over_the_limit_is_413_json(world):
    big = b"x" * (1024 * 1024 + 10)  # KBQA_API_MAX_UPLOAD_MB=1 for this server
    response = world.client("root").post("/v1/documents", files=[("files", ("big.txt", big))])
    assert "KBQA_API_MAX_UPLOAD_MB" in _error(response, 413, "too_large")
    assert not (world.data_dir / "uploads" / "default" / "big.txt").exists()


def test_bad_upload_fields_are_json_errors(world):
    root = world.client("root")
    doc = [("files", ("a.md", b"# A\n\nSome text.\n"))]
    _error(root.post("/v1/documents", files=doc, data={"collection": "../up"}), 422,
           "validation_error")
    _error(root.post("/v1/documents", files=doc, data={"groups": [" "]}), 422, "validation_error")
    _error(root.post("/v1/documents", files=doc, data={"groups": ["a\x07b"]}), 422,
           "validation_error")
    _error(root.post("/v1/documents", data={"groups": ["ops"]}), 422, "validation_error")


# -- errors ------------------------------------------------------------------------------------
def test_every_error_is_json(world):
    alice = world.client("alice")
    _error(alice.get("/v1/nothing-here"), 404, "not_found")
    _error(alice.put("/v1/ask", json={}), 405, "method_not_allowed")
    not_allowed = alice.request("OPTIONS", "/v1/documents")
    assert "GET or POST" in _error(not_allowed, 405, "method_not_allowed")
    assert not_allowed.headers["allow"] == "GET, POST"  # every route at the path, not the first
    _error(alice.post("/v1/ask", json={}), 422, "validation_error")
    _error(alice.post("/v1/ask", content=b"{not json", headers={"content-type":
                                                                "application/json"}),
           422, "validation_error")
    message = _error(alice.post("/v1/ask", json={"question": "x", "surprise": "alice@x.org"}),
                     422, "validation_error")
    assert "alice@x.org" not in message  # what was sent is not echoed
    _error(alice.get("/v1/documents/0"), 422, "validation_error")
    _error(alice.post("/v1/ask", json={"question": "y" * (2 << 20)}), 413, "too_large")


def test_unexpected_failures_are_500_json_without_details(world, monkeypatch, caplog):
    from fastapi.testclient import TestClient

    from kbqa.api import create_app
    from kbqa.errors import LLMUnavailableError

    app = create_app(world.kb)
    client = TestClient(app, raise_server_exceptions=False,
                        headers={"Authorization": f"Bearer {world.tokens['alice']}"})

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom for jane.doe@example.com at /srv/secret")

    monkeypatch.setattr(world.kb, "ask", broken)
    response = client.post("/v1/ask", json={"question": "Where do visitors park?"})
    message = _error(response, 500, "internal_error")
    assert "jane.doe" not in response.text and "/srv/secret" not in response.text
    assert "server log" in message
    logged = [r.getMessage() for r in caplog.records if r.name.startswith("kbqa")]
    assert any("RuntimeError" in m for m in logged)  # the log says what failed, and where,
    assert "jane.doe" not in caplog.text  # but not the message, which may hold personal data

    # A failure while streaming ends the stream with an error event after the answer so far.
    from kbqa.answer_events import AnswerSentence, Checking

    def failing_stream(*_args, **_kwargs):
        yield Checking()
        yield AnswerSentence("Visitors park in lot C [1].", "", (1,))
        raise LLMUnavailableError("the model server stopped answering")

    monkeypatch.setattr(world.kb, "ask_stream", failing_stream)
    response = client.post("/v1/ask", json={"question": "Where do visitors park?",
                                            "stream": True})
    events = parse_sse(response.text)
    assert [name for name, _ in events] == ["status", "sentence", "error"]
    assert json.loads(events[0][1]) == {"stage": "checking"}
    assert json.loads(events[1][1]) == {"text": "Visitors park in lot C [1].", "separator": "",
                                        "citations": [1]}
    error = json.loads(events[2][1])
    assert error["status"] == 503 and error["error"]["type"] == "llm_unavailable"


# -- tokens through the CLI --------------------------------------------------------------------
def _cli(world: ApiWorld, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([KBQA, "--data-dir", str(world.data_dir), "users", *args],
                          capture_output=True, text=True, timeout=120, check=False)


def test_token_created_and_revoked_with_the_cli_takes_effect_at_once(world):
    created = _cli(world, "token-create", "alice", "--label", "cli test", "--json")
    assert created.returncode == 0, created.stderr
    record = json.loads(created.stdout)
    token = record["token"]
    assert token.startswith("kbqa_") and record["user"] == "alice"
    alice = world.server.client(token)
    assert alice.get("/v1/me").json()["name"] == "alice"
    listed = _cli(world, "tokens", "alice", "--json")
    rows = {r["id"]: r for r in json.loads(listed.stdout)}
    assert rows[record["id"]]["label"] == "cli test" and rows[record["id"]]["active"]
    assert rows[record["id"]]["last_used_at"] is not None
    assert token not in listed.stdout
    stored = b"".join(p.read_bytes() for p in world.data_dir.glob("kbqa.db*"))
    assert token.encode() not in stored  # only its SHA-256 is kept
    revoked = _cli(world, "token-revoke", str(record["id"]))
    assert revoked.returncode == 0, revoked.stderr
    _error(alice.get("/v1/me"), 401, "unauthorized")
    actions = [(r.payload["action"], r.payload["details"].get("token_id"))
               for r in world.kb.audit.records(kinds=("admin",))]
    assert ("token_created", record["id"]) in actions
    assert ("token_revoked", record["id"]) in actions
    assert _cli(world, "token-revoke", "999999").returncode == 1


# -- streaming with a real model ---------------------------------------------------------------
def test_ask_streams_a_real_models_verified_sentences_then_the_answer(world, llama_server,
                                                                      tmp_path):
    # The quote grammar (llama.cpp's "grammar" field): the real model must write passage
    # sentences, so its own verified sentences are what is streamed.
    with run_api_server(world.data_dir, tmp_path, KBQA_LLM_BASE_URL=llama_server.base_url,
                        KBQA_LLM_MAX_RETRIES="2", KBQA_LLM_TIMEOUT_S="120",
                        KBQA_LLM_GRAMMAR="quotes") as server:
        response, events = _stream(server.client(world.tokens["alice"]),
                                   {"question": "Where do visitors park?", "stream": True})
    assert response.status_code == 200
    names = [name for name, _ in events]
    # The model's words are not sent: a status, then verified (or quoted) sentences.
    assert names[0] == "status" and names[-1] == "answer", names
    assert set(names[1:-1]) == {"sentence"}, names
    answer = json.loads(events[-1][1])
    sentences = [json.loads(data) for name, data in events if name == "sentence"]
    assert "".join(s["separator"] + s["text"] for s in sentences) == answer["answer"]
    assert answer["backend"] == "openai" and not answer["warnings"], answer
    assert answer["mode"] == "generated" and not answer["flagged"], answer
    assert answer["citations"] and all(Path(c["source"]).name != "bonus.md"
                                       for c in answer["citations"])


# -- upload file names -------------------------------------------------------------------------
@pytest.mark.parametrize(("sent", "saved"), [
    ("report.pdf", "report.pdf"),
    ("../../etc/passwd", "passwd"),
    ("..\\..\\windows\\system.ini", "system.ini"),
    (".hidden.md", "hidden.md"),
    ("a/b/..", "upload"),
    ("", "upload"),
    ("年报 2024.docx", "年报 2024.docx"),
    ("x\x00y;rm -rf $HOME.txt", "xy_rm -rf _HOME.txt"),
    ("n" * 300 + ".md", "n" * 177 + ".md"),
    ("年" * 100 + ".pdf", "年" * 58 + ".pdf"),  # 3 bytes each: 178 of the 180 allowed
])
def test_uploaded_file_names_are_made_safe(sent, saved):
    from kbqa.api.uploads import safe_filename

    assert safe_filename(sent) == saved


def test_a_long_chinese_file_name_is_saved(tmp_path):
    import io

    from kbqa.api.uploads import safe_filename, save_upload, unique_names

    name = unique_names([safe_filename("报告" * 60 + ".txt")] * 2)[1]  # the longest form
    path = save_upload(io.BytesIO(b"text"), tmp_path, name)
    assert path.read_bytes() == b"text" and [p.name for p in tmp_path.iterdir()] == [name]


def test_repeated_names_in_one_upload_are_numbered():
    from kbqa.api.uploads import unique_names

    assert unique_names(["a.md", "a.md", "b", "b", "a.md"]) == [
        "a.md", "a (2).md", "b", "b (2)", "a (3).md"]


# -- readiness ---------------------------------------------------------------------------------
@pytest.mark.postgres
def test_readiness_is_503_with_the_reason_once_the_database_is_gone(tmp_path):
    import psycopg
    from audit_helpers import POSTGRES_ADMIN_URL, fresh_postgres_database

    with fresh_postgres_database() as url, \
            run_api_server(tmp_path / "kb", tmp_path, KBQA_DATABASE_URL=url) as server:
        anonymous = server.client(None, timeout=60)
        assert anonymous.get("/readyz").json()["status"] == "ready"
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
        response = anonymous.get("/readyz")
        assert "database cannot be reached" in _error(response, 503, "not_ready")
        assert response.headers["retry-after"]
        assert anonymous.get("/healthz").status_code == 200  # alive, only not ready


@pytest.mark.browser
def test_the_api_docs_page_renders_offline_in_a_real_browser(world):
    # Swagger UI comes from the installed package (fastapi-offline), not a CDN: the page works
    # on a machine without internet, and loads nothing from anywhere but the server.
    from urllib.parse import urlparse

    from tests.requirements import needs_chromium, needs_module

    playwright_api = needs_module("playwright.sync_api")
    chromium = needs_chromium()
    hosts = set()
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update"])
        try:
            page = browser.new_page()
            page.on("request", lambda r: hosts.add(urlparse(r.url).netloc))
            page.goto(f"{world.server.base_url}/docs")
            page.wait_for_selector(".opblock-summary-path", timeout=60_000)
            paths = page.locator(".opblock-summary-path").all_inner_texts()
        finally:
            browser.close()
    assert {"/v1/ask", "/v1/documents", "/v1/feedback"} <= {p.strip() for p in paths}
    assert hosts == {urlparse(world.server.base_url).netloc}, hosts


# -- nothing unverified is sent ----------------------------------------------------------------
FABRICATED = "48,170"
SCRIPTED_DRAFT = (f"Visitors park in lot C behind the warehouse [1]. Parking in lot C costs "
                  f"{FABRICATED} euros per day [1].")


@pytest.fixture(scope="module")
def scripted_server(world, tmp_path_factory):
    """``kbqa serve`` whose model (a real OpenAI-compatible server) writes ``SCRIPTED_DRAFT``."""
    from scripted_llm import scripted_llm

    base = tmp_path_factory.mktemp("scripted")
    with scripted_llm(SCRIPTED_DRAFT, base, delay_s=0.02) as url, \
            run_api_server(world.data_dir, base, KBQA_LLM_BASE_URL=url) as server:
        yield server


def test_a_fabricated_number_in_the_models_draft_is_never_sent(world, scripted_server):
    response, events = _stream(scripted_server.client(world.tokens["alice"]),
                               {"question": "Where do visitors park?", "stream": True})
    assert response.status_code == 200
    names = [name for name, _ in events]
    assert names == ["status", "sentence", "answer"], events
    assert FABRICATED not in response.text and "48170" not in response.text
    sentence = json.loads(events[1][1])
    assert sentence == {"text": "Visitors park in lot C behind the warehouse [1].",
                        "separator": "", "citations": [1]}
    answer = json.loads(events[-1][1])
    assert answer["mode"] == "generated" and answer["backend"] == "openai"
    assert answer["answer"] == sentence["text"]  # the final answer is what was streamed
    assert [c["number"] for c in answer["citations"]] == [1]
    assert Path(answer["citations"][0]["source"]).name == "parking.md"
    assert answer["flagged"] and all(f.startswith("(withheld") for f in answer["flagged"])


def test_the_opt_in_draft_stream_is_labelled_draft(world, scripted_server):
    response, events = _stream(scripted_server.client(world.tokens["alice"]),
                               {"question": "Where do visitors park?", "stream": True,
                                "stream_draft": True})
    names = [name for name, _ in events]
    assert names[0] == "status" and names[-1] == "answer" and "draft" in names, names
    draft = "".join(json.loads(data)["text"] for name, data in events if name == "draft")
    assert draft == SCRIPTED_DRAFT  # the raw words, and only under the "draft" label
    shown = [json.loads(data)["text"] for name, data in events if name == "sentence"]
    assert shown == ["Visitors park in lot C behind the warehouse [1]."]
    answer = json.loads(events[-1][1])
    assert FABRICATED not in answer["answer"]
    assert any(FABRICATED in f and "not in [1]" in f for f in answer["flagged"])
