"""Kinds of sentences the extractor got wrong on fresh reports, each written fresh (not
corpus text): a unit's loss told after its ambush, convoys that cross into a region, status
nouns under a verb we do not map, tolls that point back at an attack already told, ongoing
presence in the present tense, villages the gazetteer lacks in a region the paragraph or
the dateline names."""

from __future__ import annotations

import datetime as dt

import pytest

from geoapp.extract import extract

PUBLISHED = dt.date(2025, 3, 2)
KURSK, KHERSON, KHARKIV, KYIV = "RUS-2362", "UKR-4827", "UKR-328", "UKR-4826"


def _kinds(text: str, **kw) -> list[tuple[str, str | None]]:
    found = extract(text, published=PUBLISHED, **kw)
    return [(c.event.event_type, c.event.adm1_code or c.event.country) for c in found]


# 1. a unit's loss told right after its ambush is the ambush's toll

def test_a_units_loss_after_its_ambush_is_the_attacks_toll() -> None:
    text = ("Partisans ambushed a Russian supply column near Sudzha in the Kursk region on "
            "Saturday. The column lost two soldiers, the regional governor said.")
    found = extract(text, published=PUBLISHED)
    assert [(c.event.event_type, c.event.adm1_code) for c in found] == [("attack", KURSK)]
    assert found[0].event.killed_low == 2 or found[0].event.casualties_low == 2


def test_a_patrols_loss_after_the_raid_on_it_is_no_casualty_report() -> None:
    text = ("Gunmen raided an army patrol outside Kherson on Thursday night. "
            "The patrol had lost three men by dawn.")
    assert _kinds(text) == [("attack", KHERSON)]


def test_a_forces_losses_over_the_front_stay_a_tally() -> None:
    text = ("Ukrainian drones ambushed a column near Sudzha in the Kursk region on Saturday. "
            "In total, the enemy lost 1,200 servicemen across the whole front over the past "
            "day, Ukraine's General Staff said.")
    assert [k[0] for k in _kinds(text)] == ["attack", "casualty_report"]


# 2. convoys and columns that cross into a place are deployed, not attacking

def test_a_convoy_of_troops_crossing_into_a_region_is_a_deployment() -> None:
    text = "A convoy of troops crossed into the Kursk region on Monday, local officials said."
    assert _kinds(text) == [("troop_deployment", KURSK)]


def test_columns_of_armour_rolling_over_the_border_are_a_deployment() -> None:
    text = ("Two columns of armoured vehicles carrying soldiers crossed the border into the "
            "Kursk region overnight, the governor said.")
    assert _kinds(text) == [("troop_deployment", KURSK)]


def test_a_convoy_that_crosses_and_shells_is_still_an_attack() -> None:
    text = "A column of troops crossed into the Kherson region and shelled two villages."
    assert ("attack", KHERSON) in _kinds(text)


# 3. a status noun under a predicate we do not map is no event

@pytest.mark.parametrize("text", [
    "A court in Kherson sentenced a Russian prisoner of war to 13 years on Monday.",
    "Prosecutors in Kharkiv charged two captured soldiers with war crimes on Friday.",
    "Ten prisoners of war held near Kharkiv were exchanged at the border on Sunday.",
])
def test_prisoners_under_an_unmapped_verb_are_no_capture(text: str) -> None:
    """Sentenced, charged, exchanged: the sentence's predicate is none we map."""
    assert _kinds(text) == []


def test_soldiers_taken_prisoner_are_still_a_capture() -> None:
    text = "Ukrainian marines took two Russian soldiers prisoner near Kherson on Friday."
    assert _kinds(text) == [("capture", KHERSON)]


# 4. "wounded in the attack" points back at an attack already told

def test_wounded_in_the_attack_elsewhere_is_no_new_attack() -> None:
    text = ("Shelling hit the Kursk region on Friday. In Kyiv, doctors treated two soldiers "
            "injured in the attack.")
    assert _kinds(text) == [("attack", KURSK)]


def test_a_victim_of_that_strike_dying_later_is_no_new_attack() -> None:
    text = ("Missiles struck a factory in Kharkiv on Monday.\n\n"
            "A worker wounded in that strike died in a Kyiv hospital on Wednesday.")
    assert _kinds(text) == [("attack", KHARKIV)]


def test_wounded_in_an_attack_never_told_is_the_attack() -> None:
    text = "Three civilians were wounded in the attack on a bus station in Kherson on Sunday."
    assert _kinds(text) == [("attack", KHERSON)]


# 5. ongoing presence stated in the present tense is current news

def test_crews_that_continue_to_operate_are_seen_there() -> None:
    text = "Russian drone crews continue to operate in the Kursk region, the General Staff said."
    assert _kinds(text) == [("unit_sighting", KURSK)]


def test_units_still_operating_near_a_town_are_seen_there() -> None:
    text = "Several Chadian units are still operating near Kherson, Ukrainian officials said."
    assert _kinds(text) == [("unit_sighting", KHERSON)]


def test_strikes_that_continue_are_still_background() -> None:
    text = "Russian forces continue to shell villages in the Kherson region, officials said."
    assert _kinds(text) == []


# 6. a village the gazetteer lacks: the region its paragraph names, else the dateline's

_KHARKIV_NEWS = ("Russian drones struck Kharkiv on Friday. Missiles hit a plant in Kharkiv on "
                 "Saturday. Kharkiv residents sheltered in the metro.\n\n")


def test_an_unknown_village_takes_the_region_named_later_in_its_paragraph() -> None:
    text = _KHARKIV_NEWS + ("Troops shelled the village of Zzyzxovka on Saturday. The hamlet "
                            "lies in the Kherson region, a local official said.")
    assert ("attack", KHERSON) in _kinds(text)


def test_an_unknown_village_takes_the_datelines_region_over_the_most_named() -> None:
    text = ("KHERSON, March 1 (Reuters) - Officials spoke of a hard week.\n\n" + _KHARKIV_NEWS +
            "Troops shelled the village of Zzyzxovka on Saturday.")
    assert ("attack", KHERSON) in _kinds(text)


def test_an_unknown_village_after_a_placed_sentence_keeps_that_place() -> None:
    text = _KHARKIV_NEWS + ("In the Kherson region, the night was tense. Troops shelled the "
                            "village of Zzyzxovka on Saturday.")
    assert ("attack", KHERSON) in _kinds(text)
