"""A lead that places an attack only in a country ("in the north of Burkina Faso") and a
body that names its province tell one attack, placed where the body says; written fresh,
not corpus text. A force counted in a whole country stays apart from its region's."""

from __future__ import annotations

from tests.extract_helpers import places

SOUM = "BFA-2806"


def test_a_lead_placed_in_a_country_is_the_body_s_attack() -> None:
    text = ("Ouagadougou, 3 March 2025. At least twelve soldiers were killed on Sunday in an "
            "attack by armed groups in the north of Burkina Faso, the army said. The army post "
            "of Arbinda in Soum province was the target of a heavy attack by gunmen on "
            "motorcycles in the early morning, the general staff said in a statement.")
    found = places(text)
    assert ("attack", SOUM) in found
    assert ("attack", "BF") not in found


def test_troops_counted_in_a_country_stay_apart_from_a_region_s_deployment() -> None:
    text = ("Kyiv, 3 March 2025. An estimated 12,000 North Korean troops have been sent to "
            "Russia, South Korea's intelligence service said. Ukraine's military intelligence "
            "said on Monday that North Korean troops had been deployed to the Kursk region.")
    found = places(text)
    assert ("troop_deployment", "RU") in found
    assert ("troop_deployment", "RUS-2362") in found
