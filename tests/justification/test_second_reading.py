"""The second reading: the whole text together with what the rules and the sentence model made of
it, for a text the scenario model left unclear -- and for nothing else."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from enduse.justification import _model, _scenario
from enduse.justification._text import split_sentences
from enduse.justification.analysis import (
    FINDINGS,
    Thresholds,
    _still_unclear,
    analyse,
    settle_second,
    stack_vector,
)
from tests.justification.test_attribution_and_leanings import view
from tests.justification.test_scenario import TEXT, permitted, unclear

T = Thresholds()
READINGS = [{"identity": 0.6}, {"expression": 0.6}]


def second(analysis, probs, thresholds=T, rows=READINGS):
    return settle_second(
        analysis, split_sentences(TEXT), view(rows), np.array(probs), thresholds
    )


# -- how it settles --------------------------------------------------------------------------------


def test_a_sure_genuine_case_is_decided_on_its_structured_fields():
    a = second(unclear(), [0.92, 0.04, 0.02, 0.02])
    assert not a.holds("unclear")
    assert not a.holds(
        "read_alone"
    )  # a permit is decided on the structured fields anyway
    assert "second reading" in a.findings["unclear"].detail
    assert "P=0.92" in a.findings["unclear"].detail
    assert not a.holds("protected_ground")
    assert not a.holds("expression")


def test_below_its_threshold_a_genuine_case_stays_referred():
    a = unclear()
    assert second(a, [0.79, 0.1, 0.06, 0.05]) is a


def test_a_sure_selection_for_who_the_target_is_is_a_denial_with_evidence():
    a = second(unclear(criminal_act=True), [0.04, 0.92, 0.02, 0.02])
    assert a.holds("protected_ground")
    assert not a.holds("criminal_act")
    assert not a.holds("unclear")
    assert a.findings["protected_ground"].evidence == (
        "Nothing decisive is said here.",
    )
    assert "second reading" in a.findings["protected_ground"].detail
    assert a.holds("read_alone")


def test_a_denial_on_who_the_target_is_needs_something_about_it_in_the_text():
    # "of interest to the unit": no cue and no sentence read as identity -- a person decides
    u = unclear()
    assert second(u, [0.04, 0.92, 0.02, 0.02], rows=[{"vague": 0.8}, {}]) is u


def test_a_sure_reading_of_expression_is_a_denial_only_with_something_said():
    a = second(unclear(), [0.05, 0.05, 0.85, 0.05])
    assert a.holds("expression")
    assert a.findings["expression"].evidence == ("A person would have to decide.",)
    u = unclear()
    assert second(u, [0.05, 0.05, 0.85, 0.05], rows=[{"vague": 0.8}, {}]) is u


@pytest.mark.parametrize(
    "probs",
    [
        [0.5, 0.2, 0.2, 0.1],  # below every threshold
        [0.05, 0.05, 0.05, 0.85],  # "another case"
        [0.1, 0.45, 0.45, 0.0],
        [0.05, 0.85, 0.05, 0.05],  # a denial on who the target is asks for 0.9
    ],
)
def test_anything_less_sure_stays_referred(probs):
    a = unclear()
    assert second(a, probs) is a


def test_thresholds_above_one_turn_it_off():
    off = replace(T, second_permit=1.01, second_ground=1.01, second_expression=1.01)
    for probs in ([1.0, 0, 0, 0], [0, 1.0, 0, 0], [0, 0, 1.0, 0]):
        assert second(unclear(), probs, off).holds("unclear")


# -- what it is asked about ------------------------------------------------------------------------


def test_only_a_text_still_unclear_with_nothing_else_to_decide_is_read_again():
    assert _still_unclear(unclear(), "serious_crime")
    assert not _still_unclear(permitted(), "serious_crime")
    # whose role it is decides a protected person; an unmet terrorism definition is a denial
    assert not _still_unclear(unclear(names_protected_person=True), "serious_crime")
    assert not _still_unclear(unclear(), "terrorism")
    assert _still_unclear(unclear(terrorism_definition_met=True), "terrorism")


# -- what it reads ---------------------------------------------------------------------------------


def test_the_features_are_the_pooled_text_the_sentence_readings_the_cues_and_the_findings():
    pooled = np.zeros(1026)
    probs = np.array([[0.1] * 9, [0.3] * 9])
    findings = dict.fromkeys(FINDINGS, (False, 0.0))
    findings["unclear"] = (True, 0.7)
    x = _scenario.stack_features(
        pooled, probs, {"crime_act": 0.8, "role:journalist": 1.0}, findings
    )
    assert x.shape == (_scenario.STACK_DIM,)
    readings = x[1026 : 1026 + 18]
    assert readings[:9].tolist() == pytest.approx([0.3] * 9)  # maximum
    assert readings[9:].tolist() == pytest.approx([0.2] * 9)  # mean
    rules = x[1044 : 1044 + len(_scenario.RULE_KEYS) + 1]
    assert rules[_scenario.RULE_KEYS.index("crime_act")] == 0.8
    assert rules[-1] == 1.0  # a role is the target's
    assert sum(rules) == pytest.approx(1.8)
    found = x[-2 * len(_scenario.STACK_FINDINGS) :].reshape(-1, 2)
    assert found[_scenario.STACK_FINDINGS.index("unclear")].tolist() == [1.0, 0.7]
    assert found.sum() == pytest.approx(1.7)


def test_the_findings_it_reads_are_the_analysis_findings():
    # all but the mark it sets itself
    assert sorted(_scenario.STACK_FINDINGS) == sorted(set(FINDINGS) - {"read_alone"})
    assert len(_model.LABELS) == _scenario.N_SENTENCE_LABELS


def test_the_training_list_is_longer_and_never_names_the_public_examples():
    files = _scenario.training_files(_scenario.STACK_SETS_FILE)
    assert set(_scenario.training_files()) <= set(files)
    assert not any("shared" in p.parts or p.name == "public.jsonl" for p in files)


def test_the_shipped_weights_were_built_from_the_listed_files():
    model = _scenario.ScenarioModel.load(_scenario.STACK_WEIGHTS)
    listed = _scenario.training_files(_scenario.STACK_SETS_FILE)
    assert model.key == _scenario.data_hash(listed), (
        "a listed set changed: rebuild with "
        "`python -m enduse.justification._scenario build --stack`"
    )
    assert model.w.shape == (_scenario.STACK_DIM, len(_scenario.CLASSES))


def test_a_model_built_for_another_layout_is_not_used(tmp_path, monkeypatch):
    rng = np.random.default_rng(2)
    x = rng.normal(size=(40, 7))
    path = tmp_path / "stack.npz"
    _scenario.ScenarioModel.fit(x, np.arange(40) % 4).save(path)
    monkeypatch.setattr(_scenario, "STACK_WEIGHTS", path)
    monkeypatch.setattr(_scenario, "_STATE", {})
    assert _scenario.get_stack_model() is None


def test_the_vector_the_gate_reads_is_the_one_it_was_trained_on():
    text = (
        "The subject runs a tyre shop. He was seen at the depot twice. "
        "Interception is requested for thirty days."
    )
    v = stack_vector(text, offence_label="theft", offence_category="serious_crime")
    assert v.shape == (_scenario.STACK_DIM,)
    assert np.isfinite(v).all()
    empty = stack_vector("", offence_category="serious_crime")
    assert empty.shape == (_scenario.STACK_DIM,)


# -- wired into the analysis -----------------------------------------------------------------------

VAGUE = "Subject is of interest to the unit. Full monitoring requested for a month."


def constant_reading(probs):
    """A second reading that reads every text the same way (weights zero, biases set)."""
    dim = _scenario.STACK_DIM
    return _scenario.ScenarioModel(
        np.zeros((dim, 4)), np.log(np.array(probs)), np.zeros(dim), np.ones(dim)
    )


def test_analyse_asks_the_second_reading_about_a_text_still_unclear(monkeypatch):
    before = analyse(VAGUE, offence_category="serious_crime")
    if before.model == "rules":
        pytest.skip("the sentence encoder is not installed")
    assert before.holds("unclear")
    monkeypatch.setitem(
        _scenario._STATE, "second reading", constant_reading([0.97, 0.01, 0.01, 0.01])
    )
    after = analyse(VAGUE, offence_category="serious_crime")
    assert not after.holds("unclear")
    assert "second reading" in after.findings["unclear"].detail
    # a denial on who the target is needs something about it in the text: this one has none
    monkeypatch.setitem(
        _scenario._STATE, "second reading", constant_reading([0.01, 0.97, 0.01, 0.01])
    )
    assert analyse(VAGUE, offence_category="serious_crime").holds("unclear")


def test_without_the_second_reading_an_unclear_text_stays_referred(monkeypatch):
    monkeypatch.setitem(_scenario._STATE, "second reading", None)
    a = analyse(VAGUE, offence_category="serious_crime")
    if a.model == "rules":
        pytest.skip("the sentence encoder is not installed")
    assert a.holds("unclear")
