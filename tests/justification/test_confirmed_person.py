"""A text that names a protected person (a referral) that both whole-text readings take for a
selection for who the target is, or for suspicion resting on what they said: a denial, with the
protected person kept among the findings; anything less stays a referral."""

from __future__ import annotations

import numpy as np
import pytest

from enduse.justification import _scenario
from enduse.justification._text import split_sentences
from enduse.justification.analysis import Thresholds, analyse, confirm_person
from tests.justification.test_attribution_and_leanings import view
from tests.justification.test_confirmed_doubt import constant_scenario
from tests.justification.test_scenario import TEXT, permitted
from tests.justification.test_second_reading import constant_reading

# the threshold these tests were written for (the default is 0.8 since session 16)
T = Thresholds(person_confirm=0.7)
SAID = [{"identity": 0.6}, {"expression": 0.6}]
UNSAID = [{"identity": 0.6}, {"crime": 0.6}]


def person(**holding: bool):
    return permitted(names_protected_person=True, **holding)


def confirm(
    analysis, scenario, second, readings=SAID, thresholds=T, category="serious_crime"
):
    return confirm_person(
        analysis,
        split_sentences(TEXT),
        view(readings),
        np.array(scenario),
        np.array(second),
        thresholds,
        category,
    )


def test_both_readings_of_expression_deny_and_keep_the_protected_person():
    a = confirm(person(), [0.05, 0.0, 0.9, 0.05], [0.1, 0.02, 0.75, 0.13])
    assert a.holds("expression")
    assert a.holds("names_protected_person")
    assert not a.holds("read_alone")  # the referral it overrides is the one it reads
    assert "P=0.75" in a.findings["expression"].detail


def test_both_readings_of_a_ground_deny_even_beside_an_act_the_rules_saw():
    a = confirm(
        person(criminal_act=True), [0.1, 0.8, 0.05, 0.05], [0.05, 0.85, 0.05, 0.05]
    )
    assert a.holds("protected_ground")
    assert not a.holds("criminal_act")


@pytest.mark.parametrize(
    ("scenario", "second", "readings"),
    [
        # one reading is less sure
        ([0.05, 0.0, 0.9, 0.05], [0.3, 0.0, 0.6, 0.1], SAID),
        ([0.3, 0.65, 0.0, 0.05], [0.05, 0.9, 0.0, 0.05], SAID),
        # the readings disagree on which abuse it is
        ([0.05, 0.0, 0.9, 0.05], [0.05, 0.9, 0.0, 0.05], SAID),
        # both read expression, but nothing said or published is in the text
        ([0.05, 0.0, 0.9, 0.05], [0.05, 0.0, 0.9, 0.05], UNSAID),
    ],
)
def test_anything_less_leaves_the_referral(scenario, second, readings):
    a = person()
    assert confirm(a, scenario, second, readings) is a


def test_a_threshold_above_one_turns_it_off():
    a = person()
    off = Thresholds(person_confirm=1.01)
    assert confirm(a, [0.0, 0.0, 1.0, 0.0], [0.0, 0.0, 1.0, 0.0], thresholds=off) is a


def test_under_a_terrorism_label_expression_does_not_meet_the_definition():
    a = confirm(
        person(terrorism_definition_met=True),
        [0.0, 0.0, 0.9, 0.1],
        [0.0, 0.0, 0.8, 0.2],
        category="terrorism",
    )
    assert a.holds("expression")
    assert not a.holds("terrorism_definition_met")


REPORTER = (
    "The target is a reporter for the Evening Star. Her articles say the port authority hides "
    "the accounts of the new terminal. The terminal's contractor's accountant states that she "
    "took 2,000 in cash from the contractor to drop a story."
)


def test_analyse_asks_both_readings_about_a_protected_person(monkeypatch):
    monkeypatch.setitem(
        _scenario._STATE, "scenario model", constant_scenario([0.05, 0.0, 0.9, 0.05])
    )
    monkeypatch.setitem(
        _scenario._STATE, "second reading", constant_reading([0.05, 0.0, 0.85, 0.1])
    )
    a = analyse(REPORTER, offence_category="serious_crime", thresholds=T)
    if a.model == "rules":
        pytest.skip("the sentence encoder is not installed")
    # the rules alone refer: an act beside the reporting
    rules = analyse(REPORTER, offence_category="serious_crime", use_model=False)
    assert rules.holds("criminal_act")
    assert a.holds("names_protected_person")
    assert a.holds("expression")
    assert not a.holds("criminal_act")
    # the second reading reads a genuine case: the referral stands
    monkeypatch.setitem(
        _scenario._STATE, "second reading", constant_reading([0.8, 0.0, 0.1, 0.1])
    )
    b = analyse(REPORTER, offence_category="serious_crime", thresholds=T)
    assert b.holds("names_protected_person")
    assert b.holds("criminal_act")


def test_by_default_a_reading_below_eight_tenths_leaves_the_referral(monkeypatch):
    """Session 16: over the sets neither reading learnt from, 4 right denials and 3 wrong ones at
    0.7 (two of the wrong ones below 0.8), 4 and 1 at 0.8."""
    assert Thresholds().person_confirm == 0.8
    monkeypatch.setitem(
        _scenario._STATE, "scenario model", constant_scenario([0.05, 0.0, 0.9, 0.05])
    )
    monkeypatch.setitem(
        _scenario._STATE, "second reading", constant_reading([0.15, 0.0, 0.75, 0.1])
    )
    a = analyse(REPORTER, offence_category="serious_crime")
    assert a.holds("names_protected_person")
    assert a.holds(
        "criminal_act"
    )  # the act stands: the referral is not turned into a denial
