"""Quote-only decoding (``kbqa.llm.grammar``) against free decoding, on the sample facts.

The 21 standalone English facts of ``tests/fixtures/sample_facts.json`` are asked of the bundled
SmolLM2-135M (embedded backend) over sample_docs, once with ``llm_grammar=quotes`` and once with
``off``. For each answer: its mode (``generated``: model sentences kept by verification;
``extractive``: none passed, the answer quotes the passages instead) and whether it holds an
``accept`` string of the fact. The figure that compares the two is "model answer holds the fact":
a generated answer that holds it (the extractive fallback holds it in both runs, but the model
did not write it). Results: benchmarks/results/grammar_eval.json, docs/EVALUATION.md.

    .venv/bin/python -m benchmarks.eval_grammar [--data-dir DIR] [--modes quotes off]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kbqa.knowledge_base import KnowledgeBase

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results" / "grammar_eval.json"
USER = "grammar-eval"


def facts() -> list[dict]:
    data = json.loads((REPO / "tests" / "fixtures" / "sample_facts.json").read_text("utf-8"))
    return [f for f in data["answerable"] if f["lang"] == "en" and not f.get("follow_up_of")]


def holds(text: str, fact: dict) -> bool:
    flat = " ".join(text.split())
    return any(a in flat for a in fact["accept"])


def ask_all(kb: KnowledgeBase, modes: list[str], limit: int, save, log) -> dict[str, list[dict]]:  # type: ignore[no-untyped-def]
    """Each fact asked in every mode in turn (paired, so a run cut short still compares)."""
    models = {mode: KnowledgeBase(kb.data_dir, kb.settings.model_copy(
        update={"llm_backend": "embedded", "llm_model": "", "llm_grammar": mode}))
        for mode in modes}
    runs: dict[str, list[dict]] = {mode: [] for mode in modes}
    for fact in facts()[:limit]:
        for mode, model in models.items():
            start = time.perf_counter()
            answer = model.ask(fact["question"], user=USER)
            row = {"id": fact["id"], "mode": answer.mode, "holds": holds(answer.text, fact),
                   "flagged": len(answer.flagged), "seconds": time.perf_counter() - start,
                   "answer": answer.text}
            runs[mode].append(row)
            log(f"{mode} {fact['id']}: {row['mode']} holds={row['holds']} {row['seconds']:.1f}s")
        save(runs)
    return runs


def summary(rows: list[dict]) -> dict:
    generated = [r for r in rows if r["mode"] == "generated"]
    return {"questions": len(rows), "generated": len(generated),
            "model_answer_holds_fact": sum(r["holds"] for r in generated),
            "answer_holds_fact": sum(r["holds"] for r in rows),
            "dropped_sentences": sum(r["flagged"] for r in rows),
            "ask_p50_s": round(statistics.median(r["seconds"] for r in rows), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="a sample_docs knowledge base to reuse")
    parser.add_argument("--modes", nargs="+", default=["quotes", "off"])
    parser.add_argument("--limit", type=int, default=21, help="ask only the first N facts")
    args = parser.parse_args()
    log = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    started = time.perf_counter()

    def save(runs: dict[str, list[dict]]) -> None:  # after every fact: a cut-short run counts
        result = {"model": "SmolLM2-135M-Instruct Q4_1 (embedded)", "facts": len(facts()),
                  "summary": {m: summary(r) for m, r in runs.items()}, "runs": runs,
                  "python": platform.python_version(), "cpus": os.cpu_count(),
                  "load_average": os.getloadavg(),
                  "minutes": round((time.perf_counter() - started) / 60, 1)}
        RESULTS.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", "utf-8")

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.data_dir or Path(tmp) / "kb"
        kb = KnowledgeBase(data_dir)
        if not kb.store.chunk_count():
            kb.ingest(REPO / "sample_docs")
        if kb.users.get(USER) is None:
            kb.users.add(USER)
        runs = ask_all(kb, args.modes, args.limit, save, log)
    table = ["| decoding | generated (verified model sentences) | model answer holds the fact | "
             "answer holds the fact (with fallback) | ask p50 s |", "|---|---|---|---|---|"]
    for mode, rows in runs.items():
        s = summary(rows)
        table.append(f"| {mode} | {s['generated']} / {s['questions']} | "
                     f"{s['model_answer_holds_fact']} / {s['questions']} | "
                     f"{s['answer_holds_fact']} / {s['questions']} | {s['ask_p50_s']} |")
    print("\n".join(table))


if __name__ == "__main__":
    main()
