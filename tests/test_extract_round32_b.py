"""Wordings of wires and statements, each sentence written fresh (not corpus text): a front
sector named after an operation, dead counted in the clause after them, forces still
fighting somewhere, a count's bounding words after a downing, a place held now by a force,
a road named by a town and a quarter of the country, and a national total recalled from an
earlier statement."""

from __future__ import annotations

import pytest

from geoapp.extract.figures import find_figures
from tests.extract_helpers import ruled

KURSK, BELGOROD, BRYANSK, ROSTOV = "RUS-2362", "RUS-2370", "RUS-2342", "RUS-2367"


# 1. "the X operation" is the area of the operation named after X, not a river

def test_the_area_of_an_operation_named_after_a_town_is_there() -> None:
    assert ("attack", KURSK) in ruled(
        "There were fresh assaults in the areas of the Kursk operation on Monday.")


# 2. dead told with no number, then counted in the clause after them

@pytest.mark.parametrize("text", [
    "A large number of the invaders have been killed near Sudzha, and we are talking about "
    "hundreds of soldiers.",
    "A large number of the invaders have been destroyed, hundreds of Russian and Chechen "
    "soldiers among them.",
])
def test_dead_counted_after_the_clause_that_tells_them(text: str) -> None:
    counts = [f for f in find_figures(text) if f.unit == "soldiers"]
    assert counts and counts[0].category == "killed"


def test_a_count_after_other_news_is_no_toll() -> None:
    counts = find_figures("The brigade has been moved to the south, and we are talking about "
                          "hundreds of soldiers.")
    assert all(f.category is None for f in counts)


# 3. forces still fighting somewhere are seen there

def test_forces_still_fighting_are_seen_there() -> None:
    assert ("unit_sighting", KURSK) in ruled(
        "The intelligence chief said about 5,000 North Korean soldiers were still fighting "
        "on the front line in the Kursk region.")


@pytest.mark.parametrize("text", [
    "Moscow said on Friday that its troops were still fighting Ukrainian forces inside the "
    "Kursk region.",
    "Although they have no formal command, the militia fighters are still fighting across "
    "the Kursk region.",
])
def test_forces_still_fighting_a_foe_or_a_war_are_no_sighting(text: str) -> None:
    assert ("unit_sighting", KURSK) not in ruled(text)


# 4. a count's bounding words ("more than") use up none of a downing's reach

@pytest.mark.parametrize("bound", ["more than", "at least", "up to"])
def test_drones_downed_with_a_bounded_count(bound: str) -> None:
    found = ruled(f"The ministry said air defences had shot down {bound} 40 Ukrainian attack "
                  "drones over the Rostov, Belgorod and Bryansk regions.")
    assert {("attack", ROSTOV), ("attack", BELGOROD), ("attack", BRYANSK)} <= set(found)


def test_drones_far_from_the_downing_stay_unread() -> None:
    assert ("attack", BELGOROD) not in ruled(
        "The governor said the wreckage was shot down over fields and that more than 40 "
        "farmers in the Belgorod region had since reported drones.")


# 5. a place held now by a force, told in the passive, was taken

CENTRE_HT = "HTI-1385"


def test_a_town_now_held_by_a_force_was_taken() -> None:
    assert ("capture", CENTRE_HT) in ruled(
        "In Haiti, the town of Hinche is now controlled by a gang coalition, and thousands "
        "of its residents have fled.")


def test_a_town_run_by_its_council_was_not_taken() -> None:
    assert ("capture", CENTRE_HT) not in ruled(
        "In Haiti, the town of Hinche is now run by a new council.")


# 6. a road named by a town and a quarter of the country places nothing at the town

SOUTH_LB = "LBN-3060"


@pytest.mark.parametrize("text", [
    "Jets struck southern Lebanon on Saturday, killing two people and blocking a highway "
    "between Tyre and the northern regions.",
    "An airstrike on Saturday killed two people and blocked the highway between Tyre and "
    "the north.",
])
def test_a_road_to_a_quarter_of_the_country_is_not_its_town(text: str) -> None:
    assert not [x for x in ruled(text) if x[1] == SOUTH_LB]


def test_a_road_between_two_towns_still_places_the_first() -> None:
    assert ("attack", "UKR-322") in ruled(
        "A drone struck a bus on the road between Odesa and Mykolaiv on Saturday, killing two "
        "people.")


# 7. a national total recalled from a statement made weeks before is background

def test_a_national_total_recalled_from_an_earlier_statement_is_background() -> None:
    assert ("casualty_report", "LB") not in ruled(
        "Earlier this month the UN rights chief called for an end to hostilities, noting that "
        "87 civilians had been killed in Lebanon since the ceasefire.")


def test_a_national_total_stated_today_stays_news() -> None:
    assert ("casualty_report", "LB") in ruled(
        "On Friday the UN rights chief said that 87 civilians had been killed in Lebanon since "
        "the ceasefire.")
