"""The console in a real browser: Playwright driving Debian's chromium (never a downloaded
build), against uvicorn on a loopback port. Screenshots of the main pages are kept in
``var/screenshots/`` (git-ignored) as artifacts.

Every test logs in through the real ``/login`` page with a real user (``make_user``): the server
runs the production app with ``ENDUSE_SESSION_COOKIE_SECURE=false`` (plain http on loopback).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from enduse.auth import Role
from tests.auth_helpers import PASSWORD, make_user
from tests.servers import Server
from tests.web.world import EVIDENCE, WebWorld

playwright = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "var" / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian chromium (apt-get install chromium)"
)


@pytest.fixture(scope="module")
def server(module_settings, module_world) -> Iterator[tuple[Server, WebWorld]]:
    db, world = module_world
    make_user(db, Role.REGULATOR_REVIEWER, username="rev@regulator")
    make_user(db, Role.REGULATOR_ADMIN, username="admin@regulator")
    make_user(db, Role.BUYER, username="liaison-a", agency_id=world.agency_a)
    srv = Server(module_settings, env={"ENDUSE_SESSION_COOKIE_SECURE": "false"})
    yield srv, world
    srv.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


def _page(browser, server: Server, username: str, path: str = "/"):
    """A new browser context that opens ``path``, is sent to the login page, signs in as
    ``username`` and comes back to ``path``."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(server.url + path)
    page.wait_for_url("**/login?**" if path != "/" else "**/login")
    if not (SHOTS / "login.png").exists():
        _shot(page, "login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(server.url + path)
    assert username in page.locator("header").inner_text()
    return page


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_a_reviewer_resolves_a_referral_and_the_decision_appears_in_the_log(
    browser, server
):
    srv, world = server
    page = _page(browser, srv, "rev@regulator", "/referrals")
    page.get_by_role("link", name=f"Referral {world.referral_id}").click()
    page.wait_for_url(f"**/referrals/{world.referral_id}")
    assert page.locator("blockquote mark").first.inner_text() == EVIDENCE
    _shot(page, "referral")
    page.get_by_label("Deny").check()
    page.get_by_label("Reason (recorded and logged)").fill(
        "the journalist is the target"
    )
    page.get_by_role("button", name="Record decision").click()
    notice = page.get_by_role("status")
    notice.wait_for()
    assert "Resolved: deny" in notice.inner_text()
    page.get_by_role("link", name="Log", exact=True).click()
    page.wait_for_url("**/log")
    row = page.locator("tr", has_text="referral resolution").first
    assert "deny" in row.inner_text()
    assert page.locator("#verification").inner_text().startswith("verified")
    _shot(page, "log")
    page.context.close()


def test_a_buyer_cannot_open_another_buyers_licence(browser, server):
    srv, world = server
    page = _page(browser, srv, "liaison-a")
    own = page.goto(f"{srv.url}/licences/{world.licence_a}")
    assert own is not None
    assert own.status == 200
    _shot(page, "buyer-licence")
    other = page.goto(f"{srv.url}/licences/{world.licence_b}")
    assert other is not None
    assert other.status == 404
    assert page.get_by_role("heading", level=1).inner_text() == "Not found"
    assert page.get_by_role("link", name="Alerts and cases").count() == 0
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/login")
    page.goto(f"{srv.url}/licences/{world.licence_a}")
    page.wait_for_url(f"**/login?next=/licences/{world.licence_a}")
    page.context.close()


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("dashboard", "/"),
        ("licences", "/licences"),
        ("licence", "/licences/{licence_a}"),
        ("referrals", "/referrals?state=all"),
        ("alerts", "/alerts"),
        ("enforcement", "/enforcement"),
        ("certificates", "/certificates"),
        ("report", "/reports/licences/{licence_a}"),
    ],
)
def test_main_pages_render_in_the_browser(browser, server, name, path):
    srv, world = server
    page = _page(browser, srv, "admin@regulator")
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    response = page.goto(srv.url + path.format(licence_a=world.licence_a))
    assert response is not None
    assert response.status == 200
    assert page.locator("main h1").count() == 1
    assert page.evaluate("typeof htmx") == "object"  # vendored, served by the app
    assert errors == []
    _shot(page, name)
    page.context.close()
