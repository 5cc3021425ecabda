"""Compute compliance statistics and the per-licence compliance report from the database."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from enduse.licensing import service as licensing
from enduse.reports.models import (
    OUTCOMES,
    ActionLine,
    AlertLine,
    CheckpointCovered,
    DayCount,
    LicenceReport,
    Rate,
    Statistics,
)
from enduse.storage import Store, tlog_repo
from enduse.storage import reports_repo as repo
from enduse.storage.tables import Agency, Exporter, Licence

PROTECTED_PERSON = "protected_person"
EXTRATERRITORIAL = "extraterritorial_target"


def _holds(reasons: list[dict[str, Any]], clause: str) -> bool:
    """Whether ``clause`` held for a tasking (deciding or not: reasons list every held clause)."""
    return any(r.get("clause") == clause for r in reasons)


def compute_statistics(
    store: Store, licence_ids: Sequence[int] | None = None
) -> Statistics:
    """Decision figures over ``licence_ids`` (``None``: every licence)."""
    facts = repo.tasking_facts(store, licence_ids)
    decisions: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    clauses: Counter[str] = Counter()
    days: dict[date, Counter[str]] = {}
    protected = abroad = 0
    for _licence, decided_at, decision, outcome, held, reasons, _index in facts:
        decisions[decision] += 1
        outcomes[outcome] += 1
        clauses.update(held)
        days.setdefault(decided_at.date(), Counter())[decision] += 1
        protected += _holds(reasons, PROTECTED_PERSON)
        abroad += _holds(reasons, EXTRATERRITORIAL)
    resolved: Counter[str] = Counter()
    open_ = 0
    for state, resolved_as in repo.referral_states(store, licence_ids):
        if state == "open":
            open_ += 1
        elif resolved_as:
            resolved[resolved_as] += 1
    total = len(facts)
    return Statistics(
        taskings=total,
        decisions={o: decisions.get(o, 0) for o in OUTCOMES},
        outcomes={o: outcomes.get(o, 0) for o in OUTCOMES},
        clauses=dict(sorted(clauses.items(), key=lambda kv: (-kv[1], kv[0]))),
        protected_person=Rate(protected, total),
        extraterritorial=Rate(abroad, total),
        referrals_open=open_,
        referrals_resolved={o: resolved.get(o, 0) for o in ("permit", "deny")},
        per_day=[
            DayCount(day, c["permit"], c["deny"], c["refer"])
            for day, c in sorted(days.items())
        ],
    )


def alert_lines(store: Store, licence_ids: Sequence[int] | None) -> list[AlertLine]:
    return [
        AlertLine(
            a.id, a.licence_id, a.created_at, a.source, a.severity, a.summary, a.case_id
        )
        for a in repo.alerts(store, licence_ids)
    ]


def action_lines(store: Store, licence_ids: Sequence[int] | None) -> list[ActionLine]:
    return [
        ActionLine(
            a.licence_id, a.number, a.type, a.taken_at, a.actor, a.reason, a.log_index
        )
        for a in repo.actions(store, licence_ids)
    ]


def checkpoint_covered(
    store: Store, licence_ids: Sequence[int] | None
) -> CheckpointCovered | None:
    """The latest signed checkpoint, with how many of these licences' entries it covers."""
    row = tlog_repo.latest_checkpoint(store.session)
    if row is None:
        return None
    covered, total = repo.entries_below(store, licence_ids, row.tree_size)
    return CheckpointCovered(
        tree_size=row.tree_size,
        root_hash=bytes(row.root).hex(),
        signed_at=row.signed_at,
        entries_covered=covered,
        entries_total=total,
    )


def licence_report(store: Store, licence_id: int, *, now: datetime) -> LicenceReport:
    """The compliance report of one licence as of ``now``."""
    licence = store.get(Licence, licence_id, field="licence_id")
    exporter = store.get(Exporter, licence.exporter_id, field="exporter_id")
    agency = store.get(Agency, licence.end_user_id, field="end_user_id")
    ids = [licence_id]
    return LicenceReport(
        licence_id=licence.id,
        state=str(licence.state),
        status=str(licensing.effective_status(licence, now=now)),
        exporter=exporter.name,
        end_user=agency.name,
        end_user_country=agency.country,
        valid_from=licence.valid_from,
        valid_until=licence.valid_until,
        certificate_version=licence.certificate_version,
        generated_at=now,
        statistics=compute_statistics(store, ids),
        alerts=alert_lines(store, ids),
        actions=action_lines(store, ids),
        checkpoint=checkpoint_covered(store, ids),
    )
