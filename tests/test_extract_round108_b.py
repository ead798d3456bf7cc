"""Wordings of round one hundred and eight (b), each sentence written fresh (not corpus
text): armed tribesmen or clansmen massed near a place are forces deployed there, as
fighters are; troops working alongside the army's civilian auxiliaries (the Civilian Joint
Task Force) see no force of their own, where a named army beside them is still seen."""

from __future__ import annotations

from tests.extract_helpers import ruled

BORNO = "NGA-2839"
DARAA = "SYR-146"


# armed tribesmen massed for a fight

def test_armed_tribesmen_massing_near_a_town_are_deployed() -> None:
    text = "Armed tribesmen were massing near Izra."
    assert ("troop_deployment", DARAA) in ruled(text)


def test_tribesmen_gathered_for_a_funeral_are_no_force() -> None:
    text = "Tribesmen gathered in Izra for a funeral."
    assert ("troop_deployment", DARAA) not in ruled(text)


# the army's civilian auxiliaries are no force seen

def test_troops_alongside_the_civilian_joint_task_force_see_no_unit() -> None:
    text = ("Soldiers working alongside the Civilian Joint Task Force recovered two bombs on the "
            "road near Bama, Borno State.")
    assert ("unit_sighting", BORNO) not in ruled(text)


def test_troops_alongside_a_named_army_still_see_it() -> None:
    text = ("Soldiers working alongside the Chadian Armed Forces recovered two bombs on the road "
            "near Bama, Borno State.")
    assert ("unit_sighting", BORNO) in ruled(text)
