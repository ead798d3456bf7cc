"""Shared fixtures: temporary stores, the team's reference files, event factories."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
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


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "geoapp.db")
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
