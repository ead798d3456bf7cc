"""The analyst's loop in the dashboard: paste a report, review its candidates, see the result.

One server per module on a copy of the demo store. Adding the same report again changes
nothing, so each test starts by adding it and works on whatever the queue then holds.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import TEAM_PASSWORD, Dashboard, picture_path, serve_team
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from geoapp.store import open_store

pytestmark = pytest.mark.browser

KURSK_REPORT = Path(__file__).resolve().parents[3] / "shared" / "reports" / "kursk-fake-documents.txt"
PUBLISHED = "2024-12-23"
OUTLET = "Kursk report (pasted)"
#: How long an action may take to report (it refreshes the view and the queue; under a
#: whole parallel test run on a slow machine a save took over 90 s).
ACTION_TIMEOUT_MS = 180_000


@pytest.fixture(scope="module")
def review_server(demo_db, tmp_path_factory, serve_store):
    db = tmp_path_factory.mktemp("review") / "review.db"
    shutil.copy(demo_db, db)
    with serve_store(db) as url:
        yield url, db


def status(dash) -> str:
    return dash.page.locator("#review-status").inner_text()


def queued(dash) -> int:
    return int(re.sub(r"\D", "", dash.page.locator("#review-count").inner_text()) or 0)


def do(dash, button: str, expect: str) -> str:
    """Click a review button and wait until the status says ``expect`` (a regex)."""
    dash.settle()  # the panel redrawn after the last action, before the next click
    before = status(dash)
    dash.page.locator(f"#{button}").first.click()
    dash.page.wait_for_function(  # each action refreshes the view: slow on a busy machine
        "([before, pattern]) => { const t = document.querySelector('#review-status').textContent;"
        " return t !== before && new RegExp(pattern).test(t); }", arg=[before, expect],
        timeout=ACTION_TIMEOUT_MS)
    dash.settle()
    return status(dash)


def open_queue(dash) -> None:
    """Open the review queue (the page carries only its heading until then) and wait until
    its list is filled."""
    dash.page.locator("#review-toggle").click()
    dash.page.locator("#review-list > *").first.wait_for()
    dash.settle()


def add_report(dash) -> None:
    open_queue(dash)
    dash.page.locator("#report-panel summary").click()
    dash.page.locator("#report-text").fill(KURSK_REPORT.read_text(encoding="utf-8"))
    dash.page.locator("#report-published").fill(PUBLISHED)
    dash.page.locator("#report-outlet").fill(OUTLET)
    do(dash, "report-add", "added to the queue")
    dash.page.locator("#report-panel summary").click()


def headline(dash) -> dict[str, str]:
    return {k: dash.page.locator(f"#stat-{k}").inner_text() for k in ("events", "killed", "wounded")}


def current(dash) -> str:
    return dash.page.locator(".review-entry.selected").get_attribute("data-event")


def test_the_whole_loop(dashboard, review_server, tmp_path):
    url, db = review_server
    dash = dashboard.open(url)
    before = headline(dash)
    add_report(dash)
    assert queued(dash) >= 5
    assert dash.page.locator("#review-context mark").inner_text().strip()  # the span, marked
    facts = dash.page.locator("#review-facts").inner_text()  # who says so, where it was read
    assert re.search(rf"^Source\t(.+, in |){re.escape(OUTLET)}", facts, re.M)
    assert re.search(r"Notes\textracted: cue '.+' \(confidence 0\.\d+\)", facts)
    picture = picture_path("review-queue.png", tmp_path)  # the picture in the README
    dash.page.locator("#review-panel").screenshot(path=str(picture))
    assert 20_000 < picture.stat().st_size <= 300_000
    assert headline(dash) == before  # candidates are not counted until accepted

    accepted = []
    for _ in range(3):
        selected = dash.page.locator(".review-entry.selected")
        if "Troop deployment · Russia" in selected.inner_text():  # kept for the edit below
            dash.page.locator(".review-entry:not(.selected)").filter(
                has_not_text="Troop deployment · Russia").first.click()
            dash.page.wait_for_function("() => !/Troop deployment · Russia/.test(document."
                                        "querySelector('.review-entry.selected').textContent)")
        accepted.append(current(dash))
        assert do(dash, "review-accept", "^Accepted") == f"Accepted {accepted[-1]}."
    # the country-level candidate (troops "in Russia") moved to a region
    dash.page.locator(".review-entry", has_text="Troop deployment · Russia").first.click()
    dash.page.wait_for_function("() => /Troop deployment · Russia/.test(document.querySelector("
                                "'.review-entry.selected').textContent)")
    edited = current(dash)
    dash.page.locator(".review-more summary", has_text="Edit fields").click()
    _choose_place(dash, "Kursk Oblast")
    assert do(dash, "review-save", "^Edited").startswith(f"Edited {edited}: place")
    rejected = current(dash)
    dash.page.locator("#review-reason").fill("restates a demo event")
    assert do(dash, "review-reject", "^Rejected") == f"Rejected {rejected}: restates a demo event"

    store = open_store(db)
    try:
        frame = store.read_events(accepted + [edited, rejected]).set_index("event_id")
        history = store.review_actions()
    finally:
        store.close()
    assert set(frame.loc[accepted, "status"]) == {"reported"}
    assert frame.loc[rejected, "status"] == "rejected"
    assert frame.loc[edited, "geo_precision"] == "region"
    assert frame.loc[edited, "adm1_code"] == "RUS-2362"
    assert len(history) >= 5

    after = headline(dash)
    assert int(after["events"].replace(",", "")) == int(before["events"].replace(",", "")) + 3
    assert (after["killed"], after["wounded"]) == (before["killed"], before["wounded"])  # once
    dash.expect_drawn(dash.count())  # every event on the map has a place
    with dash.page.expect_download() as download:
        dash.page.locator("#download-geojson").click()
    path = tmp_path / "after.geojson"
    download.value.save_as(path)
    ids = {f["properties"]["event_id"] for f in json.loads(path.read_text())["features"]}
    assert set(accepted) <= ids and rejected not in ids and edited not in ids
    assert len(ids) == dash.count()
    assert dash.page.locator(".ag-root").count() == 1

    queue_before_undo = queued(dash)
    assert do(dash, "review-undo", "^undid reject").endswith(rejected)
    assert queued(dash) == queue_before_undo + 1
    assert dash.page.locator(f".review-entry[data-event='{rejected}']").count() == 1

    half_filled = "duplicate of an earlier claim?"  # typed, not yet sent
    dash.page.locator("#review-reason").fill(half_filled)
    toggle = dash.page.locator("#review-toggle")  # closed, the queue is hidden
    toggle.click()
    dash.page.locator("#review-list").wait_for(state="hidden")
    assert (toggle.inner_text(), toggle.get_attribute("aria-expanded")) == ("Open the queue", "false")
    assert queued(dash) == queue_before_undo + 1  # the count stays in the heading
    toggle.click()  # opened again: the same queue, the form as it was left
    dash.page.locator("#review-list").wait_for(state="visible")
    assert dash.page.locator("#review-reason").input_value() == half_filled
    assert dash.page.locator(f".review-entry[data-event='{rejected}']").count() == 1
    assert dash.errors == []


def test_the_queue_by_keyboard_alone(dashboard, review_server):
    url, _ = review_server
    dash = dashboard.open(url)
    add_report(dash)
    dash.page.locator("#review-count").wait_for()
    start = queued(dash)
    assert start >= 2
    dash.page.locator(".review-entry.selected").focus()
    first = current(dash)
    dash.page.keyboard.press("n")  # next
    dash.page.wait_for_function("id => document.querySelector('.review-entry.selected')"
                                ".dataset.event !== id", arg=first)
    second = current(dash)
    dash.page.locator(".review-entry.selected").focus()
    dash.page.keyboard.press("a")  # accept
    dash.page.wait_for_function("id => document.querySelector('#review-status').textContent"
                                " === 'Accepted ' + id + '.'", arg=second)
    dash.settle()
    assert queued(dash) == start - 1
    dash.page.locator(".review-entry.selected").focus()
    dash.page.keyboard.press("r")  # reject: asks for the reason first
    assert dash.page.evaluate("() => document.activeElement.id") == "review-reason"
    dash.page.keyboard.type("not a separate incident")
    dash.page.keyboard.press("Enter")
    dash.page.wait_for_function("() => document.querySelector('#review-status').textContent"
                                ".startsWith('Rejected')")
    dash.settle()
    assert queued(dash) == start - 2
    for undone in ("reject", "accept"):  # u undoes, newest first
        dash.page.locator("#review-undo").focus()
        dash.page.keyboard.press("u")
        dash.page.wait_for_function("k => document.querySelector('#review-status').textContent"
                                    ".startsWith('undid ' + k)", arg=undone)
        dash.settle()
    assert queued(dash) == start
    assert dash.errors == []


@pytest.fixture(scope="module")
def team_server(demo_db, tmp_path_factory):
    with serve_team(demo_db, tmp_path_factory.mktemp("review-team"),
                    {"vera": "viewer", "eddie": "editor"}) as served:
        yield served


def signed_in(browser, url: str, name: str):
    context = browser.new_context(viewport={"width": 1600, "height": 1000})
    dash = Dashboard(context.new_page())
    dash.page.goto(url)
    dash.page.locator("#name").fill(name)
    dash.page.locator("#password").fill(TEAM_PASSWORD)
    dash.page.get_by_role("button", name="Sign in").click()
    dash.page.locator("#stat-events").wait_for(timeout=120_000)  # a worker's first page is slow
    dash.settle()
    return context, dash


def test_a_viewer_is_refused_and_an_editor_is_recorded(browser, team_server):
    url, db = team_server
    context, editor = signed_in(browser, url, "eddie")
    try:
        add_report(editor)
        target = current(editor)
        with editor.page.expect_request(lambda r: "_dash-update-component" in r.url
                                        and "review-accept" in (r.post_data or "")) as sent:
            assert do(editor, "review-accept", "^Accepted") == f"Accepted {target}."
        request = sent.value.post_data_json
        untouched = current(editor)
    finally:
        context.close()

    context, viewer = signed_in(browser, url, "vera")
    try:
        open_queue(viewer)
        assert "reviewing needs the editor role" in viewer.page.locator("#review-panel").inner_text()
        assert viewer.page.locator("#review-accept").is_disabled()
        # the same request the editor's Accept sent, for another candidate, as the viewer
        for state in request["state"]:
            if state["id"] == "review-current":
                state["value"] = {**state["value"], "event_id": untouched}
        token = next(c["value"] for c in context.cookies() if c["name"] == "_csrf_token")
        answer = viewer.page.request.post(url + "/_dash-update-component", data=request,
                                          headers={"X-CSRFToken": token})
        assert answer.status == 403
        assert "editor" in answer.text()
    finally:
        context.close()

    store = open_store(db)
    try:
        frame = store.read_events([target, untouched]).set_index("event_id")
        actions = store.review_actions()
    finally:
        store.close()
    assert frame.loc[target, "status"] == "reported"
    assert frame.loc[untouched, "status"] == "unreviewed"  # the viewer changed nothing
    mine = actions[actions["event_ids"].astype(str).str.contains(target, regex=False)]
    assert list(mine["reviewer"]) == ["eddie"] and list(mine["kind"]) == ["accept"]


def test_add_an_event_by_clicking_the_map(dashboard, review_server):
    url, db = review_server
    dash = dashboard.open(url + "?regions=RUS-2362&lat=51.7&lon=36.2&z=8")
    open_queue(dash)
    dash.page.locator("#event-panel summary").click()
    box = dash.page.locator("#map").bounding_box()  # Kursk in the middle, at zoom 8
    dash.page.locator("#map").click(position={"x": box["width"] / 2 + 40, "y": box["height"] / 2 - 60})
    place = dash.page.locator("#new-event-place")
    dash.page.wait_for_function("() => document.querySelector('#new-event-place').value !== ''")
    assert place.input_value() == "Kursk Oblast"  # the region the point is in
    lon = float(dash.page.locator("#new-event-lon").input_value())
    assert 34.0 < lon < 38.6
    dash.page.locator("#new-event-event_type").click()
    dash.page.get_by_role("option", name="Attack", exact=True).click()
    dash.page.locator("#new-event-date").fill("2024-12-20")
    dash.page.locator("#new-event-quote").fill("<b>seen</b> from the road")
    message = do(dash, "event-add", "^Added")
    event_id = message.split()[1]
    assert dash.page.locator(f".review-entry[data-event='{event_id}']").count() == 1
    store = open_store(db)
    try:
        event = store.read_events([event_id]).iloc[0]
    finally:
        store.close()
    assert (event["status"], event["adm1_code"], event["quote"]) == (
        "unreviewed", "RUS-2362", "<b>seen</b> from the road")
    assert dash.errors == []


def test_claims_side_by_side_and_a_link_broken(dashboard, demo_db, tmp_path, serve_store,
                                               demo_view):
    """On a store of its own: what the other tests accepted or rejected must not decide
    which incidents this one sees."""
    db = tmp_path / "claims.db"
    shutil.copy(demo_db, db)
    with serve_store(db) as url:
        _claims_and_a_broken_link(dashboard, url, demo_view)


def _claims_and_a_broken_link(dashboard, url: str, demo_view) -> None:
    dash = dashboard.open(url)
    add_report(dash)
    dash.open(url + "?include_unreviewed=1&min_sources=2")
    corroborated = dash.count()
    assert 0 < corroborated < len(demo_view.frame)  # only incidents that several sources report
    dash.page.locator(".ag-row").first.click()
    claims = dash.page.locator("#details .claim")
    claims.first.wait_for()
    shown = claims.count()
    assert shown >= 2
    heading = dash.page.locator("#details h4", has_text="Claims about this incident").inner_text()
    assert re.search(r"[2-9] independent sources", heading)
    assert claims.first.locator("text=Killed:").count() == 1
    assert dash.page.locator(".geoapp-sources").count() > 0  # the number on the markers

    message = do(dash, "details button:has-text('Not the same')", "separate incidents")
    assert "separate incidents" in message
    dash.page.wait_for_function(  # one claim fewer behind it, once the view is refreshed
        "([n, shown]) => +document.querySelector('#stat-events').textContent"
        ".replace(/\\D/g, '') < n || document.querySelectorAll('#details .claim').length < shown",
        arg=[corroborated, shown], timeout=ACTION_TIMEOUT_MS)
    open_queue(dash)  # the page was opened afresh above: the queue is closed
    assert do(dash, "review-undo", "^undid unlink")
    dash.expect_count(corroborated)
    assert dash.errors == []


def _choose_place(dash: Dashboard, name: str, attempts: int = 4) -> None:
    """Type ``name`` in the form's place field and pick the gazetteer's option for it. The
    options come from the server after the menu opens; when the menu has closed or been
    redrawn before they came or by the time they are settled, close it and type again, as
    a user would. Closing clears the search: typing the same text into a search that still
    holds it changes nothing, and no new options would be asked for."""
    option = dash.page.get_by_role("option", name=re.compile(re.escape(name))).first
    search = dash.page.locator("#review-field-place input.dash-dropdown-search, "
                               "input.dash-dropdown-search").first
    seen = []
    for attempt in range(attempts):
        if attempt and search.is_visible():
            seen.append((search.input_value(), dash.page.get_by_role("option").all_inner_texts()))
            dash.page.keyboard.press("Escape")
            search.wait_for(state="hidden")
        if not search.is_visible():
            dash.page.locator("#review-field-place").click()
        search.fill(name)
        try:  # the gazetteer's answer comes from the server, slow beside a busy test worker
            option.wait_for(timeout=60_000)
        except PlaywrightTimeout:
            continue
        dash.settle()
        if option.is_visible():
            option.click()
            return
    pytest.fail(f"the place field never kept an option for {name!r}; searched and shown: {seen}")
