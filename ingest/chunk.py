"""Structure-aware chunking: blocks -> chunks sized in the embedding model's tokens.

A chunk never crosses a page or a section, so its citation (page, section) is exact. Inside one
page/section, blocks are packed greedily up to ``max_tokens``; a block that is too long is split
at sentence ends (Latin and CJK punctuation), and a sentence that is still too long is cut at
word (or, for CJK, character) boundaries; a single word that is still too long is cut between
characters. Consecutive chunks of one section share up to ``overlap_tokens`` of trailing
sentences so an answer split across a boundary is still found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ingest.types import BLOCK_SEPARATOR, Block, Chunk

TokenCounter = Callable[[Sequence[str]], list[int]]

# A sentence ends after . ! ? (plus closing quotes/brackets) followed by whitespace, or after
# CJK full stops, which need no following space; a newline also ends one.
_SENTENCE_END = re.compile(
    r"""(?<=[.!?])["'”’)\]]*\s+(?=\S)"""
    r"|(?<=[。！？；])[”’」』）]*"
    r"|\n+"
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_WORD = re.compile(r"\S+")
_PIECE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\s\u3400-\u9fff\uf900-\ufaff]+")


def approx_token_count(texts: Sequence[str]) -> list[int]:
    """Cheap stand-in for a tokenizer: words plus one per CJK character."""
    return [len(_WORD.findall(t)) + len(_CJK.findall(t)) for t in texts]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of ``text``, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() == match.start() and match.start() == pos:
            continue
        _append_trimmed(text, pos, match.start() if match.group().isspace() else match.end(), spans)
        pos = match.end()
    _append_trimmed(text, pos, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


@dataclass
class _Unit:
    start: int  # offsets into the document text
    end: int
    tokens: int


def chunk_blocks(
    blocks: Sequence[Block],
    count_tokens: TokenCounter = approx_token_count,
    max_tokens: int = 200,
    overlap_tokens: int = 32,
) -> list[Chunk]:
    """Split a document's blocks into chunks.

    Args:
        blocks: The document's (already anonymized) blocks in reading order.
        count_tokens: Batch token counter of the embedding model.
        max_tokens: Upper bound of a chunk's tokens (estimated as the sum of its sentences).
        overlap_tokens: At most this many tokens of trailing sentences are repeated in the next chunk.

    Returns:
        Chunks with offsets into ``document_text(blocks)``.
    """
    if max_tokens < 1:
        raise ValueError("max_tokens must be positive")
    overlap_tokens = min(overlap_tokens, max_tokens // 2)
    offsets = _block_offsets(blocks)
    counts = count_tokens([b.text for b in blocks])
    groups: list[tuple[Block, list[_Unit]]] = []
    for block, base, n in zip(blocks, offsets, counts):
        if not block.text.strip():
            units: list[_Unit] = []
        elif n <= max_tokens:
            lead = len(block.text) - len(block.text.lstrip())
            units = [_Unit(base + lead, base + len(block.text.rstrip()), n)]
        else:
            units = _split_long(block.text, base, count_tokens, max_tokens)
        groups.append((block, units))

    doc_text = document_text(blocks)
    chunks: list[Chunk] = []
    current: list[_Unit] = []
    key: tuple[int | None, str] | None = None
    for block, units in groups:
        block_key = (block.page, block.section)
        if key is not None and block_key != key and current:
            _emit(doc_text, current, key, chunks)
            current = []
        key = block_key
        for unit in units:
            if current and sum(u.tokens for u in current) + unit.tokens > max_tokens:
                _emit(doc_text, current, key, chunks)
                current = _overlap(current, overlap_tokens, max_tokens - unit.tokens)
            current.append(unit)
    if current and key is not None:
        _emit(doc_text, current, key, chunks)
    return chunks


def document_text(blocks: Sequence[Block]) -> str:
    """The full text a document's chunk offsets refer to."""
    return BLOCK_SEPARATOR.join(b.text for b in blocks)


def _block_offsets(blocks: Sequence[Block]) -> list[int]:
    offsets, pos = [], 0
    for block in blocks:
        offsets.append(pos)
        pos += len(block.text) + len(BLOCK_SEPARATOR)
    return offsets


def _split_long(text: str, base: int, count_tokens: TokenCounter, max_tokens: int) -> list[_Unit]:
    spans = split_sentences(text)
    counts = count_tokens([text[s:e] for s, e in spans])
    units: list[_Unit] = []
    for (s, e), n in zip(spans, counts):
        if n <= max_tokens:
            units.append(_Unit(base + s, base + e, n))
        else:
            units.extend(_split_words(text, s, e, base, count_tokens, max_tokens))
    return units


def _split_words(
    text: str, start: int, end: int, base: int, count_tokens: TokenCounter, max_tokens: int
) -> list[_Unit]:
    """Cut an over-long sentence into pieces of at most ``max_tokens`` tokens."""
    # Pieces are words, and single characters inside CJK runs (which have no spaces).
    pieces = [(m.start(), m.end()) for m in _PIECE.finditer(text[start:end])]
    counts = count_tokens([text[start + s : start + e] for s, e in pieces])
    if any(n > max_tokens for n in counts):
        # One word over the limit (a URL, base64, kana, a PDF line without spaces): cut it
        # between characters, else the chunk outgrows the model and its tail is not embedded.
        pieces = [
            cut
            for (s, e), n in zip(pieces, counts)
            for cut in ([(k, k + 1) for k in range(s, e)] if n > max_tokens else [(s, e)])
        ]
        counts = count_tokens([text[start + s : start + e] for s, e in pieces])
    units: list[_Unit] = []
    cur_start, cur_end, cur_tokens = None, 0, 0
    for (s, e), n in zip(pieces, counts):
        if cur_start is not None and cur_tokens + n > max_tokens:
            units.append(_Unit(base + start + cur_start, base + start + cur_end, cur_tokens))
            cur_start, cur_tokens = None, 0
        if cur_start is None:
            cur_start = s
        cur_end, cur_tokens = e, cur_tokens + n
    if cur_start is not None:
        units.append(_Unit(base + start + cur_start, base + start + cur_end, cur_tokens))
    return units


def _overlap(units: list[_Unit], overlap_tokens: int, room: int) -> list[_Unit]:
    kept: list[_Unit] = []
    total = 0
    for unit in reversed(units):
        if total + unit.tokens > min(overlap_tokens, room):
            break
        kept.insert(0, unit)
        total += unit.tokens
    return kept


def _emit(doc_text: str, units: list[_Unit], key: tuple[int | None, str], out: list[Chunk]) -> None:
    start, end = units[0].start, units[-1].end
    out.append(
        Chunk(
            ordinal=len(out),
            text=doc_text[start:end],
            page=key[0],
            section=key[1],
            start=start,
            end=end,
            n_tokens=sum(u.tokens for u in units),
        )
    )
