"""Wordings of retold news, each sentence written fresh (not corpus text): a list of
targets whose first item names its area and region, a convoy that reached a town, an
all-caps heading naming a region, and an operation launched against armed men."""

from __future__ import annotations

import pytest

from geoapp.extract.dateline import find_dateline
from geoapp.extract.places import find_places
from tests.extract_helpers import places, ruled

# 1. "in the Mellit area of North Darfur, …, and in Bara in North Kordofan": both regions

def test_a_list_goes_on_past_an_item_named_with_its_area_and_region() -> None:
    text = ("On Monday, air force jets bombed militia positions in the Mellit area of North "
            "Darfur, some 60 kilometres north of El Fasher, and in Bara in North Kordofan, "
            "witnesses said.")
    found = ruled(text)
    assert ("attack", "SDN-881") in found
    assert ("attack", "SDN-883") in found


def test_a_place_and_its_region_alone_stay_one_event() -> None:
    text = "Jets bombed militia positions in the Mellit area of North Darfur on Monday."
    assert ruled(text) == [("attack", "SDN-881")]


# 2. a convoy that reached a town moved troops there; it took no ground

@pytest.mark.parametrize("subject", ["The army convoy, some 90 trucks,", "A military convoy"])
def test_a_convoy_that_reached_a_town_is_a_deployment(subject: str) -> None:
    text = f"{subject} reached Kalay on Monday after a long journey from Monywa."
    found = ruled(text)
    assert ("troop_deployment", "MMR-3302") in found
    assert not [x for x in found if x[0] == "capture"]


def test_troops_that_reached_a_village_and_took_it_still_capture() -> None:
    text = "Army troops reached the village of Kalay on Monday and captured it, officials said."
    assert ("capture", "MMR-3302") in ruled(text)


# 3. an all-caps heading keeps its region word: "(DOSSO REGION)"

@pytest.mark.parametrize("heading", ["TILLABÉRI REGION", "DOSSO REGION"])
def test_an_all_caps_region_with_its_word_is_a_place(heading: str) -> None:
    text = f"FRIDAY 19 SEPTEMBER - ({heading}). A patrol was ambushed on the road."
    assert [h.match.adm1_code for h in find_places(text, [], {"NE"})] in (
        ["NER-4859"], ["NER-93"])


def test_a_capitalised_name_before_another_is_still_part_of_it() -> None:
    text = "Officials of the Dosso Sultanate met on Friday."
    assert not [h for h in find_places(text, [], {"NE"}) if h.text.startswith("Dosso")]


# 4. an operation launched against armed men is an attack on them

@pytest.mark.parametrize("sentence", [
    "A joint air-ground operation was launched near Ouallam in Niger against terrorists "
    "who were moving stolen cattle, the army said.",
    "Troops mounted an operation against militants near Ouallam in Niger on Friday.",
])
def test_an_operation_against_armed_men_is_an_attack(sentence: str) -> None:
    assert ("attack", "NER-4859") in ruled(sentence)


def test_a_rescue_operation_is_no_attack() -> None:
    text = ("A rescue operation was launched near Ouallam in Niger against the clock after "
            "floods on Friday.")
    assert not [x for x in ruled(text) if x[0] == "attack"]


# 5. "Khartoum - At least …" under a headline: the filing city, not where it happened

def test_a_title_case_city_before_a_spaced_dash_is_a_dateline() -> None:
    text = ("Dozens killed in drone strike on a village\n\n"
            "Khartoum - At least 30 people died when a drone hit a village in North Kordofan "
            "state, a local official said on Friday.")
    line = find_dateline(text)
    assert line is not None and line.place == "Khartoum"
    found = ruled(text)
    assert ("attack", "SDN-883") in found
    assert not [x for x in found if x[1] == "SDN-874"]


def test_a_hyphenated_name_opening_the_body_is_no_dateline() -> None:
    text = "Fighting in the east\n\nRussian-backed forces shelled the town on Friday."
    assert find_dateline(text) is None


def test_a_headline_word_is_no_affix_of_the_place_on_the_next_line() -> None:
    text = "Drone strike on a village\n\nKhartoum - Gunmen raided a market in Omdurman."
    assert "village" not in " ".join(h.text for h in find_places(text, [], {"SD"}))


# 6. a cue word written inside a proper name is no verb: "Pyu Saw Htee"

def test_a_cue_word_inside_a_militia_name_is_no_sighting() -> None:
    text = "On Tuesday, army troops and Pyu Saw Htee militiamen raided a village near Kalay."
    found = ruled(text)
    assert ("attack", "MMR-3302") in found
    assert not [x for x in found if x[0] == "unit_sighting"]


def test_a_title_case_headline_keeps_its_verb() -> None:
    text = "Gunmen Attack Army Post Near Kalay, Myanmar"
    assert ("attack", "MMR-3302") in ruled(text)


# 7. a toll summed over a week of attacks the report names is theirs, no tally

def test_a_toll_over_a_week_of_named_attacks_is_no_tally() -> None:
    text = ("Burkina Faso: some sixty dead in a week of attacks on Djibo and a Dori convoy\n\n"
            "Gunmen attacked an army post in Djibo on Monday, local sources said.")
    found = places(text)
    assert ("attack", "BFA-2806") in found or ("attack", "BFA-2805") in found
    assert not [x for x in found if x[0] == "casualty_report"]


def test_a_toll_over_a_week_stays_a_tally() -> None:
    text = ("Some sixty people were killed in attacks in Djibo, Burkina Faso, over the past "
            "week, the regional governor said on Friday.")
    assert [x for x in places(text) if x[0] == "casualty_report"]
