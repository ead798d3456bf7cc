"""Wordings of round one hundred and twenty-seven (a), each sentence written fresh (not
corpus text): papers a force took from the people it killed or held ("took their
documents") are a document seizure, while papers someone took to an office are none."""

from __future__ import annotations

from tests.extract_helpers import ruled

KURSK = "RUS-2362"
DONETSK = "UKR-327"


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


# "there" in a sentence that names only the side's country

def test_losses_there_after_a_front_are_the_fronts() -> None:
    text = ("The commander said Ukrainian troops were holding out near Toretsk in the east. "
            "Russia is losing some 300 soldiers killed and wounded there every day, he said.")
    assert ("casualty_report", DONETSK) in ruled(text)


def test_an_existential_there_takes_no_place_from_before() -> None:
    text = ("The commander said Ukrainian troops were holding out near Toretsk in the east. "
            "There have been heavy Russian losses across Russia this year, he said.")
    assert ("casualty_report", DONETSK) not in ruled(text)
