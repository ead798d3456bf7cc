"""Wordings of Sudan and Sahel reports, each sentence written fresh (not corpus text): a
combing, sweep or clearing operation told as successful (an attack where it was carried
out), and raiders named by their raid reaching the place they struck (the attack's
approach, no ground taken)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import ruled, trigger_types

SOUTH_KORDOFAN, NORTH_DARFUR, TILLABERI = "SDN-882", "SDN-881", "NER-4859"


# 1. a clearing operation told as successful is an attack there

@pytest.mark.parametrize("text, region", [
    ("Sudanese army units carried out a successful clearing operation in Kadugli on "
     "Tuesday, a spokesman said.", SOUTH_KORDOFAN),
    ("The joint forces said they had completed successful mop-up operations in El Fasher.",
     NORTH_DARFUR),
    ("Allied fighters announced a successful combing operation in El Fasher overnight.",
     NORTH_DARFUR),
])
def test_successful_clearing_operation_is_an_attack(text, region):
    assert ("attack", region) in ruled(text)


@pytest.mark.parametrize("text", [
    # told with no outcome: forces at work, no attack
    "Army units are conducting clearing operations in Kadugli on Tuesday, a spokesman said.",
    # mines cleared, not an enemy met
    "Engineers carried out a successful clearance operation in Kadugli, removing "
    "unexploded shells.",
])
def test_clearing_operation_without_success_or_of_mines_is_no_attack(text):
    assert ("attack", SOUTH_KORDOFAN) not in ruled(text)


# 2. raiders reaching the place they struck take no ground

@pytest.mark.parametrize("text", [
    "In western Niger, the gunmen reached the village of Ouallam at nightfall and opened "
    "fire on the market, residents said.",
    "The attackers reached the village at dusk on motorbikes.",
    "The assailants had reached the hamlet before dawn.",
])
def test_raiders_reaching_a_place_take_no_ground(text):
    assert "capture" not in trigger_types(text)
    assert ("capture", TILLABERI) not in ruled(text)


def test_forces_reaching_a_place_still_take_it():
    text = "In western Niger, soldiers reached the town of Ouallam on Monday after the " \
           "jihadists fled."
    assert ("capture", TILLABERI) in ruled(text)
