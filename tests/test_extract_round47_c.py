"""Round forty-seven (c): one person's flight told as "driven from his city" takes no ground;
a fall told in an opening "When …," clause whose main clause tells how someone's life changed
sets the moment of that story (background); a unit's own site named again ("the battalion's
headquarters", "the LIB 540 headquarters") ties a sentence without a place to the place the
sentence before gave that unit."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import ruled, trigger_types

PUBLISHED = dt.date(2025, 3, 4)
SOUTH_DARFUR = "SDN-5856"
RAKHINE = "MMR-3273"
BLUE_NILE = "SDN-148"


def test_one_person_driven_from_his_city_is_no_capture() -> None:
    assert "capture" not in trigger_types("Ahmed was driven from his city, Nyala, last year.")
    assert "capture" not in trigger_types("She was driven from her village by the fighting.")
    assert "capture" in trigger_types("The militants were driven from the town on Monday.")


def test_a_fall_setting_the_moment_of_a_life_story_is_background() -> None:
    text = ("He fled to the north. \"When the rebels seized Nyala, staying there became too "
            "dangerous. So I came here.\"")
    assert ("capture", SOUTH_DARFUR) not in ruled(text, PUBLISHED)
    text = "When the rebels seized Nyala on Monday, they killed 12 civilians."
    assert ("capture", SOUTH_DARFUR) in ruled(text, PUBLISHED)


def test_a_unit_s_headquarters_named_again_takes_the_unit_s_place() -> None:
    text = ("The rebels said they had routed Light Infantry Battalion 540 in Mrauk-U township "
            "after days of fighting. Rebel troops seized full control of the battalion's "
            "headquarters on Tuesday night, the group said.")
    assert ("capture", RAKHINE) in ruled(text, PUBLISHED)
    text = ("The rebels said they had routed Light Infantry Battalion 540 in Mrauk-U township "
            "after days of fighting. Rebel troops seized full control of the LIB 540 "
            "headquarters on Tuesday night, the group said.")
    assert ("capture", RAKHINE) in ruled(text, PUBLISHED)


def test_where_fleeing_people_crossed_into_is_where_they_fled_to() -> None:
    text = ("Hundreds of residents fled and crossed into Blue Nile state, carrying their "
            "wounded relatives.")
    assert ("attack", BLUE_NILE) not in ruled(text, PUBLISHED)
    text = ("Civilians fled as RSF troops crossed into Blue Nile state on Monday and attacked "
            "two villages, killing 12 people.")
    assert ("attack", BLUE_NILE) in ruled(text, PUBLISHED)
