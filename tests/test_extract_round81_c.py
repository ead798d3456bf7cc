"""Round 81 (c), each sentence written fresh (not corpus text): forces that reached "the
front" or "the combat zone" took no ground (an arrival); the hurt a place's hospitals
"have" or "had" treated is their running count, a tally, not a strike; and arms, materiel
or fuel told in a passive as seized or recovered by themselves are a capture where they
lay, unless the sentence tells the fight that took them."""

from __future__ import annotations

import pytest

from tests.extract_helpers import folded, trigger_types

KHARKIV = "UKR-328"


# 1. forces that reached the front or the combat zone took no ground

@pytest.mark.parametrize("text", [
    "Officials say the first foreign battalions have reached the front.",
    "The reserve brigade reached the combat zone on Monday, the general staff said.",
])
def test_reaching_the_front_is_no_ground_taken(text: str) -> None:
    assert "capture" not in trigger_types(text)


def test_a_village_taken_on_a_front_is_still_ground_taken() -> None:
    text = "Russian troops captured the village of Kamianka on the Kharkiv front."
    assert "capture" in trigger_types(text)


# 2. the hurt hospitals have treated, told in the perfect, is their running count

def test_the_hurt_hospitals_had_treated_is_a_tally_not_an_attack() -> None:
    text = ("The regional health department said 2,310 people had died in Kharkiv Oblast since "
            "the war began.\n\nHospitals in Kharkiv had also treated 14,520 injured people, "
            "the department said.")
    assert ("attack", KHARKIV) not in folded(text)


def test_the_wounded_hospitals_took_after_a_strike_stay_its_toll() -> None:
    text = ("A Russian missile struck a school in Kharkiv on Tuesday. Hospitals in Kharkiv "
            "have treated 14 injured people from the strike.")
    assert ("attack", KHARKIV) in folded(text)


# 3. arms, materiel or fuel seized or recovered by themselves are a capture

@pytest.mark.parametrize("text", [
    "On the same day, a large stock of weapons and ammunition was recovered in the forest "
    "west of the town.",
    "A quantity of fuel meant for the insurgents was also seized in the river sector.",
])
def test_arms_or_fuel_seized_by_themselves_are_a_capture(text: str) -> None:
    assert "capture" in trigger_types(text)


@pytest.mark.parametrize("text", [
    "Several gunmen were neutralised near the well, and the weapons they had buried there "
    "were recovered by the patrol.",
    "Papers and phones belonging to the cell were seized during the search.",
])
def test_a_fights_haul_or_papers_seized_are_no_capture(text: str) -> None:
    assert "capture" not in trigger_types(text)
