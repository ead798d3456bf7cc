"""Map data without a browser: marker styles, payload size, grid clusters, choropleth values."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from geoapp.frames import conform
from geoapp.model import EVENT_TYPES
from geoapp.query import EventView
from geoapp.query.clusters import Bounds, grid, in_bounds, mercator_px
from geoapp.styles import load_layers, mapdata


@pytest.fixture(scope="module")
def specs():
    return load_layers()


def synthetic_view(n: int, seed: int = 0) -> EventView:
    """``n`` events spread over Ukraine and western Russia, every type and precision."""
    rng = np.random.default_rng(seed)
    start = np.datetime64("2020-01-01") + rng.integers(0, 1500, n).astype("timedelta64[D]")
    frame = pd.DataFrame({
        "event_id": np.char.add("e", np.arange(n).astype(str)),
        "event_type": np.array(EVENT_TYPES)[rng.integers(0, len(EVENT_TYPES), n)],
        "date_start": start, "date_end": start,
        "lon": rng.uniform(22, 45, n), "lat": rng.uniform(44, 56, n),
        "adm1_code": np.array(["UKR-1", "UKR-2", "RUS-2362"])[rng.integers(0, 3, n)],
        "geo_precision": np.array(["exact", "near", "region", "country"])[rng.integers(0, 4, n)],
        "killed_low": rng.integers(0, 50, n), "killed_high": rng.integers(50, 900, n),
        "source_name": "synthetic", "status": "reported",
    })
    return EventView.from_frame(conform(frame), version="synthetic")


def test_marker_size_follows_the_spec_scale(specs):
    styles = mapdata.MarkerStyles.from_spec(specs["events"], list(EVENT_TYPES))
    (d0, d1), (r0, r1) = styles.size["domain"], styles.size["range"]
    radius = styles.radius(np.array([np.nan, d0, 125.0, d1, d1 * 10]))
    assert radius[0] == radius[1] == r0
    assert radius[3] == radius[4] == r1
    assert radius[2] == pytest.approx(r0 + (r1 - r0) * 0.5)  # sqrt scale: 125 of 500 is half


def test_casualties_add_figures_and_use_the_low_of_open_ranges():
    frame = pd.DataFrame({"killed_low": [5, 101, np.nan], "killed_high": [7, np.nan, np.nan],
                          "wounded_low": [1, np.nan, np.nan], "wounded_high": [2, np.nan, np.nan],
                          "casualties_low": [np.nan, np.nan, 200], "casualties_high": [np.nan] * 3})
    assert mapdata.casualties(frame).tolist() == [9, 101, 200]


def test_types_outside_the_spec_get_the_default_style(specs):
    styles = mapdata.MarkerStyles.from_spec(specs["events"], ["attack", "mystery"])
    index = styles.type_index(["attack", "mystery"])
    assert styles.types[index[0]].value == "attack"
    assert styles.types[index[1]].value == "mystery"
    hideout = styles.hideout()
    assert len(hideout["types"]) == len(styles.types)
    ranks = {p: r for r, p in enumerate(("exact", "near", "district", "region", "country"))}
    assert hideout["rings"][ranks["exact"]] is None
    assert hideout["rings"][ranks["region"]]["km"] == 25
    assert hideout["rings"][ranks["country"]]["km"] > hideout["rings"][ranks["region"]]["km"]


def test_twenty_thousand_points_stay_well_under_two_megabytes(specs):
    view = synthetic_view(mapdata.POINT_LIMIT)
    styles = mapdata.MarkerStyles.from_spec(specs["events"], view.categories("event_type"))
    markers = mapdata.MarkerColumns.build(view, styles)
    payload = mapdata.points_payload(view, markers, np.arange(len(view)))
    assert len(payload["k"]) == mapdata.POINT_LIMIT
    assert len(json.dumps(payload).encode()) < 1_000_000
    assert set(payload["q"]) <= set(range(6)) and max(payload["r"]) <= 20


def test_grid_counts_every_event_in_view_once():
    view = synthetic_view(5_000)
    bounds = Bounds(25, 45, 40, 55)
    positions = np.arange(len(view))
    cells = grid(view, positions, 6, bounds)
    assert cells["events"].sum() == len(in_bounds(view, positions, bounds)) < len(view)
    assert cells["lon"].between(25, 40).all() and cells["lat"].between(45, 55).all()
    # cells are 80 px wide: at zoom 6 a 15° x 10° box holds a few hundred of them
    assert 20 < len(cells) < 600
    first = cells["first"].to_numpy()
    assert (view.frame["lon"].to_numpy()[first] >= 25).all()


def test_fewer_cells_when_zoomed_out():
    view = synthetic_view(5_000)
    positions = np.arange(len(view))
    bounds = Bounds(20, 40, 50, 60)
    assert len(grid(view, positions, 4, bounds)) < len(grid(view, positions, 7, bounds))


def test_mercator_pixels_match_leaflet():
    x, y = mercator_px(np.array([0.0, 180.0]), np.array([0.0, 85.0511287798]), 1)
    assert x.tolist() == pytest.approx([256, 512])
    assert y.tolist() == pytest.approx([256, 0], abs=1e-6)


def test_region_values_per_area_and_breaks(specs):
    view = synthetic_view(600)
    areas = pd.Series({"UKR-1": 10_000.0, "UKR-2": 20_000.0, "RUS-2362": 30_000.0})
    counts = mapdata.region_values(view, np.arange(len(view)), "events", areas)
    dense = mapdata.region_values(view, np.arange(len(view)), "events_per_area", areas)
    assert dense["UKR-1"] == pytest.approx(counts["UKR-1"])
    assert dense["RUS-2362"] == pytest.approx(counts["RUS-2362"] / 3)
    hideout = mapdata.choropleth_hideout(counts, specs["regions"], "events")
    assert hideout["breaks"] == sorted(hideout["breaks"])
    assert len(hideout["colors"]) == len(hideout["breaks"]) + 1
    assert mapdata.quantile_breaks(pd.Series(dtype=float), 6) == []
