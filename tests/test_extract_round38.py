"""Round thirty-eight: a town followed by its other name in brackets is the place both names
share, whatever the report's countries; a country named only as whose armed forces act is no
place; a title-case dateline whose month is cut short is the filing place; a concentration
of troops struck is the strike's target, not a deployment; a blockade laid on a town and
civilians maimed by fighters are attacks there."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import extract
from geoapp.extract.actors import nationalities
from geoapp.extract.dateline import find_dateline
from geoapp.extract.places import find_places

PUBLISHED = dt.date(2025, 10, 18)
DONETSK = "UKR-327"


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(h.text, h.match.adm1_code) for h in find_places(text, [], nationalities(text))]


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(c.event.event_type, c.event.adm1_code or c.event.country)
            for c in extract(text, published=PUBLISHED)]


# 1. a town with its other name in brackets is the place both names share

def test_a_town_with_its_old_name_in_brackets_is_the_town_both_name() -> None:
    found = _places("Russian units pressed into the centre of Pokrovsk (Krasnoarmeysk) "
                    "overnight, the channel said.")
    assert ("Pokrovsk", DONETSK) in found
    assert ("Krasnoarmeysk", DONETSK) in found


def test_the_old_name_alone_later_is_the_same_town() -> None:
    text = ("Russian units pressed into the centre of Pokrovsk (Krasnoarmeysk) overnight.\n\n"
            "The roads west of Krasnoarmeysk are now cut, the channel said.")
    assert all(region == DONETSK for name, region in _places(text) if "Krasnoarmeysk" in name)


def test_a_town_with_its_old_name_stays_put_when_another_country_is_named() -> None:
    found = _places("The defence ministry in Moscow said Russia had taken Pokrovsk "
                    "(Krasnoarmeysk).")
    assert ("Pokrovsk", DONETSK) in found
    assert ("Krasnoarmeysk", DONETSK) in found


# 2. a country named as whose forces act is no place of the report

def test_a_country_named_by_its_armed_forces_is_no_place() -> None:
    found = _places("Units of the Armed Forces of the Russian Federation took the station "
                    "of Pokrovsk (Krasnoarmeysk) after hard fighting.")
    assert [region for _, region in found] == [DONETSK, DONETSK]
    assert ("capture", DONETSK) in _kinds(
        "Units of the Armed Forces of the Russian Federation took the railway station of "
        "Pokrovsk (Krasnoarmeysk) after hard fighting.")


def test_a_country_named_as_a_place_still_is_one() -> None:
    found = _places("Drones struck an oil depot in the Russian Federation overnight.")
    assert [name for name, _ in found] == ["the Russian Federation"]


# 3. a title-case dateline with a shortened month is the filing place, not an event's

def test_a_titled_dateline_with_a_cut_month_is_a_dateline() -> None:
    found = find_dateline("Army strikes camps in the north\n\nNiamey, 4 Nov. 2025 (Outlet) - "
                          "Between 19 October and 2 November the army struck camps.")
    assert found is not None and found.place == "Niamey"


# 4. a concentration of troops struck is the strike's target, not a deployment

def test_a_strike_against_a_concentration_of_troops_is_no_deployment() -> None:
    found = _kinds("A strike carried out on Friday by the army against a concentration of "
                   "enemy troops near Sudzha, in the Kursk region, left many soldiers dead.")
    assert ("attack", "RUS-2362") in found
    assert not any(kind == "troop_deployment" for kind, _ in found)


def test_troops_concentrated_near_a_place_are_still_deployed() -> None:
    found = _kinds("Russia has been massing troops near Sudzha in the Kursk region, with a "
                   "concentration of troops near the border.")
    assert ("troop_deployment", "RUS-2362") in found


# 5. a blockade laid on a town, civilians maimed: attacks there

MAY = dt.date(2025, 5, 4)
GAO = "MLI-2690"


def test_a_blockade_imposed_on_a_town_is_an_attack_there() -> None:
    found = [(c.event.event_type, c.event.adm1_code) for c in extract(
        "In the north of Mali, the group imposed a blockade on Gao from 3 May, fighting "
        "government forces.", published=MAY)]
    assert ("attack", GAO) in found


def test_a_blockade_lifted_is_no_attack() -> None:
    assert extract("Mali lifted the economic blockade imposed on Gao.", published=MAY) == []


def test_civilians_maimed_by_fighters_is_an_attack() -> None:
    found = [(c.event.event_type, c.event.adm1_code) for c in extract(
        "On 1 May, fighters amputated civilians at a market in Gao, Mali.", published=MAY)]
    assert ("attack", GAO) in found


def test_a_surgeons_amputation_is_no_attack_by_itself() -> None:
    found = extract("Surgeons in Gao, Mali amputated the legs of two wounded civilians.",
                    published=MAY)
    assert not any("civilians maimed" in c.cues for c in found)
