"""Small places put in the wrong admin-1 region, each sentence written fresh (not corpus
text): the unit the text names right after a place ("…, in the X district of Y region",
"in neighbouring Y Region", "(Y Oblast)", "of Y region") beats any namesake ranking; a
village or unknown name so qualified falls back to that unit, never to a namesake
elsewhere; "east of the city" anchors to the town last named; a village's namesake by the
report's other towns beats one far off; "X district" is the district of the town X of
note."""

from __future__ import annotations

import datetime as dt

import pytest

from geoapp.extract import extract
from geoapp.extract.places import find_places
from geoapp.geocode import default_geocoder

KURSK, DNIPRO, ZAPORIZHZHIA, KHARKIV = "RUS-2362", "UKR-326", "UKR-331", "UKR-328"
MAGWAY, GEZIRA, NORTH_KORDOFAN = "MMR-3276", "SDN-875", "SDN-883"


def _where(text: str, name: str) -> list[tuple[str, str | None]]:
    """(region, precision) of every hit whose text contains ``name``."""
    return [(h.match.adm1_code, h.match.geo_precision) for h in find_places(text, [], set())
            if name in h.text]


# 1. an explicit district or region after the name beats the namesake the gazetteer ranks first

@pytest.mark.parametrize("text", [
    "Ukrainian troops retook Ternove, in the Synelnykove district of Dnipropetrovsk region, "
    "on Friday.",
    "Shelling hit Ternove (Dnipropetrovsk Oblast) overnight.",
    "Fighting raged near Ternove of Dnipropetrovsk region all day.",
    "Russian drones struck Ternove, in neighbouring Dnipropetrovsk region.",
    "Russian drones struck Ternove, in neighboring Dnipropetrovsk Oblast, before dawn.",
])
def test_a_region_named_after_a_village_decides_its_namesake(text: str) -> None:
    assert [r for r, _ in _where(text, "Ternove")] == [DNIPRO]


def test_a_village_listed_before_the_qualifier_shares_it() -> None:
    text = ("Russian marines pressed on towards Olgovka and Ternove in the Korenevo district, "
            "the Kursk governor said.")
    assert [r for r, _ in _where(text, "Olgovka")] == [KURSK]


@pytest.mark.parametrize("text", [
    "Paratroopers attacked Olgovka, in the Korenevo district of the Kursk region.",
    "Drones hit Olgovka in the Korenevo district overnight, the Kursk governor said.",
])
def test_a_village_the_unit_lacks_falls_back_to_the_unit(text: str) -> None:
    # the gazetteer's only Olgovka lies in Kherson oblast: never taken against the text
    where = _where(text, "Olgovka")
    assert [r for r, _ in where] == [KURSK]
    assert where[0][1] in ("district", "region")


# Letpanhla is a village the gazetteer does not know; Gangaw and Myaing, township seats of
# Magway, it knows from MIMU's town list.
@pytest.mark.parametrize("text", [
    "Rebels overran army posts in Letpanhla village, in neighbouring Magway Region, on Sunday.",
    "Rebels overran army posts in Letpanhla, in the neighboring Magway region.",
    "Resistance fighters shelled a base at Letpanhla, in central Magway Region.",
])
def test_an_unknown_town_falls_back_to_the_region_named_after_it(text: str) -> None:
    assert _where(text, "Letpanhla") == [(MAGWAY, "region")]


def test_an_unknown_town_keeps_its_region_at_each_mention() -> None:
    text = ("Rebels overran army posts in Letpanhla, in neighbouring Magway Region. "
            "Fighting in Letpanhla continued on Monday.")
    assert _where(text, "Letpanhla") == [(MAGWAY, "region"), (MAGWAY, "region")]


@pytest.mark.parametrize("text, name", [
    ("Rebels overran army posts in Gangaw township, in neighbouring Magway Region.", "Gangaw"),
    ("Resistance fighters shelled a base at Myaing, in central Magway Region.", "Myaing"),
])
def test_a_known_township_seat_is_the_town_in_the_region_named(text: str, name: str) -> None:
    assert _where(text, name) == [(MAGWAY, "exact")]


# near misses: nothing to change

def test_a_town_already_in_the_region_named_stays_the_town() -> None:
    text = "Militias seized the city of Bara in North Kordofan state on Monday."
    hit = next(h for h in find_places(text, [], set()) if "Bara" in h.text)
    assert (hit.match.adm1_code, hit.match.kind) == (NORTH_KORDOFAN, "place")


def test_a_city_is_not_moved_by_a_region_named_after_it() -> None:
    text = "Refugees from Kharkiv, in the Sumy region, described the bombing."
    assert [r for r, _ in _where(text, "Kharkiv")] == [KHARKIV]


def test_a_capitalised_word_after_no_locative_is_no_place() -> None:
    text = "Officials said on Monday, in the Kursk region, that the border was calm."
    assert [h.text for h in find_places(text, [], set())] == ["the Kursk region"]


@pytest.mark.parametrize("text", [
    "According to the Governor of the Kursk region, two people were hurt.",
    "He spoke to the Head of the Sumy region by phone.",
])
def test_a_title_of_a_region_is_no_place(text: str) -> None:
    assert [h.match.kind for h in find_places(text, [], set())] == ["region"]


def test_unknown_villages_listed_before_the_district_share_it() -> None:
    text = "Drones hit Olgovka and Kamyshevka in the Korenevo district, the Kursk governor said."
    assert _where(text, "Kamyshevka") == [(KURSK, "district")]


# 2. a relative phrase about "the city" or "the town" anchors to the town last named

@pytest.mark.parametrize("text", [
    "The army entered Wad Madani on Saturday. Gunmen shelled Abu Ushar, south of the city, "
    "killing three farmers.",
    "The army entered Wad Madani on Saturday. Gunmen shelled the village of Abu Ushar, "
    "about 20 km south of the town, killing three farmers.",
])
def test_a_village_placed_relative_to_the_city_just_named(text: str) -> None:
    assert [r for r, _ in _where(text, "Abu Ushar")] == [GEZIRA]


def test_east_of_the_city_without_a_name_adds_no_place() -> None:
    text = "The army entered Wad Madani on Saturday. Shells fell east of the city overnight."
    assert [h.text for h in find_places(text, [], set())] == ["Wad Madani"]


# 3. among namesakes, the one by the report's other towns

def test_a_village_namesake_by_the_reports_towns_wins() -> None:
    text = ("Heavy fighting continued near Huliaipole. Moscow claimed the capture of "
            "Rivnopillia on Tuesday.")
    assert [r for r, _ in _where(text, "Rivnopillia")] == [ZAPORIZHZHIA]


def test_a_village_by_the_reports_towns_keeps_its_place() -> None:
    # the Ternove the gazetteer ranks first lies by Uzhhorod: no namesake is sought
    text = "Police patrolled Uzhhorod on Sunday. A fire broke out in Ternove on Tuesday."
    assert [r for r, _ in _where(text, "Ternove")] == ["UKR-293"]


# 4. "X district" in a forward lookup is the district of the town of note named X

@pytest.mark.parametrize("query, region", [
    ("Synelnykove district", DNIPRO), ("the Korenevo district", KURSK),
    ("Ternove (Synelnykove district)", DNIPRO),
])
def test_a_district_named_after_its_town(query: str, region: str) -> None:
    assert default_geocoder().lookup(query, None, ()).match.adm1_code == region


# 5. end to end: the event lands in the qualifier's region

def test_event_in_an_unknown_township_is_in_the_named_region() -> None:
    text = ("Arakan Army fighters attacked junta positions in Gangaw township, in neighbouring "
            "Magway Region, on Saturday, the group said.")
    found = extract(text, published=dt.date(2025, 3, 2))
    assert [(c.event.event_type, c.event.adm1_code) for c in found] == [("attack", MAGWAY)]


def _typed(text: str) -> list[tuple[str, str | None]]:
    return [(c.event.event_type, c.event.adm1_code)
            for c in extract(text, published=dt.date(2025, 3, 4))]


@pytest.mark.parametrize("text", [
    "Russia has massed 20,000 troops near Kupiansk, the General Staff said.",
    "Russian forces have concentrated some 12,500 soldiers around Kupiansk in recent weeks.",
])
def test_a_thousands_comma_does_not_part_a_count_from_its_place(text: str) -> None:
    assert _typed(text) == [("troop_deployment", KHARKIV)]


@pytest.mark.parametrize(("text", "region"), [
    ("Ukrainian officials said 3,000 North Korean soldiers had been killed or wounded in Russia "
     "since November, most of them in the Kursk region.", KURSK),
    ("Some 1,500 fighters have been killed since August, the majority in the Sumy region, the "
     "commander said.", "UKR-325"),
])
def test_a_clause_that_narrows_a_count_places_it(text: str, region: str) -> None:
    assert _typed(text) == [("casualty_report", region)]
