"""Fights, ground, people and papers taken in wordings the rules missed, each sentence
written fresh (not corpus text): a site of the grid retaken; people taken into custody;
papers and phones among a force's spoils; armed groups "put out of action" (an attack,
not a tally); participants of the operation a sentence tells (its authors, no sighting);
a force fought; a region named only for the border an event lies near."""

from __future__ import annotations

from tests.extract_helpers import places, ruled, trigger_types

KACHIN = "MMR-3296"
MAGWAY = "MMR-3276"
BAGO = "MMR-3268"
RAKHINE = "MMR-3273"
TANINTHARYI = "MMR-3279"
MOPTI = "MLI-2809"
QUNEITRA = "SYR-145"


# 1. a site of the grid or the water supply retaken is ground taken

def test_an_electricity_substation_retaken_is_a_capture() -> None:
    assert ("capture", KACHIN) in ruled(
        "Army units retook an electricity substation near Myitkyina on Thursday, local "
        "media reported.")


def test_a_substation_damaged_is_no_capture() -> None:
    assert "capture" not in trigger_types(
        "Shelling damaged an electricity substation near the town on Thursday.")


# 2. people taken into custody are a capture, one person or many

def test_a_young_man_taken_into_custody_is_a_capture() -> None:
    assert ("capture", QUNEITRA) in ruled(
        "At dawn Israeli soldiers took a young man into custody in Khan Arnabah, in "
        "Quneitra, the agency said.")


def test_bodies_taken_into_custody_are_no_capture() -> None:
    assert "capture" not in trigger_types(
        "The police took the bodies into custody for examination.")


# 3. papers and phones among the spoils shown

def test_identity_papers_among_the_spoils_are_a_document_seizure() -> None:
    assert "document_seizure" in trigger_types(
        "The group also showed off its spoils of war: trucks, rifles, ammunition, "
        "telephones and the identity papers of dead soldiers.")


def test_spoils_without_papers_are_no_document_seizure() -> None:
    assert "document_seizure" not in trigger_types(
        "The group also showed off its spoils of war: trucks, rifles and ammunition.")


# 4. armed groups put out of action: the fight, not a tally of losses

def test_armed_groups_put_out_of_action_are_an_attack_not_a_tally() -> None:
    found = places("Near Mopti, two armed groups were also put out of action, the army "
                   "said.")
    assert ("attack", MOPTI) in found
    assert ("casualty_report", MOPTI) not in found


def test_soldiers_put_out_of_action_stay_no_attack() -> None:
    assert "attack" not in trigger_types(
        "About 300 soldiers were put out of action over the week, the ministry said.")


# 5. who took part in the operation the sentence tells are its authors

def test_fighters_taking_part_in_the_joint_operation_are_no_sighting() -> None:
    found = ruled("On Monday drones of a local defence force struck an army battalion near "
                  "Dawei; fighters from two other local units took part in the joint "
                  "operation.")
    assert ("attack", TANINTHARYI) in found
    assert ("unit_sighting", TANINTHARYI) not in found


# 6. a force fought is an attack; who fought beside whom is none

def test_fighters_who_fought_a_column_near_a_town_attacked_it() -> None:
    assert ("attack", MAGWAY) in ruled(
        "The rebels said their fighters fought an army column for two hours on Thursday "
        "in Magway Region.")


def test_fighting_alongside_troops_is_no_attack() -> None:
    assert "attack" not in trigger_types(
        "The volunteers fought alongside government troops for years.")


# 7. a region named only for the border the event lies near

def test_a_border_the_clashes_lie_near_is_no_place_of_theirs() -> None:
    found = ruled("A new front has opened in Bago Region, where clashes near the Rakhine "
                  "border now take place every day.")
    assert ("attack", RAKHINE) not in found
