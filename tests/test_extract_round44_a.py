"""Round forty-four (a): a "since" phrase closing a comparison ("the bloodiest day since
the siege began last year") bounds a record: its dates and recap words are not the
event's, which stays the news of its own day."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import places, ruled

PUBLISHED = dt.date(2025, 9, 30)
NORTH_DARFUR = "SDN-881"


def test_a_record_s_since_phrase_leaves_the_strike_as_news() -> None:
    text = ("On September 19, a drone killed more than 70 people in el-Fasher, one of the "
            "bloodiest days in the city since the militia began its siege in May last year.")
    assert ("attack", NORTH_DARFUR) in ruled(text, PUBLISHED)


DONETSK, SUMY = "UKR-327", "UKR-325"


def test_a_second_object_that_leaves_its_noun_out_keeps_its_own_place() -> None:
    text = ("The ministry said its troops had taken two villages in the Donetsk region and "
            "one in the northern Sumy region.")
    found = ruled(text, dt.date(2025, 5, 25))
    assert ("capture", DONETSK) in found and ("capture", SUMY) in found


DJIBO = "BFA-2806"
SAHEL_DAY = dt.date(2025, 5, 19)


def test_a_nationality_written_with_an_accent_names_its_country() -> None:
    text = "The Burkinabè army has taken back full control of the town of Djibo."
    assert ("capture", DJIBO) in ruled(text, SAHEL_DAY)


def test_a_recap_word_heading_a_participle_after_a_comma_leaves_the_deed_as_news() -> None:
    text = ("The army has taken back full control of the town of Djibo in Burkina Faso, "
            "once again showing its resolve.")
    assert ("capture", DJIBO) in ruled(text, SAHEL_DAY)


def test_forces_that_remain_a_noun_are_kept_nowhere() -> None:
    text = "In Djibo, in Burkina Faso, the forces remain the solid rampart against terror."
    assert ("troop_deployment", DJIBO) not in ruled(text, SAHEL_DAY)
    assert ("troop_deployment", DJIBO) in ruled("Troops remain in Djibo, Burkina Faso.",
                                               SAHEL_DAY)


def test_a_name_ending_like_a_superlative_closes_no_record() -> None:
    text = ("Two more deaths in Jenin brought the total to 510 killed in the West Bank since "
            "the war began, the health ministry said.")
    assert ("casualty_report", "WEB+00?") in places(text)


KURSK = "RUS-2362"


def test_a_party_s_footage_of_its_own_men_identifies_no_force() -> None:
    day = dt.date(2025, 3, 13)
    assert ("unit_sighting", KURSK) not in ruled(
        "The ministry released video of its soldiers in Sudzha in the Kursk region.", day)
    assert ("unit_sighting", KURSK) in ruled(
        "Video of North Korean soldiers in Sudzha in the Kursk region appeared online.", day)
