"""Time controls and the map follow the user: Play within a window, Zoom to selection,
a region choice moves the map, the first view, tooltips under many markers, place labels."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from geoapp.query import EventFilter

pytestmark = pytest.mark.browser

WINDOW = ("2024-08-01", "2024-12-23")
KURSK_BOX = {"south": 50.8, "north": 52.5, "west": 34.0, "east": 38.6}


def view_params(dash) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlsplit(dash.page.url).query).items()}


def slider_range(dash) -> tuple[int, int]:
    thumb = dash.page.get_by_role("slider").first
    return int(thumb.get_attribute("aria-valuemin")), int(thumb.get_attribute("aria-valuemax"))


def test_play_runs_within_the_chosen_window_and_leaves_the_address_alone(dashboard, server):
    dash = dashboard.open(server + f"?date_from={WINDOW[0]}&date_to={WINDOW[1]}&speed=300")
    address = dash.page.url
    play = dash.page.locator("#play-button")
    dash.page.evaluate("""() => {  // every window the slider shows, seen from inside the page
        window.__windows = []; window.__addresses = new Set();
        window.__watch = setInterval(() => {
            const w = [...document.querySelectorAll('[role=slider]')]
                .map(e => Number(e.getAttribute('aria-valuenow'))).join(',');
            if (window.__windows[window.__windows.length - 1] !== w) { window.__windows.push(w); }
            window.__addresses.add(location.href);
        }, 10);
    }""")
    play.click()
    dash.page.wait_for_function("() => document.querySelector('#play-button')"
                                ".textContent.includes('Pause')")
    dash.page.wait_for_function("() => document.querySelector('#play-button')"
                                ".textContent.includes('Play')", timeout=60_000)
    dash.settle()  # the last frame is drawn
    dash.page.wait_for_timeout(500)
    seen = dash.page.evaluate("() => { clearInterval(window.__watch);"
                              " return [window.__windows, [...window.__addresses]]; }")
    windows = [tuple(str(dt.date(1970, 1, 1) + dt.timedelta(days=int(d))) for d in w.split(","))
               for w in seen[0]][1:]
    addresses = set(seen[1])
    # it stopped by itself at the window's end
    assert windows[0] == (WINDOW[0], "2024-08-31")  # a month from the window's start
    assert windows[-1][1] == WINDOW[1]
    assert all(WINDOW[0] <= lo <= hi <= WINDOW[1] for lo, hi in windows), windows
    assert [w[0] for w in windows] == sorted(w[0] for w in windows)
    assert addresses <= {address, dash.page.url}  # written once, when Play stopped, if at all
    assert dash.errors == []


def test_zoom_to_selection_and_a_date_past_the_data(dashboard, server, demo_view):
    dash = dashboard.open(server + f"?date_from={WINDOW[0]}")
    full = slider_range(dash)
    dash.page.locator("#zoom-dates").click()
    dash.page.wait_for_function("r => document.querySelector('[role=slider]')"
                                ".getAttribute('aria-valuemin') !== String(r)", arg=full[0])
    dash.settle()
    first, last = slider_range(dash)
    selected = demo_view.select(EventFilter(date_from=WINDOW[0]))
    assert first == int(demo_view.start[selected].min()) > full[0] and last == full[1]
    axis = dash.page.evaluate(
        "() => document.querySelector('#timeline .js-plotly-plot').layout.xaxis.range")
    assert axis[0][:10] == dash.window()[0]  # the timeline covers the zoomed range

    end = dash.page.locator(".dash-datepicker-end-date")
    end.fill("2031-01-01")
    end.press("Enter")
    note = dash.page.locator("#dates-note")
    note.wait_for()
    dash.page.wait_for_function("() => document.querySelector('#dates-note').textContent !== ''")
    data_end = str(demo_view.date_span()[1])
    assert f"The data ends on {data_end}" in note.inner_text()
    assert dash.window()[1] == data_end

    dash.page.locator("#full-range").click()
    dash.page.wait_for_function("r => document.querySelector('[role=slider]')"
                                ".getAttribute('aria-valuemin') === String(r)", arg=full[0])
    assert dash.errors == []


def test_choosing_a_region_moves_the_map_to_it(dashboard, server):
    dash = dashboard.open(server)
    dash.page.locator("#filter-regions").click()
    search = dash.page.locator("input.dash-dropdown-search")
    search.wait_for()
    search.fill("Kursk")
    dash.page.get_by_role("option", name="Kursk Oblast", exact=False).first.click()
    dash.page.keyboard.press("Escape")
    dash.page.wait_for_function("() => location.search.includes('regions=RUS-2362')"
                                " && /[?&]z=([7-9]|1\\d)/.test(location.search)")
    params = view_params(dash)
    assert KURSK_BOX["south"] < float(params["lat"]) < KURSK_BOX["north"]
    assert KURSK_BOX["west"] < float(params["lon"]) < KURSK_BOX["east"]
    dash.settle()
    assert dash.drawn() > 0 and dash.markers() == dash.drawn()  # its events are in view
    # without tiles, the region and its largest place are named on the map
    dash.page.locator(".geoapp-label", has_text="Kursk Oblast").wait_for()  # outlines load late
    labels = dash.page.locator(".geoapp-label").all_inner_texts()
    assert "Kursk Oblast" in labels and "Kursk" in labels
    assert dash.errors == []


def test_first_view_shows_kursk_and_the_far_end_of_its_links(dashboard, server):
    dash = dashboard.open(server)
    box = dash.page.locator("#map").bounding_box()
    tuva = dash.page.locator(".geoapp-link-label", has_text="Tuva")
    tuva.wait_for()
    label = tuva.bounding_box()
    assert box["x"] <= label["x"] <= box["x"] + box["width"]
    assert box["y"] <= label["y"] <= box["y"] + box["height"]
    lines = dash.page.locator(".leaflet-links-pane path")
    assert lines.count() > 0
    for i in range(lines.count()):  # both ends of every line: Kursk and where it points
        line = lines.nth(i).bounding_box()
        assert box["x"] - 1 <= line["x"] and line["x"] + line["width"] <= box["x"] + box["width"] + 1
        assert box["y"] - 1 <= line["y"] and line["y"] + line["height"] <= box["y"] + box["height"] + 1
    assert dash.errors == []


def test_region_tooltips_show_through_thousands_of_markers(dashboard, server, demo_view):
    dash = dashboard.open(server + "?lat=48.3&lon=37.8&z=8")  # Donetsk: markers everywhere
    assert dash.drawn() > 1_000  # drawn on a canvas covering the map
    regions = dash.page.locator(".leaflet-regions-pane path")
    assert regions.count() > 0
    box = dash.page.locator("#map").bounding_box()
    dash.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    dash.page.mouse.move(box["x"] + box["width"] / 2 + 5, box["y"] + box["height"] / 2 + 5)
    tip = dash.page.locator(".leaflet-tooltip:not(.geoapp-link-label)")
    tip.wait_for()
    assert re.search(r"Donets|Events", tip.inner_text())
    assert dash.errors == []
