"""Round thirty-six (a): unit sightings in the wording t905–t924 showed (a named formation
pressing forward inside a place or active near it, a numbered battalion of four digits, a
formation's command post named by its possessive, forces involved in operations of a
kind, an operation making use of a force's units, and another country's forces based at
a place)."""

from __future__ import annotations

from extract_helpers import ruled

from geoapp.extract.rules import find_triggers

KHARKIV, KURSK, BELGOROD = "UKR-328", "RUS-2362", "RUS-2370"
KAYIN, CABO_DELGADO = "MMR-3266", "MOZ-1198"


def _sighting_cues(text: str) -> set[str]:
    return {t.cue for t in find_triggers(text) if t.event_type == "unit_sighting"}


# 1. a named formation pressing forward inside a place is seen there

def test_a_named_formation_pressing_forward_inside_a_town_is_seen_there() -> None:
    found = ruled("Russian troops are advancing in Ukraine's Kharkiv region. The assault units "
                  "of the Western group of forces keep pressing forward inside Kupiansk.")
    assert ("unit_sighting", KHARKIV) in found


def test_unnamed_troops_pressing_forward_are_no_sighting() -> None:
    found = ruled("Russian troops are advancing in Ukraine's Kharkiv region. The assault troops "
                  "keep pressing forward inside Kupiansk.")
    assert ("unit_sighting", KHARKIV) not in found


def test_a_formation_named_as_a_group_is_a_named_formation() -> None:
    assert "named formation present" in _sighting_cues(
        "On the Kharkiv axis the Zapad group is fighting near Kupiansk.")


def test_a_formation_that_liberated_a_place_is_left_to_the_capture() -> None:
    assert _sighting_cues("Units of the Zapad group of forces liberated the settlement of "
                          "Kurylivka in the Kharkiv region.") == set()


# 2. a numbered battalion (four digits too) active near a place is seen there

def test_a_numbered_battalion_active_near_a_village_is_seen_there() -> None:
    found = ruled("The army launched an offensive in Hpapun Township, Karen State. Battalion "
                  "1021 of the Border Guard Force, which sides with the army, is also active "
                  "less than two miles from the village.")
    assert ("unit_sighting", KAYIN) in found


def test_an_unnamed_battalion_active_near_a_village_is_no_sighting() -> None:
    assert _sighting_cues("A battalion of the Border Guard Force is also active near the "
                          "village.") == set()


# 3. a numbered formation's command post named by its possessive places the formation

def test_a_formations_command_post_by_its_possessive_is_a_sighting() -> None:
    found = ruled("A strike hit Russia's Kursk region on Wednesday. Officials said the 810th "
                  "brigade's command post had been set up in an abandoned building in Lgov.")
    assert ("unit_sighting", KURSK) in found


def test_a_brigade_that_struck_a_command_post_is_not_placed_there() -> None:
    assert _sighting_cues("Ukraine's 47th Brigade said it struck a Russian command post near "
                          "Lgov in the Kursk region.") == set()


# 4. forces involved in operations of a kind are seen where those operations are

def test_forces_involved_in_defensive_operations_in_a_province_are_seen_there() -> None:
    found = ruled("North Korean personnel are also involved in defensive operations in "
                  "Russia's Belgorod province, he said.")
    assert ("unit_sighting", BELGOROD) in found


def test_soldiers_involved_in_a_massacre_are_no_sighting() -> None:
    assert _sighting_cues("Soldiers involved in the massacre in the Belgorod province were "
                          "named.") == set()


# 5. an operation making use of a force's units: those units fight there

def test_an_offensive_making_use_of_foreign_units_places_them() -> None:
    found = ruled("The enemy has been carrying out offensive operations in the Kursk region, "
                  "making active use of units of the North Korean army, the commander said.")
    assert ("unit_sighting", KURSK) in found


def test_an_offensive_making_use_of_drones_is_no_sighting() -> None:
    assert _sighting_cues("The enemy has been carrying out offensive operations in the Kursk "
                          "region, making active use of drones and armoured vehicles.") == set()


# 6. another country's forces based at a place are seen there; an army's own are not

def test_foreign_forces_based_at_a_village_are_seen_there() -> None:
    found = ruled("Insurgents struck in Cabo Delgado province. In Macomia district, Rwandan "
                  "forces based at Litamanda captured as many as 50 of them.")
    assert ("unit_sighting", CABO_DELGADO) in found


def test_an_armys_own_forces_based_at_home_are_no_sighting() -> None:
    found = ruled("Insurgents struck in Cabo Delgado province. Mozambican troops based at "
                  "Litamanda captured as many as 50 of them.")
    assert ("unit_sighting", CABO_DELGADO) not in found


def test_forces_said_to_be_based_in_a_region_are_no_based_sighting() -> None:
    assert "foreign forces based there" not in _sighting_cues(
        "Some 11,000 North Korean troops are now based in the Kursk region.")
