"""Wordings of wire copy retold from the news, each sentence written fresh (not corpus
text): a dateline in title case ("Mogadishu, Somalia - …") after a headline and a date
line, a recap opened by "Before this," in the past perfect, a participle of taking that
describes a place ("the parts of the town occupied by the enemy"), deeds told as a habit
("keeps carrying out attacks"), a headline's toll that the body gives as its attack's, a
country an event lies near, an area the gazetteer lacks, and an operation that killed."""

from __future__ import annotations

import pytest

from geoapp.extract.dateline import find_dateline
from tests.extract_helpers import places, ruled

KHARKIV, DONETSK, KURSK = "UKR-328", "UKR-327", "RUS-2362"
MOGADISHU, GALGUDUUD, GAO = "SOM-2407", "SOM-2408", "MLI-2690"
TILLABERI, GEZIRA, KHARTOUM = "NER-4859", "SDN-875", "SDN-874"


# 1. a title-case dateline names where the report was filed, not where its event was

@pytest.mark.parametrize("text, place", [
    ("Somalia: army foils attack on base\n\n16 March 2025\n\nMogadishu, Somalia - The army "
     "foiled an attack on a base on Sunday.", "Mogadishu"),
    ("Ukraine: drones hit a school\n\nKyiv, Ukraine – Drones hit a school on Friday.", "Kyiv"),
    ("Port Sudan, Sudan — The army shelled a market on Monday.", "Port Sudan"),
    ("Somalia: base attacked\n\nMogadishu (Somali Wire) - Militants attacked a base on "
     "Friday.", "Mogadishu"),
    ("Goma (Radio Kivu) — Rebels shelled a camp on Monday.", "Goma"),
])
def test_a_title_case_dateline_is_found(text: str, place: str) -> None:
    line = find_dateline(text)
    assert line is not None and line.place == place


@pytest.mark.parametrize("text", [
    "Somalia: army foils attack on base\n\nThe army foiled an attack on a base on Sunday.",
    "Somalia: army foils attack\n\nOn Sunday, the army foiled an attack on a base - officials "
    "said.",
])
def test_a_body_without_a_dateline_has_none(text: str) -> None:
    assert find_dateline(text) is None


def test_a_title_case_dateline_does_not_place_the_event() -> None:
    text = ("Somalia: army foils attack on base\n\n16 March 2025\n\nMogadishu, Somalia - The "
            "army on Sunday foiled a car bomb attack on a military base in the Qorqor area of "
            "central Somalia.")
    assert MOGADISHU not in {region for _, region in ruled(text)}


def test_the_event_keeps_the_region_it_names_under_a_dateline() -> None:
    text = ("Somalia: army foils attack on base\n\n16 March 2025\n\nMogadishu, Somalia - The "
            "army on Sunday foiled a car bomb attack on a military base in Galguduud region.")
    assert ruled(text) == [("attack", GALGUDUUD)]


# 2. "Before this," with a past perfect recaps, even from a named source

@pytest.mark.parametrize("text", [
    "Before this, officials had confirmed that Russian troops had been sent to the Kursk "
    "region.",
    "Prior to that, the ministry had said that troops had been deployed to the Kursk region.",
])
def test_before_this_with_a_past_perfect_is_background(text: str) -> None:
    assert ruled(text) == []


def test_a_statement_of_the_day_in_the_past_perfect_stays_news() -> None:
    text = "Officials confirmed on Friday that Russian troops had been sent to the Kursk region."
    assert ruled(text) == [("troop_deployment", KURSK)]


# 3. a participle of taking after the place it describes is no capture

@pytest.mark.parametrize("text", [
    "Ukrainian soldiers carried out a raid into the parts of Bakhmut occupied by the enemy "
    "on Monday.",
    "Ukrainian soldiers struck the districts of Bakhmut held by Russian troops on Monday.",
])
def test_a_place_described_as_occupied_is_no_capture(text: str) -> None:
    assert ruled(text) == [("attack", DONETSK)]


@pytest.mark.parametrize("text", [
    "Russian troops occupied most of Bakhmut on Monday, officials said.",
    "Half of Bakhmut was occupied by Russian troops on Monday, officials said.",
])
def test_an_occupation_told_as_a_deed_stays_a_capture(text: str) -> None:
    assert ruled(text) == [("capture", DONETSK)]


# 4. deeds told as a habit that goes on are background

def test_attacks_it_keeps_carrying_out_are_background() -> None:
    assert ruled("The militants still hold parts of the north and keep carrying out attacks "
                 "in Mogadishu.") == []


def test_an_attack_carried_out_stays_news() -> None:
    assert ruled("Al-Shabaab fighters carried out an attack in Mogadishu on Monday.") == \
        [("attack", MOGADISHU)]


# 5. a headline's toll told again as the toll of the body's attack is that attack's

def test_a_headline_toll_folds_into_the_attack_that_carries_it() -> None:
    text = ("Mali: 12 soldiers killed near Gao\n\nAt least 12 soldiers were killed in an ambush "
            "near Gao on Monday, the army said.")
    assert places(text) == [("attack", GAO)]


def test_a_headline_toll_that_differs_from_the_attack_stays_apart() -> None:
    text = ("Mali: 12 soldiers killed near Gao\n\nAt least 30 soldiers were killed in an ambush "
            "near Gao on Monday, the army said.")
    assert ("attack", GAO) in places(text)
    assert len(places(text)) == 2


# 6. a country an event lies near is its neighbour, not its place

def test_a_country_named_after_near_does_not_place_the_event() -> None:
    text = ("Niger: soldiers killed\n\nAt least 12 Nigerien soldiers were killed in an ambush "
            "in the west of the country near Mali, the army said.\n\nThe ambush took place in "
            "the Tillaberi region.")
    assert places(text) == [("attack", TILLABERI)]


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 soldiers in an ambush near Mali on Monday, the army said.",
    "Gunmen killed 12 soldiers in an ambush close to Mali and Burkina Faso on Monday.",
])
def test_an_event_only_near_a_country_is_not_placed_in_it(text: str) -> None:
    assert "ML" not in {region for _, region in ruled(text)}


# 7. an area the gazetteer lacks ("in the Um Adara area") is an unknown settlement: the
# report's region, not the place of a recap in the paragraph before

def test_an_unknown_area_takes_the_reports_region() -> None:
    text = ("Gunmen attacked a village in Gezira state on Monday, killing 40 people.\n\nSince "
            "then the RSF has taken Khartoum, residents said.\n\nThe RSF said it had attacked "
            "army positions in the Um Adara area on Monday. Local committees accused it of "
            "shelling the village.")
    assert {region for _, region in ruled(text)} == {GEZIRA}


# 8. an operation told by whom it killed is an attack

@pytest.mark.parametrize("text", [
    "Special forces carried out an operation on the eastern axis of Omdurman on Thursday, "
    "killing dozens of fighters.",
    "The army said troops had conducted an operation near Omdurman on Thursday in which 12 "
    "militants were killed.",
])
def test_an_operation_that_killed_is_an_attack(text: str) -> None:
    assert ("attack", KHARTOUM) in ruled(text)


@pytest.mark.parametrize("text", [
    "Troops carried out an operation in Omdurman on Thursday, the army said.",
    "Rescue teams carried out a search operation in Omdurman on Thursday for people killed "
    "in the floods.",
])
def test_an_operation_that_killed_no_one_is_no_attack(text: str) -> None:
    assert "attack" not in {kind for kind, _ in ruled(text)}
