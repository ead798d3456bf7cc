"""Wordings of retold news, each sentence written fresh (not corpus text): the people of the
sentence before named again by a definite noun ("the militia members"), which ties a sentence
without a place of its own to the place just told."""

from __future__ import annotations

from tests.extract_helpers import ruled

MAGWAY = "MMR-3276"


# 1. the people just told named again: the place just told

def test_the_members_named_again_tie_a_capture_to_the_place_before() -> None:
    text = ("Army troops raided a militia camp outside Pakokku in Magway Region on Friday.\n\n"
            "A local official said every one of the militia members was taken prisoner.")
    assert ("capture", MAGWAY) in ruled(text)


def test_members_of_another_body_tie_nothing() -> None:
    text = ("Army troops raided a militia camp outside Pakokku in Magway Region on Friday.\n\n"
            "Several parliament members said later that prisoners had been taken.")
    assert ("capture", MAGWAY) not in ruled(text)
