"""Round thirty-four (a): the rules for the kinds of wording t865–t874 showed ("the region"
named again after a town of another region, the forces of the sentence before going on
with what they took, ground operations widened into a place, a source's claim dated by a
relative clause)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import ruled

DNIPROPETROVSK = "UKR-326"
DONETSK = "UKR-327"
CHIN = "MMR-3274"
GAZA = "GAZ+00?"
KURSK = "RUS-2362"


# 1. "the region" names again the region named last, not the region of a town named since

def test_the_region_is_the_region_named_before_not_a_town_since() -> None:
    found = ruled(
        "Russian forces crossed into the Dnipropetrovsk region in August, officials said.\n\n"
        "The push came after weeks of heavy fighting around Kostiantynivka. Ukrainian officers "
        "said the town was still contested.\n\n"
        "According to analysts, the Russian army has occupied a number of settlements in the "
        "region.")
    assert ("capture", DNIPROPETROVSK) in found
    assert ("capture", DONETSK) not in found


# 2. "They seized …" right after the forces' deed in a place: what they took lies there

def test_they_seized_after_an_offensive_is_a_capture_where_they_fought() -> None:
    found = ruled(
        "On Monday, rebel forces launched an offensive on army troops in Falam town, Chin "
        "State. They seized the police station and an army outpost, and took five soldiers "
        "alive.")
    assert ("capture", CHIN) in found


# 3. ground operations widened into a place moved forces there

def test_ground_operations_widened_into_a_city_are_a_deployment() -> None:
    found = ruled("The military widened its ground operations into the central city of Deir "
                  "el-Balah on Tuesday.")
    assert ("troop_deployment", GAZA) in found


def test_air_operations_widened_move_no_troops() -> None:
    assert ("troop_deployment", GAZA) not in ruled(
        "The military widened its air campaign over Deir el-Balah on Tuesday.")


# 4. a relative clause dating the source's claim dates its figure: weeks old, a recap

_SIGHTED = ("Some 8,000 foreign soldiers are still fighting in the Kursk region, the "
            "intelligence chief said on Tuesday.\n\n")


def test_a_claim_made_weeks_ago_is_a_recap() -> None:
    found = ruled(_SIGHTED + "According to the intelligence service, which made the claim on "
                  "Jan. 13, at least 300 foreign soldiers have been killed in the Kursk region.",
                  published=dt.date(2025, 2, 4))
    assert ("casualty_report", KURSK) not in found


def test_a_claim_with_no_date_is_news() -> None:
    found = ruled(_SIGHTED + "According to the intelligence service, at least 300 foreign "
                  "soldiers have been killed in the Kursk region.",
                  published=dt.date(2025, 2, 4))
    assert ("casualty_report", KURSK) in found
