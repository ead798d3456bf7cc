"""Wordings of round ninety-seven (d), each sentence written fresh (not corpus text): a bare
distance set off after a named town only says where the town lies; a force that came
within a distance of a city only neared it; a section under a "What came before" crosshead
recaps; the people of a place told to leave it place the order there; and "there" before a
participle ("strikes there had killed") ties the deed to the place just told."""

from __future__ import annotations

from tests.extract_helpers import ruled

HOMS = "SYR-139"
HAMA = "SYR-138"
BAALBEK = "LBN-3022"


# a distance set off after a named town: the town is the place, the reference only a bearing

def test_a_distance_after_a_named_town_is_no_place_of_its_own() -> None:
    text = "Syrian rebels shelled army positions in Rastan, some 20 km from Hama."
    got = ruled(text)
    assert ("attack", HOMS) in got
    assert ("attack", HAMA) not in got


def test_a_distance_with_no_town_before_it_still_places_the_event() -> None:
    text = "Syrian rebels shelled army positions some 20 km from Hama."
    assert ("attack", HAMA) in ruled(text)


# a nearing told by the distance left: where they got near, not where they fought

def test_coming_within_a_distance_of_a_city_is_no_deed_there() -> None:
    text = ("Syrian rebels said they had seized a string of villages and come within 15 km "
            "of Hama.")
    assert ("capture", HAMA) not in ruled(text)


def test_a_deed_within_a_distance_of_a_city_is_still_placed_by_it() -> None:
    text = "Syrian rebels said they had seized a string of villages within 15 km of Hama."
    assert ("capture", HAMA) in ruled(text)


# a "What came before" crosshead: the section under it recaps

RECAP = ("Rebels seize a checkpoint near Homs\n\n"
         "Rebels said on Friday they had seized a checkpoint north of Homs.\n\n"
         "{head}\n\n"
         "In Syria, government aircraft bombed the town of Hama after the rebels attacked it.")


def test_a_section_under_a_what_came_before_crosshead_is_background() -> None:
    assert ("attack", HAMA) not in ruled(RECAP.format(head="What came before"))


def test_a_section_under_another_crosshead_stays_news() -> None:
    assert ("attack", HAMA) in ruled(RECAP.format(head="Hama under fire"))


# residents told to leave a place, then strikes "there" with a participle

ORDER = ("The army ordered residents of Baalbek to leave their homes on Monday. "
         "Local officials said air strikes there had killed 12 people.")


def test_strikes_there_after_an_evacuation_order_are_placed_where_it_was_aimed() -> None:
    assert ("attack", BAALBEK) in ruled(ORDER)


def test_residents_of_a_town_with_no_order_stay_its_people() -> None:
    text = ("Two residents of Baalbek were among the guests at the wedding on Monday. "
            "Local officials said air strikes had killed 12 people.")
    assert ("attack", BAALBEK) not in ruled(text)


def test_an_existential_there_had_been_ties_nothing() -> None:
    text = ("The army ordered residents of Baalbek to leave their homes on Monday. "
            "Officials said there had been air strikes that killed 12 people.")
    assert ("attack", BAALBEK) not in ruled(text)
