"""Round ninety-nine (c): the rules for the kinds of wording t2160–t2169 showed (forces
sent in an "as" clause beside a strike: the clause's subject dispatched them, nobody was
caught on the way)."""

from __future__ import annotations

from extract_helpers import ruled, trigger_types

KHERSON = "UKR-4827"


# 1. an "as" clause whose subject sends forces tells a deployment beside the strike

def test_forces_sent_in_an_as_clause_beside_a_strike_are_a_deployment() -> None:
    text = ("Four people were wounded in Kherson after shelling overnight and as the army "
            "moved fresh troops into the city.")
    assert "troop_deployment" in trigger_types(text)
    assert ("troop_deployment", KHERSON) in ruled(text)


def test_troops_hit_as_they_were_moving_are_still_no_deployment() -> None:
    text = ("Drones attacked a Ukrainian unit near Kherson on Monday as the soldiers were "
            "moving to the front.")
    assert "troop_deployment" not in trigger_types(text)
    assert ("attack", KHERSON) in ruled(text)
