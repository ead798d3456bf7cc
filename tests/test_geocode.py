"""Forward geocoding: the labelled query set, the required cases, misses and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.labelled import accuracy

from geoapp.cli.geocode import geocode_command
from geoapp.geocode import country_code, explain_miss, geocode, geodesic_km, resolve_region

QUERIES = Path(__file__).parent / "data" / "geocode_queries.csv"
MIN_ACCURACY = 0.99


def test_labelled_queries_accuracy():
    share, _, count = accuracy(QUERIES)
    assert count >= 150
    assert share >= MIN_ACCURACY


@pytest.mark.parametrize("text", ["Kursk region", "Kursk Oblast", "Курская область",
                                  "쿠르스크주"])
def test_region_phrase_wins_over_the_city(text):
    match = geocode(text)
    assert (match.kind, match.adm1_code, match.country) == ("region", "RUS-2362", "RU")
    assert match.name == "Kursk Oblast"


def test_bare_name_is_the_city():
    match = geocode("Kursk")
    assert (match.kind, match.adm1_code, match.admin1) == ("place", "RUS-2362", "Kursk Oblast")
    assert any(alt.kind == "region" for alt in match.alternatives)


@pytest.mark.parametrize("text", ["Republic of Tuva", "Тыва", "Tuva Republic", "Республика Тыва"])
def test_tuva(text):
    match = geocode(text)
    assert (match.adm1_code, match.name, match.kind) == ("RUS-2605", "Tuva Republic", "region")


def test_sudzha_is_an_exact_place_in_kursk_oblast():
    match = geocode("Sudzha")
    assert (match.kind, match.adm1_code, match.geo_precision) == ("place", "RUS-2362", "exact")
    assert geodesic_km(match.lon, match.lat, 35.27, 51.19) < 2


def test_country_hint_excludes_homonyms():
    match = geocode("Vorozhba", country="UA")
    assert (match.adm1_code, match.admin1, match.country) == ("UKR-325", "Sumy Oblast", "UA")
    assert geocode("Pokrovsk", country="RU").adm1_code == "RUS-2612"
    assert geocode("Pokrovsk", country="Ukraine").adm1_code == "UKR-327"
    assert geocode("Kharkiv", country="RU") is None


def test_homonym_without_hint_has_alternatives_and_lower_score():
    match = geocode("Pokrovsk")
    assert match.adm1_code == "UKR-327"
    assert match.score < 1.0
    assert "RUS-2612" in {alt.adm1_code for alt in match.alternatives}


def test_misses_are_none_with_a_reason():
    assert geocode("Gondor") is None
    assert explain_miss("Gondor") == "no place or region named 'Gondor'"
    # Atlantis, Western Cape (ZA) is a real town of 83,000: without a hint it is too small
    # to be guessed outside the focus countries, with the country it is found.
    assert geocode("Atlantis") is None
    assert "give a country" in explain_miss("Atlantis")
    assert geocode("Atlantis", country="ZA").adm1_code == "ZAF-1189"
    assert geocode("Atlantis", country="UA") is None
    assert "in UA" in explain_miss("Atlantis", country="UA")
    assert geocode("Paris").country == "FR"  # large places abroad are still found
    assert geocode("Sudzha Oblast") is None
    assert geocode("") is None
    assert "unknown country" in explain_miss("Kursk", country="Narnia")


@pytest.mark.parametrize(("text", "name"), [
    ("Kyiv", "Kyiv"), ("Kyiv Oblast", "Kyiv Oblast"), ("Kiev City", "Kyiv City"),
    ("Donetsk oblast", "Donetsk Oblast"), ("Odessa oblast", "Odesa Oblast"),
    ("Altai Krai", "Altai Krai"), ("Minsk", "Minsk"), ("Minsk Region", "Minsk Region"),
])
def test_display_names_are_distinct_and_clean(text, name):
    assert geocode(text).name == name


def test_disputed_crimea_is_shown_as_ukraine():
    for text in ("Crimea", "Simferopol", "Sevastopol"):
        match = geocode(text)
        assert match.country == "UA" and match.disputed
    assert geocode("Simferopol", country="RU").adm1_code == "RUS-283"
    assert not geocode("Kursk").disputed


def test_old_names_find_renamed_places():
    assert geocode("Artemivsk").name == "Bakhmut"
    assert geocode("Dzerzhynsk", country="UA").name == "Toretsk"
    assert geocode("Dnipropetrovsk").name == "Dnipro"


def test_countries():
    for text, iso in [("Russian Federation", "RU"), ("DPRK", "KP"), ("Україна", "UA"),
                      ("Democratic People's Republic of Korea", "KP"), ("Belarus", "BY")]:
        match = geocode(text)
        assert (match.kind, match.country, match.adm1_code) == ("country", iso, None)
    assert country_code("UKR") == country_code("Ukraine") == country_code("ua") == "UA"
    assert (geocode("UA").kind, geocode("UA").name, geocode("RUS").country) == (
        "country", "Ukraine", "RU")
    assert country_code("Russia (Soviet Union)") == "RU"
    assert country_code("Narnia") is None


def test_resolve_region_never_returns_a_place():
    assert resolve_region("Kharkiv", "UA").adm1_code == "UKR-328"
    assert resolve_region("Kiev Special Republican city", "Ukraine").adm1_code == "UKR-4826"
    assert resolve_region("Sudzha", "RU") is None


def test_match_to_dict_is_json_ready():
    data = geocode("Pokrovsk").to_dict()
    assert json.loads(json.dumps(data))["alternatives"][0]["kind"] == "place"


def test_cli_json():
    result = CliRunner().invoke(geocode_command, ["Kursk region", "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert (data["adm1_code"], data["country"], data["kind"]) == ("RUS-2362", "RU", "region")
    assert data == geocode("Kursk region").to_dict()


def test_cli_human_miss_and_reverse():
    runner = CliRunner()
    hit = runner.invoke(geocode_command, ["Sudzha", "--country", "RU"])
    assert hit.exit_code == 0 and "Kursk Oblast" in hit.output
    miss = runner.invoke(geocode_command, ["Gondor"])
    assert miss.exit_code == 1
    assert miss.output.strip() == "not found: no place or region named 'Gondor'"
    atlantis = runner.invoke(geocode_command, ["Atlantis"])
    assert atlantis.exit_code == 1 and atlantis.output.startswith("not found:")
    point = runner.invoke(geocode_command, ["--reverse", "35.27", "51.19", "--json"])
    assert json.loads(point.output)["adm1_code"] == "RUS-2362"
    sea = runner.invoke(geocode_command, ["--reverse", "-30", "0"])
    assert sea.exit_code == 1 and sea.output.startswith("not found:")


def test_name_index_describes_every_spelling():
    from geoapp.geocode import name_index, normalise

    names = name_index()
    kursk = names[names["key"] == normalise("Kursk")]
    assert {"place", "region"} <= set(kursk["kind"])
    city = kursk[kursk["kind"] == "place"].sort_values("population").iloc[-1]
    assert city["country"] == "RU" and city["population"] > 400_000
    assert set(names.loc[names["kind"].isin(["region", "country"]), "country"]) == {""}
    # Villages the data names only in Cyrillic are there under their romanisations too,
    # so English text can be scanned for them; districts are there as districts.
    robotyne = names[names["key"].isin(["robotyne", "роботине"])]
    assert set(robotyne["key"]) == {"robotyne", "роботине"} and set(robotyne["country"]) == {"UA"}
    assert "district" in set(names.loc[names["key"] == "dvorichanskyi", "kind"])


@pytest.mark.parametrize("values", [
    [True, False, True, True] * 300,                        # booleans, via a byte cast
    [f"village {i}" for i in range(3000)],                  # mostly distinct names
    ["RU", "UA", "KP"] * 1000,                              # few distinct codes
])
def test_arrow_columns_become_the_numpy_arrays_the_gazetteer_holds(values):
    import numpy as np
    import pyarrow as pa

    from geoapp.geocode.index import to_numpy

    whole = pa.chunked_array([pa.array(values[:1000]), pa.array(values[1000:])])
    for column in (whole, whole.slice(7, 2500), whole.combine_chunks().slice(3, 1200)):
        got = to_numpy(column)
        expected = np.array(column.to_pylist(), dtype=bool if isinstance(values[0], bool)
                            else object)
        assert got.dtype == expected.dtype and got.tolist() == expected.tolist()
