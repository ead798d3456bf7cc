"""Areas over time in the dashboard: the slider moves the areas, shades gains and losses,
and the legend and details give km² as the query layer computes them."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from helpers import areas_data

from geoapp.ingest.areas import read_areas
from geoapp.query import load_view
from geoapp.store import open_store

pytestmark = pytest.mark.browser

#: Only the areas and the outlines: clicks land on areas, not on the demo's markers.
VIEW = "?layers=areas,boundaries&lat=48.2&lon=36.5&z=7"


@pytest.fixture(scope="module")
def area_server(demo_db, tmp_path_factory, serve_store):
    """The demo data plus a year of a moving front (tests/helpers/areas_data.py)."""
    folder = tmp_path_factory.mktemp("areas")
    db = folder / "areas.db"
    db.write_bytes(demo_db.read_bytes())
    store = open_store(db)
    store.write_areas(read_areas([areas_data.write_snapshots(folder / "control.geojson")],
                                 "control"))
    areas = load_view(store).areas
    store.close()
    with serve_store(db) as url:
        yield url, areas


def km2_on(areas, day: dt.date) -> str:
    """The legend's figure for the control layer on ``day``, as the query layer computes it."""
    total = areas.as_of((day - dt.date(1970, 1, 1)).days, "control")["km2"].sum()
    return f"{total:,.0f} km² on {day}"


def legend(dash) -> str:
    return dash.page.locator("#map-legend").inner_text()


def paths(dash, kind: str) -> int:
    return dash.page.locator(f"path.geoapp-area-{kind}").count()


def test_the_slider_moves_the_areas_and_shades_gains_and_losses(dashboard, area_server):
    url, areas = area_server
    dash = dashboard.open(url + VIEW + "&date_from=2024-01-01&date_to=2024-03-01")
    dash.page.wait_for_function("() => document.querySelectorAll('path.geoapp-area-area').length")
    assert km2_on(areas, dt.date(2024, 3, 1)) in legend(dash)
    assert re.search(r"\(\+[\d,]+ / −0 km² since 2024-01-01\)", legend(dash))  # the front advanced
    assert paths(dash, "area") == 1 and paths(dash, "gained") == 1 and paths(dash, "lost") == 0
    before = dash.page.locator("path.geoapp-area-area").first.get_attribute("d")

    start, end = dash.press_on_thumb(1, "PageUp", 15)  # the window's end moves 150 days on
    assert end > "2024-07-01"
    dash.page.wait_for_function("d => document.querySelector('path.geoapp-area-area')"
                                ".getAttribute('d') !== d", arg=before)
    assert km2_on(areas, dt.date.fromisoformat(end)) in legend(dash)

    start, end = dash.press_on_thumb(0, "PageUp", 12)  # and its start 120 days
    assert "2024-04-15" < start < end
    dash.page.wait_for_function("() => document.querySelectorAll('path.geoapp-area-lost').length")
    assert paths(dash, "lost") >= 1  # the pocket, there at the start and gone at the end
    assert f"since {start}" in legend(dash)
    assert dash.errors == []


def test_a_click_on_an_area_gives_its_km2_and_change(dashboard, area_server):
    url, areas = area_server
    dash = dashboard.open(url + VIEW + "&date_from=2024-01-01&date_to=2024-03-01")
    area = dash.page.locator("path.geoapp-area-area").first
    area.wait_for()
    box = area.bounding_box()
    dash.page.mouse.click(box["x"] + box["width"] * 0.9, box["y"] + box["height"] / 2)  # the east
    dash.page.locator("#details table.kv").wait_for()
    details = dash.details()
    held = areas.as_of((dt.date(2024, 3, 1) - dt.date(1970, 1, 1)).days, "control")["km2"].iloc[0]
    assert "Area of control: held" in details
    assert f"{held:,.0f} km²" in details
    assert "Gained" in details and "Lost" in details and "EPSG:6933" in details
    assert dash.errors == []
