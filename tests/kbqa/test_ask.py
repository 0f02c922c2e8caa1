"""``KnowledgeBase.ask`` end to end over sample_docs: hybrid retrieval, persisted BM25, verified
answers with citations, refusals, follow-ups, both LLM backends, the CLI and the LangChain
retriever."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from langchain_core.language_models import FakeListChatModel

from kbqa import KnowledgeBase, Settings
from kbqa.answer_events import AnswerSentence, Checking, DraftToken
from kbqa.errors import ConfigError, LLMUnavailableError
from kbqa.integrations import KnowledgeBaseRetriever
from kbqa.textmatch import parse_citations, split_answer
from llm_server import free_port
from tests.conftest import FIXTURES, STAFF, ensure_user
from tests.requirements import needs_bundled_gguf, needs_module

FACTS = json.loads((FIXTURES / "sample_facts.json").read_text(encoding="utf-8"))
ANSWERABLE = [f for f in FACTS["answerable"] if not f.get("follow_up_of")]
BY_ID = {f["id"]: f for f in FACTS["answerable"]}
KBQA = str(Path(sys.executable).parent / "kbqa")


def _cited_files(answer) -> list[str]:
    return [Path(c.source).name for c in answer.citations]


def _contains_accepted(text: str, fact: dict) -> bool:
    flat = " ".join(text.split())
    return any(a in flat for a in fact["accept"])


def _at_place(kb: KnowledgeBase, citation, fact: dict) -> bool:
    """True when ``citation`` is the fact's file at its page, slide, sheet or section
    (a heading path ends with the fact's; txt and eml have no headings: the cited passage
    holds the section's own line, e.g. "BERLIN")."""
    if Path(citation.source).name != fact["file"]:
        return False
    if "page" in fact or "slide" in fact:
        return citation.page == fact.get("page", fact.get("slide"))
    if "sheet" in fact:
        return citation.section == f"Sheet: {fact['sheet']}"
    if fact["file"].endswith((".txt", ".eml")):
        text = kb.store.chunks_by_id([citation.chunk_id])[citation.chunk_id][0].text
        return fact["section"] in text
    return citation.section.endswith(fact["section"])


def assert_holds_fact_at_its_place(kb: KnowledgeBase, answer, fact: dict) -> None:
    """The answer holds an ``accept`` string, and the citation right after it (the sentence's
    own) points at the fact's file and page, slide, sheet or section."""
    flat = " ".join(answer.text.split())
    found = [flat.index(a) for a in fact["accept"] if a in flat]
    assert found, f"no accepted answer {fact['accept']} in: {answer.text}"
    marks = re.compile(r"((?:\[\d+\])+)").search(flat, found[0])
    assert marks, f"the sentence holding the answer cites nothing: {answer.text}"
    numbers = {int(n) for n in re.findall(r"\d+", marks.group(1))}
    cited = [c for c in answer.citations if c.number in numbers]
    assert any(_at_place(kb, c, fact) for c in cited), (
        answer.text, [(Path(c.source).name, c.page, c.section) for c in cited])


def assert_cited_passage_sentences(kb: KnowledgeBase, answer) -> None:
    """Every sentence of a generated answer is a sentence of the passage it cites, with its
    citation placed before the full stop; every number cited has a citation; none dropped."""
    assert answer.mode == "generated" and not answer.flagged, (answer.text, answer.flagged)
    by_number = {c.number: c for c in answer.citations}
    sentences = split_answer(answer.text)
    assert sentences, answer.text
    for sentence in sentences:
        clean, valid, invalid = parse_citations(sentence, max(by_number, default=0))
        assert valid and not invalid and set(valid) <= set(by_number), (sentence, by_number)
        assert re.search(r"\[\d+\][.。!?！？]?$", sentence), sentence  # "... days [1]."
        body = re.sub(r"\s*[.。!?！？]$", "", clean).strip()
        for n in valid:
            chunk = kb.store.chunks_by_id([by_number[n].chunk_id])[by_number[n].chunk_id][0]
            assert body in " ".join(chunk.text.split()), (sentence, n, chunk.text)
    assert {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)} == set(by_number)


# -- BM25 persisted at ingest ------------------------------------------------------------------
def test_bm25_index_is_saved_at_ingest_and_loaded_not_rebuilt(sample_kb, monkeypatch):
    kb, report = sample_kb
    folder = kb.data_dir / "bm25"
    assert (folder / "CURRENT").is_file()
    assert report.stages_s["lexical"] > 0
    fresh = KnowledgeBase(kb.data_dir)

    def no_rebuild(*_args):
        raise AssertionError("the BM25 index was rebuilt instead of loaded")

    monkeypatch.setattr(fresh._indexes, "_build_lexical", no_rebuild)
    lexical = fresh.lexical()
    assert lexical.generation == kb.store.generation()
    assert len(lexical) == kb.store.chunk_count()
    assert fresh.lexical() is lexical  # loaded once per process, not per query


def test_stale_or_missing_bm25_is_rebuilt_from_stored_terms(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# Parking\n\nVisitors park in lot C behind the warehouse.\n")
    kb = KnowledgeBase(tmp_path / "kb")
    kb.ingest(docs)
    ensure_user(kb)
    (docs / "b.md").write_text("# Canteen\n\nThe canteen serves lunch from 11:30 to 14:00.\n")
    kb.ingest(docs)
    assert [Path(h.source).name for h in kb.retrieve("canteen lunch", user=STAFF, k=1)] == ["b.md"]
    # Lose the saved BM25 folder: a reader rebuilds it in memory from the chunk store's terms.
    import shutil

    shutil.rmtree(tmp_path / "kb" / "bm25")
    reader = KnowledgeBase(tmp_path / "kb")
    assert len(reader.lexical()) == reader.store.chunk_count() == 2
    ids, _ = reader.lexical().search("warehouse lot", 5)
    assert [Path(reader.store.chunks_by_id(ids.tolist())[int(i)][1].path).name for i in ids] == ["a.md"]


# -- answers over sample_docs, without a model (extractive) ------------------------------------
# Ingest masks "Probation" in the handbook's heading "Probation and Notice Periods" as a name
# (<PERSON_4>): the cited section is wrong until the PII name rules stop doing that.
_PLACE_BUG = {"probation_notice": "ingest masks 'Probation' in the section heading as a name"}


def _fact_params(facts: list[dict]) -> list:
    return [pytest.param(f, id=f["id"], marks=[pytest.mark.xfail(
        strict=True, reason=_PLACE_BUG[f["id"]])] if f["id"] in _PLACE_BUG else [])
        for f in facts]


@pytest.mark.parametrize("fact", _fact_params(ANSWERABLE))
def test_answerable_question_holds_the_fact_and_cites_its_place(sample_kb, fact):
    # All 24 standalone facts, English and Chinese: the accepted answer text, in a sentence
    # whose citation is the right file and page, slide, sheet or section.
    kb, _ = sample_kb
    answer = kb.ask(fact["question"], user=STAFF, use_llm=False)
    assert not answer.refused and answer.mode == "extractive", answer.text
    assert_holds_fact_at_its_place(kb, answer, fact)
    for c in answer.citations:
        chunk_text = " ".join(kb.store.chunks_by_id([c.chunk_id])[c.chunk_id][0].text.split())
        assert c.snippet and " ".join(c.snippet.rstrip("…").split()) in chunk_text
        assert f"[{c.number}]" in answer.text


# The list price question (a calibration question) names only things the documents have (the
# Atlas Picker 3): the known gap of a relevance gate, covered by the near-miss test below.
NEAR_MISS = "What is the list price of the Atlas Picker 3?"


# Questions about topics next to what sample_docs covers, which took no part in calibrating
# the refusal threshold (FACTS["unanswerable"] did; docs/EVALUATION.md, "Refusal threshold").
# Four are answered with quotes about the neighbouring topic: the relevance gate's known gap,
# kept here as strict expected failures so a fix shows.
_NOT_REFUSED = {
    "sick_days": "answered with the vacation sentence (30 days): sick leave is covered, its days are not",
    "ev_charging": "answered with the Munich garage's 40 parking spaces",
    "zh_parking": "answered with quotes of the travel policy: the Chinese term share passes the gate",
    "zh_probation": "answered with quotes of the Shanghai office rules",
}


@pytest.mark.parametrize("item", [
    pytest.param(f, id=f["id"], marks=[pytest.mark.xfail(strict=True, reason=_NOT_REFUSED[f["id"]])]
                 if f["id"] in _NOT_REFUSED else [])
    for f in FACTS["unanswerable_held_out"]
])
def test_held_out_unanswerable_question_is_refused(sample_kb, item):
    kb, _ = sample_kb
    answer = kb.ask(item["question"], user=STAFF, use_llm=False)
    assert answer.refused, (answer.text, answer.retrieved[:3])
    assert answer.citations == []
    assert "default" in answer.text  # names the collections searched


def test_near_miss_question_is_answered_only_with_quoted_text(sample_kb):
    kb, _ = sample_kb
    liar = FakeListChatModel(responses=["The list price of the Atlas Picker 3 is 48,000 EUR [1]."])
    answer = _with_model(kb, liar).ask(NEAR_MISS, user=STAFF)
    assert answer.mode == "extractive"  # the invented price did not survive verification
    assert "48,000" not in answer.text and "48000" not in answer.text
    assert any("48" in f for f in answer.flagged)


def test_follow_up_is_rewritten_with_the_conversation(sample_kb):
    kb, _ = sample_kb
    first = kb.ask(BY_ID["per_diem_munich"]["question"], user=STAFF, use_llm=False)
    follow = kb.ask("And in Berlin?", history=[(first.question, first.text)], user=STAFF,
                    use_llm=False)
    assert "Berlin" in follow.standalone_question and "per diem" in follow.standalone_question
    assert_holds_fact_at_its_place(kb, follow, BY_ID["per_diem_berlin"])


def test_empty_question_is_a_clear_error(sample_kb):
    with pytest.raises(ConfigError, match="empty"):
        sample_kb[0].ask("   ", user=STAFF, use_llm=False)


def test_collections_filter_searches_only_those_collections(tmp_path):
    docs_a, docs_b = tmp_path / "a", tmp_path / "b"
    docs_a.mkdir()
    docs_b.mkdir()
    (docs_a / "parking.md").write_text("# Parking\n\nVisitors park in lot C behind the warehouse.\n")
    (docs_b / "parking_b.md").write_text("# Parking\n\nVisitors park in lot F near the gate.\n")
    kb = KnowledgeBase(tmp_path / "kb")
    kb.ingest(docs_a, collection="site-a")
    kb.ingest(docs_b, collection="site-b")
    ensure_user(kb)
    answer = kb.ask("Where do visitors park?", collections=["site-b"], user=STAFF, use_llm=False)
    assert _cited_files(answer) == ["parking_b.md"] and "lot F" in answer.text
    assert answer.collections == ["site-b"]
    both = kb.ask("Where do visitors park?", user=STAFF, use_llm=False)
    assert both.collections == ["site-a", "site-b"]
    missing = kb.ask("Where do visitors park?", collections=["nowhere"], user=STAFF, use_llm=False)
    assert missing.refused and "nowhere" in missing.text


# -- answers with a model ----------------------------------------------------------------------
def _with_model(kb: KnowledgeBase, model) -> KnowledgeBase:
    other = KnowledgeBase(kb.data_dir, kb.settings)
    other._chat_model = model
    return other


def test_fabricated_number_from_the_model_is_caught(sample_kb):
    kb, _ = sample_kb
    liar = FakeListChatModel(responses=["Passwords must be rotated every 30 days [1]."])
    answer = _with_model(kb, liar).ask("How often must passwords be rotated?", user=STAFF)
    assert answer.mode == "extractive"
    assert "30 days" not in answer.text and "90 days" in answer.text
    assert any("30" in f for f in answer.flagged)
    assert "it_security_policy.pdf" in _cited_files(answer)


def test_verified_model_answer_is_kept_and_streamed(sample_kb):
    kb, _ = sample_kb
    honest = FakeListChatModel(responses=["Passwords must be rotated every 90 days [1]."])
    model = _with_model(kb, honest)
    items = list(model.ask_stream("How often must passwords be rotated?", user=STAFF))
    events, answer = items[:-1], items[-1]
    assert events == [Checking(), AnswerSentence("Passwords must be rotated every 90 days [1].",
                                                 "", (1,))]
    assert answer.mode == "generated" and answer.text == events[1].text
    assert _cited_files(answer) == ["it_security_policy.pdf"]
    assert set(answer.timings) == {"rewrite_s", "retrieve_s", "generate_s", "total_s"}


def test_a_stream_abandoned_part_way_is_still_recorded(sample_kb):
    # A client that reads some of the draft and disconnects has seen document text: the ask
    # must be in the audit log even though no Answer was ever made.
    kb, _ = sample_kb
    honest = FakeListChatModel(responses=["Passwords must be rotated every 90 days [1]."])
    model = _with_model(kb, honest)
    from kbqa.metrics import REGISTRY

    def cancelled() -> float:
        return sum(x.value for family in REGISTRY.collect() for x in family.samples
                   if x.name == "kbqa_questions_total" and x.labels["outcome"] == "cancelled")

    before = max((r.seq for r in kb.audit.records(kinds=("ask",))), default=0)
    cancelled_before = cancelled()
    stream = model.ask_stream("How often must passwords be rotated?", user=STAFF)
    assert isinstance(next(stream), Checking)  # the model has started writing
    stream.close()
    assert cancelled() == cancelled_before + 1  # counted, apart from the errors
    records = [r for r in kb.audit.records(kinds=("ask",)) if r.seq > before]
    assert len(records) == 1 and records[0].actor == STAFF
    assert "cancelled" in records[0].payload["error"]
    assert records[0].payload["question"] == "How often must passwords be rotated?"


# -- a real model under the quote grammar (kbqa.llm.grammar), in process and over HTTP ---------
# The bundled SmolLM2-135M answers every fact in generated mode: it may only write passage
# sentences, each cited, so verification keeps them. It does not always choose the sentence
# with the fact: how often it does is measured (docs/EVALUATION.md, "Grammar-constrained
# answers") and held to that figure below; where it does, the citation must be the fact's place.
# benchmarks/eval_grammar.py measured 8 of the 21 English facts (0.38), less a margin of 0.15
# for sampling at temperature 0.1.
EMBEDDED_HOLDS_AT_LEAST = 0.23


@pytest.fixture(scope="module")
def embedded_answers(sample_kb) -> dict:
    needs_module("llama_cpp")
    needs_bundled_gguf()
    kb, _ = sample_kb
    embedded = KnowledgeBase(kb.data_dir, kb.settings.model_copy(update={
        "llm_backend": "embedded", "llm_model": "", "llm_grammar": "quotes"}))
    return {f["id"]: embedded.ask(f["question"], user=STAFF) for f in ANSWERABLE}


@pytest.mark.parametrize("fact", ANSWERABLE, ids=[f["id"] for f in ANSWERABLE])
def test_embedded_model_writes_verified_cited_passage_sentences(sample_kb, embedded_answers,
                                                                fact):
    kb, _ = sample_kb
    answer = embedded_answers[fact["id"]]
    assert answer.backend == "embedded" and answer.model.endswith(".gguf")
    assert_cited_passage_sentences(kb, answer)
    if _contains_accepted(answer.text, fact) and fact["id"] not in _PLACE_BUG:
        assert_holds_fact_at_its_place(kb, answer, fact)


def test_embedded_model_answers_hold_the_facts_as_often_as_measured(embedded_answers):
    held = [i for i, a in embedded_answers.items() if _contains_accepted(a.text, BY_ID[i])]
    assert len(held) >= EMBEDDED_HOLDS_AT_LEAST * len(ANSWERABLE), (held, {
        i: a.text for i, a in embedded_answers.items() if i not in held})


OVER_HTTP = ["password_length", "per_diem_munich", "zh_badge_fee"]  # a PDF, a sheet, Chinese


@pytest.mark.parametrize("fact_id", OVER_HTTP)
def test_openai_backend_answers_from_a_real_server(sample_kb, llama_server, fact_id):
    # python -m llama_cpp.server on the bundled GGUF; the grammar goes in the request body.
    kb, _ = sample_kb
    settings = kb.settings.model_copy(update={
        "llm_backend": "openai", "llm_base_url": llama_server.base_url, "llm_model": "",
        "llm_grammar": "quotes", "llm_timeout_s": 300.0})
    remote = KnowledgeBase(kb.data_dir, settings)
    items = list(remote.ask_stream(BY_ID[fact_id]["question"], user=STAFF))
    answer = items[-1]
    assert answer.backend == "openai" and not answer.warnings, answer.warnings
    assert items[0] == Checking()  # the model wrote over HTTP; its words were checked
    sentences = [i for i in items if isinstance(i, AnswerSentence)]
    assert "".join(s.separator + s.text for s in sentences) == answer.text
    assert_cited_passage_sentences(kb, answer)
    if _contains_accepted(answer.text, BY_ID[fact_id]):
        assert_holds_fact_at_its_place(kb, answer, BY_ID[fact_id])


def test_endpoint_down_falls_back_to_quotes_with_a_warning(sample_kb):
    kb, _ = sample_kb
    url = f"http://127.0.0.1:{free_port()}/v1"
    settings = kb.settings.model_copy(
        update={"llm_backend": "openai", "llm_base_url": url, "llm_model": "m",
                "llm_max_retries": 0, "llm_timeout_s": 5.0}
    )
    answer = KnowledgeBase(kb.data_dir, settings).ask("What is the minimum password length?",
                                                      user=STAFF)
    assert answer.mode == "extractive" and "14 characters" in answer.text
    assert answer.warnings and url in answer.warnings[0]
    strict = settings.model_copy(update={"llm_fallback": False})
    with pytest.raises(LLMUnavailableError, match="127.0.0.1"):
        KnowledgeBase(kb.data_dir, strict).ask("What is the minimum password length?",
                                               user=STAFF)


def test_without_an_endpoint_the_default_answer_is_extractive_and_streamed_by_sentence(
        sample_kb):
    kb, _ = sample_kb
    assert Settings().llm_backend == "none" and kb.chat_model is None
    items = list(kb.ask_stream("How often must passwords be rotated?", user=STAFF))
    answer = items[-1]
    assert answer.mode == "extractive" and answer.backend == "none" and "90 days" in answer.text
    sentences = items[:-1]  # no model: no status, no draft, only quoted sentences
    assert sentences and all(isinstance(s, AnswerSentence) for s in sentences)
    assert "".join(s.separator + s.text for s in sentences) == answer.text
    assert {n for s in sentences for n in s.citations} == {c.number for c in answer.citations}


def test_a_fabricated_sentence_is_never_yielded_and_the_draft_only_on_request(sample_kb):
    kb, _ = sample_kb
    draft = ("Passwords must be rotated every 90 days [1]. Each rotation earns 7,777 bonus "
             "points [1]. They need at least 14 characters [1].")
    question = "How often must passwords be rotated?"
    items = list(_with_model(kb, FakeListChatModel(responses=[draft])).ask_stream(
        question, user=STAFF))
    answer = items[-1]
    assert answer.mode == "generated" and "7,777" not in answer.text
    assert not any(isinstance(i, DraftToken) for i in items)
    shown = [i for i in items[:-1] if isinstance(i, AnswerSentence)]
    assert shown and all("7,777" not in s.text for s in shown)
    assert "".join(s.separator + s.text for s in shown) == answer.text
    with_draft = list(_with_model(kb, FakeListChatModel(responses=[draft])).ask_stream(
        question, user=STAFF, stream_draft=True))
    assert "".join(i.text for i in with_draft if isinstance(i, DraftToken)) == draft
    assert with_draft[-1].text == answer.text


# -- other entry points ------------------------------------------------------------------------
def test_langchain_retriever_returns_documents_with_sources(sample_kb):
    kb, _ = sample_kb
    docs = KnowledgeBaseRetriever(kb=kb, user=STAFF, k=3).invoke("Which encryption is required on laptops?")
    assert len(docs) == 3
    assert Path(docs[0].metadata["source"]).name == "it_security_policy.pdf"
    assert "AES-256" in docs[0].page_content
    assert {"chunk_id", "source", "title", "page", "section", "score"} <= set(docs[0].metadata)
    strict = KnowledgeBaseRetriever(kb=kb, user=STAFF, k=3, min_score=0.99).invoke("capital of Peru")
    assert strict == []


def test_cli_ask_json(sample_kb):
    kb, _ = sample_kb
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run(
        [KBQA, "--data-dir", str(kb.data_dir), "ask", "What is the hotel cap per night in London?",
         "--user", STAFF, "--json", "--no-llm"],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert {"answer", "refused", "citations", "timings"} <= set(body)
    assert body["refused"] is False and "210" in body["answer"]
    cite = body["citations"][0]
    assert {"source", "page", "chunk_id", "snippet", "score"} <= set(cite)
    assert Path(cite["source"]).name == "expense_policy.xlsx"
    human = subprocess.run(
        [KBQA, "--data-dir", str(kb.data_dir), "ask", "What is the capital of Peru?", "--no-llm"],
        capture_output=True, text=True, env={**env, "COLUMNS": "200", "KBQA_USER": STAFF}, timeout=600,
    )
    assert human.returncode == 0 and "does not cover" in human.stdout


def test_settings_reach_the_retriever(sample_kb):
    kb, _ = sample_kb
    tuned = KnowledgeBase(kb.data_dir, Settings(top_k=2, fusion="rrf", data_dir=kb.data_dir))
    retriever = tuned.retriever()
    assert retriever.top_k == 2 and retriever.fusion == "rrf"
    assert len(tuned.retrieve("password", user=STAFF)) == 2
