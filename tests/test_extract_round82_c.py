"""Round 82 (c), each sentence written fresh (not corpus text): a date a record is set
against ("a pace not seen in 2023") dates the yardstick, not the event; and a site named
again by its definite noun ("the ridge base") takes the place the report gave it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract_helpers import folded, ruled

DONETSK, SHAN_NORTH = "UKR-327", "MMR-3277"
LATE_2024 = dt.date(2024, 11, 20)


# 1. a year a record is set against is not the event's date

@pytest.mark.parametrize("text", [
    "Russian units seized roughly 180 square kilometres in the Donetsk region over the past "
    "week, a pace not seen in 2023.",
    "Russian units seized roughly 180 square kilometres in the Donetsk region over the past "
    "week, a rate unseen since 2022.",
])
def test_a_year_a_record_is_set_against_dates_no_recap(text: str) -> None:
    assert ("capture", DONETSK) in ruled(text, LATE_2024)


def test_a_capture_told_in_an_earlier_year_is_still_a_recap() -> None:
    text = "Russian units seized roughly 180 square kilometres in the Donetsk region in 2023."
    assert ("capture", DONETSK) not in ruled(text, LATE_2024)


# 2. a site named again by its definite noun keeps the place the report gave it

SITE = ("Rebels shelled a ridge base in Lashio on Monday, local sources said. The garrison "
        "held out for two days, witnesses said. Its commander was wounded, a medic said. "
        "{last}")


def test_a_site_named_again_takes_its_place() -> None:
    text = SITE.format(last="On Thursday the rebels captured the ridge base.")
    assert ("capture", SHAN_NORTH) in folded(text, dt.date(2024, 7, 20))


def test_a_site_with_a_word_the_report_never_gave_it_is_not_tied() -> None:
    text = SITE.format(last="On Thursday the rebels captured the northern airport.")
    assert ("capture", SHAN_NORTH) not in folded(text, dt.date(2024, 7, 20))
