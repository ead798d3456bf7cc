"""Wordings of retold news, each sentence written fresh (not corpus text): a military post
named after its town, fighting that "broke out" as today's news, and the town whose
hospital received the wounded, which is not where they were hurt."""

from __future__ import annotations

import datetime as dt

import pytest

from geoapp.extract.actors import nationalities
from geoapp.extract.places import find_places
from geoapp.extract.roles import charged_with, where_treated
from tests.extract_helpers import ruled

TUESDAY = dt.date(2025, 3, 4)


# 1. "the Djibo garrison": a post named after its town is that town, not a river

@pytest.mark.parametrize("post", ["detachment", "garrison", "outpost", "barracks", "checkpoint"])
def test_a_military_post_named_after_its_town_places_the_town(post: str) -> None:
    text = (f"Soldiers of Burkina Faso's army were killed when gunmen attacked the Djibo {post} "
            "on Sunday, a security source said.")
    assert [h for h in find_places(text, [], nationalities(text))
            if h.match.adm1_code == "BFA-2806"]
    assert ("attack", "BFA-2806") in ruled(text)


# 2. fighting that broke out on a given day is news; only "since" it broke out recaps

def test_fighting_that_broke_out_on_a_day_is_news() -> None:
    text = ("Heavy fighting broke out at dawn on Tuesday near Baidoa in Somalia, when "
            "militants attacked two army positions, officials said.")
    assert ("attack", "SOM-2313") in ruled(text, published=TUESDAY)


def test_since_fighting_broke_out_still_recaps() -> None:
    text = ("Baidoa has taken in thousands of displaced families since fighting broke out "
            "in the region, aid workers said.")
    assert ("attack", "SOM-2313") not in ruled(text, published=TUESDAY)


# 3. the town whose hospital took in the wounded is not where the attack happened

@pytest.mark.parametrize("before", [
    "About twenty wounded soldiers were brought to the hospital in ",
    "The injured were rushed by ambulance to a clinic in ",
    "Several of the wounded are being treated at the regional hospital in ",
    "A hospital source contacted by phone in ",
    "Doctors at the main hospital in ",
    "The casualties were evacuated to the health centre in the town of ",
])
def test_where_the_wounded_were_taken(before: str) -> None:
    assert where_treated(before)


@pytest.mark.parametrize("before", [
    "A drone strike hit the hospital in ",
    "Militants attacked a clinic in ",
    "About twenty soldiers were killed in ",
    "The wounded came from villages near ",
])
def test_not_where_the_wounded_were_taken(before: str) -> None:
    assert not where_treated(before)


def test_the_hospital_town_is_no_place_of_the_attack() -> None:
    text = ("Gunmen attacked an army post near Djibo in Burkina Faso on Friday, killing "
            "eight soldiers, security sources said. A hospital source in Kaya said about "
            "twenty wounded soldiers had been brought in on Saturday.")
    found = ruled(text)
    assert ("attack", "BFA-2806") in found
    assert not [p for p in found if p[1] == "BFA-2825"]


def test_wounded_brought_to_the_hospital_add_no_casualty_report_there() -> None:
    text = ("Militants attacked army positions near Baidoa on Tuesday, officials said. "
            "Dozens of wounded soldiers were later brought to the hospital in Beledweyne, "
            "where doctors said four were in a critical condition.")
    found = ruled(text, published=TUESDAY)
    assert ("attack", "SOM-2313") in found
    assert not [p for p in found if p[1] == "SOM-2409"]


def test_a_strike_on_a_hospital_stays_in_its_town() -> None:
    text = "A drone strike hit the hospital in Kaya in Burkina Faso on Saturday, killing four."
    assert ("attack", "BFA-2825") in ruled(text)


# 4. a campaign stepped up "over the past week" is this week's news, each target an attack

def test_a_trend_of_the_past_week_is_news_in_each_town_listed() -> None:
    text = ("In the past few days the militia has stepped up its drone attacks on Kosti, on "
            "Kadugli in South Kordofan and on Dongola in the Northern State.")
    found = ruled(text)
    for code in ("SDN-879", "SDN-882", "SDN-878"):
        assert ("attack", code) in found


def test_a_trend_with_no_recent_span_stays_context() -> None:
    text = "Since 2023 the militia has stepped up its drone attacks on Kosti."
    assert ("attack", "SDN-879") not in ruled(text)


# 5. a camp the gazetteer lacks, placed by "one of the largest sites for … in <region>"

def test_a_camp_placed_by_its_apposition() -> None:
    text = ("The militia has seized Tuba camp, one of the largest sites for displaced "
            "families in South Darfur, after two days of fighting.")
    assert ("capture", "SDN-882") not in ruled(text)
    assert ("capture", "SDN-5856") in ruled(text)


# 6. an appeal for what a force "must" do is no deed

def test_what_an_army_must_do_is_no_deployment() -> None:
    text = ('"The army must move quickly to protect the people of Kosti," the group said '
            "in a statement.")
    assert ("troop_deployment", "SDN-879") not in ruled(text)


# 7. people displaced by the whole war are its toll, told as context

def test_people_displaced_by_the_war_are_context() -> None:
    text = ("The town of Kosti shelters some 90,000 people already driven from their homes "
            "by Sudan's civil war.")
    assert not [p for p in ruled(text) if p[0] == "other"]


def test_people_who_fled_fighting_this_week_are_news() -> None:
    text = ("In Kosti, about 9,000 people were forced from their homes by fighting on "
            "Friday, the UN said.")
    assert ("other", "SDN-879") in ruled(text)


def test_people_forced_out_by_the_war_are_context() -> None:
    text = ("In Kosti, about 9,000 people were forced from their homes by the war, the UN "
            "said.")
    assert ("other", "SDN-879") not in ruled(text)


# 8. "killed 13 terrorists and arrested 29 others": the others are people taken

@pytest.mark.parametrize("text", [
    "Army patrols killed nine jihadists and arrested 14 others near Tillaberi on Monday.",
    "Soldiers detained six insurgents in the Tillaberi region on Monday, the army said.",
])
def test_armed_men_and_others_arrested_are_a_capture(text: str) -> None:
    assert ("capture", "NER-4859") in ruled(text)


# 9. "The attack came a few days after …": what follows is the earlier event

def test_an_attack_that_came_a_few_days_after_frames_the_earlier_arrests() -> None:
    text = ("Gunmen killed 12 villagers in the Tillaberi region on Sunday. The attack came a "
            "few days after the army said it had arrested 31 suspects, also in the Tillaberi "
            "region.")
    assert ("capture", "NER-4859") not in ruled(text)


# 10. where a person is accused of leading attacks is his record, not this news

@pytest.mark.parametrize("before", [
    "The strike killed Ali, a commander the agency accused of leading attacks in ",
    "He was wanted for a string of kidnappings across ",
    "officials said the man, blamed for several bombings in ",
])
def test_deeds_someone_is_charged_with(before: str) -> None:
    assert charged_with(before)


@pytest.mark.parametrize("before", [
    "The army accused the militia of shelling ",
    "The group claimed responsibility for the attack in ",
    "Militants carried out attacks in ",
])
def test_not_deeds_someone_is_charged_with(before: str) -> None:
    assert not charged_with(before)


def test_a_commanders_record_places_no_attack() -> None:
    text = ("An air strike near Baidoa killed three militants on Monday, among them a "
            "commander the army accused of leading attacks in Hiran and Middle Shabelle.")
    found = ruled(text)
    assert ("attack", "SOM-2313") in found
    assert ("attack", "SOM-2410") not in found
    assert ("attack", "SOM-2409") not in found


# 11. "took more than 50 people hostage": a counted object between verb and "hostage"

def test_people_taken_hostage_with_a_counted_object() -> None:
    text = ("The column killed 21 people in Sagaing Region, took more than 50 people "
            "hostage and burned five villages.")
    assert ("capture", "MMR-3302") in ruled(text)
