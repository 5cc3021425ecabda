from pathlib import Path

from enduse.keys import REGULATOR, generate_keypair
from enduse.settings import Settings
from enduse.storage import Database
from enduse.storage.tables import GateTasking, Licence


def _run(settings: Settings, db: Database, seed: int):
    from enduse.simulation.live import simulate_live

    generate_keypair(settings.key_dir, REGULATOR, exist_ok=True)
    return simulate_live(db, settings, seed=seed, taskings=80, days=4, batch=30)


def test_live_run_logs_every_tasking_and_reports_ground_truth_per_licence(settings, db):
    seen = []
    from enduse.simulation.live import simulate_live

    generate_keypair(settings.key_dir, REGULATOR)
    report = simulate_live(
        db,
        settings,
        seed=3,
        taskings=150,
        days=6,
        progress=lambda d, _n: seen.append(d),
    )
    assert seen[-1] == 150
    assert sum(report.decisions.values()) == 150
    assert report.monitor_runs >= 6
    roles = sorted(r.role for r in report.licences)
    assert roles == sorted(["benign"] * 5 + ["drift", "quota", "launder", "outside"])
    with db.store() as store:
        assert store.count(GateTasking) == 150
        for r in report.licences:
            assert store.get(Licence, r.licence_id, field="id")
            truth = report.truth[r.sim_licence_id]
            assert (r.abusive, r.abuse_starts_at) == (
                truth.abusive,
                truth.abuse_starts_at,
            )
            assert r.first_abusive_ordinal == truth.first_abusive_ordinal
        outside = next(r for r in report.licences if r.role == "outside")
        assert store.get(Licence, outside.licence_id, field="id").state == "suspended"
    # the buyer tasking while suspended is caught at its first attempt
    assert outside.alerted
    assert outside.delay_requests == 0


def test_live_decisions_are_the_same_for_the_same_seed(settings, db, tmp_path: Path):
    from enduse.storage import upgrade_database

    first = _run(settings, db, seed=5)
    url = f"sqlite:///{tmp_path / 'second.db'}"
    upgrade_database(url)
    other = Database(url)
    try:
        second = _run(settings.model_copy(update={"database_url": url}), other, seed=5)
    finally:
        other.dispose()
    assert first.decisions_digest == second.decisions_digest
    assert first.decisions == second.decisions
    assert [r.as_dict()["alerts"] != [] for r in first.licences] == [
        r.as_dict()["alerts"] != [] for r in second.licences
    ]
