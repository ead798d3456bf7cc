"""Map layers without a browser: layer files, marker styles, payload size, grid clusters,
choropleth values, and the registry every map iterates over."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from geoapp.errors import LayerSpecError
from geoapp.frames import conform
from geoapp.model import EVENT_TYPES
from geoapp.query import EventView
from geoapp.query.clusters import Bounds, grid, in_bounds, located_positions, mercator_px
from geoapp.styles import LAYERS, LayerSet, MapContext, load_layer, load_layers
from geoapp.styles.events import POINT_LIMIT, MarkerStyles, casualties, points_payload
from geoapp.styles.regions import choropleth_hideout, class_labels, quantile_breaks, region_values


@pytest.fixture(scope="module")
def specs():
    return load_layers()


def synthetic_view(n: int, seed: int = 0, unplaced: int = 0) -> EventView:
    """``n`` events spread over Ukraine and western Russia, every type and precision; the
    first ``unplaced`` without a point."""
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
    frame.loc[:unplaced - 1, ["lon", "lat"]] = np.nan
    return EventView.from_frame(conform(frame), version="synthetic")


def test_marker_size_follows_the_spec_scale(specs):
    styles = MarkerStyles.from_spec(specs["events"], list(EVENT_TYPES))
    (d0, d1), (r0, r1) = styles.size["domain"], styles.size["range"]
    radius = styles.radius(np.array([np.nan, d0, 125.0, d1, d1 * 10]))
    assert radius[0] == radius[1] == r0
    assert radius[3] == radius[4] == r1
    assert radius[2] == pytest.approx(r0 + (r1 - r0) * 0.5)  # sqrt scale: 125 of 500 is half


def test_casualties_add_figures_and_use_the_low_of_open_ranges():
    frame = pd.DataFrame({"killed_low": [5, 101, np.nan], "killed_high": [7, np.nan, np.nan],
                          "wounded_low": [1, np.nan, np.nan], "wounded_high": [2, np.nan, np.nan],
                          "casualties_low": [np.nan, np.nan, 200], "casualties_high": [np.nan] * 3})
    assert casualties(frame).tolist() == [9, 101, 200]


def test_types_outside_the_spec_get_the_default_style(specs):
    styles = MarkerStyles.from_spec(specs["events"], ["attack", "mystery"])
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
    view = synthetic_view(POINT_LIMIT)
    layers = LayerSet(view, MapContext(specs))
    payload = points_payload(view, layers.state("events"), np.arange(len(view)))
    assert len(payload["k"]) == POINT_LIMIT
    assert len(json.dumps(payload).encode()) < 1_000_000
    columns = payload["columns"]
    assert set(columns["q"]) <= set(range(6)) and max(columns["r"]) <= 20


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


def test_located_positions_drop_events_without_a_point():
    view = synthetic_view(1_000, unplaced=10)
    lon = view.frame["lon"].to_numpy()
    positions = np.arange(0, len(view), 3)
    located = located_positions(view, positions)
    assert located.tolist() == positions[~np.isnan(lon[positions])].tolist()
    assert len(located) < len(positions) and not np.isnan(lon[located]).any()
    whole = synthetic_view(1_000)  # every event placed: the positions as they are, no copy
    assert located_positions(whole, positions) is positions


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
    counts = region_values(view, np.arange(len(view)), "events", areas)
    dense = region_values(view, np.arange(len(view)), "events_per_area", areas)
    assert dense["UKR-1"] == pytest.approx(counts["UKR-1"])
    assert dense["RUS-2362"] == pytest.approx(counts["RUS-2362"] / 3)
    hideout = choropleth_hideout(counts, specs["regions"], "events")
    assert hideout["breaks"] == sorted(hideout["breaks"])
    assert len(hideout["colors"]) == len(hideout["breaks"]) + 1
    assert quantile_breaks(pd.Series(dtype=float), 6) == []


@pytest.mark.parametrize("counts", [[1, 1, 1, 2], [1, 1, 2, 2, 3, 5, 12, 40], [3, 3, 3], [7, 1000]])
def test_count_legend_names_whole_numbers_that_its_classes_hold(specs, counts):
    values = pd.Series(counts, index=[f"R{i}" for i in range(len(counts))], dtype="float64")
    hideout = choropleth_hideout(values, specs["regions"], "events")
    labels = class_labels(hideout, "events")
    assert len(labels) == len(hideout["breaks"]) + 1
    ranges = [tuple(int(x.replace(",", "")) for x in label.split(" – ")) for label in labels]
    for value in counts:  # the class the map's style function picks (v >= break moves up)
        cls = sum(value >= b for b in hideout["breaks"])
        low, high = ranges[cls][0], ranges[cls][-1]
        assert low <= value <= high, (value, labels)
    assert all(r[0] <= r[-1] for r in ranges)
    assert all(a[-1] + 1 == b[0] for a, b in zip(ranges, ranges[1:], strict=False))


def test_per_area_legend_keeps_decimals(specs):
    values = pd.Series([0.12, 0.5, 2.25, 9.0], index=list("abcd"))
    labels = class_labels(choropleth_hideout(values, specs["regions"], "events_per_area"),
                          "events_per_area")
    assert labels[0].startswith("< ") and labels[-1].startswith("≥ ") and "." in labels[0]


# -- layer files -------------------------------------------------------------------------
def test_every_registered_layer_has_a_bundled_file_and_a_script(specs):
    assert [cls.name for cls in LAYERS] and {cls.name for cls in LAYERS} == set(specs)
    for cls in LAYERS:
        script = cls.script().read_text(encoding="utf-8")
        assert f"window.geoapp.layers.{cls.name} =" in script
        for prop in cls.live.functions:
            assert f"{prop}: " in script, (cls.name, prop)


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def bundled(name: str) -> str:
    return load_layers()[name].path.read_text(encoding="utf-8")


@pytest.mark.parametrize("layer, old, new, message", [
    ("regions", 'line_color = "#666666"', 'line_colour = "#666666"',
     "unknown key 'line_colour'; allowed keys here: classes, colors"),
    ("regions", 'classes = "quantile"', 'clases = "quantile"', "unknown key 'clases'"),
    ("regions", 'classes = "quantile"', 'classes = "jenks"', "classes: Input should be"),
    ("regions", 'default_metric = "events"', 'default_metric = "killed_per_area_x"',
     "default_metric"),
    ("events", 'style = "hollow", ring_km = 25', 'style = "hatched", ring_km = 25',
     "uncertainty.region.style"),
    ("events", 'shape = "triangle"', 'shape = "hexagon"', "types.0.shape"),
    ("events", 'color = "#D55E00"', 'colour = "#D55E00"', "unknown key 'types.0.colour'"),
    ("events", "scale = \"sqrt\"", "scale = \"cubic\"", "size.scale"),
    ("links", 'color = "#9467bd"', 'color = "purple"', "roles.0.color"),
    ("boundaries", "weight = 1.2", "weight = -1", "countries.weight"),
    ("events", "version = 1", "version = 2", "version"),
])
def test_layer_file_mistakes_name_the_file_and_the_key(tmp_path, layer, old, new, message):
    text = bundled(layer)
    assert old in text
    path = write(tmp_path, f"{layer}.toml", text.replace(old, new, 1))
    with pytest.raises(LayerSpecError) as error:
        load_layers(tmp_path)
    assert str(path) in str(error.value) and message in str(error.value)


def test_a_file_for_no_layer_is_an_error(tmp_path):
    write(tmp_path, "heatmap.toml", 'version = 1\nkind = "heat"\n')
    with pytest.raises(LayerSpecError, match="heatmap.toml: unknown layer 'heatmap'"):
        load_layers(tmp_path)


def test_broken_toml_is_an_error_with_the_file(tmp_path):
    path = write(tmp_path, "links.toml", "version = \n")
    with pytest.raises(LayerSpecError, match="links.toml: cannot read layer file"):
        load_layer(path)


def test_hollow_and_solid_rings_are_read(tmp_path, specs):
    text = bundled("events").replace('region = { style = "hollow"', 'region = { style = "solid"')
    spec = load_layer(write(tmp_path, "events.toml", text))
    rings = MarkerStyles.from_spec(spec, []).rings
    ranks = {p: r for r, p in enumerate(("exact", "near", "district", "region", "country"))}
    assert rings[ranks["region"]]["hollow"] is False and rings[ranks["country"]]["hollow"] is True


def test_a_users_folder_overrides_only_its_layers(tmp_path, specs):
    write(tmp_path, "links.toml", bundled("links").replace('title = "Related places"',
                                                           'title = "Mentioned places"'))
    mine = load_layers(tmp_path)
    assert mine["links"].title == "Mentioned places"
    assert mine["events"] == specs["events"]
