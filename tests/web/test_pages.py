"""Console pages with a TestClient, each request from a user logged in through ``/login``: each
page renders, shows only what the policy lets its user see, and its forms (with the session's
CSRF token) drive the real services, answering with errors that name the field."""

from __future__ import annotations

import io
import re

import pypdf
import pytest

from enduse.storage.tables import GateReferral, Licence
from tests.auth_helpers import PASSWORD, make_user
from tests.web.conftest import login_token

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


def form(client, **data: str) -> dict[str, str]:
    """A form's fields with the session's CSRF token, as the page renders it."""
    return {**data, "csrf_token": client.csrf_token}


class TestRendering:
    @pytest.mark.parametrize("path", REGULATOR_PAGES)
    def test_every_page_renders_for_the_regulator(self, site, path):
        r = site.reviewer.get(path)
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith("text/html")
        assert "<main" in r.text
        assert "<h1>" in r.text

    def test_pages_of_one_record_render(self, site):
        world = site.world
        for path in (
            f"/licences/{world.licence_a}",
            f"/referrals/{world.referral_id}",
            f"/reports/licences/{world.licence_a}",
            "/certificates/1",
        ):
            r = site.reviewer.get(path)
            assert r.status_code == 200, (path, r.text)

    def test_a_missing_page_is_an_html_404_and_the_api_keeps_json(self, site):
        page = site.reviewer.get("/licences/999")
        assert page.status_code == 404
        assert "text/html" in page.headers["content-type"]
        assert "licence 999 does not exist" in page.text
        api = site.reviewer.get("/v1/licences/999")
        assert api.status_code == 404
        assert api.json()["error"]["field"] == "licence_id"

    def test_console_routes_stay_out_of_the_api_schema(self, site):
        paths = site.anonymous.get("/openapi.json").json()["paths"]
        assert all(p.startswith("/v1/") or p == "/healthz" for p in paths)

    def test_htmx_is_served_from_the_app_not_a_cdn(self, site):
        page = site.reviewer.get("/").text
        assert '<script src="/static/htmx.min.js"' in page
        assert "https://" not in page
        assert site.anonymous.get("/static/htmx.min.js").status_code == 200

    def test_forms_carry_the_csrf_token_of_the_session(self, site):
        page = site.reviewer.get(f"/referrals/{site.world.referral_id}").text
        field = f'<input type="hidden" name="csrf_token" value="{site.reviewer.csrf_token}">'
        assert page.count(field) == 2  # the decision and signing out


class TestLogin:
    def test_a_page_without_a_session_redirects_to_the_login_and_back(self, site):
        r = site.anonymous.get("/licences?state=approved", follow_redirects=False)
        assert r.status_code == 303
        assert r.headers["location"] == "/login?next=/licences%3Fstate%3Dapproved"
        login = site.anonymous.get(r.headers["location"])
        assert login.status_code == 200
        assert 'name="next" value="/licences?state=approved"' in login.text

    def test_the_api_still_answers_json_401_without_credentials(self, site):
        r = site.anonymous.get("/v1/licences", follow_redirects=False)
        assert r.status_code == 401
        assert r.json()["error"]["code"] == "unauthenticated"

    def test_logging_in_goes_to_the_page_asked_for_with_a_session_cookie(self, console):

        user = make_user(console.db, "regulator_reviewer")
        c = console.client()
        r = c.post(
            "/login",
            data={
                "username": user.username,
                "password": PASSWORD,
                "next": "/alerts",
                "csrf_token": login_token(c),
            },
            follow_redirects=False,
        )
        assert r.status_code == 303
        assert r.headers["location"] == "/alerts"
        cookie = r.headers["set-cookie"]
        assert "enduse_session=" in cookie
        assert "HttpOnly" in cookie
        assert "Secure" in cookie
        assert "samesite=lax" in cookie.lower()
        assert c.get("/alerts").status_code == 200

    @pytest.mark.parametrize(
        "target",
        [
            "https://evil.example/",
            "//evil.example/x",
            "/\\evil.example",
            "javascript:alert(1)",
            "/ok\r\nLocation: https://evil.example",
            "/login",
        ],
    )
    def test_next_is_only_ever_a_local_page(self, console, target):

        user = make_user(console.db, "auditor")
        c = console.client()
        r = c.post(
            "/login",
            data={
                "username": user.username,
                "password": PASSWORD,
                "next": target,
                "csrf_token": login_token(c),
            },
            follow_redirects=False,
        )
        assert r.status_code == 303
        assert r.headers["location"] == "/"

    def test_a_wrong_password_shows_the_form_again_naming_the_field(self, console):

        user = make_user(console.db, "auditor")
        c = console.client()
        r = c.post(
            "/login",
            data={
                "username": user.username,
                "password": "not the password",
                "csrf_token": login_token(c),
            },
            follow_redirects=False,
        )
        assert r.status_code == 401
        assert "enduse_session=" not in r.headers.get("set-cookie", "")
        assert 'id="e-password"' in r.text
        assert "the username or the password is wrong" in r.text
        empty = c.post("/login", data={"username": "", "csrf_token": login_token(c)})
        assert empty.status_code == 422
        assert "username: enter your username" in empty.text

    def test_signing_in_needs_the_forms_own_token(self, console):
        """Login CSRF: a form posted from another site (no token, or a token without the
        matching cookie) opens no session."""
        user = make_user(console.db, "regulator_admin")
        body = {"username": user.username, "password": PASSWORD}
        forged = console.client().post("/login", data=body, follow_redirects=False)
        assert forged.status_code == 403
        assert "enduse_session=" not in forged.headers.get("set-cookie", "")
        assert "csrf_token: the sign-in form expired" in forged.text
        c = console.client()
        token = login_token(c)
        other = console.client()  # has no form cookie of its own
        stolen = other.post(
            "/login", data={**body, "csrf_token": token}, follow_redirects=False
        )
        assert stolen.status_code == 403
        ok = c.post(
            "/login", data={**body, "csrf_token": token}, follow_redirects=False
        )
        assert ok.status_code == 303
        assert "enduse_session=" in ok.headers["set-cookie"]

    def test_logging_out_needs_the_csrf_token_and_ends_the_session(self, console):
        c = console.as_("auditor")
        refused = c.post("/logout", data={"csrf_token": "wrong"})
        assert refused.status_code == 403
        assert "needs its CSRF token" in refused.text
        r = c.post("/logout", data=form(c), follow_redirects=False)
        assert r.status_code == 303
        assert r.headers["location"] == "/login"
        assert c.get("/", follow_redirects=False).status_code == 303

    def test_a_form_without_the_csrf_token_is_refused_with_the_reason(
        self, console, world
    ):
        c = console.reviewer
        for data in (
            {"decision": "deny", "reason": "no"},
            {"decision": "deny", "reason": "no", "csrf_token": "forged"},
        ):
            r = c.post(f"/referrals/{world.referral_id}/resolve", data=data)
            assert r.status_code == 403
            assert "text/html" in r.headers["content-type"]
            assert "CSRF token" in r.text
        with console.db.store() as s:
            assert (
                s.get(GateReferral, world.referral_id, field="referral_id").state
                == "open"
            )


class TestReferrals:
    def test_the_reviewer_reads_the_request_and_the_highlighted_evidence(self, site):
        page = site.reviewer.get(f"/referrals/{site.world.referral_id}").text
        assert "<mark>He is also a journalist at a local paper.</mark>" in page
        assert "protected person" in page
        assert "+525587654321" in page  # the reviewer sees the request record
        assert 'name="decision"' in page
        assert 'name="reason"' in page

    def test_resolving_records_the_decision_and_it_appears_in_the_log(
        self, console, db, world
    ):
        rev = console.reviewer
        r = rev.post(
            f"/referrals/{world.referral_id}/resolve",
            data=form(rev, decision="deny", reason="the journalist is the real target"),
            follow_redirects=False,
        )
        assert r.status_code == 303
        assert r.headers["location"] == f"/referrals/{world.referral_id}?resolved=1"
        with db.store() as s:
            referral = s.get(GateReferral, world.referral_id, field="referral_id")
            assert (referral.decision, referral.reviewer) == ("deny", "rev@regulator")
            index = referral.log_index
        page = rev.get(r.headers["location"]).text
        assert "recorded in the log at index" in page
        log = rev.get("/log").text
        row = re.search(rf'<tr id="entry-{index}">.*?</tr>', log, flags=re.S)
        assert row is not None
        assert "referral resolution" in row.group(0)
        assert "deny" in row.group(0)

    def test_a_decision_without_a_choice_names_the_field(self, console, world):
        rev = console.reviewer
        r = rev.post(
            f"/referrals/{world.referral_id}/resolve",
            data=form(rev, reason="looked at it"),
        )
        assert r.status_code == 422
        assert 'id="e-decision"' in r.text
        assert "decision: Field required" in r.text

    def test_resolving_twice_says_who_resolved_it(self, console, world):
        rev = console.reviewer
        for expected in (303, 409):
            r = rev.post(
                f"/referrals/{world.referral_id}/resolve",
                data=form(rev, decision="deny", reason="no"),
                follow_redirects=False,
            )
            assert r.status_code == expected
        assert "already resolved (deny) by rev@regulator" in r.text

    def test_an_auditor_may_not_resolve(self, site):
        r = site.auditor.post(
            f"/referrals/{site.world.referral_id}/resolve",
            data=form(site.auditor, decision="permit", reason="fine"),
        )
        assert r.status_code == 403
        assert "referral.resolve" in r.text


class TestLicenceForms:
    def test_an_admin_suspends_a_licence_with_a_reason(self, console, db, world):
        admin = console.admin
        page = admin.get(f"/licences/{world.licence_a}").text
        assert f'action="/licences/{world.licence_a}/actions/suspend"' in page
        r = admin.post(
            f"/licences/{world.licence_a}/actions/suspend",
            data=form(admin, reason="pending investigation"),
            follow_redirects=False,
        )
        assert r.status_code == 303
        with db.store() as s:
            assert (
                s.get(Licence, world.licence_a, field="licence_id").state == "suspended"
            )

    def test_a_reviewer_is_offered_and_allowed_what_the_policy_grants(self, site):
        """Suspending is the admin's (licence.suspend), as it is in the API."""
        rev, world = site.reviewer, site.world
        page = rev.get(f"/licences/{world.licence_a}").text
        assert "/actions/suspend" not in page
        r = rev.post(
            f"/licences/{world.licence_a}/actions/suspend",
            data=form(rev, reason="pending investigation"),
        )
        assert r.status_code == 403
        assert "licence.suspend" in r.text

    def test_a_short_reason_is_refused_naming_the_field(self, site, module_world):
        admin, world = site.admin, site.world
        db = module_world[0]
        r = admin.post(
            f"/licences/{world.licence_a}/actions/suspend",
            data=form(admin, reason="x"),
        )
        assert r.status_code == 422
        assert "reason: String should have at least 3 characters" in r.text
        with db.store() as s:
            assert (
                s.get(Licence, world.licence_a, field="licence_id").state == "approved"
            )

    def test_an_illegal_transition_is_a_conflict_on_the_page(self, site):
        admin = site.admin
        r = admin.post(
            f"/licences/{site.world.licence_a}/actions/reinstate",
            data=form(admin, reason="nothing to reinstate"),
        )
        assert r.status_code == 409
        assert "cannot reinstate a licence that is approved" in r.text

    def test_a_buyer_sees_no_review_forms_and_may_not_post_them(self, site):
        buyer, world = site.buyer(), site.world
        page = buyer.get(f"/licences/{world.licence_a}").text
        assert "/actions/suspend" not in page
        r = buyer.post(
            f"/licences/{world.licence_a}/actions/suspend",
            data=form(buyer, reason="I would like to"),
        )
        assert r.status_code == 403


class TestScoping:
    def test_a_buyer_lists_only_its_own_licences(self, site):
        page = site.buyer().get("/licences").text
        assert f'href="/licences/{site.world.licence_a}"' in page
        assert f'href="/licences/{site.world.licence_b}"' not in page

    def test_a_buyer_cannot_open_another_buyers_licence(self, site):
        buyer, world = site.buyer(), site.world
        own = buyer.get(f"/licences/{world.licence_a}")
        other = buyer.get(f"/licences/{world.licence_b}")
        assert own.status_code == 200
        assert other.status_code == 404
        assert f"licence {world.licence_b} does not exist" in other.text
        assert buyer.get(f"/reports/licences/{world.licence_b}").status_code == 404
        assert buyer.get(f"/reports/licences/{world.licence_b}.pdf").status_code == 404

    def test_a_buyer_sees_its_own_referrals_only_and_cannot_resolve(self, site):
        world = site.world
        a, b = site.buyer("a"), site.buyer("b")
        page = a.get(f"/licences/{world.licence_a}").text
        assert "Latest decisions" in page
        assert f'href="/referrals/{world.referral_id}"' in a.get("/referrals").text
        assert f'href="/referrals/{world.referral_id}"' not in b.get("/referrals").text
        own = a.get(f"/referrals/{world.referral_id}")
        assert own.status_code == 200
        assert 'name="decision"' not in own.text
        assert b.get(f"/referrals/{world.referral_id}").status_code == 404
        assert a.get("/alerts").status_code == 403

    def test_an_exporter_sees_its_licences_products_and_certificates(self, site):
        ex, world = site.exporter(), site.world
        assert ex.get(f"/licences/{world.licence_a}").status_code == 200
        assert ex.get(f"/licences/{world.licence_b}").status_code == 404
        products = ex.get("/products").text
        assert products.count('<th scope="row">') == 1
        certs = ex.get("/certificates")
        assert certs.status_code == 200
        other = site.exporter("b").get("/certificates").text
        own_links = set(re.findall(r'href="/certificates/(\d+)"', certs.text))
        other_links = set(re.findall(r'href="/certificates/(\d+)"', other))
        assert own_links
        assert not own_links & other_links
        page = ex.get(f"/licences/{world.licence_a}").text
        assert (
            "Latest decisions" not in page
        )  # taskings are the buyer's and regulator's

    def test_an_auditor_sees_checkpoints_and_statistics_but_no_entries_or_text(
        self, site
    ):
        aud, world = site.auditor, site.world
        log = aud.get("/log").text
        assert "Latest checkpoint" in log
        assert "verified" in log
        assert "Recent entries" not in log
        assert aud.get(f"/licences/{world.licence_a}").status_code == 403
        report = aud.get(f"/reports/licences/{world.licence_a}")
        assert report.status_code == 200
        assert "journalist" not in report.text
        assert "+5255" not in report.text
        dashboard = aud.get("/").text
        assert "Decisions by clause" in dashboard

    def test_the_navigation_offers_only_what_the_policy_grants(self, site):
        nav = site.buyer().get("/").text.split("</nav>")[0]
        assert 'href="/certificates"' in nav
        assert 'href="/referrals"' in nav
        assert 'href="/alerts"' not in nav
        assert 'href="/products"' not in nav
        auditor_nav = site.auditor.get("/").text.split("</nav>")[0]
        assert 'href="/licences"' not in auditor_nav
        assert 'href="/reports"' in auditor_nav


class TestReports:
    def test_the_html_report_has_the_figures_and_the_checkpoint(self, site):
        page = site.reviewer.get(f"/reports/licences/{site.world.licence_a}").text
        assert re.search(r"Taskings decided</th><td>2<", page)
        assert re.search(r"Gate decided refer</th><td>1<", page)
        assert "protected_person" in page
        assert 'id="checkpoint"' in page
        assert page.count("<svg") == 4
        assert page.count("<details>") == 4

    def test_the_pdf_report_is_a_pdf_with_the_licence_figures(self, site):
        world = site.world
        r = site.reviewer.get(f"/reports/licences/{world.licence_a}.pdf")
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
