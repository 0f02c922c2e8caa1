"""The audit log: who asked what, what kbqa answered and showed, feedback, ingestion runs, access
denials and admin actions, in a SHA-256 hash chain that shows any edit, deletion, reordering or
truncation (``kbqa audit verify``).

    AuditLog        the API: record_ask/feedback/ingest/denial/admin, verify, prune, export, stats
    AuditStore      the storage seam (Protocol); SqlAuditStore keeps it in SQLite or PostgreSQL
    chain           canonical content, hashes and the verifying walk (pure)
    report          exports, their offline verification, statistics
"""

from kbqa.audit.chain import GENESIS_HASH, KINDS, AuditRecord, VerifyResult, verify_chain
from kbqa.audit.log import AuditLog, AuditStore
from kbqa.audit.sql import AuditWriteError, SqlAuditStore

__all__ = [
    "GENESIS_HASH",
    "KINDS",
    "AuditLog",
    "AuditRecord",
    "AuditStore",
    "AuditWriteError",
    "SqlAuditStore",
    "VerifyResult",
    "verify_chain",
]
