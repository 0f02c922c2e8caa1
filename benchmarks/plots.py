"""PNG plots of the benchmark results, for docs/BENCHMARKS.md.

    .venv/bin/python benchmarks/plots.py

Reads benchmarks/results/*.json (written by the other scripts) and writes docs/img/*.png:
retrieval latency and memory against corpus size, the ingest time per stage, the kbqa vs
LangChain ingest comparison and the ask latency per stage, and the "Plots" section of
docs/BENCHMARKS.md. A missing results file skips its plot.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.report import write_section  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results"
IMG = REPO / "docs" / "img"


def _load(name: str) -> dict | None:
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def retrieval_growth(data: dict) -> Path:
    rows = data["results"]
    sizes = [r["chunks"] for r in rows]
    fig, (lat, mem) = plt.subplots(1, 2, figsize=(11, 4))
    for label, pick in (("hybrid p95", lambda r: r["hybrid"]["search"]["p95_ms"]),
                        ("hybrid, 30% ACL p95", lambda r: r["hybrid"]["search_acl30"]["p95_ms"]),
                        ("hybrid, 30% ACL + query embedding p95",
                         lambda r: r["hybrid"].get("search_acl30_embed", {}).get("p95_ms")),
                        ("dense p95", lambda r: r["dense"]["search"]["p95_ms"]),
                        ("BM25 p95", lambda r: r["bm25"]["search"]["p95_ms"])):
        points = [(n, pick(r)) for n, r in zip(sizes, rows) if pick(r) is not None]
        if points:  # runs before the embedding was timed have no such line
            lat.plot(*zip(*points), marker="o", label=label)
    lat.axhline(50, color="grey", linestyle="--", linewidth=1, label="target 50 ms")
    lat.set(xscale="log", yscale="log", xlabel="chunks", ylabel="ms per query",
            title="Retrieval latency (one query at a time)")
    lat.legend(fontsize=8)
    mem.plot(sizes, [r["dense"]["rss_delta_mb"] for r in rows], marker="o", label="FAISS index")
    mem.plot(sizes, [r["bm25"]["rss_delta_mb"] for r in rows], marker="o", label="BM25 index")
    mem.set(xscale="log", yscale="log", xlabel="chunks", ylabel="MB resident",
            title="Index memory")
    mem.legend(fontsize=8)
    return _save(fig, "retrieval_growth.png")


def ingest_stages(data: dict) -> Path:
    rows = data["results"]
    stages = [s for s in ("parse", "anonymize", "chunk", "embed", "lexical", "index")
              if any(s in r["stages_s"] for r in rows)]
    fig, ax = plt.subplots(figsize=(8, 3.5))
    for i, r in enumerate(rows):
        left = 0.0
        total = r["stages_s"]["total"]
        for stage in stages:
            share = r["stages_s"].get(stage, 0.0) / total * 100
            ax.barh(i, share, left=left, label=stage if i == 0 else None)
            left += share
    ax.set_yticks(range(len(rows)), [f"{r['corpus']} ({r['files']} files)" for r in rows])
    ax.set(xlabel="% of ingest wall time", title="Ingest time per stage")
    ax.legend(ncols=len(stages), fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.25))
    return _save(fig, "ingest_stages.png")


def langchain(data: dict) -> Path:
    runs = data["runs"]
    fig, ax = plt.subplots(figsize=(6, 3.5))
    names = list(runs)
    ax.bar(names, [runs[n]["docs_per_s"] for n in names], color=["tab:blue", "tab:orange"])
    ax.set(ylabel="documents per second",
           title=f"Ingest of {data['pdfs']} PDFs: kbqa (with anonymization) vs LangChain")
    for i, n in enumerate(names):
        ax.text(i, runs[n]["docs_per_s"], f"{runs[n]['docs_per_s']:.2f}", ha="center",
                va="bottom")
    return _save(fig, "langchain_ingest.png")


def ask(data: dict) -> Path:
    # What the user waits for (call to return), answered and refused apart, when measured;
    # older results only have the stage timings.
    bars = {f"waited: {k}": v for k, v in data.get("wait_s", {}).items()}
    bars |= {s[:-2]: data["stages_s"][s] for s in ("rewrite_s", "retrieve_s", "generate_s",
                                                   "total_s") if s in data["stages_s"]}
    fig, ax = plt.subplots(figsize=(7, 3.5))
    xs = range(len(bars))
    ax.bar([x - 0.2 for x in xs], [v["p50"] for v in bars.values()], 0.4, label="p50")
    ax.bar([x + 0.2 for x in xs], [v["p95"] for v in bars.values()], 0.4, label="p95")
    ax.set_xticks(list(xs), list(bars), fontsize=8)
    ax.set(ylabel="seconds", title=f"ask latency, sample_docs ({data.get('llm', 'embedded')})")
    ax.legend()
    return _save(fig, "ask_latency.png")


def _save(fig, name: str) -> Path:  # type: ignore[no-untyped-def]
    IMG.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    path = IMG / name
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def main() -> int:
    plots = {"retrieval_latency": retrieval_growth, "ingest": ingest_stages,
             "langchain_comparison": langchain, "ask_latency": ask}
    made = []
    for name, draw in plots.items():
        data = _load(name)
        if data is None:
            print(f"skipped: benchmarks/results/{name}.json not found", file=sys.stderr)
            continue
        made.append(draw(data).relative_to(REPO / "docs"))
        print(made[-1])
    write_section(REPO / "docs" / "BENCHMARKS.md", "Plots",
                  "`.venv/bin/python benchmarks/plots.py` draws these from "
                  "`benchmarks/results/*.json`.\n\n"
                  + "\n\n".join(f"![{p.stem.replace('_', ' ')}]({p.as_posix()})" for p in made))
    return 0


if __name__ == "__main__":
    sys.exit(main())
