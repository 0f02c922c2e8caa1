"""``kbqa privacy scan``: personal data the masking missed in what the knowledge base stored
(a typer sub-app of kbqa.cli over ``KnowledgeBase.privacy_scan``).

Exit codes: 0 nothing found, 1 something found (or a kbqa error), as for ``kbqa`` otherwise.
Values are never printed: only their types, counts and where they are.
"""

from __future__ import annotations

import json
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kbqa.privacy import PrivacyReport

privacy_app = typer.Typer(no_args_is_help=True, help="Check stored data for personal data.")

out = Console()
err = Console(stderr=True)


@privacy_app.command("scan")
def privacy_scan(
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    user: Annotated[Optional[str], typer.Option("--user", "-u", help="The kbqa admin who "
                    "scans (default: you as the operator).")] = None,
) -> None:
    """Scan chunks, titles, paths, BM25 files and audit records for e-mail addresses, phone
    numbers, IDs, cards, IBANs and IP addresses left unmasked; exits 1 when any is found."""
    from kbqa.cli import _kb
    from kbqa.cli_audit import os_user

    kb = _kb()
    kb.users.operator = os_user()
    report = kb.privacy_scan(user=user)
    if as_json:
        out.print_json(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        print_privacy_report(report)
    if not report.clean:
        raise typer.Exit(1)


def print_privacy_report(report: PrivacyReport) -> None:
    scanned = ", ".join(f"{n} {what.replace('_', ' ')}" for what, n in report.scanned.items())
    if report.clean:
        out.print(f"[green]no personal data found[/] (scanned {scanned})", highlight=False)
        return
    counts = Table(title=f"personal data found (scanned {scanned})")
    counts.add_column("entity type")
    counts.add_column("values", justify="right")
    for entity, n in report.counts.items():
        counts.add_row(entity, str(n))
    out.print(counts)
    docs = report.documents()
    if docs:
        table = Table(title="documents to mask again: kbqa ingest --force PATH")
        for col in ("id", "path", "found", "in"):
            table.add_column(col)
        for d in docs:
            found = ", ".join(f"{t} {n}" for t, n in d["counts"].items())
            table.add_row(str(d["document_id"]), Text(d["path"] or ""), found, ", ".join(d["fields"]))
        out.print(table)
    other = [f for f in report.findings if f.place in ("bm25", "audit")]
    if other:
        table = Table(title="elsewhere")
        for col in ("where", "field", "entity type", "values"):
            table.add_column(col)
        for f in other:
            table.add_row(Text(f.location or f.place), f.field, f.entity_type, str(f.count))
        out.print(table)
    if any(f.place == "audit" for f in report.findings):
        err.print("audit records are hash-chained and cannot be rewritten: export them to "
                  "restricted storage, then 'kbqa audit prune --before DATE' (README: Audit log)",
                  highlight=False)
    if any(f.place == "document" and f.field == "path" for f in report.findings):
        err.print("a file name holds personal data: rename the file, ingest it again and "
                  "remove the old document (--prune)", highlight=False)
