"""Check that the PII word lists read from ingest/pii/data/ equal the Python literals they replace.

Run from the repository root after words_to_data.py, with the repository on PYTHONPATH:
    PYTHONPATH=$PWD /work/main/.venv/bin/python /tmp/issue20/check_words.py [REV]
The originals are read from git (REV, default HEAD: the commit before the conversion) at their
old or new path, executed, and every public name of the module is compared with the new one:
same type, same value. Exit status 1 on any difference, naming it.
"""

from __future__ import annotations

import importlib
import subprocess
import sys

PAIRS = {  # new module -> paths the original may have in REV (before or after move.py)
    "ingest.pii.lexicon": ("ingest/pii/lexicon.py", "ingest/pii_lexicon.py"),
    "ingest.pii.words": ("ingest/pii/words.py", "ingest/pii_words.py"),
}


def original(rev: str, paths: tuple[str, ...]) -> dict[str, object]:
    for path in paths:
        shown = subprocess.run(["git", "show", f"{rev}:{path}"], capture_output=True, text=True)
        if shown.returncode == 0 and "word_list(" not in shown.stdout:
            namespace: dict[str, object] = {}
            exec(compile(shown.stdout, f"{rev}:{path}", "exec"), namespace)
            return {k: v for k, v in namespace.items() if not k.startswith("_")
                    and isinstance(v, (frozenset, set, tuple, list, dict))}
    sys.exit(f"none of {paths} holds the literal word lists at {rev}")


def main() -> int:
    rev = sys.argv[1] if len(sys.argv) > 1 else "HEAD"
    failures = 0
    for name, paths in PAIRS.items():
        before = original(rev, paths)
        module = importlib.import_module(name)
        print(f"{name} read from {module.__file__}")
        for key, value in before.items():
            now = getattr(module, key, None)
            if type(now) is not type(value) or now != value:
                failures += 1
                missing = len(value - now) if isinstance(value, frozenset) and isinstance(
                    now, frozenset) else "?"
                print(f"DIFFERENT {name}.{key}: {type(value).__name__}[{len(value)}] before, "
                      f"{type(now).__name__}[{len(now) if now is not None else 0}] now "
                      f"({missing} entries missing)")
            else:
                print(f"same      {name}.{key}: {type(value).__name__} of {len(value)} entries")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
