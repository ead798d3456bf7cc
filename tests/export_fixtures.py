"""Fixtures of the export tests (load with ``pytest_plugins = ["export_fixtures"]``).

* ``awkward_view``: the events of :func:`helpers.export_data.awkward_events` as a view
  (``demo_db`` and ``demo_view`` come from ``tests/conftest.py``).
"""

from __future__ import annotations

import pytest
from helpers.export_data import awkward_events

from geoapp.frames import events_to_frame
from geoapp.query import EventView


@pytest.fixture(scope="session")
def awkward_view() -> EventView:
    return EventView.from_frame(events_to_frame(awkward_events()))
