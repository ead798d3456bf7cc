"""Wordings of round ninety-eight (b), each sentence written fresh (not corpus text): an
ordinal deed bounded by "since the war began" after a possessive ("its fourth raid on the
town since the war began") ranks the deed, it is no toll of the whole war; people counted
as leaving a place now ("hundreds of families are fleeing X") are a displacement; an
arrest told as having taken place somewhere ("the arrest took place near X") is a
capture there."""

from __future__ import annotations

from tests.extract_helpers import ruled

KHARTOUM = "SDN-874"
GAZA = "GAZ+00?"


# "its fourth … since the war began": a rank, not a toll of the whole war

def test_a_possessive_ordinal_since_the_war_keeps_the_deed_news() -> None:
    text = ("Shelling of Khan Younis killed nine people on Tuesday, hours after the army "
            "forced residents to leave the area in its fourth raid on the city since the war "
            "began.")
    assert ("other", GAZA) in ruled(text)


def test_a_toll_since_the_war_began_stays_background() -> None:
    text = "The army has forced residents to leave Khan Younis many times since the war began."
    assert ("other", GAZA) not in ruled(text)


# people leaving a place now: a displacement

def test_people_counted_as_leaving_a_place_are_displaced() -> None:
    text = "Hundreds of families are fleeing Omdurman as shelling intensifies, residents said."
    assert ("other", KHARTOUM) in ruled(text)


def test_people_fearing_to_leave_a_place_are_no_displacement() -> None:
    text = "Hundreds of families fear they will have to flee Omdurman, residents said."
    assert ("other", KHARTOUM) not in ruled(text)


# an arrest told as having taken place somewhere: a capture there

def test_an_arrest_that_took_place_somewhere_is_a_capture() -> None:
    text = ("Witnesses said the arrest took place on Monday evening at a checkpoint in "
            "Omdurman, where RSF fighters stopped a bus.")
    assert ("capture", KHARTOUM) in ruled(text)


def test_an_arrest_warrant_is_no_capture() -> None:
    text = "Witnesses said an arrest warrant was issued on Monday for a commander in Omdurman."
    assert ("capture", KHARTOUM) not in ruled(text)
