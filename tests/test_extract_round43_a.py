"""Round forty-three (a): an account forces "posted on social media" posts no force; a gerund
subject of a modal ("being taken prisoner would be seen as …") is talked of, not told; a
deed done "before" (a bare adverb) is a recap; a capital let to act ("an arrangement that let
Kyiv ship grain") or walking away from a deal is its government; a battle told by its end
("died down") was fought; soldiers who "belonged to" a numbered formation show it there and
were sent nowhere; a place naming a news outlet's community ("a local Karen news outlet")
places nothing; what happened "during the war" is the war's toll, a recap."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import places

PUBLISHED = dt.date(2025, 1, 14)
KURSK = "RUS-2362"
KHARTOUM = "SDN-874"


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return places(text, PUBLISHED, None)


def _types(text: str) -> set[str]:
    return {kind for kind, _ in _kinds(text)}


# 1. an account posted on social media posts no force

def test_an_account_forces_posted_on_social_media_is_no_deployment() -> None:
    text = ("In Kursk region a soldier blew himself up, according to an account that the "
            "special forces posted on social media on Monday.")
    assert "troop_deployment" not in _types(text)


def test_troops_sent_and_told_on_social_media_are_still_deployed() -> None:
    text = "North Korea sent troops to Kursk region, the Ukrainian military said on social media."
    assert ("troop_deployment", KURSK) in _kinds(text)


# 2. a gerund as the subject of a modal is talked of, not told

def test_a_gerund_subject_of_would_is_no_capture() -> None:
    text = ("For many of the soldiers in Kursk region, he said, being taken prisoner and then "
            "sent back home would be seen as a worse fate than death.")
    assert "capture" not in _types(text)


def test_a_capture_after_being_is_still_told() -> None:
    text = ("After being taken prisoner in Kursk region, the soldier was questioned, and he "
            "would later speak to reporters.")
    assert ("capture", KURSK) in _kinds(text)


# 3. a deed done "before", a bare adverb, is a recap

def test_a_deed_done_before_is_no_news() -> None:
    text = '"We drove them out of Khartoum before, and we will drive them out again," he said.'
    assert "capture" not in _types(text)


def test_the_night_before_still_tells_news() -> None:
    text = "Army troops drove the rebels out of Khartoum the night before, a spokesman said."
    assert ("capture", KHARTOUM) in _kinds(text)


def test_a_place_not_entered_before_is_still_news() -> None:
    text = ("On Monday, army tanks shelled the edge of Khartoum, an area they had not entered "
            "before, killing three people.")
    assert ("attack", KHARTOUM) in _kinds(text)


# 4. a capital let to act, or walking away from a deal, is its government

def test_a_capital_let_to_act_places_no_attack_told_after() -> None:
    text = ("Since an arrangement that let Kyiv ship grain across the sea fell apart in July, "
            "the river has become the main route. A fire caused by the attack had been put "
            "out quickly.")
    assert _kinds(text) == []


def test_a_capital_that_walked_away_from_a_deal_places_no_attack() -> None:
    text = ("The meeting is about the grain agreement that Moscow walked away from in July. "
            "An official called the strike part of a wider effort to provoke a food crisis.")
    assert _kinds(text) == []


# 5. a battle told by its end was fought

def test_a_battle_that_died_down_was_an_attack() -> None:
    text = ("When a battle in the west of Russia's Kursk region died down this week, special "
            "forces searched the area.")
    assert ("attack", KURSK) in _kinds(text)


def test_tensions_that_died_down_are_no_attack() -> None:
    assert "attack" not in _types("Tensions in Kursk region died down this week.")


# 6. soldiers who belonged to a numbered formation: seen, not sent

def test_soldiers_who_belonged_to_a_division_show_it_not_a_deployment() -> None:
    text = ("In Kursk region, the 23 soldiers who surrendered belonged to a 50-strong "
            "reinforcement unit of the army's 22nd Division, the ministry said.")
    kinds = _kinds(text)
    assert ("unit_sighting", KURSK) in kinds
    assert "troop_deployment" not in {k for k, _ in kinds}


# 7. a place naming a news outlet's community places nothing

def test_a_place_naming_a_news_outlet_is_no_place_of_the_attack() -> None:
    text = ("The junta answered the attack with airstrikes that killed two children, the "
            "Karen Information Center, a local Karen news outlet, reported.")
    assert ("attack", "MMR-3266") not in _kinds(text)


# 8. what happened during the war is the war's toll

def test_people_forced_from_their_homes_during_the_war_is_a_recap() -> None:
    text = ("Most of the 2.4 million people of the Gaza Strip have been forced from their "
            "homes at least once during the war.")
    assert "other" not in _types(text)


def test_people_forced_from_their_homes_on_monday_are_news() -> None:
    text = "Some 2,000 people in the Gaza Strip were forced from their homes on Monday."
    assert "other" in _types(text)
