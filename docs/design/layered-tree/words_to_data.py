"""Issue 20: the PII word lists written as code become packaged text files.

Run from the repository root after move.py (``python /tmp/issue20/words_to_data.py``):
``ingest/pii/lexicon.py`` and ``ingest/pii/words.py`` each hold frozensets written as
``frozenset("<words>".split())``. Every such list goes to ``ingest/pii/data/<name>.txt`` (a header
naming source, licence and how it was generated, then one entry a line), and the module keeps
its docstring and its names, now read once from those files with ``importlib.resources``
(``ingest/pii/wordlists.py``). pyproject.toml gets the package-data line that ships the files.
Idempotent: a module with no list literal left is skipped. Check with check_words.py.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

MODULES = ("ingest/pii/lexicon.py", "ingest/pii/words.py")
DATA = Path("ingest/pii/data")
LOADER = Path("ingest/pii/wordlists.py")
LOADER_SOURCE = '''"""Word lists shipped as data (``ingest/pii/data/*.txt``), each read once per process.

A file is a header of ``#`` lines (source, licence, how it was generated), then one entry a line.
"""

from __future__ import annotations

import functools
from importlib.resources import files

__all__ = ["word_list"]


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """The entries of ``ingest/pii/data/<name>.txt``."""
    text = files("ingest.pii").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))
'''
PACKAGE_DATA = '"ingest.pii" = ["data/*.txt"]'
LICENCES = re.compile(r"CC BY-SA 4\.0|MIT\b|Apache-2\.0|public domain")


def list_literal(value: ast.expr) -> list[str] | None:
    """The entries of ``frozenset("<words>".split())``, in their written order; else None."""
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
            and value.func.id == "frozenset" and len(value.args) == 1):
        return None
    arg = value.args[0]
    if (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute)
            and arg.func.attr == "split" and not arg.args
            and isinstance(arg.func.value, ast.Constant) and isinstance(arg.func.value.value, str)):
        return arg.func.value.value.split()
    return None


def header(module: str, name: str, module_doc: str, name_doc: str, count: int) -> str:
    licences = sorted(set(LICENCES.findall(module_doc + name_doc)))
    lines = [
        f"{name} of {module}: {count} entries, one a line; lines starting with # are comments.",
        "Licence of the source data: " + (", ".join(licences) or "see below") + ".",
        "Converted from the Python literal by issue 20's words_to_data.py; how the list was made:",
        "",
        *module_doc.strip().splitlines(),
    ]
    if name_doc.strip():
        lines += ["", f"About {name}:", *name_doc.strip().splitlines()]
    return "".join(f"# {line}".rstrip() + "\n" for line in lines)


def convert(path: Path) -> bool:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    module = ".".join(path.with_suffix("").parts)
    module_doc = ast.get_docstring(tree, clean=False) or ""
    body = tree.body
    lists: list[tuple[ast.stmt, str, list[str], str, ast.stmt | None]] = []
    for i, node in enumerate(body):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            entries = list_literal(node.value)
            if entries is None:
                continue
            nxt = body[i + 1] if i + 1 < len(body) else None
            doc_node = nxt if (isinstance(nxt, ast.Expr) and isinstance(nxt.value, ast.Constant)
                               and isinstance(nxt.value.value, str)) else None
            doc = doc_node.value.value if doc_node else ""  # type: ignore[union-attr]
            lists.append((node, node.target.id, entries, doc, doc_node))
    if not lists:
        return False
    DATA.mkdir(parents=True, exist_ok=True)
    lines = source.splitlines(keepends=True)
    # Replace each literal (from the bottom, so line numbers stay valid) by one loader call.
    for node, name, entries, doc, _ in reversed(lists):
        if any(e.startswith("#") for e in entries):
            sys.exit(f"{module}.{name}: an entry starts with '#', which the file format reads as "
                     "a comment; choose another comment marker")
        if len(set(entries)) != len(entries):
            print(f"note: {module}.{name} lists {len(entries) - len(set(entries))} entries twice; "
                  "the file keeps one of each")
        unique = list(dict.fromkeys(entries))
        target = DATA / f"{name.lower()}.txt"
        target.write_text(header(module, name, module_doc, doc, len(unique))
                          + "".join(f"{e}\n" for e in unique), encoding="utf-8")
        start, end = node.lineno - 1, node.end_lineno  # type: ignore[operator]
        lines[start:end] = [f'{name}: frozenset[str] = word_list("{name.lower()}")\n']
    text = "".join(lines)
    # The loader import goes after the module docstring (and a __future__ import, if any).
    anchor = tree.body[1] if module_doc else tree.body[0]
    import_line = "from ingest.pii.wordlists import word_list\n"
    at = sum(len(x) for x in source.splitlines(keepends=True)[: anchor.lineno - 1])
    if isinstance(anchor, ast.ImportFrom) and anchor.module == "__future__":
        at = sum(len(x) for x in source.splitlines(keepends=True)[: anchor.end_lineno])
        import_line = "\n" + import_line
    text = text[:at] + import_line + "\n" + text[at:].lstrip("\n")
    text = text.replace('"""\n\nfrom ingest.pii.wordlists', '"""\n\nfrom ingest.pii.wordlists', 1)
    path.write_text(text, encoding="utf-8")
    print(f"{path}: {', '.join(n for _, n, _, _, _ in lists)} -> {DATA}/")
    return True


def add_package_data() -> None:
    pyproject = Path("pyproject.toml")
    text = pyproject.read_text(encoding="utf-8")
    if PACKAGE_DATA in text:
        return
    marker = "[tool.setuptools.package-data]\n"
    if marker not in text:
        sys.exit("pyproject.toml has no [tool.setuptools.package-data] table; add "
                 f"{PACKAGE_DATA} to it by hand")
    head, tail = text.split(marker, 1)
    # After the table's last key line (comments and keys up to the next blank line).
    block, sep, rest = tail.partition("\n\n")
    pyproject.write_text(head + marker + block + "\n" + PACKAGE_DATA + sep + rest,
                         encoding="utf-8")


def main() -> int:
    if not all(Path(m).exists() for m in MODULES):
        sys.exit("ingest/pii/lexicon.py or ingest/pii/words.py not found: run move.py first, "
                 "from the repository root")
    if not LOADER.exists():
        LOADER.write_text(LOADER_SOURCE, encoding="utf-8")
    changed = [m for m in MODULES if convert(Path(m))]
    add_package_data()
    print(f"{len(changed)} modules converted" if changed else "nothing to convert (done before)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
