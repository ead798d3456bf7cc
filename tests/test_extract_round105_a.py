"""Wordings of round one hundred and five (a), each sentence written fresh (not corpus text):
a headline's present-tense taking ("Russia captures the town of X", "army seizes X") is a
capture, as "takes" already was; a nation's adjective before a lower-case kind of
settlement ("one more Ukrainian village") is no place name ("Ukrainian Village", Chicago)."""

from __future__ import annotations

from geoapp.extract.actors import nationalities
from geoapp.extract.places import find_places
from tests.extract_helpers import ruled

DONETSK = "UKR-327"


# a headline's present-tense taking

def test_a_headline_capture_in_the_present_is_a_capture() -> None:
    text = ("Russia captures the small town of Hirnyk in eastern Ukraine, reports say\n\n"
            "The war is now in its third year, officials in Kyiv said on Monday.\n")
    assert ("capture", DONETSK) in ruled(text)


def test_a_headline_seizure_in_the_present_is_a_capture() -> None:
    text = ("Russian army seizes the village of Ostrivske near Pokrovsk\n\n"
            "The war is now in its third year, officials in Kyiv said on Monday.\n")
    assert ("capture", DONETSK) in ruled(text)


def test_documents_seized_in_the_present_take_no_ground() -> None:
    text = ("Police seize the documents of the town council in Pokrovsk\n\n"
            "The war is now in its third year, officials in Kyiv said on Monday.\n")
    assert ("capture", DONETSK) not in ruled(text)


# a nation's adjective before a lower-case settlement word

def test_one_more_ukrainian_village_is_no_place_abroad() -> None:
    text = ("On Monday Russia said it had taken one more Ukrainian village, some ten "
            "kilometres from Pokrovsk, as American officials met in Kyiv to discuss new US "
            "aid.")
    assert not [h for h in find_places(text, [], nationalities(text))
                if h.text.casefold() == "ukrainian village"]


def test_a_capitalised_quarter_abroad_stays_a_place() -> None:
    text = "Residents of Ukrainian Village in Chicago rallied on Sunday for aid to Kyiv."
    assert [h for h in find_places(text, [], nationalities(text))
            if h.text == "Ukrainian Village"]
