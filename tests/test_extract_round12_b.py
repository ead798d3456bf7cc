"""Wordings of retold news, each sentence written fresh (not corpus text): a relative named
after the word for him, a toll a source counts afresh from the moment just told."""

from __future__ import annotations

import pytest

from geoapp.extract import candidate_pool
from geoapp.extract.actors import nationalities
from geoapp.extract.places import find_places
from tests.extract_helpers import PUBLISHED, ruled


def toll_is_news(text: str, words: str) -> bool:
    pool = candidate_pool(text, published=PUBLISHED, source_name="Test Wire")
    return any(x.rule and not x.candidate.background for x in pool.entries
               if x.candidate.event.event_type == "casualty_report"
               and words in (x.candidate.event.quote or ""))


# 1. "his son, Adam," names a person, not the hamlet of that name

@pytest.mark.parametrize("text", [
    "Rescuers said the doctor and his son, Adam, were hurt when the shell hit their house.",
    "Her brother Adam was among the wounded, the family said.",
])
def test_a_relative_named_after_the_kin_word_is_no_place(text: str) -> None:
    assert not [h for h in find_places(text, [], nationalities(text)) if h.text == "Adam"]


def test_a_kin_word_does_not_hide_a_place_after_a_preposition() -> None:
    text = "The son was killed by a strike in Khan Younis on Friday, the family said."
    assert [h for h in find_places(text, [], nationalities(text))
            if h.match.adm1_code == "GAZ+00?"]


# 2. a count "since then" that a source states afresh is its latest total

def test_a_toll_since_then_stated_afresh_is_news() -> None:
    text = ("Strikes hit Gaza City on Sunday, killing four people, medics said.\n\n"
            "The fighting resumed on March 3 after a truce collapsed.\n\n"
            "Gaza's health ministry said on Sunday that at least 2,100 people had been killed "
            "in the territory since then, bringing the overall toll of the war to 50,300.")
    assert ("casualty_report", "GAZ+00?") in ruled(text)
    assert toll_is_news(text, "since then")


def test_a_toll_since_then_with_no_one_stating_it_stays_context() -> None:
    text = ("Strikes hit Gaza City on Sunday, killing four people, medics said.\n\n"
            "The war began in October 2023 with a raid on southern Israel. Tens of thousands "
            "of people have been killed in Gaza since then.")
    assert not toll_is_news(text, "since then")


# 3. a toll told with its deed in a "when" clause takes the deed's date

def test_a_toll_takes_the_date_of_its_when_clause() -> None:
    old = ("Police said a gunman killed four people when he opened fire in a cafe in "
           "Kharkiv on 9 January, and was later shot dead.")
    assert ("casualty_report", "UKR-328") not in ruled(old)
    fresh = old.replace("9 January", "27 February")
    assert [x for x in ruled(fresh) if x[1] == "UKR-328"]


# 4. a capture noun closing the list a claim names

def test_a_seizure_closing_a_claimed_list_is_a_capture() -> None:
    text = ("The rebels claimed an ambush on an army convoy, then mortar fire on the barracks, "
            "and the seizure of two bridges on the edge of Kharkiv on Monday.")
    assert ("capture", "UKR-328") in ruled(text)


def test_a_seizure_in_a_list_no_one_claims_is_no_capture() -> None:
    text = ("Residents described an ambush on an army convoy, then mortar fire on the barracks, "
            "and the seizure of two bridges on the edge of Kharkiv on Monday.")
    assert ("capture", "UKR-328") not in ruled(text)


# 5. forces pushing past a place toward another are on the move, not taking it

def test_forces_pushing_past_a_town_are_deployed_not_capturing() -> None:
    text = ("A military source said the rebels had pushed beyond Kupiansk to within 4km of "
            "the airfield on Tuesday.")
    found = ruled(text)
    assert ("troop_deployment", "UKR-328") in found
    assert ("capture", "UKR-328") not in found


def test_a_town_taken_before_the_push_past_it_stays_a_capture() -> None:
    text = ("Russian troops captured the town of Kupiansk on Monday and then pushed past it "
            "towards the river, a Ukrainian military source said.")
    assert ("capture", "UKR-328") in ruled(text)


# 6. fighting told as going on at a place

@pytest.mark.parametrize("text", [
    "Fighting goes on outside Kupiansk, the General Staff said on Friday.",
    "Fighting was continuing on the edge of Kupiansk on Friday, a brigade spokesman said.",
])
def test_fighting_going_on_at_a_place_is_an_attack(text: str) -> None:
    assert ("attack", "UKR-328") in ruled(text)


# 7. a hedge describing someone in a relative clause leaves the event stated

def test_a_hedge_in_a_relative_clause_after_the_event_leaves_it_stated() -> None:
    text = ("Drones struck a fuel depot in Kupiansk on Friday, along with trucks that are said "
            "to have carried ammunition for the front.")
    assert ("attack", "UKR-328") in ruled(text)


def test_a_hedge_of_the_event_itself_still_hedges() -> None:
    text = "Drones reportedly struck a fuel depot in Kupiansk on Friday."
    assert ("attack", "UKR-328") not in ruled(text)


# 8. a recalled deed named by its place, and what is tied to it, stay a recap

RECALLED = ("Troops raided Kupiansk on Friday, killing one man, officials said.\n\n"
            "The raid targeted the home of a man who killed four people when he opened fire "
            "in a cafe in Odesa on 9 January.\n\n"
            "The Odesa shooting was one of a series of attacks that killed 12 people. "
            "Two attackers were also killed.")


def test_a_deed_recalled_by_its_place_goes_on_with_the_recap() -> None:
    found = ruled(RECALLED)
    assert ("attack", "UKR-328") in found
    assert not [x for x in found if x[1] == "UKR-322"]


def test_the_same_sentences_after_fresh_news_there_stay_news() -> None:
    found = ruled(RECALLED.replace("9 January", "27 February"))
    assert ("casualty_report", "UKR-322") in found
