"""Round 73 (c): a date after a relative aside, a second object repeating its preposition,
a section under a "Background" crosshead, forces "on the move" towards a place, and an
advance going on beside a place."""

import datetime as dt

from extract_helpers import folded, ruled

SUMMER = dt.date(2024, 7, 10)


def test_date_after_a_relative_aside_dates_the_deed():
    text = ("The militia took control of Kassala state, which borders Eritrea, in January, "
            "and has since been accused of looting.")
    assert ("capture", "SDN-884") not in ruled(text, published=SUMMER)


def test_recent_date_after_a_relative_aside_keeps_the_news():
    text = "The militia took control of Kassala state, which borders Eritrea, on Monday."
    assert ("capture", "SDN-884") in ruled(text, published=SUMMER)


def test_second_object_repeating_its_preposition_gets_its_own_attack():
    text = ("Overnight, air strikes on the city of Aleppo and on an army depot near the "
            "central city of Hama killed two soldiers, the ministry said.")
    got = folded(text)
    assert ("attack", "SYR-137") in got and ("attack", "SYR-138") in got
    assert not any(t == "casualty_report" for t, _ in got)


def test_object_with_no_place_of_its_own_adds_none():
    text = "Overnight, air strikes on the city of Aleppo and on an army depot killed two soldiers."
    got = [k for t, k in folded(text) if t == "attack"]
    assert len(set(got)) == 1


BACKGROUND = (
    "Troops raid a camp near Jenin\n\n"
    "Israeli troops raided the Jenin camp on Tuesday, killing two men, the ministry said.\n\n"
    "Background\n\n"
    "The health ministry in Gaza said on Tuesday that the war has killed more than 40,000 "
    "people in the Gaza Strip since last October.\n")


def test_cumulative_toll_in_a_background_section_is_not_proposed():
    got = folded(BACKGROUND, published=dt.date(2024, 9, 4))
    assert ("casualty_report", "GAZ+00?") not in got
    assert ("attack", "WEB+00?") in got


def test_cumulative_toll_under_a_news_crosshead_stays():
    text = BACKGROUND.replace("\nBackground\n", "\nGaza toll\n")
    got = folded(text, published=dt.date(2024, 9, 4))
    assert ("casualty_report", "GAZ+00?") in got


def test_forces_on_the_move_towards_a_place_are_a_deployment():
    text = "Thousands of soldiers are on the move towards the Belgorod region, officials said."
    got = ruled(text)
    assert ("troop_deployment", "RUS-2370") in got
    assert not any(t == "attack" for t, _ in got)


def test_forces_moving_towards_a_place_stay_an_attack():
    text = "Russian troops are moving towards Kupiansk, the spokesman said."
    assert any(t == "attack" for t, _ in ruled(text))


def test_advance_going_on_beside_a_place_is_an_attack():
    text = "Russian forces are steadily advancing to the east and northeast of Kupiansk."
    assert any(t == "attack" for t, _ in ruled(text))


def test_research_advancing_near_a_place_is_no_attack():
    assert ruled("Medical research is advancing near the campus of Kharkiv University.") == []
