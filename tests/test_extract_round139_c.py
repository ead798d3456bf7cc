"""Wordings of round one hundred and thirty-nine (c), each sentence written fresh (not
corpus text): an English word that opens a sentence capitalised only for being first ("For
the assault the army massed …") names no place, though the gazetteer lists a village of
Blue Nile so named; the same name inside a sentence is still that village. A crosshead that
only names a deed by its place ("The Belgorod incursion") over a section telling that
place's deeds as other kinds adds no deed of its own; a crosshead with a verb ("Drones hit
Belgorod") keeps its own."""

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


BELGOROD = "RUS-2370"


def test_a_topic_crosshead_over_its_section_adds_no_attack() -> None:
    text = ("Ukraine says Russian drones hit Odesa\n\n"
            "Russian drones struck port buildings in Odesa overnight, the regional governor "
            "said on Monday.\n\n"
            "The Belgorod incursion\n\n"
            "As Russia presses on in the south, Kyiv last month moved its troops into "
            "Russia's Belgorod region and says it now holds several villages there.")
    assert ("attack", BELGOROD) not in folded(text)


def test_a_crosshead_with_a_verb_keeps_its_attack() -> None:
    text = ("Ukraine says Russian drones hit Odesa\n\n"
            "Russian drones struck port buildings in Odesa overnight, the regional governor "
            "said on Monday.\n\n"
            "Drones hit Belgorod\n\n"
            "Ukrainian drones also struck a fuel depot in Russia's Belgorod region overnight, "
            "the local governor said.")
    assert ("attack", BELGOROD) in folded(text)
