"""Wordings of round one hundred and seventeen (c), each sentence written fresh (not corpus
text): a second place listed after "and the", with words describing it before its name or
its settlement word ("took the town of X and the strategic nearby village of Y"), is an
object of the same verb as the first: the deed is told of both."""

from __future__ import annotations

from tests.extract_helpers import ruled

KHARKIV = "UKR-328"
DONETSK = "UKR-327"


# a second object with words describing it before its name

def test_a_second_town_described_before_its_name_is_taken_too() -> None:
    text = ("Russian units seized the town of Vovchansk and the strategic nearby village of "
            "Siversk late on Tuesday after days of fighting.")
    found = ruled(text)
    assert ("capture", KHARKIV) in found
    assert ("capture", DONETSK) in found


def test_a_second_village_with_one_word_before_it_is_struck_too() -> None:
    text = "Russian artillery shelled Kupiansk and the small village of Lyman overnight."
    found = ruled(text)
    assert ("attack", KHARKIV) in found
    assert ("attack", DONETSK) in found


def test_a_place_in_a_new_clause_after_and_the_is_not_listed() -> None:
    text = ("Russian artillery shelled Vovchansk overnight and the frightened residents later "
            "fled to Siversk.")
    found = ruled(text)
    assert ("attack", KHARKIV) in found
    assert ("attack", DONETSK) not in found
