"""Wordings of round one hundred and ten (b), each sentence written fresh (not corpus text):
settlements just told, pointed at again by a demonstrative ("in these villages", "close to
those settlements", "in this town"), are the places told before, so the deed told there is
placed; a count after the demonstrative ("those two settlements") may point past them and
places nothing."""

from __future__ import annotations

from tests.extract_helpers import ruled

KHARKIV = "UKR-328"


# settlements pointed at again by a demonstrative

def test_troops_massed_in_these_villages_are_placed_where_the_villages_were_told() -> None:
    text = ("Ukrainian troops have recaptured several villages in the Kharkiv region, the "
            "General Staff said.\n\nThe brigade is now concentrating armoured units in these "
            "villages ahead of a further push.")
    assert ("troop_deployment", KHARKIV) in ruled(text)


def test_an_attack_close_to_those_settlements_is_placed_where_they_were_told() -> None:
    text = ("Russian troops have reached several settlements in the Kharkiv region, the "
            "General Staff said.\n\nRussian units came close to those settlements on Sunday "
            "and attacked them.")
    assert ("attack", KHARKIV) in ruled(text)


def test_a_strike_in_this_town_is_placed_where_the_town_was_told() -> None:
    text = ("Russian troops have reached several settlements in the Kharkiv region, the "
            "General Staff said.\n\nDrones struck a school in this town on Sunday.")
    assert ("attack", KHARKIV) in ruled(text)


def test_a_count_after_the_demonstrative_places_nothing() -> None:
    text = ("Ukrainian troops have recaptured several villages in the Kharkiv region, the "
            "General Staff said.\n\nThe brigade is now concentrating armoured units in "
            "those two settlements ahead of a further push.")
    assert ("troop_deployment", KHARKIV) not in ruled(text)
