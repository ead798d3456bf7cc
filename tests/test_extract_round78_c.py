"""Round 78 (c): people held for ransom ("holding 35 farmers for ransom") are a capture;
a ransom only paid, or things held for ransom, are not."""

import datetime as dt

from extract_helpers import folded

PUBLISHED = dt.date(2024, 12, 20)


def test_people_held_for_ransom_are_a_capture():
    text = "Armed bandits are holding 35 farmers for ransom in Zamfara state, police said."
    assert ("capture", "NGA-2872") in folded(text, PUBLISHED)


def test_a_ransom_only_paid_is_no_capture():
    text = ("The family of a trader in Zamfara state paid the kidnappers a large ransom "
            "last month, police said.")
    assert ("capture", "NGA-2872") not in folded(text, PUBLISHED)


def test_systems_held_for_ransom_are_no_capture():
    text = "Hackers held the computer systems of a hospital in Zamfara state for ransom."
    assert ("capture", "NGA-2872") not in folded(text, PUBLISHED)

