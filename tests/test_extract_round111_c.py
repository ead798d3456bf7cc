"""Wordings of round one hundred and eleven (c), each sentence written fresh (not corpus
text): an army or armed group told as having grown its presence somewhere ("the army has
boosted its presence around the town") has sent more forces there, a deployment, also when
the clause's subject is "it" after ", and" standing for the sentence's opening subject; a
mission, a ministry or a company growing "its presence" sends no forces."""

from __future__ import annotations

from tests.extract_helpers import ruled

SOUTH_KORDOFAN = "SDN-882"


# an armed side's presence grown

def test_the_army_boosting_its_presence_is_a_deployment() -> None:
    text = "The army has boosted its presence around Kadugli after last week's raids."
    assert ("troop_deployment", SOUTH_KORDOFAN) in ruled(text)


def test_rebels_reinforcing_their_presence_is_a_deployment() -> None:
    text = "The rebels have reinforced their presence on the roads near Kadugli."
    assert ("troop_deployment", SOUTH_KORDOFAN) in ruled(text)


def test_a_ministry_growing_its_presence_is_no_deployment() -> None:
    text = "The health ministry has increased its presence in Kadugli with two new clinics."
    assert ("troop_deployment", SOUTH_KORDOFAN) not in ruled(text)


def test_an_army_only_planning_more_presence_is_no_deployment() -> None:
    text = "The army plans to boost its presence around Kadugli next month."
    assert ("troop_deployment", SOUTH_KORDOFAN) not in ruled(text)


# "it" after ", and" stands for the sentence's opening subject

def test_it_after_and_is_the_army_that_opens_the_sentence() -> None:
    text = ("The militia has kept its checkpoints on the highway, and it has strengthened its "
            "presence around Kadugli.")
    assert ("troop_deployment", SOUTH_KORDOFAN) in ruled(text)


def test_it_after_and_is_a_mission_that_opens_the_sentence() -> None:
    text = ("The UN mission has kept its office open, and it has strengthened its presence "
            "around Kadugli.")
    assert ("troop_deployment", SOUTH_KORDOFAN) not in ruled(text)
