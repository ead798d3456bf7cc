"""Wordings of official and long-form reports, each sentence written fresh (not corpus
text): a lead placed only in the middle or a part of a country, right before a sentence
telling where its operations were carried out, and one more person caught beside the
attackers a force killed."""

from __future__ import annotations

from tests.extract_helpers import ruled

BAY, HIRAN, MOGADISHU = "SOM-2313", "SOM-2409", "SOM-2407"


# 1. a lead in the centre of a country, placed by the next sentence's definite noun

def test_operations_carried_out_in_regions_place_a_lead_in_the_centre() -> None:
    text = ("The defence ministry said on Tuesday that the army had killed 31 "
            "militants in a series of military operations in the centre of the country. "
            "According to the ministry, the operations were carried out in the Bay and Hiiraan regions.")
    assert {("attack", BAY), ("attack", HIRAN)} <= set(ruled(text))


def test_a_lead_in_the_centre_with_no_such_detail_stays_unplaced() -> None:
    text = ("BAIDOA — The defence ministry said on Tuesday that the army had killed 31 "
            "militants in a series of military operations in the centre of the country. The minister "
            "praised the troops in the Bay and Hiiraan regions.")
    assert ("attack", HIRAN) not in ruled(text)


# 2. one more person caught beside the attackers killed

def test_another_man_caught_beside_attackers_killed_is_a_capture() -> None:
    text = ("Police killed three gunmen at a hotel in Mogadishu on Friday and caught another "
            "man who had been sitting in a car loaded with explosives.")
    assert ("capture", MOGADISHU) in ruled(text)


def test_another_man_caught_in_crossfire_is_no_capture() -> None:
    text = "Another man was caught in the crossfire at a hotel in Mogadishu on Friday and died."
    assert ("capture", MOGADISHU) not in ruled(text)
