"""Round 98 (c), each sentence written fresh (not corpus text): forces that got into a
settlement carried the fight there."""

from __future__ import annotations

from tests.extract_helpers import ruled

DNIPRO = "UKR-326"


# forces that got into a settlement carried the fight there

def test_forces_that_got_into_a_village_attacked_it() -> None:
    text = ("An enemy assault group got into Dachne, in Dnipropetrovsk Oblast, on Sunday "
            "before being driven off, the brigade said.")
    assert ("attack", DNIPRO) in ruled(text)


def test_civilians_who_got_into_a_village_made_a_journey() -> None:
    text = ("Displaced families got into Dachne, in Dnipropetrovsk Oblast, on Sunday after "
            "a long drive, volunteers said.")
    assert ("attack", DNIPRO) not in ruled(text)


def test_soldiers_who_got_into_trouble_attacked_nothing() -> None:
    text = ("Two soldiers got into trouble with their commander in Dachne, in "
            "Dnipropetrovsk Oblast, on Sunday, a local paper said.")
    assert ("attack", DNIPRO) not in ruled(text)
