"""Wordings of retold news, each sentence written fresh (not corpus text): forces closing on
a place."""

from __future__ import annotations

from geoapp.extract.rules import find_triggers
from tests.extract_helpers import ruled

KHARKIV, NORTH_KIVU = "UKR-328", "COD-1898"


def _types(text: str) -> set[str]:
    return {t.event_type for t in find_triggers(text)}


# 1. forces closing on a place

def test_troops_closing_in_on_a_town_attack_it() -> None:
    text = "Our assault units are closing in on the northern edge of Kupiansk, a blogger wrote."
    assert ("attack", KHARKIV) in ruled(text)


def test_forces_getting_closer_to_a_town_attack_it() -> None:
    text = "The rebels' fighters are edging closer to Goma in North Kivu, residents said."
    assert ("attack", NORTH_KIVU) in ruled(text)


def test_negotiators_closing_in_on_a_deal_are_no_attack() -> None:
    assert "attack" not in _types("Negotiators are closing in on a deal over the port city.")
    assert "attack" not in _types("The army is getting closer to a truce with the rebels.")
