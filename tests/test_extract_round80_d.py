"""Round 80d: a toll counted "since" a recent day or event is the running count of the
fighting its paragraph tells; one repeating figures told as background stays background."""

from __future__ import annotations

from extract_helpers import ruled

NEWS = ("Israeli strikes hit a school in Gaza City on Tuesday, killing 12 people, the health "
        "ministry said.")


def test_running_toll_since_a_recent_truce_is_proposed_where_its_paragraph_is():
    text = NEWS + " The deaths bring to 150 the number of Palestinians killed since the truce " \
                  "began on February 10."
    assert ruled(text).count(("casualty_report", "GAZ+00?")) == 2


def test_running_toll_over_years_is_not_brought_in():
    text = NEWS + " Such strikes are blamed for about 900 deaths since 2015."
    assert ruled(text).count(("casualty_report", "GAZ+00?")) == 1


def test_summary_line_repeating_a_background_toll_stays_background():
    body = ("Drone strike kills one in south Lebanon\n\nAn Israeli drone hit a car in the town "
            "of Ain Baal, near Tyre, on Wednesday, killing one person, the health ministry "
            "said.\n\nBackground\n\nA truce has held since November. Since it began, the "
            "health ministry has recorded 2,000 violations, which have left 150 people dead "
            "and 400 injured.\n\nIn short:\n- Wednesday: drone strike on a car in Ain Baal, "
            "near Tyre, one killed\n")
    restated = "- Since the November truce: 2,000 violations, 150 dead, 400 injured\n"
    fresh = "- Since the November truce: 2,000 violations, 170 dead, 400 injured\n"
    tolls = ruled(body).count(("casualty_report", "LBN-3060"))
    assert ruled(body + restated).count(("casualty_report", "LBN-3060")) == tolls
    assert ruled(body + fresh).count(("casualty_report", "LBN-3060")) == tolls + 1
