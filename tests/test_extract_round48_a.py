"""Round forty-eight (a): people who "lost their lives" died, no force's tally; the attackers'
own loss told as the price of their ambush ("…, but they lost a dozen fighters") and the dead
that attacks themselves "left" are those attacks' toll; reinforcements a fight was won "with
the support of" are part of it; verbs joined to one someone "managed to" do are done too;
forces posted at a place in a "where" clause in the perfect describe it; what a speaker was
asked about is put to him, not told; a town named only as where the wounded were taken "for
treatment" places nothing after it, and a bulletin's "sector" of a village the gazetteer
lacks is such a village; a name told again is no other place of its country; a briefing's
sector town anchors the villages of its paragraph."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import folded, places, ruled, trigger_types

PUBLISHED = dt.date(2024, 8, 30)
TILLABERI = "NER-4859"
NIAMEY = "NER-94"
DONETSK = "UKR-327"
DNIPROPETROVSK = "UKR-326"
KURSK = "RUS-2362"
LUHANSK = "UKR-329"


def test_soldiers_who_lost_their_lives_are_the_toll_of_the_attack() -> None:
    text = ("On Monday, gunmen attacked an army post near Tillaberi. The soldiers drove off "
            "the attack after an hour. Sadly, seven soldiers lost their lives and 12 others "
            "were wounded.")
    found = places(text, PUBLISHED)
    assert ("attack", TILLABERI) in found
    assert ("casualty_report", TILLABERI) not in found


def test_reinforcements_a_fight_was_won_with_are_no_deployment() -> None:
    assert "troop_deployment" not in trigger_types(
        "The soldiers drove off the attack with the support of reinforcements and air strikes.")
    assert "troop_deployment" in trigger_types("The army sent reinforcements to the town.")


def test_a_capture_joined_to_a_deed_someone_managed_is_done() -> None:
    text = ("On Monday a patrol near Tillaberi came under fire but managed to neutralise two "
            "terrorists and capture six others.")
    assert ("capture", TILLABERI) in ruled(text, PUBLISHED)
    text = ("On Monday a patrol near Tillaberi set out to neutralise two terrorists and "
            "capture six others.")
    assert ("capture", TILLABERI) not in ruled(text, PUBLISHED)


def test_a_town_the_wounded_were_flown_to_for_treatment_places_nothing_after() -> None:
    text = ("On Monday, gunmen attacked an army post near Tillaberi. The wounded were flown to "
            "Niamey for treatment.\n\nAt the same time, a patrol in the Carre-Gourou sector "
            "came under fire and captured six terrorists.")
    found = ruled(text, PUBLISHED)
    assert ("capture", NIAMEY) not in found
    assert ("capture", TILLABERI) in found


def test_the_attackers_own_loss_in_the_sentence_of_their_ambush_is_its_toll() -> None:
    text = ("\"The militants also ambushed an army convoy near Tillaberi on Monday, but they "
            "lost a dozen fighters,\" the officer said.")
    found = folded(text, PUBLISHED)
    assert ("attack", TILLABERI) in found
    assert ("casualty_report", TILLABERI) not in found


def test_forces_posted_in_a_where_clause_in_the_perfect_describe_the_place() -> None:
    text = ("The raid took place on Monday at Tillaberi, where security forces have set up "
            "temporary bases for operations, sources said.")
    assert ("troop_deployment", TILLABERI) not in ruled(text, PUBLISHED)


def test_what_a_speaker_was_asked_about_is_not_told() -> None:
    text = ("Asked about Russian claims that territory near Pokrovsk had been captured on "
            "Monday, the spokesman said the fighting went on.")
    assert ("capture", DONETSK) not in ruled(text, PUBLISHED)
    text = ("Russian troops captured territory near Pokrovsk on Monday, the spokesman said.")
    assert ("capture", DONETSK) in ruled(text, PUBLISHED)


def test_dead_that_attacks_left_over_some_days_are_their_toll() -> None:
    text = ("Jihadist attacks in mid-August on three villages near Tillaberi also left dozens "
            "of people dead, local officials said yesterday.")
    found = places(text, PUBLISHED)
    assert ("attack", TILLABERI) in found
    assert ("casualty_report", TILLABERI) not in found


def test_a_name_told_again_is_no_place_of_another_country() -> None:
    text = ("Russia said on Monday that its forces had retaken two villages in the Kursk "
            "region from Ukraine, liberating the settlements of Novaya Sorochina and "
            "Pokrovsky.\n\nNovaya Sorochina lies near the border, while Pokrovsky sits "
            "further inside Russian territory. Paratroopers stormed Pokrovsky, the ministry "
            "said.")
    found = ruled(text, PUBLISHED)
    assert not any(region == DNIPROPETROVSK for _, region in found)


def test_a_sector_town_anchors_the_villages_of_its_paragraph() -> None:
    text = ("Russian missiles struck Zaporizhzhia on Monday, killing three people, the "
            "regional governor said.\n\nIn the Kupiansk direction the occupiers attacked 12 times on "
            "Monday. Ukrainian forces repelled assaults toward Synkivka and Stelmakhivka.")
    assert ("attack", LUHANSK) in ruled(text, PUBLISHED)
