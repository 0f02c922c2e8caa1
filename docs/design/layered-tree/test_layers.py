"""The package layering of kbqa and ingest holds (issue 20; contracts in pyproject.toml).

Two checks over one definition, ``[tool.importlinter]`` in pyproject.toml:
- import-linter itself (``lint-imports``), when installed (dev extra);
- the same layers read from that table by an ``ast`` walk, plus what a layers contract does not
  see: import cycles, also inside one package (``cli.app <-> cli.audit``). Function-local imports
  count (they run); imports under ``if TYPE_CHECKING:`` do not (they never run).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.requirements import REPO, needs_module

PACKAGES = ("kbqa", "ingest")


def _config() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "importlinter"]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(module: str, is_package: bool, tree: ast.AST, known: set[str]):
    """(imported module, line) for every import of a kbqa/ingest module that runs."""
    def resolve(name: str) -> str | None:
        while name and name not in known:
            name = name.rpartition(".")[0]
        return name or None

    def walk(node: ast.AST):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child.test):
                for other in child.orelse:
                    yield from walk(other)
                continue
            if isinstance(child, ast.Import):
                for alias in child.names:
                    if (found := resolve(alias.name)) is not None:
                        yield found, child.lineno
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    parts = module.split(".")[: None if is_package else -1]
                    parts = parts[: len(parts) - (child.level - 1)]
                    base = ".".join([*parts, *([child.module] if child.module else [])])
                if base.split(".")[0] not in PACKAGES:
                    continue
                for alias in child.names:
                    if (found := resolve(f"{base}.{alias.name}")) is not None:
                        yield found, child.lineno
            yield from walk(child)

    for target, line in walk(tree):
        if target != module:
            yield target, line


def _graph() -> dict[str, list[tuple[str, int]]]:
    files = {_module_name(p): p for pkg in PACKAGES for p in (REPO / pkg).rglob("*.py")}
    known = set(files)
    graph = {}
    for module, path in files.items():
        found: dict[str, int] = {}
        for target, line in _imports(module, path.name == "__init__.py",
                                     ast.parse(path.read_text("utf-8")), known):
            # Importing a.b.c runs a/__init__ and a/b/__init__ first (except our own parents).
            parts = target.split(".")
            for cut in range(1, len(parts) + 1):
                step = ".".join(parts[:cut])
                if step in known and step != module and not module.startswith(step + "."):
                    found.setdefault(step, line)
        graph[module] = sorted(found.items())
    return graph


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def _layer_of(module: str, container: str, layers: list[list[str]]) -> tuple[int, str] | None:
    for rank, siblings in enumerate(layers):
        for sibling in siblings:
            name = f"{container}.{sibling}"
            if module == name or module.startswith(name + "."):
                return rank, name
    return None


def test_no_import_cycles():
    graph = _graph()
    cycles = _cycles({m: {t for t, _ in imports} for m, imports in graph.items()})
    described = []
    for component in cycles:
        members = set(component)
        links = [f"{m}:{line} -> {t}" for m in component for t, line in graph[m] if t in members]
        described.append(f"{', '.join(component)}\n    " + "\n    ".join(links))
    assert not cycles, ("import cycles (break them: pass the collaborator in, or move the shared "
                        "part one layer down):\n" + "\n".join(described))


def test_imports_point_down_the_layers():
    config = _config()
    ignored = set()
    problems = []
    graph = _graph()
    for contract in config["contracts"]:
        if contract["type"] == "layers":
            layers = [[s.strip() for s in line.split("|")] for line in contract["layers"]]
            ignored = {tuple(x.replace(" ", "").split("->")) for x in contract.get(
                "ignore_imports", [])}
            for container in contract["containers"]:
                for module, imports in graph.items():
                    here = _layer_of(module, container, layers)
                    for target, line in imports:
                        if any(t.startswith(target + ".") and n == line for t, n in imports):
                            continue  # a package __init__ on the way to the module reported
                        there = _layer_of(target, container, layers)
                        if here is None or there is None or here[1] == there[1]:
                            continue
                        if (module, target) in ignored:
                            continue
                        if there[0] < here[0] or (there[0] == here[0]):
                            problems.append(f"{module}:{line} imports {target} ({here[1]} is "
                                            f"below or beside {there[1]})")
        elif contract["type"] == "forbidden":
            for module, imports in graph.items():
                if not any(module == s or module.startswith(s + ".")
                           for s in contract["source_modules"]):
                    continue
                for target, line in imports:
                    if any(target == f or target.startswith(f + ".")
                           for f in contract["forbidden_modules"]):
                        problems.append(f"{module}:{line} imports {target} "
                                        f"({contract['name']})")
    assert not problems, "imports against the layers of pyproject.toml:\n" + "\n".join(problems)


def test_import_linter_contracts_are_kept():
    needs_module("importlinter")
    # In a subprocess run from the repository: import-linter finds kbqa and ingest on sys.path
    # and reads pyproject.toml there; --no-cache: nothing written into the working tree.
    run = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports; "
         "sys.exit(lint_imports(no_cache=True, no_logo=True))"],
        cwd=REPO, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
