"""Certificate clauses compiled to Cedar policies, once per certificate version.

Two policy sets come out of one certificate: the *deny* set and the *refer* set. Each is a broad
base ``permit`` plus one ``forbid`` per clause, annotated ``@id("<clause id>")`` so that every
denial names its cause:

- a precondition (active licence, legal basis, permitted purpose...) is ``forbid ... unless {ok}``;
- a prohibition (expression, protected ground, quota...) is ``forbid ... when {holds}``.

Parameters of the certificate version (``serious_crime_min_years``, ``refer_protected_persons``...)
are written into the policy text, so a new version with another threshold decides differently
without any code change. The policies are validated against ``SCHEMA`` before they are used.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import cedarpy

from enduse.errors import InvalidInputError
from enduse.policy.terms import CertificateTerms, Effect

ACTION = 'Action::"task"'

# the justification findings the policies read (``context.justification``): the booleans
# ``enduse.justification`` produces under the same names (a gate test holds the two lists equal)
FINDINGS = (
    "criminal_act",
    "expression",
    "protected_ground",
    "specific_allegation",
    "terrorism_definition_met",
    "names_protected_person",
    "unclear",
    "doubted",
    "read_alone",
)

_FINDINGS_TYPE = "".join(f"  {name}: Bool,\n" for name in FINDINGS)

SCHEMA = (
    """
entity Agency;
entity Certificate;
type Findings = {
"""
    + _FINDINGS_TYPE
    + """};
action "task" appliesTo {
  principal: [Agency],
  resource: [Certificate],
  context: {
    licence_status: String,
    certificate_signed: Bool,
    agency_type: String,
    offence_category: String,
    max_penalty_known: Bool,
    max_penalty_years: Long,
    legal_basis_type: String,
    legal_reference: String,
    legal_valid_until_known: Bool,
    legal_valid_until: datetime,
    now: datetime,
    requested_capabilities: Set<String>,
    licence_capabilities: Set<String>,
    active_targets: Long,
    max_active_targets: Long,
    customer_country: String,
    target_country: String,
    registry_match: String,
    justification: Findings,
  }
};
"""
)


@dataclass(frozen=True)
class _Rule:
    """How one clause reads in Cedar: ``forbid ... when {holds}`` or ``forbid ... unless {ok}``."""

    kind: str  # "when" | "unless"
    condition: Callable[[dict[str, Any]], str]
    enabled: Callable[[dict[str, Any]], bool] = lambda _p: True


def _purpose(p: dict[str, Any]) -> str:
    years = int(p.get("serious_crime_min_years", 6))
    return (
        'context.offence_category == "terrorism" || '
        f'(context.offence_category == "serious_crime" && context.max_penalty_known && context.max_penalty_years >= {years})'
    )


_OTHER_REFERRALS = ("protected_person", "extraterritorial_target")


def _none_hold(clauses: tuple[str, ...], p: dict[str, Any]) -> list[str]:
    """One condition per clause this certificate enables, true where the clause does not hold:
    a prohibition's condition negated, a precondition's as it stands."""
    parts = []
    for name in clauses:
        rule = RULES[name]
        if rule.enabled(p):
            cond = rule.condition(p)
            parts.append(f"({cond})" if rule.kind == "unless" else f"!({cond})")
    return parts


def _unclear(p: dict[str, Any]) -> str:
    """Unclear, or *doubted* (the scenario model reads a text the findings would let through as
    no genuine case) where no other refer clause this certificate enables holds (their own
    conditions, negated): the doubt adds a reviewer, never a second reason beside one."""
    alone = ["context.justification.doubted", *_none_hold(_OTHER_REFERRALS, p)]
    return f"context.justification.unclear || ({' && '.join(alone)})"


# the clauses that decide on the structured fields: a denial that rests on the whole-text readings
# alone (``read_alone``) is for a text that neither they nor a protected person decide (where the
# target is does not stop it: a deny clause outranks the extraterritorial referral)
_STRUCTURED_DENIALS = (
    "licence_inactive",
    "non_government_end_user",
    "purpose_not_permitted",
    "no_legal_basis",
    "capability_out_of_scope",
    "quota_exceeded",
)


def _text_denial(finding: str) -> Callable[[dict[str, Any]], str]:
    """A text denial (expression, protected ground): the finding holds and no act lifts it; where
    it rests on the whole-text readings alone, only when no structured denial and no protected
    person decides the request."""

    def condition(p: dict[str, Any]) -> str:
        unblocked = _none_hold((*_STRUCTURED_DENIALS, "protected_person"), p)
        return (
            f"context.justification.{finding} && !context.justification.criminal_act && "
            f"(!context.justification.read_alone || ({' && '.join(unblocked)}))"
        )

    return condition


RULES: dict[str, _Rule] = {
    "licence_inactive": _Rule(
        "unless",
        lambda _p: 'context.licence_status == "active" && context.certificate_signed',
    ),
    "non_government_end_user": _Rule(
        "when", lambda _p: 'context.agency_type == "private"'
    ),
    "purpose_not_permitted": _Rule("unless", _purpose),
    "terrorism_definition_unmet": _Rule(
        "when",
        lambda _p: (
            'context.offence_category == "terrorism" && !context.justification.terrorism_definition_met'
        ),
    ),
    "expression_not_crime": _Rule("when", _text_denial("expression")),
    "protected_ground": _Rule("when", _text_denial("protected_ground")),
    "no_legal_basis": _Rule(
        "unless",
        lambda _p: (
            'context.legal_basis_type != "none" && context.legal_reference != "" && '
            "context.legal_valid_until_known && context.now < context.legal_valid_until"
        ),
        enabled=lambda p: bool(p.get("legal_approval_required", True)),
    ),
    "capability_out_of_scope": _Rule(
        "unless",
        lambda _p: (
            "context.licence_capabilities.containsAll(context.requested_capabilities)"
        ),
    ),
    "quota_exceeded": _Rule(
        "when", lambda _p: "context.active_targets >= context.max_active_targets"
    ),
    "protected_person": _Rule(
        "when",
        lambda _p: (
            'context.registry_match != "" || context.justification.names_protected_person'
        ),
        enabled=lambda p: bool(p.get("refer_protected_persons", True)),
    ),
    "extraterritorial_target": _Rule(
        "when",
        lambda _p: "context.target_country != context.customer_country",
        enabled=lambda p: bool(p.get("refer_extraterritorial", True)),
    ),
    "justification_unclear": _Rule("when", _unclear),
}


@dataclass(frozen=True)
class CompiledCertificate:
    """Parsed Cedar handles for one certificate version, reused for every decision."""

    terms: CertificateTerms
    deny_text: str
    refer_text: str
    deny_policies: cedarpy.PolicySet
    refer_policies: cedarpy.PolicySet
    schema: cedarpy.Schema
    entities: cedarpy.Entities
    principal: dict[str, str]
    resource: dict[str, str]


def policy_text(terms: CertificateTerms, effect: Effect) -> str:
    """The Cedar text of one policy set: base permit plus one forbid per clause of ``effect``."""
    parts = [
        f'@id("base_{effect.value}")\npermit (principal, action == {ACTION}, resource);'
    ]
    for clause in terms.by_effect(effect):
        rule = RULES.get(clause.id)
        if rule is None:
            raise InvalidInputError(
                f"certificate {terms.key} has {effect.value} clause {clause.id!r} that the policy compiler does not know",
                field="clauses",
            )
        if not rule.enabled(terms.parameters):
            continue
        parts.append(
            f'@id("{clause.id}")\nforbid (principal, action == {ACTION}, resource)\n'
            f"  {rule.kind} {{ {rule.condition(terms.parameters)} }};"
        )
    return "\n\n".join(parts) + "\n"


def compile_certificate(terms: CertificateTerms) -> CompiledCertificate:
    """Generate, validate and parse both policy sets of ``terms``."""
    schema = cedarpy.Schema.from_str(SCHEMA)
    texts = {
        effect: policy_text(terms, effect) for effect in (Effect.DENY, Effect.REFER)
    }
    for effect, text in texts.items():
        result = cedarpy.validate_policies(text, schema)
        if not result.validation_passed:
            problems = "; ".join(str(e) for e in result.errors)
            raise InvalidInputError(
                f"{effect.value} policies of {terms.key} do not validate: {problems}",
                field="clauses",
            )
    resource = {"type": "Certificate", "id": terms.key}
    entities = cedarpy.Entities.from_json_str(
        json.dumps([{"uid": resource, "attrs": {}, "parents": []}])
    )
    return CompiledCertificate(
        terms=terms,
        deny_text=texts[Effect.DENY],
        refer_text=texts[Effect.REFER],
        deny_policies=cedarpy.PolicySet.from_str(texts[Effect.DENY]),
        refer_policies=cedarpy.PolicySet.from_str(texts[Effect.REFER]),
        schema=schema,
        entities=entities,
        principal={"type": "Agency", "id": "buyer"},
        resource=resource,
    )


_CACHE: dict[tuple[str, str], CompiledCertificate] = {}


def compiled(terms: CertificateTerms) -> CompiledCertificate:
    """The compiled policies of ``terms``, built once per certificate version and parameters."""
    key = (
        terms.key,
        repr(sorted(terms.parameters.items())) + repr([c.id for c in terms.clauses]),
    )
    found = _CACHE.get(key)
    if found is None:
        found = _CACHE[key] = compile_certificate(terms)
    return found
