"""Wordings of round 91 (c), each sentence written fresh (not corpus text): a country
named as whose main target a town is, a clause told as still going on after a dated one,
"fighting continues" as an attack cue, a date at the "from" end of a change from one
figure to another, and troops carried to a place or kept at bases there."""

from __future__ import annotations

import datetime as dt

from geoapp.extract.actors import group_countries, nationalities
from geoapp.extract.places import find_places
from geoapp.extract.rules import find_triggers
from tests.extract_helpers import ruled

DONETSK, KURSK, RAKHINE, CHIN = "UKR-327", "RUS-2362", "MMR-3273", "MMR-3274"
PUBLISHED = dt.date(2024, 1, 10)


def _units(text: str, name: str) -> set[str | None]:
    countries = nationalities(text) | group_countries(text)
    return {h.match.adm1_code for h in find_places(text, [], countries)
            if name in h.match.name}


# 1. a country in the possessive before "main target" is who aims at the town, not a
# country whose namesake of the town is meant

def test_country_whose_main_target_places_nothing() -> None:
    text = ("Ukrainian units dug in around Pokrovsk this week.\n"
            "Pokrovsk is still Russia's chief objective on the front.")
    assert _units(text, "Pokrovsk") == {DONETSK}


def test_country_named_as_a_place_still_counts() -> None:
    # near miss: a country named as the ground ("in Russia") still favours its namesake
    text = "A fire broke out in Pokrovsk, in Russia's far east, on Monday."
    assert DONETSK not in _units(text, "Pokrovsk")


# 2. a clause after ", and" told as going on now is not dated by the clause before it

def test_fighting_going_on_after_a_dated_clause_is_news() -> None:
    text = ("The rebels began their offensive in Rakhine State on October 2, and fighting "
            "is still going on across northern Rakhine and in Chin State.")
    got = ruled(text, PUBLISHED)
    assert ("attack", RAKHINE) in got and ("attack", CHIN) in got


def test_dated_clause_without_a_going_on_clause_stays_background() -> None:
    text = ("The rebels began their offensive in Rakhine State on October 2, and later "
            "shelled a town in Chin State.")
    got = ruled(text, PUBLISHED)
    assert ("attack", RAKHINE) not in got and ("attack", CHIN) not in got


# 3. "fighting continues" in the present is an attack cue, as "fighting goes on" is

def test_fighting_continues_is_an_attack_cue() -> None:
    assert "attack" in {t.event_type for t in find_triggers(
        "Fighting continues on the edge of the township.")}
    assert "attack" in {t.event_type for t in find_triggers(
        "Fighting rages around the airport.")}


def test_fighting_alone_is_no_attack_cue() -> None:
    assert "attack" not in {t.event_type for t in find_triggers(
        "The fighting season continues in spring.")}


# 4. a date at the "from" end of a change dates the starting figure, not the change

def test_baseline_date_does_not_make_the_change_a_recap() -> None:
    text = ("A Ukrainian spokesman said on Tuesday that Russia has raised the number of "
            "troops it has deployed in Kursk Oblast from 9,000 before the offensive began in "
            "October to "
            "about 40,000 now.")
    assert ("troop_deployment", KURSK) in ruled(text, PUBLISHED)


def test_deployment_dated_long_ago_stays_background() -> None:
    text = ("A Ukrainian spokesman said that Russia had deployed 9,000 troops in Kursk Oblast "
            "in October.")
    assert ("troop_deployment", KURSK) not in ruled(text, PUBLISHED)


# 5. troops carried to a place, or kept at bases there, are deployed there

def test_troops_carried_or_kept_are_deployed() -> None:
    for text in ("Transport planes carried 800 Belarusian paratroopers to the airfield.",
                 "The soldiers were shipped by ferry to the island.",
                 "The troops are being housed at army camps near the border."):
        assert "troop_deployment" in {t.event_type for t in find_triggers(text)}, text


def test_wounded_carried_or_prisoners_kept_are_not_deployed() -> None:
    for text in ("Medics carried injured soldiers to the field hospital.",
                 "Wounded soldiers were transported to hospital overnight.",
                 "The captives are being kept in a school.",
                 "Troops carried out raids on the village."):
        assert "troop_deployment" not in {t.event_type for t in find_triggers(text)}, text
