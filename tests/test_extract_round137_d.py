"""Wordings of round one hundred and thirty-seven (d), each sentence written fresh (not
corpus text): forces turned from one front to another ("Moscow has switched thousands of
troops to the Kupiansk sector", "redirected", "diverted") are a deployment there, as forces
"shifted" or "moved" already were; fighters who "switched sides" went nowhere. A named town
"recovered from" a named side is taken, as one "retaken" is; a town recovering from a flood
is not."""

from __future__ import annotations

from tests.extract_helpers import folded

KHARKIV = "UKR-328"
MANDALAY = "MMR-3267"


def test_troops_switched_to_a_front_are_a_deployment() -> None:
    text = ("Ukraine's general staff said on Tuesday that Moscow had switched thousands of "
            "troops and much of its armour to the area around Kupiansk.")
    assert ("troop_deployment", KHARKIV) in folded(text)


def test_troops_redirected_to_a_front_are_a_deployment() -> None:
    text = ("Kyiv said on Tuesday that Russia had redirected several brigades and their "
            "artillery to the Kupiansk area over the past week.")
    assert ("troop_deployment", KHARKIV) in folded(text)


def test_fighters_who_switched_sides_are_no_deployment() -> None:
    text = ("Kyiv said on Tuesday that about 40 fighters had switched sides near Kupiansk "
            "over the past week.")
    assert ("troop_deployment", KHARKIV) not in folded(text)


# a named town recovered from a named side

def test_a_town_recovered_from_a_side_is_a_capture() -> None:
    text = ("Myanmar's army said on Thursday that it had recovered Mogok from the Ta'ang "
            "rebels after a week of talks brokered by Beijing.")
    assert ("capture", MANDALAY) in folded(text)


def test_a_town_recovered_from_a_flood_is_no_capture() -> None:
    text = ("Residents said on Thursday that Mogok had recovered from the floods that cut "
            "its roads last month.")
    assert ("capture", MANDALAY) not in folded(text)
