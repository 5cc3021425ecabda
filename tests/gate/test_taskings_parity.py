"""The database path decides exactly as ``enduse.gate.decide`` does on the same inputs."""

from __future__ import annotations

import pytest

from enduse.clock import utcnow
from enduse.gate import decide, default_terms
from enduse.gate.models import TaskingIn
from enduse.gate.taskings import submit_tasking
from enduse.storage.tables import Agency
from enduse.tasking import LicenceState, TaskingRequest
from tests.gate.taskings_world import build_licence, gate_config, tasking_body

PROTEST = (
    "Subject organised the peaceful sit-in outside the labour ministry; no violence was recorded. "
    "The protest aims to compel the government to raise wages and is to be treated as terrorism."
)
MIXED = (
    "Target also posts videos criticising the president; that is not the basis of this request. "
    "He shot dead a shopkeeper during a robbery on 2 March; CCTV and two witnesses identify him."
)
EXPRESSION = (
    "Subject writes a weekly column criticising the interior minister and published leaked internal "
    "documents on police overtime spending. Messages and contacts are needed to identify her sources."
)

CASES = {
    "clean": {},
    "expression": {"justification": EXPRESSION},
    "abroad": {"target": {"location_country": "GT"}},
    "five_years": {"offence": {"max_penalty_years": 5}},
    "unknown_penalty": {"offence": {"max_penalty_years": None}},
    "no_basis": {"legal_basis": {"type": "none"}},
    "protest_terror": {
        "offence": {"category": "terrorism", "label": "terrorism"},
        "justification": PROTEST,
    },
    "mixed": {
        "offence": {"label": "homicide", "max_penalty_years": 40},
        "justification": MIXED,
    },
    "microphone": {"capabilities": ["microphone"]},
    "vague": {
        "justification": "Subject is of interest to the service. Full access requested."
    },
    "journalist_profession": {"target": {"profession": "journalist"}},
}


@pytest.fixture
def world(db, settings):
    return build_licence(db, settings)


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_database_path_decides_as_decide_does(db, settings, world, case):
    now = utcnow()
    body = TaskingIn.model_validate(tasking_body(world.licence_id, **CASES[case]))
    with db.store() as s:
        out = submit_tasking(s, body, gate_config(settings), now=now)
        agency = s.get(Agency, world.agency_id, field="agency_id")
        state = LicenceState(
            customer_country="MX",
            customer_agency=agency.name,
            agency_type="prosecution",
            status="active",
            certificate_signed=True,
            capabilities=["messages", "location"],
            max_active_targets=25,
            active_targets=0,
        )
    request = TaskingRequest.model_validate(
        {
            **body.model_dump(exclude={"licence_id", "operator", "target"}),
            "target": {
                **body.target.model_dump(exclude={"name"}),
                "identifier": "+525512345678",
            },
        }
    )
    expected = decide(request, state, now=now, terms=default_terms())
    assert out.decision == expected.outcome.value
    assert out.clauses == expected.clauses
    assert out.reasons == [r.as_dict() for r in expected.reasons]
    assert out.certificate == expected.certificate == "standard-1"


def test_an_inactive_licence_decides_as_decide_does_with_a_fuller_reason(db, settings):
    w = build_licence(db, settings, sign=False)
    now = utcnow()
    body = TaskingIn.model_validate(
        tasking_body(w.licence_id, justification=EXPRESSION)
    )
    with db.store() as s:
        out = submit_tasking(s, body, gate_config(settings), now=now)
    assert out.decision == "deny"
    assert out.clauses == ["expression_not_crime", "licence_inactive"]
    text = next(r["text"] for r in out.reasons if r["clause"] == "licence_inactive")
    assert "licence record: active" in text
    assert "certificate: the buyer has not signed certificate standard-1" in text
