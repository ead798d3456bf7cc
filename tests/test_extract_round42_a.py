"""Round forty-two (a): a force's cells neutralised and its sites or transport destroyed
are attacks there, however long the subject."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import extract
from geoapp.extract.rules import find_triggers

PUBLISHED = dt.date(2025, 6, 5)
MOPTI, KOULIKORO = "MLI-2809", "MLI-4860"


def _cues(text: str) -> list[str]:
    return [t.event_type for t in find_triggers(text, [])]


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(c.event.event_type, c.event.adm1_code or c.event.country)
            for c in extract(text, published=PUBLISHED, source_name="Wire")]


# 1. a force's cells neutralised where they stood

def test_cells_neutralised_are_an_attack() -> None:
    found = _kinds("The army said that cells of several dozen fighters located near the "
                   "town of Douentza in the Mopti Region were neutralised on Wednesday.")
    assert ("attack", MOPTI) in found


def test_a_threat_neutralised_is_no_attack() -> None:
    assert "attack" not in _cues("The ministry said the threat to the cells of the "
                                 "network had been neutralised.")


# 2. sites heading a long subject, and a force's transport, destroyed

def test_hideouts_heading_a_long_subject_destroyed_are_an_attack() -> None:
    found = _kinds("The army said that hideouts located in a forest in the Koulikoro Region "
                   "were destroyed on Wednesday.")
    assert ("attack", KOULIKORO) in found


def test_troop_carrying_vehicles_destroyed_are_an_attack() -> None:
    assert "attack" in _cues("A logistics echelon made up of troop-carrying vehicles was "
                             "destroyed near the town.")
