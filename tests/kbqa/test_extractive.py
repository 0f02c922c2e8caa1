"""Extractive answers quote the sentences that answer the question, not every sentence sharing a
word with it, and lead with the short fact a quantity question asks for (issue 18)."""

import json
import re

import pytest

from kbqa.shortfact import short_fact
from tests.conftest import FIXTURES, STAFF

FACTS = {f["id"]: f for f in json.loads((FIXTURES / "sample_facts.json").read_text("utf-8"))["answerable"]}


def test_follow_up_quotes_the_carry_over_rule_without_the_mileage_row(sample_kb):
    kb, _ = sample_kb
    first = kb.ask(FACTS["vacation_days"]["question"], user=STAFF, use_llm=False)
    follow = kb.ask("And how many can be carried over?", history=[(first.question, first.text)],
                    user=STAFF, use_llm=False)
    # The counted thing comes from the first question: "how many [days of paid vacation]".
    assert "vacation" in follow.standalone_question and "carried" in follow.standalone_question
    # The mileage row shares one word ("carried") with the question: it is not an answer.
    assert "Private car" not in follow.text and "EUR/km" not in follow.text, follow.text
    assert [c.source.rsplit("/", 1)[-1] for c in follow.citations] == ["employee_handbook.docx"]
    # The handbook says no number of days: the answer is the carry-over rule itself, not the
    # "30 days of paid vacation" sentence of the first question led by a wrong "30 days — ".
    assert "carried over to the following year" in follow.text, follow.text
    assert "30 days" not in follow.text, follow.text


@pytest.mark.parametrize(
    ("fact_id", "lead"),
    [("receipt_deadline", "45 days — "), ("password_length", "14 characters — "),
     ("zh_badge_fee", "50 元 — ")],
)
def test_quantity_question_leads_with_the_short_fact_then_the_quote(sample_kb, fact_id, lead):
    kb, _ = sample_kb
    answer = kb.ask(FACTS[fact_id]["question"], user=STAFF, use_llm=False)
    assert answer.mode == "extractive"
    assert answer.text.startswith(lead), answer.text
    quote = answer.text[len(lead):]
    assert quote[0] in "\"“" and re.search(r"[”\"] \[\d+\]", quote), answer.text
    assert lead.split(" — ")[0] in quote  # the fact is copied from the quoted sentence


@pytest.mark.parametrize(
    ("question", "sentence", "fact"),
    [
        ("Within how many days must receipts be submitted?",
         "Submit all receipts within 45 days after the end of the trip.", "45 days"),
        ("How many employees work at the Berlin office?", "Employees: 64", "64"),
        ("报销需要在多少个工作日内提交？", "员工应在出差结束后 15 个工作日内提交报销单。", "15 个工作日"),
        ("What is the maximum payload of the Atlas Picker 3?",
         "The Atlas Picker 3 handles items up to 12 kg.", "12 kg"),  # "3" names the product
        ("When were the Normans in Normandy?",
         "The Normans were in Normandy in the 10th and 11th centuries.", ""),  # no date
        ("In what year did the Normans conquer England?",
         "In 1066, William the Conqueror invaded England.", "1066"),
        ("Who chairs the weekly meeting?", "The weekly meeting is chaired by <PERSON_3>.",
         "<PERSON_3>"),
        # Two candidates: which one answers is the reader's call.
        ("How much is the per diem?", "The per diem is 52 EUR in Munich and 48 EUR in Berlin.", ""),
        ("What is the dress code?", "Safety shoes of class S3 are required.", ""),  # no kind asked
    ],
)
def test_short_fact_is_the_one_candidate_of_the_kind_asked(question, sentence, fact):
    assert short_fact(question, sentence) == fact


def test_eval_counts_the_cited_pieces_of_an_answer():
    from kbqa.qa_eval import cited_pieces

    text = '45 days — "Submit receipts within 45 days." [1]\n"Claims are approved by the CFO." [3]'
    assert [p.strip() for p in cited_pieces(text)] == [
        '45 days — "Submit receipts within 45 days."', '"Claims are approved by the CFO."']
    assert len(cited_pieces("The rate is 0.30 EUR per km [2]. It applies to cars [2].")) == 2
