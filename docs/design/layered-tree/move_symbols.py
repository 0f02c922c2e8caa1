"""Issue 20, step 3 helper: point every import of a moved *name* at its new module.

Run from the repository root after cutting the definitions by hand (``python
/tmp/issue20/move_symbols.py [--dry-run]``). For each ``(old module, name) -> new module`` of the
table, ``from old import a, name, b`` becomes ``from old import a, b`` + ``from new import name``
(aliases kept, parenthesised multi-line imports handled), and ``"old.name"`` strings (mock
targets, docs) become ``"new.name"``. Idempotent: an import already naming the new module is
left alone. Same file scope as move.py.
"""

from __future__ import annotations

import ast
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from move import scope_files  # noqa: E402  (the same files as the module moves)

SYMBOLS: dict[tuple[str, str], str] = {
    ("kbqa.answering.pipeline", "Answer"): "kbqa.types.answers",
    ("kbqa.answering.pipeline", "Citation"): "kbqa.types.answers",
    ("kbqa.retrieval.hits", "SearchHit"): "kbqa.types.hits",
    ("kbqa.retrieval.hybrid", "Candidate"): "kbqa.types.hits",
    ("kbqa.retrieval.access", "AccessScope"): "kbqa.types.access",
    ("kbqa.accounts.users", "User"): "kbqa.types.access",
    ("kbqa.db.chunk_store", "Base"): "kbqa.db.models",
    ("kbqa.db.chunk_store", "DocumentRow"): "kbqa.db.models",
    ("kbqa.db.chunk_store", "ChunkRow"): "kbqa.db.models",
    ("kbqa.accounts.users", "UserRow"): "kbqa.db.models",
    ("kbqa.accounts.tokens", "ApiTokenRow"): "kbqa.db.models",
    ("kbqa.audit.sql", "AuditBase"): "kbqa.db.models",
}


def rewrite(text: str) -> str:
    tree = ast.parse(text)
    lines = text.splitlines(keepends=True)
    edits: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or node.level or node.module is None:
            continue
        moved = [a for a in node.names if (node.module, a.name) in SYMBOLS]
        if not moved:
            continue
        indent = re.match(r"\s*", lines[node.lineno - 1]).group(0)  # type: ignore[union-attr]
        kept = [a for a in node.names if a not in moved]
        groups: dict[str, list[ast.alias]] = defaultdict(list)
        for alias in moved:
            groups[SYMBOLS[(node.module, alias.name)]].append(alias)
        statements = []
        if kept:
            statements.append((node.module, kept))
        statements += sorted(groups.items())
        rendered = "".join(
            f"{indent}from {module} import "
            + ", ".join(a.name + (f" as {a.asname}" if a.asname else "") for a in names) + "\n"
            for module, names in statements)
        edits.append((node.lineno - 1, node.end_lineno or node.lineno, rendered))
    for start, end, rendered in sorted(edits, reverse=True):
        lines[start:end] = [rendered]
    text = "".join(lines)
    for (old, name), new in SYMBOLS.items():
        text = re.sub(rf"(?<![\w.]){re.escape(old)}\.{name}\b", f"{new}.{name}", text)
    return text


def main() -> int:
    dry = "--dry-run" in sys.argv
    changed = 0
    for path in scope_files():
        if path.suffix != ".py":
            continue
        before = path.read_text(encoding="utf-8")
        after = rewrite(before)
        if after != before:
            changed += 1
            print(("would rewrite " if dry else "rewrote ") + path.as_posix())
            if not dry:
                path.write_text(after, encoding="utf-8")
    print(f"{changed} files" + (" (dry run)" if dry else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
