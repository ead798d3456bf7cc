"""Round forty-three (b): a capital's incursion or offensive says whose it is, not where it
is, and a country's forces under a name of several words are its own; a deed in an "after"
clause set weeks or more back is the news's setting; victims "recorded" are a toll, no
force seen; an attack "pushed back" or an assault "brought under control" took nothing;
air defences that engaged a drone met an attack there; forces pulling in manpower are
deployed; a unit named in the possessive by the subject of an active verb of seeing is the
one that sees."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import rules
from tests.extract_helpers import places

PUBLISHED = dt.date(2025, 3, 12)
KURSK = "RUS-2362"
KYIV_CITY = "UKR-4826"
DONETSK = "UKR-327"
NORTH_KORDOFAN = "SDN-883"
WHITE_NILE = "SDN-879"
TAHOUA = "NER-95"


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return places(text, PUBLISHED, None)


def _cues(sentence: str) -> list[str]:
    return [t.cue for t in rules.find_triggers(sentence)]


# 1. "Kyiv's cross-border incursion": the capital says whose incursion it is

def test_a_capitals_incursion_is_not_placed_in_the_capital() -> None:
    text = ("Ukrainian troops looked on Wednesday to be pulling out of the last patch of "
            "Russia's Kursk region they still held, as Russian forces took back the town of "
            "Sudzha, bringing Kyiv's cross-border incursion into Russian territory to the "
            "point of collapse.")
    assert (("attack", KYIV_CITY)) not in _kinds(text)
    assert ("capture", KURSK) in _kinds(text)


def test_a_countrys_forces_under_a_long_name_are_its_own() -> None:
    text = ("A dawn assault on Saturday left 41 members of Niger's Defence and Security Forces "
            "dead, after fighters went after an outpost in the Tillia commune of the Tahoua "
            "region. The attackers took temporary control of the base and drove off with "
            "several military vehicles.")
    kinds = _kinds(text)
    assert ("attack", TAHOUA) in kinds
    assert ("capture", TAHOUA) in kinds


# 2. "only weeks after the army lifted a long siege": that far back, the setting

def test_a_deed_in_an_after_clause_set_weeks_back_is_no_news() -> None:
    text = ("Shelling by paramilitaries on El-Obeid killed six people on Friday, a doctor "
            "said, only weeks after the army lifted a long siege of the city.")
    kinds = _kinds(text)
    assert ("attack", NORTH_KORDOFAN) in kinds
    assert ("capture", NORTH_KORDOFAN) not in kinds


def test_a_deed_in_an_after_clause_of_its_own_is_still_told() -> None:
    text = ("Shelling on El-Obeid killed six people on Friday, hours after the army lifted "
            "the siege of the city.")
    assert ("capture", NORTH_KORDOFAN) in _kinds(text)


# 3. victims recorded, an attack pushed back, an assault brought under control

def test_victims_recorded_are_no_force_seen() -> None:
    assert "units seen" not in _cues(
        "Gunmen attacked the camp, and several victims were recorded, both soldiers and "
        "civilians, a source said.")


def test_an_attack_pushed_back_took_no_ground() -> None:
    assert "ground taken" not in _cues(
        "The attack on the barracks was pushed back, a security source said.")
    assert "ground taken" in _cues(
        "Ukrainian forces pushed the Russians back from the village.")


def test_a_line_driven_back_gave_ground() -> None:
    assert "ground taken" in _cues(
        "After heavy fire from the Russian Armed Forces the defensive line of the Ukrainian "
        "Armed Forces was driven back at least 3 km west of the village.")


def test_an_assault_brought_under_control_took_no_place() -> None:
    assert "brought under control" not in _cues(
        "Another attack struck a detachment in the north, and this assault was brought "
        "under control as well.")
    assert "brought under control" in _cues("The town was brought under rebel control.")


# 4. air defences engaged a drone: an attack met there

def test_a_drone_engaged_by_air_defences_is_an_attack_there() -> None:
    text = ("Anti-aircraft defences engaged the drone, which was aimed at military "
            "infrastructure at Kenana in White Nile state, early on Saturday, witnesses said.")
    assert ("attack", WHITE_NILE) in _kinds(text)


def test_forces_engaged_in_talks_are_no_attack() -> None:
    assert "shot down" not in _cues("The two sides engaged in talks about drones on Monday.")


# 5. manpower pulled in: forces deployed

def test_manpower_pulled_in_is_a_deployment() -> None:
    assert "troops deployed" in _cues(
        "The occupiers pulled in a good deal of manpower near Kostiantynivka.")
    assert "troops deployed" not in _cues("Their losses in manpower are significant.")


# 6. "The brigade's reconnaissance spotted …": the brigade sees

def test_the_unit_that_sees_is_not_seen() -> None:
    assert "units seen" not in _cues(
        "The brigade's reconnaissance spotted the movement of the occupiers' groups in time.")


def test_forces_seen_by_a_unit_are_still_seen() -> None:
    assert "units seen" in _cues(
        "The brigade's drones spotted North Korean troops near the village.")
    assert "units seen" in _cues("Russian troops were spotted near the village.")
