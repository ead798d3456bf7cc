"""Wordings of retold news, each sentence written fresh (not corpus text): a force's losses
told of the one fight they came in; a headline's toll over the body's telling of its attack;
a cue inside a condition ("unless … brings in reinforcements"); fighters a force "neutralised";
people strikes killed over a few days; an attack told as "recent";
a country that resumed its campaign."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import places, ruled

TIMBUKTU, SAHEL_BF, DONETSK, DIFFA = "MLI-2688", "BFA-2806", "UKR-327", "NER-796"


# 1. a force's losses "in the fighting near X" are that fight's toll, not a tally

def test_losses_in_the_fighting_near_a_town_are_the_fights_toll() -> None:
    text = ("Mali's army said on Friday that it had lost four soldiers and killed about 30 "
            "militants in the fighting near Léré, in the Timbuktu region.")
    assert places(text) == [("attack", TIMBUKTU)]


def test_men_lost_in_the_battle_outside_a_town_are_the_battles_toll() -> None:
    text = ("A Burkinabe army spokesman said the unit lost six men in the battle outside Djibo, "
            "in the Sahel region, on Wednesday.")
    assert places(text) == [("attack", SAHEL_BF)]


def test_losses_in_the_fighting_across_a_region_stay_a_tally() -> None:
    text = ("Russian forces lost about 90 personnel in the fighting in the Donetsk region, a "
            "Ukrainian brigade spokesman said.")
    assert places(text) == [("casualty_report", DONETSK)]


# 2. a headline's toll belongs to the attack the body tells there, even further down

def test_a_headline_toll_joins_the_attack_the_body_tells_after_it() -> None:
    text = ("Niger mourns 14 soldiers killed in Diffa\n\n"
            "An army patrol came under attack near the village of Bosso in the Diffa region on "
            "Monday morning, the defence ministry said.")
    assert places(text) == [("attack", DIFFA)]


def test_a_lead_sentence_tally_is_no_headline_toll() -> None:
    text = ("About 400 soldiers have been killed or wounded in the Diffa region, officials said "
            "on Monday. Gunmen attacked a police post near the village of Bosso on Sunday.")
    assert ("casualty_report", DIFFA) in places(text)


# 3. a condition opening the cue's clause tells what might happen, not what did

KHARKIV = "UKR-328"


def test_reinforcements_named_in_an_unless_clause_are_no_deployment() -> None:
    text = ("Commanders believe a new push on the city of Kupiansk in the Kharkiv region is "
            "improbable unless Moscow moves large fresh reinforcements into the sector.")
    assert not any(kind == "troop_deployment" for kind, _ in ruled(text))


def test_reinforcements_moved_in_without_a_condition_are_a_deployment() -> None:
    text = ("Moscow moved large fresh reinforcements into the area near Kupiansk in the "
            "Kharkiv region on Monday, Ukrainian officials said.")
    assert ("troop_deployment", KHARKIV) in ruled(text)


# 4. fighters "neutralised" or "eliminated" by a force: the fight that did it, not a tally

def test_gunmen_neutralised_near_a_town_are_an_attack() -> None:
    text = ("Several dozen gunmen were neutralised near Léré, in the Timbuktu region, on "
            "Thursday, the army said.")
    assert places(text) == [("attack", TIMBUKTU)]


def test_soldiers_who_eliminated_militants_fought_an_attack() -> None:
    text = ("The soldiers eliminated about a dozen militants near Léré, in the Timbuktu region, "
            "on Thursday, the army said.")
    assert places(text) == [("attack", TIMBUKTU)]


def test_soldiers_a_force_lost_near_a_town_stay_its_losses() -> None:
    text = "The army said on Thursday that it had lost 15 soldiers near Léré, in the Timbuktu region."
    assert places(text) == [("casualty_report", TIMBUKTU)]


# 5. people a strike killed over a few days are the strikes' toll, not a tally

SAGAING = "MMR-3302"
JUNE = dt.date(2025, 6, 7)


def test_civilians_air_strikes_killed_over_three_days_are_the_strikes_toll() -> None:
    text = ("Junta air strikes on villages in Sagaing Region killed 14 civilians and wounded 22 "
            "others between June 3 and June 5, residents said.")
    assert places(text, published=JUNE) == [("attack", SAGAING)]


def test_civilians_strikes_killed_over_months_stay_a_tally() -> None:
    text = ("Junta air strikes on villages in Sagaing Region killed 140 civilians between "
            "January and May, residents said.")
    assert ("casualty_report", SAGAING) in places(text, published=JUNE)


# 6. "recently" dates an attack somewhere in the last weeks; its dead are no tally

YOBE = "NGA-2873"


def test_soldiers_killed_in_an_attack_told_as_recent_are_its_toll() -> None:
    text = ("Gunmen attacked an army post in the town of Geidam in Yobe State on Sunday, burning "
            "two trucks.\n\n\"There was an attack recently in Yobe; a lieutenant and four soldiers "
            "were killed,\" a military source said.")
    assert places(text) == [("attack", YOBE)]


# 7. a country that resumed or began its operations acts; it is not where people died

def test_a_country_that_resumed_its_campaign_is_no_place_of_the_toll() -> None:
    text = "Since Israel resumed its air campaign on 2 February, 1,410 people have been killed."
    assert ("casualty_report", "IL") not in ruled(text)
