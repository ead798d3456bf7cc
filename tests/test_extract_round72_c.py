"""Round 72 (c): air defences engaging a drone of a named kind, air defences told in
action over regions, and the reported speech of authorities installed by a power."""

from extract_helpers import ruled


def test_air_defences_engaging_a_drone_of_a_kind_are_an_attack_in_each_region():
    text = ("Overnight the air force said air defences were engaging an attack drone over "
            "the Chernihiv and Zhytomyr regions.")
    got = ruled(text)
    assert ("attack", "UKR-285") in got and ("attack", "UKR-324") in got


def test_forces_engaged_in_talks_stay_no_attack():
    text = "Officials in the Chernihiv region were engaged in talks about drone supplies."
    assert ("attack", "UKR-285") not in ruled(text)


def test_air_defences_in_action_over_regions_are_an_attack_in_each():
    text = "Air defences were again in action in the Odesa and Mykolaiv regions."
    got = ruled(text)
    assert ("attack", "UKR-322") in got and ("attack", "UKR-284") in got


def test_air_defences_being_worked_on_or_deployed_are_no_attack():
    assert ruled("Factories in the Odesa region are working on new air defence systems.") == []
    assert ruled("Ukraine deployed air defences operating in the Mykolaiv region.") == []


def test_authorities_installed_by_a_power_speak_for_their_city():
    text = ("On Sunday, the authorities installed by Russia in the city of Tokmak said "
            "four civilians had been wounded by shelling.")
    assert ("attack", "UKR-331") in ruled(text)


def test_past_perfect_with_no_speaker_stays_a_recap():
    text = "Four civilians in the city of Tokmak had been wounded by shelling in 2023."
    assert ("attack", "UKR-331") not in ruled(text)


def test_air_defences_merely_placed_in_regions_are_no_attack():
    assert ruled("Air defences were again in the Odesa and Mykolaiv regions.") == []
