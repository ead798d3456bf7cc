"""Round 86 (d), each sentence written fresh (not corpus text): a battle told in the
passive as fought at a place, and fighting counted in days or hours at a place, are an
attack there (a war fought, or months of fighting, are not); ground taken told by the
sites that command a place ("seized the strategic sites in the town") is a capture there;
and a place told in the passive as taken with a degree adverb between ("had been partly
liberated") is a capture there, as without it."""

from __future__ import annotations

import pytest

from tests.extract_helpers import ruled, trigger_types

KURSK, ZAPORIZHZHIA, KORDOFAN = "RUS-2362", "UKR-331", "SDN-882"


# 1. a battle fought at a place, told in the passive, is an attack there

@pytest.mark.parametrize("text", [
    "The officer said the battles were fought near Sudzha in the Kursk region on Tuesday.",
    "Ukraine's army said a fierce battle had been fought outside Sudzha in the Kursk region "
    "overnight.",
])
def test_a_battle_fought_at_a_place_is_an_attack(text: str) -> None:
    assert ("attack", KURSK) in ruled(text)


@pytest.mark.parametrize("text", [
    "The historian said the war was fought in the Kursk region for generations.",
    "The election was fought in the Kursk region on local issues.",
])
def test_a_war_or_an_election_fought_is_no_attack(text: str) -> None:
    assert "attack" not in trigger_types(text)


# 2. fighting counted in days or hours at a place is an attack there

@pytest.mark.parametrize("text", [
    "The brigade lost a company in three days of fighting near Sudzha in the Kursk region.",
    "After six hours of fierce fighting near Sudzha in the Kursk region, the unit withdrew.",
])
def test_days_of_fighting_at_a_place_are_an_attack(text: str) -> None:
    assert ("attack", KURSK) in ruled(text)


def test_months_of_fighting_are_no_attack_cue() -> None:
    text = "After months of fighting near Sudzha in the Kursk region, the front went quiet."
    assert "attack" not in trigger_types(text)


# 3. the sites that command a place, seized, are a capture there

def test_strategic_sites_seized_are_a_capture() -> None:
    text = ("The paramilitary group said it had seized all the strategic sites in the city "
            "of Babanusa in West Kordofan.")
    assert ("capture", KORDOFAN) in ruled(text)


def test_a_site_visited_is_no_capture() -> None:
    text = "Inspectors visited all the strategic sites in the city of Babanusa in West Kordofan."
    assert "capture" not in trigger_types(text)


# 4. a passive taking with a degree adverb is a capture, as without it

@pytest.mark.parametrize("text", [
    "A local commander said the village of Robotyne in the Zaporizhzhia region had been "
    "partly liberated.",
    "The village of Robotyne in the Zaporizhzhia region has been fully retaken, the army said.",
])
def test_a_place_partly_taken_is_a_capture(text: str) -> None:
    assert ("capture", ZAPORIZHZHIA) in ruled(text)


def test_a_place_partly_destroyed_is_no_capture() -> None:
    text = ("A local official said the village of Robotyne in the Zaporizhzhia region had been "
            "partly destroyed.")
    assert "capture" not in trigger_types(text)
