"""The assembled app over HTTP, without a browser: page, callbacks, boundaries, downloads."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import geopandas as gpd
import pytest
from helpers.dash_http import call, csrf_headers
from helpers.pg_cluster import FAST_SETTINGS, running_cluster
from PIL import Image

from geoapp.dashboard import ids
from geoapp.dashboard.app import create_app
from geoapp.dashboard.controls import day_number
from geoapp.dashboard.data import LiveData
from geoapp.frames import events_to_frame
from geoapp.query import EventFilter, load_view
from geoapp.store import Batch, open_store

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"


@pytest.fixture
def events(make_event):
    d = dt.date
    return [
        make_event(event_id="e1", date_start=d(2024, 11, 2), date_end=d(2024, 11, 2),
                   source_name="A, with a comma", killed_low=2, killed_high=3),
        make_event(event_id="e2", date_start=d(2024, 12, 5), date_end=d(2024, 12, 5),
                   source_name="B", quote="<script>alert(1)</script>"),
        make_event(event_id="e3", date_start=d(2024, 12, 20), date_end=d(2024, 12, 20),
                   source_name="B", event_type="casualty_report", lon=None, lat=None,
                   adm1_code=None),
    ]


@pytest.fixture
def app(store, events):
    store.write_batch(Batch.from_frame(events_to_frame(events), source="test", format="records"))
    return create_app(store, tiles="none")


@pytest.fixture
def client(app):
    return app.server.test_client()


def test_page_is_served_from_this_server_only(client):
    html = client.get("/").get_data(as_text=True)
    sources = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
    assert sources and all(s.startswith("/") for s in sources), sources
    layout = client.get("/_dash-layout").get_json()
    assert ids.MAP in json.dumps(layout)


def test_slider_callback_over_http_counts_the_window(client, app, store):
    window = [day_number(dt.date(2024, 12, 1)), day_number(dt.date(2024, 12, 31))]
    response = call(client, app, f"{ids.SUMMARY}.children",
                    {f"{ids.SLIDER}.value": window, f"{ids.METRIC}.value": "events"},
                    f"{ids.SLIDER}.value")
    expected = len(load_view(store).select(EventFilter(date_from="2024-12-01")))
    assert expected == 2
    assert f'"children": "{expected}"' in json.dumps(response[ids.SUMMARY])
    query = response[ids.FILTER]["data"]
    assert EventFilter.from_query(query) == EventFilter(date_from="2024-12-01")


def test_the_page_after_a_review_shows_the_store_as_it_is_now(client, app, store, make_event):
    """A review action (here, or in another worker) bumps the page's version; the page's
    update then fires with the map's answer too, and must still read the store afresh."""
    def shown_events(changed: list[str], version: int) -> int:
        response = call(client, app, f"{ids.SUMMARY}.children",
                        {f"{ids.METRIC}.value": "events", f"{ids.REVIEW_VERSION}.data": version},
                        changed)
        return int(_component(response[ids.SUMMARY]["children"], "stat-events")["children"])

    before = shown_events([f"{ids.SLIDER}.value"], 0)
    store.write_batch(Batch.from_frame(events_to_frame([make_event(event_id="accepted")]),
                                       source="review", format="records"))
    after = shown_events([f"{ids.MAP_DRAWN}.data", f"{ids.REVIEW_VERSION}.data"], 1)
    assert after == before + 1


def test_the_review_queue_is_built_when_first_opened_and_hidden_when_closed(client, app):
    """Every component on the page costs the renderer work on each dispatch of a slider move:
    the page carries the queue's heading only until the toggle first opens it; closing hides
    it (a half-filled form is kept), and opening again shows it without building it anew."""
    layout = client.get("/_dash-layout").get_json()
    assert _component(layout, ids.REVIEW_TOGGLE)["aria-expanded"] == "false"
    assert not _component(layout, ids.REVIEW_QUEUE).get("children")
    assert _component(layout, ids.REVIEW_QUEUE)["hidden"] is True
    assert _component(layout, ids.REVIEW_LIST) is None and _component(layout, ids.REVIEW_ACCEPT) is None
    assert call(client, app, f"{ids.REVIEW_COUNT}.children", {f"{ids.REVIEW_VERSION}.data": 0},
                f"{ids.REVIEW_VERSION}.data")[ids.REVIEW_COUNT]["children"] == "0 to review"

    def toggle(clicks: int, built: bool) -> dict:
        return call(client, app, f"{ids.REVIEW_QUEUE}.children",
                    {f"{ids.REVIEW_TOGGLE}.n_clicks": clicks, f"{ids.REVIEW_BUILT}.data": built},
                    f"{ids.REVIEW_TOGGLE}.n_clicks")

    opened = toggle(1, False)
    assert opened[ids.REVIEW_TOGGLE] == {"children": "Close the queue", "aria-expanded": "true"}
    assert opened[ids.REVIEW_QUEUE]["hidden"] is False and opened[ids.REVIEW_BUILT]["data"] is True
    queue = opened[ids.REVIEW_QUEUE]["children"]
    assert all(_component(queue, i) is not None for i in (
        ids.REVIEW_LIST, ids.REVIEW_ACCEPT, ids.REVIEW_UNDO, ids.REVIEW_CURRENT, ids.REPORT_ADD))
    assert not _component(queue, ids.REVIEW_ACCEPT).get("disabled")  # the local user reviews
    # the queue's buttons, just drawn, fire the callbacks that write the review version with
    # no clicks: no action is taken
    for button in (ids.REVIEW_ACCEPT, ids.REVIEW_UNDO, ids.REPORT_ADD, ids.EVENT_ADD):
        assert call(client, app, f"{ids.REVIEW_VERSION}.data", {f"{button}.n_clicks": None},
                    f"{button}.n_clicks", status=204) is None
    closed = toggle(2, True)
    assert "children" not in closed[ids.REVIEW_QUEUE] and closed[ids.REVIEW_QUEUE]["hidden"] is True
    assert closed[ids.REVIEW_TOGGLE] == {"children": "Open the queue", "aria-expanded": "false"}
    again = toggle(3, True)
    assert "children" not in again[ids.REVIEW_QUEUE] and again[ids.REVIEW_QUEUE]["hidden"] is False


def _component(tree: object, component_id: str) -> dict | None:
    """The props of the component with this id in a Dash JSON layout tree."""
    if isinstance(tree, list):
        return next((found for item in tree if (found := _component(item, component_id))), None)
    if isinstance(tree, dict):
        props = tree.get("props", {})
        if props.get("id") == component_id:
            return props
        return _component(props.get("children"), component_id)
    return None


def test_points_callback_sends_columns(client, app):
    response = call(client, app, f"{ids.POINTS}.data", {f"{ids.MAP}.zoom": 6},
                    f"{ids.SLIDER}.value")
    payload = response[ids.POINTS]["data"]
    assert payload["mode"] == "points" and len(payload["k"]) == 2  # e3 has no point
    assert payload["notice"] == "1 event is without a location and not drawn"
    assert ids.NOTICE not in response  # written by the page's script from the payload


def test_layer_shapes_are_gzipped_and_cacheable(client):
    response = client.get("/geoapp/layers/regions.geojson?v=1", headers={"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert "max-age" in response.headers["Cache-Control"]
    regions = json.loads(gzip.decompress(response.data))
    codes = {f["properties"]["code"] for f in regions["features"]}
    assert "RUS-2362" in codes and all(c.startswith("RUS") for c in codes)
    plain = client.get("/geoapp/layers/boundaries.geojson")
    assert "Content-Encoding" not in plain.headers
    levels = [f["properties"]["level"] for f in json.loads(plain.data)["features"]]
    assert levels.count("country") > 200 and levels.count("region") == len(codes)
    assert client.get("/geoapp/layers/links.geojson").status_code == 404  # no fixed shapes
    assert client.get("/geoapp/layers/nothing.geojson").status_code == 404


def test_geojson_download_holds_exactly_the_filtered_events(client, store):
    flt = EventFilter(sources=("A, with a comma", "B"), date_from="2024-11-01")
    response = client.get(f"/geoapp/download/events.geojson?{flt.to_query()}")
    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    doc = json.loads(response.data)
    assert len(doc["features"]) == len(load_view(store).select(flt)) == 3
    frame = gpd.read_file(io.BytesIO(response.data))
    assert len(frame) == 3 and frame.crs.to_epsg() == 4326


def test_csv_and_html_downloads_and_unknown_formats(client):
    csv = client.get("/geoapp/download/events.csv?sources=B")
    assert csv.status_code == 200 and csv.data.decode().count("\n") == 3  # header + 2 rows
    page = client.get("/geoapp/download/events.html?sources=B")
    assert page.status_code == 200 and page.mimetype == "text/html"
    assert b"<script>alert(1)</script>" not in page.data  # the quote is escaped in the map too
    assert client.get("/geoapp/download/events.exe").status_code == 404


def _view_only(view):
    """In place of DashboardData.build: the view and its version, nothing derived."""
    return SimpleNamespace(view=view, version=view.version)


def test_live_data_reloads_after_an_ingest(store, events, make_event):
    store.write_batch(Batch.from_frame(events_to_frame(events), source="test", format="records"))
    live = LiveData(store, _view_only, every=0, wait=60)
    before = live.current()
    store.write_batch(Batch.from_frame(events_to_frame([make_event(event_id="new")]),
                                       source="t", format="records"))
    after = live.current()
    assert len(after.view) == len(before.view) + 1


def test_after_a_review_a_request_waits_for_the_reload_another_has_begun(store, events,
                                                                        make_event):
    """A plain request answers from the data it has while another reloads; one fired by a
    review action waits for that reload instead of answering from before the action."""
    import threading

    store.write_batch(Batch.from_frame(events_to_frame(events), source="test", format="records"))
    building, release = threading.Event(), threading.Event()

    def slow_build(view):
        if view.version != first.version:   # the reload after the change below
            building.set()
            release.wait(30)
        return _view_only(view)

    first = _view_only(load_view(store))
    live = LiveData(store, slow_build, every=0)
    store.write_batch(Batch.from_frame(events_to_frame([make_event(event_id="accepted")]),
                                       source="review", format="records"))
    reloading = threading.Thread(target=live.current)
    reloading.start()
    assert building.wait(30)
    assert len(live.current().view) == len(events)          # not waiting: the data before
    answers = []
    waiting = threading.Thread(target=lambda: answers.append(live.fresh()))
    waiting.start()
    waiting.join(0.5)
    assert waiting.is_alive() and not answers                # waits for the reload under way
    release.set()
    waiting.join(30)
    reloading.join(30)
    assert len(answers[0].view) == len(events) + 1


def _add(store, make_event, event_id: str) -> None:
    store.write_batch(Batch.from_frame(events_to_frame([make_event(event_id=event_id)]),
                                       source="t", format="records"))


def _settled(live: LiveData, also: Callable[[], object] = lambda: True) -> None:
    """Wait until the reload ended and ``also`` holds (the after-reload hook runs on the
    reload's thread once the new data is served, just after ``reloading`` turns False)."""
    for _ in range(600):
        if not live.reloading and also():
            return
        time.sleep(0.05)
    raise AssertionError("the reload did not end")


def test_a_server_starts_from_a_cache_behind_the_store_and_patches_it_meanwhile(
        store, events, make_event, monkeypatch):
    """At ten million events a patch and its linking take half a minute: the first page
    answers from the cache as it was, and the patched data follows in the background."""
    import threading

    from geoapp.query import viewcache

    monkeypatch.setattr(viewcache, "BEHIND_AT_LEAST", 0)

    store.write_batch(Batch.from_frame(events_to_frame(events), source="test", format="records"))
    cached = load_view(store)          # the cache, as the last server left it
    _add(store, make_event, "added-since")
    release, prepared = threading.Event(), []

    def slow_build(view):
        if view.version != cached.version:
            release.wait(30)
        return _view_only(view)

    live = LiveData(store, slow_build, every=0, wait=0)
    live.after_reload(lambda: prepared.append(live.current().version))
    first = live.current()             # notices the store moved on, does not wait
    assert first.version == cached.version and len(first.view) == len(events)
    assert live.reloading and live.current() is first and not prepared
    release.set()
    _settled(live, also=lambda: prepared)
    assert len(live.current().view) == len(events) + 1
    assert live.current().version == store.data_version() == prepared[0]


def test_no_reload_begins_before_the_server_watches(store, events, make_event, monkeypatch):
    """gunicorn forks its workers from the process that built the app: a reload begun there
    would leave each worker its lock held and never reload."""
    from geoapp.query import viewcache

    monkeypatch.setattr(viewcache, "BEHIND_AT_LEAST", 0)  # the start takes the cache as it is
    store.write_batch(Batch.from_frame(events_to_frame(events), source="test", format="records"))
    load_view(store)
    _add(store, make_event, "before-the-fork")
    live = LiveData(store, _view_only, every=0, wait=60, watching=False)
    assert len(live.current().view) == len(events) and not live.reloading
    live.watch()
    live.current()
    _settled(live)
    assert len(live.current().view) == len(events) + 1


def test_looking_for_a_change_is_not_reloading(store, events, monkeypatch):
    """A start's preparation skips data about to be replaced: a request merely looking for
    a change meanwhile must not read as a reload under way (the preparation was then lost)."""
    import threading

    store.write_batch(Batch.from_frame(events_to_frame(events), source="test", format="records"))
    live = LiveData(store, _view_only, every=0, wait=60)
    asked, release = threading.Event(), threading.Event()
    version = store.data_version

    def slow_version():
        asked.set()
        release.wait(30)
        return version()

    monkeypatch.setattr(store, "data_version", slow_version)
    looking = threading.Thread(target=live.current)
    looking.start()
    try:
        assert asked.wait(30)
        assert not live.reloading                     # looking, not reloading
    finally:
        release.set()
        looking.join(30)
    assert not live.reloading


def test_a_large_views_patch_waits_for_requests_to_pause(store, events, make_event,
                                                         monkeypatch):
    """The page's first answers share two cores and one interpreter with the patch: it
    begins once no request was under way for a second, or after a while however busy the
    server is."""
    from geoapp.dashboard import data
    from geoapp.query import viewcache

    monkeypatch.setattr(viewcache, "BEHIND_AT_LEAST", 0)
    store.write_batch(Batch.from_frame(events_to_frame(events), source="test", format="records"))
    built: list[float] = []

    def timed_build(view):
        built.append(time.monotonic())
        return _view_only(view)

    for yield_at_most in (60.0, 0.8):
        monkeypatch.setattr(data, "YIELD_AT_MOST", yield_at_most)
        live = LiveData(store, timed_build, every=0, wait=60)
        built.clear()
        _add(store, make_event, f"added-{yield_at_most}")
        noticed = time.monotonic()
        with live.serving():                          # a request under way …
            live.current()                            # … notices the change
            if yield_at_most > 10:
                time.sleep(1.5)
                assert not built                      # the patch waits for it …
            else:
                while not built and time.monotonic() < noticed + 30:
                    time.sleep(0.05)
                assert built and built[0] >= noticed + yield_at_most - 0.05  # … or the cap
        last = time.monotonic()
        _settled(live)
        assert live.current().version == store.data_version()
        if yield_at_most > 10:                        # … then a second of quiet
            assert built[0] >= last + data.QUIET - 0.1


def test_a_large_view_answered_from_while_its_patch_waits_is_prepared(store, events,
                                                                      make_event, monkeypatch):
    """Its patch waits for the first page and takes half a minute: the running totals,
    cells and shapes the page needs are built for the view it answers from meanwhile."""
    from pathlib import Path

    from geoapp.query import viewcache

    monkeypatch.setattr(viewcache, "BEHIND_AT_LEAST", 0)
    store.write_batch(Batch.from_frame(events_to_frame(events), source="test", format="records"))
    load_view(store)                   # the cache, as the last server left it
    _add(store, make_event, "added-since")
    sums = Path(str(store.cache_prefix) + viewcache.SUMS_SUFFIX)
    assert not sums.exists()
    app = create_app(store, tiles="none", background=False)
    app.server.extensions["geoapp_prepare"]()
    assert sums.exists()               # prepared for the view before the patch


def test_the_server_counts_each_request_in_and_out(store, events, monkeypatch):
    """What a large view's patch waits for: every request the server answers, and the
    start's preparation of what the first page needs, each counted in and out once."""
    from contextlib import contextmanager

    store.write_batch(Batch.from_frame(events_to_frame(events), source="test", format="records"))
    counted: list[str] = []
    serving = LiveData.serving

    @contextmanager
    def recorded(live):
        counted.append("in")
        with serving(live):
            yield
        counted.append("out")

    monkeypatch.setattr(LiveData, "serving", recorded)
    app = create_app(store, tiles="none", background=False)
    app.server.extensions["geoapp_prepare"]()
    assert counted == ["in", "out"]
    client = app.server.test_client()
    assert client.get("/").status_code == 200
    assert client.get("/_dash-layout").status_code == 200
    assert counted == ["in", "out"] * 3


def test_the_page_says_when_newer_changes_are_still_being_added(store, events, make_event,
                                                               monkeypatch):
    from geoapp.dashboard import data, layout

    store.write_batch(Batch.from_frame(events_to_frame(events), source="test", format="records"))
    from geoapp.dashboard.app import prepare_in_background

    monkeypatch.setattr(data, "REFRESH_SECONDS", 0)   # every request looks for changes
    app = create_app(store, tiles="none", background=False)
    prepare_in_background(app).join()                 # as a server does once it serves
    client = app.server.test_client()
    assert layout.UPDATING_NOTICE not in client.get("/_dash-layout").get_data(as_text=True)

    import threading

    release = threading.Event()
    loaded = data.load_view

    def slow_load(store, **options):
        release.wait(30)
        return loaded(store, **options)

    monkeypatch.setattr(data, "load_view", slow_load)
    _add(store, make_event, "added-while-serving")
    try:
        page = client.get("/_dash-layout").get_json()
        assert f'"id": "{ids.UPDATING}"' in json.dumps(page)
        assert layout.UPDATING_NOTICE in json.dumps(page)
    finally:
        release.set()
    for _ in range(600):
        if layout.UPDATING_NOTICE not in client.get("/_dash-layout").get_data(as_text=True):
            break
        time.sleep(0.05)
    else:
        raise AssertionError("the notice stayed after the reload")


def test_live_data_sees_an_ingest_made_by_another_process(store_target, store, events):
    """As a second server or an analyst's laptop would: another process, its own connection."""
    store.write_batch(Batch.from_frame(events_to_frame(events), source="test", format="records"))
    live = LiveData(store, _view_only, every=0, wait=60)
    before = live.current()
    ingest = subprocess.run([sys.executable, "-m", "geoapp", "ingest", "--db", store_target,
                             str(DATA / "acled_sample.csv")], capture_output=True, text=True,
                            timeout=300)
    assert ingest.returncode == 0, ingest.stderr
    assert len(live.current().view) == len(before.view) + 4  # the file's four good rows


def test_unknown_tiles_option_is_refused(store):
    with pytest.raises(ValueError, match="tiles"):
        create_app(store, tiles="satellite")


def test_animation_of_the_view_with_progress(client):
    view = "date_from=2024-11-01&date_to=2024-12-31&step=month&layers=events,boundaries"
    started = client.post("/geoapp/animation", json={"view": view, "format": "gif"},
                          headers=csrf_headers(client))
    assert started.status_code == 202
    job = started.get_json()["job"]
    seen = []
    for _ in range(600):
        status = client.get(f"/geoapp/animation/{job}").get_json()
        seen.append((status["state"], status["done"], status["total"]))
        if status["state"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert status == {"state": "done", "done": 2, "total": 2, "frames": 2, "error": None}
    file = client.get(f"/geoapp/animation/{job}/file")
    assert file.mimetype == "image/gif" and "attachment" in file.headers["Content-Disposition"]
    with Image.open(io.BytesIO(file.data)) as gif:
        assert gif.n_frames == 2 and gif.size == (1280, 720)
    assert all(state in ("waiting", "rendering", "done") for state, _, _ in seen)


def test_animation_as_mp4_and_requests_that_make_no_sense(client):
    assert client.post("/geoapp/animation", json={"format": "avi"}).status_code == 403  # no token
    assert client.post("/geoapp/animation", json={"format": "avi"},
                       headers=csrf_headers(client)).status_code == 400
    assert client.get("/geoapp/animation/nope").status_code == 404
    view = "step=day&date_from=2024-12-01&date_to=2024-12-03&layers=nothing"  # outlines only
    job = client.post("/geoapp/animation", json={"view": view, "format": "mp4"},
                      headers=csrf_headers(client)).get_json()["job"]
    assert client.get(f"/geoapp/animation/{job}/file").status_code == 404  # not ready yet
    for _ in range(600):
        status = client.get(f"/geoapp/animation/{job}").get_json()
        if status["state"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert status["state"] == "done" and status["frames"] == 3
    file = client.get(f"/geoapp/animation/{job}/file")
    assert file.mimetype == "video/mp4" and file.data[4:8] == b"ftyp"
def test_live_data_keeps_serving_when_the_database_server_goes_away(events, caplog):
    with running_cluster(FAST_SETTINGS) as cluster:
        store = open_store(cluster.url(cluster.new_database(), password=True))
        store.write_batch(Batch.from_frame(events_to_frame(events), source="t", format="records"))
        live = LiveData(store, _view_only, every=0)
    # The server has stopped and its files are gone.
    assert len(live.current().view) == len(events)
    assert "serving the data of version" in caplog.text and "cannot open" in caplog.text
    assert cluster.password not in caplog.text


def test_layer_shapes_are_kept_on_disk_and_served_from_there_by_the_next_start(
        app, store, monkeypatch):
    from geoapp.dashboard.routes import shapes_path
    from geoapp.styles.regions import RegionsLayer

    first = app.server.test_client().get("/geoapp/layers/regions.geojson")
    assert first.status_code == 200 and shapes_path(store, "regions").exists()
    monkeypatch.setattr(RegionsLayer, "shapes", lambda self, countries: pytest.fail("rebuilt"))
    again = create_app(store, tiles="none", background=False).server.test_client()
    assert again.get("/geoapp/layers/regions.geojson").data == first.data


def test_kept_shapes_are_built_again_for_other_countries_or_other_outlines(tmp_path,
                                                                           monkeypatch):
    from geoapp.dashboard import routes
    from geoapp.styles import MapContext, load_layers
    from geoapp.styles.regions import RegionsLayer

    specs = load_layers()
    layer = RegionsLayer(specs["regions"], MapContext(specs))
    built = []
    monkeypatch.setattr(RegionsLayer, "shapes", lambda self, countries: built.append(
        countries) or ",".join(sorted(countries)).encode())
    path = tmp_path / "store.db.regions.shapes"

    def shapes(countries: set[str]) -> bytes:
        return gzip.decompress(routes.stored_shapes(path, layer, frozenset(countries)))

    assert shapes({"UA", "RU"}) == b"RU,UA" and shapes({"RU", "UA"}) == b"RU,UA"
    assert len(built) == 1  # the second read the file
    assert shapes({"UA"}) == b"UA" and len(built) == 2
    monkeypatch.setattr(routes, "outlines_digest", lambda: "other data")
    assert shapes({"UA"}) == b"UA" and len(built) == 3
    path.write_bytes(b"torn")
    assert shapes({"UA"}) == b"UA" and len(built) == 4
    unwritable = tmp_path / "missing" / "store.db.regions.shapes"
    assert gzip.decompress(routes.stored_shapes(unwritable, layer, frozenset({"UA"}))) == b"UA"
