"""Round 80 (c), each sentence written fresh (not corpus text): a band neutralised named
by its kind before "group" ("a terrorist group"); an event told with no place, placed by
the next sentence telling where "the action" or "the operation" took place; a town's
quarters listed under one plural "districts" are parts of the report's city, not their
namesakes elsewhere; and advances told as "being recorded" are no force seen."""

from __future__ import annotations

import pytest

from tests.extract_helpers import folded, ruled, trigger_types

KHARKIV, DONETSK, LUHANSK, KURSK, MOPTI = "UKR-328", "UKR-327", "UKR-329", "RUS-2362", "MLI-2809"


# 1. a band named by its kind before "group", neutralised, is a force struck

@pytest.mark.parametrize("text", [
    "The army said its aircraft neutralised a terrorist group hiding in a dry riverbed.",
    "Soldiers eliminated an armed group that had set up camp by the well.",
])
def test_a_terrorist_or_armed_group_neutralised_is_an_attack(text: str) -> None:
    assert "attack" in trigger_types(text)


def test_a_threat_neutralised_is_still_no_attack() -> None:
    text = "Engineers neutralised the threat posed by an armed group's mines on the road."
    assert "attack" not in trigger_types(text)


# 2. the next sentence tells where "the action" took place

def test_a_placeless_event_takes_the_place_the_next_sentence_gives_its_action() -> None:
    text = ("Army aircraft neutralised a terrorist group resting by a fire overnight, the "
            "General Staff said. The action took place east of the town of Djenné, in the "
            "Mopti region.")
    assert ("attack", MOPTI) in folded(text)


def test_a_placeless_event_without_such_a_sentence_stays_unplaced() -> None:
    text = ("Army aircraft neutralised a terrorist group resting by a fire overnight, the "
            "General Staff said. Officials in the Mopti region held a meeting on schools.")
    assert ("attack", MOPTI) not in folded(text)


# 3. a town's quarters listed under one plural "districts"

def test_quarters_listed_under_districts_are_the_report_citys() -> None:
    text = ("Russian forces struck Kharkiv with glide bombs on Monday evening.\n\n"
            "Early reports say the Kyivskyi and Shevchenkivskyi districts were hit.")
    out = ruled(text)
    assert ("attack", KHARKIV) in out
    assert ("attack", DONETSK) not in out and ("attack", LUHANSK) not in out


def test_a_town_list_without_districts_keeps_its_own_places() -> None:
    text = "Russian artillery shelled Kramatorsk and Sloviansk overnight."
    assert ("attack", DONETSK) in ruled(text)


# 4. advances told as being recorded are the advance, no force seen

def test_advances_being_recorded_are_no_unit_sighting() -> None:
    text = ("Ukrainian units keep pushing in Kursk Oblast, while advances by Russian troops "
            "are also being recorded in the area, analysts say.")
    assert "unit_sighting" not in {t for t, _ in ruled(text)}


def test_troops_being_recorded_are_still_a_sighting() -> None:
    text = "Russian troops are being recorded near Sudzha in Kursk Oblast."
    assert ("unit_sighting", KURSK) in ruled(text)
