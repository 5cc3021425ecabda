"""Console pages with a TestClient: each renders, shows only what its principal may see, and
its forms drive the real services, answering with errors that name the field."""

from __future__ import annotations

import io
import re

import pypdf
import pytest

from enduse.storage.tables import GateReferral, Licence
from tests.web.principals import as_

REGULATOR_PAGES = [
    "/",
    "/licences",
    "/licences?state=approved",
    "/referrals",
    "/referrals?state=all",
    "/alerts",
    "/cases/1",
    "/enforcement",
    "/log",
    "/certificates",
    "/products",
    "/reports",
    "/login",
]


def reviewer() -> dict[str, str]:
    return as_("regulator_reviewer", "rev@regulator")


def buyer(world, which: str = "a") -> dict[str, str]:
    return as_("buyer", f"buyer-{which}", agency_id=getattr(world, f"agency_{which}"))


def exporter(world, which: str = "a") -> dict[str, str]:
    return as_(
        "exporter", f"exporter-{which}", exporter_id=getattr(world, f"exporter_{which}")
    )


def auditor() -> dict[str, str]:
    return as_("auditor", "ngo@audit")


class TestRendering:
    @pytest.mark.parametrize("path", REGULATOR_PAGES)
    def test_every_page_renders_for_the_regulator(self, site, path):
        web, _world = site
        r = web.get(path, headers=reviewer())
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith("text/html")
        assert "<main" in r.text
        assert "<h1>" in r.text

    def test_pages_of_one_record_render(self, site):
        web, world = site
        for path in (
            f"/licences/{world.licence_a}",
            f"/referrals/{world.referral_id}",
            f"/reports/licences/{world.licence_a}",
            "/certificates/1",
        ):
            r = web.get(path, headers=reviewer())
            assert r.status_code == 200, (path, r.text)

    def test_a_missing_page_is_an_html_404_and_the_api_keeps_json(self, site):
        web, _world = site
        page = web.get("/licences/999", headers=reviewer())
        assert page.status_code == 404
        assert "text/html" in page.headers["content-type"]
        assert "licence 999 does not exist" in page.text
        api = web.get("/v1/licences/999")
        assert api.status_code == 404
        assert api.json()["error"]["field"] == "licence_id"

    def test_console_routes_stay_out_of_the_api_schema(self, site):
        web, _ = site
        paths = web.get("/openapi.json").json()["paths"]
        assert all(p.startswith("/v1/") or p == "/healthz" for p in paths)

    def test_htmx_is_served_from_the_app_not_a_cdn(self, site):
        web, _world = site
        page = web.get("/", headers=reviewer()).text
        assert '<script src="/static/htmx.min.js"' in page
        assert "https://" not in page
        assert web.get("/static/htmx.min.js").status_code == 200

    def test_forms_carry_the_csrf_token_of_the_request(self, site):
        web, world = site
        page = web.get(
            f"/referrals/{world.referral_id}",
            headers={**reviewer(), "X-Test-Csrf": "tok-123"},
        ).text
        assert '<input type="hidden" name="csrf_token" value="tok-123">' in page


class TestReferrals:
    def test_the_reviewer_reads_the_request_and_the_highlighted_evidence(self, site):
        web, world = site
        page = web.get(f"/referrals/{world.referral_id}", headers=reviewer()).text
        assert "<mark>He is also a journalist at a local paper.</mark>" in page
        assert "protected person" in page
        assert "+525587654321" in page  # the reviewer sees the request record
        assert 'name="decision"' in page
        assert 'name="reason"' in page

    def test_resolving_records_the_decision_and_it_appears_in_the_log(
        self, web, db, world
    ):
        r = web.post(
            f"/referrals/{world.referral_id}/resolve",
            data={"decision": "deny", "reason": "the journalist is the real target"},
            headers=reviewer(),
            follow_redirects=False,
        )
        assert r.status_code == 303
        assert r.headers["location"] == f"/referrals/{world.referral_id}?resolved=1"
        with db.store() as s:
            referral = s.get(GateReferral, world.referral_id, field="referral_id")
            assert (referral.decision, referral.reviewer) == ("deny", "rev@regulator")
            index = referral.log_index
        page = web.get(r.headers["location"], headers=reviewer()).text
        assert "recorded in the log at index" in page
        log = web.get("/log", headers=reviewer()).text
        row = re.search(rf'<tr id="entry-{index}">.*?</tr>', log, flags=re.S)
        assert row is not None
        assert "referral resolution" in row.group(0)
        assert "deny" in row.group(0)

    def test_a_decision_without_a_choice_names_the_field(self, web, world):
        r = web.post(
            f"/referrals/{world.referral_id}/resolve",
            data={"reason": "looked at it"},
            headers=reviewer(),
        )
        assert r.status_code == 422
        assert 'id="e-decision"' in r.text
        assert "decision: Field required" in r.text

    def test_resolving_twice_says_who_resolved_it(self, web, world):
        for expected in (303, 409):
            r = web.post(
                f"/referrals/{world.referral_id}/resolve",
                data={"decision": "deny", "reason": "no"},
                headers=reviewer(),
                follow_redirects=False,
            )
            assert r.status_code == expected
        assert "already resolved (deny) by rev@regulator" in r.text

    def test_an_auditor_may_not_resolve(self, site):
        web, world = site
        r = web.post(
            f"/referrals/{world.referral_id}/resolve",
            data={"decision": "permit", "reason": "fine"},
            headers=auditor(),
        )
        assert r.status_code == 403


class TestLicenceForms:
    def test_a_reviewer_suspends_a_licence_with_a_reason(self, web, db, world):
        page = web.get(f"/licences/{world.licence_a}", headers=reviewer()).text
        assert f'action="/licences/{world.licence_a}/actions/suspend"' in page
        r = web.post(
            f"/licences/{world.licence_a}/actions/suspend",
            data={"reason": "pending investigation"},
            headers=reviewer(),
            follow_redirects=False,
        )
        assert r.status_code == 303
        with db.store() as s:
            assert (
                s.get(Licence, world.licence_a, field="licence_id").state == "suspended"
            )

    def test_a_short_reason_is_refused_naming_the_field(self, site, module_world):
        web, world = site
        db = module_world[0]
        r = web.post(
            f"/licences/{world.licence_a}/actions/suspend",
            data={"reason": "x"},
            headers=reviewer(),
        )
        assert r.status_code == 422
        assert "reason: String should have at least 3 characters" in r.text
        with db.store() as s:
            assert (
                s.get(Licence, world.licence_a, field="licence_id").state == "approved"
            )

    def test_an_illegal_transition_is_a_conflict_on_the_page(self, site):
        web, world = site
        r = web.post(
            f"/licences/{world.licence_a}/actions/reinstate",
            data={"reason": "nothing to reinstate"},
            headers=reviewer(),
        )
        assert r.status_code == 409
        assert "cannot reinstate a licence that is approved" in r.text

    def test_a_buyer_sees_no_review_forms_and_may_not_post_them(self, site):
        web, world = site
        page = web.get(f"/licences/{world.licence_a}", headers=buyer(world)).text
        assert "/actions/suspend" not in page
        r = web.post(
            f"/licences/{world.licence_a}/actions/suspend",
            data={"reason": "I would like to"},
            headers=buyer(world),
        )
        assert r.status_code == 403


class TestScoping:
    def test_a_buyer_lists_only_its_own_licences(self, site):
        web, world = site
        page = web.get("/licences", headers=buyer(world)).text
        assert f'href="/licences/{world.licence_a}"' in page
        assert f'href="/licences/{world.licence_b}"' not in page

    def test_a_buyer_cannot_open_another_buyers_licence(self, site):
        web, world = site
        own = web.get(f"/licences/{world.licence_a}", headers=buyer(world))
        other = web.get(f"/licences/{world.licence_b}", headers=buyer(world))
        assert own.status_code == 200
        assert other.status_code == 404
        assert f"licence {world.licence_b} does not exist" in other.text
        assert (
            web.get(
                f"/reports/licences/{world.licence_b}", headers=buyer(world)
            ).status_code
            == 404
        )

    def test_a_buyer_sees_its_decisions_but_not_the_referral_queue(self, site):
        web, world = site
        page = web.get(f"/licences/{world.licence_a}", headers=buyer(world)).text
        assert "Latest decisions" in page
        for path in ("/referrals", f"/referrals/{world.referral_id}", "/alerts"):
            assert web.get(path, headers=buyer(world)).status_code == 403, path

    def test_an_exporter_sees_its_licences_and_products_not_certificates(self, site):
        web, world = site
        assert (
            web.get(f"/licences/{world.licence_a}", headers=exporter(world)).status_code
            == 200
        )
        assert (
            web.get(f"/licences/{world.licence_b}", headers=exporter(world)).status_code
            == 404
        )
        products = web.get("/products", headers=exporter(world)).text
        assert products.count('<th scope="row">') == 1
        assert web.get("/certificates", headers=exporter(world)).status_code == 403
        page = web.get(f"/licences/{world.licence_a}", headers=exporter(world)).text
        assert (
            "Latest decisions" not in page
        )  # taskings are the buyer's and regulator's

    def test_an_auditor_sees_checkpoints_and_statistics_but_no_entries_or_text(
        self, site
    ):
        web, world = site
        log = web.get("/log", headers=auditor()).text
        assert "Latest checkpoint" in log
        assert "verified" in log
        assert "Recent entries" not in log
        assert (
            web.get(f"/licences/{world.licence_a}", headers=auditor()).status_code
            == 403
        )
        report = web.get(f"/reports/licences/{world.licence_a}", headers=auditor())
        assert report.status_code == 200
        assert "journalist" not in report.text
        assert "+5255" not in report.text
        dashboard = web.get("/", headers=auditor()).text
        assert "Decisions by clause" in dashboard

    def test_the_navigation_offers_only_what_the_role_may_see(self, site):
        web, world = site
        nav = web.get("/", headers=buyer(world)).text.split("</nav>")[0]
        assert 'href="/certificates"' in nav
        assert 'href="/referrals"' not in nav

    def test_a_tenant_role_without_a_tenant_sees_nothing(self, site):
        web, _world = site
        page = web.get("/licences", headers=as_("buyer", "orphan")).text
        assert "No licences." in page


class TestReports:
    def test_the_html_report_has_the_figures_and_the_checkpoint(self, site):
        web, world = site
        page = web.get(f"/reports/licences/{world.licence_a}", headers=reviewer()).text
        assert re.search(r"Taskings decided</th><td>2<", page)
        assert re.search(r"Gate decided refer</th><td>1<", page)
        assert "protected_person" in page
        assert 'id="checkpoint"' in page
        assert page.count("<svg") == 4
        assert page.count("<details>") == 4

    def test_the_pdf_report_is_a_pdf_with_the_licence_figures(self, site):
        web, world = site
        r = web.get(f"/reports/licences/{world.licence_a}.pdf", headers=reviewer())
        assert r.status_code == 200
        assert r.headers["content-type"] == "application/pdf"
        assert r.content.startswith(b"%PDF-")
        text = "\n".join(
            p.extract_text() for p in pypdf.PdfReader(io.BytesIO(r.content)).pages
        )
        assert f"Compliance report: licence {world.licence_a}" in text
        assert "Taskings decided 2" in text
        assert "protected_person 1" in text
        assert "first warning" in text
        assert "Tree size" in text
