"""Wordings of round one hundred and five (b), each sentence written fresh (not corpus text):
a force said in an earlier week's words to have massed "to retake" or "for an assault on" a
place is still massed there (its push still to come), not a recap; other deeds told in the
past perfect under words said last week stay recaps."""

from __future__ import annotations

from tests.extract_helpers import ruled

SOUTH_KORDOFAN = "SDN-882"


def test_forces_massed_last_week_for_a_push_still_to_come_are_a_deployment() -> None:
    text = ("Last week the militia said it had massed fighters near Kadugli to retake the town "
            "from the army.")
    assert ("troop_deployment", SOUTH_KORDOFAN) in ruled(text)


def test_forces_massed_last_week_with_no_push_named_stay_a_recap() -> None:
    text = "Last week the militia said it had massed fighters near Kadugli."
    assert ("troop_deployment", SOUTH_KORDOFAN) not in ruled(text)


def test_an_attack_told_last_week_in_the_past_perfect_stays_a_recap() -> None:
    text = ("Last week the militia said it had attacked Kadugli to retake the town from the "
            "army.")
    assert ("attack", SOUTH_KORDOFAN) not in ruled(text)
