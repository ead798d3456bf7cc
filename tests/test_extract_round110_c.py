"""Wordings of round one hundred and ten (c), each sentence written fresh (not corpus text):
positions or ground told as lost in the passive ("two Ukrainian positions were lost", "one
position was lost") are taken by the other side, a capture, as "lost positions" is; contact
with a position that "was lost", or lives lost, take no ground."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"


def test_positions_told_as_lost_in_the_passive_are_a_capture() -> None:
    text = ("Near Kurakhove in the Donetsk region, two Ukrainian positions were lost after "
            "heavy fighting on Monday, the brigade said.")
    assert ("capture", DONETSK) in ruled(text)


def test_one_position_was_lost_is_a_capture() -> None:
    text = ("After hours of fighting near Kurakhove in the Donetsk region, one Ukrainian "
            "position was lost, the brigade said.")
    assert ("capture", DONETSK) in ruled(text)


def test_contact_with_a_position_lost_takes_no_ground() -> None:
    text = ("Near Kurakhove in the Donetsk region, contact with two Ukrainian positions was "
            "lost after heavy shelling on Monday, the brigade said.")
    assert ("capture", DONETSK) not in ruled(text)


def test_lives_lost_take_no_ground() -> None:
    text = ("Near Kurakhove in the Donetsk region, many lives were lost in the shelling on "
            "Monday, the brigade said.")
    assert ("capture", DONETSK) not in ruled(text)
