"""Wordings of round one hundred and nineteen (c), each sentence written fresh (not corpus
text): soldiers told as taken prisoner in a paragraph about one place's fighting, their
sentence naming no place, were taken there, like a toll told the same way; ground told as
taken with no place of its own stays unproposed."""

from __future__ import annotations

from tests.extract_helpers import ruled

KHARKIV = "UKR-328"


# people taken prisoner, placed by the paragraph

def test_soldiers_taken_prisoner_after_the_assault_are_a_capture_there() -> None:
    text = ("Russian infantry stormed Ukrainian positions near Kupiansk on Tuesday night. "
            "Most of the attackers were driven back. Four of them surrendered and were taken "
            "prisoner by the border guards.")
    assert ("capture", KHARKIV) in ruled(text)


def test_ground_taken_with_no_place_of_its_own_stays_out() -> None:
    text = ("Russian infantry stormed Ukrainian positions near Kupiansk on Tuesday night. "
            "Most of the attackers were driven back. A day later the enemy captured two more "
            "villages.")
    assert ("capture", KHARKIV) not in ruled(text)
