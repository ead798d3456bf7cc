"""Round 92, batch d (t2045–t2054), each sentence written fresh (not corpus text):

1. a front sector written as an all-caps heading opening its paragraph ("KHARKIV AXIS.",
   "ZAPORIZHZHIA FRONT.") names its place, even a short name ("SUMY AXIS."): the section
   under it happens there; an all-caps acronym ("NATO") stays no place;
2. forces "pushing out of" a place with nothing between move out of it on their own
   advance: no force is driven out, no capture; "pushed the defenders out of" a village
   and "were pushed out of" it still are;
3. weapons told as "hitting" or "hammering" a place (artillery, drones) strike it, as
   "hit" does; "hitting" with no weapon ("prices are hitting a record") is no attack.
"""

from __future__ import annotations

from tests.extract_helpers import ruled, trigger_types

SUMY, KHARKIV_OBLAST, ZAPORIZHZHIA, DONETSK = "UKR-325", "UKR-328", "UKR-331", "UKR-327"
KHERSON = "UKR-4827"


# 1. an all-caps sector heading

def test_short_all_caps_sector_heading_places_its_section() -> None:
    text = ("Daily front summary\n\n"
            "SUMY AXIS. Russian troops attacked Ukrainian positions near the city on Monday, "
            "the ministry said.\n\n"
            "KHARKIV AXIS. Russian units attacked near the city on Tuesday.")
    got = ruled(text)
    assert ("attack", SUMY) in got
    assert ("attack", KHARKIV_OBLAST) in got


def test_all_caps_front_heading_places_its_section() -> None:
    text = ("Daily front summary\n\n"
            "ZAPORIZHZHIA FRONT. Russian troops attacked Ukrainian positions near the city on "
            "Tuesday, the ministry said.")
    assert ("attack", ZAPORIZHZHIA) in ruled(text)


def test_all_caps_acronym_before_a_heading_word_is_no_place() -> None:
    text = ("Daily front summary\n\n"
            "NATO SECTOR. Russian troops attacked Ukrainian positions near the city on "
            "Tuesday, the ministry said.")
    assert not [p for p in ruled(text) if p[1] and p[1].startswith("UKR")]


# 2. pushing out of a place

def test_forces_pushing_out_of_a_village_take_nothing() -> None:
    text = "Russian troops keep pushing out of Troyanda towards Pokrovsk, the channel said."
    assert "capture" not in trigger_types(text)


def test_forces_pushing_defenders_out_of_a_village_capture_it() -> None:
    text = "Russian troops pushed Ukrainian units out of Troyanda near Pokrovsk on Monday."
    assert ("capture", DONETSK) in ruled(text)


def test_forces_pushed_out_of_a_village_lost_it() -> None:
    text = "Ukrainian units were pushed out of Troyanda near Pokrovsk on Monday."
    assert "capture" in trigger_types(text)


# 3. weapons hitting a place

def test_artillery_and_drones_hitting_a_city_strike_it() -> None:
    text = "Russian artillery and drones are hitting the southern districts of Kherson."
    assert ("attack", KHERSON) in ruled(text)


def test_prices_hitting_a_record_are_no_attack() -> None:
    text = "In Kherson, food prices are hitting a record this winter, traders said."
    assert "attack" not in trigger_types(text)
