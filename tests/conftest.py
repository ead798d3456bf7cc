"""Shared fixtures: temporary stores, the team's reference files, event factories."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geoapp.demo import load_demo
from geoapp.model import Event
from geoapp.query import EventView, load_view
from geoapp.store import EventStore

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
UCDP_SAMPLE = ROOT / "geoapp" / "demo" / "ucdp_ged_ukraine_sample.csv"
KURSK_REPORT = SHARED / "reports" / "kursk-fake-documents.txt"


@pytest.fixture
def store(tmp_path: Path) -> EventStore:
    store = EventStore(tmp_path / "geoapp.db")
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
    store = EventStore(path)
    load_demo(store)
    store.close()
    return path


@pytest.fixture(scope="session")
def demo_view(demo_db) -> EventView:
    """The query layer's view of the demo store: what pages and exports must agree with."""
    store = EventStore(demo_db)
    yield load_view(store)
    store.close()
