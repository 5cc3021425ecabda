"""Scenario files: one decision per line, and (for labelled lines) a summary against ``expected``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from enduse.gate.service import Decision, decide
from enduse.justification import Thresholds
from enduse.policy import CertificateTerms
from enduse.tasking import Outcome, Scenario, ScenarioError, read_scenarios

OUTCOMES = (Outcome.PERMIT, Outcome.DENY, Outcome.REFER)


def decide_scenario(
    scenario: Scenario,
    *,
    terms: CertificateTerms | None = None,
    thresholds: Thresholds | None = None,
    use_model: bool = True,
) -> Decision:
    """The decision for one scenario (its own ``now`` and licence state; no database)."""
    return decide(
        scenario.request,
        scenario.licence,
        now=scenario.now,
        terms=terms,
        thresholds=thresholds,
        use_model=use_model,
    )


def decision_line(scenario: Scenario, decision: Decision) -> dict[str, Any]:
    """What ``--out`` writes per scenario: ``{"id", "decision", "clauses", "reasons"}``."""
    return {
        "id": scenario.id,
        **{k: v for k, v in decision.as_dict().items() if k != "certificate"},
    }


@dataclass
class Summary:
    """Confusion matrix and rates over the labelled scenarios of one file."""

    evaluated: int = 0
    labelled: int = 0
    correct: int = 0
    exact: int = 0
    false_permits: list[str] = field(default_factory=list)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[ScenarioError] = field(default_factory=list)

    def add(self, scenario: Scenario, decision: Decision) -> None:
        self.evaluated += 1
        if scenario.expected is None:
            return
        want, got = scenario.expected.decision, decision.outcome
        self.labelled += 1
        self.correct += want == got
        self.exact += sorted(scenario.expected.clauses) == sorted(decision.clauses)
        self.confusion[(want.value, got.value)] += 1
        if got is Outcome.PERMIT and want is not Outcome.PERMIT:
            self.false_permits.append(scenario.id)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.labelled if self.labelled else None

    @property
    def exact_match(self) -> float | None:
        return self.exact / self.labelled if self.labelled else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "evaluated": self.evaluated,
            "labelled": self.labelled,
            "invalid_lines": [
                {"line": e.line, "id": e.id, "field": e.field, "message": e.message}
                for e in self.errors
            ],
            "accuracy": self.accuracy,
            "clause_exact_match": self.exact_match,
            "false_permits": len(self.false_permits),
            "false_permit_ids": self.false_permits,
            "confusion": {
                w.value: {g.value: self.confusion[(w.value, g.value)] for g in OUTCOMES}
                for w in OUTCOMES
            },
        }


def evaluate_lines(
    lines: Iterable[str],
    summary: Summary,
    *,
    terms: CertificateTerms | None = None,
    thresholds: Thresholds | None = None,
    use_model: bool = True,
) -> Iterator[tuple[Scenario, Decision]]:
    """Decide every valid line; invalid ones are recorded in ``summary.errors`` and skipped."""
    for _number, item in read_scenarios(lines):
        if isinstance(item, ScenarioError):
            summary.errors.append(item)
            continue
        decision = decide_scenario(
            item, terms=terms, thresholds=thresholds, use_model=use_model
        )
        summary.add(item, decision)
        yield item, decision
