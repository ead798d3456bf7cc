"""Round 83 (d), each sentence written fresh (not corpus text): accounts at odds with each
other ("some said …; others said …") leave each of them hedged."""

from __future__ import annotations

import pytest

from tests.extract_helpers import ruled

SOUTH_KORDOFAN = "SDN-882"


# 1. accounts at odds with each other are hedged

@pytest.mark.parametrize("text", [
    "Some residents said the army had captured the town of Kadugli in South Kordofan; "
    "others said fighting went on in its streets.",
    "Some local officials claimed the militia had seized Kadugli in South Kordofan, while "
    "others insisted the garrison still held it.",
])
def test_conflicting_accounts_are_hedged(text: str) -> None:
    assert ("capture", SOUTH_KORDOFAN) not in ruled(text)


@pytest.mark.parametrize("text", [
    "Local officials said the militia had captured the town of Kadugli in South Kordofan, "
    "and others said the army fled.",
    "Some soldiers were killed and others were wounded when the militia captured Kadugli "
    "in South Kordofan.",
])
def test_one_account_or_some_and_others_of_the_hurt_stay_news(text: str) -> None:
    assert ("capture", SOUTH_KORDOFAN) in ruled(text)
