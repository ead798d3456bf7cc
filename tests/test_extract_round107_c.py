"""Wordings of round one hundred and seven (c), each sentence written fresh (not corpus text):
a deed done "once again", told in the simple past after its subject ("On Sunday, the army
once again shelled the town"), is the latest of its kind, news; the past perfect ("had once
again shelled") stays a recap, and a verb of showing after it ("units deployed there once again
demonstrated their professionalism") repeats the praise, not the deed; "key locations"
secured "across" whole states are a sweep told in summary, no place taken, where the key
sites of a named town seized stay a capture."""

from __future__ import annotations

from tests.extract_helpers import ruled

KHERSON = "UKR-4827"
BORNO = "NGA-2839"


# a deed done once again, in the simple past

def test_a_strike_done_once_again_on_a_named_day_is_news() -> None:
    text = ("On Sunday, Russian troops once again shelled the central market in Kherson, "
            "the regional governor said.")
    assert ("attack", KHERSON) in ruled(text)


def test_an_irregular_past_done_once_again_is_news() -> None:
    text = ("Overnight the Russian army once again struck the river port of Kherson with "
            "guided bombs, officials said.")
    assert ("attack", KHERSON) in ruled(text)


def test_a_strike_that_had_once_again_been_done_stays_a_recap() -> None:
    text = ("Two years ago Russian troops had once again shelled the central market in "
            "Kherson, the regional governor recalled.")
    assert ("attack", KHERSON) not in ruled(text)


def test_a_deployment_that_once_again_demonstrated_its_worth_stays_a_recap() -> None:
    text = ("Over the past month, units of the national army deployed in the Kherson region "
            "once again demonstrated their courage and discipline.")
    assert ("troop_deployment", KHERSON) not in ruled(text)


# key locations secured across whole states

def test_key_locations_secured_across_states_are_no_capture() -> None:
    text = ("During the week, troops killed a number of insurgents and secured key locations "
            "across Borno and Yobe States, the army said.")
    assert ("capture", BORNO) not in ruled(text)


def test_key_locations_told_in_the_passive_across_a_state_are_no_capture() -> None:
    text = ("Dozens of insurgents were neutralised and key locations were secured across "
            "Borno State during the operation, the army said.")
    assert ("capture", BORNO) not in ruled(text)


def test_the_key_locations_of_a_named_town_stay_a_capture() -> None:
    text = ("Troops secured key locations in the town of Bama in Borno State on Tuesday, "
            "the army said.")
    assert ("capture", BORNO) in ruled(text)
