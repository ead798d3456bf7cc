"""Wordings of round one hundred and thirty-one (d), each sentence written fresh (not
corpus text): a side's kills told in the body with no strike there, taken as an attack, then
told again with the same count in a closing summary ("- Monday, near X: … at least 14
terrorists killed") are that attack's toll told again, not a tally of their own; a summary
giving another count stays a tally. A side's claim to have put fighters out of action over
the week "in the course of two operations" is the sum of those operations, an attack, while
its own soldiers killed in them, or fighters neutralised over the week with no operations
named, stay a tally."""

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


# fighters put out of action in the operations the week's bulletin sums

WEEK = ("Mali's army bulletin for the week.\n\n{}\n\nOn Tuesday, near Sévaré, a patrol was "
        "ambushed by gunmen on motorcycles.")


def test_fighters_neutralised_in_the_course_of_two_operations_are_their_toll() -> None:
    text = WEEK.format("The armed forces neutralised at least 25 terrorists in the course of "
                       "two operations carried out over the past week in the Mopti region.")
    assert folded(text) == [("attack", MOPTI)]


def test_soldiers_killed_in_the_course_of_two_operations_stay_a_tally() -> None:
    text = WEEK.format("At least 25 soldiers were killed in the course of two operations "
                       "carried out over the past week in the Mopti region.")
    assert ("casualty_report", MOPTI) in folded(text)


def test_fighters_neutralised_over_the_week_with_no_operations_stay_a_tally() -> None:
    text = WEEK.format("The armed forces neutralised at least 25 terrorists over the past week "
                       "in the Mopti region.")
    assert ("casualty_report", MOPTI) in folded(text)
