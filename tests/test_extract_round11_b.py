"""Wordings of wire copy retold from the news, each sentence written fresh (not corpus
text): the state reached "by Monday" told in the past perfect, a lead whose trailing
clause names an older event, tolls that belong to the sentence's own strike and a toll
given for the whole country."""

from __future__ import annotations

import datetime as dt

import pytest

from geoapp.extract import candidate_pool
from geoapp.extract.dates import find_dates
from tests.extract_helpers import PUBLISHED, places, ruled

TILLABERI, KURSK, NORTH_KIVU = "NER-4859", "RUS-2362", "COD-1898"


def _background(text: str, kind: str) -> set[bool]:
    pool = candidate_pool(text, published=PUBLISHED, source_name="Test Wire")
    return {c.background for c, _ in pool.built if c.event.event_type == kind}


# 1. "By <day of the news>, X had done Y" tells that day's news

@pytest.mark.parametrize("text", [
    "By Friday evening, the army had taken control of Ayorou, a town in the Tillaberi region.",
    "By late Thursday, soldiers, who had sent reinforcements to the area, had seized Ayorou "
    "in the Tillaberi region.",
])
def test_past_perfect_reached_by_the_day_is_news(text: str) -> None:
    assert ("capture", TILLABERI) in ruled(text)


def test_reinforcements_sent_by_the_day_are_news() -> None:
    text = ("By Friday afternoon, the army, which had sent large reinforcements to the "
            "Tillaberi region, had retaken the town of Ayorou.")
    assert {"capture", "troop_deployment"} <= {kind for kind, where in ruled(text)
                                               if where == TILLABERI}


def test_past_perfect_without_the_day_still_recaps() -> None:
    text = "The army had taken control of Ayorou, a town in the Tillaberi region."
    assert _background(text, "capture") == {True}


# 2. a date in a clause hung after the speech frame is not the lead's

def test_old_date_after_the_speech_frame_is_not_the_events() -> None:
    text = ("NIAMEY, Niger: Air strikes killed seven people in the Tillaberi region on Friday, "
            "army officials said, casting doubt on a truce agreed nearly eight weeks ago.")
    assert _background(text, "attack") == _background(text, "casualty_report") == {False}


# 3. the toll of the sentence's own strike belongs to it, even when the dead are fighters

@pytest.mark.parametrize("text", [
    'Drone strikes kill three militants in Tillaberi, "among the heaviest since the truce"',
    "Three days earlier, soldiers killed about 30 militants in the Tillaberi region in the "
    "latest fighting of a months-long offensive.",
])
def test_toll_of_the_own_strike_is_no_tally(text: str) -> None:
    found = places(text)
    assert ("attack", TILLABERI) in found
    assert ("casualty_report", TILLABERI) not in found


def test_a_count_since_a_moment_is_still_a_tally() -> None:
    text = ("The regional governor in Kursk said on Friday that shelling had killed at least "
            "25 people since the truce was announced.")
    assert ("casualty_report", KURSK) in places(text)


@pytest.mark.parametrize("phrase", ["Two days earlier", "two weeks later",
                                    "a months-long offensive"])
def test_distances_and_lengths_are_no_spans(phrase: str) -> None:
    assert not [d for d in find_dates(phrase, dt.date(2025, 3, 1)) if d.rule == "span"]


def test_a_recent_span_is_still_a_span() -> None:
    assert [d.rule for d in find_dates("over the past three days", dt.date(2025, 3, 1))] == \
        ["span"]


# 4. a toll "killed nationwide" counts for the whole country

def test_toll_killed_nationwide_is_the_countrys() -> None:
    text = ("On Friday, rebels shelled targets across Congo. Power lines were hit in North "
            "Kivu and Ituri, and at least nine people were killed nationwide, officials said.")
    found = places(text)
    assert ("casualty_report", "CD") in found


# 5. troops carried in by air are deployed

@pytest.mark.parametrize("text", [
    "On Friday two helicopters flew about 80 soldiers into Ayorou in the Tillaberi region.",
    "About 80 soldiers were airlifted into Ayorou in the Tillaberi region on Friday.",
])
def test_troops_flown_in_are_deployed(text: str) -> None:
    assert ("troop_deployment", TILLABERI) in ruled(text)


# 6. a firefight is an attack

@pytest.mark.parametrize("word", ["a firefight", "a gunfight", "a shootout",
                                  "an exchange of fire"])
def test_firefight_is_an_attack(word: str) -> None:
    text = f"On Friday four soldiers died in {word} with militants in the Tillaberi region."
    assert ("attack", TILLABERI) in ruled(text)


# 7. a reaction to a told event is no new event

@pytest.mark.parametrize("reaction", [
    "The opposition condemned the strikes as a grave escalation.",
    "The UN chief said he was 'deeply concerned' by the strikes.",
])
def test_reaction_to_told_strikes_is_no_new_event(reaction: str) -> None:
    text = ("Air strikes hit Ayorou in the Tillaberi region on Friday, officials said. "
            f"{reaction}")
    pool = candidate_pool(text, published=PUBLISHED, source_name="Test Wire")
    reacting = [x for x in pool.entries if x.candidate.event.quote == reaction]
    assert not any(x.candidate.event.event_type == "attack" for x in reacting)


# 8. attackers captured beside those killed

def test_attackers_captured_beside_those_neutralised() -> None:
    text = ("The army said on Friday that several of the gunmen had been neutralised and "
            "others captured in the Tillaberi region.")
    assert ("capture", TILLABERI) in ruled(text)


# 4. a toll over days of fighting is a tally, even beside an attack of its region

@pytest.mark.parametrize("toll", [
    "More than 200 people have been killed in days of heavy fighting in the Tillaberi "
    "region, a monitor said.",
    "A local militia said on Friday that more than 40 soldiers had been killed in the "
    "Tillaberi region over the week.",
])
def test_toll_over_days_of_fighting_is_a_tally(toll: str) -> None:
    text = f"Militants attacked an army post in the Tillaberi region on Friday. {toll}"
    found = places(text)
    assert ("attack", TILLABERI) in found and ("casualty_report", TILLABERI) in found
