"""Wordings of round one hundred and thirty-six (b), each sentence written fresh (not corpus
text): a region of one side of the war, named only as "the X Oblast" of an office or a
district, stays that region in a report whose other places are all of the other side
("from Russia's Kursk Oblast"), as a big city of that side already did; a region of a
country outside the war stays dropped as a namesake."""

from __future__ import annotations

from tests.extract_helpers import folded

ZAPORIZHZHIA = "UKR-331"


def test_a_region_of_one_side_beside_the_others_places_stays_itself() -> None:
    text = ("Two guided bombs struck the Komunarskyi district of Zaporizhzhia Oblast on "
            "Monday, wounding five people, the Zaporizhzhia Oblast police said.\n\n"
            "Investigators said the bombs were dropped by aircraft flying from the town "
            "of Millerovo in Russia's Rostov Oblast.")
    assert ("attack", ZAPORIZHZHIA) in folded(text)


def test_a_bare_region_of_a_country_outside_the_war_is_still_no_place() -> None:
    text = ("Two guided bombs struck the village of Glushkovo in Russia's Kursk Oblast on "
            "Monday, wounding five people, officials said. The Bavaria team won 3-1.")
    assert not any(region and region.startswith("DEU") for _, region in folded(text))
