"""Round 90, batch c: wordings each written fresh (not corpus text): a list of the two
places a border runs between, put in a unit after it ("on the border between X and Y
township in Z State"); a region's adjective before "armed group" ("an ethnic Rakhine armed
group"); a source described by who leads it ("the group led by the Malian preacher …");
and a person "reached by phone" (spoken to, no ground reached)."""

from __future__ import annotations

from geoapp.extract.attribution import _led_by
from tests.extract_helpers import ruled, trigger_types

CHIN, RAKHINE = "MMR-3274", "MMR-3273"
DJIBO = "BFA-2806"


# 1. "on the border between X and Y township in Z": the unit places only the name it follows

def test_a_border_between_two_places_does_not_move_the_first_into_the_unit() -> None:
    text = ("Arakan Army fighters took the police station in Paletwa township, Chin State, on "
            "Monday. On Tuesday they overran an army outpost on the border between Paletwa "
            "and Kyauktaw township in Rakhine State.")
    got = ruled(text)
    assert ("capture", CHIN) in got
    assert ("capture", RAKHINE) in got  # Kyauktaw still lies in Rakhine State


def test_a_plain_list_before_a_unit_is_still_put_there_as_a_whole() -> None:
    text = ("Arakan Army fighters took the police station in Paletwa township, Chin State, on "
            "Monday. On Tuesday they overran army outposts in Paletwa and Kyauktaw township in "
            "Rakhine State.")
    assert ruled(text) == [("capture", RAKHINE), ("capture", RAKHINE)]


# 2. a region's adjective before "armed group" tells who the group is, not where

def test_an_ethnic_armed_group_named_by_its_region_is_no_place() -> None:
    text = ("The Arakan Army, an ethnic Rakhine armed group, overran a junta camp in Paletwa, "
            "Chin State, on Monday.")
    assert ruled(text) == [("capture", CHIN)]


def test_the_region_named_as_a_place_still_places() -> None:
    text = "Fighting in Rakhine State went on as armed groups overran a junta camp on Monday."
    assert ruled(text) == [("capture", RAKHINE)]


# 3. a source described by who leads it: "the group led by the Malian preacher X Y Z"

LEAD = "Gunmen killed nine soldiers at the army camp in Djibo, Burkina Faso, on Saturday.\n\n"


def test_a_source_described_by_its_leader_is_still_a_source() -> None:
    text = LEAD + ("In a video on Sunday, the group led by the Malian preacher Amadou Koufa "
                   "Diallo announced that it had taken the army camp in Djibo.")
    assert ("capture", DJIBO) in ruled(text)


def test_a_long_clause_before_the_verb_of_saying_is_still_no_source() -> None:
    text = LEAD + ("In a video on Sunday, the group that its fighters and their allies had "
                   "joined in the region announced that it had taken the army camp in Djibo.")
    assert ("capture", DJIBO) not in ruled(text)
    words = ["the", "group", "led", "by", "the", "army", "and", "the", "militias"]
    assert _led_by([(w, 0, 0) for w in words]) == 0


# 4. a person "reached by phone" or "for comment" was spoken to

def test_a_person_reached_by_phone_reaches_no_ground() -> None:
    assert "capture" not in trigger_types(
        "A camp official, reached by phone by Reuters, said the strike was carried out by a "
        "drone.")
    assert "capture" not in trigger_types(
        "The governor could not be reached for comment on Tuesday.")


def test_troops_that_reached_a_village_still_reached_it() -> None:
    assert ("capture", "UKR-327") in ruled(
        "A village elder, reached by phone by Reuters, said Russian troops reached the "
        "village of Petrivka, in Donetsk Oblast, on Tuesday.")
