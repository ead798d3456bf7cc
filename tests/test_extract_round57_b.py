"""Wordings real reports used that the rules misread, each written fresh (not corpus text):
a country's war told with its start before a count run up to now, wounds someone
"suffered on" a day, a place told as open to strikes, a toll told as the fighting's after
ground taken, and a passive of taking whose participle is quoted."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import folded, ruled, trigger_types

KHARKIV, ZAPORIZHZHIA, HEBRON = "UKR-328", "UKR-331", "WEB+00?"


def test_a_count_so_far_after_the_war_and_its_start_is_background() -> None:
    text = ("Mali has been in a bitter conflict since the army seized power in a 2012 coup; "
            "observers say more than 9,000 civilians have been killed so far.")
    assert ("casualty_report", "ML") not in folded(text)
    # the same total told without the war's start stays a national tally
    assert ("casualty_report", "ML") in folded(
        "Observers say more than 9,000 civilians have been killed so far in Mali.")


def test_wounds_suffered_on_a_day_are_the_strikes_toll() -> None:
    text = ("Officials said a 34-year-old farmer had died of wounds from Israeli gunfire he "
            "suffered on Tuesday near Hebron.")
    assert folded(text) == [("attack", HEBRON)]
    # a force's losses told with "suffered" stay a tally
    assert ("casualty_report", ZAPORIZHZHIA) in folded(
        "The brigade suffered 40 killed in the Zaporizhzhia region over the past week, "
        "officials said.")


def test_a_place_told_as_open_to_strikes_tells_no_strike() -> None:
    assert "attack" not in trigger_types(
        "The hamlet, ringed by hostile positions, has been left exposed to frequent raids.")
    assert "attack" not in trigger_types(
        "Supply trucks on the road remain vulnerable to drone strikes.")
    # a place hit by raids is a strike
    assert "attack" in trigger_types("The hamlet was hit by frequent raids on Sunday.")


def test_a_toll_of_the_fighting_after_ground_taken_is_an_attack_too() -> None:
    text = ("Ukrainian troops have liberated the village of Stepove in the Zaporizhzhia "
            "region, the army said.\n\n"
            "Its soldiers killed 25 Russian servicemen during the fighting, the army added.")
    found = folded(text, published=dt.date(2025, 8, 1))
    assert ("capture", ZAPORIZHZHIA) in found and ("attack", ZAPORIZHZHIA) in found
    # a toll with no word of the fighting stays the capture's
    plain = folded("Ukrainian troops have liberated the village of Stepove in the "
                   "Zaporizhzhia region, the army said.\n\n"
                   "Its soldiers killed 25 Russian servicemen, the army added.",
                   published=dt.date(2025, 8, 1))
    assert ("attack", ZAPORIZHZHIA) not in plain


def test_a_quoted_participle_of_taking_is_still_a_capture() -> None:
    assert ("capture", KHARKIV) in ruled(
        'The Russian commander claimed that Vovchansk in Kharkiv Oblast had been "liberated".')
    # a quoted participle before a noun takes nothing
    assert ("capture", KHARKIV) not in ruled(
        'The governor said the "liberated" districts of Kharkiv Oblast would get new schools.')
