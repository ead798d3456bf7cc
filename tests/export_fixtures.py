"""Fixtures of the export tests (load with ``pytest_plugins = ["export_fixtures"]``).

* ``awkward_view``: the events of :func:`helpers.export_data.awkward_events` as a view;
* ``demo_db`` / ``demo_view``: a store holding the bundled demo data, and its view.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.export_data import awkward_events

from geoapp.demo import load_demo
from geoapp.frames import events_to_frame
from geoapp.query import EventView, load_view
from geoapp.store import EventStore


@pytest.fixture(scope="session")
def awkward_view() -> EventView:
    return EventView.from_frame(events_to_frame(awkward_events()))


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """A store holding the bundled demo data (UCDP sample and the Kursk report)."""
    path = tmp_path_factory.mktemp("export") / "demo.db"
    store = EventStore(path)
    load_demo(store)
    store.close()
    return path


@pytest.fixture(scope="session")
def demo_view(demo_db) -> EventView:
    store = EventStore(demo_db)
    yield load_view(store)
    store.close()
