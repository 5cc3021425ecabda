"""The gate on licences in the database: taskings, the referral queue, token verification."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from enduse.api.deps import ScopeDep, SettingsDep, StoreDep
from enduse.clock import utcnow
from enduse.errors import VerificationError
from enduse.gate import taskings as service
from enduse.gate.models import (
    ReferralOut,
    ReferralState,
    ReferralSummary,
    ResolutionOut,
    ResolveIn,
    TaskingIn,
    TaskingOut,
    TokenIn,
    TokenVerifyOut,
)
from enduse.gate.tokens import verify_token
from enduse.keys import REGULATOR, load_public_key

router = APIRouter(tags=["taskings"])


@router.post("/taskings", status_code=201)
def submit(body: TaskingIn, store: StoreDep, settings: SettingsDep) -> TaskingOut:
    """Decide a tasking for a licence in the database: permit (with a token), deny or refer
    (queued for review). The decision and its log entry are committed together."""
    return service.submit_tasking(
        store, body, service.config_from_settings(settings), now=utcnow()
    )


@router.get("/taskings/{tasking_id}")
def show(tasking_id: int, store: StoreDep) -> TaskingOut:
    """A recorded tasking decision (the token itself is only ever returned once)."""
    return service.get_tasking(store, tasking_id)


@router.get("/referrals")
def referrals(
    store: StoreDep,
    scope: ScopeDep,
    licence_id: int | None = None,
    state: ReferralState | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[ReferralSummary]:
    """The review queue: open referrals first (a buyer: about its licences)."""
    return service.list_referrals(
        store,
        licence_id=licence_id,
        licence_ids=scope.licence_ids(store),
        state=state,
        limit=limit,
        offset=offset,
    )


@router.get("/referrals/{referral_id}")
def referral(referral_id: int, store: StoreDep) -> ReferralOut:
    """One referral: the request record, its clauses and reasons with evidence sentences."""
    return service.get_referral(store, referral_id)


@router.post("/referrals/{referral_id}/resolve")
def resolve(
    referral_id: int, body: ResolveIn, store: StoreDep, settings: SettingsDep
) -> ResolutionOut:
    """A reviewer's decision (permit or deny, with a reason): recorded and logged; a permit
    issues the tasking token. Resolving twice is 409."""
    out, index, issued = service.resolve_referral(
        store, referral_id, body, service.config_from_settings(settings), now=utcnow()
    )
    return ResolutionOut(
        referral=out, log_index=index, token=issued.token if issued else None
    )


@router.post("/tokens/verify")
def verify(body: TokenIn, settings: SettingsDep) -> TokenVerifyOut:
    """Check a tasking token against the regulator's public key (what a system does offline)."""
    key = load_public_key(settings.key_dir, REGULATOR)
    try:
        claims = verify_token(
            body.token, key, now=utcnow(), issuer=settings.regulator_name
        )
    except VerificationError as exc:
        return TokenVerifyOut(valid=False, reason=exc.message, field=exc.field)
    return TokenVerifyOut(valid=True, claims=claims.as_dict())
