"""Wordings of round one hundred and twenty-seven (a), each sentence written fresh (not
corpus text): papers a force took from the people it killed or held ("took their
documents") are a document seizure, while papers someone took to an office are none."""

from __future__ import annotations

from tests.extract_helpers import ruled

KURSK = "RUS-2362"


def test_papers_taken_from_the_dead_are_seized() -> None:
    text = ("Border guards said they killed two enemy soldiers near Sudzha in the Kursk "
            "region on Friday and took their papers.")
    assert ("document_seizure", KURSK) in ruled(text)


def test_papers_taken_from_prisoners_are_seized() -> None:
    text = ("The brigade captured four soldiers near Sudzha in the Kursk region, taking "
            "their military IDs and phones.")
    assert ("document_seizure", KURSK) in ruled(text)


def test_papers_taken_to_an_office_are_no_seizure() -> None:
    text = ("Families who fled Sumy on Monday took their documents to the registry office "
            "to apply for aid.")
    assert not any(kind == "document_seizure" for kind, _ in ruled(text))
