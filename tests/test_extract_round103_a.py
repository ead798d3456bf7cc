"""Wordings of round one hundred and three (a), each sentence written fresh (not corpus text):
another country's forces told as met in combat ("their soldiers had met North Korean troops
in combat") are seen where the fight was, and the "since" clause that dates the encounter
("the first such encounter since Moscow sent them to the region") gives way to it, no
deployment."""

from __future__ import annotations

from tests.extract_helpers import ruled

KURSK = "RUS-2362"


# another country's forces met in combat

def test_foreign_troops_met_in_combat_are_seen_there() -> None:
    text = ("Ukrainian commanders said their soldiers had met North Korean troops in combat near "
            "Sudzha in the Kursk region on Friday.")
    assert ("unit_sighting", KURSK) in ruled(text)


def test_the_since_clause_after_the_encounter_sends_no_one() -> None:
    text = ("Ukrainian units are holding their ground in the Kursk region. Officials said on "
            "Tuesday that the units had encountered North Korean soldiers in combat, the first "
            "such encounter since Moscow sent them to the Kursk region.")
    found = ruled(text)
    assert ("unit_sighting", KURSK) in found
    assert ("troop_deployment", KURSK) not in found


def test_foreign_officers_met_for_talks_are_no_sighting() -> None:
    text = ("Ukrainian commanders said their delegation had met North Korean officers in Kursk "
            "region for talks on prisoners.")
    assert ("unit_sighting", KURSK) not in ruled(text)
