"""Kinds of sentences the extractor once got wrong, each written fresh (not corpus text):
day tallies, doubted claims, forces taking up positions or operating, advances that take a
place, prisoners taken, places that fall, papers carried, month ranges, villages the
gazetteer lacks, cities that speak, raids that arrest, falling debris."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import extract
from geoapp.extract.dates import find_dates

PUBLISHED = dt.date(2025, 3, 2)
KURSK, KHERSON, KHARKIV, KYIV = "RUS-2362", "UKR-4827", "UKR-328", "UKR-4826"


def _kinds(text: str, **kw) -> list[tuple[str, str | None, str | None]]:
    found = extract(text, published=PUBLISHED, **kw)
    return [(c.event.event_type, c.event.adm1_code or c.event.country, c.event.modality)
            for c in found]


def test_a_day_total_beside_its_strikes_stays_a_casualty_report() -> None:
    text = ("Russian drones struck a market in Kherson on Saturday morning, damaging stalls. "
            "Over the past day, 3 people were killed and 9 injured as a result of Russian "
            "shelling in the Kherson region, the regional administration said.")
    assert _kinds(text) == [("attack", KHERSON, "asserted"),
                            ("casualty_report", KHERSON, "reported")]


def test_a_day_toll_with_no_strike_told_apart_is_the_attack() -> None:
    text = ("Over the past day, Russian forces killed 2 people in the Kherson region, the "
            "regional administration said.")
    assert [k[0] for k in _kinds(text)] == ["attack"]


def test_a_claim_a_later_note_doubts_is_hedged() -> None:
    text = ("In Kherson, our drone team struck an enemy command post overnight.\n"
            "Editor's note: we could find no other report of the Kherson strike.")
    assert _kinds(text) == []
    assert _kinds(text, include_forecasts=True) == [("attack", KHERSON, "hedged")]


def test_a_named_sources_claim_stays_reported_under_a_doubt() -> None:
    text = ("The regional governor said Russian drones struck a school in Kherson on Saturday. "
            "We have not been able to confirm this.")
    assert _kinds(text) == [("attack", KHERSON, "reported")]


def test_forces_that_take_up_positions_are_deployed() -> None:
    text = ("Two battalions equipped with self-propelled guns and multiple rocket launchers took "
            "up positions in the Kursk region on Friday, Ukrainian intelligence said.")
    assert _kinds(text) == [("troop_deployment", KURSK, "reported")]


def test_forces_operating_in_a_place_are_deployed_but_not_those_operating_against() -> None:
    deployed = "Army and police forces were operating in the area of Kherson on Saturday."
    assert [k[:2] for k in _kinds(deployed)] == [("troop_deployment", KHERSON)]
    target = "It said its forces were operating against militant positions near Kherson."
    assert [k[0] for k in _kinds(target)] == []


def test_an_advance_that_raises_a_flag_is_a_capture() -> None:
    text = ("Footage published on Saturday shows that Russian forces advanced into the centre "
            "of Sudzha and raised a flag on a building near the market.")
    assert [k[:2] for k in _kinds(text)] == [("capture", KURSK)]


def test_prisoners_taken_are_a_capture() -> None:
    text = "Near Sudzha our soldiers also took three prisoners on Saturday."
    assert [k[:2] for k in _kinds(text)] == [("capture", KURSK)]


def test_a_place_that_falls_is_taken_but_not_a_falling_population() -> None:
    fell = "In the Kursk region, the town of Sudzha fell on Saturday morning."
    assert [k[:2] for k in _kinds(fell)] == [("capture", KURSK)]
    assert _kinds("Officials said the population of Kherson had fallen below 60,000 this "
                  "winter.") == []


def test_papers_carried_are_seized_where_the_men_were_taken() -> None:
    text = ("Ukrainian paratroopers captured two soldiers near Sudzha in the Kursk region on "
            "Saturday. They were carrying Russian military IDs issued in Tuva.")
    kinds = [k[:2] for k in _kinds(text)]
    assert ("document_seizure", KURSK) in kinds
    assert all(region == KURSK for _, region in kinds)  # Tuva only printed on the IDs


def test_a_month_range_runs_to_the_end_of_its_second_month() -> None:
    [span] = find_dates("soldiers sent in January and February", PUBLISHED)
    assert (span.first, span.last) == (dt.date(2025, 1, 1), dt.date(2025, 2, 28))


def test_a_village_the_gazetteer_lacks_is_in_its_paragraph_region_not_the_capital() -> None:
    text = ("SEOUL, March 2 (Wire) - North Korean troops fought in Russia's Kursk region, the "
            "Joint Chiefs of Staff said.\n"
            "The estimate is the first figure from Seoul.\n"
            "Ukraine said on Saturday that Russian and North Korean forces had attacked its "
            "positions near the village of Zvanoye Pole and had been driven back.")
    assert ("attack", KURSK) in [k[:2] for k in _kinds(text)]
    assert all(region != "KOR-2497" for _, region, _ in _kinds(text))


def test_cities_that_speak_or_are_addressed_are_no_event_places() -> None:
    text = ("A Russian missile struck an apartment block in Kharkiv on Saturday. The attack "
            "came as Washington pressed Moscow to agree to a ceasefire.")
    assert [k[:2] for k in _kinds(text)] == [("attack", KHARKIV)]


def test_raids_that_arrest_people_are_captures() -> None:
    text = ("Israeli forces said they detained 14 Palestinians in overnight raids in Nablus in "
            "the occupied West Bank.")
    assert [k[0] for k in _kinds(text)] == ["capture"]


def test_falling_debris_marks_a_strike() -> None:
    text = ("Debris from downed drones fell in two districts of Kyiv overnight, damaging cars, "
            "the city's military administration said.")
    assert [k[:2] for k in _kinds(text)] == [("attack", KYIV)]
