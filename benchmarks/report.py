"""Write one named section of a Markdown results file, keeping the other sections."""

from __future__ import annotations

import re
from pathlib import Path

_HEADER = "# kbqa benchmarks\n\nFigures measured by the scripts in `benchmarks/`; each section says how to reproduce it.\n"


def write_section(path: Path, title: str, body: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else _HEADER
    section = f"## {title}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text).rstrip() + "\n"
    else:
        text = text.rstrip() + "\n\n" + section
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
