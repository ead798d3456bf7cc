"""Places and events of round seven, each sentence written fresh (not corpus text): a
village qualified by a region after its country's possessive ("in Russia's Kursk region")
lies in that region, never at a homonym elsewhere; a named formation clearing the enemy
out of a place is seen there; forces operating at a site on intelligence about a target
are raiding it, not deployed there."""

from __future__ import annotations

import pytest

from geoapp.extract.places import find_places
from tests.extract_helpers import places, ruled

KURSK, SUMY, POKROVSK_OBLAST = "RUS-2362", "UKR-325", "UKR-327"


def _regions(text: str) -> dict[str, str | None]:
    return {h.text: h.match.adm1_code for h in find_places(text, [], set())}


# 1. a region after its country's possessive qualifies the villages before it

@pytest.mark.parametrize("text", [
    "Heavy fighting was reported near the villages of Plekhovo, Vorozhba and Martynovka in "
    "Russia's Kursk region on Tuesday.",
    "Drones struck Martynovka and Plekhovo in Russia’s Kursk region overnight.",
])
def test_villages_in_a_possessive_region(text):
    found = _regions(text)
    for name in ("Plekhovo", "Martynovka"):
        assert found[name] == KURSK


def test_possessive_region_keeps_a_namesake_inside_it():
    assert _regions("Drones struck Vorozhba in Ukraine's Sumy region on Monday.")["Vorozhba"] \
        == SUMY


def test_possessive_region_events_placed_there():
    text = ("Russian troops attacked the village of Martynovka in Russia's Kursk region on "
            "Monday, killing two soldiers.")
    assert {r for _, r in ruled(text)} == {KURSK}


# 2. a named formation clearing the enemy out of a place is seen there

@pytest.mark.parametrize("text", [
    "This week the 41st Separate Mechanised Brigade cleared the enemy out of the area around "
    "the bus station in Pokrovsk, the army said.",
    "The 25th Airborne Brigade mopped up the last enemy positions in Pokrovsk on Sunday, the "
    "military said.",
])
def test_named_formation_clearing_a_place(text):
    assert ("unit_sighting", POKROVSK_OBLAST) in ruled(text)


def test_clearing_without_a_named_formation_is_no_sighting():
    text = "Soldiers cleared the enemy out of the area around the bus station in Pokrovsk."
    assert all(t != "unit_sighting" for t, _ in ruled(text))


# 3. forces operating at a site on intelligence about a target: a raid, no deployment

@pytest.mark.parametrize("text", [
    "The army said its troops were operating around the Al-Shifa hospital in Gaza City based "
    "on intelligence about gunmen inside.",
    "Police said its forces were operating in the area of the Nur Shams camp near Tulkarm on "
    "the strength of intelligence about the presence of militants.",
])
def test_intelligence_led_operation_is_no_deployment(text):
    assert all(t != "troop_deployment" for t, _ in ruled(text))


def test_forces_operating_in_a_place_still_deployed():
    text = "Israeli forces are operating in the area of Qabatiya near Jenin, the army said."
    assert any(t == "troop_deployment" for t, _ in ruled(text))


# 4. a village the gazetteer lacks, placed by a town it lies a distance from

NIASSA, CABO_DELGADO = "MOZ-1199", "MOZ-1198"


def test_unknown_village_lies_by_the_town_named_after_it():
    text = ("In Mozambique, gunmen raided the village of Kalalanga, roughly 20 km north of the "
            "town of Mecula in Niassa, on Monday.\n\nThe next day soldiers were ambushed near "
            "Kalalanga and four were killed.")
    found = [(h.text, h.match.adm1_code) for h in find_places(text, [], set())]
    assert found.count(("Kalalanga", NIASSA)) == 2
    assert ("attack", NIASSA) in ruled(text)
    assert ("attack", CABO_DELGADO) not in ruled(text)


# 5. a force's losses a named side inflicted in one fight: that fight, an attack

@pytest.mark.parametrize("text", [
    "In Muidumbe district of Cabo Delgado, insurgents killed nine soldiers of the army in "
    "the deadliest incident of the month, a local source said.",
    "Insurgents killed six soldiers in a single incident in Cabo Delgado province on "
    "Tuesday, a local source said.",
])
def test_force_toll_of_one_fight_is_an_attack(text):
    assert places(text) == [("attack", CABO_DELGADO)]


def test_force_losses_over_a_period_stay_a_tally():
    text = ("In Cabo Delgado province, insurgents have killed 40 soldiers over the past "
            "three weeks, a local source said.")
    assert ("casualty_report", CABO_DELGADO) in places(text)
