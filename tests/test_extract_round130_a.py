"""Wordings of round one hundred and thirty (a), each sentence written fresh (not corpus
text): a capital handed a gain of war ("holding it could give Moscow a route") is the power
that would gain, no place a later sentence's unplaced deed may take; a taking a side had
"ambitions of" or "hopes of" is wished, not done; a numbered item's bare title ("1. The
raid.") tells no event of its own, its body does."""

from __future__ import annotations

from tests.extract_helpers import ruled

MOSCOW = "RUS-2365"
DONETSK = "UKR-327"
KASSALA = "SDN-884"
KACHIN = "MMR-3296"
SHAN = "MMR-3277"


# a capital handed a route, a foothold or a springboard

def test_a_capital_given_a_route_is_no_place_of_the_next_deed() -> None:
    text = ("The town guards the river crossing, and taking it would give Moscow a route "
            "for deeper advances.\n\nRussian troops keep mounting assaults on the town.")
    assert ("attack", MOSCOW) not in ruled(text)


def test_a_strike_on_moscow_stays_there() -> None:
    text = ("Drones gave Moscow a sleepless night.\n\nUkrainian drones struck an oil depot in "
            "Moscow overnight.")
    assert ("attack", MOSCOW) in ruled(text)


# a taking hoped for

def test_ambitions_of_taking_a_region_are_no_capture() -> None:
    text = ("The defeat at the bridge has ended the militia's ambitions of seizing Kassala "
            "state.")
    assert ("capture", KASSALA) not in ruled(text)


def test_a_region_seized_stays_a_capture() -> None:
    text = "The militia took control of Kassala state on Monday."
    assert ("capture", KASSALA) in ruled(text)


# a numbered item's bare title

def test_a_numbered_items_bare_title_tells_no_event() -> None:
    text = ("Mabein falls to rebels\n\nWhat happened\n\n1. The ambush. Rebel fighters said "
            "the operation began on Friday.\n2. Mabein. Rebels captured Mabein in Shan state "
            "on Sunday.")
    assert ("attack", SHAN) not in ruled(text)
    assert ("capture", SHAN) in ruled(text)


def test_a_numbered_item_that_names_its_place_stays() -> None:
    text = ("Fighting in the north\n\n1. Shelling in Mansi township, Kachin state. Army guns "
            "hit the township on Friday.")
    assert ("attack", KACHIN) in ruled(text)
