"""Wordings of wire copy and field reports, each sentence written fresh (not corpus text): a
dateline of a city and its country before a colon, or of a city in title case before a
dash under a headline and a standfirst, is where the report was filed, and a bureau
abroad places none of its events; troops attacked "as they were coming back" from
somewhere were moving, not deployed; attackers "identified as" fighters of a group are
the attack's authors named, no unit seen."""

from __future__ import annotations

from geoapp.extract.dateline import find_dateline
from tests.extract_helpers import places, trigger_types

KIDAL, AFAR = "MLI-2689", "ETH-3111"


# 1. datelines: a city and its country before a colon; a titled city before a dash

def test_a_city_and_its_country_before_a_colon_is_a_dateline() -> None:
    found = find_dateline("Convoy hit in the desert\n\nNIAMEY, Niger: Rebels attacked an army "
                          "convoy on Sunday, the army said.")
    assert found is not None and found.place == "NIAMEY"


def test_a_capitals_heading_after_a_colon_is_no_dateline() -> None:
    found = find_dateline("[from a local channel]\n\nPAUK TOWNSHIP (MAGWE): ARMY RAIDS FIVE "
                          "VILLAGES\n\nThe army raided five villages on Monday.")
    assert found is None or found.agency is None


def test_a_titled_city_before_a_dash_under_a_standfirst_is_a_dateline() -> None:
    text = ("Regional government accuses rebels of raid\n\n"
            "Officials say villages were shelled and warn of a response.\n\n"
            "Addis Abeba – The regional government has accused the rebels of shelling "
            "villages in the Afar region on Monday.")
    found = find_dateline(text)
    assert found is not None and found.place == "Addis Abeba"


def test_a_titled_place_before_a_dash_in_a_later_paragraph_is_no_dateline() -> None:
    text = ("Front update\n\nThe army reported heavy fighting.\n\nThe general staff gave "
            "figures.\n\nPokrovsk – Russian forces attacked twelve times on Monday.")
    assert find_dateline(text) is None


def test_a_bureau_abroad_places_no_event_of_the_lead() -> None:
    found = places("Convoy ambushed in the north\n\nDAKAR, Senegal: Separatist fighters "
                   "clashed on Friday with Malian troops in the north of the country, both "
                   "sides said.\n\nThe army said the fighting took place in the Kidal region, "
                   "where a logistics convoy came under attack at dawn.")
    assert ("attack", KIDAL) in found
    assert not any(code and code.startswith("SEN") for _, code in found)


def test_a_capital_dateline_under_a_standfirst_places_no_event() -> None:
    found = places("Regional government accuses rebels of raid\n\n"
                   "Officials say villages were seized and warn of a response.\n\n"
                   "Addis Abeba – The government of the Afar region has accused rebel forces "
                   "of a cross-border attack, saying they took control of six villages.\n\n"
                   "The statement said the rebels crossed into the Afar region on Tuesday "
                   "and opened fire on herders.")
    assert ("capture", AFAR) in found
    assert all(code == AFAR for _, code in found)


# 2. the victims' movement in a temporal clause

def test_troops_ambushed_as_they_were_coming_back_were_not_deployed() -> None:
    found = trigger_types("Rebel forces ambushed army troops near the town as they were coming back "
                   "from a supply run.")
    assert found == {"attack"}


def test_troops_attacked_while_returning_from_the_front_were_not_deployed() -> None:
    found = trigger_types("Gunmen attacked the soldiers while they were returning from the front.")
    assert "troop_deployment" not in found


def test_troops_back_from_a_mission_are_still_deployed() -> None:
    assert "troop_deployment" in trigger_types("The brigade came back from the border region.")


# 3. attackers identified as fighters of a group, in the passive

def test_attackers_identified_as_fighters_are_no_sighting() -> None:
    assert "unit_sighting" not in trigger_types("The attackers were identified as fighters of an "
                                         "armed group that operates in the east.")


def test_gunmen_identified_as_fighters_are_no_sighting() -> None:
    assert "unit_sighting" not in trigger_types("The assailants were identified as fighters of the "
                                         "rebel group, officials said.")


def test_troops_identified_near_a_town_are_still_seen() -> None:
    assert "unit_sighting" in trigger_types("Enemy troops were identified near the town on Monday.")
