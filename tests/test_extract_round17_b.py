"""Wordings of retold news, each sentence written fresh (not corpus text): a town named
where its paragraph names no region, a place where a source speaks, a Somali region's
spellings, forces fighting to take a place or pushing towards it with a heading, losses
inflicted, a headline's killed that are the body's casualties, and the day's people hurt
summed up at the end of a daily report."""

from __future__ import annotations

from geoapp.extract.places import default_geocoder
from tests.extract_helpers import places, ruled

KHARKIV, DNIPROPETROVSK, KHERSON = "UKR-328", "UKR-326", "UKR-4827"
BAMAKO, GALGUDUUD, SOUTH_KORDOFAN = "MLI-2792", "SOM-2408", "SDN-882"
SHAN, ZAPORIZHZHIA, ZAMFARA, CABO_DELGADO = "MMR-3277", "UKR-331", "NGA-2872", "MOZ-1198"


# 1. a town whose paragraph names no region lies in the region the report names, where a
#    namesake town about its size does

def test_a_town_takes_the_namesake_in_the_region_the_report_names() -> None:
    text = ("Russian drones attack Dnipropetrovsk region\n\n"
            "Russian drones attacked Dnipropetrovsk region through the night, the regional "
            "governor said on Telegram.\n\n"
            "In Slobozhanske, a drone hit a grocery shop and wounded three people, he wrote.")
    found = ruled(text)
    assert ("attack", DNIPROPETROVSK) in found
    assert ("attack", KHARKIV) not in found


def test_a_town_keeps_its_own_region_where_the_report_names_it() -> None:
    text = ("Drone attacks on two regions\n\n"
            "Russian drones attacked Kharkiv region and Dnipropetrovsk region overnight.\n\n"
            "In Slobozhanske, a drone hit a grocery shop and wounded three people.")
    assert ("attack", KHARKIV) in ruled(text)


# 2. where a source speaks is no place of the event it tells

def test_a_press_conference_city_is_no_event_place() -> None:
    text = ("Speaking at a press conference in Bamako, the army chief of staff said troops "
            "had repelled an attack by jihadists on Tuesday.")
    assert ("attack", BAMAKO) not in ruled(text)


def test_a_strike_on_the_city_itself_stays_there() -> None:
    assert ("attack", BAMAKO) in ruled("Jihadists attacked a police post in Bamako on Tuesday.")


# 3. the Somali government's spellings of Galguduud

def test_galguduud_spellings_are_the_region() -> None:
    for name in ("Galgadud", "Galgaduud"):
        match = default_geocoder().lookup(name, None, ()).match
        assert match is not None and match.adm1_code == GALGUDUUD


def test_an_operation_in_galgaduud_is_placed_there() -> None:
    text = "Troops raided an al-Shabaab camp in the Galgaduud region on Sunday."
    assert ("attack", GALGUDUUD) in ruled(text)


# 4. forces fighting to take or keep a place: the fighting is there

def test_troops_battling_to_retake_a_town_fight_there() -> None:
    text = ("Government soldiers are battling to retake the town of Kadugli in South "
            "Kordofan, residents said.")
    assert ("attack", SOUTH_KORDOFAN) in ruled(text)


def test_defenders_struggling_to_hold_a_town_fight_there() -> None:
    text = '"We are struggling to hold Orikhiv," a Ukrainian company commander said.'
    assert ("attack", ZAPORIZHZHIA) in ruled(text)


def test_a_plan_to_retake_is_no_fighting() -> None:
    text = "The army plans to retake the town of Kadugli in South Kordofan next year."
    assert ("attack", SOUTH_KORDOFAN) not in ruled(text)


def test_struggling_to_take_care_of_the_wounded_is_no_fighting() -> None:
    text = ("Medics in the town of Kadugli in South Kordofan are struggling to take care of "
            "the wounded.")
    assert ("attack", SOUTH_KORDOFAN) not in ruled(text)


# 5. an advance told with its heading

def test_forces_pushing_west_towards_a_town_attack_it() -> None:
    text = "Rebel columns are pushing west towards Lashio, witnesses told reporters."
    assert ("attack", SHAN) in ruled(text)


def test_people_moving_west_are_no_advance() -> None:
    text = "Displaced families are moving west towards Lashio, aid workers said."
    assert ("attack", SHAN) not in ruled(text)


# 6. losses inflicted somewhere: the fighting that took them

def test_casualties_inflicted_in_a_state_are_an_attack_there() -> None:
    text = ("Police inflicted heavy casualties on bandits in Zamfara state on Friday, a "
            "spokesman said.")
    assert ("attack", ZAMFARA) in places(text)


def test_losses_inflicted_on_an_economy_are_no_attack() -> None:
    text = "The blockade inflicted heavy losses on the economy of Zamfara state this week."
    assert ("attack", ZAMFARA) not in ruled(text)


# 7. a headline's killed that the body gives as casualties inflicted: one attack

def test_headline_killed_that_are_the_body_casualties_join_the_attack() -> None:
    text = ("Thirty insurgents killed in Cabo Delgado\n\n"
            "Mozambican troops inflicted 30 casualties on insurgents in Cabo Delgado "
            "province on Friday, the defence ministry said.")
    found = places(text)
    assert ("attack", CABO_DELGADO) in found
    assert ("casualty_report", CABO_DELGADO) not in found


# 8. the day's people hurt summed up after the strikes told: their toll

def test_the_days_sum_of_wounded_belongs_to_the_days_strikes() -> None:
    text = ("Russian drones strike Kherson region\n\n"
            "Russian drones struck Kherson region over the past day, the regional "
            "administration said.\n\n"
            "In Bilozerka, a drone hit a car and wounded two men.\n\n"
            "In total, five civilians were wounded across the region over the past day.")
    found = places(text)
    assert ("attack", KHERSON) in found
    assert ("casualty_report", KHERSON) not in found


def test_a_days_losses_of_a_force_stay_a_tally() -> None:
    text = ("Russian drones struck Kherson region over the past day, the regional "
            "administration said.\n\n"
            "In total, the enemy lost up to 90 servicemen in Kherson region over the past "
            "day, the army said.")
    assert ("casualty_report", KHERSON) in places(text)


# 9. a region followed by where it lies: the phrase stands for the region

BLUE_NILE, SENNAR, BORNO, ADAMAWA = "SDN-148", "SDN-880", "NGA-2839", "NGA-2881"


def test_where_a_region_lies_is_no_place_of_its_own() -> None:
    text = ("Drones struck a market in Sudan's Blue Nile state, to the south-east of Sennar, "
            "on Thursday.")
    found = ruled(text)
    assert ("attack", BLUE_NILE) in found
    assert ("attack", SENNAR) not in found


# 10. troops named by their unit and where they are posted, as the subject of an attack's
#     verb: the garrison it met, no deployment

def test_troops_of_a_battalion_posted_at_a_base_that_repel_an_attack_are_no_deployment(
) -> None:
    text = ("On Tuesday, soldiers of 7 Brigade deployed at the base in Damboa, in Borno State, "
            "repelled an attack by insurgents.")
    found = ruled(text)
    assert ("attack", BORNO) in found
    assert ("troop_deployment", BORNO) not in found


# 11. forces or places that came under fire were attacked; a person under fire for words
#     was not

def test_troops_that_came_under_fire_were_attacked() -> None:
    text = ("In Adamawa State, a patrol came under heavy fire from gunmen near Mubi on "
            "Sunday, the army said.")
    assert ("attack", ADAMAWA) in ruled(text)


def test_a_minister_under_fire_for_remarks_is_no_attack() -> None:
    text = "In Adamawa State, the governor came under fire for his remarks on Sunday."
    assert "attack" not in {t for t, _ in ruled(text)}


# 12. a summary list's item right after the item telling a strike: that strike's toll

KASSALA = "SDN-884"


def test_a_list_item_after_the_strike_item_is_its_toll() -> None:
    text = ("Army drones strike villages near Kassala\n\n"
            "- Villages of Kassala state hit by drones\n"
            "- Three farmers dead and five hurt\n\n"
            "Army drones struck two villages in Kassala state on Monday, killing three "
            "farmers and wounding five, residents said.")
    found = places(text)
    assert ("attack", KASSALA) in found
    assert ("casualty_report", KASSALA) not in found


def test_a_list_of_weekly_figures_under_a_heading_stays_a_tally() -> None:
    text = ("Weekly figures for Kassala state\n\n"
            "- At least 14 people killed\n"
            "- 30 people wounded\n\n"
            "The figures were compiled by a local monitoring group.")
    assert ("attack", KASSALA) not in places(text)
