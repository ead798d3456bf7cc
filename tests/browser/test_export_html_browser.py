"""The exported HTML map in headless Chromium: offline, every layer drawn, popups inert."""

from __future__ import annotations

import pytest
from helpers.export_data import SCRIPT, TEMPLATE

from geoapp.export.html import write_html
from geoapp.query import EventFilter

pytestmark = pytest.mark.browser
pytest_plugins = ["export_fixtures"]  # awkward_view


def open_offline(browser_context, path):
    """The page from a file with every network request refused and recorded."""
    problems: list[str] = []

    def route(request_route):
        request = request_route.request
        if request.url.startswith(("file:", "data:")):
            request_route.continue_()
            return
        problems.append(f"network {request.resource_type}: {request.url}")
        request_route.abort()

    page = browser_context.new_page()
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (problems.append("dialog: " + d.message), d.dismiss()))
    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_selector(".geoapp-time")
    return page, problems


def test_map_works_offline_with_every_layer_and_inert_popups(browser_context, tmp_path,
                                                            awkward_view):
    path = tmp_path / "map.html"
    write_html(awkward_view, EventFilter(), path)
    page, problems = open_offline(browser_context, path)
    try:
        drawn = page.evaluate("""() => {
            const map = window[Object.keys(window).find((k) => k.startsWith("map_"))];
            const panes = {};
            map.eachLayer((l) => {
                if (l.feature) { panes[l.options.pane] = (panes[l.options.pane] || 0) + 1; }
            });
            return panes;
        }""")
        # outlines, the choropleth's regions, the line from Madrid's event to North Korea, events
        assert drawn["boundaries"] > 200 and drawn["regions"] > 10 and drawn["links"] == 1, drawn
        assert drawn["events"] >= 6, drawn
        assert "all dates · 6 events" in page.inner_text(".geoapp-time")
        page.fill(".geoapp-time input", "2")  # the second month: December 2024
        page.dispatch_event(".geoapp-time input", "input")
        assert "2024-12 · 6 events" in page.inner_text(".geoapp-time")
        page.evaluate("""() => {
            const map = window[Object.keys(window).find((k) => k.startsWith("map_"))];
            map.eachLayer((l) => { if (l.feature && l.feature.id === "t:region") l.openPopup(); });
        }""")
        popup = page.wait_for_selector(".leaflet-popup-content")
        assert SCRIPT in popup.inner_text() and TEMPLATE in popup.inner_text()
        assert page.evaluate("document.querySelectorAll('.leaflet-popup-content *').length") > 0
        assert page.evaluate(
            "document.querySelectorAll('.leaflet-popup-content script, "
            ".leaflet-popup-content img').length") == 0
        zoom = page.evaluate("""() => {
            const map = window[Object.keys(window).find((k) => k.startsWith("map_"))];
            return map.getZoom();
        }""")
        assert 2 <= zoom <= 8
        page.wait_for_timeout(300)
    finally:
        page.close()
    assert problems == []  # not one request left the machine: no tiles by default
