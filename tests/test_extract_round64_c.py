"""Round 64 (c): forces heard on intercepted radio or telephone talk are identified where
they talk (a sighting); drones or missiles intercepted stay a downing, and talk said to be
fabricated identifies no one."""

from __future__ import annotations

from tests.extract_helpers import ruled, trigger_types


def test_intercepted_conversation_of_foreign_soldiers_is_a_sighting():
    text = ("Military intelligence said it had intercepted a conversation between Chadian "
            "soldiers stationed near the town of Bol in Lac province.")
    assert ("unit_sighting", "TCD-1466") in ruled(text)


def test_headline_intercepts_radio_traffic_of_soldiers():
    text = "Intelligence service intercepts radio traffic of Russian soldiers near Bol in Lac province"
    assert ("unit_sighting", "TCD-1466") in ruled(text)


def test_intercepted_drones_stay_a_downing():
    # near miss: "intercepted" of drones is the air defence's deed, no force heard
    text = "Air defences intercepted twelve drones over Lac province on Tuesday night."
    assert "unit_sighting" not in trigger_types(text)
    assert ("attack", "TCD-1466") in ruled(text)


def test_intercepted_talk_said_to_be_fabricated_identifies_no_one():
    # near miss: a recording dismissed as fabricated tells no force anywhere
    text = ("The ministry said the intercepted radio talk between soldiers near Bol in Lac "
            "province was fabricated.")
    assert ("unit_sighting", "TCD-1466") not in ruled(text)


def test_resources_poured_into_an_aim_send_no_forces():
    text = ("The front near Kurakhove in Donetsk Oblast is the hardest sector, with Russian "
            "forces pouring vast resources into breaking through towards the town.")
    assert ("troop_deployment", "UKR-327") not in ruled(text)


def test_forces_pouring_into_a_place_are_still_sent():
    # near miss: forces themselves poured in are a deployment
    text = "Russian forces are pouring into the area around Kurakhove in Donetsk Oblast."
    assert ("troop_deployment", "UKR-327") in ruled(text)
