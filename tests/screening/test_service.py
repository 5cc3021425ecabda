import io
from datetime import timedelta

import pytest
from sqlalchemy import delete, func, select

from enduse.errors import ConflictError, InvalidInputError
from enduse.screening import HitResolve, HitStatus, Outcome, service
from enduse.screening.index import FEATURE_SCHEME, index_cache
from enduse.screening.models import Party
from enduse.storage.tables.screening import ScreeningName
from tests.screening.conftest import ASSETS, NOW


class TestLoad:
    def test_reload_keeps_the_old_version_and_checks_use_the_new(self, store):
        old = service.load_list(
            store, ASSETS / "sdn_alt_2022-01-31", "ofac-sdn", now=NOW
        )
        service.load_list(
            store,
            ASSETS / "sdn_2024",
            "ofac-sdn",
            now=NOW + timedelta(days=1),
            version="2024-05-03",
        )
        assert old.version == "2022-01-31"
        listed = service.list_lists(store)
        assert [(r.version, current) for r, current in listed] == [
            ("2022-01-31", False),
            ("2024-05-03", True),
        ]
        hit = service.check_name(store, "Intellexa Limited")[0]
        assert hit.list_version == "2024-05-03"
        assert old.counts["duplicate_ids"] == 1
        assert old.record_count == 122

    def test_loading_identical_content_twice_is_a_conflict(self, store):
        service.load_list(store, ASSETS / "csl_spyware_2026-09-24.json", "csl", now=NOW)
        with pytest.raises(ConflictError, match="already loaded"):
            service.load_list(
                store, ASSETS / "csl_spyware_2026-09-24.json", "csl", now=NOW
            )

    def test_unknown_format_names_the_field(self, store):
        with pytest.raises(InvalidInputError) as err:
            service.load_list(store, ASSETS / "ftm_sample.jsonl", "xml", now=NOW)
        assert err.value.field == "format"
        assert "ofac-sdn, csl, ftm" in err.value.message

    def test_check_without_lists_says_what_to_do(self, store):
        with pytest.raises(ConflictError, match="screening load"):
            service.check_name(store, "NSO Group")


class TestCheckFile:
    def test_one_output_row_per_input_row_in_order(self, loaded):
        source = io.StringIO(
            "name,country,type\nAcme Widgets,DE,organization\nNSO Group Technologies Ltd,IL,organization\n,,\nIntelexa Limited,IE,\n"
        )
        out = io.StringIO()
        counts = service.check_file(
            loaded, source, out, thresholds=service.Thresholds()
        )
        lines = out.getvalue().splitlines()
        assert (
            lines[0]
            == "name,country,type,entity_id,matched_name,score,outcome,list,list_version"
        )
        rows = [line.split(",") for line in lines[1:]]
        assert [r[0] for r in rows] == [
            "Acme Widgets",
            "NSO Group Technologies Ltd",
            "",
            "Intelexa Limited",
        ]
        assert [r[6] for r in rows] == ["clear", "alert", "clear", "alert"]
        assert counts == {"alert": 2, "review": 0, "clear": 2}

    def test_missing_name_column_is_named(self, loaded):
        with pytest.raises(InvalidInputError) as err:
            service.check_file(
                loaded,
                io.StringIO("company,country\nNSO,IL\n"),
                io.StringIO(),
                thresholds=service.Thresholds(),
            )
        assert err.value.field == "name"

    def test_bad_country_names_the_line(self, loaded):
        with pytest.raises(InvalidInputError) as err:
            service.check_file(
                loaded,
                io.StringIO("name,country\nNSO,Israel\n"),
                io.StringIO(),
                thresholds=service.Thresholds(),
            )
        assert err.value.field == "country (line 2)"


class TestLicenceHits:
    def test_alerts_block_until_a_reviewer_decides(self, loaded):
        parties = [
            ("exporter", "Acme Intercept Ltd", "DE", "organization"),
            ("broker", "Saito Tech Ltd", "IL", "organization"),
        ]
        done = service.screen_parties(loaded, parties, now=NOW, licence_id=7)
        assert [d.outcome for d in done] == [Outcome.CLEAR, Outcome.ALERT]
        assert done[1].best is not None
        assert done[1].best.name == "Candiru"
        alerts = service.open_alerts(loaded, 7)
        assert [a.role for a in alerts] == ["broker"]
        assert alerts[0].list_version == "2026-09-24"
        for hit in alerts:
            service.resolve_hit(
                loaded,
                hit.id,
                HitResolve(
                    status=HitStatus.CONFIRMED,
                    reviewer="r.officer",
                    reason="same company (Candiru alias)",
                ),
                now=NOW,
            )
        assert service.open_alerts(loaded, 7) == []
        decided = service.list_hits(loaded, licence_id=7, status="confirmed")
        assert decided[0].resolution_reason == "same company (Candiru alias)"
        assert decided[0].resolved_at == NOW

    def test_a_decided_hit_cannot_be_decided_again(self, loaded):
        done = service.screen_parties(
            loaded, [Party(role="buyer", name="NSO Group", country="IL")], now=NOW
        )
        hit_id = done[0].hit_ids[0]
        decision = HitResolve(
            status=HitStatus.CLEARED, reviewer="a", reason="different company"
        )
        service.resolve_hit(loaded, hit_id, decision, now=NOW)
        with pytest.raises(ConflictError):
            service.resolve_hit(loaded, hit_id, decision, now=NOW)

    def test_thresholds_must_be_ordered(self):
        with pytest.raises(InvalidInputError):
            service.Thresholds(alert=0.5, review=0.9)


def test_a_loaded_list_stores_each_name_with_its_blocking_features(loaded):
    rows = loaded.session.execute(
        select(ScreeningName.scheme, func.count()).group_by(ScreeningName.scheme)
    ).all()
    assert [r[0] for r in rows] == [FEATURE_SCHEME]
    assert rows[0][1] > 0


def test_names_missing_from_an_older_load_are_computed_on_first_check(loaded):
    loaded.session.execute(delete(ScreeningName))
    index_cache.clear()
    results = service.check_name(loaded, "Candiru Ltd")
    assert results
    assert results[0].name == "Candiru"
    assert loaded.session.query(ScreeningName).count() > 0
