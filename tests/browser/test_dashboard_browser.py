"""The dashboard in headless Chromium with the bundled demo data, used as a user would."""

from __future__ import annotations

import datetime as dt
import json

import geopandas as gpd
import pytest
from conftest import picture_path

from geoapp.frames import events_to_frame
from geoapp.model import Event
from geoapp.query import EventFilter
from geoapp.store import Batch, open_store

pytestmark = pytest.mark.browser

KURSK_VIEW = "?lat=50.6&lon=35.5&z=6"  # Kursk and north-eastern Ukraine
SOURCE = "Ukrainian special forces"


def located(view, flt: EventFilter) -> int:
    positions = view.select(flt)
    return int(view.frame["lon"].iloc[positions].notna().sum())


def choose_source(dash, name: str) -> None:
    """Type in the sources box and pick the match, as a user would."""
    dash.page.locator("#filter-sources").click()
    search = dash.page.locator("input.dash-dropdown-search")  # the open list's search box
    search.wait_for()
    search.fill(name)  # not key by key: under load keys typed before it has focus are lost
    option = dash.page.get_by_role("option", name=name, exact=False).first
    option.wait_for()
    option.click()  # clicking the option, not Enter: the focused one may lag under load
    dash.page.keyboard.press("Escape")
    dash.page.wait_for_function("() => location.search.includes('sources=')")


def click_marker(dash) -> None:
    """Click the top-most event marker where a user would: in its middle."""
    box = dash.page.locator(".geoapp-marker").last.bounding_box()
    dash.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_page_loads_without_errors_and_counts_like_the_query_layer(dashboard, server, demo_view):
    dash = dashboard.open(server)
    everything = EventFilter()
    assert dash.count() == len(demo_view.select(everything)) > 1_000
    dash.expect_drawn(located(demo_view, everything))
    assert dash.window() == (str(demo_view.date_span()[0]), str(demo_view.date_span()[1]))
    assert dash.page.locator("#timeline .bars, #timeline .trace").count() > 0
    assert dash.errors == []


def test_slider_keyboard_and_timeline_box_move_the_window(dashboard, server, demo_view):
    dash = dashboard.open(server)
    before_count, before_drawn = dash.count(), dash.drawn()
    start, end = dash.press_on_thumb(0, "PageUp", 30)  # 10 days a press
    assert start > str(demo_view.date_span()[0]) and end == str(demo_view.date_span()[1])
    flt = EventFilter(date_from=start)
    dash.expect_count(len(demo_view.select(flt)))
    assert dash.count() < before_count
    dash.expect_drawn(located(demo_view, flt))
    assert dash.drawn() < before_drawn

    box = dash.page.locator("#timeline .nsewdrag").bounding_box()  # draw a box on the timeline
    dash.page.mouse.move(box["x"] + box["width"] * 0.4, box["y"] + 20)
    dash.page.mouse.down()
    dash.page.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + 40, steps=5)
    dash.page.mouse.up()
    dash.page.wait_for_function("w => document.querySelector('.dash-datepicker-start-date')"
                                ".value !== w", arg=start)
    dash.settle()
    start, end = dash.window()
    assert str(demo_view.date_span()[0]) < start < end < str(demo_view.date_span()[1])
    dash.expect_count(len(demo_view.select(EventFilter(date_from=start, date_to=end))))
    assert dash.errors == []


def test_play_advances_the_window_and_pause_holds_it(dashboard, server, demo_view):
    dash = dashboard.open(server)
    dash.page.locator("#play-speed").click()
    dash.page.get_by_role("option", name="fast").click()
    play = dash.page.locator("#play-button")
    play.click()
    windows = [dash.window()]
    for _ in range(60):
        dash.page.wait_for_timeout(150)
        if dash.window() != windows[-1]:
            windows.append(dash.window())
        if len(windows) > 4:
            break
    play.click()
    assert len(windows) > 4, windows  # the first window and at least three steps after it
    assert [w[0] for w in windows[1:]] == sorted(w[0] for w in windows[1:])
    dash.settle()
    held, count = dash.window(), dash.count()
    assert count == len(demo_view.select(EventFilter(date_from=held[0], date_to=held[1])))
    dash.page.wait_for_timeout(1_500)
    assert dash.window() == held and dash.count() == count
    assert "Play" in play.inner_text()
    assert dash.errors == []


def test_one_source_its_details_and_its_download(dashboard, server, demo_view, tmp_path):
    dash = dashboard.open(server + KURSK_VIEW)
    choose_source(dash, SOURCE)
    flt = EventFilter(sources=(SOURCE,))
    dash.expect_count(len(demo_view.select(flt)))
    assert dash.markers() == dash.drawn() == located(demo_view, flt) > 0
    rows = demo_view.rows(demo_view.select(flt))
    assert set(rows["source_name"]) == {SOURCE}

    click_marker(dash)
    dash.page.locator("#details blockquote").wait_for()
    assert dash.page.locator("#details blockquote").inner_text() in set(rows["quote"])
    assert SOURCE in dash.details()

    with dash.page.expect_download() as download:
        dash.page.locator("#download-geojson").click()
    path = tmp_path / "snapshot.geojson"
    download.value.save_as(path)
    features = json.loads(path.read_text())["features"]
    assert len(features) == dash.count()
    assert {f["properties"]["source_name"] for f in features} == {SOURCE}
    assert len(gpd.read_file(path)) == dash.count()
    assert dash.errors == []


def test_the_link_brings_the_same_view_back(dashboard, new_dashboard, server, demo_view):
    dash = dashboard.open(server + KURSK_VIEW)
    choose_source(dash, "UCDP GED")
    dash.settle()
    window = dash.press_on_thumb(1, "PageDown", 20)
    count = len(demo_view.select(EventFilter(sources=("UCDP GED",), date_to=window[1])))
    dash.expect_count(count)
    dash.page.wait_for_function("d => location.search.includes('date_to=' + d)", arg=window[1])
    link = dash.page.url
    dash.page.close()  # as if the link were opened somewhere else

    other = new_dashboard().open(link)
    other.expect_count(count)
    assert other.window() == window
    assert other.page.locator("#filter-sources").inner_text().count("UCDP GED") == 1
    assert other.errors == []


def test_main_view_screenshot(dashboard, server, tmp_path):
    """The picture in the README: every event, one curated report open in the details."""
    dash = dashboard.open(server + "?lat=49.4&lon=34.6&z=6")
    dash.page.locator(".ag-row").first.wait_for()
    choose_source(dash, SOURCE)
    dash.settle()
    dash.page.locator(".ag-row", has_text=SOURCE).first.click()
    dash.page.locator("#details blockquote").wait_for()
    dash.page.locator("#filter-reset").click()
    dash.settle()
    dash.page.wait_for_timeout(500)
    picture = picture_path("screenshot.png", tmp_path)
    dash.page.screenshot(path=str(picture))
    assert picture.stat().st_size > 50_000
    assert dash.errors == []


def test_new_events_appear_and_their_text_stays_text(dashboard, own_server):
    url, db = own_server
    dash = dashboard.open(url + KURSK_VIEW)
    before = dash.count()
    store = open_store(db)
    store.write_batch(Batch.from_frame(events_to_frame([Event(
        event_id="probe:1", event_type="attack", date_start=dt.date(2024, 12, 22),
        date_end=dt.date(2024, 12, 22), location_text="Sudzha", country="RU", lon=35.27,
        lat=51.19, source_name="probe", source_url="javascript:window.__xss=3",
        quote='<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>',
        notes="xss-probe <b>not bold</b>")]), source="probe", format="records"))
    store.close()
    for _ in range(20):  # the server looks for new data every few seconds
        dash.page.wait_for_timeout(1_000)
        dash.open(url + KURSK_VIEW)
        if dash.count() == before + 1:
            break
    assert dash.count() == before + 1

    dash.page.locator("#filter-text").fill("xss-probe")
    dash.page.keyboard.press("Enter")
    dash.expect_count(1)
    dash.page.locator(".ag-row", has_text="probe").click()  # once the table has followed
    quote = dash.page.locator("#details blockquote")
    quote.wait_for()
    assert quote.inner_text() == '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
    assert "<b>not bold</b>" in dash.details()
    assert dash.page.locator("#details a[href^='javascript']").count() == 0
    assert dash.page.evaluate("() => window.__xss") is None
    assert dash.errors == []
