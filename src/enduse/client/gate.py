"""``Gate``: the client side of the tasking gate and of the signed licence status."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from enduse.clock import utcnow
from enduse.enforcement.signing import StatusDocument, verify_status_document
from enduse.errors import EnduseError, VerificationError
from enduse.gate.tokens import TokenClaims, verify_token
from enduse.keys import parse_public_key, read_public_key


class GateUnavailableError(EnduseError):
    """The regulator could not be reached and the last status is past its grace period."""

    code = "gate_unavailable"


class NotAuthorisedError(EnduseError):
    """The operation is not authorised (status, token, or capability)."""

    code = "not_authorised"


@dataclass(frozen=True)
class Decision:
    """The gate's answer to one request, as the deployed system sees it."""

    outcome: str
    clauses: list[str]
    reasons: list[dict[str, Any]] = field(default_factory=list)
    token: str | None = None
    tasking_id: int | None = None
    log_index: int | None = None
    local: bool = False
    """True when the SDK refused without asking the server (stale status, curtailment...)."""

    @property
    def permitted(self) -> bool:
        return self.outcome == "permit"


class Gate:
    """Talks to one regulator about one licence.

    ``key`` is the regulator's public key (PEM file path, PEM bytes or hex): every status
    document and token is verified with it, offline. ``token`` is the system's API token
    (a buyer user's, issued with ``enduse tokens create``): the gate refuses callers without one. ``grace`` is how long past a status
    document's ``next_update`` the last one is still obeyed while the regulator cannot be
    reached; after that nothing is authorised until a fresh one arrives.
    """

    def __init__(
        self,
        url: str,
        licence: int,
        key: str | bytes | Path | Ed25519PublicKey,
        *,
        grace: timedelta = timedelta(minutes=5),
        timeout: float = 5.0,
        clock: Callable[[], datetime] = utcnow,
        http: httpx.Client | None = None,
        token: str | None = None,
    ) -> None:
        self.licence = licence
        self.grace = grace
        self._key = _public_key(key)
        self._clock = clock
        self._http = http or httpx.Client(base_url=url.rstrip("/"), timeout=timeout)
        if token is not None:
            self._http.headers["Authorization"] = f"Bearer {token}"
        self._status: StatusDocument | None = None
        self._used_tokens: set[str] = set()

    # -- status ---------------------------------------------------------------------------

    def refresh(self) -> StatusDocument:
        """Fetch and verify the signed licence-status document now."""
        try:
            r = self._http.get(f"/v1/licences/{self.licence}/status-document")
        except httpx.HTTPError as exc:
            raise GateUnavailableError(
                f"the regulator cannot be reached: {exc}", field="status"
            ) from None
        if r.status_code != 200:
            raise GateUnavailableError(
                f"the regulator answered {r.status_code}: {r.text[:200]}",
                field="status",
            )
        doc = verify_status_document(r.content, self._key, now=self._clock())
        if doc.licence_id != self.licence:
            raise VerificationError(
                f"status document is for licence {doc.licence_id}", field="licence_id"
            )
        if self._status is not None and doc.issued_at < self._status.issued_at:
            raise VerificationError(
                "status document is older than the one already held", field="issued_at"
            )
        self._status = doc
        return doc

    def status(self) -> StatusDocument:
        """The status to obey now: refreshed when due; the held one only within its grace."""
        now = self._clock()
        held = self._status
        if held is not None and now < held.next_update:
            return held
        try:
            return self.refresh()
        except (GateUnavailableError, VerificationError):
            if held is not None and now <= held.next_update + self.grace:
                return held  # the regulator is unreachable: obey the last status within the grace
            raise

    def _fresh_status(self) -> StatusDocument:
        """Before asking for a new use, always fetch the status (a curtailment counts at once);
        fall back to the held one only within its validity and grace."""
        try:
            return self.refresh()
        except (GateUnavailableError, VerificationError):
            return self.status()

    def operational(self) -> bool:
        """Whether the licence lets the system operate at all right now (fails closed)."""
        try:
            return self.status().authorises_use
        except EnduseError:
            return False

    # -- requests and tokens ----------------------------------------------------------------

    def request(
        self,
        *,
        operator: str,
        target: dict[str, Any],
        offence: dict[str, Any],
        legal_basis: dict[str, Any],
        capabilities: list[str],
        justification: str,
    ) -> Decision:
        """Ask the gate for one use. Refuses locally, without asking, when the status does not
        allow use or a capability has been curtailed away."""
        try:
            status = self._fresh_status()
        except EnduseError as exc:
            return Decision(
                "deny",
                ["licence_inactive"],
                [{"clause": "licence_inactive", "text": exc.message}],
                local=True,
            )
        if not status.authorises_use:
            text = f"the licence is {status.status.value} (signed status {status.sequence})"
            return Decision(
                "deny",
                ["licence_inactive"],
                [{"clause": "licence_inactive", "text": text}],
                local=True,
            )
        withdrawn = sorted(
            set(capabilities) - set(status.restrictions.allowed_capabilities)
        )
        if withdrawn:
            text = f"capabilities {', '.join(withdrawn)} are not allowed by the current licence status"
            return Decision(
                "deny",
                ["capability_out_of_scope"],
                [{"clause": "capability_out_of_scope", "text": text}],
                local=True,
            )
        body = {
            "licence_id": self.licence,
            "operator": operator,
            "target": target,
            "offence": offence,
            "legal_basis": legal_basis,
            "capabilities": capabilities,
            "justification": justification,
        }
        try:
            r = self._http.post("/v1/taskings", json=body)
        except httpx.HTTPError as exc:
            raise GateUnavailableError(
                f"the gate cannot be reached: {exc}", field="request"
            ) from None
        if r.status_code != 201:
            err = _error(r)
            raise NotAuthorisedError(
                err.get("message", r.text[:200]), field=err.get("field")
            )
        out = r.json()
        decision = Decision(
            out["decision"],
            out["clauses"],
            out["reasons"],
            out.get("token"),
            out["id"],
            out.get("log_index"),
        )
        if decision.token is not None:
            self.verify_token(decision.token)
        return decision

    def verify_token(self, token: str) -> TokenClaims:
        """Verify a tasking token offline (signature, expiry, licence)."""
        claims = verify_token(token, self._key, now=self._clock())
        if claims.licence_id != self.licence:
            raise VerificationError(
                f"token is for licence {claims.licence_id}", field="token"
            )
        return claims

    def authorise(self, token: str, capability: str, *, once: bool = False) -> bool:
        """May the system use ``capability`` under ``token`` right now? Only with a fresh status
        that allows use and still allows the capability, and a valid token that grants it.
        ``once`` refuses a token already used (for one-shot operations)."""
        try:
            status = self.status()
            claims = self.verify_token(token)
        except EnduseError:
            return False
        if (
            not status.authorises_use
            or capability not in status.restrictions.allowed_capabilities
        ):
            return False
        if capability not in claims.capabilities:
            return False
        if once:
            if claims.token_id in self._used_tokens:
                return False
            self._used_tokens.add(claims.token_id)
        return True

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Gate:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _public_key(key: str | bytes | Path | Ed25519PublicKey) -> Ed25519PublicKey:
    if isinstance(key, Ed25519PublicKey):
        return key
    if isinstance(key, Path) or (isinstance(key, str) and Path(key).is_file()):
        return read_public_key(Path(key), field="key")
    return parse_public_key(key)


def _error(r: httpx.Response) -> dict[str, Any]:
    try:
        body = r.json()
    except ValueError:
        return {}
    err = body.get("error") if isinstance(body, dict) else None
    return err if isinstance(err, dict) else {}
