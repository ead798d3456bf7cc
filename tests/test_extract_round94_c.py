"""Round 94 (c): an event told of a count of places its sentence does not name, named one
by one in the next sentence."""

from __future__ import annotations

from tests.extract_helpers import ruled

COUNTED = ("Fighting went on along the front on Monday. The defence ministry in Moscow "
           "said its troops had captured three villages over the weekend, a claim Ukrainian "
           "officers later confirmed. ")


def test_places_named_one_by_one_after_a_count_each_take_the_event():
    text = COUNTED + ("One is Robotyne in Zaporizhzhia region; the others are Kurakhove "
                      "and Andriivka in Donetsk region.")
    got = ruled(text)
    assert ("capture", "UKR-331") in got
    assert ("capture", "UKR-327") in got


def test_they_are_names_the_counted_places():
    text = COUNTED + "They are Robotyne in Zaporizhzhia region and Kurakhove in Donetsk region."
    got = ruled(text)
    assert ("capture", "UKR-331") in got
    assert ("capture", "UKR-327") in got


def test_a_next_sentence_that_does_not_list_them_places_nothing_new():
    text = COUNTED + ("Robotyne in Zaporizhzhia region and Kurakhove in Donetsk region were "
                      "quiet, local officials said.")
    assert ("capture", "UKR-327") not in ruled(text)
