"""Justification analysis: free text + offence label + profession -> findings with evidence.

Each finding says whether it holds, a score in [0, 1], and the sentences that triggered it (for
reviewers to see highlighted). The findings are what the certificate's text clauses need:

- ``expression``: the suspicion rests on expression (opinion, criticism, reporting, publishing data
  about the state, satire, petitions, peaceful protest, strikes, boycotts, commemorations);
- ``protected_ground``: the person is chosen for who they are (one of the 11 grounds);
- ``specific_allegation``: a genuine, specific criminal allegation (a concrete act, evidence) that
  is not itself expression -- what makes the mix not "solely";
- ``criminal_act``: a concrete act that is not expression is described (with or without evidence):
  the suspicion then does not rest *only* on expression or identity;
- ``terrorism_definition_met``: violence against life or hostage taking, as clause 3 requires;
- ``names_protected_person``: the text (or stated profession) says the target holds a protected role;
- ``unclear``: none of the above decides the case; the gate refers rather than permits.

Two signals are combined: cue rules (``_rules``), and -- when the optional embedding model is
installed -- similarity of each sentence to labelled prototype sentences written for this project
(``data/justification/prototypes.jsonl``). See docs/gate.md for the limits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from enduse.justification._rules import CueHits, analyse_rules
from enduse.justification._text import Sentence, detect_language, split_sentences


@dataclass(frozen=True)
class Thresholds:
    """Where a score becomes a finding. Lower ``allegation`` permits more mixed cases (risking false
    permits); lower ``expression``/``ground`` denies more (risking needless denials, which the
    allegation check then lifts)."""

    allegation: float = 0.75
    act: float = 0.8
    expression: float = 0.5
    ground: float = 0.5
    violence: float = 0.6
    role: float = 0.6
    model_weight: float = 0.5


@dataclass(frozen=True)
class Finding:
    name: str
    holds: bool
    score: float
    evidence: tuple[str, ...] = ()
    detail: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "holds": self.holds,
            "score": round(self.score, 3),
            "evidence": list(self.evidence),
            "detail": self.detail,
        }


@dataclass(frozen=True)
class Analysis:
    language: str
    findings: dict[str, Finding] = field(default_factory=dict)
    roles: tuple[str, ...] = ()
    model: str = "rules"

    def holds(self, name: str) -> bool:
        f = self.findings.get(name)
        return bool(f and f.holds)

    def flags(self) -> dict[str, bool]:
        """The booleans the Cedar policies read (``context.justification``)."""
        return {name: f.holds for name, f in self.findings.items()}


FINDINGS = (
    "criminal_act",
    "expression",
    "protected_ground",
    "specific_allegation",
    "terrorism_definition_met",
    "names_protected_person",
    "unclear",
)


def _evidence(sentences: list[Sentence], indices: set[int] | None) -> tuple[str, ...]:
    if not indices:
        return ()
    return tuple(s.text for s in sentences if s.index in indices)


def combine(
    sentences: list[Sentence],
    hits: CueHits,
    model_scores: dict[str, dict[int, float]] | None,
    thresholds: Thresholds,
    language: str,
    model: str,
) -> Analysis:
    """Turn rule hits (and model sentence scores, if any) into findings."""
    model_scores = model_scores or {}
    w = thresholds.model_weight if model_scores else 0.0

    def blended(name: str, rule_key: str) -> tuple[float, set[int]]:
        rule = hits.score.get(rule_key, 0.0)
        idx = set(hits.sentences.get(rule_key, set()))
        per = model_scores.get(name, {})
        best = max(per.values(), default=0.0)
        if per:
            idx |= {i for i, v in per.items() if v >= 0.5 and v >= best - 0.05}
        return (1 - w) * rule + w * best if w else rule, idx

    crime = hits.score.get("crime_act", 0.0)
    evidence = hits.score.get("evidence", 0.0)
    rule_alleg = crime * (1.0 if evidence else 0.6)
    idx_alleg = hits.sentences.get("crime_act", set()) | (
        hits.sentences.get("evidence", set()) if crime else set()
    )
    per = model_scores.get("specific_allegation", {})
    alleg = (
        (1 - w) * rule_alleg + w * max(per.values(), default=0.0) if w else rule_alleg
    )
    denial = "no_allegation" in hits.score
    if denial:
        alleg = min(alleg, 0.3)
    expr, idx_expr = blended("expression", "expression")
    ground, idx_ground = blended("protected_ground", "ground")
    viol, idx_viol = blended("terrorism_definition_met", "violence")
    if denial:
        viol = min(viol, 0.3)
    roles = tuple(
        sorted({k.split(":", 1)[1] for k in hits.score if k.startswith("role:")})
    )
    role_score = max(
        (hits.score[k] for k in hits.score if k.startswith("role:")), default=0.0
    )
    role_idx = (
        set().union(*(hits.sentences[k] for k in hits.score if k.startswith("role:")))
        if roles
        else set()
    )

    t = thresholds
    alleg_holds = alleg >= t.allegation
    act_holds = crime >= t.act and not denial
    expr_holds = expr >= t.expression
    ground_holds = ground >= t.ground
    found = {
        "specific_allegation": Finding(
            "specific_allegation",
            alleg_holds,
            alleg,
            _evidence(
                sentences, idx_alleg | (hits.sentences.get("no_allegation", set()))
            ),
            "the text itself says there is no specific allegation"
            if denial
            else (
                "concrete act with evidence"
                if alleg_holds
                else "no concrete criminal act with evidence"
            ),
        ),
        "criminal_act": Finding(
            "criminal_act",
            act_holds,
            0.3 if denial else crime,
            _evidence(sentences, hits.sentences.get("crime_act")),
            "a concrete act that is not expression is described"
            if act_holds
            else "no concrete non-expressive act described",
        ),
        "expression": Finding(
            "expression",
            expr_holds,
            expr,
            _evidence(sentences, idx_expr),
            "acts of expression named as the basis",
        ),
        "protected_ground": Finding(
            "protected_ground",
            ground_holds,
            ground,
            _evidence(sentences, idx_ground),
            "selection by who the person is",
        ),
        "terrorism_definition_met": Finding(
            "terrorism_definition_met",
            viol >= t.violence,
            viol,
            _evidence(sentences, idx_viol),
            "violence against life or hostage taking described",
        ),
        "names_protected_person": Finding(
            "names_protected_person",
            role_score >= t.role,
            role_score,
            _evidence(sentences, {i for i in role_idx if i >= 0}),
            ", ".join(roles),
        ),
    }
    unclear = not alleg_holds and not ((expr_holds or ground_holds) and not act_holds)
    found["unclear"] = Finding(
        "unclear",
        unclear,
        1.0 - max(alleg, expr, ground) if unclear else 0.0,
        (),
        "no specific allegation, and no expression or protected ground either: a person decides"
        if unclear
        else "",
    )
    return Analysis(language=language, findings=found, roles=roles, model=model)


def analyse(
    justification: str,
    *,
    offence_label: str = "",
    profession: str = "",
    thresholds: Thresholds | None = None,
    use_model: bool = True,
) -> Analysis:
    """Analyse one justification. ``use_model=False`` (or the model not installed) uses rules only."""
    thresholds = thresholds or Thresholds()
    sentences = split_sentences(justification)
    hits = analyse_rules(sentences, profession=profession)
    model_scores = None
    model_name = "rules"
    if use_model:
        from enduse.justification import _model

        scorer = _model.get_scorer()
        if scorer is not None:
            model_scores = scorer.score([s.text for s in sentences])
            model_name = scorer.name
    _ = offence_label  # the label is read by the policy (category); kept for future cues
    return combine(
        sentences,
        hits,
        model_scores,
        thresholds,
        detect_language(justification),
        model_name,
    )
