"""Server mode in headless Chromium: sign in, see the data, sign out; the CSP lets the page run."""

from __future__ import annotations

import shutil

import pytest
from helpers.serving import serving

from geoapp.query import EventFilter
from geoapp.server import passwords
from geoapp.store import open_store

pytestmark = pytest.mark.browser

PASSWORD = "a long passphrase"


@pytest.fixture(scope="module")
def team_server(demo_db, tmp_path_factory):
    db = tmp_path_factory.mktemp("team") / "team.db"
    shutil.copy(demo_db, db)
    store = open_store(db)
    store.add_user("vera", "viewer", passwords.hash_password(PASSWORD))
    store.close()
    with serving(db, "--auth", "--workers", "2") as served:
        yield served.url


def sign_in(dash, url: str, password: str = PASSWORD) -> None:
    dash.page.goto(url)
    dash.page.locator("#name").fill("vera")
    dash.page.locator("#password").fill(password)
    dash.page.get_by_role("button", name="Sign in").click()


def test_a_viewer_signs_in_sees_the_data_and_signs_out(dashboard, team_server, demo_view):
    dash = dashboard
    dash.page.goto(team_server + "/?sources=UCDP%20GED")
    assert "/geoapp/login" in dash.page.url  # nothing before signing in
    sign_in(dash, dash.page.url)
    dash.page.locator("#stat-events").wait_for()
    dash.settle()
    assert "sources=UCDP" in dash.page.url  # back where the link pointed
    dash.expect_count(len(demo_view.select(EventFilter(sources=("UCDP GED",)))))
    assert dash.page.locator("#account-name").text_content() == "vera (viewer)"
    assert dash.errors == []  # the Content-Security-Policy blocks nothing the page needs
    dash.page.get_by_role("button", name="Sign out").click()
    dash.page.locator("#password").wait_for()
    dash.page.goto(team_server + "/")
    assert "/geoapp/login" in dash.page.url


def test_a_wrong_password_is_told_and_shows_nothing(dashboard, team_server):
    sign_in(dashboard, team_server, "not the password")
    assert dashboard.page.get_by_role("alert").text_content() == "Wrong name or password."
    assert dashboard.page.locator("#stat-events").count() == 0
