import pytest
from langchain_core.language_models import FakeListChatModel

from kbqa.rewrite import rewrite_question


def _history(*questions: str) -> list[tuple[str, str]]:
    return [(q, "(answer)") for q in questions]


@pytest.mark.parametrize(
    ("previous", "follow_up", "standalone"),
    [
        ("What is the per diem in Munich?", "And in Berlin?", "What is the per diem in Berlin?"),
        ("What is the per diem in Munich?", "And Berlin?", "What is the per diem in Berlin?"),
        (
            "What is the hotel cap per night in London?",
            "What about Paris?",
            "What is the hotel cap per night in Paris?",
        ),
        (
            "What is the mileage allowance for a company car?",
            "How about for a private car?",
            "What is the mileage allowance for a private car?",
        ),
        (
            "What is the notice period during probation?",
            "And after probation?",
            "What is the notice period after probation?",
        ),
        (
            "What is the buddy program?",
            "How long does it last?",
            "How long does the buddy program last?",
        ),
        (
            "What is the maximum payload of the Atlas Picker 3?",
            "And its warranty?",
            "What is the warranty of the Atlas Picker 3?",
        ),
        ("上海的每日餐补是多少？", "那北京呢？", "北京的每日餐补是多少？"),
        (
            "在一线城市出差，每晚住宿费上限是多少？",
            "那在二线城市呢？",
            "在二线城市出差，每晚住宿费上限是多少？",
        ),
    ],
)
def test_follow_up_becomes_standalone_without_a_model(previous, follow_up, standalone):
    assert rewrite_question(follow_up, _history(previous)) == standalone


def test_follow_up_of_a_follow_up_uses_the_resolved_question():
    history = _history("What is the per diem in Munich?", "And in Hamburg?")
    assert rewrite_question("And in Berlin?", history) == "What is the per diem in Berlin?"


@pytest.mark.parametrize(
    "question",
    [
        "What is the minimum password length?",
        "Is it allowed to bring pets to the office?",
        "Which class of safety shoes is required in the assembly hall?",
        "上海办公室可以带宠物上班吗？",
    ],
)
def test_standalone_question_passes_unchanged(question):
    model = FakeListChatModel(responses=["SHOULD NOT BE CALLED"])
    assert (
        rewrite_question(question, _history("What is the per diem in Munich?"), model) == question
    )


def test_without_history_nothing_changes():
    assert rewrite_question("And in Berlin?", []) == "And in Berlin?"


def test_model_rewrites_what_the_rules_cannot():
    model = FakeListChatModel(responses=["Why must passwords be rotated every 90 days?\n"])
    history = [("How often must passwords be rotated?", "Every 90 days [1].")]
    assert (
        rewrite_question("And why?", history, model)
        == "Why must passwords be rotated every 90 days?"
    )


def test_weak_bundled_model_is_not_asked_to_rewrite():
    class WeakModel(FakeListChatModel):
        is_weak: bool = True

    model = WeakModel(responses=["garbage"])
    history = [("How often must passwords be rotated?", "Every 90 days [1].")]
    assert rewrite_question("And why?", history, model) == "And why?"
