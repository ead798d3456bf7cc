"""Wordings of wire copy and field reports, each sentence written fresh (not corpus text):
troops attacked "as they were coming back" from somewhere were moving, not deployed;
attackers "identified as" fighters of a group are the attack's authors named, no unit
seen."""

from __future__ import annotations

from geoapp.extract.rules import find_triggers


def _types(text: str) -> set[str]:
    return {t.event_type for t in find_triggers(text)}


# 2. the victims' movement in a temporal clause

def test_troops_ambushed_as_they_were_coming_back_were_not_deployed() -> None:
    found = _types("Rebel forces ambushed army troops near the town as they were coming back "
                   "from a supply run.")
    assert found == {"attack"}


def test_troops_attacked_while_returning_from_the_front_were_not_deployed() -> None:
    found = _types("Gunmen attacked the soldiers while they were returning from the front.")
    assert "troop_deployment" not in found


def test_troops_back_from_a_mission_are_still_deployed() -> None:
    assert "troop_deployment" in _types("The brigade came back from the border region.")


# 3. attackers identified as fighters of a group, in the passive

def test_attackers_identified_as_fighters_are_no_sighting() -> None:
    assert "unit_sighting" not in _types("The attackers were identified as fighters of an "
                                         "armed group that operates in the east.")


def test_gunmen_identified_as_fighters_are_no_sighting() -> None:
    assert "unit_sighting" not in _types("The assailants were identified as fighters of the "
                                         "rebel group, officials said.")


def test_troops_identified_near_a_town_are_still_seen() -> None:
    assert "unit_sighting" in _types("Enemy troops were identified near the town on Monday.")
