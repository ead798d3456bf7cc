"""Round 61 (c): wordings of background, forecast, denial and recap, each sentence written
fresh (not corpus text): a place named only in the "since" phrase that bounds a record,
losses told as a habit going on at a daily rate, a deed a gain is said to clear the way
for, the rout of a taken place's last defenders, a paragraph calling the claim before it
untrue, and a past perfect in a "once" clause closing a dated main clause."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled

GAZA, DONETSK, BAMAKO, KIDAL, SHAN_N, AVDIIVKA = (
    "GAZ+00?", "UKR-327", "MLI-2792", "MLI-2689", "MMR-3277", "UKR-327")


# 1. a place in the "since" phrase closing a record is the yardstick's, not the event's

def test_a_place_in_the_since_phrase_of_a_record_is_not_the_events() -> None:
    assert ruled("An air strike on Monday was one of the deadliest strikes in south Lebanon "
                 "since Israel began its offensive in Gaza.") == []


def test_a_place_before_the_record_still_places_the_event() -> None:
    assert ruled("Israeli aircraft struck Gaza City on Monday in one of the deadliest "
                 "strikes since the truce began.") == [("attack", GAZA)]


# 2. losses told as a habit going on at a rate are the war's rate, no count

def test_losses_kept_up_at_a_daily_rate_are_background() -> None:
    assert ruled("The army keeps losing about 400 soldiers a day along the front in the "
                 "Donetsk region, the ministry said.") == []


def test_losses_of_one_day_are_still_counted() -> None:
    assert ruled("The army lost about 400 soldiers on Monday along the front in the Donetsk "
                 "region, the ministry said.") == [("casualty_report", DONETSK)]


# 3. a deed a gain clears the way for is still to come

def test_attacks_a_gain_clears_the_way_for_are_a_forecast() -> None:
    assert ruled("The analyst said the fall of Kayes clears the way for attacks on "
                 "Bamako.") == []


def test_attacks_told_as_launched_are_news() -> None:
    assert ruled("The analyst said rebels launched attacks on Bamako on Monday.") == [
        ("attack", BAMAKO)]


# 4. the rout of a taken place's last defenders is the capture's end

def test_routing_the_units_left_in_a_taken_town_is_no_attack_of_its_own() -> None:
    assert folded("The rebels said on Monday they had captured the town of Kidal and routed "
                  "the soldiers left in Kidal.") == [("capture", KIDAL)]


def test_defeating_soldiers_beside_a_capture_is_still_an_attack() -> None:
    assert folded("The rebels said on Monday they had captured the town of Kidal and "
                  "defeated the soldiers in Kidal.") == [("capture", KIDAL), ("attack", KIDAL)]


# 5. a paragraph opening by calling the claim before it untrue denies it

def test_a_paragraph_calling_the_claim_not_true_denies_the_capture() -> None:
    assert ruled("Rebels said on Tuesday that their fighters had captured the town of "
                 "Lashio.\n\nThe army spokesman, however, told reporters that the claim was "
                 "\"not true\".") == []


def test_a_paragraph_telling_something_else_leaves_the_claim() -> None:
    assert ruled("Rebels said on Tuesday that their fighters had captured the town of "
                 "Lashio.\n\nThe army spokesman, however, told reporters that the town was "
                 "quiet.") == [("capture", SHAN_N)]


# 6. a past perfect in a "once" clause after a dated main clause orders steps, no recap

def test_a_perfect_in_a_closing_once_clause_is_news() -> None:
    assert ruled("The army declared victory in Avdiivka on Monday, once its troops had "
                 "seized the coke plant.") == [("capture", AVDIIVKA)]


def test_a_perfect_in_a_sentence_of_its_own_still_recaps() -> None:
    assert ruled("The army declared victory in Avdiivka on Monday. Its troops had seized "
                 "the coke plant.") == []


# 7. a place ending a relative aside lends its role to no place of the main clause after it

def test_a_place_after_a_relative_aside_is_the_events_own() -> None:
    assert ruled("The militia, which is backed by Iran, hit back with a volley of rockets "
                 "aimed at Metula in northern Israel.") == [("attack", "ISR-3056")]


def test_a_place_listed_after_a_mentioned_one_still_follows_it() -> None:
    assert ruled("The militia, which is backed by Iran and Syria, hit back with a volley of "
                 "rockets.") == []
