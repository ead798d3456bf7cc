"""Wordings of round one hundred and thirty-four (b), each sentence written fresh (not corpus
text): captives described by their wounds, the word between their number and their noun
("three wounded Russian prisoners are being interrogated in Kharkiv"), are who the captives
are, no toll told where they are held; "three prisoners were wounded" still counts them."""

from __future__ import annotations

from tests.extract_helpers import folded

KHARKIV = "UKR-328"


def test_wounded_captives_held_somewhere_tell_no_toll_there() -> None:
    text = ("Three wounded Russian prisoners are being interrogated by military intelligence in "
            "Kharkiv with the help of interpreters.")
    assert not any(region == KHARKIV for _, region in folded(text))


def test_prisoners_told_wounded_are_still_a_toll() -> None:
    text = "A Russian glide bomb hit a detention centre in Kharkiv; three prisoners were wounded."
    assert ("attack", KHARKIV) in folded(text)
