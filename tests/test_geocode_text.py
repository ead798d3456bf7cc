"""Normalisation, admin affixes and relative phrases: the text side of the geocoder."""

from __future__ import annotations

import re

import pytest

from geoapp.geocode import geocode, geodesic_km
from geoapp.geocode.affixes import CITY, GENERIC, OBLAST, REPUBLIC, SETTLEMENT, split_affixes
from geoapp.geocode.normalise import fold, korean_fold, normalise, query_keys
from geoapp.geocode.relative import parse
from geoapp.geocode.romanise import romanise


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


def test_romanise_uses_the_standards():
    assert romanise("Юнаківка") == "Yunakivka"             # Ukrainian national system 2010
    assert romanise("Юнаківка", "bgn") == "Yunakivka"
    assert romanise("Плехово") == "Plekhovo"               # Russian, English press form
    assert romanise("Николаево-Дарьино", "bgn") == "Nikolayevo-Dar’ino"
    assert romanise("평양") == "Pyeong-yang"                # Revised Romanization
    assert romanise("평양", "bgn") == "P'yŏngyang"           # McCune–Reischauer
    assert romanise("Kursk") == "Kursk"


@pytest.mark.parametrize("system", ["press", "bgn"])
def test_russian_romanisation_is_iuliias(system):
    """The faster driver of iuliia's tables gives what iuliia gives: its own samples, the
    test census list, and every letter in every context (word starts, ends, endings,
    capitals, soft and hard signs between vowels)."""
    import csv
    import itertools
    from pathlib import Path

    import iuliia

    from geoapp.geocode.romanise import _RUSSIAN

    schema = {"press": iuliia.WIKIPEDIA, "bgn": iuliia.BGN_PCGN}[system]
    rows = csv.DictReader((Path(__file__).parent / "data" / "ru_settlements_test.csv")
                          .open(encoding="utf-8"))
    letters = "аеиоуыэюяёйъьтшбвк"
    words = ["".join(p) for n in (1, 2, 3) for p in itertools.product(letters, repeat=n)]
    texts = ([s[0] for s in schema.samples] + [r["settlement"] for r in rows] + words
             + [w.upper() for w in words] + [w.capitalize() + "-" + w + "ий" for w in words])
    assert [_RUSSIAN[system].translate(t) for t in texts] == [schema.translate(t) for t in texts]


@pytest.mark.parametrize("spellings", [
    ("Николаево-Дарьино", "Nikolayevo-Darino", "Nikolaevo-Darino", "Nikolaevo-Dar'ino",
     "Nikolayevo-Dar’ino", "Nikolaevo-Darʹino", "Nikolaevo Daryino"),
    ("Черкасская Конопелька", "Cherkasskaya Konopelka", "Čerkasskaja Konopelʹka",
     "Cherkasskaia Konopel'ka", "Čerkasskaâ Konopelʹka"),
    ("Тёткино", "Tetkino", "Tyotkino", "Tëtkino"),
    ("Харків", "Kharkiv", "Harkiv", "Xarkiv"),
    ("Київ", "Kyiv", "Kyyiv", "Kiïv"),
    ("Знам'янка", "Znamianka", "Znam'yanka", "Znamjanka"),
    ("Згурівка", "Zghurivka", "Zhurivka", "Zgurivka"),
])
def test_fold_is_one_key_for_every_romanisation(spellings):
    assert len({fold(s) for s in spellings}) == 1


def test_korean_fold_joins_rr_mr_and_hangul():
    for hangul, *latin in [("평양", "Pyongyang", "P'yŏngyang", "Pyeongyang"),
                           ("개성", "Kaesong", "Kaesŏng", "Gaeseong"),
                           ("백령도", "Baengnyeongdo", "Paengnyŏngdo"),
                           ("제주", "Jeju", "Cheju")]:
        assert len({korean_fold(x) for x in (hangul, *latin)}) == 1
    assert korean_fold("Kaesong") != fold("Kaesong")   # kept apart in the one index


def test_query_keys_read_x_both_ways():
    keys = query_keys("Alexandrovka")
    assert fold("Александровка") in keys and fold("Xomutovka") == fold("Хомутовка")


def _sample_names(pattern: str, limit: int) -> list[str]:
    """Real Cyrillic or Hangul names from the bundled index, a deterministic sample."""
    from geoapp.geocode.gazetteer import gazetteer

    alias = gazetteer().indexes[0].alias.to_pylist()
    found = sorted({a for a in alias if re.fullmatch(pattern, a)})
    return found[:: max(1, len(found) // limit)][:limit]


def test_every_iuliia_schema_folds_like_the_cyrillic():
    """Russian names from the data in every romanisation iuliia keeps: one key per name
    for at least 99% of the names. Left aside: Telegram (ж as "j"), the French passport
    system ("ou", "tch") and GOST 16876-71's alternative (э as "eh", which is also е+х)."""
    import iuliia

    names = _sample_names(r"[А-Яа-яЁё][а-яё]+(?:[ -][А-Яа-яЁё][а-яё]+)?", 400)
    schemas = [iuliia.schemas.get(n) for n in sorted(iuliia.schemas.names())
               if n not in ("telegram", "uz", "mvd_310_fr", "gost_16876_alt")]
    agree = [all(fold(s.translate(n)) == fold(n) for s in schemas) for n in names]
    assert len(names) >= 300
    assert sum(agree) / len(agree) >= 0.99


def test_ukrainian_systems_fold_like_the_cyrillic():
    """The national system of 2010, BGN/PCGN, ISO 9, British, the 1996 national system,
    passports, GOST 1971/1986, ALA-LC: one key per name for at least 99% of names."""
    import translitua

    names = _sample_names(r"[А-ЩЬЮЯІЇЄҐа-щьюяіїєґ'][а-щьюяіїєґ']*[іїєґ][а-щьюяіїєґ']*", 400)
    tables = [translitua.UkrainianKMU, translitua.UkrainianBGN, translitua.UkrainianISO9,
              translitua.UkrainianBritish, translitua.UkrainianNational1996,
              translitua.UkrainianPassport2007, translitua.UkrainianGOST1971,
              translitua.UkrainianGOST1986, translitua.UkrainianALALC, translitua.UkrainianWWS]
    agree = [all(fold(translitua.translit(n, t)) == fold(n) for t in tables) for n in names]
    assert len(names) >= 300
    assert sum(agree) / len(agree) >= 0.99


def test_mccune_reischauer_folds_like_hangul():
    import ko_pron

    names = _sample_names(r"[\uac00-\ud7a3]{2,4}", 300)
    agree = [korean_fold(ko_pron.romanise(n, "mr")) == korean_fold(n) for n in names]
    assert sum(agree) / len(agree) >= 0.99


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
