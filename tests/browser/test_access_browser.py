"""Keyboard and small screens: every control by Tab in page order, skip links, Copy link,
and a 400 px wide page with the filters in a drawer and nothing scrolling sideways."""

from __future__ import annotations

import pytest
from conftest import Dashboard

pytestmark = pytest.mark.browser


def focused(dash) -> str:
    return dash.page.evaluate("() => document.activeElement.id || document.activeElement.textContent")


def tab_until(dash, target: str, limit: int = 60) -> int:
    """Tab presses from where the focus is until ``target`` (an id) has it."""
    for presses in range(1, limit + 1):
        dash.page.keyboard.press("Tab")
        if dash.page.evaluate("() => document.activeElement.id") == target:
            return presses
    pytest.fail(f"{target} not reached in {limit} Tab presses")


def test_tab_order_skip_link_and_copy_link(dashboard, server):
    dash = dashboard.open(server)
    dash.page.keyboard.press("Tab")
    assert focused(dash) == "Skip to the map"
    dash.page.keyboard.press("Enter")
    assert dash.page.evaluate("() => document.activeElement.id") == "map"
    assert tab_until(dash, "play-button") <= 8  # past the map's own controls, not its shapes

    dash.page.locator(".brand").click()  # Tab from the top of the page again
    presses = tab_until(dash, "copy-link")
    assert presses <= 12  # skip links and the header's other actions come first
    dash.page.keyboard.press("Enter")
    dash.page.wait_for_function("() => document.querySelector('#copy-status').textContent !== ''")
    said = dash.page.locator("#copy-status").inner_text()
    assert said == "Link copied" or said.startswith(server)  # copied, or shown to copy by hand
    order = ["filter-reset", "filter-sources", "filter-countries", "filter-regions", "map",
             "play-button", "zoom-dates", "review-toggle"]
    seen = [tab_until(dash, target) for target in order]  # each after the one before
    assert all(n >= 1 for n in seen)
    assert dash.errors == []


@pytest.fixture(scope="module")
def narrow(browser):
    context = browser.new_context(viewport={"width": 400, "height": 900})
    yield context
    context.close()


def test_a_400_pixel_screen(narrow, server):
    dash = Dashboard(narrow.new_page())
    dash.open(server)
    width = dash.page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 400
    for fmt in ("geojson", "csv", "html"):
        box = dash.page.locator(f"#download-{fmt}").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 400
    body = dash.page.locator("#filters-body")
    assert not body.is_visible()  # folded into the drawer
    toggle = dash.page.locator("#filters-toggle")
    toggle.click()
    body.wait_for(state="visible")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert dash.page.locator("#filter-sources").is_visible()
    assert dash.page.evaluate("() => document.documentElement.scrollWidth") <= 400
    toggle.click()
    body.wait_for(state="hidden")
    assert dash.errors == []
    dash.page.close()
