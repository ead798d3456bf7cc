"""Wording of a batch of Kursk, Ukraine, Sudan and Myanmar reports, each sentence written
fresh (not corpus text): combat missions flown against targets, forces that made headway,
an advance named as a noun after a possessive, a group deployed in a town's streets,
people taken out of a town (an evacuation, no ground taken) and forces moving towards a
town (an advance on it, no deployment)."""

from __future__ import annotations

from tests.extract_helpers import ruled, trigger_types

KURSK = "RUS-2362"
DONETSK = "UKR-327"
SENNAR = "SDN-880"


def test_combat_missions_against_targets_are_an_attack() -> None:
    text = ("The air force commander said its crews are flying combat missions against "
            "enemy depots and command posts in the Kursk region.")
    assert ("attack", KURSK) in ruled(text)


def test_sorties_without_a_target_are_no_attack() -> None:
    text = "The air force flew 40 sorties over the Kursk region last week."
    assert "attack" not in trigger_types(text)


def test_forces_that_made_headway_are_an_attack() -> None:
    text = "Assault battalions have made headway in the Kursk region, officials said."
    assert ("attack", KURSK) in ruled(text)


def test_talks_that_made_headway_are_no_attack() -> None:
    text = "Talks between the army and the rebels made headway in the Kursk region."
    assert "attack" not in trigger_types(text)


def test_possessive_advance_into_named_as_a_noun_is_no_deployment() -> None:
    text = ("Analysts note that the army's advance into the Kursk region has not eased the "
            "pressure on its lines in Donetsk.")
    assert "troop_deployment" not in trigger_types(text)


def test_troops_that_advance_into_a_region_still_deploy() -> None:
    text = "Fresh troops advance into the Kursk region every night."
    assert ("troop_deployment", KURSK) in ruled(text)


def test_group_deployed_in_the_streets_without_a_troops_word() -> None:
    text = "Witnesses said the militia have deployed in the streets of Singa."
    assert ("troop_deployment", SENNAR) in ruled(text)


def test_riot_police_in_the_streets_are_no_deployment() -> None:
    text = "Riot police were deployed in the streets of Singa ahead of the protest."
    assert "troop_deployment" not in trigger_types(text)


def test_people_taken_out_of_a_town_is_no_capture() -> None:
    text = "Some 300 residents, many of them elderly, were taken out of the town on Sunday."
    assert "capture" not in trigger_types(text)


def test_a_town_taken_is_still_a_capture() -> None:
    text = "Russian forces have taken the town of Pokrovsk in the Donetsk region."
    assert ("capture", DONETSK) in ruled(text)


def test_forces_moving_towards_a_town_are_an_advance_not_a_deployment() -> None:
    text = ("Residents of Pokrovsk in the Donetsk region were told to leave as enemy troops "
            "move towards the town.")
    found = ruled(text)
    assert ("attack", DONETSK) in found
    assert ("troop_deployment", DONETSK) not in found


def test_families_moving_towards_the_west_are_no_attack() -> None:
    text = "Families from Pokrovsk in the Donetsk region are moving towards the west."
    assert "attack" not in trigger_types(text)


def test_losses_put_at_a_number_without_an_article() -> None:
    text = ("The defence ministry put Ukrainian losses since the start of the offensive in "
            "the Kursk region at 450 soldiers.")
    assert ("casualty_report", KURSK) in ruled(text)


def test_a_number_put_at_without_losses_is_no_toll() -> None:
    text = "The ministry put new spending on the Kursk region at 450 million roubles."
    assert ("casualty_report", KURSK) not in ruled(text)
