"""What the console may show a principal: thin questions put to ``enduse.auth.policy``.

The console keeps no table of roles and no tenant rule of its own. Every console route is
declared in ``policy.ROUTES`` with a permission, and the app-wide guard
(``enduse.api.security.guard``) decides each request before the route runs: 401 (a console
``GET`` becomes a redirect to ``/login``), 403 for a role without the permission, and 404 for an
exporter or a buyer naming another tenant's record (``licence_id``, ``certificate_id``... in the
path), exactly as for a record that does not exist.

Routes and templates only ask the policy what else to show: ``may(principal, permission)`` for a
panel or a form (``may("log.publish")`` in a template), ``may_call`` for a link or a form's
target route, and ``Scope`` (``scope(principal)``) to narrow a list to the caller's tenant.
"""

from __future__ import annotations

from typing import Any

from enduse.auth import Principal, policy
from enduse.auth.policy import Scope
from enduse.storage import Store


def may(principal: Principal | None, permission: str) -> bool:
    """Whether ``principal`` holds ``permission`` (None, not logged in: nothing)."""
    return principal is not None and policy.allowed(principal, permission)


def may_call(principal: Principal | None, route: str, **path_params: Any) -> bool:
    """Whether ``principal`` may call ``route`` (``"POST /log/checkpoint"``)."""
    method, _, path = route.partition(" ")
    return policy.may_call(principal, method, path, path_params)


def scope(principal: Principal) -> Scope:
    """The caller's tenancy: ``licence_filter()``, ``licence_ids(store)``, ``exporter_id``."""
    return Scope(principal)


def visible_licence_ids(store: Store, principal: Principal) -> list[int] | None:
    """The licences whose records and statistics ``principal`` may see (``None``: all)."""
    return Scope(principal).licence_ids(store)
