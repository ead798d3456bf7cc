"""Round forty-four (b): a train, bus or flight named by the two ends of its route ("the
Odesa–Lviv train") is not placed at either end; a unit that "remains outside" a side's
control is a holding's status, no force deployed; a deed that "took the lives of" people
tells how many were killed."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import extract
from tests.extract_helpers import places

PUBLISHED = dt.date(2025, 1, 14)
ODESA = "UKR-322"
ZAPORIZHZHIA = "UKR-331"


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return places(text, PUBLISHED, None)


def _types(text: str) -> set[str]:
    return {kind for kind, _ in _kinds(text)}


# 1. a service named by the ends of its route is placed at neither

def test_train_named_by_its_route_is_not_placed_at_its_ends() -> None:
    text = ("A missile also hit the Odesa–Zaporizhzhia train on Monday, the railway company "
            "said.")
    found = _kinds(text)
    assert ("attack", ODESA) not in found and ("attack", ZAPORIZHZHIA) not in found


def test_bus_named_by_its_route_with_hyphen_is_not_placed_at_its_ends() -> None:
    text = "A drone hit the Zaporizhzhia-Odesa passenger bus on Monday, officials said."
    found = _kinds(text)
    assert ("attack", ODESA) not in found and ("attack", ZAPORIZHZHIA) not in found


def test_train_hit_in_a_town_is_still_placed_there() -> None:
    text = "A missile hit a passenger train in Odesa on Monday, officials said."
    assert ("attack", ODESA) in _kinds(text)


# 2. a unit left outside a side's control is no deployment

def test_battalion_remaining_outside_rebel_control_is_no_deployment() -> None:
    text = ("Rebels seized two army bases on Monday. At present the 375th battalion in "
            "Kyauktaw township remains outside rebel control.")
    assert "troop_deployment" not in _types(text)


def test_troops_deployed_to_a_township_are_still_deployed() -> None:
    text = "The army deployed the 375th battalion to Kyauktaw township on Monday."
    assert "troop_deployment" in _types(text)


# 3. "took the lives of" counts the killed

def test_took_the_lives_of_counts_the_killed() -> None:
    text = "Artillery shelling of Kherson on Monday took the lives of 12 people, officials said."
    found = extract(text, published=PUBLISHED)
    assert any(c.event.killed_low == 12 for c in found)
