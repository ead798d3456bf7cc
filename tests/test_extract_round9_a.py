"""Wordings of wire copy, each sentence written fresh (not corpus text): a sentence that
opens on a "since" clause naming an earlier deed and counts from it in the perfect, and a
report's own attack set against its context ("The attack comes as …")."""

from __future__ import annotations

import pytest

from tests.extract_helpers import ruled

DONETSK, KACHIN, KHARTOUM = "UKR-327", "MMR-3296", "SDN-874"


# 1. the deed of an opening "since" clause is where a count starts: background

@pytest.mark.parametrize("text", [
    "Since the army bombed a market in Kachin State on Tuesday, killing at least 17 "
    "people, the rebels have taken two outposts.",
    "Since rebels shelled a village in Kachin State last Wednesday, killing nine "
    "civilians, thousands of residents have fled.",
])
def test_the_deed_of_an_opening_since_clause_is_background(text: str) -> None:
    assert ("casualty_report", KACHIN) not in ruled(text)


@pytest.mark.parametrize("text", [
    "Since Monday, Russian forces have killed 14 civilians in the Donetsk region, the "
    "governor said.",
    "Since the offensive began, 230 soldiers have been killed in the Donetsk region, the "
    "ministry said.",
])
def test_a_count_in_the_main_clause_after_since_stays(text: str) -> None:
    assert ("casualty_report", DONETSK) in ruled(text)


def test_a_since_clause_without_a_perfect_main_clause_is_left_alone() -> None:
    assert ("casualty_report", KACHIN) in ruled(
        "The army bombed a market in Kachin State on Tuesday, killing at least 17 people.")


# 2. "The attack comes as …": the report's own event set against its context

@pytest.mark.parametrize("text", [
    "The attack comes as the army has pushed the paramilitaries out of much of Khartoum "
    "in recent weeks.",
    "Saturday's strike came amid a string of army gains around Khartoum.",
    "This latest assault comes days after the army regained control of Khartoum.",
])
def test_an_attack_set_against_its_context_is_no_new_attack(text: str) -> None:
    assert ("attack", KHARTOUM) not in ruled(text)


@pytest.mark.parametrize("text", [
    "The attack on a market in Khartoum killed 12 people on Saturday, medics said.",
    "The attack came at night and hit a market in Khartoum, medics said.",
])
def test_an_attack_told_as_a_deed_stays(text: str) -> None:
    assert ("attack", KHARTOUM) in ruled(text)


def test_what_a_framing_sentence_tells_of_its_context_is_background() -> None:
    assert ruled("The strike comes as the war in Sudan grows more intense: last week the "
                 "paramilitaries took control of a town in Khartoum.") == []
