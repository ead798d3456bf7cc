"""Wordings of round ninety-nine (a), each sentence written fresh (not corpus text): a
force told by where it was sent, the participle right after its noun ("Russian marines
sent to the Belgorod region have lost ..."), is there, so its losses are placed there
(the hurt "sent to" a hospital town stay where they were hurt); a numbered formation that
dated footage "shows elements of" is seen at the footage's place."""

from __future__ import annotations

from tests.extract_helpers import ruled

BELGOROD = "RUS-2370"
DONETSK = "UKR-327"


# a force described by where it was sent: its losses are there

def test_losses_of_a_force_sent_somewhere_are_placed_there() -> None:
    text = ("Russian marines sent to the Belgorod region have taken about 300 casualties in "
            "heavy fighting, Ukrainian intelligence said on Friday.")
    assert ("casualty_report", BELGOROD) in ruled(text)


def test_wounded_soldiers_sent_somewhere_are_not_hurt_there() -> None:
    text = ("About 40 wounded soldiers sent to the Belgorod region for treatment have been "
            "counted by the ministry, officials said on Friday.")
    assert ("casualty_report", BELGOROD) not in ruled(text)


# a numbered formation dated footage shows

def test_footage_dated_showing_elements_of_a_brigade_is_a_sighting() -> None:
    text = ("Geolocated footage published on March 3 shows elements of the Russian 27th "
            "Motorized Rifle Division moving along a street in western Kurakhove.")
    assert ("unit_sighting", DONETSK) in ruled(text)


def test_a_report_showing_elements_of_a_plan_is_no_sighting() -> None:
    text = ("The report published on March 3 shows elements of a new plan for Kurakhove, "
            "the 27th edition of the city council's review.")
    assert ("unit_sighting", DONETSK) not in ruled(text)
