"""Round 92 (b2): a count running since an operation of raids began is that operation's
news; a "since" clause closed by its verb of beginning leaves the cue after it to the main
clause; "than" before a number bounds a count, no comparison; arrests own no toll."""

from __future__ import annotations

from geoapp.extract.rules import _SUBORDINATE
from tests.extract_helpers import folded, ruled


def test_count_since_the_operation_began_is_news():
    text = "Police in Nablus say they have detained 40 people since the start of the operation."
    assert ("capture", "WEB+00?") in ruled(text)


def test_count_since_a_month_stays_background():
    text = "Police in Nablus say they have detained 40 people since August."
    assert ("capture", "WEB+00?") not in ruled(text)


def test_cue_after_a_since_clause_closed_by_began_is_the_main_clause():
    text = "Israeli forces said that since the sweep began they have arrested 35 suspects in Nablus."
    assert ("capture", "WEB+00?") in ruled(text)


def test_since_the_war_began_stays_background():
    text = "Israeli forces said that since the war began they have arrested 35 suspects in Nablus."
    assert ("capture", "WEB+00?") not in ruled(text)


def test_than_before_a_number_leaves_the_next_deed():
    text = "Israeli troops killed more than 20 gunmen and arrested 15 suspects in Nablus on Monday."
    assert ("capture", "WEB+00?") in ruled(text)


def test_than_before_a_deed_is_still_a_comparison():
    text = "the damage was worse than the "
    assert _SUBORDINATE.search(text) is not None
    assert _SUBORDINATE.search("killed more than 20 gunmen and ") is None


def test_arrests_own_no_toll():
    text = ("Israeli troops arrested 12 men in Nablus on Monday. "
            "Two civilians were killed in the city.")
    assert folded(text) == [("capture", "WEB+00?"), ("attack", "WEB+00?")]


def test_ground_taken_still_owns_the_toll():
    text = ("Israeli troops captured the village of Burqa near Nablus on Monday. "
            "Two civilians were killed in the village.")
    assert folded(text) == [("capture", "WEB+00?")]
