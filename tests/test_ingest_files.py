"""Files as publishers and people send them: ACLED exports and API JSON, UCDP API JSON,
spreadsheet re-saves, files without a country, GeoJSON shapes, provenance, counts."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from geoapp.errors import ReadError
from geoapp.ingest import detect_format, read_file
from geoapp.store import Store

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp", "population_1km", "population_2km", "population_5km",
    "population_best"]
#: Real places with ACLED's own admin1 spelling: (location, admin1, country, lat, lon).
ACLED_PLACES = [
    ("Pokrovsk", "Donetsk", "Ukraine", 48.2833, 37.1833),
    ("Kupiansk", "Kharkiv", "Ukraine", 49.7064, 37.6167),
    ("Sudzha", "Kursk", "Russia", 51.1917, 35.2706),
    ("Kherson", "Kherson", "Ukraine", 46.6354, 32.6169),
    ("Krasnopillia", "Sumy", "Ukraine", 50.7739, 35.2641),
]
EXPECTED_REGIONS = {"Donetsk": "UKR-327", "Kharkiv": "UKR-328", "Kursk": "RUS-2362",
                    "Kherson": "UKR-4827", "Sumy": "UKR-325"}


def acled_rows(n: int, date: callable) -> list[dict]:
    """ACLED export rows as the Data Export Tool writes them (current columns)."""
    rows = []
    for i in range(n):
        location, admin1, country, lat, lon = ACLED_PLACES[i % len(ACLED_PLACES)]
        day = i % 28 + 1
        rows.append({
            "event_id_cnty": f"UKR{1000 + i}", "event_date": date(2020, 8, day), "year": "2020",
            "time_precision": "1", "disorder_type": "Political violence",
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Shelling/artillery/missile attack",
            "actor1": "Military Forces of Russia (2000-)", "assoc_actor_1": "", "inter1": "1",
            "actor2": "Civilians (Ukraine)", "assoc_actor_2": "", "inter2": "7",
            "interaction": "17", "civilian_targeting": "Civilian targeting" if i % 2 else "",
            "iso": "804", "region": "Europe", "country": country, "admin1": admin1,
            "admin2": "", "admin3": "", "location": location, "latitude": str(lat),
            "longitude": str(lon), "geo_precision": "1", "source": "Ukrainska Pravda",
            "source_scale": "National", "notes": f"Shelling of {location}; {i % 3} killed.",
            "fatalities": str(i % 3), "tags": "crowd size=no report" if i % 5 == 0 else "",
            "timestamp": "1598000000", "population_1km": "1000", "population_2km": "2000",
            "population_5km": "5000", "population_best": "60000"})
    return rows


def write_csv(path: Path, rows: list[dict], *, delimiter=",", encoding="utf-8",
              line_end="\n", prefix="") -> Path:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=delimiter,
                            lineterminator=line_end)
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes((prefix + out.getvalue()).encode(encoding))
    return path


def ingest(store: Store, path: Path, **options):
    batch = read_file(path, **options)
    summary = store.write_batch(batch)
    assert summary.read == summary.added + summary.updated + summary.duplicates + summary.rejected
    return summary, batch


def events(store: Store) -> pd.DataFrame:
    return store.read_frame().set_index("event_id")


def test_acled_export_resaved_by_a_spreadsheet_loads_whole_with_acled_regions(store, tmp_path):
    dmy = write_csv(tmp_path / "acled.csv", acled_rows(300, lambda y, m, d:
                                                      f"{d:02d}/{m:02d}/{y} 00:00:00"))
    summary, batch = ingest(store, dmy, fmt="acled")
    assert (summary.read, summary.added, summary.rejected) == (300, 300, 0)
    assert batch.report.notes == []  # days over 12 settle the order: nothing to warn about
    frame = events(store)
    assert frame.loc["acled:UKR1013", "date_start"] == pd.Timestamp("2020-08-14")
    assert frame.loc["acled:UKR1000", "date_start"] == pd.Timestamp("2020-08-01")
    stated = frame["quote"].str.extract(r"of (\w+);")[0].map(
        {p[0]: p[1] for p in ACLED_PLACES})
    assert (frame["adm1_code"] == stated.map(EXPECTED_REGIONS)).all()


def test_the_same_export_with_iso_dates_gives_the_same_events(store, tmp_path):
    iso = write_csv(tmp_path / "iso.csv", acled_rows(60, lambda y, m, d: f"{y}-{m:02d}-{d:02d}"))
    dmy = write_csv(tmp_path / "dmy.csv", acled_rows(60, lambda y, m, d: f"{d}/{m}/{y}"))
    first, _ = ingest(store, iso)
    second, _ = ingest(store, dmy)
    assert first.format == second.format == "acled"
    assert (first.added, second.duplicates, second.updated) == (60, 60, 0)


def test_acled_current_columns_become_tags_and_figures(store, tmp_path):
    path = write_csv(tmp_path / "acled.csv", acled_rows(5, lambda y, m, d: f"{d} August {y}"))
    ingest(store, path)
    frame = events(store)
    first, second = frame.loc["acled:UKR1000"], frame.loc["acled:UKR1001"]
    assert json.loads(first["tags"]) == ["crowd size=no report"]
    assert json.loads(second["tags"]) == ["civilian targeting"]
    assert (second["killed_low"], second["killed_high"], second["killed_best"]) == (1, 1, 1)
    assert second["event_type"] == "attack" and second["source_name"] == "ACLED"


def test_an_older_acled_export_in_upper_case_columns_is_recognised(store, tmp_path):
    path = tmp_path / "acled_2017.csv"
    path.write_text(
        "GWNO,EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,"
        "ALLY_ACTOR_1,INTER1,ACTOR2,ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADMIN1,ADMIN2,"
        "ADMIN3,LOCATION,LATITUDE,LONGITUDE,GEO_PRECISION,SOURCE,NOTES,FATALITIES\n"
        "369,UKR1,1,14/08/2017,2017,1,Battle-No change of territory,A,,1,B,,2,12,Ukraine,"
        "Donetsk,,,Avdiivka,48.1394,37.7497,1,Src,Clashes near Avdiivka.,3\n"
        "369,UKR2,2,15/08/2017,2017,2,Remote violence,A,,1,,,,10,Ukraine,Luhansk,,,"
        "Popasna,48.6333,38.3833,2,Src,Shelling.,0\n")
    assert detect_format(path, path.read_bytes()) == "acled"
    summary, _ = ingest(store, path)
    assert (summary.added, summary.rejected) == (2, 0)
    frame = events(store)
    assert frame.loc["acled:UKR1", "event_type"] == "attack"
    assert frame.loc["acled:UKR2", "date_precision"] == "week"
    assert frame.loc["acled:UKR2", "date_end"] == pd.Timestamp("2017-08-21")
    assert frame.loc["acled:UKR1", "adm1_code"] == "UKR-327"


def test_acled_api_json_with_every_value_a_string(store, tmp_path):
    rows = acled_rows(4, lambda y, m, d: f"{y}-{m:02d}-{d:02d}")
    path = tmp_path / "acled_api.json"
    path.write_text(json.dumps({"status": 200, "success": True, "last_update": 1, "count": 4,
                                "messages": [], "data": rows, "filename": "x"}))
    assert detect_format(path, path.read_bytes()[:4096]) == "acled"
    summary, _ = ingest(store, path)
    assert (summary.format, summary.added, summary.rejected) == ("acled", 4, 0)
    assert events(store).loc["acled:UKR1002", "killed_best"] == 2
    assert events(store).loc["acled:UKR1002", "origin"] == "acled_api.json:3"


def test_an_api_error_response_is_one_clear_error(tmp_path):
    path = tmp_path / "denied.json"
    path.write_text(json.dumps({"status": 403, "success": False,
                                "error": {"status": 403, "message": "Access denied"}}))
    with pytest.raises(ReadError, match="API error response.*Access denied"):
        read_file(path, fmt="acled")


def test_ucdp_ged_api_json(store, tmp_path):
    result = {"id": 447229, "relid": "UKR-2022-1-1", "year": 2022, "active_year": True,
              "type_of_violence": 1, "conflict_name": "Russia - Ukraine",
              "side_a": "Government of Russia (Soviet Union)", "side_b": "Government of Ukraine",
              "where_prec": 1, "where_coordinates": "Kharkiv city",
              "where_description": "Kharkiv", "adm_1": "Kharkiv oblast", "latitude": 49.98,
              "longitude": 36.25, "country": "Ukraine", "date_prec": 1,
              "date_start": "2022-03-01T00:00:00", "date_end": "2022-03-01T00:00:00",
              "best": 5, "high": 7, "low": 5, "source_headline": "Shelling of Kharkiv"}
    path = tmp_path / "ged.json"
    path.write_text(json.dumps({"TotalCount": 1, "TotalPages": 1, "PreviousPageUrl": "",
                                "NextPageUrl": "", "Result": [result]}))
    summary, _ = ingest(store, path)
    assert (summary.format, summary.added) == ("ucdp", 1)
    event = events(store).loc["ucdp:447229"]
    assert (event["killed_low"], event["killed_best"], event["killed_high"]) == (5, 5, 7)
    assert event["adm1_code"] == "UKR-328" and event["origin"] == "ged.json:1"


def test_ucdp_csv_resaved_by_a_us_spreadsheet_keeps_month_first_dates(store, tmp_path):
    header = "id;type_of_violence;where_prec;date_prec;best;low;high;date_start;date_end;" \
             "latitude;longitude;country;adm_1;where_coordinates;side_a;side_b\n"
    rows = ("147997;1;1;1;2;2;2;05/02/2014 00:00;05/02/2014 00:00;48.0;37.8;Ukraine;"
            "Donetsk oblast;Donetsk town;Government of Ukraine;DPR\n"
            "147998;1;1;1;1;1;1;1/22/2014 12:00:00 AM;1/22/2014 12:00:00 AM;48.0;37.8;Ukraine;"
            "Donetsk oblast;Donetsk town;Government of Ukraine;Kéi\n")
    path = tmp_path / "ged.csv"
    path.write_bytes((header + rows).encode("cp1252"))
    summary, batch = ingest(store, path)
    assert (summary.format, summary.added, summary.rejected) == ("ucdp", 2, 0)
    frame = events(store)
    assert frame.loc["ucdp:147997", "date_start"] == pd.Timestamp("2014-05-02")
    assert frame.loc["ucdp:147998", "actor2"] == "Kéi"
    assert batch.report.notes == []


def test_a_semicolon_spreadsheet_save_with_bom_decimal_commas_and_crlf(store, tmp_path):
    text = ("sep=;\r\nevent_id;event_type;date;lon;lat;source;killed_low\r\n"
            "e1;attack;14/08/2020 00:00;30,5234;50,4501;Café Wire;2\r\n"
            "e2;attack;01/08/2020 00:00;37,8;48;Wire;\r\n")
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    summary, _ = ingest(store, path)
    assert (summary.added, summary.rejected) == (2, 0)
    frame = events(store)
    assert frame.loc["e1", "lon"] == pytest.approx(30.5234)
    assert frame.loc["e2", "date_start"] == pd.Timestamp("2020-08-01")
    assert frame.loc["e1", "source_name"] == "Café Wire" and frame.loc["e1", "country"] == "UA"


@pytest.mark.parametrize("encoding, delimiter, line_end", [
    ("cp1252", ",", "\r\n"), ("utf-16", "\t", "\r\n"), ("utf-8", ",", "\r")])
def test_other_spreadsheet_saves_read_the_same(store, tmp_path, encoding, delimiter, line_end):
    rows = [{"date": "16/02/2024", "type": "attack", "location": "Sudzha", "country": "Russia",
             "source": "Agence Télé", "quote": "Shelling “reported” in Sudzha."},
            {"date": "17/02/2024", "type": "attack", "location": "Pokrovsk", "country": "Ukraine",
             "source": "Wire", "quote": "Losses."}]
    path = write_csv(tmp_path / "save.csv", rows, delimiter=delimiter, encoding=encoding,
                     line_end=line_end)
    summary, _ = ingest(store, path)
    assert (summary.added, summary.rejected) == (2, 0)
    frame = events(store).set_index("quote")
    sudzha = frame.loc["Shelling “reported” in Sudzha."]
    assert sudzha["adm1_code"] == "RUS-2362" and sudzha["source_name"] == "Agence Télé"
    assert sudzha["date_start"] == pd.Timestamp("2024-02-16")
    assert frame["origin"].str.startswith("save.csv:").all()


def test_a_csv_without_a_country_column_takes_the_country_from_the_point(store, tmp_path):
    path = tmp_path / "points.csv"
    path.write_text("event_id,event_type,date_start,lon,lat,source_name\n"
                    "e1,attack,2024-01-02,30.5234,50.4501,Wire\n"
                    "e2,attack,2024-01-03,35.2706,51.1917,Wire\n"
                    "e3,attack,2024-01-04,,,Wire\n")
    summary, _ = ingest(store, path)
    assert (summary.added, summary.rejected) == (3, 0)
    frame = events(store)
    assert tuple(frame.loc["e1", ["country", "adm1_code"]]) == ("UA", "UKR-4826")
    assert tuple(frame.loc["e2", ["country", "adm1_code"]]) == ("RU", "RUS-2362")
    assert pd.isna(frame.loc["e3", "lon"])


def test_a_point_that_disagrees_with_its_stated_country_is_flagged(store, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("event_id,event_type,date_start,lon,lat,country\n"
                    "e1,attack,2024-01-02,30.5234,50.4501,Russia\n")
    ingest(store, path)
    assert "outside stated country RU" in events(store).loc["e1", "flags"]


def qgis_geojson(path: Path, features: list) -> Path:
    path.write_text(json.dumps({
        "type": "FeatureCollection", "name": "events",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
        "features": features}, indent=1))
    return path


def feature(geometry, **props):
    return {"type": "Feature", "properties": {"fid": 1, "event_type": "attack",
                                              "date_start": "2024/01/02", **props},
            "geometry": geometry}


def test_a_minimal_qgis_geojson_of_points_lands_with_countries(store, tmp_path):
    path = qgis_geojson(tmp_path / "qgis.geojson", [
        feature({"type": "Point", "coordinates": [30.5234, 50.4501]}, event_id="q1"),
        feature({"type": "Point", "coordinates": [35.2706, 51.1917, 150.0]}, event_id="q2"),
        {"type": "Feature", "id": 3, "properties": {"event_type": "attack", "date": "2024-01-05"},
         "geometry": {"type": "Point", "coordinates": [37.8, 48.0]}},
    ])
    summary, _ = ingest(store, path)
    assert (summary.format, summary.added, summary.rejected) == ("geojson", 3, 0)
    frame = events(store)
    assert frame.loc["q2", "country"] == "RU" and frame.loc["3", "adm1_code"] == "UKR-327"
    assert frame.loc["q1", "origin"] == "qgis.geojson:1"


def test_polygons_and_multipoints_stand_at_a_point_with_their_size_as_precision(store, tmp_path):
    small = [[[30.50, 50.45], [30.51, 50.45], [30.51, 50.46], [30.50, 50.46], [30.50, 50.45]]]
    oblast = [[[35.0, 51.0], [37.0, 51.0], [37.0, 52.0], [35.0, 52.0], [35.0, 51.0]]]
    path = qgis_geojson(tmp_path / "shapes.geojson", [
        feature({"type": "Polygon", "coordinates": small}, event_id="small"),
        feature({"type": "MultiPolygon", "coordinates": [oblast]}, event_id="oblast"),
        feature({"type": "MultiPoint", "coordinates": [[35.27, 51.19], [30.5, 50.4]]},
                event_id="multi"),
    ])
    summary, _ = ingest(store, path)
    assert (summary.added, summary.rejected) == (3, 0)
    frame = events(store)
    assert frame.loc["small", "geo_precision"] == "exact"
    assert frame.loc["oblast", "geo_precision"] == "region"
    assert frame.loc["oblast", "adm1_code"] == "RUS-2362"
    assert "Polygon geometry: placed at a point inside it" in frame.loc["small", "flags"]
    assert "MultiPolygon geometry" in frame.loc["oblast", "flags"]
    assert (frame.loc["multi", "lon"], frame.loc["multi", "lat"]) == (35.27, 51.19)
    assert "MultiPoint geometry: placed at its first of 2 points" in frame.loc["multi", "flags"]


def test_every_reader_records_file_and_line_as_origin(store, tmp_path):
    jsonl = tmp_path / "events.jsonl"
    jsonl.write_text('{"event_id": "a", "event_type": "attack", "date_start": "2024-01-02"}\n'
                     "\n"
                     '{"event_id": "b", "event_type": "attack", "date_start": "2024-01-03"}\n')
    parquet = tmp_path / "events.parquet"
    pq.write_table(pa.table({"event_id": ["p1", "p2"], "event_type": ["attack", "other"],
                             "date_start": ["2024-01-02", "2024-01-03"]}), parquet)
    ingest(store, jsonl)
    ingest(store, parquet)
    origins = events(store)["origin"].to_dict()
    assert origins == {"a": "events.jsonl:1", "b": "events.jsonl:3",
                       "p1": "events.parquet:1", "p2": "events.parquet:2"}


def test_a_jsonl_file_counts_each_line_once(store, tmp_path):
    lines = [json.dumps({"event_id": f"e{i}", "event_type": "attack",
                         "date_start": "2024-13-01" if i in (3, 7) else "2024-01-02"})
             for i in range(9)]
    path = tmp_path / "nine.jsonl"
    path.write_text("\n".join(lines) + "\n")
    summary, _ = ingest(store, path)
    assert (summary.read, summary.added, summary.rejected) == (9, 7, 2)
    assert sorted(store.rejects(summary.batch_id)["line"]) == [4, 8]


def test_the_date_order_is_decided_from_the_whole_file_before_the_first_chunk(store, tmp_path):
    rows = [f"e{i},attack,0{i % 9 + 1}/0{i % 9 + 1}/2020,Kyiv,UA" for i in range(120)]
    rows.append("last,attack,25/12/2020,Kyiv,UA")  # the only day over 12, in the last chunk
    path = tmp_path / "late.csv"
    path.write_text("event_id,type,date,location,country\n" + "\n".join(rows) + "\n")
    summary, batch = ingest(store, path, chunk_rows=50)
    assert (summary.added, summary.rejected) == (121, 0)
    frame = events(store)
    assert frame.loc["e1", "date_start"] == pd.Timestamp("2020-02-02")
    assert frame.loc["last", "date_start"] == pd.Timestamp("2020-12-25")
    assert batch.report.notes == []


def test_month_and_year_dates_keep_their_precision(store, tmp_path):
    path = tmp_path / "coarse.csv"
    path.write_text("event_id,type,date,location,country\n"
                    "m,attack,2024-03,Kyiv,UA\ny,attack,2023,Kyiv,UA\n")
    ingest(store, path)
    frame = events(store)
    assert (frame.loc["m", "date_precision"], frame.loc["m", "date_end"]) == (
        "month", pd.Timestamp("2024-03-31"))
    assert (frame.loc["y", "date_precision"], frame.loc["y", "date_end"]) == (
        "year", pd.Timestamp("2023-12-31"))


def test_a_workbook_is_refused_with_advice(tmp_path):
    path = tmp_path / "events.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(ReadError, match="Excel workbook.*save it as CSV"):
        read_file(path)


def test_a_hand_made_sheets_killed_and_injured_are_exact_figures(store, tmp_path):
    """"killed: 4" in a team's sheet is four, not at least four; an explicit bound wins."""
    path = write_csv(tmp_path / "sheet.csv", [
        {"date": "2025-01-03", "type": "attack", "place": "Sudzha", "Deaths": "4",
         "injured": "", "killed_high": ""},
        {"date": "2025-01-04", "type": "attack", "place": "Sudzha", "Deaths": "2",
         "injured": "7", "killed_high": "9"},
        {"date": "2025-01-05", "type": "attack", "place": "Sudzha", "Deaths": "2.5",
         "injured": "", "killed_high": ""}])
    summary, batch = ingest(store, path)
    assert (summary.added, summary.rejected) == (2, 1)
    assert "    line 4: Deaths: 2.5 is not a whole number" in batch.report.summary_lines()
    rows = events(store).sort_values("date_start")
    assert rows[["killed_low", "killed_high", "killed_best"]].values.tolist() == [[4, 4, 4],
                                                                                 [2, 9, 2]]
    assert rows["wounded_low"].isna().iloc[0] and rows["wounded_high"].tolist()[1] == 7


def test_columns_no_field_reads_are_named_once_in_the_summary(store, tmp_path):
    path = write_csv(tmp_path / "sheet.csv", [
        {"date": "2025-01-03", "type": "attack", "place": "Sudzha", "comment": "two drones",
         "casualties_total": "5", "batch_id": "b"}])
    summary, batch = ingest(store, path)
    assert summary.added == 1 and events(store)["notes"].tolist() == ["two drones"]
    notes = [n for n in batch.report.notes if n.startswith("columns not read")]
    assert notes == ["columns not read: 'casualties_total' (none names a field; map one with "
                     "--map FIELD=COLUMN)"]
