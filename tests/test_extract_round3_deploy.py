"""Troop deployments and captures worded in ways the rules missed on fresh reports, each
written fresh (not corpus text): forces massed, concentrated, built up, poured or moved in
(troops as subject or object, active or passive, nominalised), an aside between the troops
and their verb, a deployment placed at its destination, dates that belong to another clause
or a comparison, "since then" after news, a recap paragraph broken by a dated statement;
control taken of a place however qualified, flags raised over a place, places secured. The
near misses keep forecasts, plans, denials, aims, recaps and idioms out."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import extract

PUBLISHED = dt.date(2025, 11, 20)
KURSK, KHERSON, KHARKIV = "RUS-2362", "UKR-4827", "UKR-328"
ZAPORIZHZHIA, DONETSK, NORTH_KORDOFAN = "UKR-331", "UKR-327", "SDN-883"


def _kinds(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str | None]]:
    found = extract(text, published=published)
    return [(c.event.event_type, c.event.adm1_code or c.event.country) for c in found]


# 1. forces massed, concentrated, built up, poured or moved in

def test_troops_massed_as_object_of_the_verb() -> None:
    text = ("Russia has massed several brigades near Kupiansk in the Kharkiv region, a "
            "Ukrainian army spokesman said on Wednesday.")
    assert _kinds(text) == [("troop_deployment", KHARKIV)]


def test_troops_concentrated_in_the_passive() -> None:
    text = ("Several thousand Russian soldiers have been concentrated around Vovchansk in the "
            "Kharkiv region this week, the Ukrainian border guard said on Tuesday.")
    assert _kinds(text) == [("troop_deployment", KHARKIV)]


def test_fighters_poured_into_a_town() -> None:
    text = ("Hundreds of RSF fighters poured into El Obeid in North Kordofan on Tuesday, "
            "residents told reporters.")
    assert _kinds(text) == [("troop_deployment", NORTH_KORDOFAN)]


def test_the_build_up_of_forces_as_a_noun() -> None:
    text = ("Ukrainian officers described a steady build-up of Russian assault units near "
            "Orikhiv in the Zaporizhzhia region on Monday.")
    assert _kinds(text) == [("troop_deployment", ZAPORIZHZHIA)]


def test_troops_seen_massing_are_a_deployment_not_a_sighting() -> None:
    text = ("Columns of Russian troops were seen massing on the edge of Kherson on Sunday, "
            "local officials said.")
    assert _kinds(text) == [("troop_deployment", KHERSON)]


# 2. an aside between the troops and their verb; the place they are sent to

def test_an_aside_does_not_hide_the_troops_from_their_verb() -> None:
    text = ("A column of some 400 Russian soldiers, backed by armoured vehicles and artillery, "
            "moved out of Tokmak in the Zaporizhzhia region on Friday, Ukrainian officials "
            "said.")
    assert _kinds(text) == [("troop_deployment", ZAPORIZHZHIA)]


def test_a_deployment_is_placed_at_its_destination() -> None:
    text = ("Ukraine's army said on Monday it had redeployed a marine brigade from Kharkiv to "
            "the Kherson region.")
    assert _kinds(text) == [("troop_deployment", KHERSON)]


# 3. dates of another clause or of a comparison do not make the deployment a recap

def test_a_date_compared_with_does_not_date_the_deployment() -> None:
    text = ("About 15,000 Russian troops are now massed around Pokrovsk in the Donetsk "
            "region, several thousand more than in August, Ukrainian officers said.")
    assert _kinds(text) == [("troop_deployment", DONETSK)]


def test_a_since_date_in_a_later_clause_belongs_to_that_clause() -> None:
    text = ("The spokesman said Russia had concentrated fresh assault units around Huliaipole "
            "in the Zaporizhzhia region in recent days, and that the shelling had grown "
            "since the start of the summer.")
    assert _kinds(text) == [("troop_deployment", ZAPORIZHZHIA)]


def test_a_date_in_an_appositive_relative_clause_is_the_places() -> None:
    text = ("On Saturday the rebels said they had taken complete control of the army base in "
            "Kupiansk, the town that had been besieged since early 2024.")
    assert _kinds(text) == [("capture", KHARKIV)]


def test_since_then_after_news_is_news() -> None:
    text = ("On Monday RSF units entered Bara in North Kordofan, residents said. Since then, "
            "RSF fighters have been massing in the villages around the town, according to "
            "the Sudan Doctors Network.")
    assert ("troop_deployment", NORTH_KORDOFAN) in _kinds(text)


def test_since_then_after_a_recap_is_still_a_recap() -> None:
    text = ("The army retook Kherson in November 2022. Since then, Russian forces have "
            "moved three brigades into the area around the city, officials say.")
    assert ("troop_deployment", KHERSON) not in _kinds(text)


def test_a_recap_paragraph_ends_at_a_sentence_dated_lately() -> None:
    text = ("The latest offensive near Kupiansk began on August 2nd, when the army said it had "
            "surrounded the town. On Sunday the army said that it had sent a further brigade "
            "into the Kharkiv region to relieve the units holding the line.")
    assert ("troop_deployment", KHARKIV) in _kinds(text)


# 4. captures: control taken however qualified, flags raised, places secured

def test_complete_control_taken_of_a_place() -> None:
    text = ("RSF fighters took complete control of the army garrison in El Obeid on Sunday, "
            "the group said.")
    assert _kinds(text) == [("capture", NORTH_KORDOFAN)]


def test_full_control_established_over_a_named_town() -> None:
    text = ("Russia's defence ministry said on Tuesday its forces had established full "
            "control over Kupiansk in the Kharkiv region.")
    assert _kinds(text) == [("capture", KHARKIV)]


def test_a_flag_raised_over_a_building_is_a_capture() -> None:
    text = ("Soldiers raised the national flag over the town hall in Vovchansk in the Kharkiv "
            "region on Thursday, a video showed.")
    assert [k for k in _kinds(text) if k[0] == "capture"] == [("capture", KHARKIV)]


def test_a_village_entered_and_secured() -> None:
    text = ("Ukrainian marines entered and secured the village of Krynky in the Kherson region "
            "on Wednesday, the navy said.")
    assert _kinds(text) == [("capture", KHERSON)]


# 5. near misses that must stay as they were

def test_protesters_massing_are_no_deployment() -> None:
    text = "Protesters massed outside the regional council in Kharkiv on Monday."
    assert _kinds(text) == []


def test_an_influx_of_refugees_is_no_deployment() -> None:
    text = "The fighting brought an influx of refugees to Kharkiv on Monday, officials said."
    assert _kinds(text) == []


def test_a_bare_advance_is_no_deployment() -> None:
    text = "Russian forces recently advanced near Pokrovsk in the Donetsk region."
    assert ("troop_deployment", DONETSK) not in _kinds(text)


def test_a_forecast_move_of_reserves_is_not_proposed() -> None:
    text = ("Kyiv expects Moscow to move further reserves into the Zaporizhzhia region in the "
            "coming weeks, the spokesman added.")
    assert _kinds(text) == []


def test_a_denied_redeployment_is_not_proposed() -> None:
    text = ("The ministry on Monday denied that troops had been redeployed to the Kherson "
            "region.")
    assert _kinds(text) == []


def test_an_attempt_to_take_control_is_no_capture() -> None:
    text = ("RSF fighters tried to take complete control of the airport in El Obeid on "
            "Sunday, the army said.")
    assert ("capture", NORTH_KORDOFAN) not in _kinds(text)


def test_a_red_flag_raised_is_no_capture() -> None:
    text = ("Auditors in Kharkiv raised a red flag over the city's spending on Monday, the "
            "council said.")
    assert _kinds(text) == []


def test_flags_hoisted_at_a_rally_are_no_capture() -> None:
    text = "Supporters hoisted flags at a rally in Kharkiv on Sunday."
    assert _kinds(text) == []


def test_securing_operations_are_no_capture() -> None:
    text = ("The army continued securing operations throughout the Kharkiv region this week, "
            "the general staff said.")
    assert ("capture", KHARKIV) not in _kinds(text)


def test_a_build_up_known_only_from_reports_of_it_is_hedged() -> None:
    text = ("Aid agencies said on Monday they were worried by reports of a build-up of RSF "
            "fighters around El Obeid in North Kordofan.")
    assert _kinds(text) == []
