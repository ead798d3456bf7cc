"""Round 61 (d): a toll quoted in the claim's own words, and a side's kills told as its
reprisal."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled


def test_toll_quoted_after_its_verb_is_still_a_toll():
    text = ('The UN monitoring mission said Russian shelling had killed "at least 45 '
            'civilians" in Ukraine since January.')
    assert ("casualty_report", "UA") in ruled(text)


def test_quoted_count_of_things_is_no_toll():
    # near miss: a quoted count after a verb that is no casualty word
    text = ('The UN monitoring mission said the convoys had carried "at least 45 tonnes" of '
            'food to Ukraine since January.')
    assert all(kind != "casualty_report" for kind, _ in ruled(text))


_REPRISAL = ("Chad says it killed 60 terrorists after losing soldiers\n\n"
             "Chad's army says it has killed \"more than 60 terrorists\" in the Lac province "
             "{when}.\n\nGround units and aircraft took part in the operation, the army said.")


def test_kills_told_as_a_reprisal_are_an_attack():
    text = _REPRISAL.format(when="in retaliation for the deaths of its own soldiers")
    assert folded(text) == [("attack", "TCD-1466")]


def test_kills_over_a_spell_stay_a_tally():
    # near miss: the same kills counted over a spell, no reprisal told
    text = _REPRISAL.format(when="in the past week")
    assert ("casualty_report", "TCD-1466") in folded(text)
