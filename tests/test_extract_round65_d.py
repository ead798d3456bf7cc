"""Round sixty-five (d): wording classes of t1485–t1494, each with a near miss that must not
change. Sentences written fresh for these tests."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import folded, ruled, trigger_types

PUBLISHED = dt.date(2025, 11, 3)


def test_front_line_maps_that_show_forces_are_no_papers_taken() -> None:
    # maps of the front posted or published show where forces stand: nothing seized
    assert "document_seizure" not in trigger_types(
        "Front-line maps published by analysts on Sunday showed the brigade gone from the "
        "village of Sudzha in Kursk region.")
    # maps found on a body are papers taken
    assert "document_seizure" in trigger_types(
        "Soldiers found maps and a laptop on the body of the officer near Sudzha in Kursk "
        "region.")


def test_ground_already_gained_at_several_points_is_the_state_of_the_front() -> None:
    assert ruled("Our units have already pushed into Zaporizhzhia region at several points, "
                 "the commander wrote.", PUBLISHED) == []
    # the same push told as the day's news stays
    told = ruled("On Tuesday our units pushed into Zaporizhzhia region at several points, "
                 "the commander wrote.", PUBLISHED)
    assert ("attack", "UKR-331") in told


def test_capture_in_a_which_clause_of_the_last_days_is_the_news() -> None:
    assert ("capture", "SDN-881") in ruled(
        "Hunger is spreading in El-Fasher, which the RSF seized from the army on Sunday.",
        PUBLISHED)
    # another deed the sentence tells is its news: the capture gives way to it
    told = ruled("Army jets struck El-Fasher, which the RSF seized from the army on Sunday, "
                 "killing 12 people.", PUBLISHED)
    assert ("attack", "SDN-881") in told and ("capture", "SDN-881") not in told
    # how the place came to be held long before stays history
    assert ("capture", "SDN-881") not in ruled(
        "Hunger is spreading in El-Fasher, which the RSF seized from the army after an "
        "18-month siege.", PUBLISHED)


def test_killings_after_a_place_fell_are_an_attack_of_their_own() -> None:
    assert folded("The RSF captured El-Fasher on Sunday. Its fighters killed at least 40 "
                  "civilians in El-Fasher in the hours after the city fell.", PUBLISHED) == [
        ("capture", "SDN-881"), ("attack", "SDN-881")]
    # a toll told with no such time is still the capture's
    assert folded("The RSF captured El-Fasher on Sunday. Its fighters killed at least 40 "
                  "civilians in El-Fasher.", PUBLISHED) == [("capture", "SDN-881")]


def test_forces_committed_to_a_place_s_defence_are_a_deployment() -> None:
    assert ("troop_deployment", "UKR-327") in ruled(
        "The army has committed two divisions to the defence of Pokrovsk in Donetsk region.",
        PUBLISHED)
    # a side only pledged to a defence commits no force
    assert ruled("The government remains committed to the defence of Pokrovsk in Donetsk "
                 "region.", PUBLISHED) == []


def test_foreign_forces_in_a_convoy_struck_are_seen_there() -> None:
    assert ("unit_sighting", "MLI-2810") in ruled(
        "Gunmen ambushed a convoy of Malian soldiers and Russian instructors near Niono in "
        "Segou region on Monday.", PUBLISHED)
    # the country's own forces in the convoy are only the attack's target
    assert ruled("Gunmen ambushed a convoy of Malian soldiers near Niono in Segou region on "
                 "Monday.", PUBLISHED) == [("attack", "MLI-2810")]
