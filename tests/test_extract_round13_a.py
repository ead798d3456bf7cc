"""Wordings of retold news, each sentence written fresh (not corpus text): a front broken
through, fighting said to go on "there", the whole of a region taken back, people held by
force, forces opening large-scale operations, and a context opening that is a source
speaking now."""

from __future__ import annotations

from tests.extract_helpers import ruled, trigger_types

KHARKIV, DONETSK, KURSK = "UKR-328", "UKR-327", "RUS-2362"


# 1. a front broken through

def test_front_broken_through_is_an_attack() -> None:
    text = ("Russian units have broken through the Ukrainian line south of Kupiansk in the "
            "Kharkiv region, a military blogger wrote.")
    assert ("attack", KHARKIV) in ruled(text)


def test_breaking_through_told_as_under_way_is_an_attack() -> None:
    assert "attack" in trigger_types("Russian infantry are breaking through the defences near the town.")


# 2. fighting said to go on "there"

def test_fighting_there_goes_on_is_an_attack() -> None:
    text = ("Kyiv denied the town in the Donetsk region had fallen, saying the fighting there "
            "goes on.")
    assert ("attack", DONETSK) in ruled(text)


# 3. the whole of a place taken back

def test_whole_of_a_region_taken_back_is_a_capture() -> None:
    text = ("The Kremlin said on Saturday that its troops had taken back the whole of the "
            "Kursk region.")
    assert ("capture", KURSK) in ruled(text)


def test_all_of_a_region_retaken_is_a_capture() -> None:
    assert "capture" in trigger_types("Officials claimed the army had retaken all of Kursk.")


def test_whole_of_a_budget_taken_is_no_capture() -> None:
    assert "capture" not in trigger_types("The reform took the whole of the year to pass.")


# 4. people held by force

def test_people_taken_and_held_by_force_are_a_capture() -> None:
    assert "capture" in trigger_types(
        "Twelve villagers and four other people were taken and held by force, residents said.")


def test_civilians_held_hostage_are_a_capture() -> None:
    assert "capture" in trigger_types("Dozens of bus passengers were held hostage for two days.")


def test_talks_held_hostage_by_politics_are_no_capture() -> None:
    assert "capture" not in trigger_types("The peace talks are being held hostage by election politics.")


# 5. forces opening large-scale operations

def test_units_beginning_large_scale_operations_are_deployed() -> None:
    text = ("Army units began large-scale operations in the Kharkiv region to free the "
            "captives, the ministry said.")
    assert ("troop_deployment", KHARKIV) in ruled(text)


# 6. a context opening that is a source speaking now tells news

def test_context_of_a_source_speaking_now_is_news() -> None:
    text = ("The admission came as Moscow claimed its forces had taken back the whole of the "
            "Kursk region.")
    assert ("capture", KURSK) in ruled(text)


def test_context_of_fighting_elsewhere_stays_background() -> None:
    text = ("The strike comes as fighting in the Donetsk region grows more intense, with "
            "heavy fighting near the town.")
    assert ("attack", DONETSK) not in ruled(text)


# 7. a village the gazetteer lacks is not put in a big dateline city's region

NABATIEH, BEIRUT = "LBN-3059", "LBN-3024"


def test_unknown_village_is_not_placed_in_a_big_dateline_city() -> None:
    text = ("BEIRUT — An Israeli drone strike on a car in the Nabatieh region of south Lebanon "
            "killed two people on Tuesday, the health ministry said.\n\n"
            "An Israeli military source said the army had struck a Hezbollah operative in the "
            "Wadi Qarnoun area.")
    found = ruled(text)
    assert ("attack", BEIRUT) not in found
    assert ("attack", NABATIEH) in found


def test_unknown_village_still_takes_a_front_town_datelines_region() -> None:
    text = ("KRAMATORSK — Russian glide bombs hit the city centre overnight, wounding four "
            "people, the regional governor said.\n\n"
            "Russian troops also attacked positions near the hamlet of Zorianivka Druha, the "
            "army said.")
    assert ruled(text).count(("attack", DONETSK)) == 2


# 8. a counter-terror operation run in a place

def test_counter_terror_operation_in_a_region_is_an_attack() -> None:
    text = ("For a week the army has been running a counter-terrorism operation in the Donetsk "
            "region, focused on two mining towns.")
    assert ("attack", DONETSK) in ruled(text)


def test_counter_terror_unit_or_denied_operation_is_no_attack() -> None:
    assert "attack" not in trigger_types("An elite counter-terrorist operation unit guarded the port.")
    assert "attack" not in trigger_types("Officials said it was not a counter-terrorism operation.")


# 9. drones downed over a long list of regions, "the" before the first of them

KIROVOHRAD, ODESA, KHERSON, MYKOLAIV = "UKR-320", "UKR-322", "UKR-4827", "UKR-284"


def test_drones_downed_over_a_long_list_of_regions_are_attacks_in_each() -> None:
    text = ("Air defences brought down 25 drones over the Kirovohrad, Odesa, Kherson and "
            "Mykolaiv regions overnight, the air force said.")
    found = ruled(text)
    for region in (KIROVOHRAD, ODESA, KHERSON, MYKOLAIV):
        assert ("attack", region) in found


# 10. a crossing blown up on purpose by a side

def test_bridge_blown_up_by_a_side_is_an_event_of_its_own() -> None:
    text = ("Retreating troops blew up the main road bridge outside Kupiansk in the Kharkiv "
            "region on Tuesday.")
    assert ("other", KHARKIV) in ruled(text)


def test_drone_that_blew_up_by_a_bridge_is_no_demolition() -> None:
    assert "other" not in trigger_types("A drone blew up near the road bridge, damaging two cars.")


# 11. a numbered formation opening an operation in a place was sent there

def test_numbered_formation_opening_an_operation_is_deployed_and_seen() -> None:
    text = ("Overnight the 47th Brigade and other units began an operation in the Kharkiv "
            "region, the army said.")
    found = ruled(text)
    assert ("troop_deployment", KHARKIV) in found
    assert ("unit_sighting", KHARKIV) in found


def test_numbered_formation_remaining_in_a_place_is_only_seen() -> None:
    text = "The 47th Brigade remains in the Kharkiv region, the army said."
    assert ("troop_deployment", KHARKIV) not in ruled(text)
