"""The hash chain: canonical record content, its SHA-256 link, and the walk that verifies it.

Pure functions over ``AuditRecord`` values, shared by the database check (``kbqa audit verify``)
and the offline check of an export file (``kbqa audit verify --file``).

Each record's hash is ``sha256(prev_hash + "\\n" + canonical_json({"seq", "created_at", "kind",
"actor", "payload"}))`` where ``created_at`` is ISO-8601 UTC with microseconds and canonical JSON is
``json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False)``. The first record links
to ``GENESIS_HASH``; after a prune the first kept record links to the hash of the last pruned one,
which the ``prune`` record carries in its payload (``last_seq``, ``last_hash``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64
KINDS = ("ask", "feedback", "ingest", "denial", "admin", "prune")

PROBLEMS = (
    "edited",  # a record's content or hash no longer match
    "broken_link",  # a record's prev_hash is not its predecessor's hash
    "missing",  # a seq is absent (a record deleted), or records before the first lack a checkpoint
    "out_of_order",  # records were reordered (seq swapped, or lines moved in an export)
    "truncated",  # the last records were deleted (the head anchor is ahead of them)
    "head_mismatch",  # the head anchor does not match the last record, or is missing
    "unreadable",  # an export line is not an audit record
)


def canonical_json(value: Any) -> str:
    """The one JSON text of ``value`` that is hashed and stored."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def utc_iso(moment: datetime) -> str:
    """ISO-8601 in UTC with microseconds; a naive datetime is taken as UTC (SQLite returns those)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def chain_hash(prev_hash: str, seq: int, created_at: str, kind: str, actor: str, payload: Any) -> str:
    """The SHA-256 (hex) a record with this content must carry."""
    body = canonical_json(
        {"seq": seq, "created_at": created_at, "kind": kind, "actor": actor, "payload": payload}
    )
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


@dataclass(frozen=True)
class AuditRecord:
    """One audit log entry as stored.

    Attributes:
        seq: Position in the chain: 1, 2, 3, ... without gaps.
        created_at: When it was written (UTC).
        kind: One of ``KINDS``.
        actor: The user it concerns, ``anonymous`` or ``system``.
        payload_json: The canonical JSON text of the payload (see ``payload``).
        prev_hash: The previous record's hash (``GENESIS_HASH`` for the first).
        hash: This record's hash.
    """

    seq: int
    created_at: datetime
    kind: str
    actor: str
    payload_json: str
    prev_hash: str
    hash: str

    @property
    def payload(self) -> dict[str, Any]:
        value = json.loads(self.payload_json)
        return value if isinstance(value, dict) else {"value": value}

    def expected_hash(self) -> str | None:
        """The hash this content must have; None when the payload is not canonical JSON."""
        try:
            payload = json.loads(self.payload_json)
        except ValueError:
            return None
        if canonical_json(payload) != self.payload_json:
            return None
        return chain_hash(
            self.prev_hash, self.seq, utc_iso(self.created_at), self.kind, self.actor, payload
        )

    def to_dict(self) -> dict[str, Any]:
        """The export form: ``seq, created_at, kind, actor, payload`` (an object), the hashes."""
        return {
            "seq": self.seq,
            "created_at": utc_iso(self.created_at),
            "kind": self.kind,
            "actor": self.actor,
            "payload": json.loads(self.payload_json),
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AuditRecord:
        """Read ``to_dict``'s form back (``payload`` may be an object or its JSON text).

        Raises:
            KeyError, TypeError, ValueError: ``data`` is not an audit record.
        """
        payload = data["payload"]
        if isinstance(payload, str):
            payload = json.loads(payload)
        return cls(
            seq=int(data["seq"]),
            created_at=datetime.fromisoformat(data["created_at"]),
            kind=str(data["kind"]),
            actor=str(data["actor"]),
            payload_json=canonical_json(payload),
            prev_hash=str(data["prev_hash"]),
            hash=str(data["hash"]),
        )


@dataclass
class VerifyResult:
    """The outcome of a chain walk.

    Attributes:
        ok: True when no record was found edited, missing, reordered or truncated.
        records: How many records were checked.
        first_seq, last_seq, last_hash: The span checked (keep ``last_hash`` outside the database:
            it pins down everything up to ``last_seq``).
        broken_seq: The first broken record's seq (None when ok).
        problem: One of ``PROBLEMS`` (None when ok).
        message: What is wrong, for a person.
        gaps: In an export check, the places where records were filtered out (not verifiable
            links, not errors).
    """

    ok: bool
    records: int
    first_seq: int | None = None
    last_seq: int | None = None
    last_hash: str | None = None
    broken_seq: int | None = None
    problem: str | None = None
    message: str = ""
    gaps: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class _Broken(Exception):
    def __init__(self, seq: int | None, problem: str, message: str) -> None:
        super().__init__(message)
        self.seq, self.problem, self.message = seq, problem, message


def verify_chain(
    records: Iterable[AuditRecord],
    *,
    head: tuple[int, str] | None = None,
    complete: bool = True,
    locate: Callable[[str], int | None] | None = None,
) -> VerifyResult:
    """Walk ``records`` in order and report the first broken one.

    Args:
        records: The records, in the order they claim (ascending seq).
        head: The head anchor (seq, hash) the last record must match (``complete`` only).
        complete: True for the whole log (a gap is a deleted record, the records before the first
            must be covered by a prune checkpoint, the head must match); False for an export that
            may be filtered: each record's own hash is checked, and the link wherever two records
            are consecutive.
        locate: Finds the seq of the record with a given hash; used to tell reordering from
            editing when a link is broken.
    """
    count, first, prev = 0, None, None
    pending: tuple[int, str] | None = None  # (first seq, its prev_hash) awaiting a prune record
    gaps = 0
    try:
        for rec in records:
            count += 1
            if prev is None:
                first = rec
                if rec.seq == 1 and rec.prev_hash != GENESIS_HASH:
                    raise _Broken(rec.seq, "broken_link",
                                  "record 1 does not start from the genesis hash")
                if rec.seq != 1:
                    pending = (rec.seq, rec.prev_hash)
            else:
                gaps += _check_link(prev, rec, complete, locate)
            if rec.expected_hash() != rec.hash:
                raise _Broken(rec.seq, "edited",
                              f"record {rec.seq} was edited: its content no longer matches its hash")
            if pending is not None and rec.kind == "prune":
                pending = _check_checkpoint(rec, pending)
            prev = rec
        if complete:
            _check_end(prev, pending, head)
    except _Broken as broken:
        return VerifyResult(
            ok=False, records=count, first_seq=first.seq if first else None,
            last_seq=prev.seq if prev else None, last_hash=prev.hash if prev else None,
            broken_seq=broken.seq, problem=broken.problem, message=broken.message, gaps=gaps,
        )
    return VerifyResult(
        ok=True, records=count, first_seq=first.seq if first else None,
        last_seq=prev.seq if prev else None, last_hash=prev.hash if prev else None, gaps=gaps,
        message=f"{count} records intact" + (f" ({gaps} filtered gaps)" if gaps else ""),
    )


def _check_link(
    prev: AuditRecord, rec: AuditRecord, complete: bool, locate: Callable[[str], int | None] | None
) -> int:
    """Check ``rec`` follows ``prev``; returns 1 for an allowed gap (filtered export), else 0."""
    if rec.seq <= prev.seq:
        raise _Broken(rec.seq, "out_of_order", f"record {rec.seq} comes after record {prev.seq}: "
                      "records were reordered")
    if rec.seq != prev.seq + 1:
        if not complete:
            return 1
        missing = f"{prev.seq + 1}" if rec.seq == prev.seq + 2 else f"{prev.seq + 1}..{rec.seq - 1}"
        raise _Broken(prev.seq + 1, "missing", f"record {missing} is missing: the log jumps from "
                      f"{prev.seq} to {rec.seq}")
    if rec.prev_hash != prev.hash:
        linked = locate(rec.prev_hash) if locate else None
        if linked is not None and linked != prev.seq:
            raise _Broken(rec.seq, "out_of_order", f"record {rec.seq} links to record {linked}, "
                          f"not to {prev.seq}: records were reordered")
        raise _Broken(rec.seq, "broken_link", f"record {rec.seq} does not link to record "
                      f"{prev.seq}: one of them was rewritten")
    return 0


def _check_checkpoint(rec: AuditRecord, pending: tuple[int, str]) -> tuple[int, str] | None:
    """Match the first record's link against a prune checkpoint; None once it is accounted for."""
    first_seq, first_prev = pending
    payload = rec.payload
    if payload.get("last_seq") != first_seq - 1:
        return pending
    if payload.get("last_hash") != first_prev:
        raise _Broken(first_seq, "broken_link", f"record {first_seq} does not link to the last "
                      f"pruned record named by prune checkpoint {rec.seq}")
    return None


def _check_end(
    last: AuditRecord | None,
    pending: tuple[int, str] | None,
    head: tuple[int, str] | None,
) -> None:
    if pending is not None:
        raise _Broken(pending[0], "missing", f"records before {pending[0]} are missing and no "
                      "prune checkpoint accounts for them")
    if last is None:
        if head is not None:
            raise _Broken(1, "truncated", f"the log is empty but its head anchor names record "
                          f"{head[0]}: every record was deleted")
        return
    if head is None:
        raise _Broken(last.seq, "head_mismatch", "the head anchor is missing: the log cannot be "
                      "checked for truncation")
    head_seq, head_hash = head
    if head_seq > last.seq:
        raise _Broken(last.seq + 1, "truncated", f"records {last.seq + 1}..{head_seq} are missing "
                      "at the end: the log was truncated")
    if head_seq != last.seq or head_hash != last.hash:
        raise _Broken(last.seq, "head_mismatch", f"the head anchor (record {head_seq}) does not "
                      f"match the last record {last.seq}")
