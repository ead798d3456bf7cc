"""Round 88 (d), each sentence written fresh (not corpus text): how far along a pregnancy
is, told as a length, is no period a toll is counted over; enemy soldiers a side says it
holds "in custody" are a capture, placed where the next sentence says the captives had
been fighting; a push renewed or launched in a place is an attack there."""

from __future__ import annotations

import datetime as dt

from geoapp.extract.dates import find_dates
from tests.extract_helpers import folded, ruled, trigger_types

JENIN, KHARKIV, KURSK = "WEB+00?", "UKR-328", "RUS-2362"
PUBLISHED = dt.date(2025, 6, 5)


# 1. "eight months pregnant" is how far along a pregnancy is, not a span of the news

def test_months_pregnant_is_no_period():
    text = "Among the dead was a woman who was seven months pregnant."
    assert find_dates(text, PUBLISHED) == []


def test_toll_of_the_assault_with_a_pregnant_victim_joins_the_assault():
    text = ("The army's assault on the Jenin refugee camp has killed at least 11 Palestinians, "
            "among them a woman who was seven months pregnant, the health ministry said.")
    got = folded(text, published=PUBLISHED)
    assert ("attack", JENIN) in got
    assert ("casualty_report", JENIN) not in got


def test_a_real_span_of_months_still_counts():
    text = "Over the past seven months, 40 Palestinians have been killed in the Jenin camp."
    assert [x.text for x in find_dates(text, PUBLISHED)]


# 2. soldiers a side holds in custody, placed by where the captives had been fighting

def test_soldiers_in_custody_placed_where_they_had_been_fighting():
    text = ("Kyiv says it has three Russian soldiers in custody, a military spokesman said on "
            "Sunday. The three men had been fighting near Sudzha in the Kursk region before "
            "they surrendered, he said.")
    assert ("capture", KURSK) in ruled(text)


def test_custody_with_no_captives_sentence_after_stays_unplaced():
    text = ("Kyiv says it has three Russian soldiers in custody, a military spokesman said on "
            "Sunday. Officials in the Kursk region said power had been restored.")
    assert ("capture", KURSK) not in ruled(text)


# 3. a push renewed or launched in a place

def test_push_renewed_in_a_region_is_an_attack():
    assert "attack" in trigger_types("Russian troops have renewed their push in the Kharkiv region.")
    assert ("attack", KHARKIV) in ruled(
        "Russian troops launched a fresh push near Vovchansk in the Kharkiv region on Monday.")


def test_push_for_talks_is_no_attack():
    assert "attack" not in trigger_types("The envoy renewed her push for talks in Geneva.")
