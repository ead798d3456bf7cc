"""Wordings of round one hundred and sixteen (n), each sentence written fresh (not corpus
text): a footnote mark after a full stop ("…is continuing.[5] Russian sources…", the way
think-tank updates cite) still ends the sentence, so the next sentence's deed is not read
inside the one before (and under its denial). Bracketed abbreviations inside a sentence
("[CAA]") end nothing. Reports or claims "dismissed" are denied, as "dismissed the" was. A town of Ukraine or
Russia written in a romanisation the gazetteer lacks ("Myrnograd", "Hulyaipole") is found
by the key all romanisations fold to, when the gazetteer counts its people; a hamlet so
spelled, or a district, is not moved elsewhere by it. A town taken, stormed or besieged
("Russian troops took Kupiansk") is named as a place, as one captured or attacked was,
when the report names no country, and so is one described before its kind word ("the key
town of Kupiansk"). A town opening a sentence with its kind word ("The town of Sudzha was
shelled") is a place as after a locative. A named place told taken in a passive with an
adverb ("Sudzha had been fully liberated") is the one taken, as without the adverb."""

from __future__ import annotations

from geoapp.extract.sentences import split_sentences
from tests.extract_helpers import ruled

SUMY = "UKR-325"
DONETSK = "UKR-327"
KHARKIV = "UKR-328"
ZAPORIZHZHIA = "UKR-331"
KURSK = "RUS-2362"


def test_a_footnote_mark_after_a_stop_ends_the_sentence() -> None:
    text = ("Fighting near the village is continuing.[4] Milbloggers credited the 12th "
            "Brigade.[5][6] It holds.")
    assert [s.text for s in split_sentences(text)] == [
        "Fighting near the village is continuing.[4]",
        "Milbloggers credited the 12th Brigade.[5][6]",
        "It holds."]


def test_a_bracketed_abbreviation_inside_a_sentence_ends_nothing() -> None:
    text = "Elements of the 20th Army [CAA] and the [SMD] staff moved. Then it rained."
    assert [s.text for s in split_sentences(text)] == [
        "Elements of the 20th Army [CAA] and the [SMD] staff moved.", "Then it rained."]


def test_a_deed_after_a_footnote_is_read_in_its_own_sentence() -> None:
    text = ("The border guard dismissed claims that troops had entered Vovchansk.[3] "
            "Russian milbloggers attributed the capture of Yunakivka, Sumy Oblast, to "
            "elements of the 30th Motorized Rifle Regiment.[4]")
    assert ruled(text) == [("unit_sighting", SUMY)]


def test_reports_dismissed_are_denied() -> None:
    assert ruled("The border guard dismissed reports that troops had entered Myropillia.") == []
    assert ruled("The mayor dismisses claims that Russian units captured Myropillia.") == []


def test_reports_confirmed_still_stand() -> None:
    assert ruled("The border guard confirmed reports that Russian troops had captured "
                 "Myropillia.") == [("capture", SUMY)]


def test_a_town_in_another_romanisation_is_found() -> None:
    assert ruled("Russian forces shelled Myrnograd overnight, Ukraine's army said.") == [
        ("attack", DONETSK)]
    assert ruled("Russian drones struck Hulyaipole, Ukraine's army said.") == [
        ("attack", ZAPORIZHZHIA)]


def test_a_loosely_spelled_hamlet_or_district_stays_put() -> None:
    assert ruled("A drone hit a farm near Medvezhe in Russia's Kursk region.") == [
        ("attack", KURSK)]
    assert ruled("Drones struck a substation in the Ryazansky District of Russia.") == []


def test_a_town_taken_or_stormed_is_a_place_in_a_short_text() -> None:
    assert ruled("Russian troops took Kupiansk.") == [("capture", KHARKIV)]
    assert ruled("Russian troops stormed Pokrovsk on Monday.") == [("attack", DONETSK)]


def test_a_person_taken_somewhere_is_no_place() -> None:
    assert ruled("Police took Bakhmut residents to a shelter in Dnipro.") == []


def test_a_town_described_before_its_kind_word_is_a_place() -> None:
    assert ruled("Russian troops captured the strategic town of Kupiansk.") == [
        ("capture", KHARKIV)]
    assert ruled("Russian troops captured the key town of Kupiansk.") == [("capture", KHARKIV)]


def test_a_town_opening_a_sentence_with_its_kind_word_is_a_place() -> None:
    assert ruled("The town of Sudzha was heavily shelled overnight, the governor said.") == [
        ("attack", KURSK)]


def test_a_bare_small_town_opening_a_sentence_still_needs_its_country() -> None:
    assert ruled("Sudzha was heavily shelled overnight, the governor said.") == []


def test_a_place_told_fully_taken_in_the_passive_is_taken() -> None:
    assert ruled("Moscow said Sudzha had been fully liberated from Ukrainian forces.") == [
        ("capture", KURSK)]
    assert ruled("Moscow said the Kursk Region had been completely liberated.") == [
        ("capture", KURSK)]

