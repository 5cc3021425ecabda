"""Does a licence's buyer hold a signed certificate the gate may rely on? (pure)"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import NamedTuple, Protocol

from enduse.certificates.models import CertificateState, normalise_ref
from enduse.certificates.signing import format_time


class LicenceLike(Protocol):
    id: int
    end_user_id: int
    certificate_version: str | None
    resign_required_by: datetime | None


class CertificateLike(Protocol):
    licence_id: int
    agency_id: int
    template_ref: str
    state: str


class CertificateStatus(NamedTuple):
    signed_current: bool
    reason: str


def certificate_status(
    licence: LicenceLike, certificates: Iterable[CertificateLike], *, now: datetime
) -> CertificateStatus:
    """Whether the buyer has signed the current certificate version, for the gate.

    ``signed_current`` is true when the licence's end user holds a countersigned certificate on
    the version the licence requires, or — while a re-signature deadline has not passed — on an
    older version. After ``resign_required_by`` an older signature no longer counts and the
    licence is to be treated as inactive (the gate cites ``licence_inactive``).
    """
    if not licence.certificate_version:
        return CertificateStatus(
            False, "the licence names no certificate version to sign"
        )
    required = normalise_ref(licence.certificate_version)
    mine = [
        c
        for c in certificates
        if c.licence_id == licence.id and c.agency_id == licence.end_user_id
    ]
    signed = [c for c in mine if c.state == CertificateState.COUNTERSIGNED]
    if any(c.template_ref == required for c in signed):
        return CertificateStatus(True, f"the buyer signed certificate {required}")
    deadline = licence.resign_required_by
    if signed and deadline is not None:
        older = signed[-1].template_ref
        if now < deadline:
            return CertificateStatus(
                True,
                f"the buyer signed {older}; re-signature of {required} required by {format_time(deadline)}",
            )
        return CertificateStatus(
            False,
            f"re-signature of certificate {required} was required by {format_time(deadline)}",
        )
    if any(
        c.template_ref == required and c.state == CertificateState.BUYER_SIGNED
        for c in mine
    ):
        return CertificateStatus(
            False, f"certificate {required} awaits the regulator's countersignature"
        )
    return CertificateStatus(False, f"the buyer has not signed certificate {required}")
