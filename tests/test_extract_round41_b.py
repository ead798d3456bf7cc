"""Round forty-one (b): a negated phrase that lists its places by name denies them all; a
claim made the subject of its sentence is weighed, not told; statements said still to need
checking are hedged; fighters who reached someone's house, and a unit sent to fetch the dead,
are no deployment, while one military unit sent somewhere is; a past perfect after "it came
after" orders the news, no recap; a toll in an unnamed region of a country is no national
tally; forces that swept into a town, or were taking it when something else happened, took
it."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import places

PUBLISHED = dt.date(2025, 10, 30)
KHERSON = "UKR-4827"
DONETSK = "UKR-327"


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return places(text, PUBLISHED, None)


def _types(text: str) -> set[str]:
    return {kind for kind, _ in _kinds(text)}


# 1. "none of the villages, A, B or C, had been captured": the list is the negated phrase

def test_a_negated_phrase_listing_its_villages_denies_their_capture() -> None:
    text = ("The army said in its evening report that none of the villages named earlier, "
            "Myrne, Fedorivka, Vesele or Nopil, had been captured by the enemy in Donetsk "
            "region.")
    assert "capture" not in _types(text)


def test_a_capture_after_a_negated_clause_is_still_told() -> None:
    text = ("No one was hurt, officials said, but Russian troops captured the village of "
            "Myrne in Donetsk region.")
    assert ("capture", DONETSK) in _kinds(text)


# 2. a claim as the sentence's subject is weighed, not told

def test_claims_that_open_the_sentence_are_not_told_as_news() -> None:
    text = ("Claims by the Russian authorities that their troops have taken ground in "
            "Donetsk region have drawn a great deal of debate among analysts.")
    assert "capture" not in _types(text)


def test_claims_of_gains_after_a_nationality_are_not_told_as_news() -> None:
    assert "capture" not in _types("Russian claims of gains in Donetsk region: what the "
                                   "analysts say")


def test_a_source_that_claims_a_capture_still_reports_it() -> None:
    text = "The ministry claims that its troops took the village of Myrne in Donetsk region."
    assert ("capture", DONETSK) in _kinds(text)


# 3. statements that still need checking are hedged

def test_statements_that_still_need_checking_are_hedged() -> None:
    text = ("It is reported from Donetsk region that Russian troops have captured the village "
            "of Myrne, although these statements still need to be checked.")
    assert "capture" not in _types(text)


# 4. a house reached, bodies fetched: no deployment; one military unit sent: a deployment

def test_fighters_who_reached_a_mans_house_are_no_deployment() -> None:
    text = ("In Kherson, when the fighters reached his house, he handed over everything he "
            "had: cash, phones and gold.")
    assert "troop_deployment" not in _types(text)


def test_a_military_unit_sent_to_a_town_is_a_deployment() -> None:
    text = "A military unit was sent to the outskirts of Kherson on Wednesday."
    assert ("troop_deployment", KHERSON) in _kinds(text)


def test_a_unit_sent_to_collect_the_bodies_is_no_deployment() -> None:
    text = "An army unit was then sent to collect the bodies near Kherson on Wednesday."
    assert "troop_deployment" not in _types(text)


# 5. "It came after … had been sent": the lead-up to the news, no recap

def test_a_past_perfect_after_it_came_after_is_news() -> None:
    text = ("It came after a military unit had been sent to the outskirts of Kherson on word "
            "of a robbery there.")
    assert ("troop_deployment", KHERSON) in _kinds(text)


def test_a_past_perfect_alone_is_still_a_recap() -> None:
    assert "troop_deployment" not in _types(
        "A military unit had been sent to the outskirts of Kherson.")


# 6. a toll in an unnamed region of a country belongs to the attack there

def test_a_toll_in_an_unnamed_region_of_a_country_is_no_national_tally() -> None:
    text = ("At least 14 soldiers were killed last week when armed men ambushed troops in a "
            "flashpoint region of military-ruled Niger, the defence minister said.")
    assert ("casualty_report", "NE") not in _kinds(text)


def test_a_toll_for_the_country_is_still_a_national_tally() -> None:
    text = "At least 14 soldiers were killed last week in Niger, the defence minister said."
    assert ("casualty_report", "NE") in _kinds(text)


# 7. swept into a town, was taking a town: it was taken

def test_forces_that_swept_into_a_town_took_it() -> None:
    text = "On Monday the rebels swept into the town of Oleshky in Kherson region."
    assert ("capture", KHERSON) in _kinds(text)


def test_a_town_being_taken_when_civilians_were_killed_was_taken() -> None:
    text = ("At least 38 civilians were killed while the rebels were taking the town of "
            "Oleshky in Kherson region, monitors said.")
    assert ("capture", KHERSON) in _kinds(text)


def test_a_town_taking_fire_or_troops_taking_positions_is_no_capture() -> None:
    assert "capture" not in _types("The town of Oleshky in Kherson region was taking heavy "
                                   "fire on Monday.")
    assert "capture" not in _types("Soldiers were taking positions around the town of "
                                   "Oleshky in Kherson region on Monday.")
