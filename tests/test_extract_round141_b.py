"""Wordings of round one hundred and forty-one (b), each sentence written fresh (not corpus
text): a capture told as what someone escaped by another deed ("pulled the pin of a grenade
rather than be taken prisoner") did not happen; a place that "took the hits" of a strike was
struck, not taken."""

from __future__ import annotations

from tests.extract_helpers import folded

KURSK = "RUS-2362"
DNIPROPETROVSK = "UKR-326"

_FIGHT = ("Special forces fought North Korean troops near Sudzha in Kursk Oblast on "
          "Tuesday.\n\nClearing the trenches afterwards, the soldiers found one wounded "
          "North Korean. ")


def test_a_capture_escaped_rather_than_suffered_is_no_capture() -> None:
    text = _FIGHT + "He pulled the pin of a grenade rather than be taken prisoner, the unit said."
    assert ("capture", KURSK) not in folded(text)


def test_a_prisoner_taken_rather_than_left_is_still_a_capture() -> None:
    text = _FIGHT + "He was taken prisoner rather than left to die, the unit said."
    assert ("capture", KURSK) in folded(text)


def test_a_district_that_took_the_hits_is_not_taken() -> None:
    text = "The Nikopol district of Dnipropetrovsk Oblast took the hits overnight."
    assert ("capture", DNIPROPETROVSK) not in folded(text)


def test_a_village_taken_after_hits_is_still_a_capture() -> None:
    text = ("Russian forces took the village of Mezhova in Dnipropetrovsk Oblast after "
            "artillery hits.")
    assert ("capture", DNIPROPETROVSK) in folded(text)
