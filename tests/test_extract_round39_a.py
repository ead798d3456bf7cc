"""Round thirty-nine (a): a capital named by what its government pursues, and a country
acting, give their country no support against the territory a report is about; forces that
"remain deployed" are moved nowhere; a place a short distance is told from (without a
figure) places the event; convoys of tankers or goods are no forces; people freed from being
held are a rescue, not a capture; arrests counted as nouns are a capture, and the raids they
were made in no attack of their own; "these violations" names again the tally just told;
demolitions of buildings are an event of their own; forces that moved "further towards" a
town advanced; footage of soldiers raising a flag shows the ground taken, no unit seen;
troops sent on assaults are used in the fight, not sent to a place."""

from __future__ import annotations

import datetime as dt

from geoapp.extract.rules import find_triggers
from tests.extract_helpers import places, ruled

PUBLISHED = dt.date(2025, 12, 13)
GAZA = "GAZ+00?"
WEST_BANK = "WEB+00?"
SIKASSO = "MLI-2794"
DONETSK = "UKR-327"


def _cues(text: str) -> list[str]:
    return [t.event_type for t in find_triggers(text, [])]


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return places(text, PUBLISHED, "Wire")


# 1. a capital told by what its government pursues names no place of its country

def test_a_capital_named_by_its_ambitions_leaves_the_territory_in_place() -> None:
    found = _kinds(
        "Soldiers shot dead a gunman in southern Gaza on Friday, the army said.\n\n"
        "The United States presses to launch the next phase of its plan for the territory. "
        "For all Washington's ambitions, few countries are willing to send troops.")
    assert ("attack", GAZA) in found
    assert all(region != "USA-3556" for _, region in found)


# 2. forces that remain deployed are moved nowhere

def test_troops_that_remain_deployed_are_no_deployment() -> None:
    found = _kinds("Soldiers shot dead a gunman in southern Gaza on Friday. \"Troops of the "
                   "command remain deployed in the area in line with the agreement,\" the "
                   "army said.")
    assert ("attack", GAZA) in found
    assert ("troop_deployment", GAZA) not in found


# 3. a short distance from a town, told without a figure, places the event by it

def test_an_attack_a_short_distance_from_a_town_lies_by_it() -> None:
    found = _kinds("A journalist saw dozens of lorries reach Bamako on Saturday.\n\n"
                   "\"The ambush happened a short distance from Bougouni,\" a security "
                   "source said.")
    assert ("attack", SIKASSO) in found
    assert ("attack", "MLI-2792") not in found


# 4. convoys of tankers are no forces

def test_tanker_convoys_arriving_are_no_deployment() -> None:
    found = _kinds("Tanker convoys had recently begun arriving in Bamako again from the "
                   "south, traders said on Friday.")
    assert all(kind != "troop_deployment" for kind, _ in found)


# 5. people freed from being held are a rescue, not a capture

def test_people_freed_from_being_held_hostage_are_no_capture() -> None:
    assert "capture" not in _cues("A colonel told state television that soldiers had also "
                                  "freed people held hostage by the militants.")
    assert "capture" in _cues("Twenty passengers were held hostage by gunmen for two days.")


# 6. arrests counted are a capture; the raids they were made in are no attack

def test_counted_arrests_during_raids_are_a_capture_not_an_attack() -> None:
    found = _kinds("In Jenin, the monitors recorded 40 cases of arbitrary arrest carried out "
                   "during incursions and raids on Tuesday.")
    assert ("capture", WEST_BANK) in found
    assert ("attack", WEST_BANK) not in found


# 7. "these violations" names the tally just told; demolitions are an event of their own

def test_these_violations_take_the_place_of_the_tally_before() -> None:
    found = ruled(  # the rules' reading: the model's gate is judged on its own
        "The office said on Wednesday that forces had committed 300 violations in the Gaza "
        "Strip since 10 October.\n\n"
        "In a statement, the office condemned what it called systematic breaches.\n\n"
        "These violations, the office said, included 40 cases of arbitrary arrest and 60 "
        "demolitions of buildings.", PUBLISHED, "Wire")
    assert ("capture", GAZA) in found
    assert ("other", GAZA) in found


def test_demolition_charges_are_no_demolition() -> None:
    found = _kinds("Sappers placed demolition charges on the buildings in Gaza City on "
                   "Tuesday, the army said.")
    assert ("other", GAZA) not in found


# 8. forces that moved further towards a town advanced; a flag raised shows ground taken

def test_forces_moved_further_towards_a_town_advanced() -> None:
    found = _kinds("Russian forces have moved further towards the town of Lyman and taken "
                   "control of a wooded area north-west of Serebrianka, the institute said.")
    assert ("capture", DONETSK) in found
    assert ("troop_deployment", DONETSK) not in found


def test_footage_of_soldiers_raising_a_flag_is_no_sighting() -> None:
    found = _cues("Geolocated footage shows two soldiers planting a Russian flag on the "
                  "northern bank of the river.")
    assert "capture" in found
    assert "unit_sighting" not in found
    assert "unit_sighting" in _cues("Geolocated footage shows two soldiers walking along "
                                    "the northern bank of the river.")


# 9. troops sent on assaults are used in the fight, not sent to a place

def test_troops_sent_on_assaults_are_no_deployment() -> None:
    found = _kinds("North Korean units lost 1,000 men in Kursk Oblast this week. \"The "
                   "commanders regard these troops as expendable and are sending them on "
                   "hopeless assaults against Ukrainian defences,\" he said.")
    assert all(kind != "troop_deployment" for kind, _ in found)
