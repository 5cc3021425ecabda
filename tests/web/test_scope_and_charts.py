"""The console's access rules, evidence highlighting, and SVG charts (no server needed)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from enduse.auth import LOCAL_ADMIN, Principal, Role, policy
from enduse.reports import DayCount, Rate
from enduse.web import charts
from enduse.web.highlight import highlight
from enduse.web.pages import NAV
from enduse.web.scope import may, may_call

BUYER = Principal("liaison", Role.BUYER, agency_id=3)
EXPORTER = Principal("officer", Role.EXPORTER, exporter_id=5)
AUDITOR = Principal("ngo", Role.AUDITOR)
REVIEWER = Principal("rev", Role.REGULATOR_REVIEWER)


class TestScope:
    """The console asks the one policy; it has no table of roles of its own."""

    @pytest.mark.parametrize(
        ("principal", "route", "allowed"),
        [
            (LOCAL_ADMIN, "GET /referrals", True),
            (BUYER, "GET /referrals", True),  # its own, narrowed by Scope
            (BUYER, "POST /referrals/{referral_id}/resolve", False),
            (REVIEWER, "POST /referrals/{referral_id}/resolve", True),
            (BUYER, "POST /certificates/{certificate_id}/signature", True),
            (REVIEWER, "POST /certificates/{certificate_id}/signature", False),
            (BUYER, "GET /products", False),
            (EXPORTER, "GET /products", True),
            (AUDITOR, "GET /log", True),
            (AUDITOR, "GET /licences", False),
            (AUDITOR, "GET /reports/licences/{licence_id}", True),
            (REVIEWER, "POST /log/checkpoint", False),
            (None, "GET /", False),
            (None, "GET /login", True),
            (LOCAL_ADMIN, "GET /not-declared", False),
        ],
    )
    def test_who_may_call_what(self, principal, route, allowed):
        assert may_call(principal, route) is allowed

    def test_an_action_route_asks_for_the_actions_permission(self):
        route = "POST /licences/{licence_id}/actions/{action}"
        assert may_call(REVIEWER, route, action="deny")
        assert not may_call(REVIEWER, route, action="suspend")
        assert may_call(EXPORTER, route, action="submit")

    def test_panels_ask_for_permissions(self):
        assert not may(AUDITOR, "log.entry")  # entries carry target pseudonyms
        assert may(AUDITOR, "stats.read")
        assert not may(None, "stats.read")
        assert not may(BUYER, "no.such.permission")

    def test_every_console_page_and_link_is_declared_in_the_policy(self):
        for href, _label in NAV:
            assert policy.route_key("GET", href) in policy.ROUTES, href


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
