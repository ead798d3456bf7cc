"""Wordings of round one hundred and six (c), each sentence written fresh (not corpus text):
forces "pushing ahead" around a place attack there, as those "pushing forward" do, and forces
"trying to push forward" or "ahead" attack as those "trying to advance" do."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
KHARKIV = "UKR-328"


# forces pushing ahead

def test_forces_pushing_ahead_around_a_town_attack_there() -> None:
    text = "Russian troops are pushing ahead around Kostiantynivka, a Ukrainian officer said."
    assert ("attack", DONETSK) in ruled(text)


def test_forces_trying_to_push_ahead_attack_there() -> None:
    text = "The occupiers are trying to push ahead near Kostiantynivka, the brigade said on Monday."
    assert ("attack", DONETSK) in ruled(text)


def test_forces_trying_to_push_forward_attack_there() -> None:
    text = "Enemy assault groups tried to push forward near Kupiansk overnight, the brigade said."
    assert ("attack", KHARKIV) in ruled(text)


def test_a_plan_pushed_ahead_is_no_attack() -> None:
    text = "The government in Kyiv is pushing ahead with its plans to rebuild the power grid."
    assert not any(t == "attack" for t, _ in ruled(text))


def test_reforms_someone_tries_to_push_ahead_are_no_attack() -> None:
    text = "Ministers are trying to push ahead with the reform of the courts in Kharkiv."
    assert not any(t == "attack" for t, _ in ruled(text))
