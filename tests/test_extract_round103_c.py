"""Wordings of round one hundred and three (c), each sentence written fresh (not corpus
text): a town of a country the report names as a place, whose name only villages of
countries the report never names share, is that country's town; with the country unnamed
it stays unplaced. A fall told as one of two outcomes, the other that the place held
out ("either taken or put under siege"), is unconfirmed: no capture."""

from __future__ import annotations

from tests.extract_helpers import ruled

SENO = "BFA-2876"


# a town of a named country, namesakes abroad in countries the text never names

def test_town_of_a_named_country_beats_namesake_villages_abroad() -> None:
    text = ("Gunmen stormed a gendarmerie post in Dori in northern Burkina Faso on Sunday "
            "night, killing four gendarmes, security sources said.")
    assert ("attack", SENO) in ruled(text)


def test_town_stays_unplaced_when_its_country_goes_unnamed() -> None:
    text = ("Gunmen stormed a gendarmerie post in Dori on Sunday night, killing four "
            "gendarmes, security sources said.")
    assert ("attack", SENO) not in ruled(text)


# a fall told as one of two outcomes, the other that the place held out: unconfirmed

DJIBO = "BFA-2806"


def test_a_fall_told_as_one_of_two_outcomes_is_no_capture() -> None:
    text = ("Local sources in Burkina Faso say the gendarmerie camp in Djibo was either "
            "captured or besieged by the insurgents on Friday.")
    assert ("capture", DJIBO) not in ruled(text)


def test_a_fall_told_beside_a_siege_stays_a_capture() -> None:
    text = ("Local sources in Burkina Faso say the gendarmerie camp in Djibo was captured "
            "and besieged by the insurgents on Friday.")
    assert ("capture", DJIBO) in ruled(text)
