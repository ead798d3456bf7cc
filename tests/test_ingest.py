"""Structured ingest: real UCDP and ACLED files, broken rows, encodings, atomicity, idempotency."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geoapp.cli import cli
from geoapp.demo import DEMO_FILES, load_demo
from geoapp.errors import ReadError
from geoapp.frames import frame_to_events
from geoapp.ingest import detect_format, read_file
from tests.conftest import UCDP_SAMPLE

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def ucdp_store(backend):
    from geoapp.store import open_store

    store = open_store(backend.new_target())
    first = store.write_batch(read_file(UCDP_SAMPLE))
    second = store.write_batch(read_file(UCDP_SAMPLE))
    return store, first, second


def test_ucdp_sample_lands_whole(ucdp_store):
    store, first, _ = ucdp_store
    assert (first.read, first.added, first.rejected) == (3883, 3883, 0)
    assert first.format == "ucdp"
    assert store.count() == 3883


def test_ucdp_second_ingest_adds_nothing(ucdp_store):
    store, _, second = ucdp_store
    assert (second.read, second.added, second.updated, second.duplicates) == (3883, 0, 0, 3883)
    assert store.count() == 3883


def test_ucdp_best_estimates_sum_to_published_total(ucdp_store):
    frame = ucdp_store[0].read_frame()
    assert int(frame["killed_best"].sum()) == 18_480
    assert (frame["killed_low"] <= frame["killed_best"]).all()
    assert (frame["killed_best"] <= frame["killed_high"]).all()


def test_ucdp_fields_are_mapped(ucdp_store):
    frame = ucdp_store[0].read_frame().set_index("event_id")
    first = frame.loc["ucdp:147997"]
    assert str(first["date_start"].date()) == "2014-01-22"
    assert first["date_precision"] == "day"
    assert first["geo_precision"] == "exact"
    assert first["country"] == "UA"
    assert first["adm1_code"].startswith("UKR-")
    assert first["source_name"] == "UCDP GED"
    assert first["sub_type"] == "state-based conflict"
    assert set(frame["date_precision"]) <= {"day", "week", "month", "year"}
    # Every UCDP event in the sample is in Ukraine: none may land in a Russian region.
    assert not frame["adm1_code"].dropna().str.startswith("RUS-").any()
    assert frame["adm1_code"].notna().mean() > 0.99
    assert frame["origin"].str.fullmatch(r"ucdp_ged_ukraine_sample\.csv:\d+").all()


def test_acled_file_lands_good_rows_and_reports_bad_lines(store):
    summary = store.write_batch(read_file(DATA / "acled_sample.csv"))
    assert summary.format == "acled"
    assert (summary.read, summary.added, summary.rejected) == (7, 4, 3)
    rejects = store.rejects(summary.batch_id).set_index("line")["reason"]
    assert sorted(rejects.index) == [5, 6, 7]
    assert "event_date" in rejects[5] and "'not a date'" in rejects[5]
    assert "latitude" in rejects[6]
    assert "fields" in rejects[7]
    events = {e.event_id: e for e in frame_to_events(store.read_frame())}
    shelling = events["acled:UKR900001"]
    assert (shelling.event_type, shelling.sub_type) == ("attack", "Shelling/artillery/missile attack")
    assert shelling.killed_low == shelling.killed_high == shelling.killed_best == 1
    assert shelling.country == "UA" and shelling.date_start.isoformat() == "2024-12-20"
    assert events["acled:UKR900002"].date_precision == "week"
    assert (events["acled:UKR900002"].date_end - events["acled:UKR900002"].date_start).days == 6
    assert events["acled:UKR900002"].adm1_code == "RUS-2362"
    assert events["acled:UKR900003"].event_type == "troop_deployment"
    assert events["acled:UKR900003"].date_precision == "month"
    assert events["acled:UKR900003"].date_end.isoformat() == "2024-12-31"
    assert events["acled:UKR900007"].event_type == "capture"


def test_generic_csv_reports_each_bad_row_by_line(store):
    summary = store.write_batch(read_file(DATA / "broken_events.csv"))
    assert summary.format == "csv"
    assert (summary.read, summary.added, summary.rejected) == (6, 3, 3)
    reasons = store.rejects(summary.batch_id).set_index("line")["reason"].to_dict()
    assert set(reasons) == {3, 4, 5}
    assert "'2024-13-45'" in reasons[3]
    assert "unknown event_type 'battle'" in reasons[4]
    assert "killed_high is below killed_low" in reasons[5]


def test_unknown_place_falls_back_to_stated_country_and_says_so(store):
    store.write_batch(read_file(DATA / "broken_events.csv"))
    events = {e.quote: e for e in frame_to_events(store.read_frame())}
    atlantis = events["Unit seen in a place that does not exist."]
    assert atlantis.geo_precision == "country"
    assert atlantis.country == "UA"
    assert atlantis.adm1_code is None
    assert any("'Atlantis' not found" in f for f in atlantis.flags)
    sudzha = events["Shelling reported in Sudzha."]
    assert sudzha.adm1_code == "RUS-2362" and sudzha.geo_precision == "exact"


def test_unparseable_file_leaves_store_untouched(store, tmp_path):
    load_demo(store)
    before = (store.count(), len(store.batches()))
    bad = tmp_path / "garbage.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [')
    with pytest.raises(ReadError, match="not valid JSON"):
        store.write_batch(read_file(bad))
    assert (store.count(), len(store.batches())) == before


def test_cli_reports_unreadable_file_in_one_line(tmp_path):
    bad = tmp_path / "empty.csv"
    bad.write_text("")
    result = CliRunner().invoke(cli, ["ingest", str(bad), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"error: {bad}: file is empty"]


def test_windows_1252_file_is_decoded(store, tmp_path):
    text = "date,type,location,country,source,quote\n2024-12-20,attack,Kyiv,UA,Café Wire,Réport\n"
    path = tmp_path / "cp1252.csv"
    path.write_bytes(text.encode("cp1252"))
    summary = store.write_batch(read_file(path))
    assert (summary.added, summary.rejected) == (1, 0)
    (event,) = frame_to_events(store.read_frame())
    assert event.source_name == "Café Wire"


def test_single_undecodable_line_in_utf8_file_is_rejected(store, tmp_path):
    lines = [b"date,type,location,country,source,quote"]
    lines += [f"2024-12-{d:02d},attack,Kyiv,UA,Wire,Звіт {d}".encode() for d in range(1, 21)]
    lines.insert(5, b"2024-12-30,attack,Kyiv,UA,Wire,Bad \xff byte")
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\n".join(lines) + b"\n")
    summary = store.write_batch(read_file(path))
    assert (summary.added, summary.rejected) == (20, 1)
    reject = store.rejects(summary.batch_id).iloc[0]
    assert reject["line"] == 6 and "encoding" in reject["reason"]


def test_curated_kursk_events_keep_places_apart(store):
    load_demo(store)
    events = {e.event_id: e for e in frame_to_events(store.read_frame())
              if e.event_id.startswith("kursk-")}
    assert len(events) == 7
    assert {e.origin for e in events.values()} == {
        f"kursk_report_events.jsonl:{n}" for n in range(1, 8)}
    seizure = events["kursk-2024-12:document-seizure"]
    assert seizure.adm1_code == "RUS-2362" and seizure.geo_precision == "region"
    tuva = next(p for p in seizure.related_places if p.role == "birthplace_on_documents")
    assert tuva.adm1_code == "RUS-2605" and tuva.lon is not None
    assert seizure.lon is not None and abs(seizure.lon - tuva.lon) > 50  # Kursk is far from Tuva
    troops = events["kursk-2024-12:troops-estimate"]
    assert (troops.geo_precision, troops.country, troops.adm1_code) == ("country", "RU", None)
    assert (troops.count_low, troops.count_high, troops.count_unit) == (11000, 12000, "troops")
    since = events["kursk-2024-12:since-deployment"]
    assert (since.killed_low, since.killed_high) == (101, None)


def test_demo_files_detect_their_formats():
    assert [detect_format(p, p.read_bytes()[:4096]) for p in DEMO_FILES] == ["ucdp", "jsonl"]


def test_cli_ingest_json_summary(tmp_path):
    result = CliRunner().invoke(
        cli, ["ingest", str(DATA / "acled_sample.csv"), "--db", str(tmp_path / "c.db"), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output.splitlines()[-1])
    assert summary["added"] == 4 and summary["rejected"] == 3


def test_progress_grows_to_the_whole_file(store, tmp_path):
    path = tmp_path / "many.csv"
    rows = [f"2024-01-{d % 28 + 1:02d},attack,Kyiv,UA,Wire,Report {d}" for d in range(250)]
    path.write_text("date,type,location,country,source,quote\n" + "\n".join(rows) + "\n")
    seen: list[float] = []
    store.write_batch(read_file(path, progress=seen.append, chunk_rows=100))
    assert len(seen) == 3 and seen == sorted(seen) and seen[-1] == 1.0
