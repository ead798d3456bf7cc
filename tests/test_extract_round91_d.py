"""Round 91, batch d (t2005–t2014), each sentence written fresh (not corpus text):

1. forces told as keeping a presence in a place ("the army maintains a presence in the
   region") are seen there, a unit sighting; not a mission or a country, nor a presence
   only wanted or to come;
2. a capital standing for its government that "had recovered" a share of a town or
   ground is the side that took it, not the place a following deed happens in; a capital
   that "has recovered" from a strike is still the place;
3. a weapon traced to a force ("the drone had been identified as coming from the army")
   names who fired it, no force seen; a drone filming troops still sees them.
"""

from __future__ import annotations

from tests.extract_helpers import folded, ruled

KURSK, BELGOROD = "RUS-2362", "RUS-2370"
KHARKIV_OBLAST, KYIV_CITY = "UKR-328", "UKR-4826"


# 1. a presence kept

def test_troops_keeping_a_presence_are_seen_there() -> None:
    text = ("The general told reporters on Tuesday that Ukrainian troops still maintain a "
            "presence in the Kursk region.")
    assert ("unit_sighting", KURSK) in ruled(text)


def test_army_keeping_a_presence_in_two_regions_is_seen_in_each() -> None:
    text = ('The commander said on Monday that "the army keeps a presence in the Kursk and '
            'Belgorod regions".')
    found = ruled(text)
    assert ("unit_sighting", KURSK) in found
    assert ("unit_sighting", BELGOROD) in found


def test_mission_or_wanted_presence_is_no_sighting() -> None:
    assert ("unit_sighting", KURSK) not in ruled(
        "The Red Cross maintains a presence in the Kursk region, its spokesman said.")
    assert ("unit_sighting", KURSK) not in ruled(
        "The army wants to maintain a presence in the Kursk region, the general said.")


# 2. a capital that recovered ground

def test_capital_that_recovered_ground_is_not_the_place() -> None:
    text = ("The commander told allies on Friday that Kyiv had recovered about 80% of "
            "Kupiansk. Moscow's defence minister said Russian troops were beating back "
            "Ukrainian attempts to retake the city.")
    found = ruled(text)
    assert ("attack", KYIV_CITY) not in found
    assert ("attack", KHARKIV_OBLAST) in found


def test_capital_that_recovered_from_a_strike_is_still_the_place() -> None:
    text = "Kyiv has recovered from the night's drone attack, in which two people were killed."
    assert ("attack", KYIV_CITY) in folded(text)


# 3. a weapon traced to a force

def test_drone_traced_to_forces_is_no_sighting() -> None:
    text = ("A drone hit a car near Rylsk in the Kursk region on Sunday. Officials said the "
            "drone had been identified as coming from Ukrainian forces.")
    assert ("unit_sighting", KURSK) not in ruled(text)
    assert ("attack", KURSK) in ruled(text)


def test_drone_filming_troops_still_sees_them() -> None:
    text = "The drone filmed Russian troops near Sudzha in the Kursk region on Monday."
    assert ("unit_sighting", KURSK) in ruled(text)
