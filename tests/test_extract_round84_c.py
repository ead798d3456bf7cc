"""Round 84 (c): a place after a relative aside closed by a comma and a conjunct of its
own, and firing told with a manner adverb before its target."""

from tests.extract_helpers import ruled, trigger_types


def test_place_after_a_closed_aside_and_a_new_conjunct_is_the_events():
    text = ("Air defences shot down 12 drones over Kursk Oblast, which borders Ukraine, "
            "and two more over Bryansk Oblast overnight, the ministry said on Friday.")
    found = ruled(text)
    assert ("attack", "RUS-2362") in found
    assert ("attack", "RUS-2342") in found


def test_bare_list_after_a_relative_aside_keeps_its_role():
    # "…, which borders Ukraine, and Belarus": the same list of neighbours, no new conjunct
    text = ("Air defences shot down 12 drones over Bryansk Oblast, which borders Ukraine, "
            "and Belarus, the ministry said on Friday.")
    found = ruled(text)
    assert ("attack", "RUS-2342") in found
    assert all(place != "BY" for _, place in found)


def test_firing_with_a_manner_adverb_before_its_target_is_an_attack():
    text = "Gunmen fired indiscriminately at worshippers in Djibo, in northern Burkina Faso, on Sunday."
    assert "attack" in trigger_types(text)
    assert ("attack", "BFA-2806") in ruled(text)


def test_firing_without_a_target_is_no_attack():
    assert "attack" not in trigger_types(
        "The honour guard fired a salute in Djibo, in northern Burkina Faso, on Sunday.")
