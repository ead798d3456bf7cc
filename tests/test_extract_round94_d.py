"""Wordings of round 94 (d), each sentence written fresh (not corpus text): counteroffensives
in the plural, the ground a side holds told as widened, a local authority that counts the
dead named with capitals after its place, ground told as being lost (fighting going on, no
ground taken), and forces moving towards a place with the aim of taking it (an advance)."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled

KAYIN, GAZA, KACHIN, DONETSK, SAGAING = "MMR-3266", "GAZ+00?", "MMR-3296", "UKR-327", "MMR-3302"


# 1. "counteroffensives", plural, as "offensives" is

def test_counteroffensives_in_the_plural_are_an_attack() -> None:
    text = "Last week the army mounted two counteroffensives near Hpa-an in Kayin State."
    assert ("attack", KAYIN) in ruled(text)


def test_a_counteroffensive_stays_an_attack() -> None:
    # near miss: the singular was already read
    text = "Last week the army mounted a counteroffensive near Hpa-an in Kayin State."
    assert ("attack", KAYIN) in ruled(text)


# 2. the ground a side holds told as widened: more ground taken

def test_extending_the_areas_it_controls_is_a_capture() -> None:
    text = "Witnesses said troops were expanding the areas they control around Rafah on Sunday."
    assert ("capture", GAZA) in ruled(text)


def test_widening_its_zones_of_control_is_a_capture() -> None:
    text = "On Sunday the army widened its zones of control north of Rafah, residents said."
    assert ("capture", GAZA) in ruled(text)


def test_a_curfew_extended_to_held_areas_is_no_capture() -> None:
    # near miss: a rule extended to ground already held, none taken
    text = "On Sunday the army extended the curfew to the areas it controls around Rafah."
    assert ("capture", GAZA) not in ruled(text)


# 3. a local authority that counts the dead, its place written before it with capitals

def test_the_gaza_health_ministry_places_its_tally() -> None:
    text = ("The Gaza Health Ministry said on Monday that at least 40 people had been killed "
            "across the territory over the previous two days.")
    assert ("casualty_report", GAZA) in ruled(text)


def test_a_capitalised_institute_after_a_place_still_places_nothing() -> None:
    # near miss: a place inside another capitalised name is still no place of the event
    text = ("The Gaza Research Institute said on Monday that at least 40 people had been killed "
            "over the previous two days.")
    assert ("casualty_report", GAZA) not in ruled(text)


# 4. ground told as being lost, going on: fighting there, no ground said taken

def test_losing_ground_is_an_attack_not_a_capture() -> None:
    text = "Analysts say that in Kachin State the army is still losing ground to the rebels."
    got = ruled(text)
    assert ("attack", KACHIN) in got
    assert ("capture", KACHIN) not in got


def test_ground_told_lost_stays_a_capture() -> None:
    # near miss: ground told lost, done, and positions lost are still taken
    text = "The brigade has lost positions near Kurakhove in the Donetsk region, the army said."
    assert ("capture", DONETSK) in ruled(text)


def test_a_party_losing_ground_is_no_event() -> None:
    # near miss: ground lost in the polls
    text = "In Kachin State the ruling party is losing ground in the polls."
    assert ruled(text) == []


# 5. forces moving towards a place with the aim of taking it: an advance, an attack

def test_troops_moving_towards_a_place_to_retake_it_are_an_attack() -> None:
    text = ("A column of some 500 soldiers moved out of Monywa towards the hills on Friday "
            "with the aim of retaking two outposts held by the resistance.")
    got = folded(text)
    assert ("attack", SAGAING) in got
    assert ("capture", SAGAING) not in got


def test_people_moving_towards_a_place_for_shelter_are_no_attack() -> None:
    # near miss: civilians on the move, no force, no taking
    text = ("Families moved out of Monywa towards the hills on Friday in order to take "
            "shelter from the fighting.")
    assert ("attack", SAGAING) not in ruled(text)


def test_troops_moving_towards_a_place_with_no_aim_stay_a_deployment() -> None:
    # near miss: forces moved, no aim of taking told
    text = "A column of some 500 soldiers moved out of Monywa towards the hills on Friday."
    got = ruled(text)
    assert ("attack", SAGAING) not in got
