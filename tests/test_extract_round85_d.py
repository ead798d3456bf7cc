"""Round 85 (d), each sentence written fresh (not corpus text): ground taken told by a
share of a named place ("retook parts of Vovchansk", "seized most of Sudzha") is that
place taken, as the bare name after the verb is; and an assault told on its day at a place,
then a "where" clause telling what the attackers took there, is that assault's taking, news
of its own, not how the place came to be held; and a band neutralised named by its task in
the field ("a sabotage and reconnaissance group", "an assault group") is a force struck."""

from __future__ import annotations

import pytest

from tests.extract_helpers import ruled, trigger_types

KHARKIV, MOPTI = "UKR-328", "MLI-2809"


# 1. a share of a named place taken is that place taken

@pytest.mark.parametrize("text", [
    "Kyiv says its forces have retaken parts of Vovchansk after weeks of street fighting.",
    "The brigade said it had recaptured most of Vovchansk by the evening.",
    "Russian units seized large parts of Vovchansk, the general staff said.",
])
def test_a_share_of_a_named_place_taken_is_a_capture(text: str) -> None:
    assert "capture" in trigger_types(text)
    assert ("capture", KHARKIV) in ruled(text)


@pytest.mark.parametrize("text", [
    "Volunteers took part in the clean-up of Vovchansk after the shelling.",
    "The drivers took most of the aid on to Vovchansk before dark.",
])
def test_a_share_of_a_place_is_still_no_capture_without_a_taking(text: str) -> None:
    assert "capture" not in trigger_types(text)


# 2. an assault on its day at a place, then a "where" clause telling what was taken there

def test_a_dated_assault_then_a_where_clause_taking_keeps_both() -> None:
    text = ("The second raid came on Tuesday in Douentza, where the militants are said to "
            "have overrun an army post.")
    assert {"attack", "capture"} <= trigger_types(text)
    assert ("capture", MOPTI) in ruled(text)


def test_a_where_clause_taking_with_no_dated_assault_stays_history() -> None:
    text = ("The raid targeted Douentza, where the militants had overrun an army post "
            "years ago.")
    assert "capture" not in trigger_types(text)


# 3. a band named by its task in the field, neutralised, is a force struck

@pytest.mark.parametrize("text", [
    "Border guards neutralised an enemy sabotage and reconnaissance group near the village.",
    "Paratroopers eliminated a Ukrainian assault group in the forest belt overnight.",
])
def test_a_sabotage_or_assault_group_neutralised_is_an_attack(text: str) -> None:
    assert "attack" in trigger_types(text)


def test_a_threat_from_a_sabotage_group_neutralised_is_still_no_attack() -> None:
    text = "Sappers neutralised the threat from mines a sabotage group had laid on the road."
    assert "attack" not in trigger_types(text)
