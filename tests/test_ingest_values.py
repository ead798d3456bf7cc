"""One bad value rejects its row, with its line and the field, in every format; the
good rows land. Includes a property-based test throwing random JSON values into every
field of every reader."""

from __future__ import annotations

import csv
import io
import json
import string
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoapp.ingest import read_file
from geoapp.ingest.acled import COLUMNS as ACLED_KEYS
from geoapp.ingest.ucdp import COLUMNS as UCDP_KEYS
from geoapp.ingest.values import TEXT_LIMIT
from geoapp.model import FIELD_NAMES
from geoapp.store import open_store

GOOD = {"event_id": "good", "event_type": "attack", "date_start": "2024-01-02",
        "lon": 30.5234, "lat": 50.4501, "source_name": "Wire"}


def _records(bad: dict) -> list[dict]:
    return [GOOD, {**GOOD, "event_id": "bad", **bad}, {**GOOD, "event_id": "also-good"}]


def write_jsonl(path: Path, records: list) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    return path


def write_geojson(path: Path, records: list) -> Path:
    features = []
    for r in records:
        if not isinstance(r, dict):
            features.append(r)
            continue
        point = [r.get("lon"), r.get("lat")]
        if "geometry" in r or not all(isinstance(v, float) and abs(v) <= 90 for v in point):
            props = {k: v for k, v in r.items() if k != "geometry"}  # the point stays a property
            geometry = r.get("geometry")
        else:
            props = {k: v for k, v in r.items() if k not in ("lon", "lat")}
            geometry = {"type": "Point", "coordinates": point}
        features.append({"type": "Feature", "properties": props, "geometry": geometry})
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def write_csv(path: Path, records: list[dict]) -> Path:
    keys = list(dict.fromkeys(k for r in records for k in r))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=keys)
    writer.writeheader()
    for r in records:
        writer.writerow({k: _cell(v) for k, v in r.items()})
    path.write_text(out.getvalue())
    return path


def write_parquet(path: Path, records: list[dict]) -> Path:
    """Each column typed as Arrow infers it; columns Parquet cannot hold as text."""
    keys = list(dict.fromkeys(k for r in records for k in r))
    columns = {}
    for key in keys:
        values = [r.get(key) for r in records]
        try:
            columns[key] = pa.array(values)
            pq.write_table(pa.table({key: columns[key]}), io.BytesIO())
        except (pa.ArrowException, OverflowError, TypeError, ValueError):
            columns[key] = pa.array([None if v is None else _cell(v) for v in values])
    pq.write_table(pa.table(columns), path)
    return path


def write_acled_api(path: Path, records: list[dict]) -> Path:
    path.write_text(json.dumps({"status": 200, "success": True, "data": records}))
    return path


def write_ucdp_api(path: Path, records: list[dict]) -> Path:
    path.write_text(json.dumps({"TotalCount": len(records), "Result": records}))
    return path


def _cell(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value)


WRITERS = {"jsonl": (write_jsonl, ".jsonl"), "geojson": (write_geojson, ".geojson"),
           "csv": (write_csv, ".csv"), "parquet": (write_parquet, ".parquet")}


def ingest(path: Path, **options):
    store = open_store(path.with_suffix(".db"))
    try:
        summary = store.write_batch(read_file(path, **options))
        assert summary.read == (summary.added + summary.updated + summary.duplicates
                                + summary.rejected)
        return summary, store.rejects(summary.batch_id), store.read_frame()
    finally:
        store.close()


# Each case: a bad value, and words its reason must hold (the field is always named).
BAD_VALUES = [
    ({"killed_low": 2.5}, "killed_low: 2.5 is not a whole number"),
    ({"killed_low": 1e30}, "killed_low: 1e+30 is not a whole number from 0 to 10,000,000"),
    ({"killed_low": -1}, "killed_low: -1 is not a whole number from 0"),
    ({"killed_low": "many"}, "killed_low: not a number 'many'"),
    ({"lon": "30,5"}, "lon: not a number '30,5'"),
    ({"lat": 95.0}, "lat: 95 is not between -90 and 90"),
    ({"date_start": "0001-01-01"}, "date_start: 0001-01-01 is before 1800-01-01"),
    ({"date_start": "9999-12-31"}, "date_start: 9999-12-31 is more than a year after"),
    ({"date_start": "not a date"}, "date_start: unreadable date 'not a date'"),
]
JSON_ONLY = [
    ({"actor1": {"name": "x"}}, "actor1: expected text, got an object"),
    ({"actor1": ["a", "b"]}, "actor1: expected text, got a list"),
    ({"related_places": [1, 2]}, "related_places: place 1: expected an object"),
    ({"tags": [{"a": 1}]}, "tags: expected a list of texts"),
    ({"killed_low": True}, "killed_low: expected a number, got a boolean"),
    ({"killed_low": 12345678901234567890123}, "killed_low: "),
]


@pytest.mark.parametrize("fmt", list(WRITERS))
@pytest.mark.parametrize("bad, words", BAD_VALUES)
def test_a_bad_value_rejects_only_its_row(tmp_path, fmt, bad, words):
    write, suffix = WRITERS[fmt]
    summary, rejects, frame = ingest(write(tmp_path / f"f{suffix}", _records(bad)))
    assert (summary.added, summary.rejected) == (2, 1)
    assert sorted(frame["event_id"]) == ["also-good", "good"]
    line = 3 if fmt == "csv" else 2  # CSV counts the header line; others count records
    assert rejects["line"].tolist() == [line]
    assert words in rejects["reason"][0]


@pytest.mark.parametrize("fmt", ["jsonl", "geojson", "parquet"])
@pytest.mark.parametrize("bad, words", JSON_ONLY)
def test_a_value_of_the_wrong_type_rejects_only_its_row(tmp_path, fmt, bad, words):
    write, suffix = WRITERS[fmt]
    summary, rejects, _ = ingest(write(tmp_path / f"f{suffix}", _records(bad)))
    assert (summary.added, summary.rejected) == (2, 1)
    assert rejects["line"].tolist() == [2] and words in rejects["reason"][0]


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_numeric_ids_are_kept_as_text(tmp_path, fmt):
    write, suffix = WRITERS[fmt]
    records = [{**GOOD, "event_id": 12345}, {**GOOD, "event_id": 678}]
    summary, _, frame = ingest(write(tmp_path / f"f{suffix}", records))
    assert summary.added == 2 and sorted(frame["event_id"]) == ["12345", "678"]


@pytest.mark.parametrize("fmt", list(WRITERS))
def test_text_over_10_mb_is_rejected_in_every_format(tmp_path, fmt):
    write, suffix = WRITERS[fmt]
    summary, rejects, _ = ingest(write(tmp_path / f"f{suffix}",
                                       _records({"notes": "x" * (TEXT_LIMIT + 1)})))
    assert (summary.added, summary.rejected) == (2, 1)
    assert "10,000,000 characters" in rejects["reason"][0]


@pytest.mark.parametrize("geometry, words", [
    ("POINT (30 50)", "geometry: expected a GeoJSON geometry object, got text"),
    ({"type": "Point", "coordinates": [30.5]}, "geometry: a position needs [longitude, latitude]"),
    ({"type": "Point", "coordinates": ["30", 50]}, "longitude is text, not a number"),
    ({"type": "Point", "coordinates": [200, 50]}, "longitude 200 is not between -180 and 180"),
    ({"type": "Polygon", "coordinates": [[1, 2]]}, "geometry: malformed Polygon"),
    ({"type": "Circle", "coordinates": [1, 2]}, "unsupported geometry type 'Circle'"),
])
def test_a_broken_geometry_rejects_its_feature(tmp_path, geometry, words):
    path = write_geojson(tmp_path / "f.geojson", _records({"geometry": geometry}))
    summary, rejects, _ = ingest(path)
    assert (summary.added, summary.rejected) == (2, 1)
    assert rejects["line"].tolist() == [2] and words in rejects["reason"][0]


def test_a_feature_that_is_not_an_object_rejects_itself(tmp_path):
    path = write_geojson(tmp_path / "f.geojson", [GOOD, 5, ["x"], {**GOOD, "event_id": "b"}])
    summary, rejects, _ = ingest(path)
    assert (summary.read, summary.added, summary.rejected) == (4, 2, 2)
    assert rejects["line"].tolist() == [2, 3]
    assert "record is a number, not a JSON object" in rejects["reason"][0]


@pytest.mark.parametrize("fmt", ["jsonl", "geojson"])
def test_deeply_nested_json_rejects_its_record(tmp_path, fmt):
    write, suffix = WRITERS[fmt]
    path = write(tmp_path / f"f{suffix}", _records({"notes": "PLACEHOLDER"}))
    deep = "[" * 100_000 + "]" * 100_000
    path.write_text(path.read_text().replace('"PLACEHOLDER"', deep))
    summary, rejects, _ = ingest(path)
    assert (summary.added, summary.rejected) == (2, 1)
    assert rejects["line"].tolist() == [2] and "nested too deeply" in rejects["reason"][0]


def test_garbage_lines_in_json_lines_reject_themselves(tmp_path):
    path = tmp_path / "f.jsonl"
    path.write_text("this is not json\n" + json.dumps(GOOD) + "\n[1, 2]\n{\"a\": NaN}\n"
                    + json.dumps({**GOOD, "event_id": "b"}) + "\n")
    summary, rejects, _ = ingest(path)
    assert (summary.format, summary.read, summary.added, summary.rejected) == ("jsonl", 5, 2, 3)
    assert rejects["line"].tolist() == [1, 3, 4]
    assert "not valid JSON" in rejects["reason"][0] and "NaN" in rejects["reason"][2]


# -- property-based: random JSON in every field of every reader --------------------------------
_scalars = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False,
                                                                   allow_infinity=False)
            | st.text(max_size=20) | st.sampled_from(["2024-01-02", "14/08/2020", "45338",
                                                      "30,5", "attack", "Ukraine", ""]))
json_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(string.ascii_letters, max_size=5), inner,
                                             max_size=3), max_leaves=6)

MODEL_KEYS = [f for f in FIELD_NAMES if f not in ("batch_id", "ingested_at")]
READERS = {
    # reader: (writer, suffix, the keys it reads, a record it accepts)
    "csv": (write_csv, ".csv", MODEL_KEYS, GOOD),
    "jsonl": (write_jsonl, ".jsonl", MODEL_KEYS, GOOD),
    "geojson": (write_geojson, ".geojson", MODEL_KEYS, GOOD),
    "parquet": (write_parquet, ".parquet", MODEL_KEYS, GOOD),
    "acled-csv": (write_csv, ".csv", list(ACLED_KEYS),
                  {"event_id_cnty": "UKR1", "event_date": "2024-01-02", "event_type": "Battles"}),
    "acled-api": (write_acled_api, ".json", list(ACLED_KEYS),
                  {"event_id_cnty": "UKR1", "event_date": "2024-01-02", "event_type": "Battles"}),
    "ucdp-csv": (write_csv, ".csv", list(UCDP_KEYS),
                 {"id": 1, "type_of_violence": 1, "where_prec": 1, "date_prec": 1, "best": 1,
                  "date_start": "2024-01-02", "date_end": "2024-01-02"}),
    "ucdp-api": (write_ucdp_api, ".json", list(UCDP_KEYS),
                 {"id": 1, "type_of_violence": 1, "where_prec": 1, "date_prec": 1, "best": 1,
                  "date_start": "2024-01-02", "date_end": "2024-01-02"}),
}


@pytest.mark.slow
@pytest.mark.parametrize("reader", list(READERS))
def test_random_json_in_every_field_never_escapes_and_every_row_is_counted(tmp_path_factory,
                                                                           reader):
    write, suffix, keys, good = READERS[reader]
    folder = tmp_path_factory.mktemp(reader)
    store = open_store(folder / "store.db")
    counter = iter(range(10**6))

    @settings(max_examples=12, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.lists(st.fixed_dictionaries({}, optional={k: json_values for k in keys}),
                    min_size=1, max_size=3))
    def check(randoms):
        records = [good, *({**good, **r} for r in randoms)]
        path = write(folder / f"f{next(counter)}{suffix}", records)
        summary = store.write_batch(read_file(path))
        assert summary.read == len(records)
        assert summary.read == (summary.added + summary.updated + summary.duplicates
                                + summary.rejected)

    try:
        check()
    finally:
        store.close()
