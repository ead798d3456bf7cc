"""Wordings real reports used that the rules missed, each written fresh (not corpus text):
camps taken together and named by the side that held them, forces that have encircled the
other side's posts, people a force makes leave their villages, and a capture its side shows
in pictures."""

from __future__ import annotations

from tests.extract_helpers import ruled, trigger_types

RAKHINE = "MMR-3273"


def test_camps_named_by_their_side_are_ground_taken() -> None:
    found = ruled("The rebels say they have already overrun most of the army camps in "
                  "Kyauktaw Township.")
    assert ("capture", RAKHINE) in found
    # camps for displaced people overrun are no military ground taken
    assert "capture" not in trigger_types(
        "The militia has already overrun the camps for displaced people around the town.")


def test_forces_that_have_encircled_posts_attack_them() -> None:
    found = ruled("The rebels have encircled and cut off the last army bases in Kyauktaw "
                  "Township.")
    assert ("attack", RAKHINE) in found
    # a place surrounded by hills, or police round a protest camp, is no siege
    assert "attack" not in trigger_types(
        "Riot police have surrounded the protest camp in Kyauktaw Township.")
    assert "attack" not in trigger_types(
        "Kyauktaw, whose army base is surrounded by hills, lies in Rakhine State.")


def test_people_a_force_makes_leave_their_villages_are_displaced() -> None:
    found = ruled("Witnesses say army troops have been forcing villagers in Kyauktaw "
                  "Township to leave.")
    assert ("other", RAKHINE) in found
    # people forced to do something else are not driven out
    assert "other" not in trigger_types(
        "Witnesses say army troops have been forcing villagers near Kyauktaw Town to "
        "carry ammunition.")


def test_a_capture_its_side_shows_in_pictures_is_claimed() -> None:
    found = ruled("On Sunday the rebels released footage of their capture of the army "
                  "headquarters in Kyauktaw Township.")
    assert ("capture", RAKHINE) in found
    # pictures of a capture still aimed at claim nothing
    assert "capture" not in trigger_types(
        "The rebels released footage of their plan for the capture of the army "
        "headquarters in Kyauktaw Township.")
