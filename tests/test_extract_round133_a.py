"""Wordings of round one hundred and thirty-three (a), each sentence written fresh (not corpus
text): a country named only as the side a gain goes to ("in Russia's favour") is no place
of the report, so it does not pull the report's towns to their namesakes in that country
(Yakutia's Pokrovsk for the Pokrovsk direction); a country's region named with its
possessive ("in Russia's Belgorod region") is still a place; a village a front sector places
("Pokrovsk direction: … near Shevchenko") is that namesake where the report names it again
bare, unless that mention's own paragraph names its namesake's region."""

from __future__ import annotations

from tests.extract_helpers import folded

DONETSK = "UKR-327"
BELGOROD = "RUS-2370"
POLTAVA = "UKR-330"


def test_a_gain_in_a_countrys_favour_leaves_the_front_town_where_it_is() -> None:
    text = ("Pokrovsk direction: Russian units have taken two strongpoints near the town.\n\n"
            "In the Pokrovsk direction, Russian troops took two strongpoints overnight.\n\n"
            "Result: about 2 km² in Russia's favour.")
    found = folded(text)
    assert found and {region for _, region in found} == {DONETSK}


def test_a_countrys_region_named_with_its_possessive_stays_a_place() -> None:
    text = "Ukrainian drones struck a fuel depot in Russia's Belgorod region overnight."
    assert ("attack", BELGOROD) in folded(text)


SECTOR = ("Pokrovsk direction: Ukrainian defenders held their ground near Shevchenko "
          "overnight.\n\nLater on Tuesday, Russian assault groups stormed trenches on the edge "
          "of Shevchenko and were driven back.")


def test_a_village_a_sector_places_is_that_namesake_when_told_again_bare() -> None:
    # Shevchenko by Pokrovsk, not the larger namesake in the Poltava region
    assert folded(SECTOR) == [("attack", DONETSK)]


def test_a_namesake_whose_own_paragraph_names_its_region_stays_there() -> None:
    text = (SECTOR + "\n\nIn the Poltava region, a Russian drone struck a shop in Shevchenko "
            "on Tuesday, the regional governor said.")
    assert sorted(folded(text)) == [("attack", DONETSK), ("attack", POLTAVA)]
