"""Wordings real reports used that the rules misread, each written fresh (not corpus text):
fighters who swept into a village and killed there, forces named by a deployment participle
before them, small groups named by their task present at a place, a past perfect after an
opening "Earlier," and a victim's age told as a length."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled

KURSK, BELGOROD, KHARKIV, SOUTH_KORDOFAN = "RUS-2362", "RUS-2370", "UKR-328", "SDN-882"


def test_fighters_who_swept_into_a_village_and_killed_there_took_no_ground() -> None:
    found = ruled("Militia fighters swept into the village of Kadugli in South Kordofan "
                  "on Monday and shot dead five farmers.")
    assert ("capture", SOUTH_KORDOFAN) not in found
    assert ("attack", SOUTH_KORDOFAN) in found
    # a sweep into a town with no deed told there still takes it
    assert ("capture", SOUTH_KORDOFAN) in ruled(
        "Militia fighters swept into the town of Kadugli in South Kordofan on Monday.")


def test_forces_named_by_a_deployment_participle_before_them_are_not_sent() -> None:
    found = ruled("A general said on Monday that losses among the deployed soldiers in the "
                  "Kursk region had risen to a third.")
    assert ("troop_deployment", KURSK) not in found
    # the verb of a sending still deploys them
    assert ("troop_deployment", KURSK) in ruled(
        "Moscow deployed soldiers to the Kursk region on Monday, a general said.")


def test_small_groups_named_by_their_task_are_seen_where_present() -> None:
    found = ruled("Russian sabotage groups are present in the eastern districts of "
                  "Kupiansk, drone footage shows.")
    assert ("unit_sighting", KHARKIV) in found
    # groups of another kind are no force
    assert ("unit_sighting", KHARKIV) not in ruled(
        "Russian charity groups are present in the eastern districts of "
        "Kupiansk, drone footage shows.")


def test_a_past_perfect_after_an_opening_earlier_is_the_days_news() -> None:
    text = ("Earlier, Ukrainian drones had struck the village of Borisovka in the Belgorod "
            "region, injuring two men.")
    assert ("attack", BELGOROD) in ruled(text)
    # "earlier this month" reaches back weeks: still a recap
    assert ("attack", BELGOROD) not in ruled(
        text.replace("Earlier,", "Earlier this month,"))


def test_a_victims_age_told_as_a_length_is_no_period() -> None:
    text = ("Ukrainian drones struck the village of Borisovka in the Belgorod region on "
            "Sunday, injuring two people, among them a boy of 14 months.")
    assert folded(text) == [("attack", BELGOROD)]
    # a toll counted over months is a tally
    assert ("casualty_report", BELGOROD) in folded(
        "Ukrainian drones have struck the village of Borisovka in the Belgorod region over "
        "14 months, injuring two people.")
