"""Wordings of round one hundred and twenty-three (a), each sentence written fresh (not corpus
text): a region of a country the report never names, which the text calls a village ("the
villages of A and Katanga" in a report on Niger), is a village the gazetteer lacks, not the
foreign province; "They" doing something right after a sentence telling operations carried
out in a place tells what those operations did there; the arrest or detention of a counted
number of people, told as a noun, is a capture where it is placed."""

from __future__ import annotations

from tests.extract_helpers import ruled

DIFFA = "NER-796"
TAHOUA = "NER-95"
KATANGA = "COD-1897"


# a foreign region's name given to a village

def test_a_foreign_region_named_as_a_village_places_nothing() -> None:
    text = ("The Niger army said it was hunting the gunmen behind the raid on the villages of "
            "Tondikiwindi and Katanga. Soldiers killed four of the gunmen there on Monday.")
    assert all(region != KATANGA for _, region in ruled(text))


def test_the_region_named_as_such_stays() -> None:
    text = "Gunmen attacked a mining convoy in Haut-Katanga province on Monday, killing four."
    assert ("attack", KATANGA) in ruled(text)


# what operations carried out in a place did, told with "They"

def test_they_after_operations_carried_out_take_the_place() -> None:
    text = ("In the Diffa region, gendarmes carried out several operations last week. They "
            "arrested five suspects and seized two motorbikes.")
    assert ("capture", DIFFA) in ruled(text)


def test_they_after_a_sentence_without_operations_stays_unplaced() -> None:
    text = ("In the Diffa region, gendarmes have been deployed along the border for months. "
            "They arrested five suspects and seized two motorbikes.")
    assert ("capture", DIFFA) not in ruled(text)


# the arrest of a counted number of people, told as a noun

def test_the_detention_of_counted_people_is_a_capture() -> None:
    text = ("The statement also reported the detention in the town of Tahoua of six smugglers "
            "carrying fuel for the armed groups.")
    assert ("capture", TAHOUA) in ruled(text)


def test_the_arrest_of_one_named_man_is_no_capture() -> None:
    text = "The statement also reported the arrest of the mayor in the town of Tahoua."
    assert ("capture", TAHOUA) not in ruled(text)


def test_an_arrest_of_counted_people_called_for_is_no_capture() -> None:
    text = "Opposition deputies called for the arrest of three officers in the town of Tahoua."
    assert ("capture", TAHOUA) not in ruled(text)
