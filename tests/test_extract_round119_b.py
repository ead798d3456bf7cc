"""Wordings of round one hundred and nineteen (b), each sentence written fresh (not corpus
text): a name the report gave first with its kind ("the Shevchenkivskyi district") and
repeats bare later ("also landed in Shevchenkivskyi") is that district still, not a village
of the same name in another region; a bare name with no district named before keeps its
own reading; a town an armed group "handed back to the junta", or that "went back to the
junta" through a handover, changed hands, a capture (not bodies handed back, nor defectors
who went back)."""

from __future__ import annotations

from tests.extract_helpers import ruled

KHARKIV = "UKR-328"
OTHER = "UKR-329"


# a district named with its kind, then repeated bare

def test_a_district_repeated_bare_stays_that_district() -> None:
    text = ("Guided bombs fell on Kharkiv overnight and damaged flats in the Shevchenkivskyi "
            "district. Hours later a second strike also landed in Shevchenkivskyi, wrecking "
            "a school.")
    got = ruled(text)
    assert ("attack", OTHER) not in got
    assert got.count(("attack", KHARKIV)) == 2


def test_a_bare_name_with_no_district_named_before_keeps_its_reading() -> None:
    text = ("Guided bombs fell on Kharkiv overnight. Hours later a second strike also landed "
            "in Shevchenkivskyi, wrecking a school.")
    assert ("attack", OTHER) in ruled(text)


# a place handed back to the army by an armed group

SHAN_N = "MMR-3277"


def test_a_town_handed_back_to_the_junta_is_taken() -> None:
    text = ("Hsenwi, in northern Shan State, was handed back to the junta by the ethnic army "
            "on Tuesday.")
    assert ("capture", SHAN_N) in ruled(text)


def test_a_town_that_went_back_to_the_junta_by_a_handover_is_taken() -> None:
    text = ("Hsenwi, in northern Shan State, went back to the junta through a handover brokered "
            "by Beijing.")
    assert ("capture", SHAN_N) in ruled(text)


def test_bodies_handed_back_to_the_army_take_no_town() -> None:
    text = ("The bodies of four soldiers were handed back to the army in Hsenwi, in northern "
            "Shan State.")
    assert ("capture", SHAN_N) not in ruled(text)


def test_defectors_who_went_back_to_the_junta_take_no_town() -> None:
    text = "Several defectors went back to the junta in Hsenwi, in northern Shan State."
    assert ("capture", SHAN_N) not in ruled(text)
