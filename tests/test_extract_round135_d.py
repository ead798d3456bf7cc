"""Wordings of round one hundred and thirty-five (d), each sentence written fresh (not corpus
text): papers that make their holder out to be of a people ("papers that identified him as a
Tuvan") name a nationality, not where he was, so a prisoner carrying them is taken where the
fighting was; a place the sentence names as where things happened still holds."""

from __future__ import annotations

from tests.extract_helpers import places, ruled

KURSK = "RUS-2362"
TUVA = "RUS-2605"


def test_papers_naming_the_holders_people_do_not_place_his_capture() -> None:
    text = ("Ukrainian paratroopers said on Monday they had repelled an assault near the village "
            "of Plekhovo in Russia's Kursk region. One attacker survived and was taken prisoner, "
            "and he was carrying papers that identified him as a Tuvan.")
    found = places(text)
    assert ("capture", KURSK) in found
    assert not any(region == TUVA for _, region in found)


def test_a_region_named_as_where_it_happened_still_places_the_event() -> None:
    text = ("Police in the Tuva Republic said on Monday they had detained a deserter, and he was "
            "carrying papers that identified him as a soldier.")
    assert ("document_seizure", TUVA) in places(text)


PLEKHOVO = ("Ukrainian paratroopers said on Monday they had repelled an assault near the village of "
            "Plekhovo in Russia's Kursk region. ")


def test_papers_a_prisoner_carried_are_seized_where_he_was_taken() -> None:
    text = PLEKHOVO + ("One attacker survived and was taken prisoner, and he was carrying papers "
                       "that identified him as a Tuvan.")
    assert ("document_seizure", KURSK) in ruled(text)


def test_a_prisoner_taken_elsewhere_places_neither_capture_nor_papers() -> None:
    text = PLEKHOVO + ("One attacker survived and was taken prisoner elsewhere, and he was "
                       "carrying papers that identified him as a Tuvan.")
    assert ("document_seizure", KURSK) not in ruled(text)
    assert ("capture", KURSK) not in ruled(text)


SERGEYEVKA = "RUS-2611"


def test_footage_told_in_the_past_shows_the_troops_in_it() -> None:
    text = ("A monitoring group said on Tuesday the footage showed dozens of Russian soldiers "
            "digging trenches at a base near the town of Sergeyevka in Primorsky Krai.")
    assert ("unit_sighting", SERGEYEVKA) in places(text)


def test_footage_of_no_force_shows_no_sighting() -> None:
    text = ("A monitoring group said on Tuesday the footage showed a fire at a fuel depot near "
            "the town of Sergeyevka in Primorsky Krai.")
    assert ("unit_sighting", SERGEYEVKA) not in places(text)
