"""``kbqa audit ...``: verify, export, stats and prune the audit log (a typer sub-app of kbqa.cli).

Exit codes as for ``kbqa``; ``verify`` exits 1 when the chain is broken, naming the first broken
record. Dates (``--since``, ``--until``, ``--before``) are ISO-8601 dates or date-times, in UTC
unless they carry an offset; ``--since`` is inclusive, ``--until`` and ``--before`` exclusive.
"""

from __future__ import annotations

import getpass
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from kbqa.errors import ConfigError

audit_app = typer.Typer(no_args_is_help=True, help="Verify, export and prune the audit log.")

out = Console()
err = Console(stderr=True)


def os_user() -> str:
    """The account running the command, recorded as the actor of CLI admin actions."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers
        return "system"


def _audit_log():  # type: ignore[no-untyped-def]
    from kbqa.audit import AuditLog
    from kbqa.cli import _State
    from kbqa.settings import Settings

    settings = Settings()
    if _State.data_dir is not None:
        settings = settings.model_copy(update={"data_dir": _State.data_dir.expanduser()})
    if settings.database_url is None and not (settings.data_dir / "kbqa.db").is_file():
        raise ConfigError(f"no kbqa database in {settings.data_dir}: check --data-dir or "
                          "KBQA_DATA_DIR (or set KBQA_DATABASE_URL)")
    return AuditLog.open(settings.sqlalchemy_url())


def _when(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date such as 2025-01-31 or "
                                 "2025-01-31T12:00", param_hint=option) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


@audit_app.command()
def verify(
    file: Annotated[Optional[Path], typer.Option("--file", help="Check an export file (jsonl or "
                    "csv) offline instead of the database.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Walk the hash chain; exit 1 naming the first edited, missing or reordered record."""
    if file is not None:
        from kbqa.audit import AuditLog

        result = AuditLog.verify_export(file)
    else:
        result = _audit_log().verify()
    if as_json:
        out.print_json(json.dumps(result.to_dict()))
    elif result.ok:
        span = f", seq {result.first_seq}..{result.last_seq}" if result.records else ""
        gaps = f", {result.gaps} gaps where records were filtered out" if result.gaps else ""
        out.print(f"audit log intact: {result.records} records{span}{gaps}", highlight=False)
        if result.last_hash:
            out.print(f"last hash {result.last_hash}", highlight=False)
    else:
        where = f"record {result.broken_seq}" if result.broken_seq is not None else str(file)
        err.print(f"[red]audit log broken at {where} ({result.problem}):[/] {result.message}",
                  highlight=False)
    if not result.ok:
        raise typer.Exit(1)


@audit_app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl or csv.")] = "jsonl",
    since: Annotated[Optional[str], typer.Option(help="Records created at or after this.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Records created before this.")] = None,
    user: Annotated[Optional[str], typer.Option("--user", "-u", help="Only this actor.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file "
                      "(default: standard output).")] = None,
) -> None:
    """Export records; ``kbqa audit verify --file`` checks the export again offline."""
    if format not in ("jsonl", "csv"):
        raise typer.BadParameter("use jsonl or csv", param_hint="--format")
    log = _audit_log()
    filters = {"format": format, "since": _when(since, "--since"),
               "until": _when(until, "--until"), "user": user}
    if output is None:
        count = log.export(sys.stdout, **filters)
    else:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            count = log.export(fh, **filters)
    err.print(f"exported {count} records" + (f" to {output}" if output else ""), highlight=False)


@audit_app.command()
def stats(
    since: Annotated[Optional[str], typer.Option(help="Records created at or after this.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Records created before this.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Counts, refusal rate, feedback ratio and answer latency per day."""
    figures = _audit_log().stats(since=_when(since, "--since"), until=_when(until, "--until"))
    if as_json:
        out.print_json(json.dumps(figures, ensure_ascii=False))
        return

    def pct(value: float | None) -> str:
        return "-" if value is None else f"{100 * value:.1f} %"

    def secs(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f} s"

    kinds = ", ".join(f"{k} {n}" for k, n in figures["by_kind"].items()) or "none"
    out.print(f"{figures['records']} records: {kinds}", highlight=False)
    fb = figures["feedback"]
    out.print(f"asks {figures['asks']} (failed {figures['errors']}), refused {figures['refused']} "
              f"= {pct(figures['refusal_rate'])}; feedback up {fb['up']} / down {fb['down']} "
              f"= {pct(fb['ratio'])} positive", highlight=False)
    if figures["days"]:
        table = Table(title="asks per day (UTC)")
        for col in ("date", "asks", "refused", "failed", "latency p50", "latency p95"):
            table.add_column(col)
        for d in figures["days"]:
            table.add_row(d["date"], str(d["asks"]), str(d["refused"]), str(d["errors"]),
                          secs(d["latency_p50_s"]), secs(d["latency_p95_s"]))
        out.print(table)
    if figures["top_refused"]:
        table = Table(title="most refused questions")
        table.add_column("count", justify="right")
        table.add_column("question")
        for q in figures["top_refused"]:
            table.add_row(str(q["count"]), q["question"])
        out.print(table)


@audit_app.command()
def prune(
    before: Annotated[str, typer.Option(help="Delete records created before this date.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    user: Annotated[Optional[str], typer.Option("--user", "-u", help="Who prunes (recorded; "
                    "default: your login name).")] = None,
) -> None:
    """Delete old records, leaving a checkpoint record that keeps the chain verifiable."""
    moment = _when(before, "--before")
    assert moment is not None
    if not yes:
        typer.confirm(f"delete every audit record created before {moment.isoformat()}?",
                      abort=True)
    checkpoint = _audit_log().prune(moment, user=user or os_user())
    if checkpoint is None:
        out.print(f"nothing to prune: no record was created before {moment.isoformat()}",
                  highlight=False)
        return
    p = checkpoint.payload
    out.print(f"pruned {p['deleted']} records ({p['first_seq']}..{p['last_seq']}); checkpoint "
              f"is record {checkpoint.seq}", highlight=False)
