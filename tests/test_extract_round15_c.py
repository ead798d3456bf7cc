"""Wordings of retold news, each sentence written fresh (not corpus text): reported speech
whose speaker is a pronoun or is quoted by another source, a task taken over that is no
ground taken, forces pushing on into a place, the toll of one fight, news going on since a
day of this week, a town kept as its district, and a defence still holding."""

from __future__ import annotations

from tests.extract_helpers import places, ruled

BORNO, BELGOROD, DONETSK, KURSK = "NGA-2839", "RUS-2370", "UKR-327", "RUS-2362"
KHARTOUM, GEZIRA, GAO, GAZA = "SDN-874", "SDN-875", "MLI-2690", "GAZ+00?"
SHAN = "MMR-3277"


# 1. a pronoun speaking on for the source named before: its past perfect is reported speech

def test_pronoun_speaker_keeps_the_perfect_of_reported_speech() -> None:
    text = ("The police said in a statement on Sunday that officers had dismantled a roadblock "
            "outside Maiduguri. They said 14 suspects had been arrested in the town of Biu "
            "in Borno State.")
    assert ("capture", BORNO) in ruled(text)


def test_perfect_without_any_speaker_is_still_a_recap() -> None:
    text = ("Officers dismantled a roadblock outside Maiduguri on Sunday. In the town of Biu "
            "in Borno State, 14 suspects had been arrested.")
    assert ("capture", BORNO) not in ruled(text)


# 2. a source quoted by another ("cited X as saying"), or the statement a remark answers

def test_source_cited_as_saying_gives_reported_speech() -> None:
    text = ("The think tank also cited the army as saying that a grouping of Russian soldiers "
            "in Belgorod Oblast had lost 150 personnel as of February 20.")
    assert ("casualty_report", BELGOROD) in ruled(text)


def test_statement_by_a_unit_that_it_was_redeployed() -> None:
    text = ("Her remarks came after a statement by the 59th Brigade that it had been "
            "redeployed to defend Kramatorsk.")
    assert ("troop_deployment", DONETSK) in ruled(text)


# 3. a task taken over from another unit is no mine seized

def test_mine_clearing_taken_over_is_no_capture() -> None:
    text = ("A deputy told reporters that about 800 sappers had taken over mine-clearing "
            "around Sudzha from a unit that went home.")
    found = ruled(text)
    assert ("capture", KURSK) not in found
    assert ("unit_sighting", KURSK) in found


def test_a_mine_seized_is_still_a_capture() -> None:
    assert ("capture", KURSK) in ruled("Rebels seized the salt mine near Sudzha on Monday.")


# 4. forces pushing on into a place with the push's other verbs

def test_troops_advancing_through_districts_are_moved_in() -> None:
    text = "Army troops are advancing through the eastern districts of Omdurman, the military said."
    assert ("troop_deployment", KHARTOUM) in ruled(text)


def test_soldiers_pressing_further_into_a_town_are_moved_in() -> None:
    text = "Government soldiers press further into Wad Madani as the paramilitaries fall back"
    assert ("troop_deployment", GEZIRA) in ruled(text)


def test_crowds_pressing_into_a_town_are_no_deployment() -> None:
    text = "Crowds of protesters pressed into the centre of Omdurman on Tuesday."
    assert "troop_deployment" not in {t for t, _ in ruled(text)}


# 5. a force's losses suffered in one fight are that fight's toll, not a tally

def test_losses_suffered_in_one_ambush_are_the_ambush() -> None:
    text = "The army said it lost four soldiers in an ambush near Gao on Tuesday."
    assert places(text) == [("attack", GAO)]


def test_losses_over_weeks_stay_a_tally() -> None:
    text = "The army said it has lost 40 soldiers near Gao over the past three weeks."
    assert ("casualty_report", GAO) in places(text)


# 6. a toll dated to a moment somewhere in a span ("earlier this week") is no period's tally

FOUND = "Soldiers found a rocket launcher in an orchard in Khan Younis, the military said on Thursday."


def test_toll_earlier_this_week_joins_the_attack() -> None:
    text = FOUND + (" Earlier this week in the same area, paratroopers killed four gunmen who "
                    "opened fire on them.")
    assert places(text) == [("attack", GAZA)]


def test_toll_between_two_days_stays_a_tally() -> None:
    text = FOUND + (" Between Monday and Wednesday, paratroopers killed 14 gunmen in the area, "
                    "the military said.")
    assert ("casualty_report", GAZA) in places(text)


# 7. an advance or a break-in told in the verb's other forms

def test_troops_pushing_towards_a_town_attack_there() -> None:
    text = "Russian troops are pushing towards Kurakhove, the General Staff said on Tuesday."
    assert ("attack", DONETSK) in ruled(text)


def test_fighters_having_broken_into_a_headquarters_attack_it() -> None:
    text = ("Rebel fighters had broken into the army's regional headquarters in Lashio by dawn "
            "on Friday, a resident said.")
    assert ("attack", SHAN) in ruled(text)


def test_pushing_towards_a_deal_is_no_attack() -> None:
    assert ruled("Negotiators are pushing towards a deal in Lashio, a resident said.") == []


# 8. "since" a day of this week opens news still going on, not a recap

def test_attacks_since_a_day_this_week_are_news() -> None:
    text = ("Since Wednesday, rebel fighters have been attacking army posts across northern "
            "Shan State, a spokesman said.")
    assert ("attack", SHAN) in ruled(text)


def test_attacks_since_last_summer_stay_a_recap() -> None:
    text = ("Since last August, rebel fighters have been attacking army posts across northern "
            "Shan State, a spokesman said.")
    assert ("attack", SHAN) not in ruled(text)


# 9. a town the gazetteer keeps only as the district named after it

def test_town_kept_as_its_district_is_found() -> None:
    text = "RSF fighters stormed the town of Sheiria in Sudan on Monday, residents said."
    assert ("attack", "SDN-5857") in ruled(text)


def test_town_recaptured_kept_as_its_district_is_found() -> None:
    text = ("Sudanese army units recaptured the town of Kulbus from the RSF on Monday, "
            "the army said.")
    assert ("capture", "SDN-5858") in ruled(text)


# 10. a defence still holding ("continue to hold back") is today's fighting, not a recap

def test_troops_continuing_to_hold_back_assaults_is_news() -> None:
    text = ("Ukrainian troops continue to hold back Russian assaults near Siversk, the "
            "General Staff said on Monday.")
    assert ("attack", DONETSK) in ruled(text)


def test_defenders_continuing_to_repel_attacks_is_news() -> None:
    text = "Defenders continue to repel attacks on Huliaipole, the regional governor said on Monday."
    assert ("attack", "UKR-331") in ruled(text)


def test_forces_continuing_to_shell_a_town_stay_a_recap() -> None:
    assert ruled("Russian forces continue to shell Siversk, the General Staff said on Monday.") == []
