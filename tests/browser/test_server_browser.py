"""Server mode in headless Chromium: sign in, see the data, sign out; the CSP lets the page run."""

from __future__ import annotations

import pytest
from conftest import TEAM_PASSWORD, serve_team

from geoapp.query import EventFilter

pytestmark = pytest.mark.browser



@pytest.fixture(scope="module")
def team_server(demo_db, tmp_path_factory):
    with serve_team(demo_db, tmp_path_factory.mktemp("team"), {"vera": "viewer"},
                    "--workers", "2") as (url, _):
        yield url


def sign_in(dash, url: str, password: str = TEAM_PASSWORD) -> None:
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
