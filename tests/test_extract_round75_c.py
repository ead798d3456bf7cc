"""Round 75 (c): a list of places put in one unit as a whole ("all in the … region"), a
toll counted from the sides' first exchanges of fire, forces in combat as the object of
their supply, a capital told as winning ground, and footage showing an advance."""

from extract_helpers import ruled, trigger_types


def test_list_put_all_in_a_region_places_every_name_there():
    text = ("Russian artillery hit Mikhailovka, Kurakhove and Selydove, all in the Donetsk "
            "region, on Tuesday, the governor said.")
    assert ruled(text) == [("attack", "UKR-327")]


def test_all_opening_a_new_clause_is_no_qualifier():
    text = ("Russian artillery hit Mikhailovka and Kurakhove on Tuesday, and all in the "
            "Donetsk region lost power, the governor said.")
    assert ("attack", "RUS-2369") in ruled(text)


def test_toll_since_the_sides_began_exchanging_fire_is_the_wars():
    text = ("At least 250 people have been killed in Lebanon since Hezbollah and Israel "
            "started exchanging fire.")
    assert ruled(text) == []


def test_strike_after_the_sides_began_trading_fire_stays():
    text = ("An Israeli drone killed two people in Nabatieh on Wednesday, a day after the two "
            "sides began trading fire again.")
    assert ("attack", "LBN-3059") in ruled(text)


def test_forces_in_combat_as_object_of_their_supply_are_not_seen():
    text = "Shortfalls in ammunition have delayed the rearming of brigades still in combat near Pokrovsk."
    assert "unit_sighting" not in trigger_types(text)


def test_forces_still_in_combat_are_seen():
    text = "Two brigades are still in combat near Pokrovsk, the commander said on Monday."
    assert ("unit_sighting", "UKR-327") in ruled(text)


def test_capital_winning_ground_is_the_side_not_the_place():
    text = ("Kyiv has been regaining territory from Russian units in the Kharkiv region, "
            "officials said on Friday.")
    assert ruled(text) == [("capture", "UKR-328")]


def test_capital_hit_is_still_the_place():
    text = "Kyiv has been hit by drones overnight, officials said on Friday."
    assert ("attack", "UKR-4826") in ruled(text)


def test_footage_showing_an_advance_is_the_advance_not_a_sighting():
    text = ("According to the general staff, drone footage shows Russian soldiers have "
            "advanced north of Siversk.")
    assert ruled(text) == [("attack", "UKR-327")]


def test_footage_showing_troops_at_a_place_is_a_sighting():
    text = "According to the general staff, drone footage shows Russian soldiers in Siversk."
    assert ("unit_sighting", "UKR-327") in ruled(text)
