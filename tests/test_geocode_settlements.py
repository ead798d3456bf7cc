"""Village-level geocoding: the labelled settlement queries, districts, homonyms and context."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from helpers.labelled import accuracy

from geoapp.geocode import explain_miss, geocode

QUERIES = Path(__file__).parent / "data" / "settlement_queries.csv"
MIN_ACCURACY = 0.95


def test_labelled_settlement_queries_accuracy():
    share, _, count = accuracy(QUERIES)
    assert count >= 200
    assert share >= MIN_ACCURACY


def test_every_script_and_romanisation_finds_one_village():
    spellings = ["Yunakivka", "Юнаківка", "Юнаковка", "Yunakovka", "Iunakivka", "Ûnakìvka"]
    found = {geocode(s).name for s in spellings}
    assert found == {"Yunakivka"}


def test_a_bare_homonym_is_ambiguous_and_lists_its_places():
    from geoapp.geocode import default_geocoder

    found = default_geocoder().lookup("Novoselivka", None, ())
    assert found.match is None
    assert found.reason.startswith("ambiguous: ")
    assert len(found.candidates) >= 2
    assert len({c.adm1_code for c in found.candidates}) >= 2
    assert all(c.kind == "place" for c in found.candidates)


def test_context_picks_the_nearest_homonym():
    klishchiivka = geocode("Klishchiivka")
    near = geocode("Andriivka", context=[klishchiivka])
    assert near.adm1_code == "UKR-327"
    from geoapp.geocode import geodesic_km

    assert geodesic_km(near.lon, near.lat, klishchiivka.lon, klishchiivka.lat) < 15


def test_qualifiers_choose_the_region():
    kharkiv = geocode("Zolochiv, Kharkiv Oblast")
    lviv = geocode("Zolochiv (Lviv Oblast)")
    assert (kharkiv.adm1_code, lviv.adm1_code) == ("UKR-328", "UKR-291")
    assert "no place named" in explain_miss("Zolochiv, Kursk Oblast")
    assert "no region, district or place named" in explain_miss("Zolochiv, Narnia")


def test_districts_answer_at_district_precision():
    match = geocode("Dvorichanskyi raion")
    assert (match.kind, match.geo_precision, match.adm1_code) == ("district", "district",
                                                                  "UKR-328")
    assert match.population is None
    village = geocode("Dvorichna")
    assert village.kind == "place" and village.district


def test_border_villages_stay_in_their_own_country():
    """WOF points a simplified border puts in the neighbour are snapped back home
    (a Sumy village inside the Kursk polygon stays in Sumy Oblast)."""
    from geoapp.geocode.gazetteer import gazetteer

    g = gazetteer()
    p = g.places
    wof = (p["source"] == 1) & (p["region"] >= 0) & np.isin(p["country"], ["UA", "BY", "KP", "KR"])
    regions = p["region"][wof]
    home = (p["country"][wof] == g.regions["country"][regions]) | (
        p["country"][wof] == g.regions["ne_country"][regions])
    assert wof.sum() > 100_000 and home.all()


def test_wof_duplicates_are_one_place():
    match = geocode("Kurakhove")
    assert match.alternatives == () or all(
        a.adm1_code != "UKR-327" or a.kind != "place" or a.name != match.name
        for a in match.alternatives)
