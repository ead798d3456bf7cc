"""What only the PostgreSQL/PostGIS store has: a server URL and its password, PostGIS
columns and indexes, its setup errors, and the same results as SQLite on real data."""

from __future__ import annotations

import json
import logging

import pytest
from click.testing import CliRunner

from geoapp.cli import cli
from geoapp.export.geojson import snapshot_geojson
from geoapp.frames import events_to_frame
from geoapp.ingest import read_file
from geoapp.query import EventFilter, load_view
from geoapp.query.viewcache import LINKED_SUFFIX, PAIRS_SUFFIX, SUFFIX
from geoapp.store import Batch, Chunk, StoreError, open_store
from geoapp.store.migrations import latest_version
from tests.conftest import UCDP_SAMPLE


@pytest.fixture
def database(pg_cluster) -> str:
    """A new empty database (PostGIS installed), by name."""
    return pg_cluster.new_database()


@pytest.fixture
def pg_store(pg_cluster, database):
    store = open_store(pg_cluster.url(database))
    yield store
    store.close()


def _frame(make_event, n=3, **fields):
    return events_to_frame([make_event(event_id=f"pg:{i}", **fields) for i in range(n)])


def test_password_in_the_url_is_used_and_shown_nowhere(pg_cluster, database, make_event, caplog,
                                                       monkeypatch):
    monkeypatch.delenv("PGPASSWORD")
    url = pg_cluster.url(database, password=True)
    with caplog.at_level(logging.INFO):
        store = open_store(url)
        store.write_batch(Batch.from_frame(_frame(make_event), source="a", format="f"))
        view = load_view(store)
    cache = store.cache_prefix.parent
    shown = [store.describe(), store.identity, repr(store), str(store.cache_prefix), caplog.text,
             *(p.name for p in cache.iterdir())]
    assert len(view) == 3 and store.describe().startswith("postgresql://geoapp_admin:***@/")
    assert not [text for text in shown if pg_cluster.password in text]
    store.close()


def test_password_comes_from_pgpass_too(pg_cluster, database, tmp_path, monkeypatch):
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:{database}:geoapp_admin:{pg_cluster.password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    store = open_store(pg_cluster.url(database))
    assert store.count() == 0
    store.close()


@pytest.mark.parametrize("problem", ["wrong password", "no such database"])
def test_a_server_that_refuses_is_one_line_without_the_password(pg_cluster, database, problem,
                                                                monkeypatch):
    url = pg_cluster.url(database if problem == "no such database" else "missing", password=True)
    if problem == "wrong password":
        url = pg_cluster.url(database).replace("geoapp_admin@", "geoapp_admin:n0t-the-password@")
        monkeypatch.delenv("PGPASSWORD")
    else:
        url = url.replace(f"/{database}?", "/missing?")
    result = CliRunner().invoke(cli, ["events", "--db", url])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot open postgresql://geoapp_admin:***@/")
    expected = "password authentication failed" if problem == "wrong password" else "does not exist"
    assert expected in result.output and len(result.output.strip().splitlines()) == 1
    assert pg_cluster.password not in result.output and "n0t-the-password" not in result.output


def test_commands_that_only_read_an_empty_database_say_there_is_no_store(pg_cluster, database):
    url = pg_cluster.url(database)
    result = CliRunner().invoke(cli, ["batches", "--db", url])
    assert result.exit_code == 1
    assert "no store at postgresql://geoapp_admin@/" in result.output
    assert "geoapp db migrate" in result.output
    assert pg_cluster.psql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                           "AND tablename = 'events'", database) == "0"


def test_db_migrate_creates_the_tables_then_has_nothing_to_do(pg_cluster, database):
    url = pg_cluster.url(database)
    first = CliRunner().invoke(cli, ["db", "migrate", "--db", url])
    again = CliRunner().invoke(cli, ["db", "migrate", "--db", url])
    assert first.exit_code == 0 and again.exit_code == 0, first.output + again.output
    assert f"schema version {latest_version()} (migrated from 0; applied migrations 1," in first.output
    assert f"schema version {latest_version()}, up to date" in again.output
    assert pg_cluster.password not in first.output + again.output


def test_events_have_a_postgis_point_with_spatial_date_and_version_indexes(pg_cluster, database, pg_store,
                                                                   make_event):
    pg_store.write_batch(Batch.from_frame(
        events_to_frame([make_event(event_id="sudzha", lon=35.27, lat=51.19),
                         make_event(event_id="nowhere", lon=None, lat=None, adm1_code=None)]),
        source="a", format="f"))
    column = pg_cluster.psql("SELECT type, srid FROM geometry_columns "
                             "WHERE f_table_name = 'events' AND f_geometry_column = 'geom'", database)
    indexes = pg_cluster.psql("SELECT string_agg(indexdef, '; ') FROM pg_indexes "
                              "WHERE tablename = 'events'", database)
    near = pg_cluster.psql("SELECT string_agg(event_id, ',') FROM events WHERE ST_DWithin("
                           "geom, ST_SetSRID(ST_MakePoint(35.3, 51.2), 4326), 0.1)", database)
    assert column == "POINT|4326"
    assert "USING gist (geom)" in indexes and "USING brin (date_start, date_end)" in indexes
    assert "USING brin (change_seq)" in indexes
    assert near == "sudzha"


def test_a_load_larger_than_the_table_rebuilds_the_spatial_index(pg_cluster, database, pg_store,
                                                                make_event, monkeypatch):
    import geoapp.store.postgis as postgis

    monkeypatch.setattr(postgis, "_REBUILD_MIN_ROWS", 2)

    def failing_chunks():
        yield Chunk(_frame(make_event, n=5))
        raise RuntimeError("reader failed")

    def gist_indexes() -> str:
        return pg_cluster.psql("SELECT count(*) FROM pg_indexes WHERE tablename = 'events' "
                               "AND indexdef LIKE '%USING gist (geom)%'", database)

    with pytest.raises(RuntimeError, match="reader failed"):
        pg_store.write_batch(Batch("broken", "f", failing_chunks()))
    assert (pg_store.count(), gist_indexes()) == (0, "1")  # dropped, then rolled back
    summary = pg_store.write_batch(Batch.from_frame(_frame(make_event, n=5), source="a", format="f"))
    assert (summary.added, pg_store.count(), gist_indexes()) == (5, 5, "1")


def test_a_value_postgresql_refuses_is_a_clear_error_and_loses_nothing(pg_store, make_event):
    pg_store.write_batch(Batch.from_frame(_frame(make_event, n=2), source="a", format="f"))
    bad = events_to_frame([make_event(event_id="nul", quote="a\x00b")])
    with pytest.raises(StoreError, match="refused a value"):
        pg_store.write_batch(Batch.from_frame(bad, source="b", format="f"))
    assert (pg_store.count(), len(pg_store.batches())) == (2, 1)


def test_a_database_without_postgis_names_the_fix(pg_cluster):
    pg_cluster.psql("CREATE ROLE analyst LOGIN PASSWORD 'analyst-pw'")
    pg_cluster.psql("CREATE DATABASE plain OWNER analyst TEMPLATE template0")
    url = pg_cluster.url("plain", user="analyst").replace("analyst@", "analyst:analyst-pw@")
    with pytest.raises(StoreError) as error:
        open_store(url)
    message = str(error.value)
    assert "has no PostGIS and this user may not add it" in message
    assert "psql -d plain -c 'CREATE EXTENSION postgis'" in message
    assert "analyst-pw" not in message


def test_view_cache_of_a_server_store_is_under_the_user_cache_dir(pg_store, make_event):
    pg_store.write_batch(Batch.from_frame(_frame(make_event), source="a", format="f"))
    first = load_view(pg_store)
    cache = pg_store.cache_prefix.parent
    files = sorted(p.name for p in cache.glob(f"{pg_store.cache_prefix.name}*"))
    assert files == [pg_store.cache_prefix.name + suffix for suffix in (SUFFIX, LINKED_SUFFIX,
                                                                            PAIRS_SUFFIX)]
    assert cache.name == "geoapp" and cache.stat().st_mode & 0o077 == 0
    assert len(load_view(pg_store)) == len(first) == 3


def test_ucdp_sample_exports_the_same_geojson_from_both_backends(pg_cluster, database, tmp_path):
    collections = []
    for target in (str(tmp_path / "ucdp.db"), pg_cluster.url(database)):
        store = open_store(target)
        store.write_batch(read_file(UCDP_SAMPLE))
        collections.append(snapshot_geojson(load_view(store), EventFilter(include_unreviewed=True)))
        store.close()

    def comparable(collection: dict) -> dict:
        # batch ids and times of ingest and export differ by nature; nothing else may.
        for feature in collection["features"]:
            for name in ("batch_id", "ingested_at"):
                feature["properties"].pop(name)
        collection["geoapp"].pop("generated_at")
        return collection

    both = sqlite, postgis = [comparable(c) for c in collections]
    assert len(sqlite["features"]) == 3883
    ids = [f["id"] for f in sqlite["features"]]
    assert ids == [f["id"] for f in postgis["features"]]
    killed, regions = ([sum(f["properties"]["killed_best"] for f in c["features"]) for c in both],
                       [{f["properties"]["adm1_code"] for f in c["features"]} for c in both])
    assert killed == [18_480, 18_480] and regions[0] == regions[1] and len(regions[0]) > 10
    assert json.dumps(sqlite, sort_keys=True) == json.dumps(postgis, sort_keys=True)


def test_events_read_in_many_small_blocks_are_the_same_table(pg_store, make_event, monkeypatch):
    import geoapp.store.postgis as postgis

    events = [make_event(event_id=f"pg:{i:02d}", quote=f'line one\n"{i}", and two', killed_low=i)
              for i in range(20)]
    pg_store.write_batch(Batch.from_frame(events_to_frame(events), source="a", format="f"))
    whole = pg_store.read_arrow()
    monkeypatch.setattr(postgis, "_FETCH_BYTES", 200)
    assert pg_store.read_arrow().equals(whole)
    assert whole.column("quote").to_pylist()[3] == 'line one\n"3", and two'
