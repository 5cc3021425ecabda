"""The licence state machine: every legal transition, and nothing else.

```
draft ─submit→ submitted ─start_review→ under_review ─approve→ approved ⇄ suspended
                               ↑  └request_information→ rfi_open        │  (suspend / reinstate)
                               └──────answer_information──┘             ├─revoke→ revoked
                  under_review / rfi_open ─deny→ denied                 └─expire→ expired
```
"""

from __future__ import annotations

from enum import StrEnum

from enduse.errors import ConflictError


class LicenceState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    RFI_OPEN = "rfi_open"
    APPROVED = "approved"
    DENIED = "denied"
    SUSPENDED = "suspended"
    REVOKED = "revoked"
    EXPIRED = "expired"


class Action(StrEnum):
    SUBMIT = "submit"
    START_REVIEW = "start_review"
    REQUEST_INFORMATION = "request_information"
    ANSWER_INFORMATION = "answer_information"
    APPROVE = "approve"
    DENY = "deny"
    SUSPEND = "suspend"
    REINSTATE = "reinstate"
    REVOKE = "revoke"
    EXPIRE = "expire"


S, A = LicenceState, Action

TRANSITIONS: dict[tuple[LicenceState, Action], LicenceState] = {
    (S.DRAFT, A.SUBMIT): S.SUBMITTED,
    (S.SUBMITTED, A.START_REVIEW): S.UNDER_REVIEW,
    (S.UNDER_REVIEW, A.REQUEST_INFORMATION): S.RFI_OPEN,
    (S.RFI_OPEN, A.ANSWER_INFORMATION): S.UNDER_REVIEW,
    (S.UNDER_REVIEW, A.APPROVE): S.APPROVED,
    (S.UNDER_REVIEW, A.DENY): S.DENIED,
    (S.RFI_OPEN, A.DENY): S.DENIED,
    (S.APPROVED, A.SUSPEND): S.SUSPENDED,
    (S.SUSPENDED, A.REINSTATE): S.APPROVED,
    (S.APPROVED, A.REVOKE): S.REVOKED,
    (S.SUSPENDED, A.REVOKE): S.REVOKED,
    (S.APPROVED, A.EXPIRE): S.EXPIRED,
    (S.SUSPENDED, A.EXPIRE): S.EXPIRED,
}

TERMINAL: frozenset[LicenceState] = frozenset({S.DENIED, S.REVOKED, S.EXPIRED})


def allowed_actions(state: LicenceState) -> list[Action]:
    """The actions that may be taken from ``state``, in declaration order."""
    return [action for (src, action) in TRANSITIONS if src == state]


def next_state(state: LicenceState, action: Action) -> LicenceState:
    """The state ``action`` leads to from ``state``; an illegal transition is a ConflictError."""
    try:
        return TRANSITIONS[(state, action)]
    except KeyError:
        allowed = ", ".join(allowed_actions(state)) or "none (terminal state)"
        raise ConflictError(
            f"cannot {action} a licence that is {state}; allowed from {state}: {allowed}",
            field="state",
        ) from None
