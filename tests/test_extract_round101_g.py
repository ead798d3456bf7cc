"""Wordings of round one hundred and one (g), each sentence written fresh (not corpus text):
a deed told "there and in" a place happened in the place named before as well ("step up
attacks on roads there and in the Kursk region"); the fighters of a side the sentence before
named by its initials ("several OLA fighters") are where that sentence's fighting was."""

from __future__ import annotations

from tests.extract_helpers import ruled

BELGOROD = "RUS-2370"
KURSK = "RUS-2362"
OROMIA = "ETH-3131"


# "there and in": the deed in both places

def test_a_deed_there_and_in_a_place_is_in_the_place_named_before_too() -> None:
    text = ("Hundreds of residents have left border villages in the Belgorod region as "
            "Ukrainian drones step up attacks on roads there and in the Kursk region, the "
            "governor said on Monday.")
    found = ruled(text)
    assert ("attack", BELGOROD) in found
    assert ("attack", KURSK) in found


def test_a_deed_only_in_the_later_place_is_not_in_the_place_named_before() -> None:
    text = ("Hundreds of residents have left border villages in the Belgorod region as "
            "Ukrainian drones step up attacks on roads in the Kursk region, the governor said "
            "on Monday.")
    found = ruled(text)
    assert ("attack", BELGOROD) not in found
    assert ("attack", KURSK) in found


# the fighters of a side named by its initials in the sentence before

def test_fighters_of_a_side_named_before_by_its_initials_are_where_it_fought() -> None:
    text = ("Government troops launched an offensive in the Oromia region on Monday against "
            "the Oromo Liberation Army (OLA), the defence ministry said. The ministry said "
            "dozens of OLA fighters had been detained.")
    assert ("capture", OROMIA) in ruled(text)


def test_fighters_of_no_side_named_before_stay_unplaced() -> None:
    text = ("Government troops launched an offensive in the Oromia region on Monday against "
            "the Oromo Liberation Army (OLA), the defence ministry said. The ministry said "
            "dozens of fighters had been detained.")
    assert ("capture", OROMIA) not in ruled(text)
