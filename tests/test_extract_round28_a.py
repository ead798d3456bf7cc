"""Wordings of intelligence updates, defence-ministry summaries and wire copy, each sentence
written fresh (not corpus text): a graded "very probably" of a named service is its claim;
"on Russia's side" is a side, no place; forces a share is counted of are no deployment; a
place in the next conjunct's subject is that conjunct's; a named group's sector takes no
place from the sector before; a briefing's "operation to destroy" units is fighting; the
dead of an earthquake are no toll of the war; "a further" count after a closing recap
goes on with the recap."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import ruled, trigger_types

KURSK, KYIV, DONETSK = "RUS-2362", "UKR-4826", "UKR-327"


# 1. an intelligence service's graded judgement: its claim, not a hedge

def test_a_services_very_probably_is_its_claim() -> None:
    found = ruled("The defence ministry said on Sunday that the brigade had very probably "
                  "taken more than 900 casualties in the Kursk region since April.")
    assert ("casualty_report", KURSK) in found


def test_a_plain_probably_still_hedges() -> None:
    found = ruled("The brigade had probably taken more than 900 casualties in the Kursk "
                  "region since April.")
    assert ("casualty_report", KURSK) not in found


# 2. the side someone fights on: no place

def test_fighting_on_a_countrys_side_places_nothing() -> None:
    found = ruled("North Korea has in all likelihood lost more than 6,000 soldiers killed "
                  "or wounded while fighting on Russia's side, according to an estimate "
                  "the defence ministry published on Sunday.")
    assert ("casualty_report", "RU") not in found


# 3. forces a share is counted of: who the share counts, no deployment

def test_the_troops_a_share_is_counted_of_are_no_deployment() -> None:
    assert "troop_deployment" not in trigger_types(
        "That amounts to about a third of the 9,000 soldiers who were first sent to the area.")


def test_troops_sent_are_still_a_deployment() -> None:
    assert "troop_deployment" in trigger_types(
        "About a third of the brigade's 9,000 soldiers were sent to the area on Monday.")


# 4. a place in the subject of the next conjunct belongs to that conjunct's deed

def test_a_place_in_the_next_conjuncts_subject_is_no_capture_place() -> None:
    found = ruled("Five villages liberated and a Kharkiv fuel depot hit over the week, the "
                  "ministry says")
    assert not any(t == "capture" for t, _ in found)
    assert any(t == "attack" for t, _ in found)


# 5. a named group's sector: no place from the sector told before

def test_a_named_groups_sector_takes_no_place_from_the_one_before() -> None:
    found = ruled("The East group of forces liberated Kurakhove in the Donetsk region. "
                  "In the zone of responsibility of the West group of forces, the enemy's "
                  "losses exceeded 1,200 soldiers.")
    assert ("capture", DONETSK) in found
    assert ("casualty_report", DONETSK) not in found


# 6. a briefing's operation to destroy units somewhere: fighting there

def test_an_operation_to_destroy_units_is_an_attack() -> None:
    assert ("attack", KURSK) in ruled(
        "The North group of forces continued the operation to destroy units of the enemy's "
        "armed forces in the Kursk region.")


# 7. the dead of an earthquake: no toll of the war

def test_the_dead_of_an_earthquake_are_no_casualty_report() -> None:
    found = ruled("The truce was declared after the earthquake in the Mandalay region, which "
                  "killed more than 3,000 people.")
    assert not any(t == "casualty_report" for t, _ in found)


def test_people_killed_by_floods_are_no_casualty_report() -> None:
    found = ruled("More than 200 people were killed by the floods in the Mandalay region last "
                  "week.")
    assert not any(t == "casualty_report" for t, _ in found)


# 8. "a further" count in the closing paragraph after a recap: the recap goes on

def test_a_further_count_after_a_closing_recap_is_background() -> None:
    text = ("A missile strike on Dnipro killed seven people on Tuesday, the governor said.\n\n"
            "Officials said a school and a hospital had been damaged in the city.\n\n"
            "Russia has stepped up its air strikes over recent weeks, above all on Kyiv, where "
            "an attack on June 17 left 28 people dead. A further 10 people were killed on "
            "Monday in air strikes on Kyiv.")
    found = ruled(text, published=dt.date(2025, 6, 24))
    assert ("attack", KYIV) not in found
    assert ("casualty_report", KYIV) not in found
