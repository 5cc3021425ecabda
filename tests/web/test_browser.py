"""The console in a real browser: Playwright driving Debian's chromium (never a downloaded
build), against uvicorn on a loopback port. Screenshots of the main pages are kept in
``var/screenshots/`` (git-ignored) as artifacts.

The principal is set by the test-only wrapper ``tests.web.principals`` from a cookie until real
login is wired in.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import Server
from tests.web.principals import COOKIE
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
    _db, world = module_world
    env = {"PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    srv = Server(module_settings, env=env, app="tests.web.principals:create_app")
    yield srv, world
    srv.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


def _page(browser, server: Server, principal: str):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    context.add_cookies([{"name": COOKIE, "value": principal, "url": server.url}])
    context.set_default_timeout(15_000)
    return context.new_page()


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_a_reviewer_resolves_a_referral_and_the_decision_appears_in_the_log(
    browser, server
):
    srv, world = server
    page = _page(browser, srv, "regulator_reviewer:rev@regulator")
    page.goto(f"{srv.url}/referrals")
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
    page = _page(browser, srv, f"buyer:liaison-a:agency_id={world.agency_a}")
    own = page.goto(f"{srv.url}/licences/{world.licence_a}")
    assert own is not None
    assert own.status == 200
    _shot(page, "buyer-licence")
    other = page.goto(f"{srv.url}/licences/{world.licence_b}")
    assert other is not None
    assert other.status == 404
    assert page.get_by_role("heading", level=1).inner_text() == "Not found"
    assert page.get_by_role("link", name="Referrals").count() == 0
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
    page = _page(browser, srv, "regulator_admin:admin@regulator")
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
