"""Wordings of round 93 (a), each sentence written fresh (not corpus text): resources or
efforts put on taking ground (an aim, no force moved), a force's control named as a noun
with a participle for its course (a holding described), and a capitalised name's word
read as a national tally's rate word."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled

ZAPORIZHZHIA, KASSALA, MALI = "UKR-331", "SDN-884", "ML"


# 1. resources or efforts concentrated on taking ground: the aim of forces already there

def test_resources_concentrated_on_seizing_towns_are_no_deployment_nor_capture() -> None:
    text = ("Officials said the Zaporizhzhia region is where Russian troops are "
            "concentrating their resources on seizing two large towns.")
    assert ruled(text) == []


def test_troops_concentrating_near_a_town_stay_a_deployment() -> None:
    # near miss: forces gathered at a place, no task named
    text = "Officials said Russian troops are concentrating near Huliaipole in the Zaporizhzhia region."
    assert ("troop_deployment", ZAPORIZHZHIA) in folded(text)


def test_resources_concentrated_on_a_named_town_stay_a_deployment() -> None:
    # near miss: the effort put on a place, not on a task
    text = ("Officials said Russian troops are concentrating their resources on Huliaipole "
            "in the Zaporizhzhia region.")
    assert ("troop_deployment", ZAPORIZHZHIA) in folded(text)


# 2. "X's expanding control of Y" as a noun phrase: a holding described, no taking told

def test_possessive_expanding_control_is_no_capture() -> None:
    text = "Analysts say the militia's expanding control of Kassala state carries major risks for the east."
    assert ("capture", KASSALA) not in ruled(text)


def test_its_tightening_hold_over_a_state_is_no_capture() -> None:
    text = "Its tightening hold over Kassala state worries aid agencies, the analysts wrote."
    assert ("capture", KASSALA) not in ruled(text)


def test_control_expanded_as_a_verb_stays_a_capture() -> None:
    # near miss: the participle is the verb, the possessive after it
    text = "Analysts say the militia has been expanding its control of Kassala state in recent days."
    assert ("capture", KASSALA) in ruled(text)


# 3. a rate word inside a name ("an account called Daily …") makes no national tally

def test_daily_in_a_channel_name_makes_no_national_toll() -> None:
    text = ("A channel called Daily Frontline said on Monday that militants had ambushed an "
            "army convoy in Mali, leaving 31 dead.")
    assert ("casualty_report", MALI) not in ruled(text)


def test_a_weekly_toll_for_the_country_stays_national() -> None:
    # near miss: the rate told in lower case
    text = "Militants have killed 31 soldiers in Mali this week, the army said on Monday."
    assert ("casualty_report", MALI) in ruled(text)


def test_a_rate_word_opening_the_sentence_still_counts() -> None:
    # near miss: a capital only because it opens the sentence
    text = "Total losses: 31 soldiers have been killed in Mali, the army said on Monday."
    assert ("casualty_report", MALI) in ruled(text)
