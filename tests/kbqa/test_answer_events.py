"""``kbqa.answer_events.sentences_of``: an answer's text cut into the sentences a stream sends,
which must add up to the text exactly, citations and all."""

from kbqa.answer_events import AnswerSentence, sentences_of


def _joined(parts: list[AnswerSentence]) -> str:
    return "".join(p.separator + p.text for p in parts)


def test_quoted_sentences_are_cut_with_their_separators_and_citations():
    text = '"Passwords are rotated every 90 days." [1]\n"They have 14 characters." [2]'
    parts = list(sentences_of(text, [('"Passwords are rotated every 90 days." [1]', (1,)),
                                     ('"They have 14 characters." [2]', (2,))]))
    assert parts == [AnswerSentence('"Passwords are rotated every 90 days." [1]', "", (1,)),
                     AnswerSentence('"They have 14 characters." [2]', "\n", (2,))]
    assert _joined(parts) == text


def test_a_lead_before_a_quote_joins_it_and_nothing_is_lost():
    text = '45 days — "Returns are accepted within 45 days." [3]'
    parts = list(sentences_of(text, [('"Returns are accepted within 45 days." [3]', (3,))]))
    assert parts == [AnswerSentence(text, "", (3,))]


def test_text_not_made_of_its_sentences_is_one_piece_citing_them_all():
    parts = list(sentences_of("Every 90 days [1][2].", [("90 days", (2,)), ("x", (1,))]))
    assert _joined(parts) == "Every 90 days [1][2]."
    assert {n for p in parts for n in p.citations} == {1, 2}
    assert list(sentences_of("", [])) == []
