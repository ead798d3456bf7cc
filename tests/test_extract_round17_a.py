"""Wordings of retold news, each sentence written fresh (not corpus text): a hyphenated
dateline city, a lead its next paragraph places, a village put on its country's side of a
border or in a region spanning several units, ground a force now holds, places under
fire, fighting still going on, forces getting there and joint operations to secure an
area, trends of recent years, and drones destroyed over regions, or counted over the
territory of each."""

from __future__ import annotations

from geoapp.extract.dateline import find_dateline
from tests.extract_helpers import ruled, trigger_types

KURSK, SUMY, DONETSK, ZAPORIZHZHIA = "RUS-2362", "UKR-325", "UKR-327", "UKR-331"
HAITI_NORD = "HTI-1387"
MOPTI, BAMAKO = "MLI-2809", "MLI-2792"
SOUTH_KORDOFAN, NORTH_KIVU = "SDN-882", "COD-1898"
BELGOROD, ORYOL = "RUS-2370", "RUS-2366"


# 1. a dateline whose city is written with hyphens

def test_a_hyphenated_city_opens_a_wire_dateline() -> None:
    found = find_dateline("Drones hit a depot in the south\n\nROSTOV-ON-DON, Russia (AP) - "
                          "Drones struck a fuel depot overnight, officials said.")
    assert found is not None and found.place == "ROSTOV-ON-DON" and found.agency == "AP"


def test_a_lead_naming_an_unnamed_town_is_not_placed_in_the_dateline_city() -> None:
    text = ("Gangs raid a village in northern Haiti\n\n"
            "CAP-HAITIEN, Haiti (AP) - Gangs attacked another village in northern Haiti on "
            "Sunday and killed six people, a local official said.")
    assert ("attack", HAITI_NORD) not in ruled(text)


# 2. a lead placed by the paragraph that says where its event happened

def test_a_lead_with_no_place_takes_the_place_its_next_paragraph_gives() -> None:
    text = ("Bamako, Mali - The army said on Tuesday that a raid by its special forces had "
            "killed 30 militants, among them two commanders.\n\n"
            "The raid was carried out in Konna, a town on the Niger river in the Mopti "
            "region, the army said.")
    found = ruled(text)
    assert ("attack", MOPTI) in found
    assert ("attack", BAMAKO) not in found


# 3. villages put on their country's side of a border

def test_villages_on_their_countrys_side_of_the_border_are_kept() -> None:
    text = ("Russian troops shelled the Donetsk region again on Monday.\n\n"
            "Missile strikes near Krasnopillia and Velyka Pysarivka, on the Ukrainian side "
            "of the border, destroyed two air-defence systems, the ministry said.")
    assert ("attack", SUMY) in ruled(text)


# 4. a village in a region that spans several units of its country

def test_a_village_in_a_region_across_units_is_no_homonym() -> None:
    text = ("In Gezira state, gunmen killed ten villagers on Monday. The RSF said it had "
            "seized full control of Keilak in West Kordofan.")
    assert ("capture", SOUTH_KORDOFAN) in ruled(text)


# 5. ground a force now holds, named

def test_a_named_town_now_held_is_taken() -> None:
    assert ("capture", KURSK) in ruled(
        "Kyiv said on Monday that its troops now hold the town of Korenevo in the Kursk region.")


def test_a_claim_left_unmentioned_is_still_a_claim() -> None:
    text = ("The Russian summary made no reference to Kyiv's claim that its troops now hold "
            "the town of Korenevo in the Kursk region.")
    assert ("capture", KURSK) in ruled(text)


def test_no_proof_that_a_town_is_held_tells_no_capture() -> None:
    assert "capture" not in trigger_types(
        "There was no proof that its troops now hold the town of Korenevo.")


# 6. places and forces under fire

def test_a_town_under_constant_fire_is_attacked() -> None:
    text = ("The town of Huliaipole in the Zaporizhzhia region was under heavy mortar fire "
            "all day, the governor said.")
    assert ("attack", ZAPORIZHZHIA) in ruled(text)


def test_roads_under_the_enemys_fire_control_are_attacked() -> None:
    text = ("\"All the roads into Toretsk are under the enemy's fire control,\" a drone "
            "operator wrote on Friday.")
    assert ("attack", DONETSK) in ruled(text)


def test_an_official_under_fire_from_critics_is_no_attack() -> None:
    assert "attack" not in trigger_types(
        "The regional governor came under fire from lawmakers over his remarks.")


# 7. fighting told as still going on

def test_fighting_still_going_on_is_an_attack() -> None:
    text = "The commander said fighting was still going on in and around Toretsk on Friday."
    assert ("attack", DONETSK) in ruled(text)


# 8. forces getting there, and a joint operation to secure an area

def test_forces_that_got_there_were_sent() -> None:
    assert "troop_deployment" in trigger_types(
        "The attackers left the town before army special forces got there.")


def test_a_joint_operation_to_secure_the_area_is_a_deployment() -> None:
    text = ("Gunmen killed 12 villagers in Beni territory, North Kivu province, on Monday. "
            "The army said it had started a joint operation with Ugandan troops to secure "
            "the area.")
    assert ("troop_deployment", NORTH_KIVU) in ruled(text)


# 9. a campaign of recent years

def test_attacks_of_recent_years_are_background() -> None:
    text = ("Gangs hold most of Cap-Haitien, the northern port, and in recent years they "
            "have also launched attacks in the countryside around it.")
    assert ("attack", HAITI_NORD) not in ruled(text)


# 10. drones downed over each region, counted "over the territory of" it

def test_drones_counted_over_the_territory_of_each_region_attack_each() -> None:
    text = ("Air defences destroyed 40 drones overnight: 31 over the territory of the "
            "Belgorod region and nine over the territory of the Oryol region.")
    found = ruled(text)
    assert ("attack", BELGOROD) in found and ("attack", ORYOL) in found


def test_drones_destroyed_over_regions_are_placed_there_not_before() -> None:
    text = ("The ministry said its forces had repelled attacks in the Belgorod region and "
            "destroyed 30 drones over the Kursk and Oryol regions.")
    assert ("attack", ORYOL) in ruled(text)
