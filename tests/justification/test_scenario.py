"""The scenario model: what it learns from, that the shipped weights match their data, and how it
settles a text the rules leave unclear -- and never anything else."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from enduse.justification import _scenario
from enduse.justification._text import split_sentences
from enduse.justification.analysis import (
    FINDINGS,
    Analysis,
    Finding,
    Thresholds,
    analyse,
    settle,
)
from tests.justification.test_attribution_and_leanings import view

T = Thresholds()
OFF = replace(T, use_scenario=False)
TEXT = "Nothing decisive is said here. A person would have to decide."


def unclear(**holding: bool) -> Analysis:
    findings = {name: Finding(name, False, 0.0) for name in FINDINGS}
    findings["unclear"] = Finding("unclear", True, 1.0, (), "nothing decisive")
    for name, holds in holding.items():
        findings[name] = Finding(name, holds, 1.0 if holds else 0.0)
    return Analysis("en", findings)


READINGS = [{"identity": 0.6}, {"expression": 0.6}]


def settled(analysis, probs, thresholds=T, category="serious_crime", rows=READINGS):
    sentences = split_sentences(TEXT)
    return settle(
        analysis, sentences, view(rows), np.array(probs), thresholds, category
    )


def permitted(**holding: bool) -> Analysis:
    a = unclear(**holding)
    return replace(
        a, findings={**a.findings, "unclear": Finding("unclear", False, 0.0)}
    )


# -- what it learns from ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "registry", "label"),
    [
        ({"decision": "permit", "clauses": []}, None, 0),
        ({"decision": "deny", "clauses": ["protected_ground"]}, None, 1),
        (
            {
                "decision": "deny",
                "clauses": ["expression_not_crime", "protected_ground"],
            },
            None,
            1,
        ),
        ({"decision": "deny", "clauses": ["expression_not_crime"]}, None, 2),
        ({"decision": "refer", "clauses": ["protected_person"]}, None, 3),
        ({"decision": "deny", "clauses": ["terrorism_definition_unmet"]}, None, 3),
        # decided by a structured field or a registry: the text does not teach it
        ({"decision": "deny", "clauses": ["no_legal_basis"]}, None, None),
        ({"decision": "refer", "clauses": ["extraterritorial_target"]}, None, None),
        ({"decision": "refer", "clauses": ["protected_person"]}, "journalist", None),
        ({"decision": "permit", "clauses": []}, "lawyer", None),
    ],
)
def test_only_scenarios_the_text_decides_are_learned(expected, registry, label):
    assert _scenario.label_of(expected, registry) == label


def test_the_training_list_names_existing_files_and_never_the_public_examples():
    files = _scenario.training_files()
    assert len(files) >= 40
    assert all(p.is_file() for p in files)
    assert not any("shared" in p.parts or p.name == "public.jsonl" for p in files)


def test_a_missing_training_file_is_an_error_naming_its_line(tmp_path):
    listing = tmp_path / "sets.txt"
    listing.write_text("# comment\ndata/gate/holdout.jsonl\ndata/gate/nowhere.jsonl\n")
    with pytest.raises(
        FileNotFoundError, match=r"sets\.txt:3: data/gate/nowhere\.jsonl"
    ):
        _scenario.training_files(listing)


def test_the_shipped_weights_were_built_from_the_listed_files():
    model = _scenario.ScenarioModel.load()
    assert model.key == _scenario.data_hash(_scenario.training_files()), (
        "a listed set changed: rebuild with `python -m enduse.justification._scenario build`"
    )
    assert model.w.shape == (1026, len(_scenario.CLASSES))


def test_weights_round_trip_and_refuse_another_encoder(tmp_path):
    rng = np.random.default_rng(1)
    x = rng.normal(size=(40, 6))
    y = np.arange(40) % 4
    model = _scenario.ScenarioModel.fit(x, y, key="k")
    path = tmp_path / "m.npz"
    model.save(path)
    back = _scenario.ScenarioModel.load(path)
    assert back.key == "k"
    assert np.allclose(back.predict(x), model.predict(x), atol=1e-4)
    with np.load(path) as data:
        fields = dict(data)
    fields["encoder"] = np.array("another-encoder")
    np.savez(path, **fields)
    with pytest.raises(ValueError, match="another-encoder"):
        _scenario.ScenarioModel.load(path)


def test_features_pool_the_sentences_and_mark_terrorism():
    emb = np.array([[1.0, 0.0], [0.0, 3.0]])
    f = _scenario.features(emb, "terrorism")
    assert f.tolist() == [0.5, 1.5, 1.0, 3.0, 1.0, 0.2]
    assert _scenario.features(emb, "serious_crime")[4] == 0.0


# -- how it settles an unclear text -----------------------------------------------------------------


def test_a_sure_genuine_case_is_decided_on_its_structured_fields():
    a = settled(unclear(), [0.97, 0.01, 0.01, 0.01])
    assert not a.holds("unclear")
    assert "scenario model" in a.findings["unclear"].detail
    assert not a.holds("protected_ground")
    assert not a.holds("expression")


def test_a_genuine_case_below_the_threshold_stays_referred():
    a = settled(unclear(), [0.9, 0.05, 0.03, 0.02])
    assert a.holds("unclear")


def test_a_sure_selection_for_who_the_target_is_is_a_denial_with_evidence():
    a = settled(unclear(criminal_act=True), [0.02, 0.95, 0.02, 0.01])
    assert a.holds("protected_ground")
    assert not a.holds("criminal_act")  # "not, in and of itself" cannot lift it
    assert not a.holds("unclear")
    assert a.findings["protected_ground"].evidence == (
        "Nothing decisive is said here.",
    )
    assert a.findings["protected_ground"].score == pytest.approx(0.95)


def test_a_sure_reading_of_expression_is_a_denial():
    a = settled(unclear(), [0.01, 0.02, 0.96, 0.01])
    assert a.holds("expression")
    assert not a.holds("protected_ground")
    assert not a.holds("unclear")
    assert a.findings["expression"].evidence == ("A person would have to decide.",)


def test_a_denial_on_expression_needs_something_said_in_the_text():
    # no expression cue and no sentence read as expression ("a threat to public order"): a
    # person decides
    a = unclear()
    assert settled(a, [0.01, 0.02, 0.96, 0.01], rows=[{"vague": 0.8}, {}]) is a


def test_a_selection_for_who_the_target_is_may_show_only_in_the_whole():
    a = settled(unclear(), [0.02, 0.95, 0.02, 0.01], rows=[{"vague": 0.8}, {}])
    assert a.holds("protected_ground")
    assert a.findings["protected_ground"].evidence == (
        "Nothing decisive is said here.",
    )


@pytest.mark.parametrize(
    ("analysis", "probs"),
    [
        (
            unclear(names_protected_person=True),
            [0.99, 0.0, 0.0, 0.01],
        ),  # always referred
        (unclear(expression=True), [0.99, 0.0, 0.0, 0.01]),  # the rules already deny
        (unclear(protected_ground=True), [0.99, 0.0, 0.0, 0.01]),
        (unclear(), [0.5, 0.2, 0.2, 0.1]),  # below every threshold
        (unclear(), [0.05, 0.05, 0.05, 0.85]),  # "other": a person decides
    ],
)
def test_anything_else_is_left_as_it_was(analysis, probs):
    assert settled(analysis, probs) is analysis


def test_a_terrorism_label_whose_definition_is_unmet_is_never_permitted_or_doubted():
    a = unclear()
    assert settled(a, [0.99, 0.0, 0.0, 0.01], category="terrorism") is a
    assert settled(a, [0.0, 0.99, 0.0, 0.01], category="terrorism") is a
    p = permitted()
    assert settled(p, [0.0, 0.0, 0.99, 0.01], category="terrorism", rows=[{}, {}]) is p


def test_expression_labelled_terrorism_lists_both_clauses():
    a = settled(
        permitted(criminal_act=True), [0.01, 0.01, 0.97, 0.01], category="terrorism"
    )
    assert a.holds("expression")
    assert not a.holds("criminal_act")
    assert not a.holds("terrorism_definition_met")
    met = unclear(terrorism_definition_met=True)
    assert not settled(met, [0.99, 0.0, 0.0, 0.01], category="terrorism").holds(
        "unclear"
    )


# -- a text that names a protected person ----------------------------------------------------------


@pytest.mark.parametrize(
    ("probs", "finding"),
    [
        ([0.0, 0.99, 0.005, 0.005], "protected_ground"),
        ([0.0, 0.005, 0.99, 0.005], "expression"),
    ],
)
def test_a_protected_person_chosen_for_who_they_are_or_what_they_said_is_denied(
    probs, finding
):
    for a in (
        unclear(names_protected_person=True),
        permitted(names_protected_person=True, criminal_act=True),
    ):
        b = settled(a, probs)
        assert b.holds(finding)
        assert not b.holds("criminal_act")
        assert not b.holds("unclear")
        # the role stays found: the denial's reasons name the protected person
        assert b.holds("names_protected_person")
        assert "scenario model" in b.findings[finding].detail


@pytest.mark.parametrize(
    "probs",
    [
        [
            0.0,
            0.97,
            0.02,
            0.01,
        ],  # sure enough for an unclear text, not beside a protected person
        [0.0, 0.02, 0.97, 0.01],
        [0.99, 0.005, 0.0, 0.005],  # never towards a permit: whose role it is decides
        [0.0, 0.0, 0.0, 1.0],
    ],
)
def test_a_protected_person_is_otherwise_referred_as_before(probs):
    a = permitted(names_protected_person=True, criminal_act=True)
    assert settled(a, probs) is a
    u = unclear(names_protected_person=True)
    assert settled(u, probs) is u


def test_expression_beside_a_protected_person_needs_something_said():
    a = permitted(names_protected_person=True, criminal_act=True)
    assert settled(a, [0.0, 0.005, 0.99, 0.005], rows=[{"vague": 0.8}, {}]) is a


def test_the_protected_person_reading_can_be_turned_off():
    a = unclear(names_protected_person=True)
    off = replace(T, scenario_person=1.01)
    assert settled(a, [0.0, 1.0, 0.0, 0.0], off) is a


# -- how it doubts a text the findings would let through ---------------------------------------------


@pytest.mark.parametrize(
    ("probs", "reading"),
    [
        ([0.01, 0.97, 0.01, 0.01], "a selection for who the target is (P=0.97)"),
        (
            [0.005, 0.0, 0.99, 0.005],
            "resting on what the target said or published (P=0.99)",
        ),
        # below the default threshold (0.25), a genuine case is not sure enough
        ([0.2, 0.6, 0.1, 0.1], "a selection for who the target is (P=0.60)"),
    ],
)
def test_a_text_read_as_no_genuine_case_is_doubted(probs, reading):
    a = settled(permitted(criminal_act=True, specific_allegation=True), probs)
    assert a.holds("doubted")
    assert reading in a.findings["doubted"].detail
    assert a.findings["doubted"].evidence  # the sentences a reviewer should read
    # the doubt is a referral, not a finding of abuse: nothing else changes
    assert not a.holds("unclear")
    assert a.holds("criminal_act")


@pytest.mark.parametrize("p_permit", [0.25, 0.5, 0.99])
def test_a_text_read_as_a_genuine_case_is_not_doubted(p_permit):
    # at the default threshold (0.25) or above
    a = permitted(criminal_act=True)
    rest = (1.0 - p_permit) / 3
    assert settled(a, [p_permit, rest, rest, rest]) is a


def test_a_text_read_as_another_case_is_not_doubted():
    # mostly a protected person: whose role it is decides, which the rules read, not this model
    a = permitted(criminal_act=True)
    assert settled(a, [0.01, 0.0, 0.0, 0.99]) is a


def test_the_doubt_can_be_turned_off():
    a = permitted()
    assert settled(a, [0.0, 0.0, 0.0, 1.0], replace(T, scenario_doubt=0.0)) is a


def test_a_text_that_already_denies_or_refers_is_not_doubted():
    for a in (permitted(names_protected_person=True), permitted(expression=True)):
        assert settled(a, [0.0, 0.0, 0.0, 1.0]) is a


def test_thresholds_above_one_turn_each_reading_off():
    off = replace(
        T, scenario_permit=1.01, scenario_ground=1.01, scenario_expression=1.01
    )
    for probs in ([1.0, 0, 0, 0], [0, 1.0, 0, 0], [0, 0, 1.0, 0]):
        assert settled(unclear(), probs, off).holds("unclear")


# -- with the real model ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Several families from the Kurdish quarter moved into the old mill last winter. "
        "Burglaries in the district have gone up since. The subscriber is the eldest son of one "
        "of those families.",
        "The subscriber is one of the young men from the eastern estate, aged 17 to 22, who match "
        "the profile for the street robberies. Nothing is recorded against him personally.",
    ],
)
def test_a_profile_the_rules_leave_unclear_is_read_as_a_protected_ground(text):
    before = analyse(text, offence_category="serious_crime", thresholds=OFF)
    assert before.holds("unclear")
    after = analyse(text, offence_category="serious_crime", thresholds=T)
    assert after.holds("protected_ground")
    assert not after.holds("criminal_act")
    assert "scenario model" in after.findings["protected_ground"].detail
