"""A doubted permit that both whole-text readings take for the abuse the rules found: a denial, not
a referral; anything less stays a referral."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from enduse.justification import _scenario
from enduse.justification._text import split_sentences
from enduse.justification.analysis import Finding, Thresholds, analyse, confirm_doubt
from tests.justification.test_attribution_and_leanings import view
from tests.justification.test_scenario import TEXT, permitted
from tests.justification.test_second_reading import constant_reading

T = Thresholds()
READINGS = [{"identity": 0.6}, {"expression": 0.6}]


def doubted(**holding: bool):
    a = permitted(criminal_act=True, **holding)
    return replace(
        a,
        findings={**a.findings, "doubted": Finding("doubted", True, 0.9, (), "doubt")},
    )


def confirm(analysis, scenario, second, thresholds=T, category="serious_crime"):
    return confirm_doubt(
        analysis,
        split_sentences(TEXT),
        view(READINGS),
        np.array(scenario),
        np.array(second),
        thresholds,
        category,
    )


def test_expression_both_readings_take_for_it_is_a_denial():
    a = confirm(
        doubted(expression=True), [0.05, 0.0, 0.92, 0.03], [0.1, 0.0, 0.88, 0.02]
    )
    assert a.holds("expression")
    assert not a.holds("criminal_act")
    assert not a.holds("doubted")
    assert a.holds("read_alone")
    assert "P=0.88" in a.findings["expression"].detail
    assert a.findings["expression"].evidence == ("A person would have to decide.",)


def test_a_protected_ground_both_readings_take_for_it_is_a_denial():
    a = confirm(
        doubted(protected_ground=True),
        [0.02, 0.95, 0.02, 0.01],
        [0.05, 0.9, 0.03, 0.02],
    )
    assert a.holds("protected_ground")
    assert not a.holds("criminal_act")
    assert not a.holds("doubted")


@pytest.mark.parametrize(
    ("holding", "scenario", "second"),
    [
        # the second reading is less sure: the doubt stands
        ({"expression": True}, [0.05, 0.0, 0.92, 0.03], [0.3, 0.0, 0.6, 0.1]),
        # the scenario model is less sure
        ({"expression": True}, [0.2, 0.0, 0.8, 0.0], [0.05, 0.0, 0.95, 0.0]),
        # both read expression, but the rules found none in the text
        ({}, [0.05, 0.0, 0.92, 0.03], [0.05, 0.0, 0.92, 0.03]),
        # the readings are of a ground, the rules found expression only
        ({"expression": True}, [0.02, 0.95, 0.02, 0.01], [0.05, 0.9, 0.03, 0.02]),
    ],
)
def test_anything_less_leaves_the_doubt_a_referral(holding, scenario, second):
    a = doubted(**holding)
    assert confirm(a, scenario, second) is a


def test_a_threshold_above_one_turns_it_off():
    a = doubted(expression=True)
    off = Thresholds(doubt_confirm=1.01)
    assert confirm(a, [0.0, 0.0, 1.0, 0.0], [0.0, 0.0, 1.0, 0.0], off) is a


def test_under_a_terrorism_label_expression_does_not_meet_the_definition():
    a = doubted(expression=True, terrorism_definition_met=True)
    a = confirm(a, [0.0, 0.0, 0.97, 0.03], [0.0, 0.0, 0.96, 0.04], category="terrorism")
    assert a.holds("expression")
    assert not a.holds("terrorism_definition_met")
    b = confirm(
        doubted(expression=True, terrorism_definition_met=True),
        [0.0, 0.0, 0.97, 0.03],
        [0.0, 0.0, 0.96, 0.04],
    )
    assert b.holds("terrorism_definition_met")  # another label keeps what the rules saw


MIXED = (
    "The target published a report on deaths in custody in January. Two guards state that he "
    "stole the admission registers from the prison archive in December."
)


def constant_scenario(probs):
    """A scenario model that reads every text the same way (weights zero, biases set)."""
    dim = 2 * _scenario.DIM + 2
    return _scenario.ScenarioModel(
        np.zeros((dim, 4)), np.log(np.array(probs)), np.zeros(dim), np.ones(dim)
    )


def test_analyse_asks_both_readings_about_a_doubted_text(monkeypatch):
    monkeypatch.setitem(
        _scenario._STATE, "scenario model", constant_scenario([0.02, 0.0, 0.97, 0.01])
    )
    monkeypatch.setitem(
        _scenario._STATE, "second reading", constant_reading([0.03, 0.0, 0.96, 0.01])
    )
    a = analyse(MIXED, offence_category="serious_crime")
    if a.model == "rules":
        pytest.skip("the sentence encoder is not installed")
    assert a.holds("expression")
    assert not a.holds("doubted")
    assert a.holds("read_alone")
    # the second reading less sure: the scenario model's doubt stands, a person decides
    monkeypatch.setitem(
        _scenario._STATE, "second reading", constant_reading([0.5, 0.0, 0.5, 0.0])
    )
    b = analyse(MIXED, offence_category="serious_crime")
    assert b.holds("doubted")
    assert b.holds("criminal_act")
