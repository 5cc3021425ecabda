"""A justification that establishes nothing decisive is permitted on its structured fields only when
nothing in it could make it abusive (``Thresholds.model_quiet``); any such reading refers it.
Texts written for these tests; model readings given per sentence."""

from __future__ import annotations

import pytest

from enduse.justification import Thresholds
from tests.justification.test_attribution_and_leanings import merged

THIN = "Continuation of the interception authorised in case 41/26. Same facts as the first order."


def test_a_thin_text_with_no_reading_of_abuse_is_not_unclear():
    a = merged(THIN, [{}, {}])
    assert not a.holds("unclear")
    assert "decided on the structured fields" in a.findings["unclear"].detail
    assert not a.holds("expression")
    assert not a.holds("protected_ground")


@pytest.mark.parametrize("concept", ["expression", "identity", "none_alleged", "vague"])
def test_one_sentence_read_as_possibly_abusive_keeps_the_referral(concept):
    a = merged(THIN, [{}, {concept: 0.55}])
    assert a.holds("unclear")


def test_a_reading_just_below_the_threshold_is_quiet_and_the_threshold_moves_it():
    rows = [{"vague": 0.45}, {}]
    assert not merged(THIN, rows).holds("unclear")
    assert merged(THIN, rows, thresholds=Thresholds(model_quiet=0.4)).holds("unclear")


def test_quiet_zero_refers_every_thin_text():
    assert merged(THIN, [{}, {}], thresholds=Thresholds(model_quiet=0.0)).holds(
        "unclear"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a protected-ground cue the model does not read
        "Preventive interception of the communications of foreign nationals living in the district.",
        "Vigilancia preventiva de las comunicaciones de los extranjeros residentes en el barrio.",
        "Interception préventive des communications des ressortissants installés dans le quartier.",
    ],
)
def test_a_rule_ground_cue_is_never_quiet(text):
    a = merged(text, [{}])
    assert a.holds("unclear") or a.holds("protected_ground")
    assert "decided on the structured fields" not in a.findings["unclear"].detail


def test_a_text_that_disclaims_an_allegation_is_never_quiet():
    text = "No offence is alleged against him at this stage. Case 12/26."
    a = merged(text, [{}, {}])
    assert "decided on the structured fields" not in a.findings["unclear"].detail


def test_no_justification_at_all_is_decided_on_the_fields_unless_quiet_is_off():
    from enduse.justification import analyse

    a = analyse("", use_model=False)
    assert not a.holds("unclear")
    assert "no justification given" in a.findings["unclear"].detail
    off = analyse("", use_model=False, thresholds=Thresholds(model_quiet=0.0))
    assert off.holds("unclear")
