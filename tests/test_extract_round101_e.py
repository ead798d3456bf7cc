"""Wordings of round one hundred and one (e), each sentence written fresh (not corpus text):
an offensive announced as new is planned, not fought, and a campaign "against terrorism" is
a policy, no fight at a place; a hospital source "in the regional capital X" places the
wounded's care, not the attack; the war itself told as the killer ("the violence has killed
more than 30,000 people …, according to ACLED") gives the whole war's toll as context, not a
casualty report."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
MALI = "ML"
MOPTI = "MLI-2809"


# an offensive announced, not yet fought

def test_an_offensive_announced_as_new_is_no_attack() -> None:
    text = ("The government has announced a new military offensive to take back the villages "
            "around Kurakhove in the Donetsk region.")
    assert ("attack", DONETSK) not in ruled(text)


def test_an_offensive_launched_stays_an_attack() -> None:
    text = ("The army launched a new military offensive on Sunday to take back the villages "
            "around Kurakhove in the Donetsk region.")
    assert ("attack", DONETSK) in ruled(text)


def test_a_national_offensive_against_terrorism_is_no_attack() -> None:
    text = ("Officials in the Donetsk region said the week marked a new phase of the national "
            "offensive against terrorism.")
    assert ("attack", DONETSK) not in ruled(text)


# where the wounded were cared for, told by the hospital's source

def test_a_hospital_source_in_the_regional_capital_places_nothing() -> None:
    text = ("A hospital source contacted by Reuters in the regional capital Mopti said that "
            "\"about twenty wounded, all of them soldiers, were evacuated on Saturday to the "
            "regional hospital.\"")
    assert not [code for _, code in ruled(text) if code == MOPTI]


def test_soldiers_wounded_in_the_regional_capital_stay_there() -> None:
    text = ("About twenty soldiers were wounded on Saturday when gunmen attacked a checkpoint in "
            "the regional capital Mopti, a hospital source said.")
    assert ("attack", MOPTI) in ruled(text)


# the war as the killer: the whole war's toll

def test_the_violence_having_killed_tens_of_thousands_is_context() -> None:
    text = ("The violence has killed more than 30,000 people in Mali and displaced hundreds of "
            "thousands, according to ACLED, which records the victims of conflicts.")
    assert ("casualty_report", MALI) not in ruled(text)


def test_a_national_toll_stated_on_the_day_stays_news() -> None:
    text = ("At least 31,200 people have been killed in Mali since 2012, the United Nations "
            "said on Monday.")
    assert ("casualty_report", MALI) in ruled(text)
