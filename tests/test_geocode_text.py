"""Normalisation, admin affixes and relative phrases: the text side of the geocoder."""

from __future__ import annotations

import pytest

from geoapp.geocode import geocode, geodesic_km
from geoapp.geocode.affixes import CITY, GENERIC, OBLAST, REPUBLIC, SETTLEMENT, split_affixes
from geoapp.geocode.normalise import normalise, skeleton, transliterate
from geoapp.geocode.relative import parse


@pytest.mark.parametrize(("a", "b"), [
    ("Donets'k", "Donetsk"), ("Zaporizhzhya", "ZAPORIZHZHYA"), ("Kramators’k", "kramatorsk"),
    ("Ivano-Frankivsk", "ivano frankivsk"), ("  Bila   Tserkva ", "bila tserkva"),
    ("Hamhŭng", "hamhung"), ("Łódź", "lodz"), ("Артёмовск", "артемовск"),
    ("Красноармійськ", "КРАСНОАРМІИСЬК"), ("Ḱ", "k"),
])
def test_normalise_folds_spelling_noise(a, b):
    assert normalise(a) == normalise(b)


def test_normalise_keeps_hangul_and_cyrillic():
    assert normalise("쿠르스크") == "쿠르스크"
    assert normalise("Курская область") == "курская область"
    assert normalise("Йошкар-Ола") == "иошкар ола"


def test_transliterate_and_skeleton():
    assert transliterate("Курская") == "kurskaya"
    assert transliterate("Харків") == "kharkiv"
    assert skeleton("Sievierodonetsk") == skeleton("Severodonetsk")
    assert skeleton("Лиман") == skeleton("Lyman")
    assert skeleton("Покровськ") == skeleton("Pokrovsk")


@pytest.mark.parametrize(("text", "core", "intent"), [
    ("kursk oblast", "kursk", OBLAST), ("kursk region", "kursk", GENERIC),
    ("курская обл", "курская", OBLAST), ("republic of tuva", "tuva", REPUBLIC),
    ("autonomous republic of crimea", "crimea", REPUBLIC),
    ("kiev special republican city", "kiev", CITY), ("the city of kharkiv", "kharkiv", CITY),
    ("village of vorozhba", "vorozhba", SETTLEMENT), ("쿠르스크주", "쿠르스크", GENERIC),
    ("제주", "제주", None), ("sudzha", "sudzha", None),
])
def test_split_affixes(text, core, intent):
    phrase = split_affixes(normalise(text))
    assert (phrase.core, phrase.intent) == (core, intent)


@pytest.mark.parametrize(("text", "base", "km", "azimuth"), [
    ("20 km north of Kursk", "Kursk", 20.0, 0.0),
    ("30 km southwest of Sudzha", "Sudzha", 30.0, 225.0),
    ("2.5 km NE of Bakhmut", "Bakhmut", 2.5, 45.0),
    ("near Sudzha", "Sudzha", None, None),
    ("outskirts of Pokrovsk", "Pokrovsk", None, None),
    ("north of Kharkiv", "Kharkiv", None, 0.0),
    ("10 miles from Kherson", "Kherson", 16.09344, None),
])
def test_parse_relative(text, base, km, azimuth):
    phrase = parse(text)
    assert phrase.base == base
    assert phrase.azimuth == azimuth
    assert phrase.distance_km == pytest.approx(km) if km else phrase.distance_km is None


def test_plain_names_are_not_relative():
    assert parse("Kursk") is None
    assert parse("Novoazovsk") is None


@pytest.mark.parametrize(("text", "km"), [("20 km north of Kursk", 20.0),
                                          ("30 km southwest of Sudzha", 30.0),
                                          ("5 km south of Belgorod", 5.0)])
def test_relative_offsets_are_geodesic(text, km):
    base = geocode(parse(text).base)
    match = geocode(text)
    assert match.geo_precision == "near"
    assert geodesic_km(base.lon, base.lat, match.lon, match.lat) == pytest.approx(km, rel=0.01)


def test_offset_into_another_country_takes_that_region():
    match = geocode("30 km southwest of Sudzha")
    assert (match.country, match.adm1_code) == ("UA", "UKR-325")
    assert match.name == "30 km SW of Sudzha"


def test_near_keeps_the_base_point():
    base, near = geocode("Sudzha"), geocode("near Sudzha")
    assert (near.lon, near.lat, near.geo_precision) == (base.lon, base.lat, "near")
