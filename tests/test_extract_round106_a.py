"""Wordings of round one hundred and six (a), each sentence written fresh (not corpus text):
strikes listed object by object, one object a name of several words with an Arabic particle
("on Jebel al-Sheikh Abu Naga in White Nile state"), still apply to the items after it; a base
named before the verb of its relative clause ("a forward drone base that the army has set
up near X") is a deployment there, as a base set up after its verb was."""

from __future__ import annotations

from tests.extract_helpers import ruled

KHARTOUM = "SDN-874"
WHITE_NILE = "SDN-879"
NORTH_DARFUR = "SDN-881"
KIDAL = "MLI-2689"


# a list of strikes whose second object is a name of several words

def test_a_list_goes_on_past_a_long_name_with_a_particle() -> None:
    text = ("The party denounced the air raids on Mellit in North Darfur, on Jebel al-Sheikh Abu "
            "Naga in White Nile state, and on a string of villages in Khartoum state.")
    found = ruled(text)
    assert ("attack", WHITE_NILE) in found
    assert ("attack", KHARTOUM) in found


def test_a_source_named_after_a_comma_stays_no_item() -> None:
    text = ("The army bombed Mellit in North Darfur, officials said on Monday in Khartoum.")
    found = ruled(text)
    assert ("attack", NORTH_DARFUR) in found
    assert ("attack", KHARTOUM) not in found


# a base named before the verb of its relative clause

def test_a_drone_base_the_army_has_set_up_is_a_deployment() -> None:
    text = ("The strikes were launched from a drone base that soldiers have set up near Kidal "
            "last month.")
    assert ("troop_deployment", KIDAL) in ruled(text)


def test_a_drone_base_named_as_a_target_is_no_deployment() -> None:
    text = ("Rebels said they had shelled a drone base near Kidal that the army opened fire "
            "from on Sunday.")
    assert ("troop_deployment", KIDAL) not in ruled(text)
