"""Wordings of retold news, each sentence written fresh (not corpus text): the toll of the
days of fighting that ended in ground taken ("after three days of fighting that left dozens
dead"); an earlier attack the report's own "follows", and the dead it names."""

from __future__ import annotations

from tests.extract_helpers import places

WESTERN_ZM, TANGANYIKA, SOUTH_KIVU = "ZMB-523", "COD-1897", "COD-1894"
SANMATENGA, GAO = "BFA-2825", "MLI-2690"


# 1. the dead of the days of fighting a capture came "after" are that fighting's toll

def test_toll_of_the_days_of_fighting_before_a_capture_is_no_tally() -> None:
    text = ("Army troops have retaken the town of Mongu in Western Province after three days "
            "of fierce fighting that left dozens of civilians dead, local officials said on "
            "Tuesday.")
    assert places(text) == [("capture", WESTERN_ZM)]


def test_killed_after_days_of_clashes_belong_to_the_seizure() -> None:
    text = ("Rebel fighters seized the garrison town of Kalemie after two days of heavy clashes "
            "that killed at least 40 people, residents said on Monday.")
    assert places(text) == [("capture", TANGANYIKA)]


def test_a_toll_over_the_past_days_stays_a_tally() -> None:
    text = ("At least 40 people have been killed in South Kivu over the past three days, the "
            "UN said on Monday.")
    assert places(text) == [("casualty_report", SOUTH_KIVU)]


# 2. "The attack follows a similar raid in March in which 15 were killed": the earlier raid
#    and its dead are the context of the report's own attack

def test_toll_of_the_attack_an_ambush_follows_is_background() -> None:
    text = ("Gunmen killed nine police officers in an attack on a checkpoint near Kaya, in "
            "Burkina Faso's Sanmatenga province, on Sunday. The attack follows a similar raid "
            "in March in which 15 soldiers were killed near the border with Niger.")
    assert places(text) == [("attack", SANMATENGA)]


def test_toll_of_the_assault_an_ambush_followed_is_background() -> None:
    text = ("Militants ambushed an army convoy near Menaka on Tuesday, killing six soldiers. The "
            "ambush followed an assault last month in which 20 civilians died in the region of "
            "Gao.")
    assert places(text) == [("attack", GAO)]
