"""The console's access rules, evidence highlighting, and SVG charts (no server needed)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from enduse.auth import LOCAL_ADMIN, Principal, Role
from enduse.errors import ForbiddenError, NotFoundError
from enduse.reports import DayCount, Rate
from enduse.web import charts
from enduse.web.highlight import highlight
from enduse.web.scope import (
    Act,
    Area,
    licence_filter,
    may_act,
    may_view,
    require_licence,
    require_view,
)

BUYER = Principal("liaison", Role.BUYER, agency_id=3)
EXPORTER = Principal("officer", Role.EXPORTER, exporter_id=5)
AUDITOR = Principal("ngo", Role.AUDITOR)


class TestScope:
    @pytest.mark.parametrize(
        ("principal", "area", "allowed"),
        [
            (LOCAL_ADMIN, Area.REFERRALS, True),
            (BUYER, Area.REFERRALS, False),
            (BUYER, Area.TASKINGS, True),
            (BUYER, Area.CERTIFICATES, True),
            (BUYER, Area.PRODUCTS, False),
            (EXPORTER, Area.PRODUCTS, True),
            (EXPORTER, Area.TASKINGS, False),
            (AUDITOR, Area.CHECKPOINTS, True),
            (AUDITOR, Area.LOG_ENTRIES, False),
            (AUDITOR, Area.LICENCES, False),
            (AUDITOR, Area.REPORTS, True),
        ],
    )
    def test_who_may_see_what(self, principal, area, allowed):
        assert may_view(principal, area) is allowed

    def test_only_the_regulator_resolves_and_only_the_buyer_signs(self):
        reviewer = Principal("rev", Role.REGULATOR_REVIEWER)
        assert may_act(reviewer, Act.RESOLVE_REFERRAL)
        assert not may_act(reviewer, Act.SIGN_CERTIFICATE)
        assert may_act(BUYER, Act.SIGN_CERTIFICATE)
        assert not any(may_act(AUDITOR, act) for act in Act)

    def test_a_refusal_names_the_role(self):
        with pytest.raises(ForbiddenError, match="a auditor may not see log entries"):
            require_view(AUDITOR, Area.LOG_ENTRIES)

    def test_another_tenants_licence_is_not_found(self):
        require_licence(BUYER, licence_id=1, exporter_id=9, agency_id=3)
        with pytest.raises(NotFoundError, match="licence 2 does not exist"):
            require_licence(BUYER, licence_id=2, exporter_id=9, agency_id=4)
        with pytest.raises(NotFoundError):
            require_licence(EXPORTER, licence_id=2, exporter_id=6, agency_id=3)

    def test_the_regulator_and_auditor_are_not_narrowed(self):
        assert licence_filter(LOCAL_ADMIN).everything
        assert licence_filter(AUDITOR).everything
        assert licence_filter(Principal("x", Role.BUYER)).nothing


class TestHighlight:
    def test_evidence_sentences_are_marked_and_text_is_escaped(self):
        text = "Seized <40 kg>. He is a journalist. Messages requested."
        out = str(highlight(text, ["He is a journalist.", "   "]))
        assert out == (
            "Seized &lt;40 kg&gt;. <mark>He is a journalist.</mark> Messages requested."
        )

    def test_overlapping_and_repeated_evidence_is_marked_once(self):
        out = str(highlight("A b. A b.", ["A b.", "a B."]))
        assert out == "<mark>A b.</mark> <mark>A b.</mark>"

    def test_evidence_not_in_the_text_marks_nothing(self):
        assert str(highlight("plain", ["absent"])) == "plain"


class TestCharts:
    def test_a_chart_has_a_title_a_description_and_a_table(self):
        chart = charts.taskings_over_time(
            [DayCount(date(2026, 3, 1), 3, 1, 2), DayCount(date(2026, 3, 2), 1, 0, 0)],
            title="Taskings per day",
        )
        assert 'role="img"' in chart.svg
        assert "<title" in chart.svg
        assert "<desc" in chart.svg
        assert chart.rows[0] == ["2026-03-01", "3", "1", "2", "6"]

    def test_labels_are_escaped(self):
        chart = charts.bars(
            [("<script>", 2)], title="T", label="Clause", unit="taskings"
        )
        assert "<script>" not in chart.svg
        assert "&lt;script&gt;" in chart.svg

    def test_rates_and_timeline_render_their_figures(self):
        rates = charts.rates([("Protected persons", Rate(1, 4))], title="Rates")
        assert "25.0%" in rates.svg
        assert rates.rows == [["Protected persons", "25.0%", "1", "4"]]
        when = datetime(2026, 3, 2, 10, tzinfo=UTC)
        line = charts.timeline([(when, "warn", "first")], title="Enforcement")
        assert line.rows == [["2026-03-02 10:00", "warn", "first"]]

    def test_no_data_says_so(self):
        assert "No data yet." in charts.bars([], title="T", label="L", unit="u").svg
