"""Round thirty-five (a): the rules for the kinds of wording t885–t894 showed (a table of
figures whose rows name what they count, where the killed and injured were, a monitor's
information "gathered by" it and a speaker's long post, a national toll "over the weekend",
forces that entered a whole region, soldiers abducted and soldiers back from leave, a
"preparation for" an offensive, a deed named as what came "along with" another, kinds of
attack set apart in a distinction, relative clauses that only describe someone, and a
closing paragraph recalling an earlier day's strike)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import ruled, trigger_types

from geoapp.extract.attribution import find_attribution
from geoapp.extract.figures import find_figures
from geoapp.extract.rules import find_triggers

KYIV_CITY, KHARKIV, ODESA, SUMY = "UKR-4826", "UKR-328", "UKR-322", "UKR-325"
KURSK, BELGOROD = "RUS-2362", "RUS-2370"
TIMBUKTU, CABO_DELGADO = "MLI-2688", "MOZ-1198"


# 1. a table row "Label naming the dead: N" counts them, where its heading says

def test_a_table_row_labelled_by_its_casualties_is_a_count_of_them() -> None:
    figures = find_figures("Reported civilian fatalities: at least 3 (210 since 1 January 2020)")
    assert [(f.quantity.low, f.category) for f in figures] == [(3, "killed")]


def test_a_row_of_events_counts_no_casualties() -> None:
    assert find_figures("Political violence events: at least 6 (2,105 since 1 October 2017)") \
        == []


def test_table_rows_under_a_placed_heading_are_a_tally_there() -> None:
    found = ruled("Weekly update: 3 - 9 March 2025\n\n"
                  "Key figures for Cabo Delgado province (3 - 9 March 2025)\n\n"
                  "Political violence events: at least 4 (2,000 since 1 October 2017)\n"
                  "Reported fatalities from political violence: at least 9 (6,000 since 1 "
                  "October 2017)\n\n"
                  "Insurgents were active along the coast this week.",
                  published=dt.date(2025, 3, 11))
    assert ("casualty_report", CABO_DELGADO) in found


# 2. where the killed and injured were: the strikes that killed them hit there

def test_the_killed_and_injured_placed_in_cities_are_an_attack_in_each() -> None:
    found = ruled("Since Friday, missile and drone attacks have killed and injured civilians "
                  "across the country. Most of those killed and injured were in cities such "
                  "as Kharkiv and Odesa.")
    assert ("attack", KHARKIV) in found and ("attack", ODESA) in found


def test_the_wounded_in_hospital_tell_no_strike_there() -> None:
    assert "attack" not in trigger_types(
        "The wounded were in hospital in Kharkiv on Monday, doctors said.")


# 3. a monitor's information "gathered by" it, a speaker with a long post: their claim

def test_information_gathered_by_a_monitor_is_its_claim() -> None:
    found = find_attribution("Information gathered by the UN monitoring mission shows that "
                             "at least 9 civilians were killed.")
    assert found is not None and found.name == "UN monitoring mission"


def test_a_speaker_with_a_long_post_is_the_source() -> None:
    text = ("Ivan Petrenko, head of the Centre for the Study of Information Operations at "
            "the National Security and Defence Council, wrote on Friday that some of the "
            "troops had moved into the Belgorod region.")
    found = find_attribution(text)
    assert found is not None and found.name == "Ivan Petrenko"
    assert ("troop_deployment", BELGOROD) in ruled(text)


# 4. a toll "over the weekend" for a whole country is a national tally

def test_a_countrys_toll_over_the_weekend_is_a_national_tally() -> None:
    assert ("casualty_report", "RU") in ruled(
        "According to the Russian authorities, drones launched into the Russian Federation "
        "injured at least 11 civilians over the weekend.")


# 5. a "preparation for" an offensive tells no attack

def test_a_preparation_for_an_offensive_is_no_attack() -> None:
    assert "attack" not in trigger_types(
        "The rebels have been moving reinforcements north, a manoeuvre that residents "
        "describe as preparation for an offensive against the town.")


# 6. forces that entered a whole region moved in; a town entered is still taken

def test_troops_that_entered_a_region_are_a_deployment() -> None:
    found = ruled("Officials said on Monday that roughly 5,000 foreign troops had entered "
                  "Russia's Kursk region.")
    assert ("troop_deployment", KURSK) in found and ("capture", KURSK) not in found


def test_troops_that_entered_a_town_took_it() -> None:
    assert "capture" in trigger_types("Russian troops entered the town of Sudzha on Monday.")


# 7. soldiers abducted are taken; soldiers back from leave were sent nowhere

def test_soldiers_abducted_are_a_capture_not_a_deployment() -> None:
    found = ruled("Two soldiers who were abducted on Monday in the Timbuktu region as they "
                  "were coming back from leave appeared in a video.")
    assert ("capture", TIMBUKTU) in found
    assert ("troop_deployment", TIMBUKTU) not in found


# 8. a deed named as what came "along with" another points back at it

def test_along_with_the_attack_tells_no_new_attack() -> None:
    found = ruled("On Friday gunmen attacked a convoy near Sumy. Along with the attack, "
                  "the group released videos of hostages held in Kharkiv.")
    assert ("attack", SUMY) in found and ("attack", KHARKIV) not in found


# 9. kinds of attack set apart in a distinction: none told done

def test_attacks_named_in_a_distinction_are_no_attack() -> None:
    assert "attack" not in trigger_types(
        "The president set out the difference between fighting among armed groups and "
        "attacks designed to terrorize civilians.")


# 10. a relative clause only describing someone tells no deed

def test_drones_that_attack_them_describe_the_drones() -> None:
    assert "attack" not in trigger_types(
        "Officers tell the troops that the drones that attack them are flown by the enemy.")


def test_prisoners_who_were_captured_are_described_not_taken() -> None:
    assert not any("captured" in t.word for t in find_triggers(
        "The account comes from an interview given by two prisoners of war who were "
        "captured by Ukraine."))


# 11. a closing paragraph recalling an earlier day's strike elsewhere: context

def test_a_closing_paragraph_with_an_earlier_days_strike_is_context() -> None:
    found = ruled(
        "Russian drones damaged power facilities in the Odesa region overnight, the "
        "governor said on Sunday.\n\n"
        "Russia has struck the country's power grid throughout the war, since February "
        "2022.\n\n"
        "A large Russian attack on Thursday killed 20 people in Kyiv.",
        published=dt.date(2025, 8, 31))
    assert ("attack", ODESA) in found
    assert ("attack", KYIV_CITY) not in found
