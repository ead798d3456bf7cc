"""A lead that places an attack only in a country ("in the north of Burkina Faso") and a
body that names its province tell one attack, placed where the body says; written fresh,
not corpus text. A force counted in a whole country stays apart from its region's."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from geoapp.extract import candidate_pool, proposes
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



def test_a_national_estimate_by_intelligence_is_the_rules_call() -> None:
    """The model may doubt its wording; a national count a named source gives stays
    proposed, while a doubted regional candidate does not."""
    text = ("Kyiv, 3 March 2025. According to estimates by Western intelligence, between "
            "9,000 and 10,000 foreign troops are deployed in Belarus. Troops were deployed "
            "to the Kursk region on Monday, the ministry said.")
    pool = candidate_pool(text, published=dt.date(2025, 3, 1), source_name="Test Wire")
    doubted = {x.candidate.event.adm1_code or x.candidate.event.country:
               proposes(replace(x, probability=0.1))
               for x in pool.entries if x.rule and x.candidate.event.event_type == "troop_deployment"}
    assert doubted == {"BY": True, "RUS-2362": False}
