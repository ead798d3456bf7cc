"""Tolls and losses as wires retell them, each sentence written fresh (not corpus text):
losses counted in formations ("lost up to a battalion"), troops listed among a force's
losses, the papers of the dead searched; and tolls that are no news of their own (the toll
of a whole war told as what the war is, a killing someone is sought for)."""

from __future__ import annotations

import pytest

from geoapp.extract.figures import find_figures
from tests.extract_helpers import places

KURSK, KHARKIV, NORTH_DARFUR, WEST_BANK = "RUS-2362", "UKR-328", "SDN-881", "WEB+00?"


# 1. losses counted in formations, and troops listed among losses

@pytest.mark.parametrize("text", [
    "The enemy lost up to a battalion of infantry near the river.",
    "Officials said the brigade had lost a company of paratroopers in two days.",
    "The regiment lost an entire platoon of conscripts in the assault.",
])
def test_losses_counted_in_formations_are_a_casualty_figure(text: str) -> None:
    figures = find_figures(text)
    assert [(f.category, f.quantity.low, f.quantity.high) for f in figures] == [
        ("casualties", None, None)]


def test_a_formation_sent_is_no_loss() -> None:
    assert [f.category for f in find_figures(
        "The command sent a battalion of marines to the front.") if f.category] == []


def test_formation_losses_claimed_in_a_region_are_a_casualty_report() -> None:
    text = ("The president said on Sunday that near one village in the Kursk region the "
            "Russian army had lost up to a battalion of infantrymen within a few days.")
    assert ("casualty_report", KURSK) in places(text)


@pytest.mark.parametrize(("text", "low"), [
    ("Kyiv says Russian forces suffered heavy losses this week, among them 900 personnel "
     "and 12 tanks.", 900),
    ("The ministry reported the enemy's losses, including 300 soldiers, near the town.", 300),
])
def test_troops_listed_among_losses_are_casualties(text: str, low: int) -> None:
    figures = find_figures(text)
    assert (low, "casualties") in [(f.quantity.low, f.category) for f in figures]
    assert all(f.category is None for f in figures if f.quantity.low != low)


def test_troops_listed_among_reinforcements_are_no_casualties() -> None:
    assert [f.category for f in find_figures(
        "The army sent reinforcements, including 300 soldiers, to the town.")] == [None]


def test_a_forces_dead_and_wounded_confirmed_without_a_count_are_a_casualty_report() -> None:
    text = ("On Monday a defence spokesman confirmed that the foreign troops had been killed "
            "and wounded in the fighting in the Kursk region, but gave no numbers.")
    assert [(f.category, f.quantity.low) for f in find_figures(text)] == [("casualties", None)]
    assert ("casualty_report", KURSK) in places(text)


@pytest.mark.parametrize(("text", "found"), [
    ("Officials said 40 soldiers had been killed and wounded near the town.",
     [(40, "casualties")]),
    ("Two soldiers were killed in the strike on the base.", [(2, "killed")]),
    ("Soldiers were killed in the strike on the base.", []),
])
def test_a_count_or_a_lone_killed_is_no_uncounted_toll(text: str,
                                                      found: list[tuple[int, str]]) -> None:
    assert [(f.quantity.low, f.category) for f in find_figures(text)] == found


# 2. the papers of the dead searched

@pytest.mark.parametrize("text", [
    "After the battle near Sudzha in the Kursk region on Monday, Ukrainian troops searched "
    "the belongings and documents of the dead Russian soldiers.",
    "Ukrainian troops searched the documents of the dead soldiers near Sudzha in the Kursk "
    "region on Monday.",
])
def test_documents_of_the_dead_searched_are_a_seizure(text: str) -> None:
    assert ("document_seizure", KURSK) in places(text)


def test_a_house_searched_is_no_seizure() -> None:
    assert places("Police searched the house of the mayor in Kharkiv on Monday.") == []


# 3. tolls that are no news of their own

def test_the_toll_of_a_whole_war_is_background() -> None:
    text = ("Shelling of a camp near El Fasher in North Darfur killed three people on Monday, "
            "activists said.\n\n"
            "Since April last year, the army and the paramilitary have been fighting a war "
            "that has killed more than 15,000 people, according to the UN.")
    found = places(text)
    assert ("attack", NORTH_DARFUR) in found
    assert found.count(("casualty_report", NORTH_DARFUR)) <= 1
    assert all("15,000" not in (c or "") for c in _quotes(text))


def test_a_fresh_toll_of_fighting_stays_news() -> None:
    text = ("Fighting around El Fasher in North Darfur that has killed 40 people since Monday "
            "went on, activists said on Wednesday.")
    assert ("casualty_report", NORTH_DARFUR) in places(text)


@pytest.mark.parametrize("text", [
    "Troops entered Jenin on Tuesday to arrest suspects in the killing of two settlers "
    "near Hebron last week.",
    "Police in Jenin arrested a man suspected of killing three soldiers.",
    "A court jailed two men accused of the killing of four villagers.",
])
def test_a_killing_someone_is_sought_or_tried_for_is_no_toll(text: str) -> None:
    assert [f.category for f in find_figures(text) if f.category] == []


def test_a_killing_told_as_news_keeps_its_toll() -> None:
    assert [(f.quantity.low, f.category) for f in find_figures(
        "Gunmen killed two settlers near Hebron on Monday.")] == [(2, "killed")]


def _quotes(text: str) -> list[str | None]:
    from tests.extract_helpers import proposed
    return [c.event.quote for c in proposed(text) if c.event.event_type == "casualty_report"]
