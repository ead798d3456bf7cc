"""Wordings of round ninety-eight (e), each sentence written fresh (not corpus text): a
works named after its town by what it makes ("the Kostiantynivka Metallurgical Plant")
lies in that town, not a longer proper name; "liberated the grounds of" a site takes the
site; fighters killed "there" or "in this operation", right after one operation is told,
are that operation's toll, not a force's tally."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled

DONETSK = "UKR-327"
KHARKIV = "UKR-328"
MIDDLE_SHABELLE = "SOM-2410"


# a works named after its town: where it lies

def test_a_works_named_after_its_town_places_the_strike() -> None:
    text = ("Russian glide bombs struck the Kostiantynivka Metallurgical Plant on Friday, "
            "the regional governor said.")
    assert ("attack", DONETSK) in ruled(text)


def test_a_newspaper_named_after_a_city_places_nothing() -> None:
    text = "The Kyiv Independent reported on Friday that drones had hit a warehouse."
    assert ruled(text) == []


# the grounds of a site taken

def test_the_grounds_of_a_site_liberated_are_a_capture() -> None:
    text = ("Ukrainian special forces liberated the premises of the old Kupiansk brewery "
            "after three days of fighting.")
    assert ("capture", KHARKIV) in ruled(text)


def test_men_freed_on_the_grounds_of_a_ruling_take_no_ground() -> None:
    text = "A court in Kharkiv freed the two men on the grounds of insufficient evidence."
    assert ("capture", KHARKIV) not in ruled(text)


# fighters killed in the one operation just told: its toll

def test_fighters_killed_there_after_an_operation_are_its_toll() -> None:
    text = ("Somali forces carried out two operations against Al-Shabaab this week.\n\n"
            "The first took place near the town of Jowhar, where the militants had massed "
            "at a farm. Some 30 Al-Shabaab fighters were killed there.")
    assert folded(text) == [("attack", MIDDLE_SHABELLE)]


def test_fighters_killed_in_this_action_are_its_toll() -> None:
    text = ("Somali forces carried out two operations against Al-Shabaab this week.\n\n"
            "The second was conducted in a forest outside Jowhar. In this joint action near "
            "Jowhar by government troops and their partners, more than 20 Al-Shabaab "
            "militants were killed.")
    assert folded(text) == [("attack", MIDDLE_SHABELLE)]


def test_fighters_killed_over_a_month_stay_a_tally() -> None:
    text = "Over the past month, 25 Al-Shabaab militants were killed near Jowhar, the army said."
    assert folded(text) == [("casualty_report", MIDDLE_SHABELLE)]
