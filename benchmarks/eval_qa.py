"""Answer quality on XQuAD (en, zh) and CMRC 2018 with ``kbqa.qa_eval.evaluate_qa``.

    .venv/bin/python -m benchmarks.eval_qa [--max-questions 300] [--llm-questions 60]

Per set, two runs over the same throw-away knowledge base recipe (80% of the articles ingested,
the other 20% give the unanswerable questions): extractive (``--no-llm``: quoted passages) on
``--max-questions`` answerable questions, and the embedded SmolLM2-135M on ``--llm-questions``
(it is slow on 2 cores and rarely cites, so most of its answers end extractive). Personal data
is not masked (``--keep-pii``): in these public sets names are often the answers.

Writes benchmarks/results/qa_eval.json and the "Answer quality" section of docs/EVALUATION.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.report import write_section  # noqa: E402
from kbqa.qa_eval import evaluate_qa  # noqa: E402
from kbqa.settings import Settings  # noqa: E402

SHARED = REPO.parent / "shared" / "data"
SETS = {
    "XQuAD en": SHARED / "en_xquad" / "xquad.en.json",
    "XQuAD zh": SHARED / "en_xquad" / "xquad.zh.json",
    "CMRC 2018 dev": SHARED / "zh_cmrc2018" / "cmrc2018_dev.squad.json",
}
RESULTS = REPO / "benchmarks" / "results" / "qa_eval.json"
DOC = REPO / "docs" / "EVALUATION.md"
METRICS = ["hit_at_k", "containment", "f1", "citation_accuracy", "refusal_rate",
           "refusal_precision", "refusal_recall"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-questions", type=int, default=300)
    parser.add_argument("--llm-questions", type=int, default=60)
    args = parser.parse_args()
    settings = Settings(pii_entities=[])
    rows = []
    started = time.perf_counter()
    for name, path in SETS.items():
        if not path.is_file():
            print(f"missing: {path}", file=sys.stderr)
            return 2
        for mode, n in (("extractive", args.max_questions), ("SmolLM2-135M", args.llm_questions)):
            if n <= 0:
                continue
            with tempfile.TemporaryDirectory(prefix="kbqa-qa-") as tmp:
                result = evaluate_qa(path, Path(tmp), max_questions=n,
                                     use_llm=mode != "extractive", settings=settings,
                                     log=lambda m: print(m, file=sys.stderr, flush=True))
            result["set"], result["mode"] = name, mode
            rows.append(result)
            print(json.dumps({k: result[k] for k in ("set", "mode", "metrics", "timings")}),
                  flush=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    minutes = (time.perf_counter() - started) / 60

    def cell(value: float | None) -> str:
        return "–" if value is None else f"{value:.3f}"

    table = "\n".join(
        f"| {r['set']} | {r['mode']} | {r['answerable']} / {r['unanswerable']} | "
        + " | ".join(cell(r["metrics"][m]) for m in METRICS)
        + f" | {r['timings']['ask_p50_s']:.2f} |"
        for r in rows
    )
    write_section(DOC, "Answer quality", f"""
`.venv/bin/python -m benchmarks.eval_qa --max-questions {args.max_questions} --llm-questions
{args.llm_questions}` ({minutes:.0f} minutes on 2 cores; one set: `kbqa eval qa FILE`). Each run
ingests 80% of a set's articles into a throw-away knowledge base and asks a seeded sample of
their questions; questions of the other 20% form the unanswerable set. Personal data is not
masked (names are often the answers in these public sets).

| set | answers | answerable / unanswerable | hit@5 | containment | token F1 | citation accuracy | refused (answerable) | refusal precision | refusal recall | ask p50 s |
|---|---|---|---|---|---|---|---|---|---|---|
{table}

- **hit@5**: a retrieved passage contains a reference answer. **containment**: the answer text
  contains one (a refusal counts as a miss). **token F1**: SQuAD's, by characters for Chinese.
  **citation accuracy**: among answered questions, a cited passage contains a reference answer.
  **refusal precision / recall**: over refusals / over the unanswerable questions.
- Extractive answers quote whole passage sentences, so containment is high and token F1 low
  (a sentence is longer than a SQuAD span); the small embedded model rarely produces a cited
  sentence that passes verification, so its rows differ little from the extractive ones. With a
  capable model behind `--llm openai --base-url ...` F1 is where answers would improve.
""")
    return 0


if __name__ == "__main__":
    sys.exit(main())
