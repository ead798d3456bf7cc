"""Wordings of round one hundred and forty (b), each sentence written fresh (not corpus
text): a town, village or base lost told as a setback a side suffered ("has suffered a heavy
setback with the loss of the town of X") is a capture by the other side; the same noun with
no setback suffered ("could lead to the loss of the town") tells nothing taken."""

from __future__ import annotations

from tests.extract_helpers import folded

NORTH_KORDOFAN = "SDN-883"


def test_a_town_lost_told_as_a_setback_suffered_is_a_capture() -> None:
    text = ("The army has suffered a heavy setback with the loss of the town of Um Rawaba "
            "in North Kordofan State.")
    assert ("capture", NORTH_KORDOFAN) in folded(text)


def test_the_same_when_the_loss_follows_the_setbacks_counted() -> None:
    text = ("Government forces suffered two blows this week: the loss of the town of "
            "Um Rawaba in North Kordofan State and a failed counterattack.")
    assert ("capture", NORTH_KORDOFAN) in folded(text)


def test_a_loss_only_foreseen_takes_no_town() -> None:
    text = ("Commanders warned that the siege could lead to the loss of the town of "
            "Um Rawaba in North Kordofan State.")
    assert ("capture", NORTH_KORDOFAN) not in folded(text)
