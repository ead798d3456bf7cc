"""Wordings of round one hundred and eighteen (b), each sentence written fresh (not corpus
text): a route told only by the town it runs from, after the sentence has named where the
fighting is ("tried to advance west of X to cut the supply routes running from Y"), starts there and
places nothing; the event stays at the place named before."""

from __future__ import annotations

from tests.extract_helpers import ruled

ZAPORIZHZHIA = "UKR-331"
DNIPROPETROVSK = "UKR-326"


# a route told by the town it runs from, after the place of the fighting

def test_a_route_running_from_a_town_places_no_attack_there() -> None:
    text = ("Russian troops tried to advance south-west of Huliaipole in order to cut the "
            "supply lines running from Pokrovske.")
    found = ruled(text)
    assert ("attack", DNIPROPETROVSK) not in found
    assert ("attack", ZAPORIZHZHIA) in found


def test_a_route_struck_with_no_place_before_stays_at_its_town() -> None:
    text = "Russian drones hit the supply routes running from Pokrovske on Friday."
    assert ("attack", DNIPROPETROVSK) in ruled(text)
