"""Who may do what: the one place roles and tenants are decided.

Every route of the app is named here as ``"METHOD /path"`` and mapped to a permission
(``ROUTES``); each permission lists the roles holding it (``GRANTS``). A route missing from
``ROUTES`` (and not ``PUBLIC``) is refused to everyone: the policy fails closed, and
``tests/auth/test_every_route.py`` fails when a route is left undeclared.

Tenancy is the second half. A regulator (admin or reviewer) and an auditor see every record
their permissions reach; an exporter or a buyer sees only its own: the request's identifiers
(path parameters, query parameters, top-level fields of a JSON body) that name a record
(``licence_id``, ``tasking_id``, ``certificate_id``... see ``auth_repo.OWNED_PARAMS``) must
belong to the caller's tenant, or the answer is **404** as if the record did not exist (another
tenant's records are not confirmed to exist). List routes a tenant may call narrow their query
with ``Scope`` (``Scope.licence_filter``, ``Scope.licence_ids``, ``Scope.exporter_id``).

An auditor holds the log's checkpoints, proofs and verification and aggregate statistics, but no
permission that returns a tasking request, a referral, a log entry (entries carry target
pseudonyms) or a justification.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from enduse.auth import Principal, Role
from enduse.errors import ForbiddenError, NotFoundError
from enduse.storage import Store, auth_repo

ADMIN = frozenset({Role.REGULATOR_ADMIN})
REGULATORS = frozenset({Role.REGULATOR_ADMIN, Role.REGULATOR_REVIEWER})
TENANTS = frozenset({Role.EXPORTER, Role.BUYER})
EVERYONE = frozenset(Role)


@dataclass(frozen=True)
class Grant:
    roles: frozenset[Role]
    text: str


def _g(roles: frozenset[Role] | set[Role], text: str) -> Grant:
    return Grant(frozenset(roles), text)


R = Role
GRANTS: dict[str, Grant] = {
    # self
    "self.read": _g(
        EVERYONE, "who am I (`/v1/auth/me`), the console's dashboard, log out"
    ),
    # users and tokens
    "user.admin": _g(
        ADMIN, "create, list and disable users; issue, list and revoke API tokens"
    ),
    # parties
    "party.write": _g(ADMIN, "register exporters, agencies, intermediaries"),
    "party.list": _g(REGULATORS, "list exporters, agencies, intermediaries"),
    "exporter.read": _g(
        REGULATORS | {R.EXPORTER}, "read an exporter (an exporter: itself)"
    ),
    "agency.read": _g(REGULATORS | {R.BUYER}, "read an agency (a buyer: its own)"),
    "intermediary.read": _g(REGULATORS, "read an intermediary"),
    "product.read": _g(
        REGULATORS | {R.EXPORTER}, "list and read products (an exporter: its own)"
    ),
    "product.write": _g(
        ADMIN | {R.EXPORTER}, "register a product (an exporter: its own)"
    ),
    # licences
    "licence.read": _g(
        REGULATORS | TENANTS, "list and read licences (tenants: their own)"
    ),
    "licence.apply": _g(
        ADMIN | {R.EXPORTER}, "file an application (an exporter: as itself)"
    ),
    "licence.answer": _g(
        ADMIN | {R.EXPORTER}, "answer a request for information, acknowledge conditions"
    ),
    "licence.submit": _g(
        ADMIN | {R.EXPORTER}, "submit an application (screens every party)"
    ),
    "licence.review": _g(
        REGULATORS, "start review, ask for information, answer due diligence"
    ),
    "licence.start_review": _g(
        REGULATORS, "start the review of a submitted application"
    ),
    "licence.approve": _g(REGULATORS, "approve with conditions"),
    "licence.deny": _g(REGULATORS, "deny an application"),
    "licence.suspend": _g(ADMIN, "suspend a licence"),
    "licence.reinstate": _g(ADMIN, "reinstate a suspended licence"),
    "licence.revoke": _g(ADMIN, "revoke a licence"),
    "licence.expire": _g(ADMIN, "expire a licence, or every licence past its window"),
    "licence.status": _g(
        REGULATORS | TENANTS,
        "restrictions and the signed status document (tenants: their own)",
    ),
    # certificates
    "template.read": _g(EVERYONE, "read certificate templates"),
    "template.write": _g(ADMIN, "issue a certificate template version"),
    "buyerkey.read": _g(
        REGULATORS | {R.BUYER}, "list an agency's certificate keys (a buyer: its own)"
    ),
    "buyerkey.write": _g(
        ADMIN | {R.BUYER}, "register a certificate key (a buyer: its own)"
    ),
    "certificate.read": _g(
        REGULATORS | TENANTS,
        "list, read, export and render certificates (tenants: their licences')",
    ),
    "certificate.issue": _g(REGULATORS, "issue and countersign certificates"),
    "certificate.submit": _g(
        ADMIN | {R.BUYER}, "submit a buyer-signed certificate file"
    ),
    "certificate.verify": _g(EVERYONE, "verify a certificate file (no stored data)"),
    # screening
    "screening.read": _g(
        REGULATORS,
        "screen names and parties, read hits and the protected-persons registry",
    ),
    "screening.write": _g(REGULATORS, "load a screening list, resolve hits"),
    # the gate
    "gate.evaluate": _g(
        REGULATORS | {R.AUDITOR},
        "decide scenarios in the exchange format (no stored data)",
    ),
    "tasking.submit": _g(
        ADMIN | {R.BUYER},
        "submit a tasking (a buyer's deployed system: its own licences)",
    ),
    "tasking.read": _g(
        REGULATORS | {R.BUYER}, "read a tasking decision (a buyer: its own)"
    ),
    "referral.read": _g(
        REGULATORS | {R.BUYER},
        "the referral queue and a referral (a buyer: about its licences)",
    ),
    "referral.resolve": _g(REGULATORS, "resolve a referral"),
    "token.verify": _g(EVERYONE, "verify a tasking token (no stored data)"),
    # transparency log
    "log.read": _g(
        EVERYONE,
        "log size, verifier key, checkpoints, proofs, proof and note verification",
    ),
    "log.entry": _g(REGULATORS, "read a log entry (it carries target pseudonyms)"),
    "log.audit": _g(REGULATORS | {R.AUDITOR}, "re-verify the whole log"),
    "log.publish": _g(ADMIN, "sign a checkpoint"),
    "stats.read": _g(
        EVERYONE,
        "aggregate statistics, the console's charts (tenants: of their own licences)",
    ),
    "report.read": _g(
        EVERYONE,
        "per-licence compliance reports, HTML and PDF (tenants: their own licences')",
    ),
    # monitoring and enforcement
    "monitoring.run": _g(ADMIN, "run the monitors"),
    "alert.read": _g(REGULATORS, "list and read alerts"),
    "alert.write": _g(REGULATORS, "raise an alert"),
    "case.read": _g(REGULATORS, "list and read cases"),
    "case.write": _g(REGULATORS, "open, note, assign and move cases, attach alerts"),
    "enforcement.act": _g(ADMIN, "take and reverse enforcement actions"),
    "action.read": _g(
        REGULATORS | TENANTS,
        "list and read enforcement actions (tenants: on their licences)",
    ),
    "appeal.file": _g(ADMIN | TENANTS, "appeal an action (tenants: on their licences)"),
    "appeal.read": _g(
        REGULATORS | TENANTS, "read an appeal (tenants: on their licences)"
    ),
    "appeal.decide": _g(ADMIN, "decide an appeal"),
}

PUBLIC = frozenset({"GET /healthz", "POST /v1/auth/login", "GET /login", "POST /login"})
"""Routes anyone may call without credentials."""

ROUTES: dict[str, str] = {
    # auth
    "POST /v1/auth/logout": "self.read",
    "GET /v1/auth/me": "self.read",
    "GET /v1/users": "user.admin",
    "POST /v1/users": "user.admin",
    "POST /v1/users/{username}/disable": "user.admin",
    "GET /v1/api-tokens": "user.admin",
    "POST /v1/api-tokens": "user.admin",
    "POST /v1/api-tokens/{token_id}/revoke": "user.admin",
    # parties
    "POST /v1/exporters": "party.write",
    "GET /v1/exporters": "party.list",
    "GET /v1/exporters/{exporter_id}": "exporter.read",
    "POST /v1/products": "product.write",
    "GET /v1/products": "product.read",
    "GET /v1/products/{product_id}": "product.read",
    "POST /v1/agencies": "party.write",
    "GET /v1/agencies": "party.list",
    "GET /v1/agencies/{agency_id}": "agency.read",
    "POST /v1/intermediaries": "party.write",
    "GET /v1/intermediaries": "party.list",
    "GET /v1/intermediaries/{intermediary_id}": "intermediary.read",
    # licences
    "POST /v1/licences": "licence.apply",
    "GET /v1/licences": "licence.read",
    "GET /v1/licences/due-diligence-questions": "licence.read",
    "POST /v1/licences/expire-due": "licence.expire",
    "GET /v1/licences/{licence_id}": "licence.read",
    "POST /v1/licences/{licence_id}/approve": "licence.approve",
    "POST /v1/licences/{licence_id}/rfis": "licence.review",
    "POST /v1/licences/{licence_id}/rfis/{rfi_id}/answer": "licence.answer",
    "PUT /v1/licences/{licence_id}/due-diligence/{question}": "licence.review",
    "POST /v1/licences/{licence_id}/conditions/{condition_id}/acknowledge": "licence.answer",
    # the permission depends on the action named in the path: licence.submit, licence.deny...
    "POST /v1/licences/{licence_id}/{action}": "licence.{action}",
    # certificates
    "GET /v1/certificate-templates": "template.read",
    "GET /v1/certificate-templates/{ref}": "template.read",
    "POST /v1/certificate-templates": "template.write",
    "POST /v1/agencies/{agency_id}/certificate-keys": "buyerkey.write",
    "GET /v1/agencies/{agency_id}/certificate-keys": "buyerkey.read",
    "POST /v1/certificates": "certificate.issue",
    "GET /v1/certificates": "certificate.read",
    "GET /v1/certificates/status": "certificate.read",
    "POST /v1/certificates/submissions": "certificate.submit",
    "POST /v1/certificates/verification": "certificate.verify",
    "GET /v1/certificates/{certificate_id}": "certificate.read",
    "GET /v1/certificates/{certificate_id}/file": "certificate.read",
    "GET /v1/certificates/{certificate_id}/render": "certificate.read",
    "POST /v1/certificates/{certificate_id}/countersignature": "certificate.issue",
    # screening
    "POST /v1/screening/lists": "screening.write",
    "GET /v1/screening/lists": "screening.read",
    "POST /v1/screening/check": "screening.read",
    "GET /v1/screening/check": "screening.read",
    "POST /v1/screening/parties": "screening.read",
    "GET /v1/screening/hits": "screening.read",
    "POST /v1/screening/hits/{hit_id}/resolve": "screening.write",
    "GET /v1/screening/registry/persons": "screening.read",
    "POST /v1/screening/registry/lookup": "screening.read",
    "POST /v1/screening/registry/targets": "screening.read",
    # the gate
    "POST /v1/gate/evaluate": "gate.evaluate",
    "POST /v1/gate/evaluate/batch": "gate.evaluate",
    "POST /v1/taskings": "tasking.submit",
    "GET /v1/taskings/{tasking_id}": "tasking.read",
    "GET /v1/referrals": "referral.read",
    "GET /v1/referrals/{referral_id}": "referral.read",
    "POST /v1/referrals/{referral_id}/resolve": "referral.resolve",
    "POST /v1/tokens/verify": "token.verify",
    # transparency log
    "GET /v1/log": "log.read",
    "GET /v1/log/key": "log.read",
    "GET /v1/log/checkpoint": "log.read",
    "POST /v1/log/checkpoint": "log.publish",
    "GET /v1/log/entries/{index}": "log.entry",
    "GET /v1/log/proof/inclusion": "log.read",
    "GET /v1/log/proof/consistency": "log.read",
    "POST /v1/log/verify/inclusion": "log.read",
    "POST /v1/log/verify/consistency": "log.read",
    "POST /v1/log/verify/note": "log.read",
    "GET /v1/log/audit": "log.audit",
    # monitoring and enforcement
    "POST /v1/monitoring/run": "monitoring.run",
    "GET /v1/alerts": "alert.read",
    "POST /v1/alerts": "alert.write",
    "GET /v1/alerts/{alert_id}": "alert.read",
    "POST /v1/cases": "case.write",
    "GET /v1/cases": "case.read",
    "GET /v1/cases/{case_id}": "case.read",
    "POST /v1/cases/{case_id}/notes": "case.write",
    "POST /v1/cases/{case_id}/transition": "case.write",
    "POST /v1/cases/{case_id}/assign": "case.write",
    "POST /v1/cases/{case_id}/alerts": "case.write",
    "POST /v1/licences/{licence_id}/actions": "enforcement.act",
    "GET /v1/licences/{licence_id}/actions": "action.read",
    "GET /v1/licences/{licence_id}/restrictions": "licence.status",
    "GET /v1/licences/{licence_id}/status-document": "licence.status",
    "GET /v1/actions/{action_id}": "action.read",
    "POST /v1/actions/{action_id}/reverse": "enforcement.act",
    "POST /v1/actions/{action_id}/appeals": "appeal.file",
    "GET /v1/appeals/{appeal_id}": "appeal.read",
    "POST /v1/appeals/{appeal_id}/decision": "appeal.decide",
    # the console (enduse.web): the same permissions as the API routes they mirror
    "GET /": "self.read",
    "POST /logout": "self.read",
    "GET /products": "product.read",
    "GET /licences": "licence.read",
    "GET /licences/{licence_id}": "licence.read",
    "POST /licences/{licence_id}/actions/{action}": "licence.{action}",
    "POST /licences/{licence_id}/approve": "licence.approve",
    "POST /licences/{licence_id}/rfis": "licence.review",
    "POST /licences/{licence_id}/rfis/{rfi_id}/answer": "licence.answer",
    "POST /licences/{licence_id}/conditions/{condition_id}/acknowledge": "licence.answer",
    "GET /referrals": "referral.read",
    "GET /referrals/{referral_id}": "referral.read",
    "POST /referrals/{referral_id}/resolve": "referral.resolve",
    "GET /alerts": "alert.read",
    "GET /cases/{case_id}": "case.read",
    "GET /enforcement": "action.read",
    "GET /log": "log.read",
    "POST /log/checkpoint": "log.publish",
    "GET /certificates": "certificate.read",
    "GET /certificates/{certificate_id}": "certificate.read",
    "GET /certificates/{certificate_id}/file": "certificate.read",
    "GET /certificates/{certificate_id}/document": "certificate.read",
    "POST /certificates/{certificate_id}/signature": "certificate.submit",
    "GET /reports": "report.read",
    "GET /reports/licences/{licence_id}": "report.read",
    "GET /reports/licences/{licence_id}.pdf": "report.read",
}


def route_key(method: str, path_format: str) -> str:
    return f"{method.upper()} {path_format}"


def is_public(method: str, path_format: str) -> bool:
    return route_key(method, path_format) in PUBLIC


def permission_for(
    method: str, path_format: str, path_params: Mapping[str, Any]
) -> str:
    """The permission a request needs; ForbiddenError for an undeclared route (fail closed)."""
    declared = ROUTES.get(route_key(method, path_format))
    if declared is None:
        raise ForbiddenError(
            f"{method.upper()} {path_format} is not declared in the access policy",
            field="route",
        )
    try:
        return declared.format_map({k: str(v) for k, v in path_params.items()})
    except (KeyError, ValueError):
        return declared


def roles_for(permission: str) -> frozenset[Role]:
    grant = GRANTS.get(permission)
    return grant.roles if grant is not None else frozenset()


def allowed(principal: Principal, permission: str) -> bool:
    return principal.role in roles_for(permission)


def may_call(
    principal: Principal | None,
    method: str,
    path_format: str,
    path_params: Mapping[str, Any] | None = None,
) -> bool:
    """Whether ``principal`` (None: nobody logged in) may call a route: what the console asks
    before it shows a link or a form (the guard decides the request itself)."""
    if is_public(method, path_format):
        return True
    if principal is None or route_key(method, path_format) not in ROUTES:
        return False
    return allowed(principal, permission_for(method, path_format, path_params or {}))


def require(principal: Principal, permission: str) -> None:
    """ForbiddenError unless ``principal``'s role holds ``permission`` (unknown: nobody does)."""
    if not allowed(principal, permission):
        raise ForbiddenError(
            f"a {principal.role.value} may not do this ({permission})", field="role"
        )


# -- tenancy -------------------------------------------------------------------------------------


def is_tenant(principal: Principal) -> bool:
    return principal.role in TENANTS


def owns(principal: Principal, owner: tuple[int | None, int | None]) -> bool:
    exporter_id, agency_id = owner
    if principal.role is Role.EXPORTER:
        return exporter_id is not None and exporter_id == principal.exporter_id
    if principal.role is Role.BUYER:
        return agency_id is not None and agency_id == principal.agency_id
    return True


def _label(param: str) -> str:
    return param.removesuffix("_id")


@dataclass(frozen=True)
class Scope:
    """What of the data ``principal`` may see; routes that list records narrow by it."""

    principal: Principal

    @property
    def unrestricted(self) -> bool:
        return not is_tenant(self.principal)

    @property
    def exporter_id(self) -> int | None:
        """The exporter a list must be narrowed to (None: no narrowing by exporter)."""
        return (
            self.principal.exporter_id if self.principal.role is Role.EXPORTER else None
        )

    @property
    def agency_id(self) -> int | None:
        return self.principal.agency_id if self.principal.role is Role.BUYER else None

    def licence_filter(self) -> dict[str, int]:
        """Column filters on ``licences`` for this caller: ``{}`` for an unrestricted one."""
        if self.exporter_id is not None:
            return {"exporter_id": self.exporter_id}
        if self.agency_id is not None:
            return {"end_user_id": self.agency_id}
        return {}

    def licence_ids(self, store: Store) -> list[int] | None:
        """The licences a tenant may see (None: all)."""
        if self.unrestricted:
            return None
        return auth_repo.licence_ids_of(
            store, exporter_id=self.exporter_id, agency_id=self.agency_id
        )

    def require_owned(self, store: Store, param: str, ident: int) -> None:
        """NotFoundError unless the record exists and (for a tenant) is the caller's own."""
        if self.unrestricted:
            return
        owner = auth_repo.owner_of(store, param, ident)
        if owner is None or not owns(self.principal, owner):
            raise NotFoundError(f"{_label(param)} {ident} does not exist", field=param)

    def check_request(self, store: Store, values: Mapping[str, Any]) -> None:
        """Every identifier among ``values`` that names a record must be the caller's own."""
        if self.unrestricted:
            return
        for param, raw in values.items():
            if param not in auth_repo.OWNED_PARAMS or isinstance(raw, bool):
                continue
            try:
                ident = int(raw)
            except (TypeError, ValueError):
                continue  # not an identifier: validation answers it
            self.require_owned(store, param, ident)


def markdown_table() -> str:
    """The roles-by-permissions table of docs/auth.md (a test keeps the two identical)."""
    roles = list(Role)
    head = (
        "| permission | " + " | ".join(r.value for r in roles) + " | what it allows |"
    )
    rule = "|---|" + "---|" * len(roles) + "---|"
    rows = [
        f"| `{name}` | "
        + " | ".join("✓" if r in grant.roles else "" for r in roles)
        + f" | {grant.text} |"
        for name, grant in GRANTS.items()
    ]
    return "\n".join([head, rule, *rows])
