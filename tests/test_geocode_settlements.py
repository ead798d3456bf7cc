"""Village-level geocoding: the labelled settlement queries, districts, homonyms and context."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from geoapp.geocode import Match, explain_miss, geocode, geocode_verbose

QUERIES = Path(__file__).parent / "data" / "settlement_queries.csv"
MIN_ACCURACY = 0.95


def _context(names: str) -> tuple[Match, ...]:
    found = (geocode(name) for name in names.split("|") if name)
    return tuple(m for m in found if m is not None)


def _correct(row: dict[str, str], match: Match | None) -> bool:
    if row["kind"] == "none":
        return match is None
    return (match is not None and match.kind == row["kind"]
            and match.country == row["expected_country"] and match.adm1_code == row["adm1_code"])


def test_labelled_settlement_queries_accuracy():
    rows = list(csv.DictReader(QUERIES.open(encoding="utf-8")))
    assert len(rows) >= 200
    wrong = []
    for row in rows:
        match, reason = geocode_verbose(row["query"], row["country"] or None,
                                        _context(row["context"]))
        if not _correct(row, match):
            got = reason if match is None else f"{match.kind} {match.name} {match.adm1_code}"
            wrong.append(f"{row['query']!r} [{row['country']}|{row['context']}]: expected "
                         f"{row['kind']} {row['adm1_code']}, got {got}")
    accuracy = 1 - len(wrong) / len(rows)
    print(f"\nsettlement accuracy: {accuracy:.1%} ({len(rows) - len(wrong)}/{len(rows)})")
    print("\n".join(wrong))
    assert accuracy >= MIN_ACCURACY


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
