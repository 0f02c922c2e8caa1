"""kbqa: offline-first knowledge-base Q&A.

Public API::

    from kbqa import KnowledgeBase
    kb = KnowledgeBase("~/kb")
    report = kb.ingest(["./docs"], groups=["hr"])
    answer = kb.ask("How often must passwords be rotated?", user="alice")
    print(answer.text, [(c.title, c.page, c.snippet) for c in answer.citations])
"""

from kbqa.errors import (
    AccessDeniedError,
    AuditWriteError,
    ConfigError,
    DataDirBusyError,
    IndexCorruptError,
    KbqaError,
    LLMUnavailableError,
    MissingDependencyError,
    VectorStoreUnavailableError,
)
from kbqa.hits import SearchHit
from kbqa.knowledge_base import KnowledgeBase
from kbqa.qa import Answer, Citation
from kbqa.report import FileOutcome, IngestReport
from kbqa.settings import Settings
from kbqa.users import User

__all__ = [
    "AccessDeniedError",
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
    "User",
    "VectorStoreUnavailableError",
]
