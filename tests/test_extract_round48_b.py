"""Round forty-eight (b): an army detachment named by where it is stationed, as the subject
of the attack it suffered, is the garrison the attack met; drones sent against a place are
a strike, no force sent; an advance told as a reach in kilometres beyond the lines is ground
taken; a town named again in a phrase placing by it ("near X") is the namesake its bare name
was settled on; a position of an army overrun is ground taken."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import ruled, trigger_types

PUBLISHED = dt.date(2025, 3, 4)
KURSK = "RUS-2362"
VORONEZH = "RUS-2377"
TAMBOV = "RUS-2375"


def test_detachment_stationed_in_a_town_that_came_under_attack_is_no_deployment() -> None:
    text = ("The Burkinabè army detachment stationed in Sebba, in north-eastern Burkina Faso, "
            "came under a violent attack on Wednesday.")
    found = ruled(text, PUBLISHED)
    assert ("attack", "BFA-2877") in found
    assert ("troop_deployment", "BFA-2877") not in found


def test_drones_sent_against_a_region_are_no_deployment() -> None:
    text = ("The governor said on Monday that Ukrainian forces had sent more than 10 drones "
            "against three districts of Voronezh Oblast.")
    assert ("troop_deployment", VORONEZH) not in ruled(text, PUBLISHED)


def test_troops_sent_with_drones_are_still_sent() -> None:
    text = "On Monday the army sent a battalion with drones to Sudzha in Kursk Oblast."
    assert ("troop_deployment", KURSK) in ruled(text, PUBLISHED)


def test_pushed_as_far_as_kilometres_beyond_the_lines_is_ground_taken() -> None:
    text = ("Ukrainian forces in Russia's Kursk region have pushed as far as five kilometres "
            "beyond Russian lines south-east of Sudzha, analysts said on Monday.")
    found = ruled(text, PUBLISHED)
    assert ("capture", KURSK) in found
    assert ("troop_deployment", KURSK) not in found


def test_town_near_which_drones_were_downed_is_the_namesake_settled_before() -> None:
    text = ("Officials said on Monday that Ukrainian forces had struck a gunpowder plant in "
            "Tambov Oblast. A news channel reported that residents had heard drones over "
            "Kotovsk and that air defences had shot down three drones near Kotovsk.")
    found = ruled(text, PUBLISHED)
    assert ("attack", TAMBOV) in found
    assert all(code == TAMBOV for _, code in found)


def test_a_position_of_the_army_overrun_is_ground_taken() -> None:
    assert "capture" in trigger_types("Insurgents managed to overrun a position of the army "
                                      "near the town.")
    assert "capture" not in trigger_types("The minister took a position on the talks.")


def test_a_hedge_opening_a_participle_after_the_taking_hedges_only_that_clause() -> None:
    text = ("On Monday insurgents overran a position of the army near Macomia town, Cabo "
            "Delgado province, Mozambique, reportedly killing 10 soldiers.")
    assert ("capture", "MOZ-1198") in ruled(text, PUBLISHED)


def test_a_hedge_before_the_taking_still_hedges_it() -> None:
    text = ("On Monday insurgents reportedly overran a position of the army near Macomia "
            "town, Cabo Delgado province, Mozambique.")
    assert ("capture", "MOZ-1198") not in ruled(text, PUBLISHED)
