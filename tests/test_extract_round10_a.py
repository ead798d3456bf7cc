"""Wordings of wire copy, each sentence written fresh (not corpus text): a report's theatre
when a later paragraph names a region and a town in it, the garrison an attack met, and a
report's own attack set after an earlier one ("The raid came only a week after …")."""

from __future__ import annotations

import pytest

from tests.extract_helpers import ruled

LOWER_SHABELLE, HIIRAAN = "SOM-2316", "SOM-2409"


# 1. a sentence naming a region and a town in it is one mention of the region

def test_a_region_and_its_town_in_one_sentence_count_once_for_the_theatre() -> None:
    text = ("Gunmen attacked an army post in the Lower Shabelle region on Monday, officials "
            "said.\n\n"
            "The assault on the village of Qoryoley Dheere began with mortar fire.\n\n"
            "Earlier this month the group also ambushed a convoy in the Hiiraan region and "
            "shelled Beledweyne.")
    found = ruled(text)
    assert found.count(("attack", LOWER_SHABELLE)) == 2


# 2. forces named by where they are posted, in an attack's sentence, are its garrison

@pytest.mark.parametrize("text", [
    "Rebels attacked a checkpoint in the Lower Shabelle region, and a gunfight broke out "
    "with the troops stationed at the checkpoint.",
    "Militants stormed an outpost in the Lower Shabelle region and fought the soldiers "
    "deployed at the outpost for two hours.",
])
def test_the_garrison_an_attack_met_is_no_deployment(text: str) -> None:
    found = ruled(text)
    assert ("attack", LOWER_SHABELLE) in found
    assert ("troop_deployment", LOWER_SHABELLE) not in found


def test_troops_stationed_with_no_attack_are_still_a_deployment() -> None:
    text = "The army said 300 troops were stationed in the Lower Shabelle region on Tuesday."
    assert ("troop_deployment", LOWER_SHABELLE) in ruled(text)


# 3. what a sentence sets the report's own attack after is that earlier event

@pytest.mark.parametrize("second", [
    "The raid came only a week after the group carried out a similar assault in the "
    "Hiiraan region, in which nine soldiers were killed.",
    "The attack comes days after gunmen killed six soldiers at a camp in the Hiiraan "
    "region.",
    "The assault came on the heels of an ambush in the Hiiraan region that killed four "
    "policemen.",
])
def test_an_event_a_framing_sentence_looks_back_at_is_not_news(second: str) -> None:
    text = ("Militants stormed an army base in the Lower Shabelle region on Tuesday, killing "
            "five soldiers, the army said.\n\n" + second)
    found = ruled(text)
    assert ("attack", LOWER_SHABELLE) in found
    assert not [x for x in found if x[1] == HIIRAAN]


def test_a_toll_a_source_gives_as_the_attack_came_is_news() -> None:
    text = ("Militants stormed an army base in the Lower Shabelle region on Tuesday, killing "
            "five soldiers, the army said.\n\n"
            "The raid came as the United Nations said 300 civilians had been killed in "
            "Somalia since January.")
    assert ("casualty_report", "SO") in ruled(text)


# 4. a town told as the target of a campaign, in the passive, is background

DONETSK = "UKR-327"


@pytest.mark.parametrize("text", [
    "For months Kramatorsk, a rail hub in the Donetsk region, has been pounded by "
    "artillery and glide bombs.",
    "Since the spring the villages of the Donetsk region have been battered by drones "
    "and shells.",
])
def test_a_place_pounded_over_a_long_period_is_background(text: str) -> None:
    assert ("attack", DONETSK) not in ruled(text)


def test_a_place_shelled_overnight_is_news() -> None:
    text = "Russian artillery shelled Kramatorsk in the Donetsk region overnight, the governor said."
    assert ("attack", DONETSK) in ruled(text)
