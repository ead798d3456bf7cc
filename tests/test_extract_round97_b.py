"""Round 97 (b): a sentence telling what the news came a stretch of time after names an
earlier event's place, not the news's; forces entering a place from several directions
assault it; a numbered formation fighting off attacks at a place is seen there."""

from tests.extract_helpers import ruled, trigger_types

# the sentence after "This came two months after …" goes on with the news's town
CAME_MONTHS_AFTER = (
    "The paramilitaries seized the army garrison in Kadugli, South Kordofan, on Friday. "
    "This came just two months after the same force overran Zalingei, in Central Darfur. "
    "Drone footage showed paramilitary troops deployed across the city within hours.")
# near miss: with no "came … after" the sentence before is the place it goes on with
PLAIN_BEFORE = (
    "The paramilitaries seized the army garrison in Kadugli, South Kordofan, on Friday. "
    "The same force overran Zalingei, in Central Darfur, on Saturday. "
    "Drone footage showed paramilitary troops deployed across the city within hours.")


def test_came_months_after_passes_the_earlier_place_over():
    found = ruled(CAME_MONTHS_AFTER)
    assert ("troop_deployment", "SDN-882") in found
    assert ("troop_deployment", "SDN-13") not in found


def test_without_came_after_the_sentence_before_places_it():
    found = ruled(PLAIN_BEFORE)
    assert ("troop_deployment", "SDN-882") not in found


# forces entering a place from several directions: an assault on it
FROM_SEVERAL_DIRECTIONS = "Militia fighters were entering Kadugli from three directions on Tuesday."
# near miss: people, not forces, coming in from several sides
PEOPLE_FROM_DIRECTIONS = "Displaced families were entering Kadugli from three directions on Tuesday."


def test_forces_entering_from_several_directions_attack():
    assert "attack" in trigger_types(FROM_SEVERAL_DIRECTIONS)


# … but an entry from several directions that took the place is the capture alone
ENTERED_AND_TOOK = ("Militia fighters entered Kadugli from three directions on Tuesday and "
                    "took control of the town.")


def test_entry_from_several_directions_that_took_the_place_is_no_attack():
    found = ruled(ENTERED_AND_TOOK)
    assert ("capture", "SDN-882") in found
    assert ("attack", "SDN-882") not in found


def test_people_entering_from_several_directions_are_no_attack():
    assert "attack" not in trigger_types(PEOPLE_FROM_DIRECTIONS)


# a numbered formation fighting off attacks near a town: seen there
BRIGADES_FIGHT_OFF = ("The 47th and 110th separate mechanized brigades beat back around 30 "
                      "assaults a day on the edge of Pokrovsk, the corps said.")
# near miss: an air-defence unit downing drones tells where they fell, not where it stands
AIR_DEFENCE_REPELS = ("Twelve drones were repelled over Pokrovsk overnight, the 160th Air "
                      "Defence Brigade said.")


def test_numbered_brigades_fighting_off_attacks_are_sighted():
    assert ("unit_sighting", "UKR-327") in ruled(BRIGADES_FIGHT_OFF)


def test_air_defence_repelling_drones_is_no_sighting():
    assert "unit_sighting" not in trigger_types(AIR_DEFENCE_REPELS)
