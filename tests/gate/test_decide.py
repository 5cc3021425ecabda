"""Every clause of the standard certificate, made to hold and not to hold."""

from __future__ import annotations

import pytest

from enduse.gate import decide
from enduse.tasking import Outcome

EXPRESSION_TEXT = (
    "Subject writes a weekly column criticising the interior minister and published leaked internal "
    "documents on police overtime spending. Messages and contacts are needed to identify her sources."
)
GROUND_TEXT = (
    "Subject is an Ahmadi who leads prayers for the local congregation. Members of that faith are to be "
    "monitored as a preventive measure. No specific information is held on him."
)
PROTEST_TERROR = (
    "Subject organised the peaceful sit-in outside the labour ministry; no violence was recorded. "
    "The protest aims to compel the government to raise wages and is to be treated as terrorism."
)
NONVIOLENT_TERROR = (
    "Subject and two others vandalised the turnstiles of the metro station at night; nobody was on site "
    "and no one was put at risk. CCTV identifies them. The anti-terrorism law is to be applied."
)
VIOLENT_TERROR = (
    "Target assembled an explosive device in a rented garage and planned to detonate it at a bus station; "
    "a search on 3 March found the device and his fingerprints. Location and messages requested."
)
MIXED_TEXT = (
    "Target also posts videos criticising the president; that is not the basis of this request. "
    "He shot dead a shopkeeper during a robbery on 2 March; CCTV and two witnesses identify him."
)


def _decide(s):
    return decide(s.request, s.licence, now=s.now, use_model=False)


def test_clean_scenario_permits(make_scenario):
    d = _decide(make_scenario())
    assert d.outcome is Outcome.PERMIT
    assert d.clauses == []


@pytest.mark.parametrize(
    ("edits", "clause"),
    [
        ({"licence": {"status": "suspended"}}, "licence_inactive"),
        ({"licence": {"status": "revoked"}}, "licence_inactive"),
        ({"licence": {"certificate_signed": False}}, "licence_inactive"),
        ({"licence": {"agency_type": "private"}}, "non_government_end_user"),
        ({"request": {"offence": {"category": "other"}}}, "purpose_not_permitted"),
        ({"request": {"offence": {"max_penalty_years": 5}}}, "purpose_not_permitted"),
        (
            {"request": {"offence": {"max_penalty_years": None}}},
            "purpose_not_permitted",
        ),
        ({"request": {"legal_basis": {"type": "none"}}}, "no_legal_basis"),
        ({"request": {"legal_basis": {"reference": None}}}, "no_legal_basis"),
        ({"request": {"legal_basis": {"reference": "  "}}}, "no_legal_basis"),
        ({"request": {"legal_basis": {"valid_until": None}}}, "no_legal_basis"),
        (
            {"request": {"legal_basis": {"valid_until": "2026-03-10T10:00:00Z"}}},
            "no_legal_basis",
        ),
        (
            {"request": {"capabilities": ["messages", "microphone"]}},
            "capability_out_of_scope",
        ),
        ({"licence": {"active_targets": 10}}, "quota_exceeded"),
        ({"licence": {"active_targets": 11}}, "quota_exceeded"),
        ({"request": {"justification": EXPRESSION_TEXT}}, "expression_not_crime"),
        ({"request": {"justification": GROUND_TEXT}}, "protected_ground"),
        (
            {
                "request": {
                    "offence": {"category": "terrorism"},
                    "justification": NONVIOLENT_TERROR,
                }
            },
            "terrorism_definition_unmet",
        ),
    ],
)
def test_deny_clause_holds(make_scenario, edits, clause):
    d = _decide(make_scenario(**edits))
    assert d.outcome is Outcome.DENY
    assert d.clauses == [clause]
    assert d.reasons[0].clause == clause
    assert d.reasons[0].text


@pytest.mark.parametrize(
    "edits",
    [
        {"licence": {"active_targets": 9}},
        {"request": {"offence": {"max_penalty_years": 6}}},
        {"request": {"offence": {"max_penalty_years": 999}}},
        {"request": {"legal_basis": {"type": "administrative_order"}}},
        {"request": {"legal_basis": {"valid_until": "2026-03-10T10:00:01Z"}}},
        {"licence": {"agency_type": "intelligence"}},
        {"request": {"capabilities": ["location"]}},
        {
            "request": {
                "offence": {"category": "terrorism"},
                "justification": VIOLENT_TERROR,
            }
        },
        {"request": {"justification": MIXED_TEXT}},
    ],
)
def test_clause_does_not_hold_at_its_boundary(make_scenario, edits):
    d = _decide(make_scenario(**edits))
    assert d.outcome is Outcome.PERMIT, d.as_dict()


def test_protest_labelled_terrorism_gives_both_clauses(make_scenario):
    d = _decide(
        make_scenario(
            request={
                "offence": {"category": "terrorism"},
                "justification": PROTEST_TERROR,
            }
        )
    )
    assert d.clauses == ["expression_not_crime", "terrorism_definition_unmet"]


def test_all_holding_deny_clauses_are_listed(make_scenario):
    d = _decide(
        make_scenario(
            licence={"status": "expired", "agency_type": "private"},
            request={"justification": EXPRESSION_TEXT},
        )
    )
    assert d.clauses == [
        "expression_not_crime",
        "licence_inactive",
        "non_government_end_user",
    ]


@pytest.mark.parametrize(
    ("edits", "clauses"),
    [
        (
            {"request": {"target": {"registry_match": "journalist"}}},
            ["protected_person"],
        ),
        (
            {"request": {"target": {"location_country": "US"}}},
            ["extraterritorial_target"],
        ),
        (
            {
                "request": {
                    "target": {"registry_match": "diplomat", "location_country": "GT"}
                }
            },
            ["extraterritorial_target", "protected_person"],
        ),
    ],
)
def test_refer_clauses(make_scenario, edits, clauses):
    d = _decide(make_scenario(**edits))
    assert d.outcome is Outcome.REFER
    assert d.clauses == clauses


def test_refer_clauses_are_not_listed_behind_a_denial_but_stay_in_reasons(
    make_scenario,
):
    d = _decide(
        make_scenario(
            licence={"status": "suspended"},
            request={"target": {"registry_match": "lawyer"}},
        )
    )
    assert d.outcome is Outcome.DENY
    assert d.clauses == ["licence_inactive"]
    assert any(r.clause == "protected_person" and not r.decisive for r in d.reasons)


def test_justification_naming_a_protected_person_refers(make_scenario):
    text = (
        "Subject, a parish priest, collected drug proceeds as donations and moved them to shell companies; "
        "bank records and a cashier's statement show it. Messages requested."
    )
    d = _decide(make_scenario(request={"justification": text}))
    assert d.outcome is Outcome.REFER
    assert d.clauses == ["protected_person"]


def test_kidnappers_posing_as_journalists_are_not_protected(make_scenario):
    text = (
        "The target and an accomplice posed as television reporters with forged press cards to enter the "
        "victim's home on 4 March and abducted her son. Ransom calls come from this number (call records)."
    )
    d = _decide(
        make_scenario(
            request={"justification": text, "offence": {"label": "kidnapping"}}
        )
    )
    assert d.outcome is Outcome.PERMIT, d.as_dict()


def test_a_journalist_who_is_the_victim_does_not_make_the_target_protected(
    make_scenario,
):
    text = (
        "Target is the gunman who shot dead a reporter outside her newsroom on 1 March; CCTV and the "
        "getaway driver identify him. Location requested."
    )
    assert (
        _decide(make_scenario(request={"justification": text})).outcome
        is Outcome.PERMIT
    )


def test_vague_justification_is_referred_not_permitted(make_scenario):
    d = _decide(
        make_scenario(
            request={
                "justification": "Subject is of interest to the service. Full access requested."
            }
        )
    )
    assert d.outcome is Outcome.REFER
    assert d.clauses == ["justification_unclear"]


def test_reasons_carry_evidence_sentences(make_scenario):
    d = _decide(make_scenario(request={"justification": EXPRESSION_TEXT}))
    assert d.reasons[0].evidence
    assert any("column" in e for e in d.reasons[0].evidence)


def test_policy_engine_failure_denies_with_a_named_cause(make_scenario, monkeypatch):
    from enduse.gate import service as decide_module
    from enduse.policy import PolicyResult

    monkeypatch.setattr(
        decide_module,
        "evaluate",
        lambda _c, _f: PolicyResult([], [], ["engine exploded"]),
    )
    d = _decide(make_scenario())
    assert d.outcome is Outcome.DENY
    assert d.clauses == ["policy_error"]
    assert "engine exploded" in d.reasons[0].text


def test_a_doubted_permit_is_referred_with_the_scenario_models_reason(make_scenario):
    from dataclasses import replace

    from enduse.gate.service import analyse_request
    from enduse.justification import Finding

    s = make_scenario(request={"justification": VIOLENT_TERROR})
    clean = analyse_request(s.request, use_model=False)
    assert decide(s.request, s.licence, now=s.now, analysis=clean).outcome is (
        Outcome.PERMIT
    )
    doubt = Finding(
        "doubted",
        True,
        0.99,
        ("Target assembled an explosive device in a rented garage.",),
        "the scenario model reads the whole text as resting on what the target said or "
        "published (P=0.98), not as a genuine case (P=0.01): a person decides",
    )
    doubted = replace(clean, findings={**clean.findings, "doubted": doubt})
    d = decide(s.request, s.licence, now=s.now, analysis=doubted)
    assert d.outcome is Outcome.REFER
    assert d.clauses == ["justification_unclear"]
    assert "scenario model" in d.reasons[0].text
    assert d.reasons[0].evidence == doubt.evidence


def test_the_policies_read_every_finding_the_analysis_produces_and_no_other():
    # the two packages name the findings independently (neither imports the other); the gate,
    # where they meet, needs the lists equal: a finding the policies do not read would be
    # dropped, one they read but the analysis never sets would always be false
    from enduse import justification, policy

    assert list(justification.FINDINGS) == list(policy.FINDINGS)
