"""Wordings the rules misread, each sentence written fresh (not corpus text): strikes on
several places listed each with its own region, also past names the gazetteer lacks and
by a bearing from a place; targets listed after strikes; people abducted, counted; a
withdrawal made on orders; a quarter named after "the city's"; a headline's deed named as
what someone is thanked for, told in the body only as a recap."""

from __future__ import annotations

from tests.extract_helpers import places, ruled, trigger_types

DNIPRO, LUHANSK, KURSK = "UKR-326", "UKR-329", "RUS-2362"
TARTUS, ALEPPO, HOMS, IDLIB = "SYR-135", "SYR-137", "SYR-139", "SYR-140"


# 1. a list of strikes whose items are placed past names the gazetteer lacks

def test_a_listed_name_placed_by_the_next_gives_that_unit_an_attack() -> None:
    found = ruled("Warplanes carried out raids on Aleppo and on Qarmouzi, in the eastern Homs "
                  "countryside, on Friday night, a monitor said.")
    assert ("attack", ALEPPO) in found
    assert ("attack", HOMS) in found


def test_objects_placed_by_unknown_names_each_give_their_unit_an_attack() -> None:
    found = ruled("The raids also hit tanks in Homs, a depot in Qarmouzi in Tartus, and a "
                  "radar site at Jabal al-Qirsh in Idlib, the monitor said on Saturday.")
    assert {("attack", HOMS), ("attack", TARTUS), ("attack", IDLIB)} <= set(found)


def test_an_object_told_by_a_bearing_from_a_place_is_listed_too() -> None:
    found = ruled("Jets struck barracks in the Homs countryside, and the hills south of "
                  "Qarmouzi in Tartus, the monitor said on Saturday.")
    assert ("attack", HOMS) in found
    assert ("attack", TARTUS) in found


# 2. targets listed after strikes were hit

def test_targets_listed_are_an_attack() -> None:
    assert "attack" in trigger_types("Among the targets were two depots near the port.")


# 3. people abducted, counted right before the verb

def test_others_abducted_counted_are_a_capture() -> None:
    assert "capture" in trigger_types(
        "Five people were killed and six others abducted in the raid on the village.")
    assert "capture" in trigger_types("Villagers say four killed, nine abducted in attack")


def test_kidnapped_as_an_adjective_of_victims_rescued_is_no_capture() -> None:
    assert "capture" not in trigger_types(
        "The patrol forced the gunmen to flee, and two kidnapped victims were rescued.")


# 4. a withdrawal made on orders hands the place over

def test_a_withdrawal_on_orders_is_a_capture() -> None:
    assert ("capture", LUHANSK) in ruled(
        "A brigade pulled out of Lysychansk on the orders of the general staff on Sunday, "
        "its commander said.")


# 5. quarters named after "the city's" are parts of the city just told

def test_the_citys_districts_are_no_namesakes_elsewhere() -> None:
    found = places("Russian drones hit Dnipro and Odesa, killing one person, officials said "
                   "on Monday.\n\nThe attack came at about 5 a.m., when four drones hit the "
                   "city's Kyivskyi and Shevchenkivskyi districts.")
    assert ("attack", DNIPRO) in found
    assert ("attack", LUHANSK) not in found


# 6. a headline's deed someone is thanked for, told in the body only as a recap

def test_a_headline_thanking_for_a_recalled_capture_is_no_capture() -> None:
    found = ruled("Minister praises soldiers for their role in freeing Kursk Region\n\n"
                  "The minister thanked the troops who helped free the Kursk region earlier "
                  "this year from the incursion.")
    assert ("capture", KURSK) not in found
