"""Wordings of retold news, each sentence written fresh (not corpus text): where a report's
events are when it names a far country once, a place of a country it never names otherwise,
a name inside a longer Arabic one, capitals as one subject, lists of places and a dateline
opening the first paragraph after a headline."""

from __future__ import annotations

import pytest

from geoapp.extract.actors import nationalities
from geoapp.extract.places import PlaceHit, find_places
from tests.extract_helpers import ruled

LOWER_SHABELLE, BANADIR = "SOM-2316", "SOM-2407"
KURSK = "RUS-2362"
TAIZ, HODEIDAH, SAADA = "YEM-158", "YEM-151", "YEM-150"
KHARKIV, MOSCOW_CITY, KYIV_CITY = "UKR-328", "RUS-2365", "UKR-4826"


def places_named(text: str) -> list[PlaceHit]:
    return find_places(text, [], nationalities(text))


# 1. the theatre keeps to the country the report names most

def test_a_town_of_a_country_named_once_is_not_the_theatre() -> None:
    text = ("Mali: soldiers repel a dawn raid on a remote outpost\n\n"
            "Mali's army said on Monday it had repelled a raid on its outpost at "
            "Dourgoumbaye, near the border with Niger.\n\n"
            "A video showing men in the uniforms of Mali's army appeared online on Sunday. "
            "The footage was filmed at night. Its origin could not be checked. "
            "The attackers seized two army trucks and captured four soldiers.\n\n"
            "According to Amadou Sow, a researcher at the Centre for Peace Studies (CPS) in "
            "Dakar, Senegal, the rebels control gold mines across the north.\n\n"
            "The government of Mali has not commented.")
    found = ruled(text)
    assert not [x for x in found if x[1] and x[1].startswith("SEN")]


# 2. a place of a country the report names nowhere else, among places of another one

def test_a_namesake_region_of_an_unnamed_country_is_no_event_place() -> None:
    text = ("Warplanes struck the Red Sea port of Hodeidah and the airport in Sanaa on "
            "Friday, the rebel-run news agency said.\n\n"
            "Two dock workers were killed in the strikes on Hodeidah, it said.")
    found = ruled(text)
    assert not [x for x in found if x[1] and x[1].startswith("SDN")]
    assert ("attack", "YEM-151") in found


@pytest.mark.parametrize("text", [
    "Ukrainian drones struck a car in the Belgorod region on Monday, wounding two people, "
    "the governor said.",
    "The Russian Defence Ministry said a drone was shot down over the Belgorod region, "
    "as Ukrainian troops shelled a village near Kupiansk.",
])
def test_a_region_named_by_itself_or_a_demonym_stays(text: str) -> None:
    assert [x for x in ruled(text) if x[1] == "RUS-2370"]


# 3. a name ending a longer one joined by an Arabic article is not that place

@pytest.mark.parametrize("before", ["Tell ", "Khirbet ", "Qaaqaait "])
def test_a_place_ending_a_longer_arabic_name_is_not_found(before: str) -> None:
    text = f"An Israeli drone struck a car near {before}al-Jisr in southern Lebanon."
    assert not [h for h in places_named(text) if h.match.country == "IL"]


def test_a_place_after_a_locative_and_an_article_is_still_found() -> None:
    text = "Shells fell on al-Bureij and In al-Bureij two houses burned, witnesses said."
    assert [h for h in places_named(text) if h.match.country == "PS"]


# 6. a title-case dateline opening the body under a headline and a date line

@pytest.mark.parametrize("opening", [
    "Sunday March 24, 2024\n\nMogadishu (Coastal Radio) - ",
    "Mogadishu, May 14 (Coastal Radio) ",
    "Mogadishu, 14 May 2024 (Coastal Radio) - ",
])
def test_a_filing_city_under_a_headline_is_no_event_place(opening: str) -> None:
    text = ("Soldiers killed in dawn raid on army base\n\n" + opening +
            "Militants stormed an army base near a village in the Lower Shabelle region "
            "early on Saturday, killing four soldiers, officials said.")
    found = ruled(text)
    assert ("attack", LOWER_SHABELLE) in found
    assert not [x for x in found if x[1] == BANADIR]


# 4. two capitals as one subject, an adverb before their verb

@pytest.mark.parametrize("adverb", ["both", "each", "also", "again"])
def test_capitals_joined_as_a_subject_with_an_adverb_act(adverb: str) -> None:
    text = ("A missile strike on the Kharkiv region killed three people on Friday, the "
            f"governor said, as Moscow and Kyiv {adverb} reported waves of drone attacks "
            "overnight.")
    found = ruled(text)
    assert ("attack", KHARKIV) in found
    assert not [x for x in found if x[1] in (MOSCOW_CITY, KYIV_CITY)]


# 5. a list of places, one said where it lies

@pytest.mark.parametrize("where", ["in the west", "in the north-east", "in the south"])
def test_each_place_of_a_list_with_a_compass_phrase_gets_its_event(where: str) -> None:
    text = ("Warplanes struck targets on Monday in the southern province of Taiz, in "
            f"Hodeidah {where} and in Saada, the rebels' northern bastion, the agency said.")
    found = ruled(text)
    for region in (TAIZ, HODEIDAH, SAADA):
        assert ("attack", region) in found


# 7. villages listed under a region, known to the gazetteer only in another country

def test_villages_listed_under_a_region_fall_back_to_it() -> None:
    text = ("Russia says its troops retook eight villages in the Kursk region that "
            "Ukrainian forces had held\n\n"
            "\"Units of the army group liberated eight settlements this week: Viktorovka, "
            "Obukhovka, Plekhovo, Kositsa and others,\" the ministry said.")
    found = ruled(text)
    assert ("capture", KURSK) in found
    assert not [x for x in found if x[1] and x[1].startswith("UKR")]


def test_attacks_in_the_directions_of_unknown_villages_lie_in_the_region() -> None:
    text = ("Fighting continued in the Kursk region on Monday, the ministry said.\n\n"
            "Its statement was read out on state television. It gave no details. The "
            "figures could not be verified. Officials declined to comment.\n\n"
            "Troops repelled three enemy counterattacks in the directions of Zelenyi Shlyakh "
            "and Nizhnyaya Parovaya overnight.")
    assert ruled(text).count(("attack", KURSK)) == 2
