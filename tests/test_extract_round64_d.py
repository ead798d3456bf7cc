"""Round 64 (d): a country forces are sent to narrowed by where most of them went, and
the sending country named as the subject of the sending; a sentence going back to the
moment prisoners were taken; a wave of displacement; a vehicle's make is no place; dead
"thought to have been" killed."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled


def test_most_of_those_sent_to_a_region_places_the_deployment():
    text = ("Belarus dispatched about 3,000 soldiers to Russia, most of them to the "
            "Belgorod region.")
    assert ("troop_deployment", "RUS-2370") in ruled(text)
    assert ("troop_deployment", "RU") not in ruled(text)


def test_a_region_of_another_clause_does_not_narrow_the_sending():
    # near miss: the region is the place of another deed, not where most were sent
    text = "Belarus dispatched about 3,000 soldiers to Russia, and shelling hit the Belgorod region."
    assert ("troop_deployment", "RU") in ruled(text)
    assert ("troop_deployment", "RUS-2370") not in ruled(text)


def test_foreign_losses_go_where_the_named_country_sent_its_forces():
    text = ("Some 500 North Korean soldiers have died fighting for Russia, an official says.\n\n"
            "North Korea dispatched more than 8,000 soldiers to Russia this year, most of "
            "them to the Belgorod region, officials said on Monday.")
    assert ("casualty_report", "RUS-2370") in folded(text)


def test_foreign_losses_stay_unplaced_when_the_sender_is_another_country():
    # near miss: the country sending is not the one whose soldiers died
    text = ("Some 500 North Korean soldiers have died fighting for Russia, an official says.\n\n"
            "Belarus dispatched more than 8,000 soldiers to Russia this year, most of "
            "them to the Belgorod region, officials said on Monday.")
    assert ("casualty_report", "RUS-2370") not in folded(text)


_PRISONERS = ("Ukrainian paratroopers captured three Russian soldiers near Vovchansk in the "
              "Kharkiv region, the army said.\n\n"
              "The prisoners were later taken to Odesa for questioning.\n\n")


def test_what_was_found_when_prisoners_were_taken_is_placed_at_the_capture():
    text = _PRISONERS + ("When they were captured, one of them was carrying maps and a "
                         "notebook with unit codes, officials said.")
    assert ("document_seizure", "UKR-328") in ruled(text)


def test_papers_found_later_keep_no_capture_place():
    # near miss: no going back to the moment of capture
    text = _PRISONERS + "One of them was carrying maps and a notebook with unit codes."
    assert ("document_seizure", "UKR-328") not in ruled(text)


def test_a_wave_of_displacement_is_an_other_event():
    text = ("The UN refugee agency said it had recorded a fresh wave of displacement from "
            "Kadugli after the clashes.")
    assert ("other", "SDN-882") in ruled(text)


def test_a_feared_wave_of_displacement_is_none():
    text = ("Aid agencies fear a new wave of displacement from Kadugli if the clashes go on.")
    assert ("other", "SDN-882") not in ruled(text)


def test_a_make_of_car_is_no_place():
    text = "A drone struck a Toyota pickup near Bint Jbeil in south Lebanon, killing two men."
    assert not any(code.startswith("JPN") for _, code in ruled(text))
    assert ("attack", "LBN-3059") in folded(text)


def test_a_town_before_its_bus_station_is_a_place():
    # near miss: a place's own station is still the place
    text = "A drone struck a car near the Kherson bus station, killing two men."
    assert ("attack", "UKR-4827") in folded(text)


def test_soldiers_thought_to_have_been_killed_are_counted():
    text = ("About 300 soldiers deployed to the Kursk region are thought to have been "
            "killed, officials said on Monday.")
    assert ("casualty_report", "RUS-2362") in ruled(text)
