"""Wordings of round one hundred and thirty-eight (b), each sentence written fresh (not
corpus text): forces "caught in an ambush", in the crossfire or in the fighting were hit
there, not taken prisoner, where a patrol that caught fighters still took them."""

from __future__ import annotations

from tests.extract_helpers import folded

MOPTI = "MLI-2809"


def test_a_column_caught_in_an_ambush_is_attacked_not_captured() -> None:
    text = ("On February 24, a supply column of the Malian army was caught in an ambush set by "
            "jihadists near the town of Ténenkou, in the Mopti region, local sources said.")
    read = folded(text)
    assert ("capture", MOPTI) not in read
    assert ("attack", MOPTI) in read


def test_a_patrol_that_caught_fighters_still_took_them() -> None:
    text = ("On Sunday, an army patrol caught two militants hiding in an ambush position "
            "near Ténenkou, in the Mopti region.")
    assert ("capture", MOPTI) in folded(text)
