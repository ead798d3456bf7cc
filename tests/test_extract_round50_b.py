"""Round fifty (b): a sentence opening on the lead-up to the deed just told ("Ahead of the
assault, …") orders the news's own steps in the past perfect, no recap; a deed told as a
record bounded by "since" ("was the deadliest … since April") is the latest of its kind,
news, while the "when" clause naming that older moment stays a recap; a force sent "by the
thousands", told in the perfect, is the standing deployment, background."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import extract
from geoapp.extract.modality import in_record
from tests.extract_helpers import ruled

PUBLISHED = dt.date(2025, 3, 4)
KURSK = "RUS-2362"
KYIV = "UKR-4826"
DNIPRO = "UKR-326"
SENNAR = "SDN-880"


def test_past_perfect_after_ahead_of_the_assault_is_the_lead_up() -> None:
    text = ("On Saturday the RSF said it had stormed Singa. Ahead of the assault, RSF fighters "
            "had massed in the hills west of Sennar.")
    assert ("troop_deployment", SENNAR) in ruled(text, PUBLISHED)


def test_past_perfect_without_a_lead_up_opening_stays_a_recap() -> None:
    text = ("On Saturday the RSF said it had stormed Singa. In those years, RSF fighters had "
            "massed in the hills west of Sennar.")
    assert ("troop_deployment", SENNAR) not in ruled(text, PUBLISHED)


def test_deadliest_since_a_moment_is_the_latest_deed() -> None:
    text = ("The strike on Kyiv was the deadliest on the capital since April, when a missile "
            "attack on Dnipro killed 12 people.")
    found = ruled(text, PUBLISHED)
    assert ("attack", KYIV) in found
    assert ("attack", DNIPRO) not in found


def test_deadliest_with_no_bound_stays_a_recap() -> None:
    text = "The strike on Kyiv was the deadliest on the capital."
    assert ("attack", KYIV) not in ruled(text, PUBLISHED)


def test_thousands_sent_in_the_perfect_are_the_standing_deployment() -> None:
    text = ("Moscow has sent thousands of North Korean soldiers to reinforce the Kursk region, "
            "according to the US Defense Department.")
    assert ("troop_deployment", KURSK) not in ruled(text, PUBLISHED)


def test_a_counted_force_sent_stays_news() -> None:
    text = ("Moscow has sent 3,000 North Korean soldiers to reinforce the Kursk region, "
            "according to the US Defense Department.")
    assert ("troop_deployment", KURSK) in ruled(text, PUBLISHED)


def test_a_record_named_over_several_words_still_bounds_its_since() -> None:
    sentence = ("The attack on the camp was the deadliest such strike on an army base since "
                "September 23.")
    assert in_record(sentence, sentence.index("September"))


def test_a_side_that_killed_so_many_fighters_struck_them() -> None:
    text = "The army said on Thursday it had killed 60 RSF fighters in El-Fasher."
    found = [(c.event.event_type, c.event.adm1_code)
             for c in extract(text, published=PUBLISHED, source_name="Test Wire")]
    assert found == [("attack", "SDN-881")]
