"""Round 77 (c): a list of regions that share one capitalised plural kind word ("the
Sumy and Kherson Regions"); the running toll of a conflict's violence or fighting told
with "has killed … in <country>"."""

import datetime as dt

from extract_helpers import folded, ruled

PUBLISHED = dt.date(2024, 6, 2)


def test_regions_listed_before_a_capitalised_plural_kind_word_are_each_placed():
    text = ("Enemy shelling hit more than 40 villages in the Chernihiv, Sumy, Kharkiv "
            "and Mykolaiv Regions.")
    result = ruled(text, PUBLISHED)
    for code in ("UKR-285", "UKR-325", "UKR-328", "UKR-284"):
        assert ("attack", code) in result


def test_a_capitalised_word_after_a_region_name_still_makes_a_proper_name():
    text = "Shelling hit Kherson on Sunday, Mykolaiv Regional Council chairman Ivan Petrenko said."
    assert ruled(text, PUBLISHED) == [("attack", "UKR-4827")]


def test_the_running_toll_of_border_violence_is_a_national_tally():
    text = ("The fighting along the frontier, which is now nearly a year old, has killed "
            "at least 310 people in Lebanon, according to a Reuters count.")
    assert folded(text, PUBLISHED) == [("casualty_report", "LB")]


def test_one_days_fighting_in_a_town_stays_its_attack():
    text = "The fighting in Kherson killed four people on Saturday."
    assert ("casualty_report", "LB") not in folded(text, PUBLISHED)
    assert ("attack", "UKR-4827") in folded(text, PUBLISHED)
