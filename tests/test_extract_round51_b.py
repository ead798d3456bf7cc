"""Wordings real reports used that the rules misread, each written fresh (not corpus text):
a capital's campaign as who wages it, a listed place written with its other name in
brackets, people killed by the strikes of a month, a distance from "the capital X", a
namesake village of a country the report never names, and a site named by a village placed
in a region that spans several units."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import places, ruled

DONETSK, KHARKIV, SUMY = "UKR-327", "UKR-328", "UKR-325"
MOSCOW, SHAN, TILLABERI, SOUTH_KORDOFAN = "RUS-2365", "MMR-3277", "NER-4859", "SDN-882"


def test_a_capitals_campaign_is_who_wages_it() -> None:
    text = ("MOSCOW (Reuters) - Russia said on Monday its forces had captured three more "
            "villages in eastern Ukraine, the latest gains in Moscow's campaign to take the "
            "whole region.")
    assert ("capture", MOSCOW) not in ruled(text)


def test_a_listed_place_with_its_other_name_in_brackets() -> None:
    text = ("Russian artillery shelled Bakhmut (Artemivsk), Kharkiv and Sumy on Sunday, "
            "regional officials said.")
    found = ruled(text)
    assert {("attack", DONETSK), ("attack", KHARKIV), ("attack", SUMY)} <= set(found)


def test_people_killed_by_a_months_strikes_are_their_toll() -> None:
    text = ("The rebels said 30 civilians were killed in September by air strikes and "
            "artillery fire on Lashio and Hsipaw in Shan State.")
    assert places(text, published=dt.date(2024, 10, 3)) == [("attack", SHAN)]


def test_a_long_distance_from_the_capital_named_after_its_kind() -> None:
    text = ("Gunmen killed 12 villagers in the west of the country, some 180 kilometres from "
            "the capital Niamey, the Nigerien army said on Friday.")
    assert not [p for p in ruled(text) if p[1] == "NER-94"]


def test_a_namesake_village_of_a_country_never_named() -> None:
    text = ("Gunmen on motorbikes killed 12 civilians near Téra on Thursday, the Nigerien "
            "army said in a statement.")
    assert places(text) == [("attack", TILLABERI)]


def test_a_site_placed_in_a_region_across_units_holds_wherever_told() -> None:
    text = ("A drone struck a gathering of fighters near the Heglig oilfield in West "
            "Kordofan on Tuesday, local sources said.\n\n"
            "The RSF said on Monday that it had taken over the Heglig oilfield.\n\n"
            "Fighting has also raged around El Fasher in North Darfur and in Khartoum.")
    found = ruled(text)
    assert ("attack", SOUTH_KORDOFAN) in found
    assert ("capture", SOUTH_KORDOFAN) in found
