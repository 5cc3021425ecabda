"""The demonstration world `make demo` loads: fictional exporters, buyers and licences
taken through the real workflow (application, review, approval, acknowledgement), then the
story of issue 6 end to end: a simulated month of taskings through the database gate, the log
and the monitors; the abusive buyer detected, a case opened, its licence curtailed, then
disconnected; that buyer's SDK refusing to operate; a signed checkpoint of the log."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast

from enduse import provision
from enduse.auth import Role
from enduse.auth import service as auth
from enduse.auth.models import UserCreate
from enduse.clock import utcnow
from enduse.enforcement import service as enforcement
from enduse.enforcement.models import ActionIn
from enduse.gate.models import TaskingIn
from enduse.gate.taskings import config_from_settings, submit_tasking
from enduse.keys import (
    REGULATOR,
    generate_keypair,
    load_private_key,
    read_private_key,
)
from enduse.licensing import Action
from enduse.licensing import service as licensing
from enduse.parties import (
    AgencyCreate,
    ExporterCreate,
    IntermediaryCreate,
    ProductCreate,
)
from enduse.parties import service as parties
from enduse.screening import registry
from enduse.screening import service as screening
from enduse.settings import Settings
from enduse.simulation.live import LiveLicence, simulate_live
from enduse.storage import Database, Store
from enduse.storage.db import redact_url
from enduse.storage.tables import Agency, Exporter, Licence
from enduse.tlog import keys as tlog_keys
from enduse.tlog import service as tlog

DEMO_LIST = Path(screening.__file__).parent / "data" / "csl_spyware_2026-09-24.json"
DEMO_EXPORTER = "Meridian Lawful Intercept Ltd (demo)"
REVIEWER = provision.REVIEWER
DEMO_SEED = 7
DEMO_TASKINGS = 800
DEMO_DAYS = 30
INVESTIGATOR = "investigator@regulator.example"
STORY_ORDER = ("drift", "launder", "quota", "outside")
"""Which abusive buyer the story follows: the first of these the monitors alerted on."""


def load_demo(
    settings: Settings,
    *,
    now: datetime | None = None,
    taskings: int = DEMO_TASKINGS,
    days: int = DEMO_DAYS,
    seed: int = DEMO_SEED,
) -> Iterator[str]:
    """Load the world once (a second run changes nothing), run the story, say what is there.
    Needs the regulator's keys (`enduse keys init`); creates the log key if missing.

    The world is loaded as of ``days + 2`` days before ``now``, the simulated month follows,
    and enforcement happens at ``now``."""
    now = now or utcnow()
    db = Database(settings.database_url)
    try:
        with db.store() as store:
            loaded = store.find(Exporter, name=DEMO_EXPORTER) is not None
            if loaded:
                yield "demonstration world already loaded; nothing changed"
            else:
                yield from _load(store, settings, now=now - timedelta(days=days + 2))
        if not loaded:
            yield from _story(
                db, settings, now=now, taskings=taskings, days=days, seed=seed
            )
            with db.store() as store:
                yield from _users(store, now=now)
    finally:
        db.dispose()
    yield f"database: {redact_url(settings.database_url)}; keys: {settings.key_dir}"


DEMO_USERS = (
    ("admin", Role.REGULATOR_ADMIN),
    ("reviewer", Role.REGULATOR_REVIEWER),
    ("auditor", Role.AUDITOR),
)


def _users(store: Store, *, now: datetime) -> Iterator[str]:
    """The regulator's people, the demo exporter's officer and each buyer's liaison officer,
    with random passwords shown this once (`enduse users passwd` sets another)."""
    exporter = store.find(Exporter, name=DEMO_EXPORTER)
    people: list[tuple[str, Role, int | None, int | None]] = [
        (name, role, None, None) for name, role in DEMO_USERS
    ]
    if exporter is not None:
        people.append(("exporter", Role.EXPORTER, exporter.id, None))
    for agency in store.list(Agency):
        people.append((f"buyer-{agency.id}", Role.BUYER, None, agency.id))
    shown = []
    for name, role, exporter_id, agency_id in people:
        password = secrets.token_urlsafe(12)
        auth.create_user(
            store,
            UserCreate(
                username=name,
                role=role,
                exporter_id=exporter_id,
                agency_id=agency_id,
                password=password,
            ),
            now=now,
        )
        shown.append(f"{name} ({role.value}) {password}")
    yield "users (log in with these; shown once): " + "; ".join(shown)


def _load(store: Store, settings: Settings, *, now: datetime) -> Iterator[str]:
    regulator_key = load_private_key(settings.key_dir, REGULATOR)
    listed = screening.load_list(
        store, DEMO_LIST, "csl", now=now, name="csl-spyware-extract"
    )
    yield f"screening: loaded {listed.name} version {listed.version} (spyware vendors on US lists)"
    counts = registry.load_registry(
        store,
        registry.read_registry_csv(registry.DEMO_REGISTRY, source="demo"),
        key=registry.load_or_create_key(settings.key_dir),
        now=now,
    )
    yield f"protected-persons registry: {sum(counts.values())} fictional people ({', '.join(sorted(counts))})"
    exporter = parties.create_exporter(
        store, ExporterCreate(name=DEMO_EXPORTER, country="IL"), now=now
    )
    product = parties.create_product(
        store,
        ProductCreate(
            exporter_id=exporter.id,
            name="Falcon Mobile",
            capabilities=["messages", "media", "contacts", "location", "microphone"],
        ),
        now=now,
    )
    police = parties.create_agency(
        store,
        AgencyCreate(
            name="Policía Federal Ministerial (demo)",
            country="MX",
            agency_type="police",
        ),
        now=now,
    )
    intel = parties.create_agency(
        store,
        AgencyCreate(
            name="National Intelligence Directorate (demo)",
            country="RW",
            agency_type="intelligence",
        ),
        now=now,
    )
    private = parties.create_agency(
        store,
        AgencyCreate(
            name="Argus Private Security (demo)", country="AE", agency_type="private"
        ),
        now=now,
    )
    broker = parties.create_intermediary(
        store,
        IntermediaryCreate(
            name="Coastal Integration SA (demo)", country="PA", role="broker"
        ),
        now=now,
    )
    yield (
        f"parties: exporter {exporter.id}, product {product.id}, agencies {police.id}, {intel.id}, {private.id} "
        f"(private: cannot be licensed), broker {broker.id}"
    )

    active = provision.application(
        store, exporter.id, police.id, product.id, broker.id, now=now
    )
    provision.approve_active(
        store,
        active,
        provision.Terms(
            capabilities=["messages", "location"],
            max_active_targets=25,
            valid_from=now - timedelta(days=30),
            valid_until=now + timedelta(days=335),
        ),
        now=now,
    )
    yield f"licence {active.id}: approved and active for the federal police (messages, location; 25 targets)"

    buyer_dir = settings.key_dir.parent / "demo-buyer"
    buyer = generate_keypair(buyer_dir, "buyer", exist_ok=True)
    cert = provision.sign_certificate(
        store,
        active,
        buyer_key=read_private_key(buyer.private_path),
        regulator_key=regulator_key,
        regulator_name=settings.regulator_name,
        now=now,
    )
    yield (
        f"certificate {cert.id} ({cert.template_ref}): signed by the buyer (key in {buyer_dir}) and "
        f"countersigned; `enduse euc export {cert.id} --out c.json && enduse euc verify c.json`"
    )

    pending = provision.application(
        store, exporter.id, intel.id, product.id, None, now=now
    )
    licensing.transition(
        store,
        pending.id,
        Action.SUBMIT,
        actor="compliance@meridian.example",
        reason="application complete",
        now=now,
    )
    licensing.transition(
        store,
        pending.id,
        Action.START_REVIEW,
        actor=REVIEWER,
        reason="demo workflow",
        now=now,
    )
    licensing.request_information(
        store,
        pending.id,
        actor=REVIEWER,
        now=now,
        question="Which oversight body authorises each interception?",
    )
    yield f"licence {pending.id}: under review, waiting for an answer to a request for information"


CLEAN = (
    "Target runs the stash house of a kidnapping ring; two victims were held there in March "
    "and two accomplices in custody have named him. Messages and location requested."
)


def _story(
    db: Database,
    settings: Settings,
    *,
    now: datetime,
    taskings: int,
    days: int,
    seed: int,
) -> Iterator[str]:
    """The simulated month, detection, curtailment, disconnection, the SDK, the checkpoint."""
    base = f"http://{settings.host}:{settings.port}/v1"
    start = datetime.combine(
        (now - timedelta(days=days + 1)).date(), datetime.min.time(), tzinfo=now.tzinfo
    )
    yield (
        f"simulating {days} days from {start.date()}: {taskings} taskings from 9 buyers (5 lawful; "
        f"one drifting to journalists and exiles, one over its quota, one laundering refused "
        f"targets, one tasking while suspended) through the gate, the log and the monitors (seed {seed})"
    )
    report = simulate_live(
        db, settings, seed=seed, taskings=taskings, days=days, start=start
    )
    decided = ", ".join(f"{v} {k}" for k, v in report.decisions.items())
    yield (
        f"simulated {days} days: {decided}; {report.monitor_runs} daily monitor runs; "
        f"abusive licences alerted {report.abusive_alerted}/{report.abusive_total}, "
        f"lawful licences alerted {report.benign_alerted} ({report.seconds:.0f} s)"
    )
    for r in report.licences:
        yield "  " + _licence_line(r)
    alerted = {r.role: r for r in report.licences if r.abusive and r.alerted}
    chosen = next((alerted[role] for role in STORY_ORDER if role in alerted), None)
    if chosen is None:
        chosen = next(r for r in report.licences if r.abusive)
    lid = chosen.licence_id
    signer = enforcement.regulator_signer(settings.key_dir, settings.regulator_name)
    config = config_from_settings(settings)
    with db.store() as store:
        licence = store.get(Licence, lid, field="licence_id")
        agency = store.get(Agency, licence.end_user_id, field="end_user_id")
        alerts = enforcement.list_alerts(store, licence_id=lid)
        yield (
            f"detected: licence {lid} ({agency.name}, {agency.country}; simulated buyer "
            f"'{chosen.role}'): {len(alerts)} alert(s) from {', '.join(chosen.sources) or 'none'}; "
            f"{base}/alerts?licence_id={lid}"
        )
        case = enforcement.open_case(
            store,
            licence_id=lid,
            title=f"Monitoring alerts on licence {lid}",
            opened_by=REVIEWER,
            reviewer=INVESTIGATOR,
            alert_ids=[a.id for a in alerts if a.case_id is None],
            now=now,
        )
        enforcement.transition(
            store,
            case.id,
            "investigating",
            actor=INVESTIGATOR,
            reason="alerts reviewed: the pattern is not lawful casework",
            now=now,
        )
        yield f"case {case.id} opened with the alerts, under investigation by {INVESTIGATOR}; {base}/cases/{case.id}"
        curtail = enforcement.take_action(
            store,
            lid,
            ActionIn(
                type="curtail",
                parameters={"capabilities": ["messages"], "force_refer": True},
                case_id=case.id,
                actor=INVESTIGATOR,
                reason="pending investigation: messages only, every tasking reviewed by a person",
            ),
            signer=signer,
            now=now,
        )
        out = submit_tasking(store, _probe(lid, agency.country, now), config, now=now)
        yield (
            f"curtailed (action {curtail.id}, signed, log entry {curtail.log_index}): messages only, "
            f"every tasking to a reviewer; the next request is '{out.decision}' "
            f"({', '.join(out.clauses)}); {base}/licences/{lid}/actions"
        )
        later = now + timedelta(minutes=5)
        cut = enforcement.take_action(
            store,
            lid,
            ActionIn(
                type="disconnect",
                case_id=case.id,
                actor=INVESTIGATOR,
                reason="investigation confirmed targeting outside the licence: licence revoked",
            ),
            signer=signer,
            now=later,
        )
        out = submit_tasking(
            store, _probe(lid, agency.country, later), config, now=later
        )
        yield (
            f"disconnected (action {cut.id}, log entry {cut.log_index}): licence {lid} is "
            f"{store.get(Licence, lid, field='licence_id').state}; the next request is "
            f"'{out.decision}' ({', '.join(out.clauses)})"
        )
    yield from _sdk(db, settings, lid, agency.country, base)
    tlog_keys.create_log_key(settings.key_dir, exist_ok=True)
    with db.store() as store:
        checkpoint = tlog.publish_checkpoint(
            store,
            tlog_keys.load_log_signer(settings.key_dir, settings.regulator_name),
            now=later,
        )
        yield (
            f"log checkpoint signed over {checkpoint.tree_size} entries (every decision and "
            f"action above); {base}/log/checkpoint, `enduse log audit`"
        )


def _sdk(
    db: Database, settings: Settings, lid: int, country: str, base: str
) -> Iterator[str]:
    """The buyer's deployed system (``enduse.client.Gate``) asks the API: it refuses to operate."""
    from fastapi.testclient import TestClient

    from enduse.api import create_app
    from enduse.client import Gate

    key = load_private_key(settings.key_dir, REGULATOR).public_key()
    with db.store() as store:
        agency_id = store.get(Licence, lid, field="licence_id").end_user_id
        user = auth.create_user(
            store,
            UserCreate(username=f"system-{lid}", role=Role.BUYER, agency_id=agency_id),
            now=utcnow(),
        )
        token = auth.issue_token(
            store, user.username, name="deployed system", now=utcnow(), ttl=None
        ).token
    with (
        TestClient(create_app(settings, database=db)) as http,
        # TestClient is an httpx.Client at run time (whichever httpx starlette was built on)
        Gate("http://testserver", lid, key, http=cast(Any, http), token=token) as gate,
    ):
        status = gate.refresh()
        body = _probe(lid, country, utcnow()).model_dump(mode="json")
        del body["licence_id"]
        decision = gate.request(**body)
        yield (
            f"the buyer's SDK: signed status '{status.status.value}' (sequence {status.sequence}); "
            f"operational: {gate.operational()}; a request is refused locally "
            f"('{decision.outcome}', {', '.join(decision.clauses)}); "
            f"{base}/licences/{lid}/status-document"
        )


def _probe(licence_id: int, country: str, now: datetime) -> TaskingIn:
    """An ordinary, lawful-looking request from the buyer (what it would send next)."""
    import phonenumbers

    number = phonenumbers.example_number_for_type(
        country, phonenumbers.PhoneNumberType.MOBILE
    )
    if number is None:
        raise ValueError(f"no example phone number for {country}")
    phone = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return TaskingIn.model_validate(
        {
            "licence_id": licence_id,
            "operator": "officer on duty",
            "target": {
                "identifier": phone,
                "location_country": country,
                "nationality": country,
            },
            "offence": {
                "category": "serious_crime",
                "label": "kidnapping",
                "max_penalty_years": 30,
            },
            "legal_basis": {
                "type": "judicial_warrant",
                "reference": "JW-DEMO-0001",
                "valid_until": (now + timedelta(days=30)).isoformat(),
            },
            "capabilities": ["messages"],
            "justification": CLEAN,
        }
    )


def _licence_line(r: LiveLicence) -> str:
    truth = (
        f"abusive from {r.abuse_starts_at:%d %b} (request {r.first_abusive_ordinal})"
        if r.abusive and r.abuse_starts_at
        else "lawful"
    )
    if r.abusive and r.delay_requests is not None:
        seen = f"alerted {r.delay_requests} requests ({r.delay_days} days) later by {', '.join(r.sources)}"
    elif r.alerts:
        seen = f"alerted by {', '.join(r.sources)}"
    else:
        seen = "no alert"
    return f"licence {r.licence_id} ({r.role}, {r.taskings} taskings): {truth}; {seen}"
