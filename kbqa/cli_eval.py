"""``kbqa eval``: retrieval quality on BEIR folders and answer quality on SQuAD-format files."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from kbqa.errors import ConfigError

eval_app = typer.Typer(no_args_is_help=True, help="Measure retrieval and answer quality.")

out = Console()
err = Console(stderr=True)


@eval_app.command("retrieval")
def retrieval(
    beir: Annotated[list[Path], typer.Option("--beir", help="BEIR folder (corpus.jsonl, "
                    "queries.jsonl, qrels/test.tsv); repeatable.")],
    max_queries: Annotated[Optional[int], typer.Option(help="First N judged queries.")] = None,
    vector_uri: Annotated[Optional[str], typer.Option(
        "--vector-uri", help="Search the dense list in Milvus there (a Milvus Lite .db path or "
        "http://host:19530) instead of FAISS.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
) -> None:
    """nDCG@10, Recall@10/@100 and MRR@10 of dense-only, BM25-only and fused retrieval, in one run.

    Each BEIR document is one chunk, embedded and indexed in memory with the parts the knowledge
    base uses (FaissIndex, LexicalIndex, HybridRetriever); nothing is written to the data dir.
    With --vector-uri the vectors go to a temporary Milvus collection (exact FLAT search, dropped
    afterwards) and the dense list comes from there.
    """
    from kbqa.embedding import shared_embedder
    from kbqa.evaluation import evaluate_beir

    for folder in beir:
        if not (folder / "corpus.jsonl").is_file():
            raise ConfigError(f"{folder} is not a BEIR folder: no corpus.jsonl")
    embedder = shared_embedder("all-MiniLM-L6-v2")
    results = [
        evaluate_beir(folder, embedder, max_queries=max_queries, vector_uri=vector_uri,
                      log=lambda m: err.print(f"[dim]{m}[/]", highlight=False))
        for folder in beir
    ]
    if as_json:
        out.print_json(json.dumps(results, ensure_ascii=False))
        return
    for result in results:
        table = Table(title=f"{result['set']}: {result['docs']} docs, {result['queries']} queries, "
                            f"dense search in {result['vector_backend']} (%)")
        for col in ("retriever", "nDCG@10", "Recall@10", "Recall@100", "MRR@10"):
            table.add_column(col, justify="left" if col == "retriever" else "right")
        for name, m in result["metrics"].items():
            table.add_row(name, f"{m['ndcg@10']:.1f}", f"{m['recall@10']:.1f}",
                          f"{m['recall@100']:.1f}", f"{m['mrr@10']:.1f}")
        out.print(table)


@eval_app.command("qa")
def qa(
    file: Annotated[Path, typer.Argument(help="SQuAD-format JSON (XQuAD, CMRC 2018, ...).")],
    max_questions: Annotated[int, typer.Option(help="Answerable questions asked (a seeded "
                             "sample); the unanswerable set has a quarter as many.")] = 200,
    holdout: Annotated[float, typer.Option(help="Share of articles left out of the knowledge "
                       "base; their questions are the unanswerable set.")] = 0.2,
    llm: Annotated[Optional[str], typer.Option(help="LLM backend: embedded or openai "
                   "(default: KBQA_LLM_BACKEND).")] = None,
    base_url: Annotated[Optional[str], typer.Option(help="OpenAI-compatible API root.")] = None,
    model: Annotated[Optional[str], typer.Option(help="Model name (openai) or .gguf file.")] = None,
    no_llm: Annotated[bool, typer.Option("--no-llm", help="Answer by quoting passages.")] = False,
    keep_pii: Annotated[bool, typer.Option("--keep-pii", help="Do not mask personal data at "
                        "ingest (public data sets: names are often the answers).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
) -> None:
    """Ingest the contexts into a throw-away knowledge base and ask every question.

    Reports retrieval hit@k, answer containment and token F1, citation accuracy, refusal rate,
    and refusal precision / recall on questions about held-out articles.
    """
    from kbqa.qa_eval import evaluate_qa
    from kbqa.settings import Settings

    if not file.is_file():
        raise ConfigError(f"file not found: {file}")
    update: dict[str, object] = {}
    if llm is not None:
        if llm not in ("embedded", "openai"):
            raise ConfigError(f"--llm must be 'embedded' or 'openai', not {llm!r}")
        update["llm_backend"] = llm
    if base_url is not None:
        update["llm_base_url"] = base_url
    if model is not None:
        update["llm_model"] = model
    if keep_pii:
        update["pii_entities"] = []
    settings = Settings().model_copy(update=update)
    with tempfile.TemporaryDirectory(prefix="kbqa-eval-") as tmp:
        result = evaluate_qa(
            file, Path(tmp), max_questions=max_questions, holdout=holdout, use_llm=not no_llm,
            settings=settings, log=lambda m: err.print(f"[dim]{m}[/]", highlight=False),
        )
    result["pii_masked"] = not keep_pii
    if as_json:
        out.print_json(json.dumps(result, ensure_ascii=False))
        return
    table = Table(title=f"{file.name}: {result['answerable']} answerable, "
                        f"{result['unanswerable']} unanswerable questions")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for name, value in result["metrics"].items():
        table.add_row(name, "n/a" if value is None else f"{value:.3f}")
    for name, value in result["timings"].items():
        table.add_row(name, str(value))
    out.print(table)
    by = "quoting passages" if no_llm else f"{result['llm']['backend']} {result['llm'].get('model', '')}"
    out.print(f"[dim]answers by {by}; personal data {'kept' if keep_pii else 'masked'} at ingest[/]",
              highlight=False)
