"""Wordings of round one hundred and fifteen (a), each sentence written fresh (not corpus
text): places counted as under a force's control ("18 villages of the region are under the
control of the Ukrainian army", "under Russian control") are ground it holds, a capture, as
"now under control" is; a place uncounted or one that still "remains" held tells no change."""

from __future__ import annotations

from tests.extract_helpers import ruled

BELGOROD = "RUS-2370"


# counted places under a force's control

def test_counted_villages_under_the_control_of_a_force_are_a_capture() -> None:
    text = ("The regional governor said on Monday that 18 villages of the Belgorod region are "
            "under the control of the Ukrainian army.")
    assert ("capture", BELGOROD) in ruled(text)


def test_counted_villages_under_a_named_control_are_a_capture() -> None:
    text = "According to the governor, nine villages in the Belgorod region are under Ukrainian control."
    assert ("capture", BELGOROD) in ruled(text)


def test_an_uncounted_town_under_control_is_no_capture() -> None:
    text = "The town of Shebekino in the Belgorod region is under the control of Russian forces."
    assert ("capture", BELGOROD) not in ruled(text)


def test_villages_that_remain_under_control_are_no_capture() -> None:
    text = ("The governor said 18 villages of the Belgorod region remain under the control of "
            "the Russian army.")
    assert ("capture", BELGOROD) not in ruled(text)

