"""Wordings of round one hundred and thirty-six (d), each sentence written fresh (not corpus
text): a front sector named by two towns joined by a dash ("the Kupiansk-Lyman direction")
places its deed at both towns, not only the second; a road so named is still only its
first town's, and a town whose own name holds a dash stays one place."""

from __future__ import annotations

from tests.extract_helpers import folded

KHARKIV = "UKR-328"
DONETSK = "UKR-327"


# a sector named by its two towns

def test_a_sector_named_by_two_towns_is_both_towns() -> None:
    text = ("Russian units launched nine assaults in the Kupiansk-Lyman direction on "
            "Thursday, the General Staff said.")
    found = folded(text)
    assert ("attack", KHARKIV) in found
    assert ("attack", DONETSK) in found


def test_a_sector_written_with_an_en_dash_is_both_towns() -> None:
    text = ("The enemy attacked our positions in the Lyman–Kupiansk sector eleven times "
            "overnight, the spokesman said.")
    found = folded(text)
    assert ("attack", KHARKIV) in found
    assert ("attack", DONETSK) in found


def test_a_road_named_by_two_towns_stays_its_first_towns() -> None:
    text = ("Russian drones attacked a fuel truck on the Kupiansk-Lyman road on Thursday, "
            "the governor said.")
    found = folded(text)
    assert ("attack", KHARKIV) in found
    assert ("attack", DONETSK) not in found


def test_a_town_whose_name_holds_a_dash_stays_one_place() -> None:
    text = ("Russian troops attacked in the Kupiansk-Vuzlovyi sector on Thursday, the "
            "General Staff said.")
    assert folded(text) == [("attack", KHARKIV)]
