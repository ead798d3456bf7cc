"""Wordings of round one hundred and twelve (b), each sentence written fresh (not corpus
text): fighting told by where it was centred or concentrated ("the fighting centred on two
villages of Masisi territory") is an attack there; another country's army named as backing
a deed ("seized the town with support from the Rwandan army") is seen where the deed is
told, as an army named as an ally is."""

from __future__ import annotations

from tests.extract_helpers import ruled

NORTH_KIVU = "COD-1898"
ALEPPO = "SYR-137"


# fighting told by where it was centred

def test_fighting_centred_on_villages_is_an_attack() -> None:
    text = ("On Saturday the fighting centred on the villages of Kitshanga and Mweso in "
            "Masisi territory, North Kivu.")
    assert ("attack", NORTH_KIVU) in ruled(text)


def test_fighting_concentrated_on_a_district_is_an_attack() -> None:
    text = "Fighting was concentrated on the Sheikh Maqsoud district of Aleppo on Tuesday."
    assert ("attack", ALEPPO) in ruled(text)


def test_talks_centred_on_villages_are_no_attack() -> None:
    text = ("On Saturday the talks centred on the villages of Kitshanga and Mweso in Masisi "
            "territory, North Kivu.")
    assert ("attack", NORTH_KIVU) not in ruled(text)


# another country's army named as backing the deed

def test_a_foreign_army_backing_a_capture_is_seen() -> None:
    text = ("The rebels captured the town of Masisi in North Kivu on Tuesday with the backing "
            "of the Rwandan army, local sources said.")
    assert ("unit_sighting", NORTH_KIVU) in ruled(text)


def test_support_from_a_foreign_army_is_seen() -> None:
    text = ("Witnesses said the rebels seized the town of Masisi in North Kivu on Tuesday with "
            "support from the Rwandan army.")
    assert ("unit_sighting", NORTH_KIVU) in ruled(text)


def test_a_foreign_backed_epithet_sees_no_army() -> None:
    text = "The Rwanda-backed rebels captured the town of Masisi in North Kivu on Tuesday."
    assert ("unit_sighting", NORTH_KIVU) not in ruled(text)


def test_a_home_army_backing_a_capture_is_no_sighting() -> None:
    text = ("Militias captured the town of Masisi in North Kivu on Tuesday with support from "
            "the Congolese army.")
    assert ("unit_sighting", NORTH_KIVU) not in ruled(text)
