"""What leaves geoapp for other programs can't be turned against the reader: CSV formulas and
row breaks, export file permissions, terminal escape sequences."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re

import pytest
from click.testing import CliRunner

from geoapp.cli import cli
from geoapp.export import export, export_bytes
from geoapp.frames import events_to_frame
from geoapp.model import Event
from geoapp.query import EventFilter, EventView
from geoapp.store import Batch, open_store

#: Text a spreadsheet would run, hidden behind whitespace, line breaks and full-width signs.
HOSTILE = {
    "notes": 'harmless\r=HYPERLINK("http://evil.example","click")',
    "quote": "  =1+1",
    "actor1": "\uff1dcmd|' /C calc'!A0",
    "actor2": "\n+SUM(A1:A9)",
    "source_name": "\u3000\uff20import",
    "location_text": "\r\n-2+3",
    "figures_text": "\uff0b1 \uff0d 2",
}
FORMULA = re.compile(r"^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]")


@pytest.fixture(scope="module")
def hostile_view() -> EventView:
    day = dt.date(2024, 12, 1)
    events = [Event(event_id=f"t:{i}", event_type="attack", date_start=day, date_end=day,
                    country="RU", lon=35.0, lat=51.0, source_kind="media",
                    **({**HOSTILE, "source_name": "plain"} if i else HOSTILE)) for i in range(3)]
    return EventView.from_frame(events_to_frame(events))


def _cells(text: str) -> list[list[str]]:
    """Rows as a spreadsheet splits them: any CR, LF or CRLF outside quotes ends a row."""
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("columns", ["geoapp", "acled"])
def test_csv_rows_cannot_be_split_or_turned_into_formulas(tmp_path, hostile_view, columns):
    path = tmp_path / "events.csv"
    export(hostile_view, EventFilter(), "csv", path, columns=columns)
    rows = _cells(path.read_bytes().decode("utf-8"))
    assert len(rows) == 1 + 3 and {len(r) for r in rows} == {len(rows[0])}
    for row in rows[1:]:
        for cell in row:
            assert not FORMULA.match(cell) or re.fullmatch(r"-?[\d.]+", cell), cell
    assert path.read_bytes().endswith(b"\r\n")  # RFC 4180 rows


def test_formula_text_keeps_its_content_after_the_apostrophe(tmp_path, hostile_view):
    path = tmp_path / "events.csv"
    export(hostile_view, EventFilter(), "csv", path)
    header, first, *_ = _cells(path.read_bytes().decode("utf-8"))
    row = dict(zip(header, first, strict=True))
    for field, value in HOSTILE.items():  # a CR inside a quoted cell starts no formula
        assert row[field] == (value if field == "notes" else "'" + value)


def test_the_dashboard_csv_download_is_neutralised_the_same_way(hostile_view):
    rows = _cells(export_bytes(hostile_view, EventFilter(), "csv").decode("utf-8"))
    assert len(rows) == 4 and all(not FORMULA.match(c) for r in rows[1:] for c in r
                                  if not re.fullmatch(r"-?[\d.]+", c))


@pytest.mark.parametrize("fmt, name", [("csv", "e.csv"), ("geojson", "e.geojson"),
                                       ("gpkg", "e.gpkg"), ("html", "e.html")])
def test_export_files_are_readable_by_their_owner_only(tmp_path, hostile_view, fmt, name):
    old = os.umask(0o022)
    try:
        export(hostile_view, EventFilter(), fmt, tmp_path / name)
    finally:
        os.umask(old)
    assert (tmp_path / name).stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary leftovers


def test_escape_sequences_in_data_never_reach_the_terminal(tmp_path):
    db = tmp_path / "geoapp.db"
    store = open_store(db)
    day = dt.date(2024, 12, 1)
    store.write_batch(Batch.from_frame(events_to_frame([Event(
        event_id="t:esc", event_type="attack", date_start=day, date_end=day, country="RU",
        admin1="Kursk\x1b]0;owned\x07", place_name="Sud\u202ezha", source_kind="media",
        source_name="\x1b[2J\x1b[31mEvil\x9b31m source\r\nline")]), source="t", format="records"))
    store.close()
    result = CliRunner(env={"COLUMNS": "250"}).invoke(cli, ["events", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", result.output)
    assert "Evil" in result.output and "Kursk" in result.output
    assert len(result.output.splitlines()) == 3  # header, one event, the summary
