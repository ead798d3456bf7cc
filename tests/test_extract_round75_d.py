"""Round 75 (d): a toll counted over a campaign whose start a clause dates, a capitalised cue
word naming a township, the seat of an intelligence service, troops described by who sent
them, a deed told as "still managing to", people leaving their homes now, and "the failure
to" before a cue."""

from extract_helpers import ruled, trigger_types


def test_toll_over_a_campaign_that_began_months_ago_is_news():
    text = ("By the general's count, the rebels lost more than 4,000 fighters, killed and "
            "wounded, in the offensive on Kherson Oblast that began in June of last year.")
    assert any(t == "casualty_report" for t, _ in ruled(text, published=_date(2025, 5, 20)))


def test_deed_without_a_count_in_such_a_campaign_stays_background():
    text = ("The artillery shelled Kherson Oblast during the offensive that began in June of "
            "last year.")
    assert not any(t == "attack" for t, _ in ruled(text, published=_date(2025, 5, 20)))


def test_cue_word_naming_a_township_is_no_cue():
    text = "Junta aircraft bombed a monastery of Saw Township, Magway Region, residents said."
    assert "unit_sighting" not in trigger_types(text)
    assert "attack" in trigger_types(text)


def test_cue_word_as_a_verb_before_a_township_stays():
    text = "Residents saw troops in the villages of Gangaw Township on Friday."
    assert "unit_sighting" in trigger_types(text)


def test_seat_of_an_intelligence_service_is_not_the_place():
    text = ("Intelligence assessments in Seoul show that Pyongyang has lost about 300 "
            "soldiers in Kursk region, lawmakers said on Monday.")
    assert not any(code == "KOR-2497" for _, code in ruled(text))


def test_troops_described_by_who_sent_them_are_no_deployment():
    text = ("Pyongyang has lost about 300 of the soldiers it sent to fight in Kursk region, "
            "lawmakers said on Monday.")
    assert not any(t == "troop_deployment" for t, _ in ruled(text))


def test_troops_sent_told_as_news_stay_a_deployment():
    text = "Pyongyang sent about 3,000 soldiers to Kursk region on Monday, lawmakers said."
    assert ("troop_deployment", "RUS-2362") in ruled(text)


def test_still_managing_to_repel_is_a_deed_done():
    text = "In Babnusa, army soldiers are still managing to beat back the paramilitary fighters."
    assert ("attack", "SDN-882") in ruled(text)


def test_trying_to_repel_stays_an_aim():
    text = "In Babnusa, army soldiers are trying to beat back the paramilitary fighters."
    assert not any(t == "attack" for t, _ in ruled(text))


def test_people_leaving_their_villages_now_is_a_displacement():
    text = ("Villagers in Rathedaung Township, Rakhine State, are leaving their villages for "
            "the forest to escape the air raids, residents said on Monday.")
    assert ("other", "MMR-3273") in ruled(text)


def test_people_leaving_their_homes_to_vote_is_no_displacement():
    text = ("Villagers in Rathedaung Township, Rakhine State, are leaving their homes to vote "
            "on Sunday.")
    assert not any(t == "other" for t, _ in ruled(text))


def test_failure_to_send_reinforcements_is_no_deployment():
    text = ("Officers blamed the failure to send reinforcements in time for the fall of the "
            "camp near Gao.")
    assert "troop_deployment" not in trigger_types(text)


def test_reinforcements_sent_stay_a_deployment():
    text = "The army sent reinforcements in time to the camp near Gao."
    assert "troop_deployment" in trigger_types(text)


def _date(y, m, d):
    import datetime as dt
    return dt.date(y, m, d)
