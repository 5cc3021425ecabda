"""Seeded workloads of tasking requests: several buyers over weeks, legitimate and abusive.

A :class:`Simulation` yields :class:`SimTasking` items (a request in the exchange format of
``shared/spec/gate-scenarios.md``: licence state, request, ``now``) in time order. The workload
is closed-loop, like real officers: whoever decides an item (the offline gate, or the database
gate) tells the simulation with :meth:`Simulation.settle`, and later requests depend on it
(permitted targets become active and count against the quota; a target refused for a missing
warrant is resubmitted with one; a launderer resubmits a refused target under a new label).

Buyers (licences):

- ``benign``: serious-crime casework with noise: missing warrants (denied, then resubmitted),
  too-light offences (denied; sometimes resubmitted under a heavier label), a capability the
  licence lacks now and then, a few targets abroad, the rare politician or lawyer;
- ``drift``: from its abuse start, a growing share of its taskings turn to journalists,
  defenders and its own nationals in exile, on expression or on vague grounds;
- ``quota``: from its abuse start, four times the traffic, almost all new targets on short
  warrants, pressing against and churning round its quota;
- ``launder``: from its abuse start, one operator targets activists on expression, and
  resubmits each refused target under a new offence with an invented allegation;
- ``outside``: suspended at its abuse start, it keeps tasking, replaying old tokens.

Same seed, same arguments, same decisions -> the same workload, item for item.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from enduse.errors import InvalidInputError
from enduse.simulation import _people as people
from enduse.simulation import _templates as tpl
from enduse.tasking import LicenceState, TaskingRequest

ROLES = ("benign", "drift", "quota", "launder", "outside")
ABUSIVE_ROLES = ("drift", "quota", "launder", "outside")
MAX_TASKINGS = 50_000
START = datetime(2026, 3, 2, tzinfo=UTC)  # a Monday
CAPABILITIES = (
    "messages",
    "media",
    "contacts",
    "location",
    "microphone",
    "camera",
    "credentials",
)
_SUBSTANTIVE = {
    "expression_not_crime",
    "protected_ground",
    "terrorism_definition_unmet",
    "purpose_not_permitted",
}


@dataclass(frozen=True)
class Buyer:
    """One simulated licence and its customer."""

    licence_id: int
    role: str
    country: str
    language: str
    agency: str
    agency_type: str
    capabilities: tuple[str, ...]
    quota: int
    weight: float
    operators: tuple[str, ...]
    abuse_starts_at: datetime | None

    @property
    def abusive(self) -> bool:
        return self.role != "benign"


@dataclass(frozen=True)
class SimTasking:
    """One simulated request: what the gate receives, plus the simulation's own labels.

    ``presented_token`` is a tasking token the system presents again (a replay); ``abusive``
    and ``kind`` are ground truth, never shown to the gate or the monitors."""

    ordinal: int
    licence_id: int
    operator: str
    now: datetime
    licence: LicenceState
    request: TaskingRequest
    abusive: bool
    kind: str
    presented_token: str | None = None
    text: str = "benign"  # which template family wrote the justification (ground truth)

    def scenario(self, prefix: str = "sim") -> dict[str, Any]:
        """The exchange-format line (``id``, ``now``, ``licence``, ``request``)."""
        return {
            "id": f"{prefix}-{self.ordinal + 1:06d}",
            "now": self.now.isoformat().replace("+00:00", "Z"),
            "licence": self.licence.model_dump(mode="json"),
            "request": self.request.model_dump(mode="json"),
        }


@dataclass(frozen=True)
class GroundTruth:
    licence_id: int
    role: str
    abusive: bool
    abuse_starts_at: datetime | None
    first_abusive_ordinal: int | None
    abusive_taskings: int
    taskings: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "licence_id": self.licence_id,
            "role": self.role,
            "abusive": self.abusive,
            "abuse_starts_at": self.abuse_starts_at.isoformat()
            if self.abuse_starts_at
            else None,
            "first_abusive_ordinal": self.first_abusive_ordinal,
            "abusive_taskings": self.abusive_taskings,
            "taskings": self.taskings,
        }


@dataclass(order=True)
class _FollowUp:
    due_at: datetime
    seq: int
    kind: str = field(compare=False)
    person: people.Person = field(compare=False)
    operator: str = field(compare=False)
    template: tpl.Template = field(compare=False)
    abusive: bool = field(compare=False)
    tries: int = field(compare=False, default=1)


class _Pool:
    """Active targets: O(1) add, remove and random choice."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.where: dict[str, int] = {}

    def add(self, key: str) -> None:
        if key not in self.where:
            self.where[key] = len(self.items)
            self.items.append(key)

    def remove(self, key: str) -> None:
        at = self.where.pop(key, None)
        if at is None:
            return
        last = self.items.pop()
        if at < len(self.items):
            self.items[at] = last
            self.where[last] = at

    def choice(self, rng: random.Random) -> str:
        return self.items[rng.randrange(len(self.items))]

    def __len__(self) -> int:
        return len(self.items)


class _LicenceState:
    def __init__(self, buyer: Buyer) -> None:
        self.buyer = buyer
        self.active: dict[str, datetime] = {}
        self.expiry: list[tuple[datetime, str]] = []
        self.pool = _Pool()
        self.people: dict[str, people.Person] = {}
        self.templates: dict[
            str, tpl.Template
        ] = {}  # identifier -> the case's template
        self.followups: list[_FollowUp] = []
        self.tokens: list[str] = []
        self.first_abusive: int | None = None
        self.abusive_count = 0
        self.count = 0

    def expire(self, now: datetime) -> None:
        while self.expiry and self.expiry[0][0] <= now:
            until, ident = heapq.heappop(self.expiry)
            if self.active.get(ident) == until:
                del self.active[ident]
                self.pool.remove(ident)


class Simulation:
    """A seeded, closed-loop workload. Iterate; after each item call :meth:`settle` with the
    gate's decision (an unsettled item counts as a referral still pending)."""

    def __init__(
        self,
        seed: int,
        n: int,
        *,
        weeks: int = 8,
        benign: int = 5,
        abusive: Sequence[str] = ABUSIVE_ROLES,
        start: datetime = START,
        days: int | None = None,
    ) -> None:
        if not 1 <= n <= MAX_TASKINGS:
            raise InvalidInputError(
                f"n must be between 1 and {MAX_TASKINGS}", field="n"
            )
        if weeks < 1:
            raise InvalidInputError("weeks must be at least 1", field="weeks")
        if days is not None and days < 1:
            raise InvalidInputError("days must be at least 1", field="days")
        unknown = [r for r in abusive if r not in ABUSIVE_ROLES]
        if unknown:
            raise InvalidInputError(
                f"unknown abusive role(s) {unknown}; known: {list(ABUSIVE_ROLES)}",
                field="abusive",
            )
        self.seed, self.n, self.start = seed, n, start
        self.days = days if days is not None else weeks * 7
        self.rng = random.Random(seed)  # noqa: S311 -- a simulation, not cryptography
        self.phones = people.Phones(self.rng)
        roles = ["benign"] * benign + list(abusive)
        self.rng.shuffle(roles)
        self.buyers = self._buyers(roles)
        self.arrivals = self._arrivals()
        self.state = {b.licence_id: _LicenceState(b) for b in self.buyers}
        self._pending: SimTasking | None = None
        self._seq = 0

    # -- set-up ----------------------------------------------------------------------------

    def _buyers(self, roles: list[str]) -> list[Buyer]:
        rng = self.rng
        countries = list(people.COUNTRIES)
        rng.shuffle(countries)
        drafts = []
        for i, role in enumerate(roles):
            country = countries[i % len(countries)]
            agency, agency_type = rng.choice(people.AGENCIES)
            extra = rng.sample(
                [c for c in CAPABILITIES if c not in ("messages", "location")],
                rng.randint(1, 3),
            )
            caps = tuple(
                c for c in CAPABILITIES if c in {"messages", "location", *extra}
            )
            weight = rng.uniform(0.6, 1.6)
            start_day = (
                int(rng.uniform(0.3, 0.55) * self.days) if role != "benign" else None
            )
            drafts.append(
                (i + 1, role, country, agency, agency_type, caps, weight, start_day)
            )
        self._start_days = {d[0]: d[7] for d in drafts}
        total = sum(
            d[6] * self._multiplier(d[1], day, d[7]) * _dow(self.start, day)
            for d in drafts
            for day in range(self.days)
        )
        buyers = []
        for lid, role, country, agency, agency_type, caps, weight, start_day in drafts:
            rate = (
                self.n * weight * (5 + 2 * 0.4) / 7 / total
            )  # ordinary taskings per day
            quota = max(8, round(2.0 * rate * 0.55 * min(45, self.days)) + 5)
            operators = tuple(
                f"{country.lower()}-{lid}-officer-{k + 1}"
                for k in range(rng.randint(3, 6))
            )
            buyers.append(
                Buyer(
                    lid,
                    role,
                    country,
                    people.COUNTRIES[country],
                    agency,
                    agency_type,
                    caps,
                    quota,
                    weight,
                    operators,
                    self.start + timedelta(days=start_day)
                    if start_day is not None
                    else None,
                )
            )
        return buyers

    @staticmethod
    def _multiplier(role: str, day: int, start_day: int | None) -> float:
        if start_day is None or day < start_day:
            return 1.0
        return {"quota": 4.0, "outside": 0.5}.get(role, 1.0)

    def _arrivals(self) -> list[tuple[datetime, int]]:
        rng = self.rng
        cells = [(b.licence_id, day) for b in self.buyers for day in range(self.days)]
        weights = [
            b.weight
            * self._multiplier(b.role, day, self._start_days[b.licence_id])
            * _dow(self.start, day)
            for b in self.buyers
            for day in range(self.days)
        ]
        picks = rng.choices(cells, weights=weights, k=self.n)
        out = [
            (
                self.start
                + timedelta(days=day, hours=7, seconds=rng.randrange(14 * 3600)),
                lid,
            )
            for lid, day in picks
        ]
        out.sort()
        return out

    # -- the stream ------------------------------------------------------------------------

    def __len__(self) -> int:
        return self.n

    def __iter__(self) -> Iterator[SimTasking]:
        for ordinal, (now, lid) in enumerate(self.arrivals):
            self._pending = None
            st = self.state[lid]
            st.expire(now)
            item = self._next(ordinal, now, st)
            st.count += 1
            if item.abusive:
                st.abusive_count += 1
                if st.first_abusive is None:
                    st.first_abusive = ordinal
            self._pending = item
            yield item

    def settle(
        self, item: SimTasking, decision: str, clauses: Sequence[str] = ()
    ) -> str | None:
        """Record the gate's decision on ``item``; returns the token id a permit issues."""
        if self._pending is None or item.ordinal != self._pending.ordinal:
            raise InvalidInputError("settle the item just yielded, once", field="item")
        self._pending = None
        st = self.state[item.licence_id]
        rng = self.rng
        person = st.people[item.request.target.identifier]
        template = st.templates[person.identifier]
        if decision == "permit":
            until = item.request.legal_basis.valid_until or item.now + timedelta(
                days=30
            )
            ident = person.identifier
            if st.active.get(ident, item.now) < until:
                st.active[ident] = until
                heapq.heappush(st.expiry, (until, ident))
                st.pool.add(ident)
            token = f"{rng.getrandbits(128):032x}"
            st.tokens.append(token)
            return token
        if decision != "deny":
            return None
        held = set(clauses)
        if item.kind in ("launder", "relabel") and held & _SUBSTANTIVE:
            if item.kind == "launder" or rng.random() < 0.5:
                choices = [
                    t for t in tpl.RELABEL if t.offence.label != template.offence.label
                ]
                self._follow(
                    st, item, "relabel", person, rng.choice(choices), True, 1, 3
                )
        elif "purpose_not_permitted" in held and rng.random() < 0.25:
            self._follow(
                st,
                item,
                "resubmit",
                person,
                self._template(st.buyer),
                item.abusive,
                1,
                3,
            )
        elif "no_legal_basis" in held and rng.random() < 0.6:
            self._follow(st, item, "warrant", person, template, item.abusive, 0.5, 2)
        return None

    def truth(self) -> dict[int, GroundTruth]:
        """Which licences are abusive, when their abuse starts, and (once iterated) the
        ordinal of their first abusive tasking."""
        return {
            b.licence_id: GroundTruth(
                b.licence_id,
                b.role,
                b.abusive,
                b.abuse_starts_at,
                self.state[b.licence_id].first_abusive,
                self.state[b.licence_id].abusive_count,
                self.state[b.licence_id].count,
            )
            for b in self.buyers
        }

    # -- one request -----------------------------------------------------------------------

    def _follow(
        self,
        st: _LicenceState,
        item: SimTasking,
        kind: str,
        person: people.Person,
        template: tpl.Template,
        abusive: bool,
        low: float,
        high: float,
    ) -> None:
        self._seq += 1
        due = item.now + timedelta(days=self.rng.uniform(low, high))
        heapq.heappush(
            st.followups,
            _FollowUp(due, self._seq, kind, person, item.operator, template, abusive),
        )

    def _template(self, buyer: Buyer) -> tpl.Template:
        local = [t for t in tpl.BENIGN if t.lang == buyer.language]
        english = [t for t in tpl.BENIGN if t.lang == "en"]
        pool = local if local and self.rng.random() < 0.8 else english
        return self.rng.choice(pool)

    def _next(self, ordinal: int, now: datetime, st: _LicenceState) -> SimTasking:
        rng, buyer = self.rng, st.buyer
        abusing = buyer.abuse_starts_at is not None and now >= buyer.abuse_starts_at
        if st.followups and st.followups[0].due_at <= now:
            f = heapq.heappop(st.followups)
            return self._build(
                ordinal, now, st, f.person, f.template, f.operator, f.kind, f.abusive
            )
        operator = rng.choice(buyer.operators)
        role = buyer.role if abusing else "benign"
        if role == "drift":
            elapsed = (now - buyer.abuse_starts_at).total_seconds() / 86400  # type: ignore[operator]
            if rng.random() < min(0.45, 0.05 + 0.40 * elapsed / 14):
                person = people.critic(rng, self.phones, buyer.country)
                pool = tpl.EXPRESSION if rng.random() < 0.6 else tpl.VAGUE
                return self._build(
                    ordinal, now, st, person, rng.choice(pool), operator, "critic", True
                )
        if role == "launder" and rng.random() < 0.35:
            person = people.activist(rng, self.phones, buyer.country)
            return self._build(
                ordinal,
                now,
                st,
                person,
                rng.choice(tpl.EXPRESSION),
                buyer.operators[0],
                "launder",
                True,
            )
        abusive = role in ("quota", "outside")
        retask = 0.1 if role == "quota" else 0.45
        if len(st.pool) and rng.random() < retask:
            person = st.people[st.pool.choice(rng)]
            return self._build(
                ordinal,
                now,
                st,
                person,
                st.templates[person.identifier],
                operator,
                "retask",
                abusive,
            )
        if rng.random() < 0.015:
            local = [t for t in tpl.PETTY if t.lang == buyer.language] or list(
                tpl.PETTY
            )
            template = rng.choice(local)
            kind = "petty"
        else:
            template = self._template(buyer)
            kind = "fresh"
        person = people.ordinary_person(rng, self.phones, buyer.country, 1)
        return self._build(ordinal, now, st, person, template, operator, kind, abusive)

    def _build(
        self,
        ordinal: int,
        now: datetime,
        st: _LicenceState,
        person: people.Person,
        template: tpl.Template,
        operator: str,
        kind: str,
        abusive: bool,
    ) -> SimTasking:
        rng, buyer = self.rng, st.buyer
        st.people[person.identifier] = person
        st.templates[person.identifier] = template
        abusing = buyer.abuse_starts_at is not None and now >= buyer.abuse_starts_at
        # past its abuse start, everything a quota or outside buyer sends is the abuse
        abusive = abusive or (abusing and buyer.role in ("quota", "outside"))
        caps = rng.sample(
            buyer.capabilities, rng.randint(1, min(3, len(buyer.capabilities)))
        )
        if kind in ("fresh", "retask") and rng.random() < 0.003:
            missing = [c for c in CAPABILITIES if c not in buyer.capabilities]
            if missing:
                caps.append(rng.choice(missing))
        short = buyer.role == "quota" and abusing
        days = rng.uniform(5, 10) if short else rng.uniform(30, 60)
        if kind in ("fresh", "retask", "petty") and rng.random() < 0.03:
            legal: dict[str, Any] = {
                "type": "none",
                "reference": None,
                "valid_until": None,
            }
        else:
            kind_of = "judicial_warrant" if rng.random() < 0.8 else "prosecutor_order"
            prefix = "JW" if kind_of == "judicial_warrant" else "PO"
            legal = {
                "type": kind_of,
                "reference": f"{prefix}-{now.year}-{rng.randrange(10000):04d}",
                "valid_until": (now + timedelta(days=days)).isoformat(),
            }
        slots = {
            "place": rng.choice(tpl.PLACES),
            "amount": f"USD {rng.randint(5, 900) * 1000:,}",
            "date": (now - timedelta(days=rng.randint(2, 40))).date().isoformat(),
            "n": rng.randint(2, 40),
            "ref": f"SR-{now.year}-{rng.randrange(10000):04d}",
        }
        request = TaskingRequest.model_validate(
            {
                "target": person.target(),
                "offence": {
                    "category": template.offence.category,
                    "label": template.offence.label,
                    "max_penalty_years": template.offence.max_penalty_years,
                },
                "legal_basis": legal,
                "capabilities": [c for c in CAPABILITIES if c in caps],
                "justification": template.text.format(**slots),
            }
        )
        status = "suspended" if buyer.role == "outside" and abusing else "active"
        licence = LicenceState.model_validate(
            {
                "customer_country": buyer.country,
                "customer_agency": buyer.agency,
                "agency_type": buyer.agency_type,
                "status": status,
                "certificate_signed": True,
                "capabilities": list(buyer.capabilities),
                "max_active_targets": buyer.quota,
                "active_targets": len(st.active),
            }
        )
        token = None
        if status == "suspended" and st.tokens and rng.random() < 0.4:
            token = rng.choice(st.tokens)
        return SimTasking(
            ordinal,
            buyer.licence_id,
            operator,
            now,
            licence,
            request,
            abusive,
            kind,
            token,
            _FAMILY[template],
        )


_FAMILY: dict[tpl.Template, str] = {
    t: family
    for family, group in (
        ("benign", tpl.BENIGN),
        ("petty", tpl.PETTY),
        ("expression", tpl.EXPRESSION),
        ("vague", tpl.VAGUE),
        ("relabel", tpl.RELABEL),
    )
    for t in group
}


def _dow(start: datetime, day: int) -> float:
    """Weekends are quieter."""
    return 0.4 if (start + timedelta(days=day)).weekday() >= 5 else 1.0
