"""End-to-end ``KnowledgeBase.ask_stream`` latency over sample_docs, per answer backend.

Ingests sample_docs into a throw-away data dir, warms the models up with one question, then asks
every question of tests/fixtures/sample_facts.json (answerable and unanswerable, follow-ups with
their history) ``--rounds`` times, one at a time as a user would, streaming as the chat page
does. Reports p50/p95 of the total, of each stage and of the time to the first verified sentence
shown, the share of answers the model's own verified text made (``generated``) vs quoted
passages (``extractive``), and how many answers contain the expected fact.

``--backend none`` (the default settings: extractive), ``embedded`` (the bundled SmolLM2 in the
process, opt-in) or ``openai``; ``--llama-server`` starts ``python -m llama_cpp.server`` on the
bundled SmolLM2 GGUF and points the openai backend at it.

Run from the repo root on an otherwise idle machine:

    .venv/bin/python -m benchmarks.bench_ask [--rounds 2] [--backend none|embedded|openai]
        [--llama-server | --base-url URL] [--no-docs]

Writes benchmarks/results/ask_latency[_BACKEND].json and its section of docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from benchmarks.report import write_section
from kbqa import Answer, KnowledgeBase, Settings
from kbqa.answer_events import AnswerSentence

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results" / "ask_latency.json"
DOC = REPO / "docs" / "BENCHMARKS.md"


USER = "bench"


def _percentiles(values: list[float]) -> dict[str, float]:
    return {"p50": float(np.percentile(values, 50)), "p95": float(np.percentile(values, 95))}


def _ask(kb: KnowledgeBase, question: str, history: list[tuple[str, str]]
         ) -> tuple[Answer, float | None, int]:
    """(answer, seconds to its first verified sentence or None, sentences streamed)."""
    started = time.perf_counter()
    first, count, answer = None, 0, None
    for item in kb.ask_stream(question, user=USER, history=history):
        if isinstance(item, AnswerSentence):
            first = first if first is not None else time.perf_counter() - started
            count += 1
        elif isinstance(item, Answer):
            answer = item
    assert answer is not None
    return answer, first, count


def run(rounds: int, settings: Settings, label: str, limit: int | None = None) -> dict:
    facts = json.loads((REPO / "tests" / "fixtures" / "sample_facts.json").read_text("utf-8"))
    asks = (facts["answerable"] + facts["unanswerable"])[:limit]
    with tempfile.TemporaryDirectory(prefix="kbqa-ask-") as tmp:
        kb = KnowledgeBase(tmp, settings.model_copy(update={"data_dir": Path(tmp)}))
        kb.ingest(REPO / "sample_docs")
        kb.users.add(USER)  # in no group: sees the documents ingested without groups
        _ask(kb, "What is the per diem in Munich?", [])  # load the models
        stages: dict[str, list[float]] = {}
        firsts: list[float] = []
        firsts_generated: list[float] = []  # the first shown sentence was the model's
        modes: dict[str, int] = {}
        waits: dict[str, list[float]] = {}
        waits_by_mode: dict[str, list[float]] = {}
        correct = asked = 0
        for _ in range(rounds):
            previous = None
            for fact in asks:
                history = [(previous.question, previous.text)] if fact.get("follow_up_of") else []
                called = time.perf_counter()
                answer, first, _ = _ask(kb, fact["question"], history)
                # What the user waits for: from the call until the stream has returned (user
                # lookup, masking and the audit write included, which timings["total_s"] is not).
                waited = time.perf_counter() - called
                waits.setdefault("refused" if answer.refused else "answered", []).append(waited)
                waits_by_mode.setdefault(answer.mode, []).append(waited)
                previous = answer
                for stage, seconds in answer.timings.items():
                    stages.setdefault(stage, []).append(seconds)
                if first is not None:
                    firsts.append(first)
                    if answer.mode == "generated":
                        firsts_generated.append(first)
                modes[answer.mode] = modes.get(answer.mode, 0) + 1
                asked += 1
                if "accept" in fact:
                    flat = " ".join(answer.text.split())
                    correct += any(a in flat for a in fact["accept"])
                else:
                    correct += answer.refused
    return {
        "questions": asked,
        "asked_of": len(asks),
        "rounds": rounds,
        "backend": settings.llm_backend,
        "llm": label,
        "stages_s": {stage: _percentiles(values) for stage, values in stages.items()},
        "first_sentence_s": {**_percentiles(firsts), "answers": len(firsts)} if firsts else None,
        "first_generated_sentence_s": ({**_percentiles(firsts_generated),
                                        "answers": len(firsts_generated)}
                                       if firsts_generated else None),
        "modes": modes,
        "correct": correct,
        "wait_s": {k: {**_percentiles(v), "n": len(v)} for k, v in sorted(waits.items())},
        "wait_by_mode_s": {k: {**_percentiles(v), "n": len(v)}
                           for k, v in sorted(waits_by_mode.items())},
    }


@contextmanager
def llama_server() -> Iterator[str]:
    """``python -m llama_cpp.server`` on the bundled SmolLM2 GGUF (as tests/kbqa/llm_server.py
    starts it); yields its API root."""
    import httpx

    from kbqa.llm.embedded import bundled_gguf

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(bundled_gguf()),
               "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048",
               "--n_threads", "2"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"llama_cpp.server did not start: {' '.join(command)}")
            time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def markdown(result: dict, command: str, machine: str) -> str:
    total = result["stages_s"]["total_s"]
    lines = [
        f"`KnowledgeBase.ask_stream` over sample_docs, {result['questions']} questions "
        f"({result['rounds']} round(s) of the first {result['asked_of']} in "
        f"tests/fixtures/sample_facts.json), one at a time; KBQA_LLM_BACKEND="
        f"{result['backend']}: {result['llm']}.",
        "",
        "| stage | p50 (s) | p95 (s) |",
        "|---|---|---|",
    ]
    for stage, p in result["stages_s"].items():
        lines.append(f"| {stage.removesuffix('_s')} | {p['p50']:.3f} | {p['p95']:.3f} |")
    first = result.get("first_sentence_s")
    if first:
        lines.append(f"| first verified sentence shown | {first['p50']:.3f} | "
                     f"{first['p95']:.3f} |")
    own = result.get("first_generated_sentence_s")
    if own:
        lines.append(f"| first sentence, when it was the model's | {own['p50']:.3f} | "
                     f"{own['p95']:.3f} |")
    lines += ["", "What the user waits for, from the call to its return (user lookup, masking"
              " and the audit write included; the stage total above is not):", "",
              "| questions | n | p50 (s) | p95 (s) |", "|---|---|---|---|"]
    waits = {**result["wait_s"], **{f"mode {k}": v for k, v in result["wait_by_mode_s"].items()}}
    for name, w in waits.items():
        lines.append(f"| {name} | {w['n']} | {w['p50']:.3f} | {w['p95']:.3f} |")
    modes = ", ".join(f"{k} {v}" for k, v in sorted(result["modes"].items()))
    answered = result["wait_s"].get("answered")
    target = ("target: answered p50 <= 0.5 s without a generator, "
              + ("met" if answered and answered["p50"] <= 0.5 else "**MISSED**")
              if result["backend"] == "none" else "no target: the model's speed is the server's")
    lines += [
        "",
        (f"Answered questions, call to return: p50 **{answered['p50']:.2f} s**, p95 "
         f"{answered['p95']:.2f} s ({target}); stage total p50 {total['p50']:.2f} s. "
         if answered else f"Stage total p50 {total['p50']:.2f} s ({target}). ")
        + (f"Time to the first verified sentence p50 **{first['p50']:.2f} s** over the "
           f"{first['answers']} answers that showed one (refusals show none)"
           + (f"; {own['answers'] if own else 0} of them showed a sentence the model wrote"
              if result["backend"] != "none" else "") + ". " if first else "")
        + f"Answer modes: {modes}. Correct (expected fact in the answer, or refused when "
        f"unanswerable): {result['correct']} / {result['questions']}.",
        "",
        NOTES[result["backend"]],
        "",
        f"Reproduce: `{command}` ({machine}).",
    ]
    return "\n".join(lines)


NOTES = {
    "none": "What it means: no generator is configured (the default), so answers quote the"
            " passage sentences that best answer the question; \"generate\" is choosing and"
            " quoting them. Each quoted sentence is streamed as it is chosen, so the first shown"
            " sentence comes at about the end-to-end time. Retrieve is the hybrid search"
            " (embedding the question, FAISS, BM25, fusion) on sample_docs.",
    "embedded": "What it means: \"generate\" is the in-process model writing, each sentence"
                " verified as it is finished and, when none passes, the extractive fallback. The"
                " bundled 135M model almost never writes a verifiable sentence, so its answers"
                " are replaced by quoted passages after seconds of generation: this is why it is"
                " opt-in (KBQA_LLM_BACKEND=embedded) and not the default.",
    "openai": "What it means: the model (served over HTTP) streams its answer; each sentence"
              " is verified as soon as the next one begins and only then shown, so the first"
              " verified sentence comes after the model has written it plus the check. When no"
              " sentence passes, the answer quotes the passages after the model has finished.",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_ask")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--backend", choices=["none", "embedded", "openai"], default="none",
                        help="KBQA_LLM_BACKEND (default none: the default settings)")
    parser.add_argument("--base-url", help="openai: the API root of a running server")
    parser.add_argument("--llama-server", action="store_true",
                        help="openai: start llama_cpp.server on the bundled SmolLM2 and use it")
    parser.add_argument("--questions", type=int, help="ask only the first N questions")
    parser.add_argument("--no-docs", action="store_true", help="print only; write no files")
    args = parser.parse_args(argv)
    load = os.getloadavg()[0]
    labels = {"none": "no model (extractive)", "embedded": "SmolLM2-135M-Instruct in the process"}
    if args.backend == "openai" and args.llama_server:
        with llama_server() as url:
            settings = Settings(llm_backend="openai", llm_base_url=url, llm_timeout_s=120)
            result = run(args.rounds, settings, "llama_cpp.server (python -m llama_cpp.server)"
                         " serving the bundled SmolLM2-135M-Instruct GGUF, 2 threads",
                         args.questions)
    elif args.backend == "openai":
        if not args.base_url:
            parser.error("--backend openai needs --base-url or --llama-server")
        settings = Settings(llm_backend="openai", llm_base_url=args.base_url)
        result = run(args.rounds, settings, f"the server at {args.base_url}", args.questions)
    else:
        result = run(args.rounds, Settings(llm_backend=args.backend), labels[args.backend],
                     args.questions)
    result["machine"] = {"cores": os.cpu_count(), "load_avg_1m_at_start": load,
                         "python": platform.python_version()}
    print(json.dumps(result, indent=1))
    if not args.no_docs:
        suffix = "" if args.backend == "none" else f"_{args.backend}"
        results = RESULTS.with_name(f"ask_latency{suffix}.json")
        results.parent.mkdir(parents=True, exist_ok=True)
        results.write_text(json.dumps(result, indent=1), encoding="utf-8")
        command = " ".join([".venv/bin/python -m benchmarks.bench_ask"]
                           + ([f"--rounds {args.rounds}"] if args.rounds != 2 else [])
                           + ([f"--questions {args.questions}"] if args.questions else [])
                           + ([f"--backend {args.backend}"] if args.backend != "none" else [])
                           + (["--llama-server"] if args.llama_server else [])
                           + ([f"--base-url {args.base_url}"] if args.base_url else []))
        machine = f"{os.cpu_count()} cores, load average {load:.1f} at start"
        write_section(DOC, TITLES[args.backend], markdown(result, command, machine))
    return 0


TITLES = {"none": "Ask latency", "embedded": "Ask latency (embedded model, opt-in)",
          "openai": "Time to the first verified sentence (openai backend)"}


if __name__ == "__main__":
    sys.exit(main())
