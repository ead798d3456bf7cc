"""Round 67 (c): a strike or a blow that "fell on" a town is no town that fell; an assault
verb joined to the taking it made ("attacked and seized the town") is one capture; a past
perfect in a relative clause with no pronoun ("retook ground they had lost") describes the
ground, no recap; troops told as used in assaults at a place are seen there; a statement
dated weeks before publication telling in the past perfect what had happened by then
("according to a report of <date>, X had by then …") is a recap."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import folded, ruled


def test_strike_falling_on_a_town_is_no_capture():
    text = "The worst strike fell on the town of Kramatorsk and its outskirts, the governor said."
    got = ruled(text)
    assert ("capture", "UKR-327") not in got
    assert ("attack", "UKR-327") in got


def test_town_that_fell_stays_a_capture():
    # near miss: the town is the subject of "fell", strikes only told after it
    text = "After weeks of air strikes the town of Falam in Chin State fell to the resistance."
    assert ("capture", "MMR-3274") in ruled(text)


def test_attacked_and_seized_is_one_capture():
    text = "Resistance fighters attacked and seized the town of Falam in Chin State on Monday."
    got = folded(text)
    assert ("capture", "MMR-3274") in got
    assert ("attack", "MMR-3274") not in got


def test_attack_on_one_place_and_capture_of_another_keeps_both():
    # near miss: the assault verb has its own object before the taking
    text = ("Resistance fighters attacked Hakha on Monday and captured the town of Falam in "
            "Chin State.")
    got = ruled(text)
    assert ("attack", "MMR-3274") in got
    assert ("capture", "MMR-3274") in got


def test_ground_won_back_that_they_had_lost_is_news():
    text = "This week Ukrainian troops regained positions they had lost near Kupiansk."
    assert ("capture", "UKR-328") in ruled(text)


def test_past_perfect_of_the_deed_itself_stays_a_recap():
    # near miss: the past perfect is the taking's own verb, no clause about its object
    text = "Ukrainian troops had regained positions near Kupiansk."
    assert ("capture", "UKR-328") not in ruled(text)


def test_troops_used_in_assaults_are_seen_there():
    text = ("Kyiv says Moscow is now using North Korean soldiers in infantry assaults in the "
            "Kursk region.")
    assert ("unit_sighting", "RUS-2362") in ruled(text)


def test_weapons_used_in_assaults_are_no_sighting():
    # near miss: what is used is a weapon, not troops
    text = "Moscow is now using glide bombs in its assaults in the Kursk region."
    assert ("unit_sighting", "RUS-2362") not in ruled(text)


def test_statement_weeks_old_in_past_perfect_is_a_recap():
    text = ("According to a newspaper report of January 20, Moscow had by then already sent "
            "2,000 North Korean troops to the Kursk region.")
    assert ("troop_deployment", "RUS-2362") not in ruled(text, published=dt.date(2025, 3, 1))


def test_statement_of_yesterday_in_past_perfect_is_news():
    # near miss: the report is of the day before publication
    text = ("According to a newspaper report of February 28, Moscow had by then already sent "
            "2,000 North Korean troops to the Kursk region.")
    assert ("troop_deployment", "RUS-2362") in ruled(text, published=dt.date(2025, 3, 1))
