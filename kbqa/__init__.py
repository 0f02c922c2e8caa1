"""kbqa: offline-first knowledge-base Q&A.

Public API::

    from kbqa import KnowledgeBase
    kb = KnowledgeBase("~/kb")
    report = kb.ingest(["./docs"], groups=["hr"])
    answer = kb.ask("How often must passwords be rotated?", user="alice")
    print(answer.text, [(c.title, c.page, c.snippet) for c in answer.citations])
"""

from kbqa.errors import (
    AuditWriteError,
    ConfigError,
    DataDirBusyError,
    IndexCorruptError,
    KbqaError,
    LLMUnavailableError,
    MissingDependencyError,
)
from kbqa.knowledge_base import KnowledgeBase, SearchHit
from kbqa.qa import Answer, Citation
from kbqa.report import FileOutcome, IngestReport
from kbqa.settings import Settings

__all__ = [
    "Answer",
    "AuditWriteError",
    "Citation",
    "ConfigError",
    "DataDirBusyError",
    "FileOutcome",
    "IndexCorruptError",
    "IngestReport",
    "KbqaError",
    "KnowledgeBase",
    "LLMUnavailableError",
    "MissingDependencyError",
    "SearchHit",
    "Settings",
]
