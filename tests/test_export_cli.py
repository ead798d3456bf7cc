"""`geoapp export`: exactly the events the query layer selects for the same filter, any format."""

from __future__ import annotations

import datetime as dt
import json

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
from click.testing import CliRunner
from helpers.dash_http import call
from helpers.export_data import html_events

from geoapp.cli import cli
from geoapp.dashboard import ids
from geoapp.dashboard.app import create_app
from geoapp.dashboard.controls import day_number
from geoapp.query import EventFilter
from geoapp.store import open_store

pytest_plugins = ["export_fixtures"]  # awkward_view

#: A date window and a source: the filter a newsroom would share.
OPTIONS = ["--from", "2023-01-01", "--to", "2023-12-31", "--source", "UCDP GED"]
FILTER = EventFilter(date_from="2023-01-01", date_to="2023-12-31", sources=("UCDP GED",))


def _ids_in_geojson(path):
    return [f["id"] for f in json.loads(path.read_bytes())["features"]]


def _ids_in_seq(path):
    # Split on LF only: str.splitlines() also splits on the RS that starts each record.
    return [json.loads(line.lstrip(b"\x1e"))["id"] for line in path.read_bytes().split(b"\n")
            if line]


def _ids_in_html(path):
    return list(html_events(path.read_text(encoding="utf-8")))


#: file name → how to list the event ids it holds, in order.
ID_READERS = {
    "snapshot.geojson": _ids_in_geojson,
    "snapshot.geojsons": _ids_in_seq,
    "snapshot.csv": lambda p: pd.read_csv(p, dtype=str)["event_id"].tolist(),
    "snapshot.parquet": lambda p: gpd.read_parquet(p)["event_id"].tolist(),
    "snapshot.gpkg": lambda p: pyogrio.read_dataframe(p)["event_id"].tolist(),
    "snapshot.html": _ids_in_html,  # located events only: the map draws points
}


def run(*args):
    return CliRunner().invoke(cli, ["export", *map(str, args)])


@pytest.mark.parametrize("name", sorted(ID_READERS))
def test_cli_export_is_exactly_the_query_layers_selection(tmp_path, demo_db, demo_view, name):
    path = tmp_path / name
    result = run("--db", demo_db, *OPTIONS, "-o", path)
    assert result.exit_code == 0, result.output
    rows = demo_view.rows(demo_view.select(FILTER))
    if name.endswith(".html"):
        rows = rows[rows["lon"].notna()]
    assert len(rows) > 50
    assert ID_READERS[name](path) == rows["event_id"].tolist()


def test_cli_export_equals_what_the_dashboard_shows(tmp_path, demo_db):
    """One filter set in the dashboard (window slider + source) and on the command line."""
    app = create_app(open_store(demo_db), tiles="none")
    client = app.server.test_client()
    window = [day_number(dt.date(2023, 1, 1)), day_number(dt.date(2023, 12, 31))]
    shown = call(client, app, f"{ids.SUMMARY}.children",
                 {f"{ids.SLIDER}.value": window, f"{ids.SOURCES}.value": ["UCDP GED"],
                  f"{ids.METRIC}.value": "events"}, f"{ids.SOURCES}.value")
    query = shown[ids.FILTER]["data"]
    assert EventFilter.from_query(query) == FILTER
    download = client.get(f"/geoapp/download/events.geojson?{query}")  # the page's button
    dashboard_ids = [f["id"] for f in json.loads(download.data)["features"]]
    path = tmp_path / "snapshot.geojson"
    assert run("--db", demo_db, *OPTIONS, "-o", path).exit_code == 0
    assert _ids_in_geojson(path) == dashboard_ids
    assert f'"children": "{len(dashboard_ids):,}"' in json.dumps(shown[ids.SUMMARY])


def test_summary_line_counts_what_was_written(tmp_path, demo_db, demo_view):
    path = tmp_path / "out.geojson"
    result = run("--db", demo_db, *OPTIONS, "--format", "geojson", "-o", path)
    count = len(demo_view.select(FILTER))
    assert result.output == f"wrote {count:,} events to {path}\n"


@pytest.mark.parametrize("args, message", [
    (["-o", "events.txt"], "cannot tell the format from 'events.txt'"),
    (["-o", "events.csv", "--region-geometry"], "csv export has no option region_geometry"),
    (["-o", "events.geojson", "--columns", "acled"], "geojson export has no option columns"),
    (["-o", "events.csv", "--from", "2024-02-01", "--to", "2024-01-01"], "after date_to"),
])
def test_mistakes_are_one_line_errors(tmp_path, demo_db, args, message):
    args = [str(tmp_path / a) if a.startswith("events.") else a for a in args]
    result = run("--db", demo_db, *args)
    assert result.exit_code != 0
    assert message in result.output and "Traceback" not in result.output
    assert not list(tmp_path.iterdir())
