"""The standalone HTML map: the snapshot's events and styles, inert text, fast at 10,000+."""

from __future__ import annotations

import re
import time

import pytest
from helpers.export_data import SCRIPT, TEMPLATE, json_block

from geoapp.export import export
from geoapp.export.html import build_map, write_html
from geoapp.frames import conform
from geoapp.query import EventFilter, EventView
from geoapp.styles import load_layers

pytest_plugins = ["export_fixtures"]  # awkward_view

ALL = EventFilter()
WINDOW = EventFilter(date_from="2022-02-24", date_to="2024-12-31", sources=("UCDP GED",))


def render(view, flt=ALL, layers_dir=None) -> str:
    return build_map(view, flt, view.select(flt), load_layers(layers_dir)).get_root().render()


def test_page_holds_exactly_the_located_filtered_events(tmp_path, demo_view):
    count = write_html(demo_view, WINDOW, tmp_path / "map.html")
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    rows = demo_view.rows(demo_view.select(WINDOW))
    located = rows[rows["lon"].notna()]
    events = json_block(page, "geoapp-events")
    assert count == len(rows) == json_block(page, "geoapp-snapshot")["count"]
    assert [f["id"] for f in events["features"]] == located["event_id"].tolist()
    assert json_block(page, "geoapp-regions")["features"], "the choropleth has regions"
    assert "geoappExport.draw(map_" in page and "geoappExport.timeSlider" in page
    assert "<title>geoapp snapshot:" in page


def test_popups_say_where_when_what_and_who(awkward_view):
    page = render(awkward_view)
    props = {f["id"]: f["properties"] for f in json_block(page, "geoapp-events")["features"]}
    assert "t:nowhere" not in props  # no location, nothing to draw
    region = props["t:region"]
    assert region["type"] == "Casualty report"
    assert region["when"] == "2024-12-01 – 2024-12-23 (month precision)"
    assert region["place"] == "Kursk, RU (located to region level)"
    assert region["figures"] == "killed or wounded 200–999"
    assert props["t:west"]["figures"] == "killed at least 101"
    assert props["t:a-first"]["figures"] == "11,000–12,000 troops"
    assert props["t:exact"]["url"] == "https://example.org/a?b=1&c=2"
    assert (region["q"], props["t:exact"]["q"]) == (3, 0)  # precision rank → dashed ring


def test_script_and_template_text_stay_text(awkward_view):
    page = render(awkward_view)
    assert "<script>alert" not in page and "<img src=x" not in page
    props = {f["id"]: f["properties"] for f in json_block(page, "geoapp-events")["features"]}
    assert props["t:region"]["notes"] == SCRIPT  # shown as text by the popup
    assert props["t:region"]["quote"] == TEMPLATE  # not "49": no template ran over it
    assert "innerHTML" not in page.split("geoappExport = {}")[1]


def test_layers_folder_restyles_the_map_and_legend(tmp_path, awkward_view):
    bundled = load_layers()["events"].path.read_text(encoding="utf-8")
    (tmp_path / "events.toml").write_text(
        bundled.replace('label = "Attack"\ncolor = "#d62728"',
                        'label = "Strike <b>"\ncolor = "#00aa00"'), encoding="utf-8")
    page = render(awkward_view, layers_dir=tmp_path)
    types = json_block(page, "geoapp-layers")["context"]["events"]["hideout"]["types"]
    assert {"color": "#00aa00", "shape": "triangle", "label": "Strike <b>"} in types
    assert "Strike &lt;b&gt;" in page  # legend labels are escaped too


def test_cli_html_export_with_layers(tmp_path, demo_db):
    from click.testing import CliRunner

    from geoapp.cli import cli

    result = CliRunner().invoke(cli, ["export", "--db", str(demo_db), "-o",
                                      str(tmp_path / "map.html"), "--source", "UCDP GED",
                                      "--layers", str(load_layers()["events"].path.parent)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("wrote ") and "map.html" in result.output


def test_page_loads_no_script_or_style_from_the_web(awkward_view):
    page = render(awkward_view)
    assert not re.search(r"<script[^>]+src=[\"']?https?:", page)
    assert not re.search(r"<link[^>]+href=[\"']?https?:", page)
    assert "data:text/javascript;base64," in page


def test_empty_snapshot_still_makes_a_page(tmp_path, awkward_view):
    assert export(awkward_view, EventFilter(date_from="2030-01-01"), "html",
                  tmp_path / "empty.html") == 0
    page = (tmp_path / "empty.html").read_text(encoding="utf-8")
    assert json_block(page, "geoapp-events")["features"] == []


def test_ten_thousand_events_render_fast_as_one_layer():
    from geoapp.synth import synth_frame

    view = EventView.from_frame(conform(synth_frame(12_000, seed=7)))
    started = time.perf_counter()
    page = render(view)
    elapsed = time.perf_counter() - started
    assert len(json_block(page, "geoapp-events")["features"]) > 10_000
    assert page.count("L.geoJson(") == 2  # one events layer, one regions layer: no per-marker code
    assert elapsed < 8, f"{elapsed:.1f}s to build the page"


# -- in a browser ------------------------------------------------------------------
@pytest.mark.browser
def test_map_works_in_a_browser_and_popups_are_inert(tmp_path, awkward_view, browser):
    path = tmp_path / "map.html"
    write_html(awkward_view, ALL, path)
    problems: list[str] = []

    def route(request_route):
        request = request_route.request
        if request.url.startswith(("file:", "data:")):
            request_route.continue_()
            return
        if request.resource_type != "image":  # only tiles may come from the web
            problems.append(f"network {request.resource_type}: {request.url}")
        request_route.abort()

    with browser.new_context() as context:
        page = context.new_page()
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.on("dialog", lambda d: (problems.append("dialog: " + d.message), d.dismiss()))
        page.route("**/*", route)
        page.goto(path.as_uri())
        page.wait_for_selector(".geoapp-time")
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
        page.wait_for_timeout(300)
    assert problems == []
