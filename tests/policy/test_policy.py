"""Cedar compilation from the certificate, parameters, caching, fail closed."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import cedarpy
import pytest

from enduse.errors import InvalidInputError
from enduse.policy import (
    POLICY_ERROR,
    Effect,
    Facts,
    compiled,
    evaluate,
    load_terms,
    policy_text,
)
from enduse.policy.terms import Clause

NOW = datetime(2026, 3, 10, tzinfo=UTC)


def facts(**changes):
    base = Facts(
        licence_status="active",
        certificate_signed=True,
        agency_type="police",
        offence_category="serious_crime",
        max_penalty_years=5,
        legal_basis_type="judicial_warrant",
        legal_reference="JW-1",
        legal_valid_until=datetime(2026, 4, 1, tzinfo=UTC),
        now=NOW,
        requested_capabilities=["messages"],
        licence_capabilities=["messages", "location"],
        active_targets=1,
        max_active_targets=5,
        customer_country="MX",
        target_country="MX",
        registry_match=None,
        findings={"specific_allegation": True, "criminal_act": True},
    )
    return dataclasses.replace(base, **changes)


def test_every_deny_and_refer_clause_has_one_policy_named_by_its_id():
    terms = load_terms()
    for effect in (Effect.DENY, Effect.REFER):
        text = policy_text(terms, effect)
        for clause in terms.by_effect(effect):
            assert text.count(f'@id("{clause.id}")') == 1


def test_policies_validate_against_the_schema():
    c = compiled(load_terms())
    assert cedarpy.validate_policies(c.deny_text, c.schema).validation_passed
    assert cedarpy.validate_policies(c.refer_text, c.schema).validation_passed


def test_preconditions_are_forbid_unless_and_prohibitions_forbid_when():
    text = policy_text(load_terms(), Effect.DENY)
    assert (
        '@id("licence_inactive")\nforbid (principal, action == Action::"task", resource)\n  unless'
        in text
    )
    assert (
        '@id("quota_exceeded")\nforbid (principal, action == Action::"task", resource)\n  when'
        in text
    )


def test_threshold_parameter_changes_the_decision_without_code_change():
    six = load_terms()
    four = six.with_parameters(serious_crime_min_years=4)
    assert evaluate(compiled(six), facts()).deny_clauses == ["purpose_not_permitted"]
    assert evaluate(compiled(four), facts()).deny_clauses == []
    assert evaluate(compiled(four), facts(max_penalty_years=3.5)).deny_clauses == [
        "purpose_not_permitted"
    ]


def test_refer_parameters_switch_refer_policies_off():
    terms = load_terms().with_parameters(refer_extraterritorial=False)
    assert evaluate(
        compiled(load_terms()), facts(max_penalty_years=8, target_country="US")
    ).refer_clauses == ["extraterritorial_target"]
    assert (
        evaluate(
            compiled(terms), facts(max_penalty_years=8, target_country="US")
        ).refer_clauses
        == []
    )


def test_compiled_handles_are_built_once_per_version():
    terms = load_terms()
    assert compiled(terms) is compiled(load_terms())
    assert compiled(terms.with_parameters(serious_crime_min_years=4)) is not compiled(
        terms
    )


def test_unknown_clause_in_a_certificate_is_refused():
    terms = load_terms()
    odd = terms.model_copy(
        update={
            "clauses": (
                *terms.clauses,
                Clause(id="no_fishing", effect=Effect.DENY, title="x", text="y"),
            )
        }
    )
    with pytest.raises(InvalidInputError, match="no_fishing"):
        policy_text(odd, Effect.DENY)


def test_evaluation_error_fails_closed():
    good = compiled(load_terms())
    # A forbid that errors at run time is skipped by Cedar, which then allows: the gate must not.
    broken_text = '@id("base")\npermit (principal, action, resource);\n@id("broken")\nforbid (principal, action, resource) when { context.no_such_attr };\n'
    broken = dataclasses.replace(
        good, deny_policies=cedarpy.PolicySet.from_str(broken_text), schema=None
    )
    result = evaluate(broken, facts(max_penalty_years=8))
    assert result.failed


def test_deny_without_a_named_policy_is_an_error():
    good = compiled(load_terms())
    bare = dataclasses.replace(
        good,
        deny_policies=cedarpy.PolicySet.from_str(
            '@id("x")\npermit (principal, action, resource) when { false };'
        ),
    )
    result = evaluate(bare, facts(max_penalty_years=8))
    assert result.failed
    assert result.deny_clauses == []
    assert POLICY_ERROR == "policy_error"


DOUBTED = {"specific_allegation": True, "criminal_act": True, "doubted": True}


@pytest.mark.parametrize(
    ("changes", "deny", "refer"),
    [
        ({}, [], ["justification_unclear"]),
        # another refer clause already sends it to a person: the doubt adds no second reason
        ({"registry_match": "journalist"}, [], ["protected_person"]),
        ({"target_country": "US"}, [], ["extraterritorial_target"]),
        (
            {"findings": {**DOUBTED, "names_protected_person": True}},
            [],
            ["protected_person"],
        ),
        # a denial lists only its deny clauses
        ({"active_targets": 5}, ["quota_exceeded"], ["justification_unclear"]),
    ],
)
def test_a_doubted_text_is_referred_where_nothing_else_refers_it(changes, deny, refer):
    base = facts(max_penalty_years=8, findings=DOUBTED)
    result = evaluate(compiled(load_terms()), dataclasses.replace(base, **changes))
    assert result.deny_clauses == deny
    assert result.refer_clauses == refer


def test_the_doubt_follows_the_certificate_refer_parameters():
    terms = load_terms().with_parameters(refer_extraterritorial=False)
    abroad = facts(max_penalty_years=8, target_country="US", findings=DOUBTED)
    assert evaluate(compiled(terms), abroad).refer_clauses == ["justification_unclear"]
    clear = facts(max_penalty_years=8, target_country="US")
    assert evaluate(compiled(terms), clear).refer_clauses == []


READ = {"expression": True, "read_alone": True}


@pytest.mark.parametrize(
    ("changes", "deny"),
    [
        ({}, ["expression_not_crime"]),  # nothing else decides: the reading does
        # where the target is does not stop it: a deny clause outranks the referral
        ({"target_country": "US"}, ["expression_not_crime"]),
        # beside a structured denial or a protected person, a reading of the words is not needed
        ({"active_targets": 5}, ["quota_exceeded"]),
        ({"max_penalty_years": 2}, ["purpose_not_permitted"]),
        ({"legal_basis_type": "none"}, ["no_legal_basis"]),
        ({"agency_type": "private"}, ["non_government_end_user"]),
        ({"licence_status": "suspended"}, ["licence_inactive"]),
        ({"requested_capabilities": ["camera"]}, ["capability_out_of_scope"]),
        ({"registry_match": "journalist"}, []),
    ],
)
def test_a_denial_read_from_the_whole_text_alone_decides_only_where_nothing_else_does(
    changes, deny
):
    base = facts(max_penalty_years=8, findings=READ)
    result = evaluate(compiled(load_terms()), dataclasses.replace(base, **changes))
    assert result.deny_clauses == deny


def test_a_denial_the_rules_found_is_listed_beside_a_structured_one():
    found = facts(max_penalty_years=8, active_targets=5, findings={"expression": True})
    result = evaluate(compiled(load_terms()), found)
    assert result.deny_clauses == ["expression_not_crime", "quota_exceeded"]
    ground = facts(
        max_penalty_years=2, findings={"protected_ground": True, "read_alone": True}
    )
    assert evaluate(compiled(load_terms()), ground).deny_clauses == [
        "purpose_not_permitted"
    ]


def test_the_whole_text_denial_follows_the_certificate_refer_parameters():
    terms = load_terms().with_parameters(refer_protected_persons=False)
    named = facts(max_penalty_years=8, registry_match="journalist", findings=READ)
    assert evaluate(compiled(terms), named).deny_clauses == ["expression_not_crime"]
