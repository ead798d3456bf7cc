"""Wordings of retold news, each sentence written fresh (not corpus text): a sentence
without a place of its own tied to the event just told by naming it again as an ambush or
a bombing, or by telling a response to it."""

from __future__ import annotations

import datetime as dt

from geoapp.extract.places import find_places
from geoapp.extract.rules import find_triggers
from tests.extract_helpers import ruled

KIDAL, CENTRE_NORD = "MLI-2689", "BFA-2825"
KHARKIV, DONETSK = "UKR-328", "UKR-327"


# 1. an ambush or a bombing named again

def test_troops_deployed_after_the_ambush_are_deployed_where_it_was() -> None:
    text = ("A police convoy was ambushed near Kaya on Thursday, a security source said. "
            "Residents said the gunmen fled on motorbikes. Soldiers were deployed hours after "
            "the ambush to hunt them down, the source added.")
    assert ("troop_deployment", CENTRE_NORD) in ruled(text)


def test_troops_deployed_with_nothing_tying_them_stay_unplaced() -> None:
    text = ("A police convoy was ambushed near Kaya on Thursday, a security source said. "
            "Residents said the gunmen fled on motorbikes. Soldiers were deployed hours later "
            "to hunt them down, the source added.")
    assert ("troop_deployment", CENTRE_NORD) not in ruled(text)


def test_arrests_after_the_bombing_are_made_where_it_was() -> None:
    text = ("A car bomb exploded at a checkpoint in Kidal on Friday, killing three guards.\n\n"
            "Four suspects were detained hours after the bombing, officials said.")
    assert ("capture", KIDAL) in ruled(text)


# 2. a response to what was just told

def test_prisoners_taken_during_the_armys_riposte_are_taken_there() -> None:
    text = ("Gunmen attacked a gendarmerie post in Kidal at dawn on Tuesday, the army said. "
            "During the army's riposte, seven assailants were killed and three others were "
            "captured, the statement added.")
    assert ("capture", KIDAL) in ruled(text)


def test_a_strike_in_response_lands_where_the_attack_was() -> None:
    text = ("Rebels overran an army outpost outside Kidal on Monday, residents said.\n\n"
            "In response, government jets bombed a ridge near the rebel camp.")
    assert ("attack", KIDAL) in ruled(text)


def test_a_sentence_without_a_tie_keeps_no_place() -> None:
    text = ("Rebels overran an army outpost outside Kidal on Monday, residents said.\n\n"
            "Government jets bombed a ridge near the rebel camp.")
    assert ("attack", KIDAL) not in ruled(text)


# 3. the first of several towns naming axes ("on the Siversk and Toretsk axes")

def test_the_first_town_of_a_list_of_axes_is_a_place() -> None:
    text = "Fierce fighting went on along the Vovchansk, Siversk and Toretsk axes on Sunday."
    assert [h.match.adm1_code for h in find_places(text, [], {"UA"})] == \
        [KHARKIV, DONETSK, DONETSK]


def test_the_first_of_two_axes_is_a_place() -> None:
    text = "The army said it repelled 30 assaults on the Vovchansk and Toretsk axes overnight."
    assert ("attack", KHARKIV) in ruled(text)


# 4. a fighting side's sites destroyed

def _cues(text: str) -> set[str]:
    return {t.cue for t in find_triggers(text)}


def test_hideouts_destroyed_are_struck_there() -> None:
    text = "In the Kidal region, two rebel hideouts and a fuel depot were destroyed on Sunday."
    assert ("attack", KIDAL) in ruled(text)


def test_special_forces_destroying_dugouts_strike_them() -> None:
    assert "positions destroyed" in _cues(
        "Special forces destroyed three dugouts and a command post near the river.")


def test_homes_destroyed_by_floods_are_no_struck_positions() -> None:
    assert "positions destroyed" not in _cues("Floods destroyed houses and camps on the plain.")


# 5. forces as armies, named past an aside between dashes, said to be "here"

def test_armies_massed_are_a_deployment() -> None:
    assert "troops deployed" in _cues("Two Russian armies were massed along the border.")


def test_an_aside_between_dashes_keeps_the_subject_near() -> None:
    assert "troops deployed" in _cues(
        "Two brigades - the 14th and the 92nd, both fresh from training in the rear - were "
        "moved up to the line.")


def test_forces_concentrated_here_are_where_the_speaker_is() -> None:
    text = ("Shelling hit the centre of Kramatorsk on Monday, the mayor said.\n\n"
            "\"The enemy outnumbers us. Three Russian brigades are concentrated here,\" a "
            "commander said.")
    assert ("troop_deployment", DONETSK) in ruled(text)


def test_here_introducing_a_list_ties_nothing() -> None:
    text = ("Shelling hit the centre of Kramatorsk on Monday, the mayor said.\n\n"
            "Here is what the governor said about fresh battalions concentrated on the line.")
    assert ("troop_deployment", DONETSK) not in ruled(text)


# 6. a date in a relative clause with no comma ("the raids that began in May")

def test_a_date_of_the_operations_that_began_earlier_is_not_the_deployments() -> None:
    text = ("On Tuesday, the army said it had quietly massed fresh brigades near Toretsk to "
            "widen the raids that started last October.")
    assert ("troop_deployment", DONETSK) in ruled(text, published=dt.date(2025, 9, 4))


def test_a_date_said_to_be_the_deployments_own_stays_a_recap() -> None:
    text = ("The army said that fresh brigades were massed near Toretsk in May to widen the "
            "raids.")
    assert ("troop_deployment", DONETSK) not in ruled(text, published=dt.date(2025, 9, 4))


# 7. people giving themselves up, and "another" of the people just told

def test_fighters_turning_themselves_in_are_taken() -> None:
    assert "taken prisoner" in _cues("Twelve rebel fighters turned themselves in to the police.")


def test_another_gunman_giving_himself_up_is_taken_where_the_raid_was() -> None:
    text = ("Police raided a safe house in Kidal on Saturday, the governor said. Two gunmen "
            "were shot dead as they ran. Another gunman gave himself up, officers said.")
    assert ("capture", KIDAL) in ruled(text)
