"""Round 84 (d), each sentence written fresh (not corpus text): a force's mobilisation
aimed at a named place is a deployment there, a country's general call-up is not; and a
toll told under its own heading, taken by "the offensive" told before, is placed where that
offensive was told."""

from __future__ import annotations

import pytest

from tests.extract_helpers import folded, ruled, trigger_types

WEST_BANK, KORDOFAN = "WEB+00?", "SDN-882"


# 1. a mobilisation towards a named place is a deployment there

@pytest.mark.parametrize("text", [
    "On Monday the RSF announced a large mobilisation towards Dilling in South Kordofan.",
    "The militia mobilised towards Kadugli in South Kordofan late on Friday.",
])
def test_a_mobilisation_towards_a_place_is_a_deployment(text: str) -> None:
    assert ("troop_deployment", KORDOFAN) in ruled(text)


@pytest.mark.parametrize("text", [
    "The governor declared a general mobilisation on Monday in North Kordofan.",
    "The army announced a mobilisation on Friday in Kadugli in South Kordofan.",
])
def test_a_call_up_aimed_at_no_place_is_still_no_deployment(text: str) -> None:
    assert "troop_deployment" not in trigger_types(text)


# 2. "the offensive" under a heading ties a placeless toll to where it was told

_LEAD = ("Troops tighten grip on Jenin camp\n\n"
         "JENIN (Wire) – Israeli troops blew up several homes in Jenin refugee camp on "
         "Tuesday as a weeks-long operation in the northern West Bank went on.\n\n"
         "Casualties\n\n")


def test_a_toll_of_the_offensive_under_a_heading_takes_its_place() -> None:
    text = _LEAD + ("Since it was launched, the offensive has killed 21 Palestinians, among "
                    "them three children.")
    assert ("casualty_report", WEST_BANK) in folded(text)


def test_a_toll_naming_no_campaign_under_a_heading_stays_unplaced() -> None:
    text = _LEAD + "Some 21 Palestinians have been killed since January."
    assert ("casualty_report", WEST_BANK) not in folded(text)


def test_the_offensive_only_mentioned_ties_no_placeless_sentence() -> None:
    text = _LEAD + "Analysts said stiff resistance had slowed the offensive and killed 21 troops."
    assert ("casualty_report", WEST_BANK) not in folded(text)
