"""The standalone HTML map: every layer of the live map, the snapshot's events and styles,
a sensible first view, no network by default, inert text, fast at 10,000+."""

from __future__ import annotations

import re
import time

from helpers.export_data import SCRIPT, TEMPLATE, html_events, json_block

from geoapp.export import export
from geoapp.export.html import build_map, write_html
from geoapp.frames import conform
from geoapp.query import EventFilter, EventView
from geoapp.styles import LAYERS, LayerSet, MapContext, load_layers
from geoapp.styles.outlines import outlines

pytest_plugins = ["export_fixtures"]  # awkward_view

ALL = EventFilter()
WINDOW = EventFilter(date_from="2022-02-24", date_to="2024-12-31", sources=("UCDP GED",))


def render(view, flt=ALL, layers_dir=None, tiles="none") -> str:
    specs = load_layers(layers_dir)
    layers = LayerSet(view, MapContext(specs, outlines().names(), tiles))
    return build_map(layers, layers.query(flt)).get_root().render()


def test_page_holds_exactly_the_located_filtered_events(tmp_path, demo_view):
    count = write_html(demo_view, WINDOW, tmp_path / "map.html")
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    rows = demo_view.rows(demo_view.select(WINDOW))
    located = rows[rows["lon"].notna()]
    assert count == len(rows) == json_block(page, "geoapp-snapshot")["count"]
    assert list(html_events(page)) == located["event_id"].tolist()
    assert "geoappExport.draw(map_" in page and "geoappExport.timeSlider" in page
    assert "<title>geoapp snapshot:" in page


def test_every_layer_of_the_live_map_is_in_the_page(demo_view):
    page = render(demo_view)
    drawn = [layer["name"] for layer in json_block(page, "geoapp-map")["layers"]]
    assert drawn == [cls.name for cls in LAYERS]
    for cls in LAYERS:
        assert f"window.geoapp.layers.{cls.name} =" in page  # the live map's own script
    shapes = json_block(page, "geoapp-shapes-boundaries")["features"]
    levels = {f["properties"]["level"] for f in shapes}
    assert levels == {"country", "region", "label-region", "label-city"}  # labels: no tiles
    labels = [f for f in shapes if f["properties"]["level"].startswith("label")]
    assert {f["geometry"]["type"] for f in labels} == {"Point"}
    regions = {f["properties"]["code"]
               for f in json_block(page, "geoapp-shapes-regions")["features"]}
    assert {"RUS-2362", "RUS-2605"} <= regions  # Kursk, and Tuva where the IDs point
    values = json_block(page, "geoapp-layer-regions")["hideout"]["values"]
    assert values and set(values) <= regions
    links = json_block(page, "geoapp-layer-links")["data"]["features"]
    titles = [f["properties"]["title"] for f in links]
    assert any(t.startswith("Birthplace on documents: ") and "Tuva" in t for t in titles)
    legend = page.split('class="geoapp-legend"')[1].split("</p></div>")[0]
    assert "Birthplace on documents" in legend and "Events" in legend


def test_the_page_opens_on_the_data_and_the_ends_of_its_links(demo_view, awkward_view):
    (south, west), (north, east) = json_block(render(demo_view), "geoapp-map")["bounds"]
    assert 20 < west < 24 and east > 94  # western Ukraine to Tuva (a link's far end) ...
    assert 35 < south < 45 and 52 < north < 60  # ... not Russia's middle, where country-level events sit
    one = EventFilter(sources=("ACLED",))  # a single event
    page = json_block(render(awkward_view, one), "geoapp-map")
    (south, west), (north, east) = page["bounds"]
    assert west < 37.8 < east and south < 48.0 < north
    assert east - west >= 1 and north - south >= 1 and page["maxZoom"] <= 8  # its region, not 5 km


def test_no_tiles_unless_asked_for(awkward_view):
    page = render(awkward_view)
    assert json_block(page, "geoapp-map")["tiles"] is None
    assert "tile.openstreetmap.org" not in page
    tiles = json_block(render(awkward_view, tiles="osm"), "geoapp-map")["tiles"]
    assert tiles["url"].startswith("https://tile.openstreetmap.org/")


def test_popups_say_where_when_what_and_who(awkward_view):
    props = html_events(render(awkward_view))
    assert "t:nowhere" not in props  # no location, nothing to draw
    region = props["t:region"]
    assert region["type"] == "Casualty report"
    assert region["when"] == "2024-12-01 – 2024-12-23 (month precision)"
    assert region["place"] == "Kursk, RU (located to region level)"
    assert region["figures"] == "killed or wounded 200–999"
    assert props["t:west"]["figures"] == "killed ≥ 101"
    assert props["t:a-first"]["figures"] == "11,000–12,000 troops"
    assert props["t:exact"]["url"] == "https://example.org/a?b=1&c=2"
    assert (region["q"], props["t:exact"]["q"]) == (3, 0)  # precision rank → dashed ring


def test_script_and_template_text_stay_text(awkward_view):
    page = render(awkward_view)
    assert "<script>alert" not in page and "<img src=x" not in page
    props = html_events(page)
    assert props["t:region"]["notes"] == SCRIPT  # shown as text by the popup
    assert props["t:region"]["quote"] == TEMPLATE  # not "49": no template ran over it
    scripts = page.split("var geoappExport")[0].split('id="geoapp-snapshot"')[1]
    assert "innerHTML" not in scripts


def test_layers_folder_restyles_the_map_and_legend(tmp_path, awkward_view):
    bundled = load_layers()["events"].path.read_text(encoding="utf-8")
    (tmp_path / "events.toml").write_text(
        bundled.replace('label = "Attack"\ncolor = "#D55E00"',
                        'label = "Strike <b>"\ncolor = "#00aa00"'), encoding="utf-8")
    page = render(awkward_view, layers_dir=tmp_path)
    types = json_block(page, "geoapp-layer-events")["hideout"]["types"]
    assert {"color": "#00aa00", "shape": "triangle", "label": "Strike <b>"} in types
    assert "Strike &lt;b&gt;" in page  # legend labels are escaped too


def test_cli_html_export_with_layers(tmp_path, demo_db):
    from click.testing import CliRunner

    from geoapp.cli import cli

    result = CliRunner().invoke(cli, ["export", "--db", str(demo_db), "-o",
                                      str(tmp_path / "map.html"), "--source", "UCDP GED",
                                      "--layers", str(load_layers()["events"].path.parent),
                                      "--tiles", "osm"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("wrote ") and "map.html" in result.output
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert json_block(page, "geoapp-map")["tiles"] is not None


def test_page_loads_no_script_or_style_from_the_web(awkward_view):
    page = render(awkward_view)
    assert not re.search(r"<script[^>]+src=[\"']?https?:", page)
    assert not re.search(r"<link[^>]+href=[\"']?https?:", page)
    assert "data:text/javascript;base64," in page


def test_empty_snapshot_still_makes_a_page(tmp_path, awkward_view):
    assert export(awkward_view, EventFilter(date_from="2030-01-01"), "html",
                  tmp_path / "empty.html") == 0
    page = (tmp_path / "empty.html").read_text(encoding="utf-8")
    assert html_events(page) == {}
    assert json_block(page, "geoapp-map")["bounds"]  # still somewhere sensible


def test_ten_thousand_events_render_fast_as_one_layer():
    from geoapp.synth import synth_frame

    view = EventView.from_frame(conform(synth_frame(12_000, seed=7)))
    started = time.perf_counter()
    page = render(view)
    elapsed = time.perf_counter() - started
    assert len(html_events(page)) > 10_000
    # one L.geoJson per layer script, the events as columns: no per-marker code
    assert page.count("L.geoJson(") == len(LAYERS)
    assert elapsed < 8, f"{elapsed:.1f}s to build the page"
