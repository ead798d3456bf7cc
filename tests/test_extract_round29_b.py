"""Places and backgrounds in wordings the rules misread, each sentence written fresh (not
corpus text): a village's namesake in a country the report never names; an all-caps
dateline before a hyphen."""

from __future__ import annotations

from geoapp.extract.dateline import find_dateline
from tests.extract_helpers import places, ruled, trigger_types  # noqa: F401

YATENGA = "BFA-2823"
BELGOROD = "RUS-2370"
MOSCOW = "RUS-2365"


# 1. a village whose only namesake lies in a country the report never names, far from
# every other place it names, is no place of the report

def test_a_village_with_a_namesake_far_abroad_is_not_placed_there() -> None:
    found = ruled(
        "Jihadists attacked an army camp in Yatenga province in Burkina Faso on Monday. On "
        "Tuesday soldiers opened fire on villagers in Soro, residents said. Omar Hassan, a "
        "rights researcher, said the army must be held to account.")
    assert not any(code and code.startswith("IND") for _, code in found)
    assert ("attack", YATENGA) in found


# 2. an all-caps place before a spaced hyphen under a headline is where the report was
# filed, not where its events happened

def test_an_all_caps_place_before_a_hyphen_is_a_dateline() -> None:
    line = find_dateline("Missile debris kills 9 in Russian city\n\nMOSCOW - At least nine "
                         "people were killed on Sunday.")
    assert line is not None and line.place == "MOSCOW"


def test_a_flag_word_before_a_hyphen_is_no_dateline() -> None:
    assert find_dateline("Missile debris kills 9\n\nURGENT - At least nine people were "
                         "killed on Sunday.") is None


def test_a_hyphen_dateline_does_not_place_the_lead_s_event() -> None:
    found = ruled(
        "Missile debris kills nine in Russian city\n\n"
        "MOSCOW - At least nine people were killed on Sunday when a block of flats in Russia "
        "collapsed after it was hit by debris of a downed missile, officials said.\n\n"
        "The attack on the Belgorod region was among the deadliest this year.")
    assert ("attack", BELGOROD) in found
    assert not any(code == MOSCOW for _, code in found)


# 3. an opening "Having taken …," clause recaps what came before the news it leads to

def test_an_opening_having_retaken_clause_is_background() -> None:
    found = ruled(
        "Having retaken the town of Hpruso, junta troops on Tuesday shelled villages in "
        "Kayah State, residents said.")
    assert "capture" not in {t for t, _ in found}
    assert "attack" in {t for t, _ in found}


# 4. a moment that "had arrived" is no force arriving

def test_a_moment_that_arrived_deploys_no_one() -> None:
    assert "troop_deployment" not in trigger_types(
        "Addressing the people of the next town, the rebel leader told them that their "
        "moment had now arrived.")


def test_troops_that_arrived_are_still_deployed() -> None:
    assert "troop_deployment" in trigger_types(
        "Hundreds of troops arrived in the town on Monday, residents told them.")
