"""Exports (JSON Lines, CSV) and their offline verification; statistics over the log.

Export formats (stable):

- ``jsonl``: one record per line, ``{"seq", "created_at", "kind", "actor", "payload", "prev_hash",
  "hash"}`` with ``payload`` a JSON object and ``created_at`` ISO-8601 UTC with microseconds.
- ``csv``: a header row, then the same columns, ``payload`` as its canonical JSON text.

A filtered export (``--since``, ``--until``, ``--user``) is a sub-chain: the offline check
recomputes every record's own hash (its content is as logged) and checks the link wherever two
records are consecutive (seq n then n+1); where records were filtered out the link cannot be
checked and is counted in ``gaps``. An unfiltered export is checked link by link from its first
record; compare its ``last_seq``/``last_hash`` with a value kept elsewhere to rule out truncation.
"""

from __future__ import annotations

import csv
import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from kbqa.audit.chain import AuditRecord, VerifyResult, utc_iso, verify_chain
from kbqa.errors import ConfigError

FIELDS = ("seq", "created_at", "kind", "actor", "payload", "prev_hash", "hash")
FORMATS = ("jsonl", "csv")


def write_export(records: Iterable[AuditRecord], out: TextIO, format: str) -> int:
    """Write ``records`` to ``out`` as ``jsonl`` or ``csv``; returns how many."""
    if format not in FORMATS:
        raise ConfigError(f"unknown export format {format!r}; use jsonl or csv")
    count = 0
    writer = csv.writer(out, lineterminator="\n") if format == "csv" else None
    if writer is not None:
        writer.writerow(FIELDS)
    for rec in records:
        if writer is not None:
            writer.writerow([rec.seq, utc_iso(rec.created_at), rec.kind, rec.actor,
                             rec.payload_json, rec.prev_hash, rec.hash])
        else:
            out.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


class _Unreadable(Exception):
    pass


def read_export(path: Path) -> Iterator[AuditRecord]:
    """The records of an export file (``.csv`` by suffix, else JSON Lines), in file order.

    Raises:
        _Unreadable: a line is not an audit record (the message names the line).
    """
    with open(path, encoding="utf-8", newline="") as fh:
        if path.suffix.lower() == ".csv":
            rows: Iterable[tuple[int, Any]] = (
                (n, row) for n, row in enumerate(csv.DictReader(fh), start=2)
            )
        else:
            rows = ((n, line) for n, line in enumerate(fh, start=1) if line.strip())
        for line_no, raw in rows:
            try:
                data = json.loads(raw) if isinstance(raw, str) else raw
                yield AuditRecord.from_dict(data)
            except (KeyError, TypeError, ValueError) as exc:
                raise _Unreadable(f"{path} line {line_no} is not an audit record ({exc})") from None


def verify_export(path: Path) -> VerifyResult:
    """Check an export file offline: each record's hash, and links between consecutive records.

    Raises:
        ConfigError: the file does not exist.
    """
    if not path.is_file():
        raise ConfigError(f"export file not found: {path}")

    def locate(digest: str) -> int | None:
        try:
            return next((r.seq for r in read_export(path) if r.hash == digest), None)
        except _Unreadable:
            return None

    try:
        return verify_chain(read_export(path), complete=False, locate=locate)
    except _Unreadable as exc:
        return VerifyResult(ok=False, records=0, problem="unreadable", message=str(exc))


def percentile(values: list[float], pct: float) -> float | None:
    """Nearest-rank percentile (the smallest value with at least ``pct``% at or below it)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def compute_stats(records: Iterable[AuditRecord], top: int = 10) -> dict[str, Any]:
    """Figures for ``kbqa audit stats``.

    Returns:
        ``records``; ``by_kind`` counts; ``asks``, ``errors`` (failed asks), ``answered``,
        ``refused`` and ``refusal_rate`` (refused / answered); ``feedback`` ``up``, ``down`` and
        ``ratio`` (up / (up + down)); ``days``: per UTC day ``asks``, ``refused``, ``errors`` and
        the answered asks' total latency ``latency_p50_s``/``latency_p95_s``; ``top_refused``:
        the most often refused questions with their counts. Rates are None without data.
    """
    by_kind: Counter[str] = Counter()
    feedback: Counter[str] = Counter()
    refused_questions: Counter[str] = Counter()
    days: dict[str, dict[str, Any]] = {}
    latencies: dict[str, list[float]] = {}
    for rec in records:
        by_kind[rec.kind] += 1
        payload = rec.payload
        if rec.kind == "feedback":
            feedback[str(payload.get("rating"))] += 1
        if rec.kind != "ask":
            continue
        day = utc_iso(rec.created_at)[:10]
        figures = days.setdefault(day, {"date": day, "asks": 0, "refused": 0, "errors": 0})
        figures["asks"] += 1
        if payload.get("error"):
            figures["errors"] += 1
            continue
        if payload.get("refused"):
            figures["refused"] += 1
            refused_questions[" ".join(str(payload.get("question", "")).split())] += 1
        total = (payload.get("timings") or {}).get("total_s")
        if isinstance(total, (int, float)):
            latencies.setdefault(day, []).append(float(total))
    asks = by_kind["ask"]
    errors = sum(d["errors"] for d in days.values())
    refused = sum(d["refused"] for d in days.values())
    answered = asks - errors
    up, down = feedback["up"], feedback["down"]
    for day, figures in days.items():
        figures["latency_p50_s"] = percentile(latencies.get(day, []), 50)
        figures["latency_p95_s"] = percentile(latencies.get(day, []), 95)
    return {
        "records": sum(by_kind.values()),
        "by_kind": dict(sorted(by_kind.items())),
        "asks": asks,
        "errors": errors,
        "answered": answered,
        "refused": refused,
        "refusal_rate": refused / answered if answered else None,
        "feedback": {"up": up, "down": down, "ratio": up / (up + down) if up + down else None},
        "days": [days[d] for d in sorted(days)],
        "top_refused": [{"question": q, "count": n} for q, n in refused_questions.most_common(top)],
    }
