"""Round thirty-seven (a): a front sector named after a town in another romanisation, a
namesake the text sets aside ("not to be confused with … in X"), ground counted after
"lost" (no casualty figure), compounds "knocked down" (no ground taken), an army's
reserves moved, a capital's attempts and a capital acting on a day ("Moscow on Thursday
stood by its claim"), where a source spoke, a push past a place just taken, a deed dated by
the relative clause telling when it began, and a toll for a part of a country told by a
bearing within it."""

from __future__ import annotations

import datetime as dt

from extract_helpers import ruled

from geoapp.extract.acting import acts
from geoapp.extract.actors import nationalities
from geoapp.extract.figures import find_figures
from geoapp.extract.places import find_places
from geoapp.extract.rules import find_triggers
from geoapp.geocode import geocode

DONETSK, KHARKIV, ZAPORIZHZHIA, KURSK = "UKR-327", "UKR-328", "UKR-331", "RUS-2362"


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(h.text, h.match.adm1_code) for h in find_places(text, [], nationalities(text))]


def _cues(text: str) -> set[tuple[str, str]]:
    return {(t.event_type, t.cue) for t in find_triggers(text)}


# 1. a sector named after a town, spelled another way, is that town

def test_a_sector_named_in_another_romanisation_is_the_town() -> None:
    found = _places("Ukrainian brigades in Ukraine held their lines in the Hulyai-Polye "
                    "direction overnight.")
    assert ("Hulyai-Polye", ZAPORIZHZHIA) in found


def test_a_sector_named_after_no_place_adds_none() -> None:
    found = _places("Ukrainian brigades in Ukraine held their lines in the Northern "
                    "direction overnight.")
    assert [name for name, _ in found] == ["Ukraine"]


# 2. a namesake the text sets aside is not meant, anywhere in the report

def test_a_namesake_set_aside_is_not_the_place() -> None:
    text = ("Russian troops in Ukraine pressed on in the Huliaipole direction, taking "
            "Dobropolye (not to be confused with the village of the same name in the DPR). "
            "Ukrainian units in Dobropillia itself were routed on Sunday.")
    found = _places(text)
    # the aside's own unit is named ("the DPR"), but no mention of the village lies there
    assert not any(code == DONETSK for name, code in found if name.startswith("Dobrop"))
    assert ("Dobropillia", ZAPORIZHZHIA) in found


def test_without_the_aside_the_larger_namesake_stays() -> None:
    found = _places("Russian forces in Ukraine attacked Dobropillia on Monday.")
    assert ("Dobropillia", DONETSK) in found


# 3. ground counted after "lost" is no casualty figure

def test_towns_lost_are_no_casualty_figure() -> None:
    assert [f for f in find_figures("After the coup the junta lost over 100 towns to the "
                                    "resistance.") if f.category] == []


def test_a_number_lost_with_no_noun_is_still_losses() -> None:
    assert [f.category for f in find_figures("The battalion lost 40 in the fighting.")
            if f.category] == ["casualties"]


# 4. compounds knocked down were demolished, not taken

def test_compounds_knocked_down_are_no_capture() -> None:
    assert ("capture", "ground taken") not in _cues(
        "The brigade knocked down compounds used by the militants.")


def test_compounds_knocked_down_in_a_village_taken_leave_the_capture() -> None:
    assert ("capture", "ground taken") in _cues(
        "The brigade took the village and knocked down compounds used by the militants.")


# 5. an army's reserves moved are forces sent; a stock of oil is not

def test_reserves_moved_into_a_town_are_a_deployment() -> None:
    assert ("troop_deployment", "troops deployed") in _cues(
        "Ukraine had moved reserves into Kupiansk.")


def test_oil_reserves_moved_are_no_deployment() -> None:
    assert ("troop_deployment", "troops deployed") not in _cues(
        "The company moved its oil reserves into storage.")


# 6. a capital's attempts are its government's; a capital acts on a day named between

def test_a_capitals_attempts_are_no_place() -> None:
    kyiv = geocode("Kyiv")
    assert acts(kyiv, "'s attempts to break through the defences were beaten back")


def test_a_capital_acting_on_a_day_is_no_place() -> None:
    moscow = geocode("Moscow")
    assert acts(moscow, " on Thursday stood by its claim that the city is in its hands")
    assert not acts(moscow, ", an old city with roots in trade, attacked")


def test_reserves_moved_into_the_city_named_before() -> None:
    found = ruled("Moscow on Tuesday stood by its claim that the Ukrainian city of Izium is "
                  "about to fall. A ministry spokesman told reporters in Moscow that Kyiv had "
                  "moved reserves into the city overnight.")
    assert ("troop_deployment", KHARKIV) in found
    assert ("troop_deployment", "RUS-2365") not in found


# 7. a push past a place just taken is the capture's advance

def test_a_push_past_a_village_just_taken_sends_no_one() -> None:
    cues = _cues("Assault units have captured the village of Hrodivka and pushed on beyond "
                 "it towards the river.")
    assert ("capture", "ground taken") in cues
    assert ("troop_deployment", "forces pushed on") not in cues


def test_a_push_past_a_town_alone_is_still_forces_on_the_move() -> None:
    assert ("troop_deployment", "forces pushed on") in _cues(
        "The rebels pushed beyond the town to within 5km of the airport.")


# 8. the relative clause telling when a deed began dates the deed

def test_an_incursion_that_started_weeks_ago_is_background() -> None:
    found = ruled("The Ukrainian incursion into Russia's Kursk Oblast that began on 6 August "
                  "has drawn Russian units away from the south, analysts say.",
                  published=dt.date(2024, 8, 25))
    assert ("attack", KURSK) not in found


def test_a_relative_clause_dating_the_place_leaves_the_deed_alone() -> None:
    found = ruled("Ukrainian forces struck a depot in Russia's Kursk Oblast, which was "
                  "occupied on 6 August, on Thursday.", published=dt.date(2024, 8, 23))
    assert ("attack", KURSK) in found


# 9. a toll for a part of a country, told by a bearing, is no national tally

def test_a_toll_in_the_north_of_a_country_is_no_national_tally() -> None:
    found = ruled("Jihadists killed at least 30 soldiers in the east of Niger last week, the "
                  "army said.")
    assert ("casualty_report", "NE") not in found


def test_a_toll_across_the_country_is_still_a_national_tally() -> None:
    found = ruled("Jihadists killed at least 30 soldiers across Niger last week, the army "
                  "said.")
    assert ("casualty_report", "NE") in found
