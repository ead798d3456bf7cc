"""Wordings of round one hundred and seven (n), each sentence written fresh (not corpus
text): a name that holds a trigger word ("assault groups", "strike drones") cancels that
trigger only, not another one beside it ("assault groups attacked in X", "strike drones hit
a refinery in Y"); the name alone still tells no attack."""

from __future__ import annotations

from tests.extract_helpers import ruled

KHARKIV = "UKR-328"
ZAPORIZHZHIA = "UKR-326"
RYAZAN = "RUS-2374"


def test_assault_groups_that_attacked_in_a_town_attack_it() -> None:
    text = ("Russian assault groups attacked in Kupiansk on Tuesday, the General Staff "
            "said.")
    assert ("attack", KHARKIV) in ruled(text)


def test_strike_drones_that_hit_a_refinery_attack_its_town() -> None:
    text = "Ukrainian strike drones hit a refinery in Ryazan overnight, the governor said."
    assert ("attack", RYAZAN) in ruled(text)


def test_assault_groups_formed_somewhere_are_no_attack() -> None:
    text = "Ukraine formed new assault groups in Zaporizhzhia last month, the ministry said."
    assert ("attack", ZAPORIZHZHIA) not in ruled(text)


def test_strike_drones_made_somewhere_are_no_attack() -> None:
    text = "The army's strike drones are made in Ryazan, the ministry said."
    assert ("attack", RYAZAN) not in ruled(text)
