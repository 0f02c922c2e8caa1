"""``kbqa`` command line: a thin shell over ``KnowledgeBase``.

Exit codes: 0 done (per-file failures are reported, not fatal); 1 a kbqa error (bad path, data dir
busy, ...) printed as one red line; 2 unusable arguments; 3 an internal fault.
Set ``KBQA_DEBUG=1`` to see tracebacks.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kbqa.cli_audit import audit_app, os_user
from kbqa.cli_eval import eval_app
from kbqa.cli_privacy import privacy_app
from kbqa.cli_users import users_app
from kbqa.errors import ConfigError, KbqaError
from kbqa.report import IngestReport

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Offline knowledge-base Q&A.")
index_app = typer.Typer(no_args_is_help=True, help="Maintain the vector index.")
app.add_typer(index_app, name="index")
app.add_typer(audit_app, name="audit")
app.add_typer(eval_app, name="eval")
app.add_typer(users_app, name="users")
app.add_typer(privacy_app, name="privacy")

out = Console()
err = Console(stderr=True)


class _State:
    data_dir: Path | None = None


def _kb():  # type: ignore[no-untyped-def]
    from kbqa.knowledge_base import KnowledgeBase

    return KnowledgeBase(_State.data_dir)


@app.callback()
def _root(
    data_dir: Annotated[
        Optional[Path],
        typer.Option("--data-dir", envvar="KBQA_DATA_DIR", help="Knowledge base folder "
                     "(default: $KBQA_DATA_DIR or ~/.local/share/kbqa)."),
    ] = None,
) -> None:
    _State.data_dir = data_dir


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders to ingest.")],
    group: Annotated[list[str], typer.Option("--group", "-g", help="Group allowed to see "
                     "these documents (repeatable); none: every signed-in user.")] = [],
    collection: Annotated[Optional[str], typer.Option(help="Collection name.")] = None,
    prune: Annotated[bool, typer.Option("--prune", help="Remove documents whose files are gone.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Process files again even when "
                     "unchanged (to mask them with upgraded recognizers; see kbqa privacy scan).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    user: Annotated[Optional[str], typer.Option("--user", "-u", help="The kbqa admin who "
                    "ingests (default: you as the operator, recorded by login name).")] = None,
    passwords_file: Annotated[Optional[Path], typer.Option(
        "--passwords-file", help="Passwords of encrypted files, one 'FILE=PASSWORD' per line "
        "(FILE: a path or a bare file name); never stored or logged.")] = None,
) -> None:
    """Parse, anonymize, chunk and embed documents into the knowledge base."""
    kb = _kb()
    kb.users.operator = os_user()
    passwords = read_passwords(passwords_file) if passwords_file else None
    if as_json:
        report = kb.ingest(paths, groups=group, collection=collection, prune=prune, user=user,
                           passwords=passwords, force=force)
        out.print_json(json.dumps(report.to_dict(), ensure_ascii=False))
        return
    with Progress(
        TextColumn("[bold]ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.description}"), console=err, transient=True,
    ) as bar:
        task = bar.add_task("", total=None)

        def progress(name: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=name)

        report = kb.ingest(paths, groups=group, collection=collection, prune=prune,
                           progress=progress, user=user, passwords=passwords, force=force)
    print_report(report)


def read_passwords(path: Path) -> dict[str, str]:
    """``FILE=PASSWORD`` lines (blank lines and ``#`` comments skipped); a password may hold '='."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the passwords file {path}: {exc}") from exc
    passwords = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, sep, password = line.partition("=")
        if not sep or not name.strip():
            raise ConfigError(f"{path}, line {number}: expected FILE=PASSWORD")
        passwords[name.strip()] = password
    return passwords


def print_report(report: IngestReport) -> None:
    counts = report.counts
    summary = Table(title=f"kbqa ingest — {report.data_dir} [{report.collection}]", show_header=False)
    summary.add_column(style="bold")
    summary.add_column(justify="right")
    for key in ("seen", "ingested", "replaced", "unchanged", "regrouped", "failed", "skipped",
                "pruned", "chunks_added", "chunks_removed"):
        if counts[key] or key in ("seen", "ingested", "unchanged", "failed", "chunks_added"):
            summary.add_row(key.replace("_", " "), str(counts[key]))
    for stage, seconds in report.stages_s.items():
        summary.add_row(f"time {stage}", f"{seconds:.2f} s")
    out.print(summary)
    problems = [f for f in report.files if f.status in ("failed", "skipped")]
    if problems:
        table = Table(title="files not ingested")
        table.add_column("file")
        table.add_column("status")
        table.add_column("reason")
        for f in problems:
            table.add_row(f.path, f"{f.status} ({f.kind})", f.reason or "")
        out.print(table)


@app.command()
def documents(
    collection: Annotated[Optional[str], typer.Option(help="Only this collection.")] = None,
    user: Annotated[Optional[str], typer.Option("--user", "-u", help="Only the documents this "
                    "user may see (default: all).")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List ingested documents with their groups and chunk counts."""
    docs = _kb().documents(collection, user=user)
    rows = [
        {"collection": d.collection, "path": d.path, "title": d.title, "format": d.format,
         "chunks": d.n_chunks, "groups": d.group_names,
         "ingested_at": d.ingested_at.isoformat()}
        for d in docs
    ]
    if as_json:
        out.print_json(json.dumps(rows, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} documents")
    for col in ("collection", "title", "format", "chunks", "groups", "path"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["collection"], r["title"], r["format"], str(r["chunks"]),
                      ", ".join(r["groups"]) or "(all users)", r["path"])
    out.print(table)


_UserOption = Annotated[Optional[str], typer.Option(
    "--user", "-u", envvar="KBQA_USER", help="The registered user who asks; only documents "
    "they may see are searched (default: $KBQA_USER).")]


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Text to search for.")],
    user: _UserOption = None,
    k: Annotated[int, typer.Option("-k", min=1, max=100)] = 5,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Show the chunks nearest to a query that the user may see (retrieval only, no answer)."""
    hits = _kb().retrieve(query, user=user or "", k=k)
    if as_json:
        out.print_json(json.dumps([dataclasses.asdict(h) for h in hits], ensure_ascii=False))
        return
    for h in hits:
        where = f"p. {h.page}" if h.page else h.section
        out.print(f"[bold]{h.score:.3f}[/] {Path(h.source).name} ({where})")
        out.print(f"    {h.text[:200]!r}", markup=False, highlight=False)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, in English or Chinese.")],
    user: _UserOption = None,
    collection: Annotated[list[str], typer.Option("--collection", "-c", help="Search only "
                          "this collection (repeatable); default: all.")] = [],
    no_llm: Annotated[bool, typer.Option("--no-llm", help="Quote the best passages; do not "
                      "call the language model.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")] = False,
) -> None:
    """Answer a question from the knowledge base, citing its sources."""
    answer = _kb().ask(question, user=user or "", collections=collection or None, use_llm=not no_llm)
    if as_json:
        out.print_json(json.dumps(answer.to_dict(), ensure_ascii=False))
        return
    for warning in answer.warnings:
        err.print(f"[yellow]warning:[/] {warning}", highlight=False)
    if answer.standalone_question != answer.question:
        out.print(f"[dim](searched: {answer.standalone_question})[/]", highlight=False)
    out.print(answer.text, markup=False, highlight=False)
    if answer.citations:
        table = Table(title="sources", show_lines=False)
        for col in ("#", "document", "where", "score", "snippet"):
            table.add_column(col)
        for c in answer.citations:
            where = f"p. {c.page}" if c.page is not None else c.section
            table.add_row(f"[{c.number}]", c.title or Path(c.source).name, where or "",
                          f"{c.score:.2f}", c.snippet)
        out.print(table)
    timings = ", ".join(f"{k[:-2]} {v:.2f} s" for k, v in answer.timings.items())
    out.print(f"[dim]{answer.mode} answer by {answer.backend} {answer.model} — {timings} — "
              f"audit id {answer.id}[/]", highlight=False)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (0.0.0.0: every "
                    "interface).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the REST API (one worker; OpenAPI docs at /docs). Clients authenticate with API
    tokens: kbqa users token-create NAME."""
    import uvicorn

    from kbqa.api import create_app

    kb = _kb()
    kb.users.operator = os_user()
    err.print(f"kbqa API on http://{host}:{port} (docs: /docs) over {kb.data_dir}",
              highlight=False)
    uvicorn.run(create_app(kb), host=host, port=port, workers=1, log_level=log_level,
                proxy_headers=False)


@index_app.command("rebuild")
def index_rebuild() -> None:
    """Rebuild the vector and keyword indexes from the chunk store (after a corrupted or lost
    index file)."""
    count = _kb().rebuild_index()
    out.print(f"index rebuilt: {count} vectors")


@index_app.command("status")
def index_status(
    as_json: Annotated[bool, typer.Option("--json", help="Print the status as JSON.")] = False,
) -> None:
    """The vector backend (FAISS file or Milvus), its vector count, and whether it reflects the
    chunk store; exits 1 when it lags (run: kbqa index rebuild)."""
    status = _kb().index_status()
    if as_json:
        out.print_json(json.dumps(status))
    else:
        for key, value in status.items():
            out.print(f"{key}: {value}", highlight=False)
    if not status["up_to_date"]:
        err.print("[red]the vector index lags the chunk store: run kbqa index rebuild[/]")
        raise typer.Exit(1)


def main() -> None:
    """Entry point: run the CLI, mapping errors to one red line and an exit code."""
    try:
        code = app(standalone_mode=False)  # click returns typer.Exit's code instead of exiting
        if isinstance(code, int) and code:
            sys.exit(code)
    except KbqaError as exc:
        if os.environ.get("KBQA_DEBUG"):
            raise
        err.print(f"[red]error:[/] {exc}", highlight=False)
        sys.exit(1)
    except (typer.Abort, KeyboardInterrupt):
        err.print("[red]aborted[/]")
        sys.exit(130)
    except typer.TyperException as exc:  # usage errors (typer's vendored click) carry their code
        show = getattr(exc, "show", None)
        if show is not None:
            show()
        sys.exit(getattr(exc, "exit_code", 2))
    except Exception as exc:
        if os.environ.get("KBQA_DEBUG"):
            raise
        err.print(f"[red]internal error:[/] {type(exc).__name__}: {exc} "
                  "(set KBQA_DEBUG=1 for the traceback)", highlight=False)
        sys.exit(3)
