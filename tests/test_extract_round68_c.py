"""Round 68 (c): a hub or junction named after its town ("the X rail junction") is that
town; an operation opened and named by its kind, quoted or not ("launched a 'clearing
operation' in"), is forces sent there, and "the area" it was opened in, after sentences
placed only in a country, is the last place finer than a country told; forces "still
operating" somewhere days after launching their own raids there are that raid going on, no
sighting."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled


def test_junction_named_after_its_town_is_the_town():
    text = "Russian forces captured the Lyman rail junction on Tuesday, the ministry said."
    assert ("capture", "UKR-327") in ruled(text)


def test_hub_named_after_its_town_is_the_town():
    text = "Russian troops took control of the Pokrovsk logistics hub on Monday, a blogger said."
    assert ("capture", "UKR-327") in ruled(text)


def test_river_after_the_stays_no_place():
    # near miss: "the Dnipro" with no facility word after it is the river, not the city
    text = "Ukrainian troops crossed the Dnipro on Monday, a lawmaker said."
    assert not [p for p in ruled(text) if p[1] == "UKR-309"]


def test_operation_named_by_its_kind_is_a_deployment():
    text = "The army began a 'clearing operation' in the Kidal region on Sunday."
    assert ("troop_deployment", "MLI-2689") in ruled(text)
    text = "Soldiers launched a security operation in the Kidal region on Sunday."
    assert ("troop_deployment", "MLI-2689") in ruled(text)


def test_operation_of_no_force_is_no_deployment():
    # near miss: the same wording with no force opening it
    text = "The ministry launched a vaccination operation in the Kidal region on Sunday."
    assert not [p for p in ruled(text) if p[0] == "troop_deployment"]


_AREA_TEXT = (
    "Fighting broke out near the town of Anefis in the Kidal region on Friday, residents "
    "said.\n\n"
    "The ambush was the deadliest attack on soldiers in Mali this year. "
    "Rebels attacked the convoy in the desert.\n\n"
    "The army has launched a clearing operation in the area, a spokesman said.")


def test_the_area_after_country_only_sentences_is_the_last_finer_place():
    assert ("troop_deployment", "MLI-2689") in ruled(_AREA_TEXT)
    assert ("troop_deployment", "ML") not in ruled(_AREA_TEXT)


def test_the_area_of_a_named_place_is_unchanged():
    # near miss: "the area of" names its own place
    text = _AREA_TEXT.replace("in the area,", "in the area of Gao,")
    got = ruled(text)
    assert ("troop_deployment", "MLI-2689") not in got


def test_raid_named_by_its_target_is_no_deployment():
    # near miss: an operation named by the foe it hunts is a raid, no force sent to stay
    text = "Soldiers launched a counterterrorism operation in the Kidal region on Sunday."
    assert ("troop_deployment", "MLI-2689") not in ruled(text)


def test_forces_still_operating_after_launching_raids_are_no_sighting():
    text = ("Israeli forces were still operating in the Jenin area on Friday, five days after "
            "launching raids in the northern West Bank.")
    assert not [p for p in folded(text) if p[0] == "unit_sighting"]


def test_forces_still_operating_stay_a_sighting():
    # near miss: forces still at work there, no raid of their own told going on
    text = "North Korean troops were still operating in the Kursk region on Friday."
    assert ("unit_sighting", "RUS-2362") in ruled(text)
