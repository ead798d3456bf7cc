"""Wordings of wire, official and rehash reports, each sentence written fresh (not corpus
text): a deed told in a sentence opening on a past month ("In February, drones also struck
…", told early in March), a recap of that month even though it ended days ago; a
country's own forces clearing mines at home ("Malian soldiers have begun clearing
mines"), the clean-up of ground it holds, while foreign forces doing the same are a
sighting; forces that "stepped up their presence" somewhere, a deployment there, even in
the perfect that tells a trend of attacks; a capital named for the government that sits in
it ("the authorities in Khartoum"), no event place; an inventory of items taken ("Items
recovered in the encounter include … three mobile phones"), a seizure of papers wherever
the phones stand in the list, placed where the encounter just told was; "the column" named
again, tied to the place where it was just told; a capital standing for its government
with an adverb inside the verb's tense ("Moscow is reportedly using them"), an actor, not
a place; new holders as the subject of "now control", ground taken, while a side that "still
controls" a place took nothing; forces that reached a place's centre, ground taken (no
deployment besides), while its outskirts reached are an advance and a missile that reached
it a strike."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import places

EARLY_MARCH = dt.date(2025, 3, 4)
KHARKIV, KHERSON, KURSK = "UKR-328", "UKR-4827", "RUS-2362"
MOPTI = "MLI-2809"
BORNO, SOKOTO = "NGA-2839", "NGA-2871"
KHARTOUM = "SDN-874"
ZAMFARA = "NGA-2872"
SAGAING = "MMR-3302"
MOSCOW, MINSK = "RUS-2365", "BLR-4825"
NORTH_KIVU = "COD-1898"
DONETSK = "UKR-327"


# 1. a sentence opening on last month: a recap of that month

def test_a_strike_told_in_a_sentence_opening_on_last_month_is_a_recap() -> None:
    text = "In February Russian drones also struck a fuel depot in the Kharkiv region."
    assert ("attack", KHARKIV) not in places(text, EARLY_MARCH)


def test_a_strike_told_during_last_month_is_a_recap() -> None:
    text = "During February, Russian drones struck a fuel depot in the Kharkiv region."
    assert ("attack", KHARKIV) not in places(text, EARLY_MARCH)


def test_a_strike_dated_to_its_day_is_news() -> None:
    text = ("On Sunday Russian drones struck a fuel depot in the Kharkiv region, the governor "
            "said.")
    assert ("attack", KHARKIV) in places(text, EARLY_MARCH)


# 2. home forces clearing mines at home: no sighting; foreign forces: a sighting

def test_home_soldiers_clearing_mines_are_no_sighting() -> None:
    text = ("Malian soldiers have begun clearing mines around Douentza in the Mopti region, "
            "the army said.")
    assert ("unit_sighting", MOPTI) not in places(text)


def test_home_troops_clearing_mines_in_retaken_ground_are_no_sighting() -> None:
    text = ("Now that the town is back in government hands, Ukrainian troops are clearing "
            "mines in the Kherson region.")
    assert ("unit_sighting", KHERSON) not in places(text)


def test_foreign_engineers_clearing_mines_are_a_sighting() -> None:
    text = ("Chadian engineers have begun clearing mines around Douentza in the Mopti region, "
            "the army said.")
    assert ("unit_sighting", MOPTI) in places(text)


def test_foreign_troops_clearing_minefields_are_a_sighting() -> None:
    text = "North Korean troops are clearing minefields in Russia's Kursk region, Seoul said."
    assert ("unit_sighting", KURSK) in places(text)


# 3. forces that stepped up their presence: a deployment; attacks stepped up: a trend

def test_troops_that_stepped_up_their_presence_are_deployed_there() -> None:
    text = ("Soldiers stepped up their presence around Gwoza in Borno State on Saturday, "
            "residents said.")
    assert ("troop_deployment", BORNO) in places(text)


def test_forces_that_have_increased_their_presence_are_deployed_there() -> None:
    text = ("Government forces have increased their presence in Sokoto State since the "
            "kidnapping on Tuesday.")
    assert ("troop_deployment", SOKOTO) in places(text)


def test_attacks_stepped_up_stay_a_trend() -> None:
    text = "The militia has stepped up its attacks on villages in Borno State."
    assert ("attack", BORNO) not in places(text)


# 4. a capital named for its government: no event place

def test_troops_sent_where_militias_distrust_the_authorities_in_a_capital() -> None:
    text = ("Soldiers were sent in to calm the unrest, but the militias, who distrust the "
            "authorities in Khartoum, refused to disarm.")
    assert ("troop_deployment", KHARTOUM) not in places(text)


def test_reinforcements_sent_to_the_capital_are_deployed_there() -> None:
    text = ("Army reinforcements were sent to Khartoum on Monday to secure the airport, "
            "officials said.")
    assert ("troop_deployment", KHARTOUM) in places(text)


# 5. an inventory of items taken: phones anywhere in the list are papers seized

GUNFIGHT = "Troops fought bandits near Gusau in Zamfara State on Tuesday. "


def test_phones_in_an_inventory_of_items_recovered_are_a_seizure() -> None:
    text = GUNFIGHT + ("Items recovered in the encounter include two AK-47 rifles, 60 rounds "
                       "of 7.62mm ammunition, a motorcycle, three mobile phones and a machete.")
    assert ("document_seizure", ZAMFARA) in places(text)


def test_an_inventory_of_weapons_only_is_no_seizure_of_papers() -> None:
    text = GUNFIGHT + ("Items recovered in the encounter include two AK-47 rifles, 60 rounds "
                       "of 7.62mm ammunition and a motorcycle.")
    assert ("document_seizure", ZAMFARA) not in places(text)


# 6. the column named again: what it does happens where it was told

def test_people_detained_by_the_column_just_told_are_taken_there() -> None:
    text = ("A junta column marched into Kani township in Sagaing Region on Monday, residents "
            "said. On Tuesday the column detained 30 villagers to use as porters.")
    assert ("capture", SAGAING) in places(text)


# 7. a capital acting, an adverb inside its verb's tense: an actor, no place

def test_a_capital_reportedly_using_troops_is_no_deployment_place() -> None:
    text = ("Pyongyang has sent about 3,000 more soldiers, and Moscow is reportedly using "
            "them to guard the border.")
    assert ("troop_deployment", MOSCOW) not in places(text)


def test_a_capital_also_sending_troops_is_no_deployment_place() -> None:
    text = "Minsk is also sending troops towards the frontier, officials said."
    assert ("troop_deployment", MINSK) not in places(text)


def test_units_arriving_in_a_capital_are_deployed_there() -> None:
    text = "Fresh units arrived in Moscow on Monday, the city's mayor said."
    assert ("troop_deployment", MOSCOW) in places(text)


def test_home_crews_operating_at_home_are_still_seen_there() -> None:
    text = "Russian artillery crews are still operating near Sudzha in the Kursk region, Kyiv said."
    assert ("unit_sighting", KURSK) in places(text)


# 8. those who now control a place have taken it; who still controls it took nothing

def test_rebels_who_now_control_a_road_have_taken_it() -> None:
    text = ("The rebels now control the main road north of Rutshuru in North Kivu province, "
            "residents said.")
    assert ("capture", NORTH_KIVU) in places(text)


def test_an_army_that_still_controls_a_road_took_nothing() -> None:
    text = ("The army says it still controls the main road north of Rutshuru in North Kivu "
            "province.")
    assert ("capture", NORTH_KIVU) not in places(text)


# 9. a place's centre reached: ground taken; its outskirts: an advance; by a missile: a strike

def test_infantry_that_reached_a_town_centre_took_ground() -> None:
    text = ("Geolocated video shows that Russian infantry reached the centre of Kurakhove in "
            "the Donetsk region, analysts said.")
    assert places(text) == [("capture", DONETSK)]


def test_assault_groups_that_reached_the_heart_of_a_town_took_ground() -> None:
    text = ("Ukrainian assault groups reached the heart of Vovchansk in the Kharkiv region on "
            "Thursday, the brigade said.")
    assert ("capture", KHARKIV) in places(text)


def test_a_missile_that_reached_a_city_centre_is_a_strike() -> None:
    text = "A Russian missile reached the centre of Kharkiv on Friday, killing three people."
    assert ("capture", KHARKIV) not in places(text)
