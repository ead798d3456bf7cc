"""The corpus README's `capture` rule applied to front-line assessments: an advance near, in
or towards a place with no settlement, position or area said to be taken ("Russian forces
recently advanced near X", "made marginal advances", "gained ground near X") is an
`attack` there; ground told taken ("advanced and captured X", "took X") stays a
`capture`; things other than forces that advance (talks, technology) give nothing. Each
sentence written fresh (not corpus text)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import folded, ruled, trigger_types

DONETSK = "UKR-327"
KHARKIV = "UKR-328"
ZAPORIZHZHIA = "UKR-331"


# 1. a bare advance near or in a place is an attack there, no capture

@pytest.mark.parametrize("sentence", [
    "The think tank assessed on Tuesday that Russian troops recently advanced near "
    "Kostiantynivka in the Donetsk region.",
    "Russian units have advanced near the town of Druzhkivka in the Donetsk region, "
    "according to footage reviewed by the analysts.",
    "Russian forces recently made marginal advances near Siversk in the Donetsk region.",
])
def test_a_bare_recent_advance_near_a_town_is_an_attack(sentence: str) -> None:
    found = ruled(sentence)
    assert ("attack", DONETSK) in found, found
    assert ("capture", DONETSK) not in found, found


def test_ground_gained_near_a_city_is_an_attack_not_a_capture() -> None:
    found = folded("Ukrainian troops had gained ground near the city of Balakliia in the "
                   "Kharkiv region on Thursday, the commander said.")
    assert ("attack", KHARKIV) in found and ("capture", KHARKIV) not in found, found


def test_an_advance_in_a_region_is_an_attack() -> None:
    found = ruled("Analysts said Russian forces recently advanced in western Zaporizhzhia "
                  "Oblast over the weekend.")
    assert ("attack", ZAPORIZHZHIA) in found and ("capture", ZAPORIZHZHIA) not in found, found


# 2. ground told taken stays a capture

@pytest.mark.parametrize("sentence", [
    "Russian forces advanced and captured the village of Hryhorivka in the Donetsk region "
    "on Monday, the ministry said.",
    "Russian troops took the village of Bilytske in the Donetsk region on Monday, the "
    "ministry said.",
])
def test_ground_said_to_be_taken_is_still_a_capture(sentence: str) -> None:
    assert ("capture", DONETSK) in ruled(sentence)


# 3. near misses: other things that advance

@pytest.mark.parametrize("sentence", [
    "Peace talks recently advanced in Istanbul, the delegates said.",
    "Drone technology has advanced near the front faster than anyone expected.",
    "The company's research recently advanced in Kharkiv with a new laboratory.",
])
def test_talks_or_technology_that_advanced_give_nothing(sentence: str) -> None:
    kinds = trigger_types(sentence)
    assert "attack" not in kinds and "capture" not in kinds, kinds
