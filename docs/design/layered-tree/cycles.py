"""Print the import graph's strongly connected components (cycles) of kbqa/ and ingest/.

Usage: python cycles.py [ROOT]   (ROOT defaults to the current directory)
Function-local imports count; imports under `if TYPE_CHECKING:` do not.
--with-type-checking: count those too (the cycles dodged only for mypy).
--strict: `from pkg import submodule` also counts as an edge to pkg/__init__.
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGES = ("kbqa", "ingest")
STRICT = "--strict" in sys.argv
WITH_TC = "--with-type-checking" in sys.argv  # what the layering hides behind TYPE_CHECKING


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


class Imports(ast.NodeVisitor):
    def __init__(self, module: str, is_pkg: bool, known: set[str]) -> None:
        self.module, self.is_pkg, self.known = module, is_pkg, known
        self.found: list[tuple[str, int, bool]] = []  # (target, line, local)
        self.depth = 0

    def visit_If(self, node: ast.If) -> None:
        if is_type_checking(node.test) and not WITH_TC:
            for n in node.orelse:
                self.visit(n)
            return
        self.generic_visit(node)

    def _func(self, node: ast.AST) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = _func

    def _add(self, name: str, line: int) -> None:
        # Resolve to the longest known module prefix (`from a.b import c` may name a module c).
        while name and name not in self.known:
            name = name.rpartition(".")[0]
        if name and name != self.module:
            self.found.append((name, line, self.depth > 0))

    def visit_Import(self, node: ast.Import) -> None:
        for a in node.names:
            self._add(a.name, node.lineno)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = self.module.split(".")
            if not self.is_pkg:
                base = base[:-1]
            base = base[: len(base) - (node.level - 1)]
            mod = ".".join(base + ([node.module] if node.module else []))
        else:
            mod = node.module or ""
        if not mod.split(".")[0] in PACKAGES:
            return
        for a in node.names:
            full = f"{mod}.{a.name}"
            self._add(full if full in self.known else mod, node.lineno)
            if STRICT and full in self.known and mod in self.known:
                # `from pkg import submodule` also reads pkg's namespace (half-initialised in a cycle).
                self._add(mod, node.lineno)


def graph(root: Path) -> dict[str, list[tuple[str, int, bool]]]:
    files = {module_name(root, p): p for pkg in PACKAGES for p in (root / pkg).rglob("*.py")}
    known = set(files)
    out = {}
    for mod, path in sorted(files.items()):
        v = Imports(mod, path.name == "__init__.py", known)
        v.visit(ast.parse(path.read_text(), str(path)))
        out[mod] = v.found
    # Importing a.b.c runs a/__init__ and a/b/__init__ first.
    for mod in list(out):
        for tgt, line, local in list(out[mod]):
            parts = tgt.split(".")
            for i in range(1, len(parts)):
                parent = ".".join(parts[:i])
                if parent in known and parent != mod and not mod.startswith(parent + "."):
                    out[mod].append((parent, line, local))
    return out


def sccs(edges: dict[str, set[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    result: list[list[str]] = []
    sys.setrecursionlimit(10000)

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                result.append(sorted(comp))

    for v in sorted(edges):
        if v not in index:
            strong(v)
    return result


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    root = Path(args[0] if args else ".").resolve()
    g = graph(root)
    edges = {m: {t for t, _, _ in imps} for m, imps in g.items()}
    comps = sccs(edges)
    for n, comp in enumerate(comps, 1):
        print(f"cycle {n} ({len(comp)} modules): {', '.join(comp)}")
        members = set(comp)
        for m in comp:
            for tgt, line, local in sorted(set(g[m])):
                if tgt in members:
                    print(f"    {m}:{line} -> {tgt}{'  (function-local)' if local else ''}")
    print(f"{len(comps)} strongly connected components with more than one module")
    return 1 if comps else 0


if __name__ == "__main__":
    sys.exit(main())
