"""Wordings of round one hundred and twenty-six (b), each sentence written fresh (not corpus
text): a day's toll whose killing is told as by a side's fire or strikes in general
("killed by Israeli strikes in the past 24 hours") is the day's tally of an area whose
strikes the report tells apart, not one more strike; the war's overall toll a day's count
brings up ("which brings the overall death toll to …") is no sum of the day's strikes; a
force that burns a place as it pulls out of it burns it there, no launch site."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import folded, ruled

GAZA = "GAZ+00?"
SHAN = "MMR-3277"
DAY = dt.date(2025, 8, 4)
OCTOBER = dt.date(2025, 10, 20)

STRIKES = ("An Israeli air strike on a school sheltering displaced families in Khan Younis "
           "killed at least seven people on Sunday, medics said.\n\n"
           "In Gaza City, a drone strike on a crowd near a water point killed four, "
           "civil defence officials said.\n\n")


def _types(pairs: list[tuple[str, str | None]]) -> list[str]:
    return [t for t, r in pairs if r == GAZA]


# a day's toll told as by a side's fire or strikes in general

def test_a_day_toll_by_strikes_in_general_is_a_tally() -> None:
    text = STRIKES + ("The Gaza health ministry said 96 people had been killed and more than "
                      "400 wounded by Israeli fire and air strikes across the enclave in the "
                      "past 24 hours.")
    assert "casualty_report" in _types(folded(text, DAY))


def test_a_day_toll_beside_a_strike_of_its_own_stays_that_strikes() -> None:
    text = STRIKES + ("In Deir al-Balah an Israeli air strike hit a house, and 96 people "
                      "were killed across the enclave in the past 24 hours, the ministry "
                      "said.")
    assert "casualty_report" not in _types(folded(text, DAY))


# the war's overall toll a day's count brings up

def test_a_day_count_bringing_up_the_overall_toll_is_a_tally() -> None:
    text = STRIKES + ("The Gaza health ministry said that 41 people had been killed in the "
                      "territory over the past 24 hours, which brings the overall death toll "
                      "of the war to 61,020.")
    assert "casualty_report" in _types(folded(text, DAY))


def test_the_day_summed_up_in_all_stays_its_strikes_toll() -> None:
    text = STRIKES + ("In all, 11 people were killed in the territory over the past 24 "
                      "hours, the ministry said.")
    assert "casualty_report" not in _types(folded(text, DAY))


# a place burned by a force as it pulls out of it

def test_burning_as_a_force_withdraws_from_a_town_is_an_attack_there() -> None:
    text = ("As they withdrew from Namtu on Saturday, the rebels set fire to houses and "
            "the township offices.")
    assert ("attack", SHAN) in ruled(text, OCTOBER)


def test_a_strike_launched_from_a_town_stays_elsewhere() -> None:
    text = "Drones launched from Namtu on Saturday set fire to houses in a village nearby."
    assert ("attack", SHAN) not in ruled(text, OCTOBER)
