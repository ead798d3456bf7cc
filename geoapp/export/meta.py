"""The ``geoapp`` foreign member: what a snapshot holds, how it was made, whom to credit.

Every export format carries the same block (a GeoJSON member, Parquet and
GeoPackage metadata, an embedded JSON block in the HTML map) so a file found
later can be reproduced (tool version, data version, the filter) and cited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import numpy as np

from geoapp import __version__
from geoapp.query import EventFilter, EventView, by_source

#: Credited in every snapshot: the geocoder's boundaries and place names.
BASE_ATTRIBUTIONS = (
    "Boundaries: Natural Earth (public domain)",
    "Place data © GeoNames (geonames.org), CC BY 4.0",
    "Places: Who's On First (whosonfirst.org), CC0",
)
#: Credited when a snapshot holds events from a source whose name starts with the key.
DATASET_ATTRIBUTIONS = {
    "UCDP": "UCDP GED, Uppsala University, CC BY 4.0",
    "ACLED": "ACLED (Armed Conflict Location & Event Data), acleddata.com",
}


def attributions(view: EventView, positions: np.ndarray) -> list[str]:
    """Credits owed for these rows: the base ones plus each dataset present."""
    return credits(by_source(view, positions)["source_name"])


def credits(source_names: Iterable[str]) -> list[str]:
    """The base credits plus those of each dataset among ``source_names``."""
    names = [name.upper() for name in source_names]
    datasets = [text for key, text in DATASET_ATTRIBUTIONS.items()
                if any(name.startswith(key) for name in names)]
    return [*BASE_ATTRIBUTIONS, *datasets]


def snapshot_meta(view: EventView, flt: EventFilter, positions: np.ndarray) -> dict[str, Any]:
    """The metadata block of one snapshot (JSON-friendly)."""
    return meta_block(view.version, flt, len(positions),
                      by_source(view, positions)["source_name"])


def meta_block(data_version: int, flt: EventFilter, count: int,
               source_names: Iterable[str]) -> dict[str, Any]:
    """The metadata block from what a streamed writer gathers: version, count, sources."""
    return {
        "tool": "geoapp",
        "version": __version__,
        "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace(
            "+00:00", "Z"),
        "data_version": data_version,
        "filter": flt.to_dict(),
        "filter_description": flt.describe(),
        "count": int(count),
        "attributions": credits(source_names),
    }
