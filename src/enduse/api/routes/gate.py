"""The gate over HTTP: decide scenarios in the exchange format (no database)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from enduse.errors import InvalidInputError
from enduse.gate.evaluation import Summary, decide_scenario, decision_line
from enduse.tasking import Scenario, parse_scenario

router = APIRouter(tags=["gate"])

MAX_BATCH = 1000


@router.post("/gate/evaluate")
def evaluate_scenario(body: Scenario) -> dict[str, Any]:
    """Decide one scenario: ``{"id", "decision", "clauses", "reasons"}`` (plus ``expected`` echo and
    ``match`` when the scenario is labelled)."""
    decision = decide_scenario(body)
    out = decision_line(body, decision)
    if body.expected is not None:
        out["expected"] = body.expected.model_dump(mode="json")
        out["match"] = body.expected.decision == decision.outcome
    return out


@router.post("/gate/evaluate/batch")
def evaluate_batch(body: list[dict[str, Any]]) -> dict[str, Any]:
    """Decide a list of scenarios; invalid ones are reported by index and field, the rest decided."""
    if len(body) > MAX_BATCH:
        raise InvalidInputError(
            f"at most {MAX_BATCH} scenarios per batch", field="body"
        )
    summary = Summary()
    decisions: list[dict[str, Any]] = []
    invalid: list[dict[str, Any]] = []
    for index, raw in enumerate(body):
        try:
            scenario = parse_scenario(raw)
        except InvalidInputError as exc:
            invalid.append({"index": index, "field": exc.field, "message": exc.message})
            continue
        decision = decide_scenario(scenario)
        summary.add(scenario, decision)
        decisions.append(decision_line(scenario, decision))
    stats = summary.as_dict()
    stats.pop("invalid_lines")
    return {"decisions": decisions, "invalid": invalid, "summary": stats}
