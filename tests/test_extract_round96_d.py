"""Wordings of longform overviews, each sentence written fresh (not corpus text): fighting
ranked by where it has been most frequent or fiercest, with no date or spell of its own,
characterises a campaign across its places (background), while the same ranking over a
named spell, or a deed told beside it, stays news."""

from __future__ import annotations

import pytest

from tests.extract_helpers import ruled

KAYIN, MON, BAGO = "MMR-3266", "MMR-3270", "MMR-3268"


@pytest.mark.parametrize("text", [
    "Over the years, clashes between the army and the resistance have been most frequent "
    "in Kayin State, Mon State and Bago Region.",
    "Clashes between the junta and the rebels have been fiercest in Mon State and Bago Region.",
])
def test_fighting_ranked_by_place_without_a_date_is_background(text):
    found = ruled(text)
    assert not any(t == "attack" for t, _ in found)


def test_ranking_over_a_named_spell_stays_news():
    text = "Clashes between the army and the resistance have been most frequent in Kayin State " \
        "over the past day."
    assert ("attack", KAYIN) in ruled(text)


def test_deed_told_beside_the_ranking_stays_news():
    text = "Fighting has been heaviest in Mon State, where resistance fighters attacked " \
        "an army post."
    assert ("attack", MON) in ruled(text)
