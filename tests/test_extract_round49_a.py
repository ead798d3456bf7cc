"""Wording of a batch of Sudan, Myanmar and Ukraine reports, each sentence written fresh
(not corpus text): a town taken whose name opens with a lower-case Arabic article ("al",
"el", "an-"), read like any other capitalised name after the verb of taking."""

from __future__ import annotations

from geoapp.extract.rules import find_triggers
from tests.extract_helpers import ruled

NORTH_DARFUR = "SDN-881"


def test_town_with_lower_case_article_retaken() -> None:
    text = "Government troops recaptured al Malha in North Darfur on Sunday, the army said."
    assert ("capture", NORTH_DARFUR) in ruled(text)


def test_hyphenated_article_name_is_a_named_object() -> None:
    assert [t.event_type for t in find_triggers("The army took back an-Nahud on Friday.")] \
        == ["capture"]
    assert [t.event_type for t in find_triggers("The rebels retook el-Fasher overnight.")] \
        == ["capture"]


def test_common_word_after_taking_verb_still_no_capture() -> None:
    assert find_triggers("The soldiers took an oath before the ceremony.") == []
    assert find_triggers("The minister took as long as he needed.") == []
