"""Wordings of round one hundred and seven (a), each sentence written fresh (not corpus
text): people "killed in attacks across" a place between two days, told after a strike
there, are a tally of many strikes over an area, a casualty report beside the attack;
killed "in attacks on" the place over the same days stay the attacks' toll."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import folded

SOUTH_DARFUR = "SDN-5856"
PUBLISHED = dt.date(2025, 10, 12)
STRIKE = ("Local medics say at least 41 people were killed when paramilitary drones struck a "
          "crowded market in Nyala, the capital of South Darfur, on Sunday. The strike is the "
          "latest in a run of attacks on the city. The UN human rights office recorded at "
          "least 35 civilians killed in attacks ")


# a count of many strikes over an area and a span of days

def test_killed_in_attacks_across_a_place_between_two_days_is_a_tally() -> None:
    text = STRIKE + "across Nyala locality between October 5 and 8 alone."
    assert ("casualty_report", SOUTH_DARFUR) in folded(text, published=PUBLISHED)


def test_killed_in_attacks_on_a_place_between_two_days_stays_their_toll() -> None:
    text = STRIKE + "on Nyala locality between October 5 and 8 alone."
    found = folded(text, published=PUBLISHED)
    assert ("attack", SOUTH_DARFUR) in found
    assert ("casualty_report", SOUTH_DARFUR) not in found
