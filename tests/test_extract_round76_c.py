"""Round 76 (c): the toll of an older deed a "since" names, told in a relative clause on
it; a force's losses told as the toll of one day's fighting; shelling told in the present
with the side that shells for its subject."""

import datetime as dt

from extract_helpers import folded, ruled

PUBLISHED = dt.date(2024, 5, 20)


def test_toll_in_a_relative_clause_on_the_deed_since_names_is_background():
    text = ("Army raids on Kidal have grown more frequent since the rebel offensive of "
            "Nov. 14, which killed 300 people in Mali.")
    assert ("casualty_report", "ML") not in folded(text, PUBLISHED)


def test_count_running_since_a_deed_stays_news():
    text = ("At least 300 people have been killed in Mali since the rebel offensive of "
            "Nov. 14, the ministry said on Sunday.")
    assert ("casualty_report", "ML") in folded(text, PUBLISHED)


def test_a_forces_losses_in_one_days_fighting_are_that_fights_toll():
    text = ("The defence ministry said that fighting on Sunday near Ayorou, in Niger's "
            "Tillabéri region, had cost the lives of at least 12 soldiers.")
    result = folded(text, PUBLISHED)
    assert ("attack", "NER-4859") in result
    assert ("casualty_report", "NER-4859") not in result


def test_a_forces_losses_in_months_of_fighting_stay_a_tally():
    text = ("The defence ministry said that fighting over the past months near Ayorou, in "
            "Niger's Tillabéri region, had cost the lives of at least 120 soldiers.")
    assert folded(text, PUBLISHED) == [("casualty_report", "NER-4859")]


def test_present_shelling_with_the_enemy_for_subject_is_an_attack():
    text = "Soldiers say the enemy shells every street of Kostiantynivka, day and night."
    assert ("attack", "UKR-327") in ruled(text, PUBLISHED)


def test_shells_as_a_noun_stored_in_a_depot_is_no_attack():
    text = "The army said the shells were stored in a depot near Kostiantynivka."
    assert ruled(text, PUBLISHED) == []
