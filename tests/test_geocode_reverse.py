"""Reverse geocoding, assign_regions semantics and the geometry helpers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely

from geoapp.geocode import (
    area_km2,
    assign_regions,
    countries,
    geodesic_km,
    region_name,
    regions,
    resolve_region,
    reverse,
)
from geoapp.geocode.reverse import locate

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
UCDP = SHARED / "data" / "events" / "ucdp_ged_ukraine_sample.csv"
MIN_AGREEMENT = 0.99


def test_reverse_agrees_with_ucdp_adm1():
    events = pd.read_csv(UCDP, encoding="cp1252")
    events = events[events["adm_1"].notna()]
    stated = {name: resolve_region(name, "UA") for name in events["adm_1"].unique()}
    assert all(stated.values()), stated
    expected = events["adm_1"].map(lambda n: stated[n].adm1_code)
    found = reverse(events["longitude"], events["latitude"])
    agreement = float((found["adm1_code"] == expected).mean())
    print(f"\nreverse vs UCDP adm_1: {agreement:.2%} of {len(events)} events")
    assert agreement >= MIN_AGREEMENT
    assigned = assign_regions(events["longitude"], events["latitude"], events["country"],
                              events["adm_1"])
    assert (assigned["adm1_code"] == expected).all()
    assert (assigned["country"] == "UA").all()


def test_reverse_matches_a_plain_polygon_test():
    rng = np.random.default_rng(7)
    lon, lat = rng.uniform(22, 50, 20_000), rng.uniform(44, 60, 20_000)
    frame = regions()
    tree = shapely.STRtree(frame.geometry.values)
    pts, units = tree.query(shapely.points(lon, lat), predicate="within")
    expected = np.full(len(lon), -1)
    expected[pts] = units
    assert (locate(lon, lat) == expected).all()


def test_reverse_columns_snapping_and_missing_points():
    lons = pd.Series([35.27, 33.52, 30.73, -30.0, np.nan], index=list("abcde"))
    lats = [51.19, 44.60, 46.47, 0.0, None]
    found = reverse(lons, lats)
    assert list(found.columns) == ["adm1_code", "admin1", "country", "snapped",
                                   "distance_km", "disputed"]
    assert list(found.index) == list("abcde")
    assert found.loc["a", "adm1_code"] == "RUS-2362" and found.loc["a", "distance_km"] == 0
    assert found.loc["b", "country"] == "UA" and found.loc["b", "disputed"]
    assert found.loc["d":, "adm1_code"].isna().all()
    assert found.loc["d":, "distance_km"].isna().all()


def test_points_far_from_every_region_find_none():
    # The South Pacific and the middle of the Indian Ocean: no region's box comes near.
    assert list(locate([-140.0, 80.0], [-50.0, -30.0])) == [-1, -1]
    assert reverse([-140.0], [-50.0])["adm1_code"].isna().all()


def test_reverse_snaps_to_the_coast_within_the_limit():
    # Gulf of Odesa, 4 km offshore; Sea of Azov off Mariupol, 6 km; open Black Sea.
    found = reverse([30.85, 37.60, 31.5], [46.45, 47.03, 45.5], max_snap_km=10)
    assert list(found["adm1_code"].iloc[:2]) == ["UKR-322", "UKR-327"]
    assert found["snapped"].iloc[:2].all()
    assert found["distance_km"].iloc[0] == pytest.approx(4.0, abs=0.5)
    assert pd.isna(found["adm1_code"].iloc[2])
    assert reverse([37.60], [47.03], max_snap_km=5)["adm1_code"].isna().all()


def test_stated_region_wins_over_the_simplified_border():
    # Volfyne (Sumy Oblast) sits on the border; the polygon test says Kursk Oblast.
    assert reverse([34.46169], [51.24139]).loc[0, "adm1_code"] == "RUS-2362"
    out = assign_regions([34.46169], [51.24139], ["Ukraine"], ["Sumy oblast"])
    assert (out.loc[0, "adm1_code"], out.loc[0, "country"]) == ("UKR-325", "UA")
    assert out.loc[0, "flag"] is None


def test_stated_region_far_from_the_point_is_flagged():
    out = assign_regions([37.56], [47.10], ["UA"], ["Luhansk oblast"])
    assert out.loc[0, "adm1_code"] == "UKR-329"
    assert out.loc[0, "flag"].startswith("point ")
    assert out.loc[0, "flag"].endswith("km outside stated region Luhansk Oblast")


def test_ukrainian_point_never_lands_in_a_russian_region():
    # 1 km inside Belgorod Oblast, stated Ukraine, no admin-1: nearest Ukrainian unit.
    near = assign_regions([36.0], [50.40], ["Ukraine"], [None])
    assert (near.loc[0, "adm1_code"], near.loc[0, "flag"]) == ("UKR-328", None)
    far = assign_regions([36.5], [50.6], ["Ukraine"], [None])
    assert pd.isna(far.loc[0, "adm1_code"])
    assert "outside stated country UA" in far.loc[0, "flag"]


def test_swapped_coordinates_are_flagged():
    out = assign_regions([48.0, 48.0], [37.8, 37.8], ["Ukraine", "Ukraine"],
                         ["Donetsk oblast", None])
    assert list(out["flag"]) == ["coordinates look swapped (lat/lon)"] * 2
    assert list(out["adm1_code"]) == ["UKR-327", "UKR-327"]


def test_assign_without_statements_uses_the_point_and_accepts_missing_values():
    out = assign_regions([35.27, None, 34.1], [51.19, None, 44.95], [None, "RU", "Russia"],
                         [None, "Kursk region", None])
    assert list(out["adm1_code"]) == ["RUS-2362", "RUS-2362", "RUS-283"]
    assert list(out["country"]) == ["RU", "RU", "RU"]
    assert out["flag"].isna().all()
    unknown = assign_regions([37.8], [48.0], ["Ukraine"], ["Atlantis oblast"])
    assert unknown.loc[0, "adm1_code"] == "UKR-327"
    assert unknown.loc[0, "flag"] == "admin1 'Atlantis oblast' not found in UA"


def test_regions_table():
    frame = regions().set_index("adm1_code")
    assert len(frame) == 4596 and frame.crs.to_epsg() == 4326
    kursk = frame.loc["RUS-2362"]
    assert (kursk["name"], kursk["country"], kursk["adm0_a3"]) == ("Kursk Oblast", "RU", "RUS")
    assert shapely.contains_xy(kursk.geometry, kursk["rep_lon"], kursk["rep_lat"])
    crimea = frame.loc["RUS-283"]
    assert (crimea["country"], crimea["adm0_a3"], bool(crimea["disputed"])) == ("UA", "RUS", True)
    names = frame[frame["country"].isin(["UA", "RU"])]["name"]
    assert names.is_unique and not names.str.contains("'").any()


def test_areas_are_ellipsoidal():
    assert area_km2("RUS-2362") == pytest.approx(29_997, rel=0.02)     # Kursk Oblast
    assert area_km2("RUS-2605") == pytest.approx(168_604, rel=0.02)    # Tuva
    assert area_km2("UKR-327") == pytest.approx(26_517, rel=0.02)      # Donetsk Oblast
    assert area_km2("nowhere") is None


def test_region_name_and_geodesic_km():
    assert region_name("RUS-2605") == "Tuva Republic"
    assert region_name("UKR-4826") == "Kyiv City"
    assert region_name("nowhere") is None
    assert geodesic_km(0, 0, 1, 0) == pytest.approx(111.32, rel=1e-3)
    km = geodesic_km(np.array([30.52, 36.19]), np.array([50.45, 51.73]),
                     np.array([36.23, 35.27]), np.array([49.99, 51.19]))
    assert km == pytest.approx([409.0, 87.2], abs=2.0)


def test_countries_dissolve_units_with_crimea_in_ukraine():
    frame = countries().set_index("country")
    assert {"UA", "RU", "KP", "KR", "BY"} <= set(frame.index)
    assert frame.loc["UA", "name"] == "Ukraine"
    assert shapely.contains_xy(frame.loc["UA"].geometry, 34.10, 44.95)        # Simferopol
    assert not shapely.contains_xy(frame.loc["RU"].geometry, 34.10, 44.95)
    assert shapely.contains_xy(frame.loc["RU"].geometry, frame.loc["RU", "rep_lon"],
                               frame.loc["RU", "rep_lat"])
