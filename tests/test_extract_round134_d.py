"""Wordings of round one hundred and thirty-four (d), each sentence written fresh (not corpus
text): a town whose namesake lies in a country the report names as a place (Yakutia's
Pokrovsk, where the report also names the Kursk region) stays the town the report's other
towns lie by ("Pokrovsk direction. … near Ocheretyne and Novohrodivka"); with no such towns
near it, the namesake in the named country still wins."""

from __future__ import annotations

from tests.extract_helpers import folded

DONETSK = "UKR-327"
KURSK = "RUS-2362"


def test_a_sector_town_stays_by_the_towns_its_paragraph_names() -> None:
    text = ("Pokrovsk direction. Russian assault groups attacked Ukrainian positions near "
            "Ocheretyne and Novohrodivka overnight.\n\n"
            "Kursk region. Russian troops shelled Ukrainian positions near Korenevo.")
    assert ("attack", DONETSK) in folded(text)


def test_a_sector_town_with_no_towns_by_it_keeps_its_old_reading() -> None:
    text = ("Pokrovsk direction. Russian assault groups attacked Ukrainian positions overnight."
            "\n\nKursk region. Russian troops shelled Ukrainian positions near Korenevo.")
    assert folded(text) == [("attack", KURSK)]
