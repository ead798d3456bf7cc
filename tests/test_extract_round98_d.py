"""Wordings of round ninety-eight (d), each sentence written fresh (not corpus text): a
side striking back with arms ("hit back with a drone strike") answers what was told, where
it was, but not a rebuttal in words; people driven out "in earlier rounds of fighting" is
background; people counted as having had to leave a place ("Thousands of Palestinians had
to leave Rafah") is a displacement."""

from __future__ import annotations

from tests.extract_helpers import ruled

KHARTOUM = "SDN-874"
SOUTH_KORDOFAN = "SDN-882"
GAZA = "GAZ+00?"

LEAD = ("Markets in Omdurman reopened on Tuesday, residents said.\n\n"
        "Aid groups said food prices had tripled.\n\n")


# striking back with arms answers what was told, where it was

def test_hitting_back_with_a_strike_is_tied_to_the_recent_place() -> None:
    text = LEAD + "The militia hit back with a drone strike that killed four civilians."
    assert ("attack", KHARTOUM) in ruled(text)


def test_hitting_back_with_words_places_nothing() -> None:
    text = LEAD + "The militia's spokesman hit back at the claims in a statement."
    assert ("attack", KHARTOUM) not in ruled(text)


# displaced "in earlier rounds of fighting": who a camp shelters, not news

def test_people_displaced_in_earlier_rounds_are_background() -> None:
    text = ("The camp outside Kadugli shelters 50,000 people who were driven from their homes "
            "in earlier rounds of fighting, the agency said.")
    assert ("other", SOUTH_KORDOFAN) not in ruled(text)


def test_people_displaced_this_week_stay_news() -> None:
    text = ("More than 50,000 people were driven from their homes around Kadugli this week, "
            "the agency said.")
    assert ("other", SOUTH_KORDOFAN) in ruled(text)


# people who had to leave a place: a displacement

def test_people_who_had_to_leave_a_place_are_displaced() -> None:
    text = "Thousands of Palestinians had to leave Rafah on Monday as the shelling spread."
    assert ("other", GAZA) in ruled(text)


def test_people_who_may_have_to_leave_a_place_are_not_displaced_yet() -> None:
    text = "Thousands of Palestinians may have to leave Rafah if the shelling spreads."
    assert ("other", GAZA) not in ruled(text)


def test_soldiers_who_had_to_leave_a_place_are_no_displacement() -> None:
    text = "Hundreds of soldiers had to leave Rafah on Monday as the shelling spread."
    assert ("other", GAZA) not in ruled(text)
