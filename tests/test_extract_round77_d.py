"""Round 77 (d): where captives are now held is no place of their capture; a side's
losses set out as the balance of the engagement a communiqué tells are its toll."""

import datetime as dt

from extract_helpers import folded, ruled

PUBLISHED = dt.date(2025, 1, 12)


def test_prisoners_now_in_a_city_are_not_captured_there():
    text = ('The defence minister said that "the captured Russian prisoners of war are '
            'now in Lviv" and would be questioned.')
    assert ("capture", "UKR-291") not in ruled(text, PUBLISHED)


def test_prisoners_taken_in_a_region_stay_captured_there():
    text = "Ukrainian troops took 12 Russian soldiers prisoner in Kharkiv region on Friday."
    assert ("capture", "UKR-328") in ruled(text, PUBLISHED)


def test_troops_now_in_a_town_keep_their_place():
    text = "Russian forces are now in Pokrovsk after capturing the railway station."
    assert ("capture", "UKR-327") in ruled(text, PUBLISHED)


def test_a_sides_losses_in_a_communique_are_the_engagements_toll():
    text = ("Gunmen stormed an army post at Ayorou in the Tillabéri region at dawn, the "
            "army said. Losses on the side of the defence forces: 7 killed and 11 wounded.")
    result = folded(text, PUBLISHED)
    assert ("attack", "NER-4859") in result
    assert ("casualty_report", "NER-4859") not in result


def test_a_sides_losses_over_weeks_stay_a_tally():
    text = ("Gunmen stormed an army post at Ayorou in the Tillabéri region at dawn, the "
            "army said. Over the past three weeks, losses on the side of the defence forces "
            "in the Tillabéri region reached 70 killed.")
    assert ("casualty_report", "NER-4859") in folded(text, PUBLISHED)
