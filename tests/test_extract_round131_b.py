"""Wordings of round one hundred and thirty-one (b), each sentence written fresh (not corpus
text): a site of the army named after its town ("the X army base", "the X army camp") is a
place in that town, though "the X army" alone still names the power ruling from X."""

from __future__ import annotations

from tests.extract_helpers import folded

DARFUR_SOUTH = "SDN-5856"
MOPTI = "MLI-2809"


# a site of the army named after its town

def test_the_town_army_base_stormed_is_an_attack_there() -> None:
    text = "Gunmen stormed the Douentza army base in central Mali on Friday."
    assert folded(text) == [("attack", MOPTI)]


def test_the_town_army_camp_stormed_is_an_attack_there() -> None:
    text = "Gunmen stormed the Douentza army camp in central Mali on Friday."
    assert folded(text) == [("attack", MOPTI)]


def test_the_town_army_alone_stays_the_power_ruling_there() -> None:
    text = "The Port Sudan army shelled Nyala on Sunday."
    assert folded(text) == [("attack", DARFUR_SOUTH)]

