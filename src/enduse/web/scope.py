"""What a principal may see and do in the console: the one place the console asks.

Routes never test roles themselves; they call ``require_view``/``require_act`` for a page or a
form, ``licence_filter`` to narrow a query to the caller's tenant, and ``require_licence`` before
showing one licence's records. The auth package's central policy can replace the two tables
(``VIEWS`` and ``ACTS``) and the tenant rule (``licence_filter``) without touching a route.

A record of another tenant answers 404, exactly as a record that does not exist: a buyer learns
nothing about other buyers' licences, not even that they exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from enduse.auth import Principal, Role
from enduse.errors import ForbiddenError, NotFoundError
from enduse.storage import Store, reports_repo


class Area(StrEnum):
    """A kind of record the console shows."""

    DASHBOARD = "dashboard"
    LICENCES = (
        "licences"  # licence pages and lists (tenant-scoped for exporter and buyer)
    )
    TASKINGS = "taskings"  # decisions with their reasons (the buyer's own)
    REFERRALS = "referrals"  # request records with justifications: regulator only
    ALERTS = "alerts"  # alerts and cases: regulator only
    ENFORCEMENT = "enforcement"  # signed actions (tenant-scoped)
    LOG_ENTRIES = "log_entries"  # entries carry target pseudonyms: regulator only
    CHECKPOINTS = "checkpoints"  # the signed checkpoint and its verification
    CERTIFICATES = "certificates"  # tenant-scoped for the buyer
    PRODUCTS = "products"  # tenant-scoped for the exporter
    REPORTS = "reports"  # per-licence compliance statistics (no pseudonyms, no text)
    STATISTICS = "statistics"  # aggregate charts


class Act(StrEnum):
    """A kind of change a console form makes."""

    REVIEW_LICENCE = (
        "review_licence"  # start review, deny, suspend, reinstate, revoke, expire
    )
    APPLY = "apply"  # the applicant's steps: submit a draft, acknowledge a condition
    RESOLVE_REFERRAL = "resolve_referral"
    SIGN_CERTIFICATE = "sign_certificate"  # upload the buyer-signed certificate file
    PUBLISH_CHECKPOINT = "publish_checkpoint"


_EVERYONE = frozenset({Area.DASHBOARD, Area.CHECKPOINTS, Area.STATISTICS})
_REGULATOR_VIEWS = frozenset(Area)

VIEWS: dict[Role, frozenset[Area]] = {
    Role.REGULATOR_ADMIN: _REGULATOR_VIEWS,
    Role.REGULATOR_REVIEWER: _REGULATOR_VIEWS,
    Role.EXPORTER: _EVERYONE
    | {Area.LICENCES, Area.ENFORCEMENT, Area.PRODUCTS, Area.REPORTS},
    Role.BUYER: _EVERYONE
    | {
        Area.LICENCES,
        Area.TASKINGS,
        Area.ENFORCEMENT,
        Area.CERTIFICATES,
        Area.REPORTS,
    },
    Role.AUDITOR: _EVERYONE | {Area.REPORTS},
}
"""Which areas each role may read."""

ACTS: dict[Role, frozenset[Act]] = {
    Role.REGULATOR_ADMIN: frozenset(Act),
    Role.REGULATOR_REVIEWER: frozenset(
        {Act.REVIEW_LICENCE, Act.RESOLVE_REFERRAL, Act.PUBLISH_CHECKPOINT}
    ),
    Role.EXPORTER: frozenset({Act.APPLY}),
    Role.BUYER: frozenset({Act.SIGN_CERTIFICATE}),
    Role.AUDITOR: frozenset(),
}
"""Which changes each role may make (always within its own tenant)."""


def may_view(principal: Principal, area: Area) -> bool:
    return area in VIEWS.get(principal.role, frozenset())


def may_act(principal: Principal, act: Act) -> bool:
    return act in ACTS.get(principal.role, frozenset())


def require_view(principal: Principal, area: Area) -> None:
    """ForbiddenError unless ``principal`` may read ``area``."""
    if not may_view(principal, area):
        raise ForbiddenError(
            f"a {principal.role} may not see {area.value.replace('_', ' ')}",
            field="role",
        )


def require_act(principal: Principal, act: Act) -> None:
    """ForbiddenError unless ``principal`` may make this kind of change."""
    if not may_act(principal, act):
        raise ForbiddenError(
            f"a {principal.role} may not {act.value.replace('_', ' ')}", field="role"
        )


@dataclass(frozen=True, slots=True)
class LicenceFilter:
    """The licences a principal's tenant covers: ``None`` fields mean no restriction.
    ``nothing`` is set for a tenant role without a tenant (it sees no licence)."""

    exporter_id: int | None = None
    agency_id: int | None = None
    nothing: bool = False

    @property
    def everything(self) -> bool:
        return not self.nothing and self.exporter_id is None and self.agency_id is None

    def covers(self, *, exporter_id: int, agency_id: int) -> bool:
        if self.nothing:
            return False
        if self.exporter_id is not None and exporter_id != self.exporter_id:
            return False
        return self.agency_id is None or agency_id == self.agency_id


def licence_filter(principal: Principal) -> LicenceFilter:
    """The tenant rule: an exporter sees its licences, a buyer those it is the end user of,
    the regulator and auditors all (auditors only through aggregate areas)."""
    if principal.role is Role.EXPORTER:
        if principal.exporter_id is None:
            return LicenceFilter(nothing=True)
        return LicenceFilter(exporter_id=principal.exporter_id)
    if principal.role is Role.BUYER:
        if principal.agency_id is None:
            return LicenceFilter(nothing=True)
        return LicenceFilter(agency_id=principal.agency_id)
    return LicenceFilter()


def require_licence(
    principal: Principal, *, licence_id: int, exporter_id: int, agency_id: int
) -> None:
    """NotFoundError (the same answer as for a licence that does not exist) unless the
    licence is within the principal's tenant."""
    if not licence_filter(principal).covers(
        exporter_id=exporter_id, agency_id=agency_id
    ):
        raise NotFoundError(f"licence {licence_id} does not exist", field="licence_id")


def require_agency(principal: Principal, agency_id: int, *, what: str) -> None:
    """NotFoundError unless a buyer principal is this agency (others pass through)."""
    rule = licence_filter(principal)
    if rule.nothing or (rule.agency_id is not None and rule.agency_id != agency_id):
        raise NotFoundError(f"{what} does not exist", field=what.split()[0] + "_id")


def require_exporter(principal: Principal, exporter_id: int, *, what: str) -> None:
    """NotFoundError unless an exporter principal is this exporter (others pass through)."""
    rule = licence_filter(principal)
    if rule.nothing or (
        rule.exporter_id is not None and rule.exporter_id != exporter_id
    ):
        raise NotFoundError(f"{what} does not exist", field=what.split()[0] + "_id")


def visible_licence_ids(store: Store, principal: Principal) -> list[int] | None:
    """The licences whose records and statistics ``principal`` may see (``None``: all)."""
    rule = licence_filter(principal)
    if rule.nothing:
        return []
    if rule.everything:
        return None
    return reports_repo.licence_ids(
        store, exporter_id=rule.exporter_id, agency_id=rule.agency_id
    )
