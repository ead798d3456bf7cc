"""Round 93 (d): forces clearing an enemy out of a place fight there; numbered armies
destroying units are seen where they do it; an opening "Having brought up reserves," clause
is the lead-up of its news, no recap; a country named as a formation's owner ("Ukraine's
3rd Brigade") is no place of the deed; a "X FRONT." heading is a sector like "X AXIS."."""

from __future__ import annotations

from geoapp.extract.places import find_places
from tests.extract_helpers import ruled


# 1. forces clearing an enemy out of a place: fighting there, an attack placed there
def test_forces_clearing_the_occupiers_out_of_a_town_attack_it() -> None:
    got = ruled("Ukrainian units are still clearing the occupiers from Kupiansk, the "
                "general staff said on Tuesday.")
    assert ("attack", "UKR-328") in got


def test_sappers_clearing_mines_from_a_town_make_no_attack() -> None:
    got = ruled("Sappers are still clearing mines from Kupiansk, the general staff said on "
                "Tuesday.")
    assert not any(t == "attack" for t, _ in got)


# 2. numbered armies, written "armies", destroying units in a place: seen there
def test_numbered_armies_destroying_units_are_seen_where_they_do_it() -> None:
    got = ruled("Assault detachments of the 8th and 20th armies keep destroying units of the "
                "enemy in several districts of Pokrovsk.")
    assert ("unit_sighting", "UKR-327") in got


def test_unnamed_forces_destroying_units_are_no_sighting() -> None:
    got = ruled("Assault detachments keep destroying units of the enemy in several districts "
                "of Pokrovsk.")
    assert not any(t == "unit_sighting" for t, _ in got)


# 3. an opening "Having brought up …," clause: forces readied for the news, not a recap
def test_an_opening_having_brought_up_reserves_clause_is_news() -> None:
    got = ruled("Having brought up fresh reserves to Pokrovsk, Russian forces stormed the "
                "railway station on Monday.")
    assert ("troop_deployment", "UKR-327") in got


def test_an_opening_having_retaken_clause_stays_background() -> None:
    got = ruled("Having retaken Pokrovsk, Russian forces stormed the railway station of "
                "Myrnohrad on Monday.")
    assert ("capture", "UKR-327") not in got


# 4. a country as a formation's owner ("Ukraine's 3rd Assault Brigade") is no place
def test_a_country_owning_a_numbered_brigade_is_no_place() -> None:
    text = "Drones hit the headquarters of Ukraine's 47th Mechanised Brigade near Pokrovsk."
    assert [h.match.country for h in find_places(text, [], set())
            if h.match.kind == "country"] == []


def test_a_country_owning_ground_stays_a_place() -> None:
    text = "Drones hit Ukraine's east near Pokrovsk overnight."
    assert any(h.match.kind == "country" for h in find_places(text, [], set()))


# 5. a "X FRONT." heading is a sector: its villages are the namesakes by X
def _region_of(text: str, name: str) -> str | None:
    return next(h.match.adm1_code for h in find_places(text, [], set()) if name in h.text)


def test_a_front_heading_picks_the_namesake_by_its_town() -> None:
    text = ("ZAPORIZHZHIA FRONT. Russian units are pressing on the edge of Primorskoye and "
            "around Stepnogorsk.")
    assert _region_of(text, "Primorskoye") == "UKR-331"


def test_a_heading_with_no_sector_word_keeps_the_usual_namesake() -> None:
    text = ("ZAPORIZHZHIA. Russian units are pressing on the edge of Primorskoye and "
            "around Stepnogorsk.")
    assert _region_of(text, "Primorskoye") != "UKR-331"
