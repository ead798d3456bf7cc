"""Bundled demo data, so the first run shows real events.

* ``ucdp_ged_ukraine_sample.csv``: 3,883 UCDP GED events in Ukraine, 2014–2023
  (UCDP, Uppsala University; CC BY 4.0).
* ``kursk_report_events.jsonl``: the events of one December 2024 news report on
  North Korean soldiers in Kursk Oblast, curated by hand (figures as ranges,
  each with its source and a short quote).
"""

from __future__ import annotations

from pathlib import Path

from geoapp.ingest import read_file
from geoapp.store import BatchSummary, Store

DEMO_DIR = Path(__file__).parent
DEMO_FILES = (DEMO_DIR / "ucdp_ged_ukraine_sample.csv", DEMO_DIR / "kursk_report_events.jsonl")


def load_demo(store: Store) -> list[BatchSummary]:
    """Ingest every bundled file (idempotent: a second call adds nothing)."""
    return [store.write_batch(read_file(path)) for path in DEMO_FILES]
