"""Wordings of retold news, each sentence written fresh (not corpus text): strikes named
as a threat guarded against, a force's routine before its assaults, an attack set against
an earlier visit by a phrase naming its target, a country-wide reach of a group described,
a state held "since" an earlier strike, a source opening on "this week", and a deed after
an opening "once" clause in the past perfect."""

from __future__ import annotations

from geoapp.extract.attribution import find_attribution
from tests.extract_helpers import ruled, trigger_types

KURSK, WHITE_NILE, KACHIN = "RUS-2362", "SDN-879", "MMR-3296"


def test_strikes_named_as_a_threat_are_no_attack() -> None:
    text = ("The battalion dug new trenches near Sudzha on Monday to reduce the threat from "
            "drone strikes, the ministry said.")
    assert "attack" not in trigger_types(text)
    assert "attack" in trigger_types("Drone strikes hit trenches near Sudzha on Monday.")


def test_a_routine_before_assaults_is_no_attack() -> None:
    text = ("According to the ministry, the troops gather in groups of ten before going on the "
            "attack in the Kursk region.")
    assert ("attack", KURSK) not in ruled(text)
    text = "The troops wait in the woods before launching the attack on the village."
    assert "attack" not in trigger_types(text)
    text = "The troops waited in the woods before launching the attack on the village on Monday."
    assert "attack" in trigger_types(text)


def test_an_attack_on_a_place_set_after_an_earlier_deed_tells_none() -> None:
    text = ("Drones struck the army base in Kosti on Friday. The attack on White Nile state "
            "came one day after the army chief reached Kosti on a tour of the region.")
    assert ("capture", WHITE_NILE) not in ruled(text)


def test_a_group_working_around_the_country_gives_no_national_toll() -> None:
    text = ("Shelling killed 12 people in Kutum, North Darfur, on Saturday. A further five "
            "people were wounded, according to a local committee, one of many volunteer "
            "groups that coordinate aid around the country.")
    assert ("casualty_report", "SD") not in ruled(text)
    text = ("The UN mission in Ukraine said on Friday that at least 148 civilians who were "
            "killed across the country in February had been identified.")
    assert ("casualty_report", "UA") in ruled(text)


def test_a_strike_a_state_is_held_since_is_background() -> None:
    text = ("Kachin State has been on high alert since the army's air strike on Laiza, which "
            "killed 12 people.")
    assert ("attack", KACHIN) not in ruled(text)


def test_a_source_opening_on_this_week_is_named() -> None:
    found = find_attribution("This week the Main Directorate of Intelligence of the Defence "
                             "Ministry, known as the GUR, reported that 30 soldiers had been "
                             "killed.")
    assert found is not None and found.name == "Main Directorate of Intelligence of the " \
        "Defence Ministry"
    assert find_attribution("This week the ministry said 30 soldiers had died.").name == "ministry"


def test_a_deed_after_a_once_clause_in_the_past_perfect_is_news() -> None:
    text = ("Once the base near Laiza had been taken, the army kept firing artillery into the "
            "town of Laiza in Kachin State, residents said.")
    assert ("attack", KACHIN) in ruled(text)
