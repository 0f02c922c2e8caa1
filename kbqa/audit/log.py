"""``AuditLog``: what kbqa records (asks, feedback, ingestion runs, denials, admin actions) and
the compliance operations over it (verify, prune, export, stats).

The payloads are built here, from what the user was shown: an ask records ``Answer.text`` and
the citations' snippets, never the passages' full text (which the answer pipeline saw). The
storage behind it is an ``AuditStore`` (``SqlAuditStore``: SQLite or PostgreSQL).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, TextIO

from kbqa.audit.chain import AuditRecord, VerifyResult
from kbqa.audit.report import compute_stats, verify_export, write_export
from kbqa.errors import ConfigError

if TYPE_CHECKING:
    from kbqa.qa import Answer
    from kbqa.report import IngestReport

ANONYMOUS = "anonymous"
SYSTEM = "system"


def _number(value: float) -> float | None:
    """Rounded for the log; None for NaN or infinity, which JSON cannot hold."""
    return round(value, 4) if math.isfinite(value) else None


class AuditStore(Protocol):
    """Where the hash chain lives. Appends must be serialized across processes."""

    def append(self, kind: str, actor: str, payload: dict[str, Any]) -> AuditRecord:
        """Write the next record and return it."""
        ...

    def get(self, seq: int) -> AuditRecord | None:
        """The record ``seq``, or None."""
        ...

    def records(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        actor: str | None = None,
        kinds: tuple[str, ...] | None = None,
    ) -> Iterator[AuditRecord]:
        """Records in seq order, created in ``[since, until)``."""
        ...

    def verify(self) -> VerifyResult:
        """Walk the whole chain and report the first broken record."""
        ...


class AuditLog:
    """The audit log of one kbqa database.

    Args:
        store: Where records are kept; ``AuditLog.open(url)`` builds the SQL one.
    """

    def __init__(self, store: AuditStore) -> None:
        self.store = store

    @classmethod
    def open(cls, url: str) -> AuditLog:
        """The audit log in the database at a SQLAlchemy URL, migrated to the latest schema."""
        from kbqa.audit.sql import SqlAuditStore
        from kbqa.migrations import upgrade
        from kbqa.store import create_database_engine

        engine = create_database_engine(url)
        upgrade(engine)
        return cls(SqlAuditStore(engine))

    # -- recording ------------------------------------------------------------------------------
    def record_ask(
        self,
        answer: Answer,
        *,
        user: str | None,
        groups: Sequence[str] | None = None,
        error: str | None = None,
    ) -> int:
        """Record a question and the answer as shown; returns the record id (``Answer.id``).

        Args:
            answer: The answer (for a failed ask, whatever was known: question, timings).
            user: Who asked (None: ``anonymous``).
            groups: The user's groups at the time (None: unknown).
            error: Why the ask failed, if it did.
        """
        payload = {
            "question": answer.question,
            "rewritten_query": answer.standalone_question,
            "groups": sorted(groups) if groups is not None else None,
            "collections": list(answer.collections),
            "retrieved": [{"chunk_id": i, "score": _number(s)} for i, s in answer.retrieved],
            "cited": [c.chunk_id for c in answer.citations],
            "citations": [dict(c.to_dict(), score=_number(c.score)) for c in answer.citations],
            "answer": answer.text,
            "refused": answer.refused,
            "mode": answer.mode,
            "backend": answer.backend,
            "model": answer.model,
            "timings": {k: _number(v) for k, v in answer.timings.items()},
            "warnings": list(answer.warnings),
            "flagged": len(answer.flagged),  # dropped model sentences were not shown: count only
            "error": error,
        }
        return self.store.append("ask", user or ANONYMOUS, payload).seq

    def record_feedback(
        self,
        ask_id: int,
        *,
        user: str | None,
        rating: Literal["up", "down"],
        comment: str = "",
    ) -> int:
        """Record a thumbs up or down on a recorded answer; returns the record id.

        Raises:
            ConfigError: ``rating`` is not up/down, or ``ask_id`` is no recorded answer.
        """
        if rating not in ("up", "down"):
            raise ConfigError(f"feedback rating must be 'up' or 'down', not {rating!r}")
        asked = self.store.get(int(ask_id))
        if asked is None or asked.kind != "ask":
            raise ConfigError(
                f"no answer with id {ask_id} in the audit log; feedback must name the id of a "
                "recorded answer (Answer.id, or \"id\" in kbqa ask --json)"
            )
        payload = {"ask_id": asked.seq, "asked_by": asked.actor, "rating": rating,
                   "comment": comment}
        return self.store.append("feedback", user or ANONYMOUS, payload).seq

    def record_ingest(
        self,
        report: IngestReport | None,
        *,
        user: str | None,
        paths: Sequence[str | Path] = (),
        groups: Sequence[str] = (),
        error: str | None = None,
    ) -> int:
        """Record an ingestion run: who, which files and what became of each, counts, failures."""
        # Paths as shown to users: a name in a file or folder name is masked there.
        shown = report.shown if report else str
        payload: dict[str, Any] = {
            "paths": [shown(str(p)) for p in paths],
            "groups": sorted(groups),
            "error": error,
            "collection": report.collection if report else None,
            "counts": report.counts if report else {},
            "failures": len(report.failures) if report else 0,
            "files": [
                {"path": shown(f.path), "status": f.status, "chunks": f.chunks, "kind": f.kind,
                 "reason": f.reason.replace(f.path, shown(f.path)) if f.reason else f.reason}
                for f in (report.files if report else [])
            ],
        }
        return self.store.append("ingest", user or SYSTEM, payload).seq

    def record_denial(
        self,
        *,
        user: str | None,
        action: str,
        target: str,
        reason: str,
        groups: Sequence[str] | None = None,
    ) -> int:
        """Record a refused access (e.g. ``action="ask", target="collection hr"``)."""
        payload = {"action": action, "target": target, "reason": reason,
                   "groups": sorted(groups) if groups is not None else None}
        return self.store.append("denial", user or ANONYMOUS, payload).seq

    def record_admin(
        self,
        action: str,
        *,
        user: str | None,
        target: str,
        details: dict[str, Any] | None = None,
    ) -> int:
        """Record an admin action (``user_created``, ``groups_changed``, ``document_deleted``...)."""
        payload = {"action": action, "target": target, "details": details or {}}
        return self.store.append("admin", user or SYSTEM, payload).seq

    # -- compliance operations ------------------------------------------------------------------
    def get(self, record_id: int) -> AuditRecord | None:
        """The record with this id (seq), or None."""
        return self.store.get(record_id)

    def records(self, **filters: Any) -> Iterator[AuditRecord]:
        """Records in order; filters: ``since``, ``until``, ``actor``, ``kinds``."""
        return self.store.records(**filters)

    def verify(self) -> VerifyResult:
        """Check the whole chain: every hash, every link, the prune checkpoint, the head."""
        return self.store.verify()

    @staticmethod
    def verify_export(path: str | Path) -> VerifyResult:
        """Check an export file (jsonl or csv) offline; see ``kbqa.audit.report.verify_export``."""
        return verify_export(Path(path))

    def prune(self, before: datetime, *, user: str | None = None) -> AuditRecord | None:
        """Delete records created before ``before``, leaving a checkpoint; see ``SqlAuditStore``.

        Returns:
            The ``prune`` checkpoint record, or None when nothing was old enough.
        """
        prune = getattr(self.store, "prune", None)
        if prune is None:
            raise ConfigError(f"this audit store ({type(self.store).__name__}) cannot prune")
        return prune(before, user or SYSTEM)  # type: ignore[no-any-return]

    def export(
        self,
        out: TextIO,
        *,
        format: Literal["jsonl", "csv"] = "jsonl",
        since: datetime | None = None,
        until: datetime | None = None,
        user: str | None = None,
    ) -> int:
        """Write records (created in ``[since, until)``, of ``user``) to ``out``; returns the count."""
        return write_export(self.store.records(since=since, until=until, actor=user), out, format)

    def stats(self, *, since: datetime | None = None, until: datetime | None = None) -> dict[str, Any]:
        """Counts, refusal rate, feedback ratio, latency per day; see ``compute_stats``."""
        return compute_stats(self.store.records(since=since, until=until))
