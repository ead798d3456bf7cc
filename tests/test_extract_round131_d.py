"""Wordings of round one hundred and thirty-one (d), each sentence written fresh (not
corpus text): a side's kills told in the body with no strike there, taken as an attack, then
told again with the same count in a closing summary ("- Monday, near X: … at least 14
terrorists killed") are that attack's toll told again, not a tally of their own; a summary
giving another count stays a tally."""

from __future__ import annotations

from tests.extract_helpers import folded

MOPTI = "MLI-2809"

BODY = ("Mali's army bulletin for the week.\n\nMopti region. On Monday, near Sévaré, an "
        "air-land operation was carried out against raiders on pick-ups. At least 14 "
        "terrorists were neutralised and four pick-ups destroyed.\n\nSummary:\n")


# the same count told again in a summary

def test_a_summary_giving_the_count_again_is_the_attacks_toll() -> None:
    text = BODY + ("- Monday, near Sévaré (Mopti): air-land operation against raiders; at "
                   "least 14 terrorists killed, four pick-ups destroyed.\n")
    assert folded(text) == [("attack", MOPTI)]


def test_a_summary_giving_another_count_stays_a_tally() -> None:
    text = BODY + ("- The week near Sévaré (Mopti): air-land operations against raiders; at "
                   "least 40 terrorists killed in all.\n")
    found = folded(text)
    assert ("attack", MOPTI) in found
    assert ("casualty_report", MOPTI) in found
