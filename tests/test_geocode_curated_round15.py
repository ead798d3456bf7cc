"""Towns of the Kivus, the Sahel and Myanmar that the reference data lacks, and the news's
spellings of a Sudanese town and state: each is found in its admin-1 unit, and a report
naming the town places its event there."""

from __future__ import annotations

import datetime as dt

import pytest

from geoapp.extract import extract
from geoapp.geocode import geocode


@pytest.mark.parametrize("query, iso2, code", [
    ("Walikale", "CD", "COD-1898"),      # North Kivu, seat of its territory
    ("Kavumu", "CD", "COD-1894"),        # South Kivu, Bukavu's airport
    ("Katana", "CD", "COD-1894"),        # South Kivu, not Syria's Qatana
    ("Sévaré", "ML", "MLI-2809"),
    ("Sevare", "ML", "MLI-2809"),
    ("Boni", "ML", "MLI-2809"),
    ("Pensa", "BF", "BFA-2825"),         # Sanmatenga, not Russia's Penza
    ("Séguénega", "BF", "BFA-2823"),     # Yatenga
    ("Seguenega", "BF", "BFA-2823"),
    ("Kokorou", "NE", "NER-4859"),
    ("Namhsan", "MM", "MMR-3277"),
    ("Mongmit", "MM", "MMR-3277"),
    ("Momeik", "MM", "MMR-3277"),
    ("Budalin", "MM", "MMR-3302"),
    ("Butalin", "MM", "MMR-3302"),
    ("Tinzaouatene", "ML", "MLI-2689"),  # Kidal: the news's spelling of Tinzaouaten
])
def test_the_towns_are_in_their_units(query: str, iso2: str, code: str) -> None:
    match = geocode(query, iso2)
    assert match is not None, query
    assert (match.kind, match.adm1_code) == ("place", code), query


@pytest.mark.parametrize("query, code", [
    ("Walikale", "COD-1898"), ("Namhsan", "MMR-3277"), ("Budalin", "MMR-3302"),
])
def test_the_towns_of_focus_countries_are_found_without_a_country(query: str,
                                                                  code: str) -> None:
    match = geocode(query)
    assert match is not None and match.adm1_code == code, query


def test_the_news_spelling_of_umm_ruwaba_is_the_town() -> None:
    # Before, only the WOF district of that spelling matched, not the town.
    match = geocode("Umm Rawaba", "SD")
    assert (match.kind, match.adm1_code, match.source) == ("place", "SDN-883", "geonames")
    assert match.name == "Umm Ruwaba"


@pytest.mark.parametrize("query", ["Al-Jazira State", "Al Jazira state", "al-Jazira"])
def test_al_jazira_is_al_jazirah_state(query: str) -> None:
    match = geocode(query)
    assert match is not None, query
    assert (match.kind, match.adm1_code) == ("region", "SDN-875"), query


@pytest.mark.parametrize("text, iso_date, found", [
    ("M23 rebels seized Walikale, a mining hub in eastern Congo, on Wednesday, residents "
     "said.", "2025-03-21", [("capture", "COD-1898")]),
    ("Rebels shelled positions near Kavumu and Katana in eastern Congo overnight, killing "
     "three civilians, local officials said.", "2025-02-12", [("attack", "COD-1894")]),
    ("A suicide car bomb struck the army camp at Sévaré in central Mali on Friday, the "
     "military said.", "2024-06-08", [("attack", "MLI-2809")]),
    ("Jihadists ambushed a patrol near Kokorou on Tuesday, Niger's defence ministry "
     "said.", "2024-10-03", [("attack", "NER-4859")]),
    ("Junta jets bombed a market in Budalin on Monday, killing seven people, residents "
     "said.", "2024-11-19", [("attack", "MMR-3302")]),
    ("Fighters of the TNLA captured Mongmit on Saturday, the group said.", "2024-07-01",
     [("capture", "MMR-3277")]),
    ("Sudan's army said on Sunday that it had recaptured Umm Rawaba from the RSF.",
     "2025-04-07", [("capture", "SDN-883")]),
])
def test_a_report_naming_the_town_places_its_event(text: str, iso_date: str,
                                                   found: list[tuple[str, str]]) -> None:
    events = extract(text, published=dt.date.fromisoformat(iso_date))
    assert [(c.event.event_type, c.event.adm1_code) for c in events] == found


@pytest.mark.parametrize("text, found", [
    # "Pensa" is also GeoNames' German spelling of Russia's Penza, a city of 500,000
    ("Gunmen attacked a military post in Pensa, in northern Burkina Faso, on Sunday, "
     "killing four soldiers, security sources said.", [("attack", "BFA-2825")]),
    # "Boni" is also a Belarusian village (WOF); the report's other towns are Malian
    ("Militants attacked the army post at Boni on Thursday; in Gao, a bomb killed two "
     "soldiers.", [("attack", "MLI-2690"), ("attack", "MLI-2809")]),
])
def test_a_foreign_namesake_gives_way_to_the_town_of_the_reports_country(
        text: str, found: list[tuple[str, str]]) -> None:
    events = extract(text, published=dt.date(2024, 9, 12))
    assert sorted({(c.event.event_type, c.event.adm1_code) for c in events}) == found
