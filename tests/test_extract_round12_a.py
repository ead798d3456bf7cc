"""Wordings of retold news, each sentence written fresh (not corpus text): drones downed
counted place by place in words, a village put on the outskirts of a town, forces crossing
a river or linking up, an aside inside a toll and a force's losses over a period of days."""

from __future__ import annotations

import datetime as dt

import pytest

from geoapp.extract import candidate_pool, finish
from geoapp.extract.actors import nationalities
from geoapp.extract.figures import find_figures
from geoapp.extract.places import find_places
from geoapp.extract.rules import find_triggers
from tests.extract_helpers import ruled

ROSTOV, BRYANSK, TULA, VORONEZH = "RUS-2367", "RUS-2342", "RUS-2368", "RUS-2377"
KHARKIV, SUMY = "UKR-328", "UKR-325"
SAGAING = "MMR-3302"
KURSK, MIDDLE_SHABELLE = "RUS-2362", "SOM-2410"


# 1. drones downed counted place by place, the counts written in words

def test_drones_counted_in_words_over_each_region_are_attacks_there() -> None:
    text = ("The defence ministry said on Tuesday that 30 drones were intercepted over "
            "Rostov Oblast overnight, seven over Bryansk, two over Tula and one over Voronezh.")
    found = ruled(text)
    for region in (ROSTOV, BRYANSK, TULA, VORONEZH):
        assert ("attack", region) in found


def test_drones_downed_over_a_list_of_regions_without_counts_are_attacks_in_each() -> None:
    text = ("Air defences shot down 40 drones overnight over the Bryansk, Tula and Voronezh "
            "regions, the ministry said.")
    found = ruled(text)
    for region in (BRYANSK, TULA, VORONEZH):
        assert ("attack", region) in found


# 2. a village put on the outskirts of a town: its namesake there is the one meant

def test_a_village_on_the_outskirts_of_a_town_lies_in_the_towns_region() -> None:
    text = ("Russian troops have pressed their attacks in the Sumy region for weeks. "
            "The ministry also said its forces had captured Radkivka, a small village on "
            "the edge of Kupiansk.")
    hits = [h for h in find_places(text, [], nationalities(text)) if h.text == "Radkivka"]
    assert hits and hits[0].match.adm1_code == KHARKIV
    assert ("capture", KHARKIV) in ruled(text)


# 3. forces crossing a river or linking up with other forces

@pytest.mark.parametrize("text", [
    "Rebels said army soldiers crossed the river near Sagaing on Tuesday and raided a camp "
    "on the bank.",
    "According to local fighters, a junta column linked up with other troops near Sagaing "
    "on Friday.",
])
def test_forces_crossing_or_linking_up_are_deployed(text: str) -> None:
    assert ("troop_deployment", SAGAING) in ruled(text)


@pytest.mark.parametrize("text", [
    "Hundreds of villagers crossed the river near Sagaing on Tuesday to escape the fighting.",
    "The army said its troops fired at gunmen who crossed the line near Sagaing on Friday.",
])
def test_people_or_gunmen_crossing_are_no_deployment(text: str) -> None:
    assert ("troop_deployment", SAGAING) not in ruled(text)


# 4. an aside naming some of the counted people between them and their verb

@pytest.mark.parametrize("text", [
    "Rebels said 25 soldiers, among them two officers, were killed near the dam.",
    "The group said 25 soldiers, including a battalion commander, were killed on Monday.",
])
def test_an_aside_inside_a_toll_keeps_the_toll(text: str) -> None:
    figure = next(f for f in find_figures(text) if f.quantity.low == 25)
    assert figure.category == "killed" and figure.unit == "soldiers"


# 5. a force's losses over a period of days stay a tally of their own

def test_a_forces_losses_between_two_days_are_a_casualty_report() -> None:
    text = ("Junta troops clashed with resistance fighters near Sagaing last week, "
            "residents said.\n\n"
            "Resistance forces say 30 soldiers, among them a captain, were killed in the "
            "clashes between 17 and 23 February.")
    pool = candidate_pool(text, published=dt.date(2025, 3, 1),
                          source_name="Test Wire")
    found = finish(pool, [x.rule for x in pool.entries])
    assert [c for c in found
            if c.event.event_type == "casualty_report" and c.event.adm1_code == SAGAING]


# 6. a share of the drones just counted, downed over a place ("of them")

def test_a_share_of_drones_downed_over_a_region_is_an_attack_there() -> None:
    text = ("The ministry said its air defences intercepted 20 drones overnight. "
            "Twelve of them were shot down over the Voronezh region.")
    assert ("attack", VORONEZH) in ruled(text)


def test_a_share_destroyed_over_a_weekend_is_no_downing() -> None:
    text = "Forty houses were hit by shelling, and ten of them were destroyed over the weekend."
    assert not [t for t in find_triggers(text) if t.cue == "shot down"]


# 7. forces back at a front

def test_forces_returned_to_a_front_are_deployed_there() -> None:
    text = ("The intelligence service said North Korean troops returned to the front in the "
            "Kursk region last week.")
    assert ("troop_deployment", KURSK) in ruled(text)


@pytest.mark.parametrize("text", [
    "Soldiers of the brigade returned to their homes in the Kursk region after the war.",
    "Residents and soldiers returned to normal life in the Kursk region this spring.",
])
def test_forces_returning_home_are_no_deployment(text: str) -> None:
    assert ("troop_deployment", KURSK) not in ruled(text)


# 8. areas freed, and a named formation opening an operation in an area

def test_areas_of_a_region_freed_are_ground_taken() -> None:
    text = ("The army said it had freed three areas of the Middle Shabelle region from "
            "militants on Monday.")
    assert ("capture", MIDDLE_SHABELLE) in ruled(text)


def test_a_named_battalion_opening_an_operation_in_an_area_is_seen_there() -> None:
    text = ("On Monday night the 51st Battalion and other forces began an operation in the "
            "Sagaing area, the army said.")
    assert ("unit_sighting", SAGAING) in ruled(text)


def test_forces_crossing_and_taking_villages_is_a_capture_not_a_deployment() -> None:
    text = ("Government troops crossed the river near Sagaing on Tuesday and pushed on, "
            "seizing several villages, the rebels said.")
    found = ruled(text)
    assert ("capture", SAGAING) in found
    assert ("troop_deployment", SAGAING) not in found
