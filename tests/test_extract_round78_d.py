"""Round 78 (d), each sentence written fresh (not corpus text): ground taken told by its
area ("captured 8 square kilometres"); a front-line "grouping" as a force deployed; the
attackers' own arrival as no deployment; and an analyst's "Assessment:" label before a
judgement of deeds already told."""

from __future__ import annotations

import pytest

from tests.extract_helpers import folded, ruled, trigger_types

DONETSK, GAO, BAMAKO = "UKR-327", "MLI-2690", "MLI-2792"


# 1. ground taken, measured by its area

@pytest.mark.parametrize("text", [
    "The invaders captured 8 square kilometres near Pokrovsk on Tuesday.",
    "Ukrainian brigades regained about 12 sq km around Pokrovsk last month.",
    "Russian forces have gained more than 40 square kilometres near Pokrovsk.",
])
def test_ground_taken_measured_by_area_is_a_capture(text: str) -> None:
    assert ("capture", DONETSK) in ruled(text)


@pytest.mark.parametrize("text", [
    "Forest fires burned 30 square kilometres near Pokrovsk in July.",
    "The city of Pokrovsk covers 12 square kilometres.",
])
def test_an_area_burnt_or_measured_is_no_capture(text: str) -> None:
    assert "capture" not in trigger_types(text)


# 2. a front-line "grouping" as a force

def test_a_grouping_concentrated_is_a_deployment() -> None:
    text = "The enemy's main strike grouping is concentrated near Pokrovsk."
    assert ("troop_deployment", DONETSK) in ruled(text)


def test_a_grouping_named_without_a_move_is_no_deployment() -> None:
    text = "Analysts described the grouping near Pokrovsk as depleted."
    assert "troop_deployment" not in trigger_types(text)


# 3. the attackers' own arrival is how the attack came, not a deployment

def test_attackers_arriving_are_no_deployment() -> None:
    text = ("Citing the Armed Forces, officials said the assailants, who arrived in pickups, "
            "were driven off near Gao.")
    assert "troop_deployment" not in [kind for kind, _ in folded(text)]


def test_troops_arriving_after_the_attackers_are_still_a_deployment() -> None:
    text = "Reinforcements arrived in Gao on Tuesday to hunt down the attackers."
    assert ("troop_deployment", GAO) in ruled(text)


# 4. an analyst's label before a judgement of deeds already told

def test_an_assessment_of_these_attacks_tells_no_new_attack() -> None:
    text = ("Gunmen raided army posts near Gao on Monday. Assessment: these raids show how "
            "far the group now reaches, into towns such as Bamako.")
    assert folded(text) == [("attack", GAO)]


def test_an_assessment_label_before_a_new_attack_keeps_it() -> None:
    text = ("Gunmen raided army posts near Gao on Monday. Assessment: these raids on Bamako "
            "killed nine soldiers.")
    assert ("attack", BAMAKO) in folded(text)
