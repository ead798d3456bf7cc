"""Wording of a batch of Kursk, Ukraine, Sudan, Myanmar, Lebanon and Sahel reports, each
sentence written fresh (not corpus text): a capital that "opened" an offensive, a front
told as parts of a whole country, a statement recalled in the pluperfect, forces
regrouping beside a move still to come, a shell "fired by" troops that landed, an outlet's
dateline line, an armed group fought by its kind, a country a war is waged "against", and
a training ground named after its town."""

from __future__ import annotations

import datetime as dt

from geoapp.extract.dateline import find_dateline
from tests.extract_helpers import ruled, trigger_types

KHARKIV, DONETSK = "UKR-328", "UKR-327"
NORTH_KORDOFAN = "SDN-882"
PRIMORSKY = "RUS-2611"


def test_capital_that_opened_an_offensive_is_its_government() -> None:
    found = ruled("Moscow opened a new offensive in the north of Kharkiv Oblast on Friday.")
    assert ("attack", KHARKIV) in found
    assert not any(place.startswith("RUS") for _, place in found)


def test_parts_of_a_whole_country_place_no_event() -> None:
    text = "Russian troops are on the offensive in the south and the east of Ukraine."
    assert ("attack", "UA") not in ruled(text)


def test_statement_recalled_in_the_pluperfect_is_a_recap() -> None:
    text = ("The new figure is higher than earlier warnings. A US spokesman had said that at "
            "least 3,000 North Korean soldiers had reached Russia this month.")
    assert ("troop_deployment", "RU") not in ruled(text)
    # a statement of a few hours before the news is the news
    text = ("Only a few hours before, the ministry had said that 3,000 North Korean soldiers "
            "had reached Russia.")
    assert ("troop_deployment", "RU") in ruled(text)
    # a statement of the day after one recalled is the news
    text = ("A rebel commander had said earlier that a prison had fallen to HTS and allied "
            "fighters, while the military said it had moved its troops elsewhere in order to "
            "spare civilian lives in the city of Hama.")
    assert ("troop_deployment", "SYR-138") in ruled(text)


def test_regrouping_beside_a_move_still_to_come_is_no_deployment() -> None:
    text = ("The spokesman said the Russian forces are now regrouping after the fall of "
            "Pokrovsk and will probably move units to other sectors.")
    assert ("troop_deployment", DONETSK) not in ruled(text)
    assert ("troop_deployment", DONETSK) in ruled(
        "The spokesman said the Russian forces are now regrouping near Pokrovsk.")


def test_shell_fired_by_troops_that_landed_is_no_deployment() -> None:
    assert "troop_deployment" not in trigger_types(
        "Three civilians were killed when a shell fired by army troops landed on the market.")
    assert "troop_deployment" in trigger_types("Army troops landed on the beach at dawn.")


def test_outlet_city_and_date_line_is_a_dateline() -> None:
    text = ("Army destroys rebel base in the north\n\nSahel Wire – Bamako, Sunday 27 October "
            "2024\n\nThe army carried out operations in the area.")
    found = find_dateline(text)
    assert found is not None and found.place == "Bamako"


def test_armed_group_fought_by_its_kind_is_an_attack() -> None:
    text = ("The RSF seized el-Fula, the capital of West Kordofan state. The army fought the "
            "paramilitary group for several hours before pulling out of the city.")
    found = ruled(text, published=dt.date(2024, 6, 20))
    assert found.count(("attack", NORTH_KORDOFAN)) == 1
    assert "attack" not in trigger_types("The two brothers fought in the army for years.")


def test_country_a_war_is_waged_against_is_its_place() -> None:
    text = ("Israeli strikes hit Nabatiyeh on Wednesday, killing 16. According to the health "
            "ministry, Israel has killed 2,377 people and wounded 11,109 others since its "
            "offensive against Lebanon began last year. Most of the casualties came in "
            "recent weeks.\n\nHezbollah said it fired rockets at Safed on Wednesday.")
    found = ruled(text, published=dt.date(2024, 10, 17))
    assert ("casualty_report", "LB") in found


def test_training_ground_named_after_its_town() -> None:
    text = "Russian troops arrived at the Sergeevka training ground on Tuesday."
    assert ("troop_deployment", PRIMORSKY) in ruled(text)
