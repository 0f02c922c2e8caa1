"""Issue 20, step 1: the pure moves of the package restructure, and every reference rewritten.

Run from the repository root (``python /tmp/issue20/move.py [--dry-run]``). Idempotent: an entry
whose old file is gone and whose new file exists is done and skipped, so a second run changes
nothing. Order inside a run: rewrite references first (text only), then ``git mv``, then create
the new packages' ``__init__.py``; a run cut short is finished by running it again.

What it rewrites, in kbqa/ ingest/ tests/ benchmarks/ scripts/ deploy/ docs/ .ci/ app.py
README.md pyproject.toml (text files; benchmarks/results/ is left as recorded):
- dotted names ``kbqa.x.y`` wherever they occur: imports, ``"kbqa.x.f"`` monkeypatch/mock targets,
  ``-m kbqa.x``, pyproject package-data keys, docstrings and docs;
- ``from kbqa import metrics`` (a module imported from its package) -> ``from kbqa.metrics import
  recorders as metrics``;
- slash paths ``kbqa/x.py`` / ``tests/kbqa/test_x.py`` in docs, scripts and tests;
- in a test moved one folder down, ``Path(__file__)...parents[N]`` becomes ``parents[N+1]``.
Nothing else: behaviour and test assertions are unchanged (see PLAN.md for the later steps).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

# -- the mapping table: old path -> new path (pure moves) ------------------------------------
MOVES: dict[str, str] = {
    # leaves: data types crossing layers (Answer/Citation/SearchHit/User/AccessScope follow in step 3)
    "kbqa/report.py": "kbqa/types/ingest_report.py",
    "kbqa/answer_events.py": "kbqa/types/answer_events.py",
    # text/: one home for character classes, terms, matching, the injection filter
    "kbqa/terms.py": "kbqa/text/terms.py",
    "kbqa/textmatch.py": "kbqa/text/matching.py",
    "kbqa/injection.py": "kbqa/text/injection.py",
    # db/: chunk store, writer lock, migrations (tables gathered in db/models.py in step 2)
    "kbqa/store.py": "kbqa/db/chunk_store.py",
    "kbqa/lock.py": "kbqa/db/writer_lock.py",
    "kbqa/migrations/__init__.py": "kbqa/db/migrations/__init__.py",
    "kbqa/migrations/env.py": "kbqa/db/migrations/env.py",
    "kbqa/migrations/script.py.mako": "kbqa/db/migrations/script.py.mako",
    "kbqa/migrations/versions/__init__.py": "kbqa/db/migrations/versions/__init__.py",
    "kbqa/migrations/versions/0001_chunk_store.py": "kbqa/db/migrations/versions/0001_chunk_store.py",
    "kbqa/migrations/versions/0002_audit_log.py": "kbqa/db/migrations/versions/0002_audit_log.py",
    "kbqa/migrations/versions/0003_users.py": "kbqa/db/migrations/versions/0003_users.py",
    "kbqa/migrations/versions/0004_api_tokens.py": "kbqa/db/migrations/versions/0004_api_tokens.py",
    "kbqa/migrations/versions/0005_document_source.py":
        "kbqa/db/migrations/versions/0005_document_source.py",
    # accounts/
    "kbqa/users.py": "kbqa/accounts/users.py",
    "kbqa/tokens.py": "kbqa/accounts/tokens.py",
    # engines: embedding/, vectors/, retrieval/, metrics/
    "kbqa/embedding.py": "kbqa/embedding/sbert.py",
    "kbqa/index.py": "kbqa/vectors/faiss_index.py",
    "kbqa/faiss_file.py": "kbqa/vectors/faiss_file.py",
    "kbqa/vectors_milvus.py": "kbqa/vectors/milvus_index.py",
    "kbqa/lexical.py": "kbqa/retrieval/lexical.py",
    "kbqa/retrieval.py": "kbqa/retrieval/hybrid.py",
    "kbqa/access.py": "kbqa/retrieval/access.py",
    "kbqa/hits.py": "kbqa/retrieval/hits.py",
    "kbqa/index_files.py": "kbqa/retrieval/index_files.py",
    "kbqa/metrics.py": "kbqa/metrics/recorders.py",
    # use cases: answering/, documents/
    "kbqa/qa.py": "kbqa/answering/pipeline.py",
    "kbqa/answer.py": "kbqa/answering/generation.py",
    "kbqa/verify.py": "kbqa/answering/verification.py",
    "kbqa/rewrite.py": "kbqa/answering/rewriting.py",
    "kbqa/shortfact.py": "kbqa/answering/short_fact.py",
    "kbqa/ingestion.py": "kbqa/documents/ingestion.py",
    "kbqa/kb_documents.py": "kbqa/documents/service.py",
    "kbqa/pseudonyms.py": "kbqa/documents/pseudonyms.py",
    "kbqa/display_names.py": "kbqa/documents/display_names.py",
    "kbqa/privacy.py": "kbqa/documents/privacy_scan.py",
    "kbqa/api/uploads.py": "kbqa/documents/uploads.py",
    # shells: cli/, webapp/admin/, eval/
    "kbqa/cli.py": "kbqa/cli/app.py",
    "kbqa/cli_audit.py": "kbqa/cli/audit.py",
    "kbqa/cli_eval.py": "kbqa/cli/evaluate.py",
    "kbqa/cli_privacy.py": "kbqa/cli/privacy.py",
    "kbqa/cli_users.py": "kbqa/cli/users.py",
    "kbqa/webapp/admin.py": "kbqa/webapp/admin/area.py",
    "kbqa/webapp/admin_actions.py": "kbqa/webapp/admin/actions.py",
    "kbqa/webapp/admin_answers.py": "kbqa/webapp/admin/answers.py",
    "kbqa/webapp/admin_audit.py": "kbqa/webapp/admin/audit.py",
    "kbqa/webapp/admin_documents.py": "kbqa/webapp/admin/documents.py",
    "kbqa/webapp/admin_users.py": "kbqa/webapp/admin/users.py",
    "kbqa/webapp/admin_privacy.py": "kbqa/webapp/admin/privacy.py",
    "kbqa/evaluation.py": "kbqa/eval/retrieval.py",
    "kbqa/qa_eval.py": "kbqa/eval/answers.py",
    # ingest/pii/: the PII recognizers as a package (word lists become data in words_to_data.py)
    "ingest/pii_case.py": "ingest/pii/case.py",
    "ingest/pii_cues.py": "ingest/pii/cues.py",
    "ingest/pii_email.py": "ingest/pii/emails.py",
    "ingest/pii_lexicon.py": "ingest/pii/lexicon.py",
    "ingest/pii_missed_names.py": "ingest/pii/missed_names.py",
    "ingest/pii_name_tokens.py": "ingest/pii/name_tokens.py",
    "ingest/pii_names.py": "ingest/pii/names.py",
    "ingest/pii_nlp.py": "ingest/pii/nlp.py",
    "ingest/pii_recognizers.py": "ingest/pii/recognizers.py",
    "ingest/pii_repeats.py": "ingest/pii/repeats.py",
    "ingest/pii_words.py": "ingest/pii/words.py",
    "ingest/pii_zh_names.py": "ingest/pii/zh_names.py",
    "ingest/pii_zh_words.py": "ingest/pii/zh_words.py",
    # tests mirror the packages (helpers stay in tests/kbqa/: tests/kbqa/conftest.py puts that
    # folder on sys.path, so `from api_server import ...` keeps working one level down)
    "tests/kbqa/test_access.py": "tests/kbqa/retrieval/test_access.py",
    "tests/kbqa/test_retrieval.py": "tests/kbqa/retrieval/test_retrieval.py",
    "tests/kbqa/test_index.py": "tests/kbqa/vectors/test_index.py",
    "tests/kbqa/test_vector_backends.py": "tests/kbqa/vectors/test_vector_backends.py",
    "tests/kbqa/test_answer.py": "tests/kbqa/answering/test_answer.py",
    "tests/kbqa/test_ask.py": "tests/kbqa/answering/test_ask.py",
    "tests/kbqa/test_rewrite.py": "tests/kbqa/answering/test_rewrite.py",
    "tests/kbqa/test_extractive.py": "tests/kbqa/answering/test_extractive.py",
    "tests/kbqa/test_injection.py": "tests/kbqa/text/test_injection.py",
    "tests/kbqa/test_ingest_pipeline.py": "tests/kbqa/documents/test_ingest_pipeline.py",
    "tests/kbqa/test_ingest_robustness.py": "tests/kbqa/documents/test_ingest_robustness.py",
    "tests/kbqa/test_users.py": "tests/kbqa/accounts/test_users.py",
    "tests/kbqa/test_tokens.py": "tests/kbqa/accounts/test_tokens.py",
    "tests/kbqa/test_audit.py": "tests/kbqa/audit/test_audit.py",
    "tests/kbqa/test_llm.py": "tests/kbqa/llm/test_llm.py",
    "tests/kbqa/test_grammar.py": "tests/kbqa/llm/test_grammar.py",
    "tests/kbqa/test_metrics.py": "tests/kbqa/metrics/test_metrics.py",
    "tests/kbqa/test_cli.py": "tests/kbqa/cli/test_cli.py",
    "tests/kbqa/test_api.py": "tests/kbqa/api/test_api.py",
    "tests/kbqa/test_api_schema.py": "tests/kbqa/api/test_api_schema.py",
    "tests/kbqa/test_webapp.py": "tests/kbqa/webapp/test_webapp.py",
    "tests/kbqa/test_webapp_admin.py": "tests/kbqa/webapp/test_webapp_admin.py",
    "tests/kbqa/test_browser.py": "tests/kbqa/webapp/test_browser.py",
    "tests/kbqa/test_qa_eval.py": "tests/kbqa/eval/test_qa_eval.py",
    "tests/ingest/test_pii_case.py": "tests/ingest/pii/test_pii_case.py",
    "tests/ingest/test_pii_cues.py": "tests/ingest/pii/test_pii_cues.py",
    "tests/ingest/test_pii_recall.py": "tests/ingest/pii/test_pii_recall.py",
    "tests/ingest/test_pii_zh_names.py": "tests/ingest/pii/test_pii_zh_names.py",
    "tests/ingest/test_pii_formats.py": "tests/ingest/pii/test_pii_formats.py",
    "tests/kbqa/test_privacy_scan.py": "tests/kbqa/documents/test_privacy_scan.py",
    # stay at tests/kbqa/ (the facade as a whole): test_concurrency, test_crash_safety,
    # test_replicas, test_replica_state
}

# New packages: path -> docstring. `kbqa.cli` re-exports `main` (the `kbqa` entry point,
# `kbqa.cli:main`, is public API) and `app`.
NEW_PACKAGES: dict[str, str] = {
    "kbqa/types/__init__.py": "The data types that cross layers: ingest reports, answer events "
                              "(Answer, Citation, SearchHit, User, AccessScope join in step 3).",
    "kbqa/text/__init__.py": "Text rules used by several layers, each defined once: CJK ranges, "
                             "search terms, answer matching, the prompt-injection filter.",
    "kbqa/db/__init__.py": "Storage: the database engine, the chunk store, the writer lock and "
                           "the Alembic migrations.",
    "kbqa/accounts/__init__.py": "Users, their groups, and API tokens.",
    "kbqa/embedding/__init__.py": "Embedders: turn texts into vectors (sentence-transformers "
                                  "today).",
    "kbqa/vectors/__init__.py": "The vector index seam and its backends (FAISS files, Milvus).",
    "kbqa/retrieval/__init__.py": "Retrieval: BM25, hybrid fusion, the access filter, search "
                                  "hits and the index files of a data dir.",
    "kbqa/metrics/__init__.py": "Prometheus metrics: what answering and ingestion record, and "
                                "the collectors of a process.",
    "kbqa/answering/__init__.py": "Answering a question: rewriting, generation, verification, "
                                  "the ask pipeline.",
    "kbqa/documents/__init__.py": "Documents: ingestion, uploads, the document service, "
                                  "pseudonyms, the privacy scan.",
    "kbqa/eval/__init__.py": "Quality evaluation: retrieval (BEIR layout) and answers "
                             "(SQuAD format).",
    "kbqa/webapp/admin/__init__.py": "The admin area of the web app, one module per tab.",
    "ingest/pii/__init__.py": "Personal-data recognizers for the anonymizer "
                              "(``ingest.anonymize``); word lists are data files in ``data/``.",
}
PACKAGE_EXPORTS: dict[str, str] = {
    "kbqa/cli/__init__.py": '"""``kbqa`` command line: a typer app of sub-apps, one module per '
                            'command group."""\n\nfrom kbqa.cli.app import app, main\n\n'
                            '__all__ = ["app", "main"]\n',
}
# Texts never rewritten: public names that stay by re-export.
KEEP = ("kbqa.cli:main",)

SCOPE = ("kbqa", "ingest", "tests", "benchmarks", "scripts", "deploy", "docs", ".ci",
         "app.py", "README.md", "pyproject.toml")
SKIP_UNDER = ("benchmarks/results/", "docs/design/layered-tree/")  # the recorded results; this tool
TEXT_SUFFIXES = {".py", ".md", ".toml", ".sh", ".yaml", ".yml", ".cfg", ".ini", ".txt",
                 ".mako", ".example", ".conf", ".json", ""}
TOP_LEVEL_KEPT = {"__init__.py", "__main__.py", "errors.py", "settings.py", "knowledge_base.py",
                  "integrations.py"}


def dotted(path: str) -> str | None:
    if not path.endswith(".py"):
        return None
    parts = path[:-3].split("/")
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def git(*args: str) -> str:
    return subprocess.run(["git", *args], check=True, capture_output=True, text=True).stdout


def pending_moves() -> dict[str, str]:
    todo = {}
    for old, new in MOVES.items():
        o, n = Path(old), Path(new)
        if o.exists() and n.exists():
            sys.exit(f"both {old} and {new} exist: resolve by hand, then run again")
        if o.exists():
            todo[old] = new
        elif not n.exists():
            print(f"warning: {old} is gone and {new} does not exist (removed upstream?)")
    return todo


def unmapped() -> list[str]:
    """Modules a later commit added directly in kbqa/ or ingest/pii_*: give them a place."""
    found = [p for p in git("ls-files", "--cached", "--others", "--exclude-standard", "kbqa/*.py",
                            "ingest/pii_*.py", "kbqa/webapp/admin_*.py").split()
             if ("/" not in p.split("/", 1)[1] or "/admin_" in p) and p not in MOVES
             and Path(p).name not in TOP_LEVEL_KEPT and Path(p).exists()]
    found += [p for p in git("ls-files", "--cached", "--others", "--exclude-standard",
                             "tests/kbqa/test_*.py", "tests/ingest/test_pii*.py").split()
              if p.count("/") == 2 and p not in MOVES and Path(p).exists()
              and Path(p).name not in {"test_concurrency.py", "test_crash_safety.py",
                                       "test_replicas.py", "test_replica_state.py"}]
    return found


def scope_files() -> list[Path]:
    listed = git("ls-files", "--cached", "--others", "--exclude-standard", *SCOPE).split("\n")
    files = []
    for name in filter(None, listed):
        p = Path(name)
        if any(name.startswith(s) for s in SKIP_UNDER) or not p.is_file():
            continue
        if p.suffix in TEXT_SUFFIXES or p.name in {"Dockerfile", "run"}:
            files.append(p)
    return files


class Rewriter:
    def __init__(self, todo: dict[str, str]) -> None:
        self.modules = {dotted(o): dotted(n) for o, n in todo.items()
                        if dotted(o) and not o.startswith("tests/")}
        # Every module name of the target tree: a token already naming one is never rewritten.
        self.new_names = {dotted(n) for n in MOVES.values() if dotted(n)}
        self.new_names |= {dotted(p) for p in [*NEW_PACKAGES, *PACKAGE_EXPORTS]}
        self.paths = dict(todo)
        self.token = re.compile(r"(?<![\w.])((?:kbqa|ingest)(?:\.\w+)+)")
        self.path_token = re.compile(r"(?<![\w/.])((?:kbqa|ingest|tests)/[\w/.-]+\.(?:py|mako))")
        self.from_pkg = re.compile(
            r"^(?P<ind>[ \t]*)from (?P<pkg>(?:kbqa|ingest)(?:\.\w+)*) import (?P<name>\w+)"
            r"(?P<alias> as \w+)?[ \t]*$", re.M)

    def _dotted(self, m: re.Match[str]) -> str:
        token = m.group(1)
        parts = token.split(".")
        old_k = max((k for k in range(2, len(parts) + 1)
                     if ".".join(parts[:k]) in self.modules), default=0)
        if not old_k:
            return token
        new_k = max((k for k in range(2, len(parts) + 1)
                     if ".".join(parts[:k]) in self.new_names), default=0)
        if new_k > old_k:  # already the new name (kbqa.retrieval.lexical, kbqa.cli.app)
            return token
        return ".".join([self.modules[".".join(parts[:old_k])], *parts[old_k:]])

    def _from_pkg(self, m: re.Match[str]) -> str:
        module = f"{m['pkg']}.{m['name']}"
        if module not in self.modules:
            return m.group(0)
        parent, _, leaf = self.modules[module].rpartition(".")
        alias = m["alias"] or (f" as {m['name']}" if leaf != m["name"] else "")
        return f"{m['ind']}from {parent} import {leaf}{alias}"

    def text(self, text: str) -> str:
        keep = {f"\x00{i}\x00": k for i, k in enumerate(KEEP)}
        for mark, kept in keep.items():
            text = text.replace(kept, mark)
        # Dotted names first: `from kbqa import metrics` has none, and the import the second
        # pass writes for it (`from kbqa.metrics import recorders`) must not be read again.
        text = self.token.sub(self._dotted, text)
        text = self.from_pkg.sub(self._from_pkg, text)
        text = self.path_token.sub(lambda m: self.paths.get(m.group(1), m.group(1)), text)
        for mark, kept in keep.items():
            text = text.replace(mark, kept)
        return text


_PARENTS = re.compile(r"(Path\(__file__\)(?:\.resolve\(\))?\.parents\[)(\d+)\]")


def deeper(text: str, by: int) -> str:
    """A test moved ``by`` folders down still finds the repository root."""
    return _PARENTS.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + by}]", text)


def main() -> int:
    dry = "--dry-run" in sys.argv
    if not Path("pyproject.toml").exists() or not Path("kbqa").is_dir():
        sys.exit("run from the repository root (the folder with pyproject.toml and kbqa/)")
    todo = pending_moves()
    extra = unmapped()
    if extra:
        print("not in the mapping table (add them to MOVES, or keep them on purpose):")
        for p in extra:
            print(f"  {p}")
    rewriter = Rewriter(todo)
    changed = 0
    for path in scope_files():
        before = path.read_text(encoding="utf-8", errors="surrogateescape")
        after = rewriter.text(before)
        key = path.as_posix()
        if key in todo and key.startswith("tests/"):
            after = deeper(after, todo[key].count("/") - key.count("/"))
        if after != before:
            changed += 1
            if dry:
                print(f"would rewrite {key}")
            else:
                path.write_text(after, encoding="utf-8", errors="surrogateescape")
    for old, new in todo.items():
        if dry:
            print(f"would git mv {old} {new}")
            continue
        Path(new).parent.mkdir(parents=True, exist_ok=True)
        git("mv", old, new)
    created = 0
    for path, doc in NEW_PACKAGES.items():
        if not Path(path).exists():
            created += 1
            if not dry:
                Path(path).write_text(f'"""{doc}"""\n', encoding="utf-8")
                git("add", path)
    for path, body in PACKAGE_EXPORTS.items():
        if not Path(path).exists():
            created += 1
            if not dry:
                Path(path).write_text(body, encoding="utf-8")
                git("add", path)
    # Empty folders left behind (kbqa/migrations/versions/__pycache__ and the like).
    for folder in ("kbqa/migrations/versions", "kbqa/migrations"):
        if Path(folder).is_dir() and not dry and not any(
                p.suffix != ".pyc" and p.name != "__pycache__" for p in Path(folder).rglob("*")):
            subprocess.run(["rm", "-rf", folder], check=True)
    print(f"{len(todo)} files moved, {changed} files rewritten, {created} packages created"
          + (" (dry run)" if dry else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
