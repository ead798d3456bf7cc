"""The analyst's place lists: reading, importing into the store, and geocoding with them."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from geoapp.cli import cli
from geoapp.errors import ReadError
from geoapp.geocode import Geocoder
from geoapp.ingest.places import read_place_file
from geoapp.store import open_store

SETTLEMENTS = Path(__file__).parent / "data" / "ru_settlements_test.csv"
# Kursk frontline villages as English-language reporting spells them.
KURSK_VILLAGES = ["Plekhovo", "Pogrebki", "Malaya Loknya", "Snagost", "Sverdlikovo", "Gornal",
                  "Makhnovka", "Nikolayevo-Darino", "Nikolaevo-Darino", "Nikolaevo-Dar'ino",
                  "Kremyanoye", "Kremyanoe", "Cherkasskaya Konopelka", "Tyotkino", "Tetkino",
                  "Lyubimovka", "Olgovka", "Kazachya Loknya", "Russkoye Porechnoye", "Guevo",
                  "Bolshoye Soldatskoye", "Goncharovka", "Zaoleshenka", "Oleshnya"]


def _run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def imported(backend) -> str:
    db = backend.new_target()
    result = _run("places", "import", str(SETTLEMENTS), "--country", "RU", "--db", db,
                  "--source-name", "census-test", "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["status"] == "imported" and summary["places"] == 530
    return db


@pytest.fixture(scope="module")
def coder(imported) -> Geocoder:
    store = open_store(imported, create=False)
    return Geocoder.with_lists(store.read_place_lists())


def test_census_columns_are_found_without_map():
    rows = read_place_file(SETTLEMENTS)
    assert len(rows.rows) == 530 and rows.rejects.empty
    first = rows.rows.iloc[0]
    assert (first["name"], first["district"], first["region"]) == (
        "Суджа", "Суджанский район", "Курская область")
    assert (first["lon"], first["lat"]) == (35.2719, 51.1919)


def test_bad_rows_are_set_aside_with_line_and_reason(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("nas_punkt;rayon;shirota;dolgota\n"
                    "Плехово;Суджанский район;51,131;35,2012\n"
                    ";Суджанский район;51.2;35.2\n"
                    "Горналь;Суджанский район;;35.38\n"
                    "Уланок;Суджанский район;95;35.1\n", encoding="cp1251")
    rows = read_place_file(path, mapping={"name": "nas_punkt", "district": "rayon",
                                          "lat": "shirota", "lon": "dolgota"})
    assert rows.rows["name"].tolist() == ["Плехово"]
    assert rows.rows["lat"].tolist() == [51.131]
    assert rows.rejects[["line", "reason"]].values.tolist() == [
        [3, "name: missing"], [4, "lat: missing or not a number"],
        [5, "lat: must be between -90 and 90"]]
    with pytest.raises(ReadError, match="no column for name"):
        read_place_file(path)
    with pytest.raises(ReadError, match="unknown fields"):
        read_place_file(path, mapping={"town": "nas_punkt"})


def test_geojson_and_jsonl_lists(tmp_path):
    geojson = tmp_path / "bases.geojson"
    geojson.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [35.27, 51.2]},
         "properties": {"name": "Objekt Sudzha-1", "alt_names": "Obiekt S1|Объект С-1"}},
        {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]},
         "properties": {"name": "road"}}]}), encoding="utf-8")
    rows = read_place_file(geojson)
    assert rows.rows[["name", "lon", "lat"]].values.tolist() == [["Objekt Sudzha-1", 35.27, 51.2]]
    assert rows.rejects["reason"].tolist() == ["feature 2: geometry is not a Point"]
    jsonl = tmp_path / "team.jsonl"
    jsonl.write_text('{"name": "Observation post 7", "lat": 51.3, "lon": 35.1}\nnot json\n',
                     encoding="utf-8")
    rows = read_place_file(jsonl)
    assert rows.rows["name"].tolist() == ["Observation post 7"]
    assert rows.rejects["line"].tolist() == [2]


def test_latin_spellings_find_the_imported_villages(coder):
    for name in KURSK_VILLAGES:
        match = coder.geocode(f"{name}, Kursk Oblast")
        assert match is not None and match.adm1_code == "RUS-2362", name
        # A village GeoNames also has (Guevo) is one place: the bundled record answers.
        assert match.source == "geonames" or (match.source == "census-test"
                                              and match.district), name


def test_qualified_homonyms_go_to_the_stated_region(coder):
    belgorod = coder.geocode("Zhuravli, Belgorod Oblast")
    kursk = coder.geocode("Zhuravli (Sudzhansky district)")
    assert (belgorod.adm1_code, kursk.adm1_code) == ("RUS-2370", "RUS-2362")
    assert kursk.district == "Суджанский район"
    near = coder.geocode("Zhuravli (Sudzha district)")
    assert near.adm1_code == "RUS-2362"
    bryansk = coder.geocode("Martynovka, Bryansk Oblast")
    assert bryansk.adm1_code == "RUS-2342"


def test_bare_homonym_is_ambiguous_but_context_decides(coder):
    # (Martynovka, the list's other such name, is now also a curated village of Sudzha
    # district, nearer Sudzha than the list's made-up point: the context picks that one)
    found = coder.lookup("Ivanovka", "RU", ())
    assert found.match is None and found.reason.startswith("ambiguous: ")
    assert {"Kursk Oblast", "Belgorod Oblast"} <= {c.admin1 for c in found.candidates}
    sudzha = coder.geocode("Sudzha")
    ivanovka = coder.geocode("Ivanovka", "RU", context=[sudzha])
    assert (ivanovka.adm1_code, ivanovka.district) == ("RUS-2362", "Суджанский район")


def test_districts_of_the_list_are_geocodable(coder):
    for text in ("Sudzhansky district", "Sudzhanskiy rayon", "Суджанский район"):
        match = coder.geocode(text)
        assert (match.kind, match.geo_precision, match.adm1_code) == (
            "district", "district", "RUS-2362"), text


def test_cli_geocode_reads_the_store(imported, monkeypatch):
    result = _run("geocode", "Plekhovo, Kursk Oblast", "--db", imported, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["adm1_code"] == "RUS-2362"
    monkeypatch.setenv("GEOAPP_DB", imported)
    assert json.loads(_run("geocode", "Snagost", "--json").output)["adm1_code"] == "RUS-2362"
    ambiguous = _run("geocode", "Martynovka", "--country", "RU", "--db", imported, "--json")
    data = json.loads(ambiguous.output)
    assert ambiguous.exit_code == 1 and data["found"] is False
    assert data["reason"].startswith("ambiguous") and len(data["candidates"]) >= 2


def test_reimport_list_and_remove(imported, tmp_path):
    again = _run("places", "import", str(SETTLEMENTS), "--country", "RU", "--db", imported,
                 "--source-name", "census-test", "--json")
    assert json.loads(again.output)["status"] == "unchanged"
    listed = [json.loads(line) for line in
              _run("places", "list", "--db", imported, "--json").output.splitlines()]
    assert [(r["source"], r["places"], r["districts"]) for r in listed] == [
        ("census-test", 530, 42)]
    db = str(tmp_path / "other.db")
    _run("places", "import", str(SETTLEMENTS), "--db", db, "--source-name", "tmp")
    assert _run("places", "remove", "tmp", "--db", db).exit_code == 0
    assert "no place lists" in _run("places", "list", "--db", db).output
    assert _run("places", "remove", "tmp", "--db", db).exit_code == 1


def test_geocode_loads_lists_from_an_owner_only_cache_renewed_on_import_and_remove(backend):
    from geoapp.geocode.listcache import cache_path

    db = backend.new_target()
    _run("places", "import", str(SETTLEMENTS), "--country", "RU", "--db", db,
         "--source-name", "census-test")
    cache = cache_path(open_store(db, create=False))
    assert not cache.exists()
    first = _run("geocode", "Plekhovo, Kursk Oblast", "--db", db, "--json")
    assert cache.exists() and cache.stat().st_mode & 0o777 == 0o600
    written = cache.stat().st_mtime_ns
    again = _run("geocode", "Plekhovo, Kursk Oblast", "--db", db, "--json")
    assert again.output == first.output and cache.stat().st_mtime_ns == written  # read, kept
    assert json.loads(again.output)["adm1_code"] == "RUS-2362"
    one_village = pd.read_csv(SETTLEMENTS).query("settlement == 'Снагость'")
    extra = Path(cache.parent) / "extra.csv"
    one_village.assign(settlement="Тестовая Снагость").to_csv(extra, index=False)
    _run("places", "import", str(extra), "--country", "RU", "--db", db, "--source-name", "extra")
    found = _run("geocode", "Testovaya Snagost", "--db", db, "--json")
    assert json.loads(found.output)["source"] == "extra"       # the import renewed it
    assert cache.stat().st_mtime_ns != written
    _run("places", "remove", "extra", "--db", db)
    assert _run("geocode", "Testovaya Snagost", "--db", db).exit_code == 1   # and the removal
    _run("places", "remove", "census-test", "--db", db)
    assert _run("geocode", "Snagost", "--db", db).exit_code == 1 and not cache.exists()


def test_cold_geocode_with_a_current_list_cache_loads_neither_sqlalchemy_nor_pandas(tmp_path):
    import subprocess
    import sys

    from geoapp.geocode.listcache import cached_geocoder

    db = str(tmp_path / "lists.db")
    _run("places", "import", str(SETTLEMENTS), "--country", "RU", "--db", db,
         "--source-name", "census-test")
    assert cached_geocoder(db) is None                      # no cache yet: the store opens
    first = _run("geocode", "Plekhovo, Kursk Oblast", "--db", db, "--json")   # writes it
    assert cached_geocoder(db).geocode("Snagost").adm1_code == "RUS-2362"
    code = ("import sys; from geoapp.cli import cli; "
            "cli(sys.argv[1:], standalone_mode=False); "
            "print(sorted(m for m in ('pandas', 'sqlalchemy') if m in sys.modules), "
            "file=sys.stderr)")
    cold = subprocess.run([sys.executable, "-c", code, "geocode", "Plekhovo, Kursk Oblast",
                           "--db", db, "--json"], capture_output=True, text=True, check=True)
    assert json.loads(cold.stdout) == json.loads(first.output)
    assert cold.stderr.strip() == "[]"


def test_ingest_and_extract_use_the_lists(imported, tmp_path):
    events = tmp_path / "events.csv"
    events.write_text("date,type,town,region,country\n2024-08-10,attack,Plekhovo,Kursk,Russia\n",
                      encoding="utf-8")
    result = _run("ingest", str(events), "--db", imported, "--map", "date_start=date",
                  "--map", "event_type=type", "--map", "location_text=town",
                  "--map", "admin1=region", "--map", "country=country")
    assert result.exit_code == 0, result.output
    frame = open_store(imported, create=False).read_frame()
    row = frame[frame["location_text"] == "Plekhovo"].iloc[0]
    assert (row["adm1_code"], row["place_name"]) == ("RUS-2362", "Плехово")
    report = tmp_path / "report.txt"
    report.write_text("Russian forces said on Monday they had recaptured the village of "
                      "Plekhovo in the Kursk region, near Sudzha.", encoding="utf-8")
    found = json.loads(_run("extract", str(report), "--db", imported, "--json",
                            "--published", "2025-03-10").output)[0]
    assert found["place_name"] == "Плехово" and found["adm1_code"] == "RUS-2362"


def test_list_stored_by_older_rules_is_reindexed(imported):
    store = open_store(imported, create=False)
    [stored] = store.read_place_lists()
    from geoapp.geocode import PlaceList

    rebuilt = PlaceList.from_stored(stored.source, stored.places, None, None)
    assert rebuilt.index.num_rows == stored.index.num_rows
    assert pd.Series(rebuilt.index.column("hash").to_numpy()).equals(
        pd.Series(stored.index.column("hash").to_numpy()))


def test_version_3_store_gains_place_lists_and_migration_4_is_idempotent(store_target):
    from geoapp.store import migrations

    store = open_store(store_target)
    with store.engine.begin() as conn:  # the file as version 3 wrote it
        for table in ("place_list_rejects", "place_list_places", "place_lists"):
            conn.exec_driver_sql(f"DROP TABLE {table}")
        conn.exec_driver_sql("UPDATE geoapp_meta SET value = '3' WHERE key = 'schema_version'")
    store.close()
    reopened = open_store(store_target)
    assert reopened.place_lists().empty
    with reopened.engine.begin() as conn:
        migrations.MIGRATIONS[4](conn)   # again: tables exist, nothing changes
        version = migrations.current_version(conn)
    assert version == migrations.latest_version() >= 4
    assert reopened.read_place_lists() == []
