"""Wordings of round ninety-eight (g), each sentence written fresh (not corpus text): "the
province" told again where the report named only the city that gives the province its
name is that city's unit; soldiers who "fell in combat" are dead, a toll; forces that
"pressed on towards" a named place advance on it, an attack there, and no push towards a
deal is one."""

from __future__ import annotations

from tests.extract_helpers import ruled, trigger_types

HOMS = "SYR-139"
IDLIB = "SYR-140"
GAZA = "GAZ+00?"
SHAN = "MMR-3277"


# "the province" after only its namesake city was named

def test_the_province_after_its_namesake_city_is_that_citys_unit() -> None:
    text = ("Clashes between tribal fighters and local militias broke out in the Syrian "
            "city of Homs last week.\n\n"
            "Aid groups said hundreds of families had fled.\n\n"
            "After army units withdrew from Homs, the militias set up checkpoints.\n\n"
            "Local officials called for calm.\n\n"
            "On Saturday the government sent its troops back into the province.")
    assert ("troop_deployment", HOMS) in ruled(text)


def test_the_province_still_names_the_region_told_before() -> None:
    text = ("Fighting raged across Idlib province on Monday, residents said.\n\n"
            "Militias later took over checkpoints outside the Syrian city of "
            "Homs.\n\n"
            "On Saturday the government sent its troops back into the province.")
    found = ruled(text)
    assert ("troop_deployment", IDLIB) in found
    assert ("troop_deployment", HOMS) not in found


# soldiers who "fell in combat"

def test_soldiers_who_fell_in_combat_are_a_toll() -> None:
    text = ("The army said on Thursday that three soldiers who fell in combat in the southern "
            "Gaza Strip had been buried.")
    assert ("casualty_report", GAZA) in ruled(text)


def test_a_town_that_fell_is_no_toll() -> None:
    text = "The army said on Thursday that the town fell in the southern Gaza Strip."
    assert ("casualty_report", GAZA) not in ruled(text)


# "pressed on towards" a named place

def test_pressing_on_towards_a_named_town_is_an_attack_there() -> None:
    text = ("Government troops retook Kalaw on Monday and then pressed on towards Taunggyi, "
            "local sources said.")
    found = ruled(text)
    assert ("attack", SHAN) in found
    assert ("capture", SHAN) in found


def test_pushing_on_towards_the_town_of_a_named_place_fires() -> None:
    assert "attack" in trigger_types("The rebels are pushing on towards the town of Taunggyi.")


def test_pressing_on_towards_a_deal_is_no_attack() -> None:
    assert "attack" not in trigger_types(
        "Mediators pressed on towards a ceasefire deal in Taunggyi on Monday.")
