"""Wordings of wire copy retold from the news, each sentence written fresh (not corpus
text): losses taken and people taken to hospital (no ground taken), a crowd gathered or
forces moving forward near a place (no deployment), forces readying an attack still to
come, recaps of earlier reports and of the war's first months, a past perfect in a
relative clause, and the base of an armed group that takes ground elsewhere."""

from __future__ import annotations

import pytest

from tests.extract_helpers import ruled

KURSK, DONETSK, RAKHINE, CHIN, NORTH_DARFUR = "RUS-2362", "UKR-327", "MMR-3273", "MMR-3274", \
    "SDN-881"


# 1. "took losses", "taken to hospital": no ground taken

@pytest.mark.parametrize("text", [
    "Enemy units took heavy losses near the village of Sudzha in the Kursk region on Monday.",
    "Two wounded men are being taken to the Sudzha district hospital in the Kursk region.",
])
def test_losses_or_people_taken_are_no_capture(text: str) -> None:
    assert ("capture", KURSK) not in ruled(text)


def test_a_village_taken_stays_a_capture() -> None:
    assert ("capture", KURSK) in ruled("Russian forces took the village of Sudzha in the "
                                       "Kursk region on Monday, the ministry said.")


# 2. a crowd gathered, forces moving forward near a place: no deployment

@pytest.mark.parametrize("text", [
    "A drone flown by the Rapid Support Forces hit a gathering of villagers in El Fasher in "
    "North Darfur on Friday.",
    "Russian forces moved forward near Pokrovsk in the Donetsk region, analysts said.",
])
def test_a_crowd_or_an_advance_is_no_deployment(text: str) -> None:
    assert "troop_deployment" not in [t for t, _ in ruled(text)]


def test_troops_moved_to_a_town_stay_a_deployment() -> None:
    assert ("troop_deployment", DONETSK) in ruled(
        "Russian troops moved to Pokrovsk in the Donetsk region on Monday, analysts said.")


# 3. readying an attack still to come

@pytest.mark.parametrize("text", [
    "Russian troops are regrouping for an attack near Pokrovsk in the Donetsk region, the "
    "commander said.",
    "Russian units are preparing for an assault near Pokrovsk in the Donetsk region.",
])
def test_an_attack_prepared_is_no_attack(text: str) -> None:
    assert ("attack", DONETSK) not in ruled(text)


# 4. recaps: earlier reports, the war's first months

@pytest.mark.parametrize("text", [
    "Earlier reports said Russian troops had launched an assault on Pokrovsk in the Donetsk "
    "region.",
    "Russia occupied the town of Pokrovsk in the Donetsk region in the first months of its "
    "invasion.",
    "Russian forces seized the town of Pokrovsk in the Donetsk region at the start of the "
    "war.",
])
def test_a_recap_is_no_news(text: str) -> None:
    assert ruled(text) == []


# 5. a past perfect in a relative clause

def test_a_relative_past_perfect_is_background() -> None:
    assert ("troop_deployment", KURSK) not in ruled(
        "Ukraine said on Monday its forces had killed 20 soldiers whom Pyongyang had sent "
        "into the Kursk region.")


def test_a_reported_deployment_stays() -> None:
    assert ("troop_deployment", KURSK) in ruled(
        "Ukraine said on Monday that Pyongyang had sent 2,000 more soldiers into the Kursk "
        "region.")


# 6. the base of an armed group that takes ground elsewhere

def test_the_base_of_a_group_is_not_where_it_takes_ground() -> None:
    assert ruled("An armed group based in Rakhine State has captured the town of Paletwa, "
                 "residents said.") == [("capture", CHIN)]
