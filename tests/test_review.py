"""Review actions on both store backends: each is one data version, kept in history, undoable."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect

from geoapp.frames import events_to_frame
from geoapp.query import EventFilter, load_view
from geoapp.query.summary import headline
from geoapp.review import (
    ReviewError,
    accept,
    add_report,
    edit,
    link,
    merge,
    place_options,
    queue,
    queue_size,
    reject,
    reviewer_name,
    split,
    undo,
)
from geoapp.store import Batch, migrations, open_store, schema

D = dt.date
REPORT = ("KYIV, Dec 23 (Test Wire) - Ukrainian special forces said three North Korean soldiers "
          "were killed in the Kursk region of western Russia. Officials said drones attacked "
          "Sudzha on Sunday.")


def _candidates(store, make_event, n=3, **fields):
    events = [make_event(event_id=f"x:{i}", status="unreviewed", killed_low=i + 1,
                         killed_high=i + 1, source_name=f"outlet {i}",
                         origin=f"report.txt#chars={i * 10}-{i * 10 + 5}", **fields)
              for i in range(n)]
    store.write_batch(Batch.from_frame(events_to_frame(events), source="report.txt",
                                       format="frame"))
    return [e.event_id for e in events]


def _status(store, event_id):
    frame = store.read_events([event_id])
    return frame["status"].iloc[0] if len(frame) else None


def test_accept_and_reject_are_versions_with_history_and_undo(store, make_event):
    ids = _candidates(store, make_event)
    version = store.data_version()
    accept(store, ids[0], reviewer="ann")
    reject(store, ids[1], reviewer="ann", reason="a duplicate of x:0")
    assert (_status(store, ids[0]), _status(store, ids[1])) == ("reported", "rejected")
    assert store.data_version() == version + 2
    history = store.history(ids[1])
    assert history[["status", "changed_by"]].values.tolist() == [["unreviewed", "ann"]]
    actions = store.review_actions("ann")
    assert actions["kind"].tolist() == ["accept", "reject"]
    assert actions["reason"].tolist()[1] == "a duplicate of x:0"
    assert undo(store, reviewer="bob") is None  # bob did nothing
    assert undo(store, reviewer="ann") == f"undid reject of {ids[1]}"
    assert undo(store, reviewer="ann") == f"undid accept of {ids[0]}"
    assert (_status(store, ids[0]), _status(store, ids[1])) == ("unreviewed", "unreviewed")
    assert undo(store, reviewer="ann") is None
    accept(store, ids[2], reviewer="ann")
    with pytest.raises(ReviewError, match="already accepted"):
        accept(store, ids[2], reviewer="ann")
    with pytest.raises(ReviewError, match="no event"):
        reject(store, "x:missing", reviewer="ann")


def test_the_view_after_an_action_reflects_it(store, make_event):
    ids = _candidates(store, make_event)
    before = load_view(store)
    everything = EventFilter(include_unreviewed=True)
    assert len(before.select(EventFilter())) == 0
    accept(store, ids[0], reviewer="ann")
    reject(store, ids[1], reviewer="ann")
    after = load_view(store)  # patched from the cache, not rebuilt
    assert after.version == store.data_version() > before.version
    shown = after.frame["event_id"].iloc[after.select(EventFilter())].tolist()
    assert shown == [ids[0]]
    assert len(after.select(everything)) == 2  # the rejected one is hidden even then
    undo(store, reviewer="ann")
    assert len(load_view(store).select(everything)) == 3


def test_edit_regeocodes_a_country_level_candidate_to_its_region(store, make_event):
    [cid] = _candidates(store, make_event, n=1)
    edit(store, cid, {"place": "Russia"}, reviewer="ann")
    assert store.read_events([cid])["geo_precision"].iloc[0] == "country"
    edit(store, cid, {"place": "Kursk Oblast", "killed_high": "4", "date_end": "2024-12-22"},
         reviewer="ann")
    row = store.read_events([cid]).iloc[0]
    assert (row["geo_precision"], row["adm1_code"], row["country"]) == ("region", "RUS-2362", "RU")
    assert (row["killed_high"], row["status"], str(row["date_end"])[:10]) == (
        4, "unreviewed", "2024-12-22")
    assert 50 < row["lat"] < 53 and 34 < row["lon"] < 39
    for bad, message in (({"lat": 3}, "place"), ({"status": "reported"}, "accept or reject"),
                         ({"killed_low": "many"}, "whole number"), ({"colour": "red"}, "unknown"),
                         ({"killed_low": 9}, "below"), ({"place": "Nowhere-on-earth-xyz"},
                                                        "not found")):
        with pytest.raises(ReviewError, match=message):
            edit(store, cid, bad, reviewer="ann")
    undo(store, reviewer="ann")
    assert store.read_events([cid])["geo_precision"].iloc[0] == "country"


def test_merge_links_and_split(store, make_event):
    ids = _candidates(store, make_event)
    stored = make_event(event_id="kept", killed_low=1, killed_high=1, source_name="agency")
    store.write_batch(Batch.from_frame(events_to_frame([stored]), source="other", format="f"))
    merge(store, ids[0], "kept", reviewer="ann")
    assert _status(store, ids[0]) == "reported"
    assert store.incident_links().values.tolist() == [["kept", ids[0], True]]
    view = load_view(store)
    incidents = view.incidents()
    positions = view.frame.index[view.frame["event_id"].isin(["kept", ids[0]])]
    assert incidents.iloc[positions].nunique() == 1
    h = headline(view, view.select(EventFilter()))
    assert (h.events, h.incidents, h.killed.low, h.sources) == (2, 1, 1, 2)
    link(store, ids[0], "kept", confirmed=False, reviewer="bob")
    assert store.incident_links().values.tolist() == [["kept", ids[0], False]]
    parts = split(store, ids[1], [{"killed_low": 1, "killed_high": 1},
                                  {"event_type": "capture", "killed_low": "", "killed_high": ""}],
                  reviewer="bob")
    assert parts == [f"{ids[1]}:1", f"{ids[1]}:2"]
    assert store.read_events([ids[1]]).empty
    assert store.reviewed_ids([ids[1], ids[2]]) == {ids[1]}  # a re-extraction leaves it split
    assert store.read_events(parts)["event_type"].tolist() == ["attack", "capture"]
    assert set(load_view(store).frame["event_id"]) >= set(parts)
    assert undo(store, reviewer="bob").startswith("undid split")
    assert store.read_events(parts).empty and _status(store, ids[1]) == "unreviewed"
    assert ids[1] in set(load_view(store).frame["event_id"])
    undo(store, reviewer="bob")
    assert store.incident_links().values.tolist() == [["kept", ids[0], True]]
    with pytest.raises(ReviewError, match="itself"):
        merge(store, "kept", "kept", reviewer="ann")
    with pytest.raises(ReviewError, match="at least two"):
        split(store, ids[2], [{}], reviewer="ann")


def test_undo_refuses_to_throw_away_a_later_action(store, make_event):
    [cid] = _candidates(store, make_event, n=1)
    edit(store, cid, {"notes": "checked"}, reviewer="ann")
    accept(store, cid, reviewer="bob")
    with pytest.raises(ReviewError, match="changed again"):
        undo(store, reviewer="ann")
    undo(store, reviewer="bob")
    undo(store, reviewer="ann")
    assert store.read_events([cid])["notes"].iloc[0] is None


def test_add_report_fills_the_queue_with_the_text_around_each_quote(store):
    ids = add_report(store, REPORT, published=D(2024, 12, 23), outlet="Test Wire",
                     url="https://example.org/r", reviewer="ann")
    assert ids
    items = queue(store)
    assert {i.event["event_id"] for i in items} == set(ids)
    item = items[0]
    assert item.span in REPORT and item.event["status"] == "unreviewed"
    assert REPORT.index(item.span) == len(item.context_before)
    assert (item.context_before + item.span + item.context_after) in REPORT
    assert item.report_id.startswith("report:")
    assert store.report(item.report_id)["outlet"] == "Test Wire"
    assert all({"name", "adm1_code", "country", "lon", "lat"} <= set(a) for a in
               item.alternatives)
    later = add_report(store, REPORT.replace("Dec 23", "Dec 30"), published=D(2024, 12, 30),
                       outlet="Other Wire", url=None, reviewer="bob")
    order = [i.event["event_id"] for i in queue(store)]
    assert order[:len(later)] == later and order[len(later):] == ids  # newest report first
    accept(store, ids[0], reviewer="ann")
    assert ids[0] not in {i.event["event_id"] for i in queue(store)}
    assert queue_size(store) == len(queue(store)) == len(ids) + len(later) - 1
    with pytest.raises(ReviewError, match="publication date"):
        add_report(store, "Drones attacked Kharkiv last night.", published=None, outlet=None,
                   url=None, reviewer="ann")


def test_place_search_offers_the_geocoder_readings():
    options = place_options("Sudzha")
    assert options[0]["name"] == "Sudzha" and options[0]["adm1_code"] == "RUS-2362"
    assert place_options("   ") == []


def test_reviewer_is_the_os_user_outside_a_request(monkeypatch):
    monkeypatch.setattr("geoapp.review.actions.local_user", lambda: "os-user")
    assert (reviewer_name(), reviewer_name("ann")) == ("os-user", "ann")


def test_the_signed_in_account_reviews_in_server_mode():
    from flask import Flask, g

    from geoapp.server.auth import Account

    app = Flask("t")
    with app.test_request_context("/"):
        g.geoapp_account = Account("editor-1", "editor")
        assert reviewer_name() == "editor-1"


def test_a_store_past_version_5_without_its_tables_gets_them(store_target, make_event):
    store = open_store(store_target)
    with store.engine.begin() as conn:
        for table in reversed(schema.REVIEW_TABLES):
            table.drop(conn)
    store.close()
    reopened = open_store(store_target)
    with reopened.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        version = migrations.current_version(conn)
    assert {t.name for t in schema.REVIEW_TABLES} <= names
    assert version == migrations.latest_version()
    assert reopened.applied_migrations == (5,)  # `geoapp db migrate` names it
    reopened.close()


def test_add_report_stores_a_second_strike_as_its_own_event(store):
    text = ("Russian drones struck an apartment block in Kharkiv on Monday, killing three "
            "people, the governor said.\n\nAnother strike hit a warehouse in the city later "
            "on Monday, the mayor said, killing a security guard.")
    ids = add_report(store, text, published=D(2025, 6, 10), outlet="Test Wire", url=None,
                     reviewer="ann")
    assert len(ids) == 2
    stored = store.read_events(ids)
    assert sorted(stored["killed_low"].tolist()) == [1, 3]
