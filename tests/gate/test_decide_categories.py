"""Gate decisions for the error categories of the justification work (rules only, texts written
for these tests): whose protected role, terrorism labels on expression or on a non-violent crime,
and refer clauses listed once a spec refer clause decides."""

from __future__ import annotations

import pytest

from enduse.gate import decide
from enduse.tasking import Outcome

CRIME = "CCTV and two witnesses identify him; the bank records show the payments."


def _decide(make_scenario, text, category="serious_crime", label="extortion", **target):
    s = make_scenario(
        request={
            "justification": text,
            "offence": {"category": category, "label": label, "max_penalty_years": 15},
            "target": target,
        }
    )
    return decide(s.request, s.licence, now=s.now, use_model=False)


@pytest.mark.parametrize(
    "text",
    [
        f"He extorted the owner of a bakery, whose lawyer filed the complaint. {CRIME}",
        f"He threatened a local reporter and demanded protection money from her family. {CRIME}",
        f"El sospechoso extorsionó a un comerciante; su abogado presentó la denuncia. {CRIME}",
        f"Il a extorqué un commerçant ; le principal témoin, un prêtre, l'a vu. {CRIME}",
    ],
)
def test_a_crime_with_a_role_that_belongs_to_someone_else_permits(make_scenario, text):
    d = _decide(make_scenario, text)
    assert d.outcome is Outcome.PERMIT, d.reasons


@pytest.mark.parametrize(
    "text",
    [
        f"The suspect, a practising lawyer, extorted the owner of a bakery. {CRIME}",
        f"El sospechoso, abogado en ejercicio, extorsionó a un comerciante. {CRIME}",
    ],
)
def test_a_crime_by_a_protected_person_refers_with_that_clause_alone(
    make_scenario, text
):
    d = _decide(make_scenario, text)
    assert d.outcome is Outcome.REFER
    assert d.clauses == ["protected_person"]


def test_a_terrorism_label_on_a_union_strike_gives_both_clauses_and_no_ground(
    make_scenario,
):
    text = "The union called a strike at the port and she spoke at its rally against the new wage law."
    d = _decide(make_scenario, text, category="terrorism", label="terrorism")
    assert d.outcome is Outcome.DENY
    assert d.clauses == ["expression_not_crime", "terrorism_definition_unmet"]


def test_a_terrorism_label_on_an_attack_with_evidence_is_not_denied(make_scenario):
    text = (
        "Informants, who consider it possible that he has accomplices in the capital and in two border "
        "towns that the unit is still mapping, saw him buy a rifle and ammunition on 3 May."
    )
    d = _decide(make_scenario, text, category="terrorism", label="terrorism")
    assert d.outcome is not Outcome.DENY
