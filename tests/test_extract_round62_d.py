"""Round 62 (d): a denial told in the present ("rejects this claim"), a toll placed in "the
country's west" (a part, no whole country), forces' dread of what may come, and the pace
of a raid told as forces moving fast."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled, trigger_types

_CLAIM = ("Front update\n\nMoscow's defence minister told state television that its troops "
          "had captured Vovchansk in the Kharkiv region. {answer}")


def test_claim_rejected_in_the_present_is_denied():
    text = _CLAIM.format(answer="The Ukrainian army rejects this claim.")
    assert all(kind != "capture" for kind, _ in folded(text))


def test_claim_followed_by_another_rejection_stands():
    # near miss: the next sentence rejects something else, not the claim
    text = _CLAIM.format(answer="The Ukrainian army rejects any talk of a ceasefire.")
    assert any(kind == "capture" for kind, _ in folded(text))


def test_toll_in_the_countrys_west_is_no_national_tally():
    text = ("A drone strike by the paramilitaries on a market town in the country's "
            "war-torn west killed at least 17 people, residents said on Sunday.")
    assert all(code != "SD" for _, code in ruled(text))


def test_toll_across_the_country_stays_national():
    # near miss: the toll counted across the whole country, named
    text = ("At least 170 civilians were killed across the country last month in Sudan, "
            "the UN rights office said on Sunday.")
    assert ("casualty_report", "SD") in ruled(text)


def test_reinforcements_feared_are_no_deployment():
    text = "The insurgents feared the arrival of reinforcements from the garrison."
    assert "troop_deployment" not in trigger_types(text)


def test_reinforcements_welcomed_are_a_deployment():
    # near miss: the same arrival told as having happened
    text = "The villagers welcomed the arrival of reinforcements from the garrison."
    assert "troop_deployment" in trigger_types(text)


def test_fighters_moving_fast_are_no_deployment():
    text = "During the raid its fighters moved quickly and carried off little equipment."
    assert "troop_deployment" not in trigger_types(text)


def test_fighters_moving_into_a_place_are_a_deployment():
    # near miss: forces moved somewhere, no pace told
    text = "Overnight its fighters moved into the villages north of the river."
    assert "troop_deployment" in trigger_types(text)


_LISTED = ("Sumy Oblast update\n\nRussian troops shelled {where} overnight, the Sumy regional "
           "administration said.")


def test_city_listed_among_villages_of_a_hromada_lies_there():
    # a city of an oblast the report never names, listed among a Sumy hromada's villages
    text = _LISTED.format(where="Myropillia, Pokrovsk and Korovyakivka in the Krasnopillia "
                                "hromada of Sumy Oblast")
    assert ruled(text) == [("attack", "UKR-325")]


def test_city_told_apart_from_the_list_stays_a_city():
    # near miss: the city named on its own, not listed in the hromada
    text = ("Sumy Oblast update\n\nRussian troops shelled Pokrovsk on Monday and villages in "
            "the Krasnopillia hromada of Sumy Oblast overnight, officials said.")
    assert ("attack", "UKR-327") in ruled(text)


def test_hromada_named_by_its_town_lies_in_the_reports_region():
    # "the Khotin hromada": the raion holding Sumy's Khotin, not Chernivtsi's Khotyn raion,
    # and so do the villages it qualifies
    text = _LISTED.format(where="Myropillia, Pokrovsk and Korovyakivka in the Khotin hromada")
    assert ruled(text) == [("attack", "UKR-325")]


def test_hromada_in_the_other_region_named_stays_there():
    # near miss: a report about Chernivtsi Oblast keeps the raion there
    text = ("Chernivtsi Oblast update\n\nRussian drones struck the Khotin hromada overnight, "
            "the Chernivtsi Oblast administration said.")
    assert ruled(text) == [("attack", "UKR-288")]
