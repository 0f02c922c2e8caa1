"""kbqa: offline-first knowledge-base Q&A.

Public API::

    from kbqa import KnowledgeBase
    kb = KnowledgeBase("~/kb")
    report = kb.ingest(["./docs"], groups=["hr"])
    hits = kb.search("How often must passwords be rotated?")
"""

from kbqa.errors import (
    ConfigError,
    DataDirBusyError,
    IndexCorruptError,
    KbqaError,
    MissingDependencyError,
)
from kbqa.knowledge_base import KnowledgeBase, SearchHit
from kbqa.report import FileOutcome, IngestReport
from kbqa.settings import Settings

__all__ = [
    "ConfigError",
    "DataDirBusyError",
    "FileOutcome",
    "IndexCorruptError",
    "IngestReport",
    "KbqaError",
    "KnowledgeBase",
    "MissingDependencyError",
    "SearchHit",
    "Settings",
]
