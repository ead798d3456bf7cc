"""Request hardening, one regression test per finding of the security review:
Host allow-list, security headers, size limits, capped callback answers, downloads
with invalid filters."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re

import pytest
from helpers.dash_http import call, csrf_headers

from geoapp.dashboard import details, ids, panels, views
from geoapp.dashboard.app import create_app
from geoapp.dashboard.controls import MAX_VALUES
from geoapp.frames import events_to_frame
from geoapp.model import Event
from geoapp.server import security
from geoapp.server.security import allowed_hosts, is_loopback
from geoapp.store import Batch, open_store

LONG_NOTE = "Long note. " * 300_000  # 3.3 MB: the details panel must not send it whole
SOURCES, ACTORS = 300, 300


def _event(i: int, **fields) -> Event:
    base = dict(event_id=f"t:{i}", event_type="attack", date_start=dt.date(2024, 1, 1) + dt.timedelta(i),
                date_end=dt.date(2024, 1, 1) + dt.timedelta(i), location_text="Sudzha",
                adm1_code="RUS-2362", admin1="Kursk Oblast", country="RU", lon=35.27, lat=51.19,
                source_name=f"Source {i % SOURCES:03d}", source_kind="media",
                actor1=f"Actor {i % ACTORS:03d}", quote="A quote.")
    return Event(**{**base, **fields})


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("hardening") / "geoapp.db")
    events = [_event(i) for i in range(1_200)] + [_event(5_000, notes=LONG_NOTE)]
    store.write_batch(Batch.from_frame(events_to_frame(events), source="t", format="records"))
    yield store
    store.close()


@pytest.fixture(scope="module")
def app(store):
    return create_app(store, tiles="osm")


@pytest.fixture
def client(app):
    return app.server.test_client()


# -- Host header ------------------------------------------------------------------------
@pytest.mark.parametrize("method, path", [("GET", "/"), ("GET", "/_dash-layout"),
                                          ("GET", "/geoapp/download/events.csv"),
                                          ("POST", "/_dash-update-component")])
def test_a_foreign_host_header_gets_400(client, method, path):
    """DNS rebinding: a page on attacker.example resolving to 127.0.0.1 must get nothing."""
    response = client.open(path, method=method, headers={"Host": "attacker.example"})
    assert response.status_code == 400
    assert client.open("/", headers={"Host": "localhost:8050"}).status_code == 200
    assert client.open("/", headers={"Host": "127.0.0.1:8050"}).status_code == 200


def test_a_foreign_host_gets_400_before_the_sign_in_redirect(tmp_path):
    store = open_store(tmp_path / "geoapp.db")
    store.add_user("ana", "admin", "unused hash")
    client = create_app(store, tiles="none", auth=True,
                        hosts=allowed_hosts("0.0.0.0", ["geoapp.example.org"])).server.test_client()
    assert client.get("/", headers={"Host": "attacker.example"}).status_code == 400
    assert client.get("/", headers={"Host": "geoapp.example.org", "Accept": "text/html"}).status_code == 302


def test_allowed_hosts_and_loopback():
    assert allowed_hosts("127.0.0.1") == ["localhost", "127.0.0.1", "::1"]
    network = allowed_hosts("0.0.0.0", ["Geoapp.Example.org "])
    assert "geoapp.example.org" in network and "localhost" in network and len(network) >= 4
    assert "10.1.2.3" in allowed_hosts("10.1.2.3")
    assert [is_loopback(h) for h in ("127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost",
                                     "0.0.0.0", "::", "10.0.0.1", "example.org")] == \
        [True, True, True, True, True, False, False, False, False]


# -- security headers -----------------------------------------------------------------------
def _csp(response) -> dict[str, str]:
    policy = response.headers["Content-Security-Policy"]
    return {d.split(" ", 1)[0]: d.split(" ", 1)[1] for d in policy.split("; ")}


@pytest.mark.parametrize("path", ["/", "/_dash-layout", "/geoapp/download/events.csv",
                                  "/assets/geoapp.css", "/no/such/page"])
def test_every_response_carries_the_security_headers(client, path):
    response = client.get(path)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"
    csp = _csp(response)
    assert csp["frame-ancestors"] == "'none'" and csp["object-src"] == "'none'"
    assert csp["default-src"] == "'self'" and csp["base-uri"] == "'none'"
    assert "unsafe" not in csp["script-src"] and "*" not in csp["script-src"]
    assert csp["connect-src"] == "'self'"


def test_the_csp_allows_exactly_the_pages_own_inline_scripts_and_the_tiles(client):
    page = client.get("/")
    csp = _csp(page)
    html = re.sub(r"<!--.*?-->", "", page.get_data(as_text=True), flags=re.S)  # IE-only parts
    inline = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>",
                        html, flags=re.S)
    assert inline
    for script in inline:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp["script-src"]
    assert "https://tile.openstreetmap.org" in csp["img-src"]


# -- sizes ------------------------------------------------------------------------------------
def test_a_request_body_over_the_limit_gets_413(client):
    body = b"x" * (security.MAX_REQUEST_BYTES + 1)
    response = client.post("/_dash-update-component", data=body,
                           headers={**csrf_headers(client), "Content-Type": "application/json"})
    assert response.status_code == 413


def test_a_callback_answer_over_the_backstop_is_refused(client, app, monkeypatch):
    monkeypatch.setattr(security, "MAX_CALLBACK_BYTES", 1_000)
    body = {"output": f"{ids.TABLE}.getRowsResponse",
            "outputs": {"id": ids.TABLE, "property": "getRowsResponse"},
            "inputs": [{"id": ids.TABLE, "property": "getRowsRequest",
                        "value": {"startRow": 0, "endRow": 100}}],
            "state": [{"id": ids.FILTER, "property": "data", "value": ""}],
            "changedPropIds": [f"{ids.TABLE}.getRowsRequest"]}
    response = client.post("/_dash-update-component", json=body, headers=csrf_headers(client))
    assert response.status_code == 500 and b"too large" in response.data


def test_table_pages_hold_at_most_1000_rows_whatever_is_asked(client, app):
    """Three requests for rows 0 to 1,000,000,000 once returned 54 MB each."""
    for request in ({"startRow": 0, "endRow": 1_000_000_000}, {"startRow": -5, "endRow": 3_000},
                    {"startRow": "x", "endRow": None}):
        response = call(client, app, f"{ids.TABLE}.getRowsResponse",
                        {f"{ids.TABLE}.getRowsRequest": request}, f"{ids.TABLE}.getRowsRequest")
        page = response[ids.TABLE]["getRowsResponse"]
        assert len(page["rowData"]) <= views.MAX_TABLE_ROWS and page["rowCount"] == 1_201
    assert len(page["rowData"]) == 100  # the grid's default block when the request is garbage


def test_bogus_filter_values_give_a_small_answer(client, app):
    """100,000 made-up sources in one slider callback once returned 9.3 MB."""
    bogus = [f"bogus source {i}" for i in range(100_000)]
    response = call(client, app, f"{ids.SUMMARY}.children",
                    {f"{ids.SOURCES}.value": bogus, f"{ids.METRIC}.value": "events",
                     f"{ids.TEXT}.value": "word " * 100_000}, f"{ids.SOURCES}.value")
    size = len(json.dumps(response))
    assert size < 100_000, size
    sources = response[ids.SOURCES]["options"]
    assert len(sources) <= panels.MAX_OPTIONS + 1
    assert response[ids.FILTER]["data"].count("bogus") == MAX_VALUES


def test_pick_lists_are_capped_and_searched_on_the_server(client, app):
    layout = client.get("/_dash-layout").get_data(as_text=True)
    assert layout.count('"Actor 2') < 100 and "more: type to find them" in layout
    response = call(client, app, f"{ids.SOURCES}.options",
                    {f"{ids.SOURCES}.search_value": "Source 29", f"{ids.SOURCES}.value": [],
                     f"{ids.FILTER}.data": ""}, f"{ids.SOURCES}.search_value")
    options = response[ids.SOURCES]["options"]
    assert [o["value"] for o in options] == [f"Source {i}" for i in range(290, 300)]
    assert all(o["label"].endswith("(4)") for o in options)  # counted under the other filters
    actors = call(client, app, f"{ids.ACTORS}.options",
                  {f"{ids.ACTORS}.search_value": "actor 1", f"{ids.ACTORS}.value": ["Actor 299"]},
                  f"{ids.ACTORS}.search_value")[ids.ACTORS]["options"]
    assert actors[0]["value"] == "Actor 299"  # what is chosen stays listed
    assert {o["value"] for o in actors[1:]} == {f"Actor {i:03d}" for i in range(100, 200)}


def test_a_huge_note_is_sent_in_parts(client, app, store):
    """A 150 MB note once made the details callback return 300 MB."""
    response = call(client, app, f"{ids.DETAILS}.children", {f"{ids.SELECTED}.data": "t:5000"},
                    f"{ids.SELECTED}.data")
    text = json.dumps(response)
    assert len(text) < 6 * details.MAX_TEXT + 60_000, len(text)
    assert "Next part" in text and f"of {len(LONG_NOTE):,}" in text
    key = next(k for k in app.callback_map if details.TEXT_PART in k)
    spec = app.callback_map[key]
    field = {"index": "notes", "type": details.TEXT_PART}
    body = {"output": key, "outputs": {"id": field, "property": "children"},
            "inputs": [{"id": {**field, "type": details.NEXT_PART}, "property": "n_clicks",
                        "value": 1}],
            "state": [{**s, "value": "t:5000"} for s in spec["state"]],
            "changedPropIds": [json.dumps({**field, "type": details.NEXT_PART},
                                          separators=(",", ":")) + ".n_clicks"]}
    answer = client.post("/_dash-update-component", json=body, headers=csrf_headers(client))
    assert answer.status_code == 200, answer.data[:300]
    second = answer.get_json()["response"][json.dumps(field, separators=(",", ":"))]["children"]
    assert second[0]["props"]["children"] == (f"characters {details.MAX_TEXT + 1:,}–"
                                              f"{2 * details.MAX_TEXT:,} of {len(LONG_NOTE):,}")
    assert second[1] == LONG_NOTE[details.MAX_TEXT:2 * details.MAX_TEXT]


def test_the_parts_of_a_long_field_cover_it_whole():
    text = "0123456789" * 500
    parts = [details.text_part(text, k, limit=2_000) for k in range(4)]
    assert [p[1] for p in parts[:3]] == [text[:2000], text[2000:4000], text[4000:]]
    assert parts[3][1] == text[:2000]  # after the last part, the first again
    assert parts[2][0].children == "characters 4,001–5,000 of 5,000"


# -- downloads ------------------------------------------------------------------------------------
@pytest.mark.parametrize("query, reason", [
    ("event_types=bogus", "unknown event type"),
    ("date_from=2024-12-31&date_to=2024-01-01", "is after date_to"),
    ("date_from=yesterday", "date_from"),
    ("min_geo_precision=perfect", "unknown precision"),
])
@pytest.mark.parametrize("fmt", ["csv", "geojson", "html"])
def test_a_download_with_an_invalid_filter_is_a_400_with_the_reason(client, query, reason, fmt):
    """An invalid filter once exported the whole dataset."""
    response = client.get(f"/geoapp/download/events.{fmt}?{query}")
    assert response.status_code == 400
    assert reason in response.get_data(as_text=True)
    assert "Sudzha" not in response.get_data(as_text=True)
