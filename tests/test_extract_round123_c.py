"""Wordings of round one hundred and twenty-three (c), each sentence written fresh (not corpus
text): people told as captured in the passive ("several soldiers were captured and taken
away") in a sentence naming no place take the paragraph's place, as people "taken prisoner"
do, and members of a force told by the force ("members of the security forces") are people
taken; ground measured by its area in a "where" clause after a region, counted over a recent
spell ("where troops have seized 150 square kilometres in under a month"), is the front's
latest tally, not how the place came to be held."""

from __future__ import annotations

from tests.extract_helpers import ruled

MOPTI = "MLI-2809"
KHERSON = "UKR-4827"
KURSK = "RUS-2362"


# people captured in the passive, in a sentence naming no place

def test_soldiers_captured_in_a_placeless_sentence_take_the_paragraphs_place() -> None:
    text = ("Jihadist fighters stormed an army camp near Mopti on Thursday night. Nine soldiers "
            "died. Several soldiers were captured and driven off to an unknown destination.")
    assert ruled(text).count(("capture", MOPTI)) == 1


def test_members_of_the_security_forces_captured_are_people_taken() -> None:
    text = ("Jihadist fighters stormed an army camp near Mopti on Thursday night. Nine soldiers "
            "died. Four members of the security forces were captured and led away.")
    assert ruled(text).count(("capture", MOPTI)) == 1


def test_vehicles_captured_in_a_placeless_sentence_stay_out() -> None:
    text = ("Jihadist fighters stormed an army camp near Mopti on Thursday night. Nine soldiers "
            "died. Two armoured vehicles were captured.")
    assert ("capture", MOPTI) not in ruled(text)


# ground measured by its area, counted over a recent spell, in a "where" clause

def test_area_seized_over_a_recent_spell_in_a_where_clause_is_a_capture() -> None:
    text = ("Heavy fighting continues in the Kherson region, where Ukrainian troops have "
            "regained some 60 square kilometres over the past three weeks.")
    assert ("capture", KHERSON) in ruled(text)


def test_area_seized_long_ago_in_a_where_clause_stays_history() -> None:
    text = ("Heavy fighting continues in the Kursk region, where Ukrainian troops had seized "
            "about 1,200 square kilometres last August.")
    assert ("capture", KURSK) not in ruled(text)
