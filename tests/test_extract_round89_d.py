"""Round 89 (d): a crosshead that only reminds ("Reminder", "Recall") marks the section
under it as told before, as "Background" does; a side's own forces, unnamed, told only as
those whose commanders someone met, or as what a commander decides to support, are no
force seen at a place."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import folded, ruled, trigger_types

PUBLISHED = dt.date(2025, 6, 12)

REMINDER = ("Drones hit a fuel depot in the Russian city of Oryol overnight, the governor "
            "said on Thursday.\n\nReminder\n\nOn the night of June 9, drones struck a "
            "power substation in the Lipetsk region, local officials said.")
NEWS_HEAD = ("Drones hit a fuel depot in the Russian city of Oryol overnight, the governor "
             "said on Thursday.\n\nOvernight\n\nOn the night of June 9, drones struck a "
             "power substation in the Lipetsk region, local officials said.")


def test_reminder_crosshead_makes_its_section_a_recap() -> None:
    found = folded(REMINDER, PUBLISHED)
    assert ("attack", "RUS-2366") in found  # Oryol: the news
    assert ("attack", "RUS-2363") not in found  # Lipetsk: under "Reminder"


def test_other_crosshead_leaves_its_section_news() -> None:
    assert ("attack", "RUS-2363") in folded(NEWS_HEAD, PUBLISHED)


MET = ("The commander said he had met the commanders of the units taking part in the "
       "defence near Kostiantynivka in the Donetsk region.")
NAMED = ("Troops of the 93rd Brigade are taking part in the defence near Kostiantynivka in "
         "the Donetsk region.")
SUPPORTED = ("He said he had taken decisions on support for the units involved in combat "
             "near Kostiantynivka in the Donetsk region.")
IN_COMBAT = "Russian units are involved in combat near Kostiantynivka in the Donetsk region."


def test_units_told_by_their_commanders_met_are_no_sighting() -> None:
    assert ("unit_sighting", "UKR-327") not in ruled(MET)


def test_named_unit_taking_part_stays_a_sighting() -> None:
    assert ("unit_sighting", "UKR-327") in ruled(NAMED)


def test_units_as_what_is_supported_are_no_sighting() -> None:
    assert "unit_sighting" not in trigger_types(SUPPORTED)


def test_units_in_combat_stay_a_sighting() -> None:
    assert "unit_sighting" in trigger_types(IN_COMBAT)
    assert ("unit_sighting", "UKR-327") in ruled(IN_COMBAT)
