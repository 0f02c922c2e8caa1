"""The ingestion report: what the CLI prints, ``--json`` emits and the Python API returns.

JSON schema (stable; new keys may be added, existing ones keep their meaning)::

    {
      "data_dir": str, "collection": str,
      "counts": {"seen", "ingested", "replaced", "unchanged", "regrouped", "failed",
                 "skipped", "pruned", "chunks_added", "chunks_removed"},   # ints
      "stages_s": {"hash", "parse", "anonymize", "chunk", "embed", "lexical", "index",
                   "total"},  # seconds; lexical: BM25 terms, index: FAISS + BM25 build and save
      "files": [{"path", "status", "chunks", "kind", "reason", "warnings"}]
    }

``status`` is one of: ingested (new), replaced (content changed, or ``force``), unchanged, regrouped (same
content, groups changed), failed (``kind`` and ``reason`` say why), skipped (not a supported file
type, found while walking a folder), pruned (file gone, document removed with ``--prune``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

STATUSES = ("ingested", "replaced", "unchanged", "regrouped", "failed", "skipped", "pruned")
STAGES = ("hash", "parse", "anonymize", "chunk", "embed", "lexical", "index")


@dataclass
class FileOutcome:
    path: str
    status: str
    chunks: int = 0
    kind: str | None = None
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class IngestReport:
    data_dir: str
    collection: str
    files: list[FileOutcome] = field(default_factory=list)
    stages_s: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    chunks_added: int = 0
    chunks_removed: int = 0
    shown_paths: dict[str, str] = field(default_factory=dict)
    """Path -> the path as recorded in the audit log, personal data in its names masked."""

    def shown(self, path: str) -> str:
        """``path`` as it may be recorded and shown (unknown paths: as given)."""
        return self.shown_paths.get(path, path)

    @property
    def counts(self) -> dict[str, int]:
        by_status = Counter(f.status for f in self.files)
        counts = {"seen": sum(by_status[s] for s in STATUSES if s != "pruned")}
        counts.update({s: by_status[s] for s in STATUSES})
        counts["chunks_added"] = self.chunks_added
        counts["chunks_removed"] = self.chunks_removed
        return counts

    @property
    def failures(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "failed"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "data_dir": self.data_dir,
            "collection": self.collection,
            "counts": self.counts,
            "stages_s": {k: round(v, 3) for k, v in self.stages_s.items()},
            "files": [asdict(f) for f in self.files],
        }
