"""Wordings of round one hundred and thirty-nine (c), each sentence written fresh (not
corpus text): an English word that opens a sentence capitalised only for being first ("For
the assault the army massed …") names no place, though the gazetteer lists a village of
Blue Nile so named; the same name inside a sentence is still that village."""

from __future__ import annotations

from geoapp.extract import candidate_pool
from tests.extract_helpers import PUBLISHED, folded

BLUE_NILE = "SDN-148"


def _pool_places(text: str) -> set[tuple[str | None, str | None]]:
    pool = candidate_pool(text, published=PUBLISHED, source_name="Test Wire")
    return {(x.candidate.event.adm1_code, x.candidate.event.place_name) for x in pool.entries}


def test_a_sentence_opening_for_is_no_place() -> None:
    text = ("The Sudanese army attacked RSF positions around the city of Singa on Saturday, "
            "the army said. For the assault it had massed troops drawn from Blue Nile state, "
            "and it shelled the road into the city.")
    assert (BLUE_NILE, "For") not in _pool_places(text)
    assert ("attack", "SDN-880") in folded(text)


def test_a_village_named_for_inside_a_sentence_stays_a_place() -> None:
    text = ("RSF fighters attacked the village of For in Blue Nile state on Sunday, killing "
            "seven farmers, local activists said.")
    assert (BLUE_NILE, "For") in _pool_places(text)
