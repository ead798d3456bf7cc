"""Wordings of retold news, each sentence written fresh (not corpus text): a wire dateline
under a caption and summary bullets, a toll's record "since", a capital named for its hold or
its wording, an advance told as forces moving forward, an aside that lists what backs the
forces sent, a place ending a sentence before the next one's verb, a local unit the
gazetteer lacks, two sides' tolls for one place, and a settlement named like a city."""

from __future__ import annotations

from geoapp.extract.dateline import find_dateline
from tests.extract_helpers import proposed, ruled

BEIRUT, PARIS = "LBN-3024", "FRA-5333"
MOSCOW, KYIV, KHARKIV, ZAPORIZHZHIA = "RUS-2365", "UKR-4826", "UKR-328", "UKR-331"
WEST_BANK, GOMA_KIVU, BUNIA_ORIENTALE = "WEB+00?", "COD-1898", "COD-1559"


# 1. an agency's dateline opening the body under a caption and summary bullets

_CAPTIONED = (
    "Israeli strikes on southern Lebanon kill 12, health ministry says\n\n"
    "Smoke rises over a hillside after an Israeli strike, in a picture released on March 1, "
    "2025. (Handout)\n\n"
    "- Lebanese health officials say the strikes killed 12 people.\n"
    "- The Israeli military said it hit Hezbollah depots.\n\n"
    "BEIRUT/PARIS (Reuters) - Israeli strikes on the hill village of Wadi Jilo killed 12 "
    "people on Friday, the Lebanese health ministry said.\n")


def test_an_agency_dateline_under_a_caption_and_bullets_is_found() -> None:
    line = find_dateline(_CAPTIONED)
    assert line is not None
    assert line.place == "BEIRUT/PARIS" and line.agency == "Reuters"


def test_the_cities_of_a_later_dateline_place_no_event() -> None:
    assert not any(region in (BEIRUT, PARIS) for _, region in ruled(_CAPTIONED))


def test_a_bracketed_word_deep_in_the_report_is_no_dateline() -> None:
    text = ("Drones hit a depot near Tyre on Friday\n\n" + "The army said. " * 120 +
            "\n\nPARIS (Reuters) - Diplomats met on Friday.\n")
    assert find_dateline(text) is None


# 2. a toll's record: "the deadliest … since" bounds no period

def test_a_country_toll_set_as_the_deadliest_since_is_no_national_tally() -> None:
    text = ("At least 40 people were killed in strikes on Yemen's Bir Ahmed fuel depot, the "
            "health ministry said, the deadliest attack since Washington began its air "
            "campaign last month.")
    assert not any(kind == "casualty_report" and region == "YE" for kind, region in ruled(text))


def test_a_country_toll_counted_since_a_date_is_still_a_national_tally() -> None:
    text = ("At least 410 people have been killed in Yemen since the air campaign began in "
            "March, the health ministry said on Sunday.")
    assert ("casualty_report", "YE") in ruled(text)


# 3. a capital named for its hold or its wording is its government

def test_a_capitals_control_places_no_capture_there() -> None:
    text = ("The defence ministry said troops of the Eastern group had seized the district, "
            "extending Moscow's control over a region that has seen heavy fighting.")
    assert ("capture", MOSCOW) not in ruled(text)


def test_a_capitals_troops_seizing_a_named_village_still_capture_it() -> None:
    text = ("Russian troops seized the village of Mala Tokmachka in Zaporizhzhia region on "
            "Monday, the ministry said, extending Moscow's control over the area.")
    assert ("capture", ZAPORIZHZHIA) in ruled(text)


def test_what_a_capital_calls_a_region_places_nothing_there() -> None:
    text = ("Ukrainian drones struck an ammunition depot on Tuesday in what Kyiv calls the "
            "temporarily occupied part of Zaporizhzhia region, the General Staff said.")
    found = ruled(text)
    assert ("attack", KYIV) not in found
    assert ("attack", ZAPORIZHZHIA) in found


# 4. an advance told as forces moving forward

def test_forces_moving_forward_on_a_direction_attack_there() -> None:
    text = ("Russian units are reported to be moving forward on the Kupiansk direction of "
            "Kharkiv region, the General Staff said on Monday.")
    found = ruled(text)
    assert ("attack", KHARKIV) in found
    assert ("troop_deployment", KHARKIV) not in found


def test_talks_moving_forward_in_a_city_tell_no_attack() -> None:
    text = "Talks on a prisoner swap are moving forward in Kharkiv, the governor said on Monday."
    assert not any(kind == "attack" for kind, _ in ruled(text))


# 5. an aside listing what backs the forces sent

def test_forces_sent_with_an_aside_listing_their_support_are_deployed() -> None:
    text = ("Several hundred Israeli soldiers, backed by bulldozers, drones and attack "
            "helicopters, have been sent into Tulkarm and its camp, the army said on Sunday.")
    assert ("troop_deployment", WEST_BANK) in ruled(text)


def test_drones_sent_without_forces_are_still_no_deployment() -> None:
    text = ("The army said dozens of drones, launched from the coast, were sent over Tulkarm "
            "on Sunday.")
    assert not any(kind == "troop_deployment" for kind, _ in ruled(text))


# 6. a place ending a sentence joins no subject of the next

def test_a_place_ending_a_list_before_a_new_sentence_stays_an_event_place() -> None:
    text = ("The coalition condemned what it called the massing of army troops on several "
            "fronts, notably at Walikale, Goma and Bunia. It accuses Kinshasa of breaking the "
            "truce.")
    found = ruled(text)
    assert ("troop_deployment", GOMA_KIVU) in found
    assert ("troop_deployment", BUNIA_ORIENTALE) in found


def test_two_capitals_speaking_together_are_still_actors() -> None:
    text = "Kyiv and Moscow said on Monday that fighting had raged near Kupiansk."
    assert not any(region == KYIV for _, region in ruled(text))


# 7. a local unit the gazetteer lacks takes the report's region

def test_clashes_in_a_territory_the_gazetteer_lacks_take_the_province() -> None:
    text = ("North Kivu update: rebels regroup\n\n"
            "Rebel forces are reinforcing their positions across North Kivu province, local "
            "sources say.\n\n"
            "Heavy clashes continue in Lubero-Nord territory between the army and the "
            "rebels, residents said on Sunday.")
    assert ("attack", GOMA_KIVU) in ruled(text)


# 8. two sides' tolls for one place: one entry to review, each claim kept whole

def test_two_sides_tolls_for_one_place_are_one_entry_holding_both_claims() -> None:
    text = ("Israeli forces have killed 14 Palestinians and wounded dozens more in the Nablus "
            "area since 3 March, the Palestinian health ministry said on Sunday. On Sunday "
            "evening the army said its troops had killed 9 \"gunmen\" and arrested 40 suspects "
            "over the past few days in Nablus and nearby villages.")
    tolls = [c for c in proposed(text) if c.event.event_type == "casualty_report"]
    assert len(tolls) == 1
    assert len(tolls[0].separate) == 1
    assert {tolls[0].event.killed_low, tolls[0].separate[0].event.killed_low} == {14, 9}


# 9. a settlement that shares its name with a regional capital

POLTAVA, DONETSK = "UKR-330", "UKR-327"


def test_settlements_named_like_a_regional_capital_are_not_that_city() -> None:
    text = ("Russian units attacked without pause around the settlements of Poltava and "
            "Kurakhove in Donetsk region on Monday, the General Staff said.")
    found = ruled(text)
    assert ("attack", POLTAVA) not in found
    assert ("attack", DONETSK) in found


def test_the_city_itself_is_still_that_city() -> None:
    text = "Russian missiles struck the city of Poltava on Monday, the governor said."
    assert ("attack", POLTAVA) in ruled(text)
