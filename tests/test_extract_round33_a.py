"""Round thirty-three (a): the rules for the kinds of wording t845–t854 showed (distances
from a town, troops defeated, killings told without a count, hospitals taking in the
dead, orders of size of a whole war, a weekday opening a past perfect, "when" clauses
timing a deed, troops named by where they were sent)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import ruled

from geoapp.extract.roles import measures_reach

BOULGOU = "BFA-2826"
KOULPELOGO = "BFA-2827"
KURSK = "RUS-2362"
NORTH_DARFUR = "SDN-881"
SHAN = "MMR-3277"
GAZA = "GAZ+00?"


# 1. a place a distance is given from says where the event lies, not where an attack was
# launched from; a distance in words counts like one in figures

def test_a_town_a_distance_is_given_from_places_the_attack() -> None:
    found = ruled(
        "Gunmen attacked a rural commune in Burkina Faso early on Sunday. Residents said the "
        "assailants stormed the commune, which lies some thirty kilometres from Tenkodogo.")
    assert ("attack", BOULGOU) in found


def test_a_town_a_distance_is_given_from_places_the_capture() -> None:
    found = ruled(
        "The military took back a rebel-held missile battalion base, some three miles from "
        "Nawnghkio in Myanmar, on Tuesday evening, military sources said.")
    assert ("capture", SHAN) in found


def test_a_long_distance_in_words_is_no_place_of_the_event() -> None:
    assert measures_reach("some two hundred kilometres from ")
    assert measures_reach("a hundred miles from ")
    assert not measures_reach("some thirty kilometres from ")


# 2. troops defeated in fighting were fought there

def test_troops_defeated_in_fighting_are_an_attack() -> None:
    found = ruled(
        "The Defence Ministry said on Monday its forces had defeated Ukrainian troops in "
        "fighting around Sudzha in the Kursk region.")
    assert ("attack", KURSK) in found


def test_a_motion_defeated_is_no_fight() -> None:
    assert not ruled("Lawmakers in the Kursk region defeated a motion backed by troops' "
                     "families on Monday.")


# 3. killings of civilians told without a count are an attack where they happened

def test_mass_killings_of_civilians_reported_are_an_attack() -> None:
    found = ruled(
        "The RSF captured El Fasher in Sudan on Sunday. Several local and international "
        "groups have reported mass killings and the torture of civilians by the group in El "
        "Fasher on Monday.")
    assert ("attack", NORTH_DARFUR) in found


def test_killings_someone_is_tried_for_are_no_attack() -> None:
    assert ("attack", NORTH_DARFUR) not in ruled(
        "A court in El Fasher in Sudan on Monday sentenced two men convicted over the "
        "killings of civilians.")


# 4. a hospital that took in the dead took no ground

def test_a_hospital_taking_in_bodies_is_no_capture() -> None:
    found = ruled(
        "Al-Ahli Hospital in Gaza City took in 11 bodies from overnight strikes into Monday, "
        "among them three women and four children.", published=dt.date(2025, 3, 3))
    assert "capture" not in {t for t, _ in found}


# 5. a toll given only as an order of size that a whole war reaches is the war's, not of
# the place told before

def test_a_war_s_order_of_size_toll_is_not_the_town_s() -> None:
    found = ruled(
        "A drone struck a house in El Obeid in Sudan on Monday, wrecking it, medics "
        "said.\n\nSo far more than 11 million people have been driven from their homes by "
        "the fighting and hundreds of thousands have been killed.")
    assert ("attack", "SDN-883") in found
    assert "casualty_report" not in {t for t, _ in found}


# 6. a sentence opening on a weekday orders the days of the news with its past perfect

def test_a_weekday_opening_a_past_perfect_is_news() -> None:
    found = ruled(
        "Armed men attacked a rural commune in Burkina Faso early on Sunday, residents "
        "said.\n\nOn Saturday, a group of armed men had struck the village of Tissaoghin in "
        "Koulpelogo province.", published=dt.date(2024, 3, 11))
    assert ("attack", KOULPELOGO) in found


# 7. a "when" clause times the deed before it

def test_a_when_clause_dates_the_deed_it_follows() -> None:
    found = ruled(
        "Witnesses said troops shelled the market in El Fasher when the city fell on "
        "October 26.", published=dt.date(2025, 11, 24))
    assert ("attack", NORTH_DARFUR) not in found


# 8. troops named by where they were sent, before what the sentence tells of them

def test_troops_named_by_where_they_were_sent_are_no_deployment() -> None:
    found = ruled(
        "The newspaper reported on Saturday that the North Korean troops first sent to "
        "Russia's Kursk region had fought with outdated tactics but were learning fast.")
    assert "troop_deployment" not in {t for t, _ in found}


def test_troops_sent_told_as_news_are_still_deployed() -> None:
    found = ruled("North Korea sent 3,000 more troops to Russia's Kursk region on Saturday, "
                  "the intelligence service said.")
    assert ("troop_deployment", KURSK) in found
