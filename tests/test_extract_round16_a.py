"""Wordings of retold news, each sentence written fresh (not corpus text): a source's
present count of a profession's dead since the war began, given as a national total."""

from __future__ import annotations

from tests.extract_helpers import places, ruled

NORTH_DARFUR = "SDN-881"


# 1. a present count of a profession's dead since the war began

def test_present_count_since_the_war_began_is_a_national_tally() -> None:
    text = ("A drone hit the market in El Fasher, in North Darfur, on Sunday, killing a nurse, "
            "the Sudanese Nurses Union said. The union counts 91 nurses killed since the "
            "beginning of the war.")
    assert ("casualty_report", "SD") in ruled(text)
    assert ("casualty_report", "SD") in places(text)
    assert ("attack", NORTH_DARFUR) in places(text)


def test_war_toll_told_as_context_stays_background() -> None:
    text = ("A drone hit the market in El Fasher, in North Darfur, on Sunday, killing a nurse. "
            "More than 90 nurses have been killed since the war began.")
    assert ("casualty_report", "SD") not in ruled(text)
