"""Both whole-text readings doubt a permit: a text the findings would let through, that neither the
scenario model nor the second reading takes for a genuine case, is referred -- whatever else they
take it for (session 18)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from enduse.justification import _scenario
from enduse.justification._text import split_sentences
from enduse.justification.analysis import Thresholds, analyse, doubt_both
from tests.justification.test_attribution_and_leanings import view
from tests.justification.test_scenario import TEXT, permitted

T = Thresholds()
ROWS = [{"role": 0.6}, {"crime": 0.6}]


def doubt(first, second, thresholds=T):
    return doubt_both(
        permitted(),
        split_sentences(TEXT),
        view(ROWS),
        np.array(first),
        np.array(second),
        thresholds,
    )


def test_both_readings_below_their_thresholds_doubt_the_permit():
    a = doubt([0.1, 0.0, 0.0, 0.9], [0.2, 0.0, 0.0, 0.8])
    assert a.holds("doubted")
    f = a.findings["doubted"]
    assert "P=0.10" in f.detail
    assert "P=0.20" in f.detail
    assert f.evidence  # the sentences it stands on are cited


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one reading takes it for a genuine case: the permit stands
        ([0.1, 0.0, 0.0, 0.9], [0.6, 0.0, 0.0, 0.4]),
        ([0.35, 0.0, 0.0, 0.65], [0.2, 0.0, 0.0, 0.8]),
    ],
)
def test_one_reading_alone_does_not(first, second):
    assert not doubt(first, second).holds("doubted")


def test_zero_turns_it_off():
    off = replace(T, doubt_both_first=0.0)
    assert not doubt([0.01, 0.0, 0.0, 0.99], [0.01, 0.0, 0.0, 0.99], off).holds(
        "doubted"
    )


GENUINE = (
    "The target sells heroin from his flat. A search on the 4th found 2 kg in the kitchen, and "
    "two buyers say they bought from him every week."
)


def constant(probs, dim):
    return _scenario.ScenarioModel(
        np.zeros((dim, 4)), np.log(np.array(probs)), np.zeros(dim), np.ones(dim)
    )


def test_analyse_refers_a_permit_both_readings_doubt(monkeypatch):
    before = analyse(GENUINE, offence_category="serious_crime")
    if before.model == "rules":
        pytest.skip("the sentence encoder is not installed")
    assert not before.holds("doubted")
    first_dim = _scenario.get_scenario_model().w.shape[0]
    monkeypatch.setitem(
        _scenario._STATE,
        "scenario model",
        constant([0.1, 0.05, 0.05, 0.8], first_dim),
    )
    monkeypatch.setitem(
        _scenario._STATE,
        "second reading",
        constant([0.2, 0.05, 0.05, 0.7], _scenario.STACK_DIM),
    )
    assert analyse(GENUINE, offence_category="serious_crime").holds("doubted")
    # the second reading takes it for a genuine case: the permit stands
    monkeypatch.setitem(
        _scenario._STATE,
        "second reading",
        constant([0.9, 0.03, 0.03, 0.04], _scenario.STACK_DIM),
    )
    assert not analyse(GENUINE, offence_category="serious_crime").holds("doubted")
