"""Wordings of round one hundred and eighteen (a), each sentence written fresh (not corpus
text): a military post named after its town ("overran the Djibo post") is that town, as "the
Djibo garrison" already was; a capitalised "Post" after a town is a newspaper's name."""

from __future__ import annotations

from tests.extract_helpers import ruled

SOUM = "BFA-2806"


# a military post named after its town

def test_a_post_named_after_its_town_is_overrun_there() -> None:
    text = "JNIM fighters overran the Djibo post before dawn on Sunday, the group said."
    assert ("capture", SOUM) in ruled(text)


def test_a_post_named_after_its_town_is_attacked_there() -> None:
    text = "JNIM gunmen on motorbikes attacked the Djibo post late on Friday."
    assert ("attack", SOUM) in ruled(text)


def test_a_newspaper_named_post_after_a_town_is_no_place() -> None:
    text = "JNIM gunmen on motorbikes attacked the Djibo Post late on Friday."
    assert ("attack", SOUM) not in ruled(text)
