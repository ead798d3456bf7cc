"""Round forty (b): deeds told as what repeated reports spoke of are no event; the units
a filmed attack struck are its object, no sighting; a crosshead over a recap is the recap;
people named by their flight reach places, they take none."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import extract
from geoapp.extract.rules import find_triggers

PUBLISHED = dt.date(2025, 1, 20)
KURSK = "RUS-2362"


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(c.event.event_type, c.event.adm1_code or c.event.country)
            for c in extract(text, published=PUBLISHED)]


def _types(sentence: str) -> list[tuple[str, str]]:
    return [(t.event_type, t.cue) for t in find_triggers(sentence)]


def _has(sentence: str, event_type: str) -> bool:
    return any(t == event_type for t, _ in _types(sentence))


# 1. repeated reports given as a reason

def test_deeds_of_repeated_reports_given_as_a_reason_are_no_event() -> None:
    assert not _has("The group said its raid followed repeated reports of villagers being "
                    "killed or driven out of their homes.", "other")


def test_people_driven_from_their_homes_are_still_displaced() -> None:
    assert _has("Hundreds of villagers were driven out of their homes by the fighting.",
                "other")


# 2. the target of a filmed attack

def test_units_struck_in_a_filmed_attack_are_no_sighting() -> None:
    assert not _has("The advance is shown by geolocated video of drone attacks on Russian "
                    "units near the village.", "unit_sighting")


def test_units_filmed_are_still_seen() -> None:
    assert _has("Geolocated video of Russian units near the village appeared on Monday.",
                "unit_sighting")


# 3. a crosshead over a recap

_RECAP = ("Shortages grow in Kursk region\n\n"
          "Residents describe shortages of water in the town of Sudzha in the Kursk region, "
          "the governor said on Sunday.\n\n"
          "Took the town\n\n"
          "After the troops took Sudzha in the Kursk region in August 2024, many residents "
          "left.\n\nOthers stayed behind, the governor said.\n")


def test_a_crosshead_over_a_recap_is_the_recap() -> None:
    assert ("capture", KURSK) not in _kinds(_RECAP)


def test_a_crosshead_over_news_is_still_news() -> None:
    text = _RECAP.replace("in August 2024", "on Saturday")
    assert ("capture", KURSK) in _kinds(text)


# 4. people named by their flight

def test_those_fleeing_who_reached_a_camp_took_no_ground() -> None:
    assert not _has("Few of those fleeing the city have reached the new camp near the town.",
                    "capture")


def test_troops_who_reached_a_town_still_took_it() -> None:
    assert _has("The troops have reached the town and raised their flag.", "capture")
