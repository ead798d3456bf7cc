"""Round thirty-six (b): wordings of wires, think-tank updates and official statements,
each sentence written fresh (not corpus text): a force's killed and wounded counted
together before the number, a figure several sources have all given, ground named by a
taking in a relative clause with no "that", a place described by the share a side holds
of it, forces drawing closer to a place, the remnant of a force, a named formation's home
set off by commas, a siege lifted, bases set up, and an assault tried."""

from __future__ import annotations

from tests.extract_helpers import places, ruled

KURSK = "RUS-2362"
DONETSK = "UKR-327"
SUMY = "UKR-325"
NORTH_KORDOFAN = "SDN-883"
WHITE_NILE = "SDN-879"
KAREN = "MMR-3266"
ITURI = "COD-1559"

# 1. a force's killed and wounded counted together before the number ("had killed or
#    wounded at least 40 soldiers") is its losses over the fighting: a casualty report of
#    its own, told in another paragraph than an offensive there, not that offensive's toll


def test_killed_or_wounded_before_the_number_is_a_tally() -> None:
    found = places(
        "Russia has launched a new offensive in the Kursk region, the Ukrainian army said "
        "on Friday.\n\n"
        "On Thursday the army said its units had killed or wounded at least 40 Russian "
        "soldiers in Kursk.")
    assert ("casualty_report", KURSK) in found
    assert ("attack", KURSK) in found


def test_a_strikes_toll_in_its_paragraph_still_joins_it() -> None:
    found = places(
        "A Russian missile struck a market in Kramatorsk on Thursday, killing 12 people "
        "and wounding 30, the governor said.")
    assert ("casualty_report", DONETSK) not in found
    assert ("attack", DONETSK) in found


# 2. what several sources "have all said" is a figure long agreed on, not the news


def test_what_sources_have_all_said_is_background() -> None:
    assert ("troop_deployment", "RU") not in ruled(
        "The intelligence agencies of Seoul, Kyiv and Washington have all said that North "
        "Korea has sent about 11,000 troops to Russia.")


def test_what_one_agency_said_on_a_day_is_news() -> None:
    assert ("troop_deployment", "RU") in ruled(
        "South Korea's spy agency said on Monday that North Korea has sent about 3,000 more "
        "troops to Russia.")


# 3. a taking in a relative clause with no "that" ("the territory Ukraine captured") names
#    the ground by how it was won: no capture now


def test_ground_named_by_a_contact_relative_is_no_capture() -> None:
    assert ("capture", KURSK) not in ruled(
        "Moscow has gathered a large force to win back the territory Ukraine captured in "
        "the Kursk region, officials said on Sunday.")


def test_ground_taken_by_a_named_side_is_a_capture() -> None:
    assert ("capture", KURSK) in ruled(
        "Russian forces captured the village of Plekhovo in the Kursk region on Sunday, "
        "the defence ministry said.")


# 4. a place described by the share of it a side holds, in a relative clause ("an area
#    most of which the rebels have brought under their control"): no place taken now


def test_share_of_which_a_side_holds_is_no_capture() -> None:
    found = ruled(
        "The army has launched an offensive in Hpapun Township, Karen State, an area most "
        "of which the rebels have brought under their control, a rebel officer said.")
    assert ("capture", KAREN) not in found
    assert ("attack", KAREN) in found


def test_a_township_brought_under_control_is_a_capture() -> None:
    assert ("capture", KAREN) in ruled(
        "Hpapun Township, Karen State, has come under the control of the rebels, a rebel "
        "officer said on Monday.")


# 5. forces that "moved closer to" a place advanced on it: an attack, no deployment


def test_forces_moving_closer_are_no_deployment() -> None:
    found = ruled("Russian forces have moved closer to the village of Yunakivka in the Sumy "
                  "region, the army said on Monday.")
    assert ("troop_deployment", SUMY) not in found
    assert ("attack", SUMY) in found


def test_forces_moved_to_a_place_are_a_deployment() -> None:
    assert ("troop_deployment", SUMY) in ruled(
        "Russia has moved two brigades to the Sumy region, the army said on Monday.")


# 6. "what remains of" a force names its remnant: no force kept anywhere


def test_what_remains_of_a_division_is_no_deployment() -> None:
    assert ("troop_deployment", NORTH_KORDOFAN) not in ruled(
        "The new brigade in El Obeid is drawn from what remains of the 22nd Infantry "
        "Division, which was routed last year.")


# 7. a named formation's home set off by commas ("the 18th Division, stationed in X, …")
#    says which unit it is, not that it was moved there


def test_a_formations_home_in_apposition_is_no_deployment() -> None:
    assert ("troop_deployment", WHITE_NILE) not in ruled(
        "The town was retaken by the 18th Infantry Division, stationed in White Nile State, "
        "and by allied militias.")


def test_troops_stationed_in_a_state_are_a_deployment() -> None:
    assert ("troop_deployment", WHITE_NILE) in ruled(
        "The army has stationed two more battalions in White Nile State, a spokesman said "
        "on Monday.")


# 8. a siege lifted or broken is the ring around the place taken: a capture there


def test_a_siege_lifted_is_a_capture() -> None:
    assert ("capture", NORTH_KORDOFAN) in ruled(
        "The army said on Monday it had lifted the siege the paramilitaries had held around "
        "El Obeid for months.")


def test_a_siege_to_be_lifted_is_no_capture() -> None:
    assert ("capture", NORTH_KORDOFAN) not in ruled(
        "Aid agencies warned that people in El Obeid would starve if the siege is not "
        "lifted.")


# 9. bases set up by a force are forces put there to stay: a deployment


def test_bases_set_up_are_a_deployment() -> None:
    assert ("troop_deployment", ITURI) in ruled(
        "The UN mission set up two mobile operating bases near Bunia on Tuesday to protect "
        "displaced people.")


def test_a_camp_set_up_for_the_displaced_is_no_deployment() -> None:
    assert ("troop_deployment", ITURI) not in ruled(
        "Aid groups set up a camp for the displaced near Bunia on Tuesday.")


# 10. an assault tried ("killed while trying to storm the town") was made: an attack there,
#     whether or not it took the place; one still planned is none


def test_an_assault_tried_is_an_attack() -> None:
    assert ("attack", DONETSK) in ruled(
        "Several Russian soldiers were killed near Kramatorsk on Friday while they were "
        "trying to storm Ukrainian positions, the brigade said.")


def test_an_assault_planned_is_no_attack() -> None:
    assert ("attack", DONETSK) not in ruled(
        "Russian commanders plan to storm Kramatorsk next month, the brigade said.")
