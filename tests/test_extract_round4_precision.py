"""Kinds of sentences real wire copy tempted the rules to propose as events, each written
fresh (not corpus text): a sighting denied by "no" in its subject, a "seen" whose subject
is no force, recaps in reported speech (a past perfect said last week, an event set beside
another in time, a tally of all ground held), forces named only as a strike's target, the
fighting that won a capture, national tolls of an explainer. Each kind has near-misses the
rules must still propose. Checked on the rules' own verdict (``ruled``), before the
confidence model."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract_helpers import ruled

PUBLISHED = dt.date(2025, 3, 13)  # a Thursday
KURSK, DONETSK, KHARKIV, KHARTOUM = "RUS-2362", "UKR-327", "UKR-328", "SDN-874"
N_DARFUR, N_KORDOFAN, RAKHINE, CHIN = "SDN-881", "SDN-883", "MMR-3273", "MMR-3274"


def _types(text: str, event_type: str) -> list[str | None]:
    return [place for kind, place in ruled(text, PUBLISHED) if kind == event_type]


# 1. "no" opening the subject of the cue's predicate

@pytest.mark.parametrize("text", [
    "A brigade officer said on Tuesday that for a fortnight no North Korean troops had been "
    "seen near Sudzha in the Kursk region.",
    "No North Korean units have been spotted around Sudzha in the Kursk region this week, "
    "the brigade said on Wednesday.",
    "None of the North Korean battalions has been observed near Sudzha in the Kursk region "
    "this week, a spokesman said on Wednesday.",
])
def test_no_in_the_subject_denies_the_sighting(text: str) -> None:
    assert _types(text, "unit_sighting") == []


def test_no_reinforcements_sent_is_no_deployment() -> None:
    text = ("No reinforcements were sent to Kupiansk in the Kharkiv region this week, the "
            "commander said on Wednesday.")
    assert _types(text, "troop_deployment") == []


@pytest.mark.parametrize("text", [
    "North Korean troops were seen near Sudzha in the Kursk region on Tuesday, a brigade "
    "officer said.",
    "No fewer than 300 North Korean soldiers were spotted near Sudzha in the Kursk region "
    "on Tuesday, a brigade officer said.",
])
def test_a_sighting_with_no_negation_stays(text: str) -> None:
    assert _types(text, "unit_sighting") == [KURSK]


def test_no_one_hurt_leaves_the_strike() -> None:
    text = "No one was hurt when the shelling hit Kupiansk in the Kharkiv region on Tuesday."
    assert _types(text, "attack") == [KHARKIV]


# 2. what a collective noun gathers decides whether forces were seen or moved

@pytest.mark.parametrize("text", [
    "Columns of black smoke were seen by reporters rising over Omdurman in Khartoum state "
    "on Tuesday.",
    "A convoy of aid trucks was spotted moving towards Omdurman in Khartoum state on "
    "Tuesday.",
    "Long lines of displaced families were seen on the road out of Omdurman in Khartoum "
    "state on Tuesday.",
])
def test_a_column_of_smoke_or_aid_is_no_sighting(text: str) -> None:
    assert _types(text, "unit_sighting") == []
    assert _types(text, "troop_deployment") == []


@pytest.mark.parametrize("text", [
    "A column of tanks was seen near Sudzha in the Kursk region on Tuesday, a brigade "
    "officer said.",
    "We saw a column of theirs near Sudzha in the Kursk region on Tuesday with our own "
    "eyes, a brigade officer said.",
])
def test_a_column_of_forces_is_still_seen(text: str) -> None:
    assert ruled(text, PUBLISHED) != []


# 3. recaps in reported speech

@pytest.mark.parametrize("text", [
    "The president said last Friday that Russia had begun to send North Korean soldiers into "
    "its assaults near Sudzha in the Kursk region.",
    "Last week, the general staff said that Russian troops had captured the village of "
    "Kurakhivka in the Donetsk region.",
])
def test_a_past_perfect_said_last_week_is_background(text: str) -> None:
    assert ruled(text, PUBLISHED) == []


def test_a_past_perfect_said_this_week_is_news() -> None:
    text = ("The general staff said on Wednesday that Russian troops had captured the village "
            "of Kurakhivka in the Donetsk region.")
    assert _types(text, "capture") == [DONETSK]


@pytest.mark.parametrize("text", [
    "Um Sumeima fell at the same time as the RSF seized the town of Mellit in North Darfur.",
    "The army withdrew from Um Sumeima just as the RSF stormed the town of Mellit in North "
    "Darfur.",
    "Um Sumeima fell three weeks before the RSF seized the town of Mellit in North Darfur.",
])
def test_an_event_set_beside_another_in_time_is_background(text: str) -> None:
    assert N_DARFUR not in _types(text, "capture") + _types(text, "attack")


def test_an_event_a_day_before_another_is_news() -> None:
    text = "The RSF seized the town of Mellit in North Darfur on Tuesday, the army said."
    assert _types(text, "capture") == [N_DARFUR]


@pytest.mark.parametrize("text", [
    "The Arakan Army has taken the whole of Paletwa Township in Chin State.",
    "The rebels have now seized four of the 17 townships of Chin State.",
    "The Arakan Army has captured all of Paletwa Township in Chin State and controls nine of "
    "the state's nine townships.",
])
def test_a_tally_of_all_ground_held_is_background(text: str) -> None:
    assert _types(text, "capture") == []


def test_a_single_town_taken_is_news() -> None:
    text = "The Arakan Army has taken the town of Paletwa in Chin State, it said on Wednesday."
    assert _types(text, "capture") == [CHIN]


# 4. forces named as a strike's alleged target

@pytest.mark.parametrize("text", [
    "The ministry claimed the strike on Kharkiv had been aimed at a hotel where foreign "
    "mercenaries had gathered.",
    "Moscow said its missiles struck a school in Kharkiv in which Ukrainian soldiers were "
    "stationed.",
    "The army said the drone targeted a warehouse in Kharkiv housing troops deployed there "
    "last month.",
])
def test_forces_describing_a_strikes_target_are_no_deployment(text: str) -> None:
    assert _types(text, "troop_deployment") == []
    assert _types(text, "attack") == [KHARKIV]


def test_forces_gathered_with_no_strike_are_a_deployment() -> None:
    text = ("Ukrainian officials said on Wednesday that Russian troops had gathered near "
            "Vovchansk in the Kharkiv region.")
    assert _types(text, "troop_deployment") == [KHARKIV]


# 5. the fighting that won a capture

@pytest.mark.parametrize("text", [
    "\"Thanks to decisive offensive operations, the village of Kurakhivka in the Donetsk "
    "region has been freed,\" the ministry said on Wednesday.",
    "The ministry said on Wednesday that the army's northern command in Rakhine State, "
    "which lies near the border, had fallen after a month of fierce fighting.",
    "Through a week of heavy fighting, Russian forces captured the village of Kurakhivka in "
    "the Donetsk region, the ministry said on Wednesday.",
])
def test_fighting_that_won_a_capture_is_part_of_it(text: str) -> None:
    kinds = [kind for kind, _ in ruled(text, PUBLISHED)]
    assert "capture" in kinds and "attack" not in kinds


def test_a_strike_beside_a_capture_stays() -> None:
    text = ("Russian forces captured the village of Kurakhivka in the Donetsk region on "
            "Wednesday, and a drone strike on Kramatorsk killed two people.")
    assert {"capture", "attack"} <= {kind for kind, _ in ruled(text, PUBLISHED)}


@pytest.mark.parametrize("text", [
    "Forty hostages were freed from a house in the town of Bardaskan, the police said.",
    "The soldiers were freed in a prisoner exchange near the town of Sudzha on Wednesday.",
])
def test_people_freed_take_no_ground(text: str) -> None:
    assert _types(text, "capture") == []


# 6. national tolls of an explainer

def test_a_toll_given_only_as_an_order_of_size_is_background() -> None:
    text = ("RSF shelling killed six civilians in Omdurman on Wednesday, a doctor said.\n\n"
            "Nationwide, the war has killed tens of thousands of people and driven millions "
            "from their homes in Sudan.")
    assert ("casualty_report", "SD") not in ruled(text, PUBLISHED)


def test_a_closing_reference_total_is_background() -> None:
    text = ("Gunmen killed 30 villagers near Tillaberi in Niger on Tuesday, the army said.\n\n"
            "More than 3,100 people have been killed in Niger since January 2023, according "
            "to the records kept by a conflict monitoring group.")
    assert ("casualty_report", "NE") not in ruled(text, PUBLISHED)


@pytest.mark.parametrize("closing", [
    "More than 3,100 people have been killed in Niger since January 2023, the monitoring "
    "group said on Wednesday.",
    "More than 3,100 people have been killed in Niger since January 2023, according to "
    "figures released on Wednesday by a conflict monitoring group.",
])
def test_a_national_total_stated_afresh_is_news(closing: str) -> None:
    text = ("Gunmen killed 30 villagers near Tillaberi in Niger on Tuesday, the army said.\n\n"
            + closing)
    assert ("casualty_report", "NE") in ruled(text, PUBLISHED)
