"""Name matching over the real list extracts (SDN 2024 + CSL spyware extract)."""

import pytest

from enduse.screening import service
from enduse.screening.service import Thresholds

ALERT = Thresholds().alert


def best(store, name, **kw):
    results = service.check_name(store, name, **kw)
    return results[0] if results else None


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("NSO Group", "NSO Group"),
        ("N.S.O. Group Technologies Ltd", "NSO Group"),
        ("NSO Group Technologies Limited", "NSO Group"),
        ("Group NSO", "NSO Group"),
        ("Candiru", "Candiru"),
        ("Candiru Ltd", "Candiru"),
        ("Candriu Ltd", "Candiru"),  # typo
        ("Saito Tech", "Candiru"),  # alias
        ("Grindavik Solutions Ltd", "Candiru"),  # alias
        ("Intellexa Limited", None),
        ("Intelexa Ltd", None),  # typo
        ("Cytrox AD", None),
        ("Cytrox Holdings Zrt.", None),
        ("Позитив Текнолоджиз", None),  # Cyrillic spelling of Positive Technologies
        ("Positive Technologies", None),
    ],
)
def test_spyware_vendors_are_alerts(loaded, query, listed):
    hit = best(loaded, query)
    assert hit is not None, query
    assert hit.score >= ALERT, (query, hit)
    if listed:
        assert hit.name == listed
    assert hit.list in {"us-csl", "us-ofac-sdn"}
    assert hit.list_version
    assert hit.reasons


def test_intellexa_and_cytrox_are_found_on_the_sdn_list(loaded):
    for name, entity_id in [
        ("Intellexa S.A.", "48059"),
        ("Intellexa Limited", "48064"),
        ("Cytrox AD", "48067"),
    ]:
        results = service.check_name(loaded, name)
        sdn = [r for r in results if r.list == "us-ofac-sdn"]
        assert sdn
        assert sdn[0].entity_id == entity_id
        assert sdn[0].list_version == "2024-05-03"


@pytest.mark.parametrize(
    "query",
    [
        "Acme Technologies Ltd",
        "Paragon Solutions Ltd",
        "Elbit Systems Ltd",
        "Technologies Group Limited",
        "Intellect Group Ltd",
    ],
)
def test_companies_sharing_only_common_words_do_not_alert(loaded, query):
    hit = best(loaded, query)
    assert hit is None or hit.score < Thresholds().review, hit


def test_common_words_alone_are_capped_and_explained(loaded):
    # "Technologies Ltd" is all that "Acme Technologies Ltd" shares with Positive Technologies
    results = service.check_name(loaded, "Acme Technologies Ltd", min_score=0.0)
    positive = [
        r
        for r in results
        if "Positive" in r.matched_name or "POSITIVE" in r.matched_name
    ]
    assert all(r.score < 0.5 for r in positive)


def test_country_contradiction_lowers_the_score(loaded):
    same = best(loaded, "NSO Group", country="IL")
    other = best(loaded, "NSO Group", country="FR")
    assert same.score > other.score
    assert any("contradicts" in r for r in other.reasons)
    assert any("supports" in r for r in same.reasons)


def test_type_contradiction_lowers_the_score(loaded):
    def sdn(kind):
        results = service.check_name(
            loaded, "Intellexa Limited", entity_type=kind, min_score=0.0
        )
        return next(
            r for r in results if r.list == "us-ofac-sdn" and r.entity_id == "48064"
        )

    org, person = sdn("organization"), sdn("person")
    assert person.score < org.score
    assert any("type person contradicts" in r for r in person.reasons)


def test_results_come_best_first_with_the_documented_shape(loaded):
    results = service.check_name(loaded, "Intellexa")
    scores = [r.score for r in results]
    assert scores == sorted(scores, reverse=True)
    assert set(results[0].brief()) == {
        "list",
        "list_version",
        "entity_id",
        "name",
        "matched_name",
        "score",
        "reasons",
    }
