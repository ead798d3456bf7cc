"""Round forty-two (a): a force's cells neutralised and its sites or transport destroyed
are attacks there, however long the subject; soldiers moved to a hospital are the wounded
taken for care, no deployment, and another country's are seen there; a modal before a
source's words told as done does not make their content a forecast; a paragraph opening on
the wider war explains it; arrests carried out by a force are a capture; a force's losses
since its deployment are placed where the report tells that deployment; a hospital named by
its town after a verb of moving the wounded is where they were taken."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import extract
from geoapp.extract.rules import find_triggers
from tests.extract_helpers import places

PUBLISHED = dt.date(2025, 6, 5)
MOPTI, KOULIKORO, KURSK = "MLI-2809", "MLI-4860", "RUS-2362"


def _cues(text: str) -> list[str]:
    return [t.event_type for t in find_triggers(text, [])]


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return places(text, PUBLISHED, "Wire")


# 1. a force's cells neutralised where they stood

def test_cells_neutralised_are_an_attack() -> None:
    found = _kinds("The army said that cells of several dozen fighters located near the "
                   "town of Douentza in the Mopti Region were neutralised on Wednesday.")
    assert ("attack", MOPTI) in found


def test_a_threat_neutralised_is_no_attack() -> None:
    assert "attack" not in _cues("The ministry said the threat to the cells of the "
                                 "network had been neutralised.")


# 2. sites heading a long subject, and a force's transport, destroyed

def test_hideouts_heading_a_long_subject_destroyed_are_an_attack() -> None:
    found = _kinds("The army said that hideouts located in a forest in the Koulikoro Region "
                   "were destroyed on Wednesday.")
    assert ("attack", KOULIKORO) in found


def test_troop_carrying_vehicles_destroyed_are_an_attack() -> None:
    assert "attack" in _cues("A logistics echelon made up of troop-carrying vehicles was "
                             "destroyed near the town.")


# 3. soldiers moved, sent or arriving to a place of care are the wounded taken for treatment

def test_wounded_arriving_at_a_hospital_are_no_deployment() -> None:
    assert "troop_deployment" not in _cues("Wounded soldiers arrive at a city hospital under "
                                           "police guard.")


def test_soldiers_sent_somewhere_then_moved_to_a_hospital_are_no_deployment() -> None:
    assert "troop_deployment" not in _cues("More than 200 soldiers who were sent to the "
                                           "front have been moved to a hospital in the "
                                           "capital after being wounded.")


def test_foreign_soldiers_brought_into_a_hospital_are_seen_there() -> None:
    found = _kinds("Last week about two dozen North Korean soldiers with wounds were brought "
                   "into one of the main hospitals in the Russian city of Kursk, medics said.")
    assert ("unit_sighting", KURSK) in found
    assert ("troop_deployment", KURSK) not in found


def test_soldiers_moved_to_the_front_are_still_a_deployment() -> None:
    assert "troop_deployment" in _cues("The army moved soldiers to the front near the town.")


# 4. a modal before a source's words told as done says nothing of what is to come of them

def test_a_capture_a_source_said_after_a_modal_is_news() -> None:
    found = extract("That stance may become harder to keep after the spy agency said on "
                    "Friday that a wounded North Korean soldier had been captured by Ukrainian "
                    "forces in the Kursk region.", published=PUBLISHED, source_name="Wire",
                    include_forecasts=True)
    assert [c.event.modality for c in found if c.event.event_type == "capture"] == \
        ["reported"]


def test_a_modal_within_a_source_s_words_is_still_a_forecast() -> None:
    found = extract("The agency said on Friday that Ukrainian forces may capture more "
                    "soldiers in the Kursk region.", published=PUBLISHED, source_name="Wire",
                    include_forecasts=True)
    assert all(c.event.modality != "reported" for c in found
               if c.event.event_type == "capture")


# 5. a paragraph opening on the wider war explains it: its earlier deeds elsewhere recap

WIDER_WAR = (
    "Paramilitary fighters shelled the city of Dilling in South Kordofan on Friday, killing "
    "six people, witnesses said.\n\n"
    "The fighting is part of the wider war between the army and the paramilitaries that "
    "broke out in April 2023. The paramilitaries took El-Fasher, the capital of North "
    "Darfur, on October 26, and committed massacres of civilians there.\n\n"
    "Mediation has so far failed to stop the war.")


def test_an_earlier_capture_in_a_wider_war_paragraph_is_background() -> None:
    found = [(c.event.event_type, c.event.adm1_code)
             for c in extract(WIDER_WAR, published=dt.date(2025, 11, 8), source_name="Wire")]
    assert ("attack", "SDN-882") in found
    assert not any(region == "SDN-881" for _, region in found)


# 6. arrests carried out by a force are people taken

def test_a_wave_of_arrests_carried_out_is_a_capture() -> None:
    assert "capture" in _cues("After the strike, the paramilitaries carried out a broad wave "
                              "of arrests across the town.")


def test_arrests_called_for_are_no_capture() -> None:
    assert "capture" not in _cues("Protesters called for arrests of the commanders.")


# 7. a force's losses since its deployment, placed nowhere, go where the deployment was told

SINCE_DEPLOYED = (
    "North Korean troops were sent to the Kursk region in October, officials said on "
    "Monday.\n\n"
    "The troops appear to be taking heavy losses. Last week military officials said more "
    "than 1,000 North Korean soldiers had been killed or wounded since they were deployed "
    "alongside Russian forces.")


def test_losses_since_deployment_are_placed_where_the_deployment_was() -> None:
    found = [(c.event.event_type, c.event.adm1_code)
             for c in extract(SINCE_DEPLOYED, published=dt.date(2024, 12, 27),
                              source_name="Wire")]
    assert ("casualty_report", KURSK) in found


# 8. a hospital named by its town after a verb of moving the wounded: where they were taken

def test_wounded_moved_to_a_town_s_hospital_are_no_toll_there() -> None:
    found = [(c.event.event_type, c.event.adm1_code)
             for c in extract("More than 220 wounded soldiers moved from the front to Moscow "
                              "hospital, the security service says.",
                              published=PUBLISHED, source_name="Wire")]
    assert ("casualty_report", "RUS-2365") not in found
