"""Round 69 (c): wording classes from the t1555–t1564 batch, with fresh sentences."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import folded, ruled

DAY = dt.date(2025, 3, 1)


def test_headline_toll_in_a_fight_with_no_article_is_that_attacks():
    # a force's loss and its kills told in a headline's "in <adj> attack in X": one fight
    text = "Mali: army loses 12 soldiers, kills 20 militants in jihadist ambush in Mopti"
    assert folded(text) == [("attack", "MLI-2809")]


def test_force_losses_over_a_period_stay_a_tally():
    # near miss: losses counted over a span, no fight named, stay a casualty report
    text = "The army lost 40 soldiers in the Mopti region over the past month, it said."
    assert folded(text) == [("casualty_report", "MLI-2809")]


def test_troops_put_into_assaults_are_seen_there():
    text = "Moscow has put Chechen fighters into infantry assaults in the Belgorod region."
    assert ("unit_sighting", "RUS-2370") in ruled(text)


def test_troops_put_on_alert_are_not_seen_fighting():
    text = "The governor put police units on alert in the Belgorod region on Friday."
    assert not any(t == "unit_sighting" for t, _ in ruled(text))


def test_troops_readied_for_an_offensive_are_a_deployment():
    text = "Russia readies 30,000 troops for an offensive in the Zaporizhzhia region."
    assert ("troop_deployment", "UKR-331") in ruled(text)


def test_things_readied_are_no_deployment():
    text = "Hospitals in the Zaporizhzhia region readied extra beds on Friday."
    assert not any(t == "troop_deployment" for t, _ in ruled(text))


def test_a_force_in_action_at_a_place_is_seen_there():
    text = "Gunners of the 155th Marine Brigade in action near Velyka Novosilka on Friday."
    assert ("unit_sighting", "UKR-327") in ruled(text, published=DAY)


def test_soldiers_killed_in_action_are_no_sighting():
    text = "Three marines killed in action near Velyka Novosilka were buried on Friday."
    assert not any(t == "unit_sighting" for t, _ in ruled(text, published=DAY))
