"""Recall of the anonymizer on Presidio's labelled synthetic set and a generated Chinese set.

Runs benchmarks/pii_eval.py end to end (its JSON goes to a temp dir: the figures in
benchmarks/results/pii_eval.json and docs/PII_EVAL.md come from running the script itself, with
the PERSON ablation). A gold span counts as found only when every letter and digit of it is
masked. Each threshold is a documented target or figure, its margin stated beside it.
"""

import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

from tests.requirements import shared_data

REPO = Path(__file__).resolve().parents[2]

# Pattern-based types: a miss here is a bug, not a model limitation. Target 0.98 (no margin),
# met by all: measured 1.0 for all but cards (0.993, one of 136) and phones (0.989: a bare
# local number, "my registered 668 5702"; the "+41 (0)96 471 07 95" numbers are masked whole
# since the country code before "(0)" joins the span).
STRICT_RECALL = {
    "EMAIL_ADDRESS": 0.98,
    "US_SSN": 0.98,
    "CREDIT_CARD": 0.98,
    "IBAN_CODE": 0.98,
    "IP_ADDRESS": 0.98,
    "PHONE_NUMBER": 0.98,
}
# spaCy's small English model plus the corrections, the given-name list, the cue recognizers
# and case restoration; measured 0.915 recall (2 names half masked: a given name the model did
# not tag before a masked surname) / 0.846 precision. A title before a name ("Dr.") stays in
# the clear by design and is not a leak. Recall: the 0.90 target, no margin. Precision: the
# figure less 0.02 (17 false masks).
PERSON_MIN_RECALL = 0.90
PERSON_MIN_PRECISION = 0.846 - 0.02
# The same set upper-cased: measured 0.901 recall (6 names half masked) / 0.823 precision.
# Recall: the 0.90 target, no margin; precision the figure less 0.02.
UPPER_PERSON_MIN_RECALL = 0.90
UPPER_PERSON_MIN_PRECISION = 0.823 - 0.02


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict:
    data = shared_data("pii_presidio_synth", "synth_dataset_v2.json")
    if str(REPO) not in sys.path:  # benchmarks/ is not an installed package
        sys.path.insert(0, str(REPO))
    from benchmarks.pii_eval import run_evaluation, write_results

    results = run_evaluation(data=data)
    write_results(results, json_path=tmp_path_factory.mktemp("pii") / "pii_eval.json", md_path=None)
    return results


@pytest.mark.parametrize(("entity", "minimum"), sorted(STRICT_RECALL.items()))
def test_pattern_entities_are_found(results, entity, minimum):
    row = results["synthetic"]["entities"][entity]
    assert row["gold"] > 0
    assert row["recall"] >= minimum, row


def test_person_recall_and_precision(results):
    row = results["synthetic"]["entities"]["PERSON"]
    assert row["recall"] >= PERSON_MIN_RECALL, row
    assert row["precision"] >= PERSON_MIN_PRECISION, row


def test_person_recall_and_precision_in_capitals(results):
    row = results["synthetic"]["upper_cased"]["entities"]["PERSON"]
    assert row["recall"] >= UPPER_PERSON_MIN_RECALL, row
    assert row["precision"] >= UPPER_PERSON_MIN_PRECISION, row
    for entity, minimum in STRICT_RECALL.items():
        upper = results["synthetic"]["upper_cased"]["entities"][entity]
        assert upper["recall"] >= minimum, (entity, upper)


def test_kept_entities_are_rarely_touched(results):
    touched = results["synthetic"]["kept_label_touched"]
    assert touched["DATE_TIME"] <= 0.02, touched
    assert touched["ZIP_CODE"] <= 0.05, touched
    assert touched["GPE"] <= 0.11, touched
    assert touched["ORGANIZATION"] <= 0.13, touched
    assert touched["STREET_ADDRESS"] <= 0.08, touched


def test_kept_entities_in_capitals_are_rarely_touched(results):
    touched = results["synthetic"]["upper_cased"]["kept_label_touched"]
    assert touched["DATE_TIME"] <= 0.02, touched
    assert touched["ZIP_CODE"] <= 0.05, touched
    assert touched["GPE"] <= 0.16, touched
    assert touched["ORGANIZATION"] <= 0.17, touched
    assert touched["STREET_ADDRESS"] <= 0.10, touched


def test_chinese_ids_and_mobiles(results):
    chinese = results["chinese"]
    for entity in ("CN_MOBILE", "CN_RESIDENT_ID"):
        row = chinese["entities"][entity]
        assert row["gold"] >= 40
        assert row["recall"] == 1.0, row
        assert row["precision"] == 1.0, row
    assert chinese["negatives"] >= 20
    assert chinese["negatives_masked"] == 0
