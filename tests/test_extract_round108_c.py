"""Wordings of round one hundred and eight (c), each sentence written fresh (not corpus
text): forces "taking part in battles" (no article), or that "took"/"have taken" part or "an
active part" in the fighting, fight there and are seen there; a single word of a cue's phrase
set in quotation marks ("constant" fighting) still reads as the phrase, where a quote of
several words ("in "full control" of" a city) stays a claim of its own; forces that "try to
build up assault groups and push ahead" around a place attack there."""

from __future__ import annotations

from tests.extract_helpers import ruled

KURSK = "RUS-2362"
KHARKIV = "UKR-328"


# forces taking part in battles, with no article or in another tense

def test_forces_taking_part_in_battles_fight_there() -> None:
    text = ("Chechen fighters in the Kursk region are already taking part in battles near "
            "Sudzha, their commander said on Monday.")
    assert ("attack", KURSK) in ruled(text)


def test_forces_refusing_to_take_part_in_battles_fight_nowhere() -> None:
    text = ("Chechen fighters in the Kursk region refused to take part in battles near "
            "Sudzha, their commander said on Monday.")
    assert ("attack", KURSK) not in ruled(text)


def test_forces_that_have_taken_an_active_part_in_the_battles_are_seen() -> None:
    text = ("Syrian fighters have taken an active part in the battles near Sudzha in the Kursk "
            "region, the ministry said on Monday.")
    assert ("unit_sighting", KURSK) in ruled(text)


def test_veterans_who_took_part_in_old_battles_are_not_seen() -> None:
    text = ("Veterans who took an active part in battles near Sudzha in 2015 met in the Kursk "
            "region on Monday.")
    assert ("unit_sighting", KURSK) not in ruled(text)


# a word of the phrase in quotation marks

def test_fighting_called_constant_in_quotes_is_an_attack() -> None:
    text = ('The governor said on Tuesday that there had been "relentless" fighting near '
            "Kupiansk all night.")
    assert ("attack", KHARKIV) in ruled(text)


def test_forces_in_full_control_in_quotes_take_nothing() -> None:
    text = ('The general staff said on Tuesday that its units were in "full control" of '
            "Kupiansk.")
    assert ("capture", KHARKIV) not in ruled(text)


# a push tried as the second of two deeds

def test_a_push_tried_after_another_deed_is_an_attack() -> None:
    text = ("Russian units tried to bring up reserves and push forward near Kupiansk on "
            "Tuesday, the general staff said.")
    assert ("attack", KHARKIV) in ruled(text)


def test_a_rest_tried_after_another_deed_is_no_attack() -> None:
    text = ("Russian units tried to bring up reserves and rest near Kupiansk on Tuesday, the "
            "general staff said.")
    assert ("attack", KHARKIV) not in ruled(text)
