"""Wordings of round one hundred and forty (c), each sentence written fresh (not corpus
text): a person told in the passive as taken from their home in a place ("the lawyer was
taken from his home in Kassala by men in army uniform") was detained there, a capture, and
"his home in" names where it happened, no hometown; someone taken from home to hospital is
carried for care, no capture."""

from __future__ import annotations

from tests.extract_helpers import folded

KASSALA = "SDN-884"


def test_a_person_taken_from_home_by_armed_men_is_a_capture() -> None:
    text = ("The lawyer, a well-known critic of the council, was taken from his home in "
            "Kassala on Sunday night by men in army uniform, his brother said.")
    assert ("capture", KASSALA) in folded(text)


def test_a_person_taken_from_home_to_hospital_is_no_capture() -> None:
    text = ("The injured boy was taken from his home in Kassala to the city hospital on "
            "Sunday, his brother said.")
    assert ("capture", KASSALA) not in folded(text)
