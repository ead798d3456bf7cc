"""Wordings of round one hundred and fourteen (b), each sentence written fresh (not corpus
text): a numbered formation to which sources "attributed the seizure of" a place fought
there and is seen there, as one "credited with taking" it was; a strike attributed to a unit
tells who fired, not where the unit is."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
KHARKIV = "UKR-328"


# a unit to which the taking of a place is attributed

def test_a_unit_attributed_the_seizure_of_a_village_is_seen_there() -> None:
    text = ("Russian milbloggers attributed the capture of Novoselivka in Donetsk Oblast to "
            "elements of the 20th Motorized Rifle Division.")
    assert ("unit_sighting", DONETSK) in ruled(text)


def test_a_strike_attributed_to_a_unit_sees_no_unit() -> None:
    text = "Ukrainian officials attributed the drone strike on Kharkiv to the 11th Brigade."
    assert ("unit_sighting", KHARKIV) not in ruled(text)
