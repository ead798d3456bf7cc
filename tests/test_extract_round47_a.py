"""Round forty-seven (a): an army's losses "in the fighting yesterday and today" are a
tally over a spell, not the toll of one fight; a part of a country set off by a comma after
that country as where soldiers were sent ("killed two soldiers sent to Russia, in the Kursk
region") is where the deed was done, and the sending no deployment; a side's claim to have
killed so many soldiers, with no spell, is an attack told by its toll; a facility named by
its town with capitals ("Atbara Airport") names that town; places where the power went out
after a strike elsewhere are no places of the strike."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import proposed, ruled

PUBLISHED = dt.date(2025, 1, 31)
KURSK = "RUS-2362"
RIVER_NILE = "SDN-877"
GEDAREF = "SDN-876"
KASSALA = "SDN-884"


def _found(text: str) -> set[tuple[str, str | None]]:
    return {(c.event.event_type, c.event.adm1_code) for c in proposed(text, PUBLISHED)}


def test_an_armys_losses_in_two_days_of_fighting_are_a_tally() -> None:
    text = ("The commander said that in the fighting yesterday and today near one village in "
            "the Kursk region, the enemy army lost up to 300 soldiers.")
    found = _found(text)
    assert ("casualty_report", KURSK) in found
    assert ("attack", KURSK) not in found


def test_a_region_set_off_after_the_country_soldiers_were_sent_to_is_the_deeds() -> None:
    text = ("The special forces said on Friday that they had killed two foreign soldiers "
            "sent to Russia, in the Kursk region.")
    found = _found(text)
    assert ("attack", KURSK) in found
    assert ("troop_deployment", KURSK) not in found


def test_soldiers_killed_in_combat_stay_a_tally() -> None:
    text = ("The regiment said on Friday that it had killed 40 foreign soldiers in combat in "
            "the Kursk region.")
    found = _found(text)
    assert ("casualty_report", KURSK) in found
    assert ("attack", KURSK) not in found


def test_a_facility_named_by_its_town_places_the_strike() -> None:
    text = ("Drones hit a fuel depot near the border and targeted Atbara Airport, where they "
            "caused no damage, activists in Sudan said.")
    assert ("attack", RIVER_NILE) in ruled(text, PUBLISHED)


def test_places_the_power_went_out_in_are_no_strike_places() -> None:
    text = ("Drones struck a transformer station in Gedaref state on Friday, witnesses in "
            "Sudan said. \"The drones hit the station, and power went out in Gedaref and "
            "Kassala,\" one witness said.")
    found = _found(text)
    assert ("attack", GEDAREF) in found
    assert ("attack", KASSALA) not in found
