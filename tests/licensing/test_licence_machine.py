import pytest

from enduse.errors import ConflictError
from enduse.licensing import (
    TRANSITIONS,
    Action,
    LicenceState,
    allowed_actions,
    next_state,
)

ALL = [(s, a) for s in LicenceState for a in Action]
LEGAL = [pair for pair in ALL if pair in TRANSITIONS]
ILLEGAL = [pair for pair in ALL if pair not in TRANSITIONS]


@pytest.mark.parametrize(("state", "action"), LEGAL)
def test_legal_transition_leads_to_declared_state(state, action):
    assert next_state(state, action) == TRANSITIONS[(state, action)]


@pytest.mark.parametrize(("state", "action"), ILLEGAL)
def test_illegal_transition_is_refused_with_the_allowed_actions(state, action):
    with pytest.raises(ConflictError) as err:
        next_state(state, action)
    assert err.value.field == "state"
    assert f"cannot {action} a licence that is {state}" in err.value.message


@pytest.mark.parametrize(
    "state", [LicenceState.DENIED, LicenceState.REVOKED, LicenceState.EXPIRED]
)
def test_terminal_states_allow_nothing(state):
    assert allowed_actions(state) == []


def test_every_state_is_reachable_from_draft():
    reached, frontier = {LicenceState.DRAFT}, [LicenceState.DRAFT]
    while frontier:
        state = frontier.pop()
        for action in allowed_actions(state):
            nxt = next_state(state, action)
            if nxt not in reached:
                reached.add(nxt)
                frontier.append(nxt)
    assert reached == set(LicenceState)
