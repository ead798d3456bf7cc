"""Round forty (b): deeds told as what repeated reports spoke of are no event; the units
a filmed attack struck are its object, no sighting; a crosshead over a recap is the recap;
people named by their flight reach places, they take none; a time or place phrase fronted
before the subject is no subject; numbered or named formations in combat or stationed at a
place are seen there (not a formation "operating in" an area, an army's routine wording);
a named ally fought beside is seen there; another country's forces named in a clash are
seen where it happened; a deed dated within the span of days a lead says the report
covers is news; "both" after a comma points back to the noun phrase before it."""

from __future__ import annotations

import datetime as dt

from geoapp.extract.rules import find_triggers
from tests.extract_helpers import places

PUBLISHED = dt.date(2025, 1, 20)
KURSK = "RUS-2362"


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return places(text, PUBLISHED, None)


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


# 5. a fronted time phrase and a formation in combat

def test_a_formation_after_a_fronted_date_that_clashed_is_seen() -> None:
    assert ("unit_sighting", "named formation present") in _types(
        "On 19 October, units of the 8th Rapid Intervention Battalion, supported by special "
        "teams, clashed with gunmen in the area.")


def test_a_named_brigade_that_fought_in_a_place_is_seen() -> None:
    assert ("unit_sighting", "named formation present") in _types(
        "The Paratroopers Brigade fought in the west of the town.")


def test_a_numbered_battalion_stationed_in_a_town_is_seen() -> None:
    assert ("unit_sighting", "named formation present") in _types(
        "Infantry Battalion No. 97 is stationed in the town.")


def test_a_division_operating_in_an_area_is_no_sighting() -> None:
    assert not _has("Over the past day, troops of the 162nd Division continued operating in "
                    "the area of the camp.", "unit_sighting")


# 6. a named ally

def test_a_named_ally_fought_beside_is_seen() -> None:
    assert ("unit_sighting", "units seen") in _types(
        "The junta, fighting alongside the Shanni Nationalities Army, took back the town.")


def test_the_force_that_works_beside_allies_is_no_sighting() -> None:
    assert not _has("The National Army, working together with allied local forces, drove "
                    "the militants out of the village.", "unit_sighting")


# 7. another country's forces in a clash

def test_another_countrys_troops_named_in_a_clash_are_seen_there() -> None:
    assert ("unit_sighting", KURSK) in _kinds(
        "The first armed clash between Ukrainian soldiers and North Korean troops happened in "
        "the Kursk region, the minister said on Sunday.")


def test_gunmen_in_a_clash_are_no_sighting() -> None:
    assert not _has("Israeli forces killed nine people in a clash with Palestinian gunmen "
                    "in the camp.", "unit_sighting")


# 8. the span of days a lead says the report covers

_PERIOD = ("Operations in the border region\n\n"
           "Between 1 January and 18 January 2025, the armed forces carried out a series of "
           "operations in the Kursk region, the ministry said.\n\n"
           "On 2 January, troops captured the village of Sudzha in the Kursk region.\n\n"
           "The ministry gave no figures for losses.\n")


def test_a_deed_dated_within_the_span_a_lead_covers_is_news() -> None:
    assert ("capture", KURSK) in _kinds(_PERIOD)


def test_a_deed_dated_before_the_span_a_lead_covers_is_still_a_recap() -> None:
    text = _PERIOD.replace("Between 1 January and 18 January", "On 18 January")
    assert ("capture", KURSK) not in _kinds(text)


# 9. "both" after a comma points back to the formations before it

def test_formations_both_stationed_in_a_town_are_seen() -> None:
    assert ("unit_sighting", "named formation present") in _types(
        "The army reinforced the front with troops from the 12th Command and Infantry "
        "Battalion No. 97, both stationed in the town.")


def test_people_both_stationed_somewhere_are_no_formation() -> None:
    assert ("unit_sighting", "named formation present") not in _types(
        "Two guards, both stationed in the town, said the 12th Battalion had left.")
