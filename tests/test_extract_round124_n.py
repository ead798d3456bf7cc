"""Wordings of round one hundred and twenty-four (n), each sentence written fresh (not
corpus text): where a convoy was heading ("en route to Bamako", "bound for the capital") is
not where it was attacked; a force on its way to a town is still deployed there."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
BAMAKO = "MLI-2792"
KAYES = "MLI-2793"


def test_where_a_convoy_was_heading_is_not_where_it_was_struck() -> None:
    text = "A fuel convoy en route to Bamako was attacked near Kayes on Sunday."
    assert ("attack", BAMAKO) not in ruled(text)
    assert ("attack", KAYES) in ruled(text)


def test_a_force_on_its_way_to_a_town_is_deployed_there() -> None:
    text = "Russian reinforcements heading to Pokrovsk arrived on Monday."
    assert ("troop_deployment", DONETSK) in ruled(text)
