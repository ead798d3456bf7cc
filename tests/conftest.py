"""Shared fixtures: temporary stores of each backend, the team's reference files, event factories.

Every test that takes ``store`` (or ``store_target``) runs twice: on a SQLite file and on a
PostgreSQL/PostGIS database of a throwaway server that each test worker starts once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers.pg_cluster import FAST_SETTINGS, LocalCluster, running_cluster
from playwright.sync_api import Browser, sync_playwright

from geoapp.demo import load_demo
from geoapp.model import Event
from geoapp.query import EventView, load_view
from geoapp.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
UCDP_SAMPLE = ROOT / "geoapp" / "demo" / "ucdp_ged_ukraine_sample.csv"
KURSK_REPORT = SHARED / "reports" / "kursk-fake-documents.txt"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Long files first. `make test` hands whole files to two workers in this order
    (`--dist loadfile --no-loadscope-reorder`): the slow-marked files and the browser's
    start at once and the many short ones fill in around them, where a long file handed
    out last would run on while the other worker sits idle."""
    def length(item: pytest.Item) -> int:
        return 0 if item.get_closest_marker("slow") else 1 if item.get_closest_marker(
            "browser") else 2
    items.sort(key=length)


@pytest.fixture(scope="session")
def pg_cluster(tmp_path_factory) -> Iterator[LocalCluster]:
    """This worker's PostgreSQL server; its password reaches stores the way a user's
    does ($PGPASSWORD), and view caches go to a temporary $XDG_CACHE_HOME."""
    with running_cluster(FAST_SETTINGS) as cluster, pytest.MonkeyPatch.context() as env:
        env.setenv("PGPASSWORD", cluster.password)
        env.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
        yield cluster


@dataclass(frozen=True)
class Backend:
    """One store backend, and where a new empty store of it can be opened."""

    name: str
    new_target: Callable[[], str]


@pytest.fixture(scope="session", params=["sqlite", "postgis"])
def backend(request, tmp_path_factory) -> Backend:
    if request.param == "sqlite":
        return Backend("sqlite", lambda: str(tmp_path_factory.mktemp("store") / "geoapp.db"))
    cluster: LocalCluster = request.getfixturevalue("pg_cluster")
    return Backend("postgis", lambda: cluster.url(cluster.new_database()))


@pytest.fixture
def store_target(backend: Backend) -> str:
    """Where a new empty store is: a file path, or a postgresql:// URL without password."""
    return backend.new_target()


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    store = open_store(store_target)
    yield store
    store.close()


@pytest.fixture
def make_event():
    """Build a valid Event with overridable fields."""

    def factory(**fields) -> Event:
        base = dict(
            event_id="test:1", event_type="attack", date_start=dt.date(2024, 12, 20),
            date_end=dt.date(2024, 12, 20), location_text="Sudzha", adm1_code="RUS-2362",
            admin1="Kursk Oblast", country="RU", lon=35.27, lat=51.19, source_name="Test source",
            source_kind="media", quote="A test quote.",
        )
        base.update(fields)
        return Event(**base)

    return factory


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """A store holding the bundled demo data (UCDP sample and the Kursk report)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    store = open_store(path)
    load_demo(store)
    store.close()
    return path


@pytest.fixture(scope="session")
def demo_view(demo_db) -> EventView:
    """The query layer's view of the demo store: what pages and exports must agree with."""
    store = open_store(demo_db)
    yield load_view(store)
    store.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: the browser tests need Debian's Chromium. "
                    "Install it with `make browser` (apt-get install chromium).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
