from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.chunk import approx_token_count, chunk_blocks, document_text, split_sentences
from ingest.types import Block


def test_sentences_split_on_latin_and_chinese_punctuation():
    text = "Passwords expire. Rotate them!  密码每90天更换一次。请使用多因素认证！是否需要？需要；谢谢"
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == [
        "Passwords expire.",
        "Rotate them!",
        "密码每90天更换一次。",
        "请使用多因素认证！",
        "是否需要？",
        "需要；",
        "谢谢",
    ]


def test_decimal_numbers_and_abbreviations_without_space_are_not_split():
    text = "The cap is EUR 1.200,50 per night.Next sentence stays."
    assert len(split_sentences(text)) == 1


def test_chunks_respect_token_limit_and_never_cross_pages_or_sections():
    para = " ".join(f"word{i}." for i in range(120))
    blocks = [
        Block("Travel", page=1, section="Travel", kind="heading"),
        Block(para, page=1, section="Travel"),
        Block("Short text on page two.", page=2, section="Travel"),
        Block("Another section.", page=2, section="Hotels"),
    ]
    chunks = chunk_blocks(blocks, max_tokens=50, overlap_tokens=10)
    assert all(c.n_tokens <= 50 for c in chunks)
    assert {(c.page, c.section) for c in chunks} == {(1, "Travel"), (2, "Travel"), (2, "Hotels")}
    text = document_text(blocks)
    for c in chunks:
        assert text[c.start : c.end] == c.text
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))


def test_consecutive_chunks_of_a_section_overlap():
    sentences = [f"Sentence number {i} has five words." for i in range(40)]
    chunks = chunk_blocks([Block(" ".join(sentences), page=1)], max_tokens=30, overlap_tokens=8)
    assert len(chunks) > 3
    for prev, nxt in zip(chunks, chunks[1:]):
        assert nxt.start < prev.end, "the next chunk repeats the tail of the previous one"


def test_long_chinese_text_without_spaces_is_cut_by_characters():
    text = "数据" * 400
    chunks = chunk_blocks([Block(text)], max_tokens=100, overlap_tokens=0)
    assert all(c.n_tokens <= 100 for c in chunks)
    assert "".join(c.text for c in chunks) == text


def test_table_rows_pack_together_under_one_sheet():
    rows = [Block(f"City: C{i} | Per diem (EUR): {40 + i}", section="Sheet: Per diem", kind="table_row")
            for i in range(10)]
    chunks = chunk_blocks(rows, max_tokens=200)
    assert len(chunks) == 1 and "C0" in chunks[0].text and "C9" in chunks[0].text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text(min_size=1, max_size=300), st.sampled_from([None, 1, 2]),
                          st.sampled_from(["", "A", "A > B"])), min_size=1, max_size=8),
       st.integers(min_value=4, max_value=60))
def test_offsets_always_point_at_the_chunk_text(raw_blocks, max_tokens):
    blocks = [Block(t, page=p, section=s) for t, p, s in raw_blocks]
    text = document_text(blocks)
    for c in chunk_blocks(blocks, count_tokens=approx_token_count, max_tokens=max_tokens,
                          overlap_tokens=max_tokens // 4):
        assert text[c.start : c.end] == c.text
        assert c.text.strip()
        assert c.n_tokens <= max_tokens or len(c.text) == 1  # one character cannot be cut
