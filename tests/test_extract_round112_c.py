"""Wordings of round one hundred and twelve (c), each sentence written fresh (not corpus
text): forces a side gained on the way to its deed, told by a gerund after "after" or
"before" ("attacked the town at dawn after receiving reinforcements", "after massing
troops"), are a deployment of their own, not a phrase of time; reinforcements a place is
cut off from ("the town is isolated from reinforcements") are kept from coming, none sent."""

from __future__ import annotations

from tests.extract_helpers import ruled

KHARKIV = "UKR-328"
WEST_KORDOFAN = "SDN-882"


# forces gained on the way to the deed

def test_reinforcements_received_before_an_assault_are_deployed() -> None:
    text = ("The militia stormed the garrison in Babanusa on Thursday night after receiving "
            "fresh reinforcements, residents said.")
    assert ("troop_deployment", WEST_KORDOFAN) in ruled(text)


def test_troops_massed_before_an_assault_are_deployed() -> None:
    text = "The RSF shelled Babanusa on Sunday after massing troops on the edge of the town."
    assert ("troop_deployment", WEST_KORDOFAN) in ruled(text)


def test_reinforcements_received_months_before_stay_the_setting() -> None:
    text = ("The militia stormed the garrison in Babanusa on Thursday night, months after "
            "receiving fresh reinforcements, residents said.")
    assert ("troop_deployment", WEST_KORDOFAN) not in ruled(text)


def test_an_assault_after_a_deployment_named_as_a_noun_sends_no_one() -> None:
    text = ("The militia stormed the garrison in Babanusa on Thursday night after the "
            "deployment of troops, residents said.")
    assert ("troop_deployment", WEST_KORDOFAN) not in ruled(text)


# reinforcements a place is cut off from

def test_a_town_isolated_from_reinforcements_gets_none() -> None:
    text = ("The roads north of Kupiansk have been cut and the garrison is now isolated from "
            "reinforcements, the Russian commander said.")
    assert ("troop_deployment", KHARKIV) not in ruled(text)


def test_a_town_cut_off_from_resupply_and_reinforcements_gets_none() -> None:
    text = ("Ukrainian units in Kupiansk were cut off from resupply and reinforcements on "
            "Tuesday, the Russian commander said.")
    assert ("troop_deployment", KHARKIV) not in ruled(text)


def test_reinforcements_sent_to_a_town_once_cut_off_are_deployed() -> None:
    text = ("Kyiv moved reinforcements into Kupiansk on Tuesday after the town was almost cut "
            "off, the Ukrainian commander said.")
    assert ("troop_deployment", KHARKIV) in ruled(text)
