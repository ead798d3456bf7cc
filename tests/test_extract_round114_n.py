"""Wordings of round one hundred and fourteen (n), each sentence written fresh (not corpus
text): a town the gazetteer lists twice, once by its own name and once as another name of
a counted neighbour ("Lgov": "L’gov" and "L’govskiy"), is the town of that name, in its
own country, not a village abroad that shares the spelling. A name found only as another
place's alias stays a borrowed name ("Ramadan" is no Ukrainian Romodan)."""

from __future__ import annotations

from tests.extract_helpers import ruled

KURSK = "RUS-2362"


def test_a_town_listed_twice_is_found_by_its_own_name() -> None:
    assert ruled("Drones hit a fuel depot in Lgov overnight, the governor said.") == [
        ("attack", KURSK)]


def test_a_town_listed_twice_stays_home_beside_a_foreign_force() -> None:
    found = ruled("Ukrainian drones hit a fuel depot in Lgov overnight, the governor said.")
    assert found == [("attack", KURSK)]


def test_a_word_that_is_only_an_alias_abroad_places_nothing() -> None:
    assert ruled("Shelling eased during Ramadan, the governor said.") == []
