"""Presence and movement of forces, and air attacks told by what was downed, each tested in
sentences written fresh: drones brought down over a pair of regions, a city placed by a
relative phrase about a bigger one."""

from __future__ import annotations

from tests.extract_helpers import folded, places, proposed, ruled

BELGOROD, TULA, BRYANSK, KURSK = "RUS-2370", "RUS-2368", "RUS-2342", "RUS-2362"
YAROSLAVL, MOSCOW_OBLAST = "RUS-2360", "RUS-2365"


def test_drones_brought_down_over_a_region_are_an_attack_there() -> None:
    text = ("Air defence systems brought down seven drones over the Bryansk region overnight, "
            "the ministry said.")
    assert places(text) == [("attack", BRYANSK)]


def test_drones_neutralised_over_a_region_are_an_attack_there() -> None:
    text = "The governor said air defences had neutralised 12 drones over the Kursk region."
    assert places(text) == [("attack", KURSK)]


def test_drones_downed_over_a_pair_of_regions_are_an_attack_in_each() -> None:
    text = ("The defence ministry said it had shot down nine drones over the Belgorod and Tula "
            "regions during the night.")
    assert sorted(places(text)) == sorted([("attack", BELGOROD), ("attack", TULA)])


def test_a_city_followed_by_where_it_lies_stays_in_its_own_region() -> None:
    text = ("Three drones were intercepted over an oil depot in Yaroslavl, northeast of Moscow, "
            "a local news channel reported.")
    assert ruled(text) == [("attack", YAROSLAVL)]
    assert ("attack", MOSCOW_OBLAST) not in ruled(text)


def test_foreign_soldiers_who_fought_alongside_are_seen_where_they_fought() -> None:
    text = ("The general thanked the Belarusian volunteers who fought side by side with his "
            "troops to push the enemy out of the Kursk region.")
    assert ("unit_sighting", KURSK) in places(text)


def test_troops_fighting_shoulder_to_shoulder_in_a_region_are_seen_there() -> None:
    text = ("Foreign soldiers are fighting shoulder to shoulder with the marines near Sudzha in "
            "the Kursk region, the commander told reporters.")
    assert ("unit_sighting", KURSK) in ruled(text)


def test_sappers_clearing_mines_in_a_region_are_seen_there() -> None:
    text = ("Army sappers are carrying out de-mining work in the villages of the Kursk region, "
            "the defence ministry said on Monday.")
    assert places(text) == [("unit_sighting", KURSK)]


def test_engineers_clearing_minefields_near_a_town_are_seen_there() -> None:
    text = "Military engineers cleared minefields around Sudzha this week, officials said."
    assert ruled(text) == [("unit_sighting", KURSK)]


def test_mine_clearing_planned_is_no_sighting() -> None:
    text = "Engineers will carry out mine clearance in the Kursk region next spring."
    assert ("unit_sighting", KURSK) not in places(text)


TILLABERI = "NER-4859"


def test_reinforcements_sent_after_the_attackers_are_deployed_where_the_attack_was() -> None:
    text = ("Gunmen attacked an army checkpoint near Tillaberi on Monday, killing five soldiers, "
            "the defence ministry said. The ministry added that ground reinforcements had been "
            "deployed to track down the assailants.")
    assert ("troop_deployment", TILLABERI) in places(text)


EL_FASHER_REGION, KADUGLI_REGION = "SDN-881", "SDN-882"


def test_residents_of_a_town_who_saw_troops_place_the_sighting_in_their_town() -> None:
    text = ("Heavy fighting continued in El Fasher on Monday, the army said. Residents of "
            "Kadugli said they had seen RSF fighters moving through the town's main market.")
    found = folded(text)  # where the rules place it, whatever the gate makes of two lines
    assert ("unit_sighting", KADUGLI_REGION) in found
    assert ("unit_sighting", EL_FASHER_REGION) not in found


def test_troops_moving_through_a_region_are_not_deployed_there() -> None:
    text = "Troops were moved through the Belgorod region on their way to the front, a blogger said."
    assert ("troop_deployment", BELGOROD) not in ruled(text)


KURSK_STRIKE = "Drones struck a fuel depot in the Kursk region overnight, the governor said on Friday."


def test_a_strike_claimed_earlier_this_week_in_the_past_perfect_is_background() -> None:
    text = (f"{KURSK_STRIKE} Earlier this week the army said it had hit an oil depot in the "
            "Bryansk region.")
    assert places(text) == [("attack", KURSK)]


def test_a_sentence_going_on_with_an_earlier_claim_is_background_too() -> None:
    text = (f"{KURSK_STRIKE}\n\nEarlier this week the army said it had hit an oil depot in the "
            "Bryansk region, east of the border. The depot's owner said a drone had struck a "
            "nearby warehouse, causing a fire.")
    assert ("attack", BRYANSK) not in ruled(text)


def test_a_dated_sentence_after_an_earlier_claim_is_news() -> None:
    text = (f"{KURSK_STRIKE}\n\nEarlier this week the army said it had hit an oil depot in the "
            "Bryansk region, east of the border. The depot's owner said a drone struck a "
            "nearby warehouse on Friday, causing a fire.")
    assert ("attack", BRYANSK) in ruled(text)


def test_drones_destroyed_over_a_region_are_downed_not_striking() -> None:
    text = "Four drones were destroyed over the Bryansk region overnight, the ministry said."
    found = proposed(text)
    assert [(c.event.event_type, c.event.adm1_code) for c in found] == [("attack", BRYANSK)]
    assert "shot down" in found[0].cues


def test_a_brigade_back_home_from_a_region_was_deployed_there() -> None:
    text = ("The 155th Marine Brigade returned home from the Kursk region last week after three "
            "months of fighting, the ministry said.")
    assert places(text) == [("troop_deployment", KURSK)]


def test_sappers_welcomed_home_from_a_mission_were_deployed_there() -> None:
    text = ("A ceremony was held in the capital to welcome back sappers who came home from Kursk "
            "after a mission there.")
    assert ("troop_deployment", KURSK) in places(text)


def test_civilians_back_from_a_town_are_no_deployment() -> None:
    text = "Hundreds of civilians returned from Kherson to their villages on Sunday."
    assert not [k for k in ruled(text) if k[0] == "troop_deployment"]


DONETSK = "UKR-327"


def test_bombardments_and_pounding_are_attacks() -> None:
    assert places("Russian bombardments of the Donetsk region intensified on Tuesday, "
                  "the governor said.") == [("attack", DONETSK)]
    assert places("Russian artillery is pounding villages near Kupiansk, the army said.") == [
        ("attack", "UKR-328")]


def test_villages_forced_to_leave_their_homes_are_a_displacement_there() -> None:
    text = ("Dozens of families in villages near Kupiansk have been forced to leave their homes "
            "by the shelling, officials said.")
    assert ("other", "UKR-328") in ruled(text)


def test_a_camp_emptied_of_its_residents_is_a_displacement_there() -> None:
    text = "The camp near Jenin has been all but emptied of its residents, the UN said on Monday."
    assert ruled(text) == [("other", "WEB+00?")]


def test_a_national_total_of_the_displaced_is_no_event() -> None:
    text = "More than 12 million people have been forced from their homes in Sudan since the war began."
    assert ruled(text) == []


def test_drones_downed_over_three_places_of_two_regions_are_an_attack_in_each_region() -> None:
    text = "Air defences shot down 40 drones over Kharkiv, Izium and the Odesa region overnight."
    assert sorted(places(text)) == [("attack", "UKR-322"), ("attack", "UKR-328")]
