"""Events named only as an aim or as what someone is blamed for, each sentence written
fresh (not corpus text): "with the aim of taking control" sets out to capture, it takes
nothing; "suspects in the bombing of" points at a deed
told elsewhere, it tells no new one."""

from __future__ import annotations

from tests.extract_helpers import places

NORTH_DARFUR = "SDN-881"


def test_an_aim_of_taking_control_is_no_capture() -> None:
    text = ("El Fasher, 3 March 2025. Residents said the militia was shelling the camps around "
            "El Fasher with the aim of taking control of the city before the rains.")
    assert ("capture", NORTH_DARFUR) not in places(text)
    assert ("attack", NORTH_DARFUR) in places(text)


def test_the_same_capture_told_as_done_is_one() -> None:
    text = ("El Fasher, 3 March 2025. Residents said the militia took control of the city "
            "of El Fasher on Sunday.")
    assert ("capture", NORTH_DARFUR) in places(text)


def test_a_bombing_suspects_are_held_for_is_no_new_attack() -> None:
    text = ("Khartoum, 3 March 2025. Police detained four suspects in the bombing of a bus "
            "station in Port Sudan, after a raid in Bahri on Monday.")
    assert [t for t, _ in places(text)].count("attack") == 0
