"""Round forty-five (a): advances told as moved or pushed forward, or made to a bearing of a
place, are ground taken; a place now in a side's hands has changed hands; homes people were
driven from lie where the displacement happened; fighting told by its two sides is a fight
there; emergency crews hurrying to a scene and attackers spotted in good time are no force
sent or seen; a region of an unnamed country named after a town of the report's own
country is that town."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import ruled

PUBLISHED = dt.date(2025, 5, 21)
DONETSK = "UKR-327"
KHARTOUM = "SDN-874"
NORTH_KORDOFAN = "SDN-883"
KOULIKORO = "MLI-4860"


def test_an_advance_a_force_managed_to_make_near_a_town_is_an_attack() -> None:
    # an advance with no ground said to be taken is an attack (corpus README, `capture`)

    text = ("The Russian army has managed to move forward near Toretsk in the Donetsk region, "
            "analysts said on Tuesday.")
    assert ("attack", DONETSK) in ruled(text, PUBLISHED)


def test_a_push_forward_in_part_of_a_town_is_ground_taken() -> None:
    text = ("Russian troops have also pushed forward in the western part of Toretsk, in the "
            "Donetsk region, the analysts said.")
    assert ("capture", DONETSK) in ruled(text, PUBLISHED)


def test_an_advance_to_the_north_of_a_village_is_an_attack() -> None:
    # an advance with no ground said to be taken is an attack (corpus README, `capture`)

    text = ("Footage published on Monday shows Russian troops have advanced to the north of "
            "Kalynivka, in the Donetsk region.")
    assert ("attack", DONETSK) in ruled(text, PUBLISHED)


def test_a_place_now_in_the_hands_of_a_force_has_changed_hands() -> None:
    text = ("Most of the neighbourhoods of Bahri, north of Khartoum, are now in the hands of "
            "the army, witnesses said on Tuesday.")
    assert ("capture", KHARTOUM) in ruled(text, PUBLISHED)


def test_homes_people_were_driven_from_lie_where_the_fighting_was() -> None:
    text = ("Some 2,000 families were forced from their homes in the town of Umm Ruwaba, in "
            "North Kordofan state, by fighting between the army and the RSF, the IOM said on "
            "Sunday.")
    found = ruled(text, PUBLISHED)
    assert ("attack", NORTH_KORDOFAN) in found


def test_emergency_crews_rushing_to_a_scene_are_no_deployment() -> None:
    text = ("The drone strike hit a car in the town of Bara in North Kordofan, bringing "
            "ambulances and civil defence crews rushing to the scene.")
    assert "troop_deployment" not in {kind for kind, _ in ruled(text, PUBLISHED)}


def test_troops_rushed_to_a_town_are_still_a_deployment() -> None:
    text = "Troops were rushed to the town of Bara in North Kordofan on Sunday."
    assert ("troop_deployment", NORTH_KORDOFAN) in ruled(text, PUBLISHED)


def test_a_foreign_region_named_after_a_town_of_the_report_s_country_is_that_town() -> None:
    text = ("Mali: militants attacked an army post in the Nara region on Sunday, the General "
            "Staff said. The army also struck militants in the regions of Ségou and Mopti.")
    found = ruled(text, PUBLISHED)
    assert ("attack", KOULIKORO) in found
    assert not any(where and where.startswith("JPN") for _, where in found)


def test_attackers_spotted_in_good_time_are_no_sighting() -> None:
    text = ("The army said the enemy troops had been spotted in good time near Bara in North "
            "Kordofan and that its forces had answered with artillery fire.")
    assert "unit_sighting" not in {kind for kind, _ in ruled(text, PUBLISHED)}


def test_troops_spotted_near_a_town_are_still_a_sighting() -> None:
    text = "Russian troops were spotted near Sudzha in the Kursk region on Sunday."
    assert ("unit_sighting", "RUS-2362") in ruled(text, PUBLISHED)
