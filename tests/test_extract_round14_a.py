"""Wordings of retold news, each sentence written fresh (not corpus text): a province named
as a city's countryside, and a past perfect in a relative clause that describes what an
event touched rather than dating the event."""

from __future__ import annotations

from geoapp.extract.places import find_places
from tests.extract_helpers import places, ruled, trigger_types

RURAL_DAMASCUS, IDLIB = "SYR-144", "SYR-140"
OROMIA, WEST_BANK = "ETH-3131", "WEB+00?"


def _regions(text: str) -> list[str | None]:
    return [h.match.adm1_code for h in find_places(text, [], {"SY"})]


# 1. a province named as a city's countryside

def test_the_countryside_of_a_city_is_its_province() -> None:
    assert RURAL_DAMASCUS in _regions("Troops raided a farm in the Damascus countryside.")


def test_a_town_in_the_countryside_lies_in_that_province() -> None:
    text = ("Five people were killed when soldiers raided the village of Kafr Talla in the "
            "Damascus countryside on Monday.")
    assert ("attack", RURAL_DAMASCUS) in ruled(text)


def test_a_town_near_the_city_and_in_its_countryside_keeps_the_province() -> None:
    text = ("Raid on Kafr Talla near Damascus kills five\n\n"
            "Five people were killed when soldiers raided the village of Kafr Talla in the "
            "Damascus countryside on Monday.")
    found = ruled(text)
    assert ("attack", RURAL_DAMASCUS) in found
    assert ("attack", "SYR-4843") not in found


def test_a_city_before_countryside_names_its_province() -> None:
    assert IDLIB in _regions("Government artillery shelled farms in the Idlib countryside.")


# 2. a past perfect describing something the event touched

def test_perfect_in_a_relative_clause_after_the_event_is_no_recap() -> None:
    text = ("In Oromia region, clashes in the East Shewa zone ended hopes for a truce that had "
            "been raised by talks in the capital.")
    assert ("attack", OROMIA) in ruled(text)


def test_perfect_telling_the_event_itself_is_still_a_recap() -> None:
    text = "In Oromia region, rebels had attacked a police post in the East Shewa zone."
    assert ("attack", OROMIA) not in ruled(text)


def test_event_told_inside_the_relative_clause_stays_a_recap() -> None:
    text = ("Police in Oromia region arrested a man who had attacked a police post in the "
            "East Shewa zone.")
    assert ("attack", OROMIA) not in ruled(text)


# 3. forces described by where they stand, as the subject of another verb

def test_forces_named_by_where_they_are_deployed_are_no_deployment() -> None:
    text = ("The Russian marines deployed in the three hamlets, the blogger wrote, have run "
            "out of water near Kupiansk in the Kharkiv region.")
    assert "troop_deployment" not in {t for t, _ in ruled(text)}


def test_forces_stationed_there_as_subject_are_no_deployment() -> None:
    assert "troop_deployment" not in trigger_types(
        "The soldiers stationed at the crossing were cut off by the flood.")


def test_forces_deployed_told_as_news_stay_a_deployment() -> None:
    assert "troop_deployment" in trigger_types(
        "Russian troops deployed in the Kursk region, officials said.")
    assert "troop_deployment" in trigger_types(
        "The troops deployed in the Kursk region, which have lost many men.")


# 4. neither … nor

def test_reinforcements_counted_on_neither_are_none() -> None:
    assert "troop_deployment" not in trigger_types(
        "Trapped in the pocket, the garrison can hope neither for reinforcements nor for supplies.")


# 5. a toll counted since the operation the report tells began

def test_toll_since_the_operation_started_is_the_operations() -> None:
    text = ("Israeli forces pressed on with their raid on the Tulkarm camp in the occupied West "
            "Bank on Thursday, the third day of the operation.\n\n"
            "Health officials say nine Palestinians have been killed and 30 wounded since the "
            "operation began.")
    found = places(text)
    assert ("attack", WEST_BANK) in found
    assert ("casualty_report", WEST_BANK) not in found


def test_soldiers_lost_since_the_operation_began_stay_a_tally() -> None:
    text = ("Israeli forces raided the Tulkarm camp in the occupied West Bank on Thursday.\n\n"
            "The army says it has lost four soldiers in the West Bank since the operation "
            "began.")
    assert ("casualty_report", WEST_BANK) in places(text)


# 6. ground a force now holds, counted

def test_settlements_now_held_are_a_capture() -> None:
    text = ("Russian units are pressing on in the Sumy region and now hold six villages and "
            "some 40 square kilometres there, the ministry said.")
    assert ("capture", "UKR-325") in ruled(text)


def test_villages_still_held_are_no_capture() -> None:
    assert "capture" not in trigger_types("Ukrainian troops still hold three villages near the border.")


def test_now_holding_talks_is_no_capture() -> None:
    assert "capture" not in trigger_types("The two sides now hold talks every week in the capital.")


# 7. a region written with the French elided article

def test_region_after_the_french_elided_article_is_found() -> None:
    text = "Gangs set fire to homes in a commune of l'Artibonite overnight, police said."
    assert ("attack", "HTI-1384") in ruled(text)


def test_town_named_after_its_region_lies_there() -> None:
    text = ("Gunmen attacked residents of downtown Tiboule de l’Artibonite overnight, "
            "local radio said.")
    assert ("attack", "HTI-1384") in ruled(text)


# 8. people arrested, named at the head of a long subject

def test_people_heading_a_long_subject_are_arrested() -> None:
    assert "capture" in trigger_types(
        "Three men suspected of planting the roadside bomb near the market were arrested.")


def test_goods_detained_are_no_capture() -> None:
    assert "capture" not in trigger_types(
        "Two trucks of fuel bound for the front line were detained at the border crossing.")


# 9. fighting told as ongoing

def test_fighting_told_as_ongoing_is_an_attack() -> None:
    assert "attack" in trigger_types("Officials said fighting is still ongoing in the port town.")


def test_ongoing_talks_are_no_attack() -> None:
    assert "attack" not in trigger_types("Officials said talks are ongoing in the port town.")


# 10. "a day after" dates a strike, it is no daily rate

def test_strike_toll_a_day_after_another_is_no_national_tally() -> None:
    text = ("At least four people were killed by a drone strike in southern Lebanon on Tuesday, "
            "a day after the military struck across the area.")
    assert ("casualty_report", "LB") not in places(text)

