"""Round 94 (a): the fighting as what reached a place, both sides' forces still fighting
somewhere, and forces trying to break through to a place."""

import pytest

from tests.extract_helpers import ruled


@pytest.mark.parametrize("text", [
    # the verb shares the subject of the clause before, the fighting
    "Clashes between the army and the militia went on in Kosti on Sunday, "
    "and have reached the town of Rabak, residents said.",
    "The clashes have now reached the town of Abu Hujar, residents said on Monday.",
])
def test_fighting_that_reached_a_town_takes_no_ground(text):
    found = ruled(text)
    assert all(t != "capture" for t, _ in found)
    assert any(t == "attack" for t, _ in found)


@pytest.mark.parametrize("text", [
    "Heavy fighting broke out in Singa on Sunday, and rebel fighters reached the town of Sennar.",
    "Rebel fighters reached the town of Sennar on Monday after heavy fighting, residents said.",
])
def test_forces_that_reached_a_town_still_take_it(text):
    assert any(t == "capture" for t, _ in ruled(text))


def test_both_sides_still_fighting_is_an_attack():
    text = "As of Tuesday, Russian and Ukrainian forces were still fighting in Kursk Oblast, officials said."
    found = ruled(text)
    assert ("attack", "RUS-2362") in found
    assert all(t != "unit_sighting" for t, _ in found)


def test_one_side_still_fighting_is_still_a_sighting():
    text = "As of Tuesday, Ukrainian forces were still fighting in Kursk Oblast, officials said."
    assert ("unit_sighting", "RUS-2362") in ruled(text)


def test_forces_trying_to_break_through_to_a_village_attack_there():
    text = "Enemy troops tried to break through to Vovchansk overnight, the brigade said on Monday."
    assert ("attack", "UKR-328") in ruled(text)


def test_break_through_to_a_border_or_a_market_is_no_attack_there():
    border = ("Russian forces were trying to break through to the administrative border of "
              "Dnipropetrovsk region, he said on Monday.")
    assert all(t != "attack" for t, _ in ruled(border))
    market = "The firm tried to break through to Asian markets from its Kharkiv office last year."
    assert all(t != "attack" for t, _ in ruled(market))
