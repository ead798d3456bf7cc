"""Round 72 (d): a name many villages bear as their own that a city once had as an
alternate name, a taking told done through the means forces used for it, and a title-case
dateline with city, country, date and agency under a headline and a standfirst, and a
contest "gathering pace", which gathers no forces."""

from __future__ import annotations

import datetime as dt

from extract_helpers import ruled

from geoapp.extract.dateline import find_dateline
from geoapp.geocode.geocoder import default_geocoder

PUBLISHED = dt.date(2025, 6, 3)


def _types(found: list[tuple[str, str | None]]) -> set[str]:
    return {t for t, _ in found}


def test_a_name_many_villages_bear_is_not_a_city_s_old_name() -> None:
    found = default_geocoder().lookup("Oleksandrivka", "UA", ()).match
    assert found is not None and found.name == found.matched_name
    assert (found.population or 0) < 100_000


def test_a_city_s_own_name_still_wins() -> None:
    found = default_geocoder().lookup("Donetsk", "UA", ()).match
    assert found is not None and found.adm1_code == "UKR-327"
    assert (found.population or 0) > 500_000


def test_ground_taken_with_means_used_is_a_capture() -> None:
    text = ("Russian units had used the morning fog to advance and to capture two villages "
            "near Huliaipole, the commander said.")
    assert ("capture", "UKR-331") in ruled(text, PUBLISHED)


def test_a_taking_wished_for_is_no_capture() -> None:
    for text in ("Russian units are trying to capture two villages near Huliaipole.",
                 "Russian units will use the morning fog to capture two villages near "
                 "Huliaipole.",
                 "Drones that could be used to capture two villages near Huliaipole."):
        assert "capture" not in _types(ruled(text, PUBLISHED)), text


WIRE = ("Gunmen kill eight villagers in western Niger\n\n"
        "Local officials say the attackers came on motorbikes\n\n"
        "Niamey, Niger, June 2 (AFP) - Gunmen killed eight villagers near Tera, in the west "
        "of the country, officials said on Monday.\n")


def test_a_titled_dateline_with_its_country_under_a_standfirst() -> None:
    found = find_dateline(WIRE)
    assert found is not None and found.place == "Niamey"


def test_a_titled_opening_with_no_date_nor_agency_is_no_dateline() -> None:
    text = ("Gunmen kill eight villagers in western Niger\n\n"
            "Local officials say the attackers came on motorbikes\n\n"
            "Niamey, the capital, was calm on Monday after gunmen killed eight villagers.\n")
    assert find_dateline(text) is None


def test_a_contest_gathering_pace_is_no_deployment() -> None:
    text = ("The fight between the army and the militia forces is gathering pace around "
            "Bara in North Kordofan.")
    assert "troop_deployment" not in _types(ruled(text, PUBLISHED))


def test_forces_gathering_near_a_town_are_still_a_deployment() -> None:
    text = "Militia forces were gathering near Bara in North Kordofan, the army said."
    assert "troop_deployment" in _types(ruled(text, PUBLISHED))
