"""Wordings of round one hundred and thirty-two (c), each sentence written fresh (not corpus
text): a name followed by an age set off by commas ("Omar Salim, 34, told reporters") is a
person, not the village of that name; a place followed by a distance stays a place.
"Documents" as the verb of a source that records events ("a monitor which documents
violence") names no papers seized, while papers found beside it stay seized."""

from __future__ import annotations

from tests.extract_helpers import folded

GAZA = "GAZ+00?"
TILLABERI = "NER-4859"
WEST_BANK = "WEB+00?"


# a person's age after the name

def test_a_witness_named_with_an_age_is_no_village() -> None:
    text = ("An Israeli air strike hit a house in Khan Younis on Monday. Omar Salim, 34, told "
            "reporters the house was hit by two missiles.")
    assert folded(text) == [("attack", GAZA)]


def test_a_village_followed_by_a_distance_stays_a_place() -> None:
    text = "Israeli troops raided Salim, 8 km east of Nablus, on Monday and shot two men."
    assert folded(text) == [("attack", WEST_BANK)]


# "documents" as a source's verb

def test_a_monitor_which_documents_violence_seizes_no_papers() -> None:
    text = ("A monitor which documents violence in the Tillaberi region said the gunmen "
            "carried off three pickups and their fuel.")
    assert ("document_seizure", TILLABERI) not in folded(text)


def test_papers_found_after_a_monitor_is_named_stay_seized() -> None:
    text = ("A monitor that documents violence said that in the Tillaberi region, soldiers "
            "found documents on the bodies of the gunmen.")
    assert ("document_seizure", TILLABERI) in folded(text)

