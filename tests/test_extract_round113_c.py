"""Wordings of round one hundred and thirteen (c), each sentence written fresh (not corpus
text): an appositive naming the place taken as a town placed by another ("a town near
Hpakant where …", "a village to the south of Kurakhove where …") closes the clause of the
news, so a recap word in its "where" clause recaps nothing; a sentence opening on the
engagement the sentence before told ("During that clash …") takes that sentence's place,
across a paragraph break."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
KACHIN = "MMR-3296"
MIDDLE_SHABELLE = "SOM-2410"


# an appositive placing the town, then a "where" clause

def test_a_where_clause_after_a_town_placed_by_another_recaps_nothing() -> None:
    text = "Rebels seized Kamaing, a town near Hpakant where the army launched its offensive last year."
    assert ("capture", KACHIN) in ruled(text)


def test_a_where_clause_after_a_village_placed_by_its_bearing_recaps_nothing() -> None:
    text = ("Russian troops seized Ostrivske, a village to the south of Kurakhove where the army "
            "launched its 2023 offensive.")
    assert ("capture", DONETSK) in ruled(text)


def test_a_where_clause_with_no_appositive_noun_still_recaps() -> None:
    text = "Rebels seized Kamaing, near Hpakant, where the army launched its offensive last year."
    assert ("capture", KACHIN) not in ruled(text)


# the engagement named again

RAID = ("Soldiers repelled an al-Shabaab raid on an outpost in the Hawadley area of Middle "
        "Shabelle on Monday.\n\n")


def test_that_clash_takes_the_place_of_the_sentence_before() -> None:
    text = RAID + "During that clash two fighters were taken prisoner."
    assert ("capture", MIDDLE_SHABELLE) in ruled(text)


def test_a_clash_elsewhere_takes_no_place_from_the_paragraph_before() -> None:
    text = RAID + "During a clash elsewhere two fighters were taken prisoner."
    assert ("capture", MIDDLE_SHABELLE) not in ruled(text)
