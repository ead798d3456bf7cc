"""Wire and think-tank wordings, each written fresh (not corpus text): a share of a town
claimed taken, a suggestion of an advance called false, assaults counted by their attempts
and an armed clash, advances as daily assessments word them, military assets moved out of
a base, regions listed side by side (not a town and its region), a filing city before a
colon, and campaigns told as trends."""

from __future__ import annotations

import datetime as dt

from geoapp.extract.dateline import find_dateline
from tests.extract_helpers import places, ruled

PUBLISHED = dt.date(2025, 2, 12)
DONETSK, KHARKIV, ZAPORIZHZHIA, SUMY, CHERNIHIV = (
    "UKR-327", "UKR-328", "UKR-331", "UKR-325", "UKR-285")
KYIV_CITY, KURSK, TARTUS = "UKR-4826", "RUS-2362", "SYR-135"


def _ruled(text: str) -> list[tuple[str, str | None]]:
    return ruled(text, published=PUBLISHED)


def test_a_share_of_a_town_taken_is_a_capture() -> None:
    for text in ('The ministry said on Monday its troops had taken "nearly half" of the city '
                 "of Vovchansk in the Kharkiv region.",
                 "Army officials said Russian troops captured most of Balakliia in the Kharkiv "
                 "region overnight."):
        assert ("capture", KHARKIV) in _ruled(text), text


def test_most_of_the_day_takes_no_ground() -> None:
    text = "Soldiers in the Kharkiv region said the repairs took most of the day."
    assert ("capture", KHARKIV) not in _ruled(text)


def test_a_suggestion_of_an_advance_called_false_is_denied() -> None:
    text = ("The Ukrainian army said any suggestion that Russian troops had advanced into "
            "Balakliia in the Kharkiv region was false.")
    assert ("troop_deployment", KHARKIV) not in places(text, PUBLISHED)


def test_assaults_counted_by_their_attempts_are_attacks() -> None:
    text = ("The General Staff counted 30 attempts by Russian units to break through "
            "Ukrainian lines near Kostiantynivka in the Donetsk region.")
    assert ("attack", DONETSK) in _ruled(text)


def test_an_armed_clash_is_an_attack() -> None:
    text = "The General Staff said one armed clash was under way near Balakliia in the Kharkiv region."
    assert ("attack", KHARKIV) in _ruled(text)


def test_an_assessed_recent_advance_is_an_attack_in_each_place_listed() -> None:
    # an advance with no ground said to be taken is an attack (corpus README, `capture`)

    text = ("Russian forces recently advanced near Kostiantynivka in the Donetsk region and "
            "in western Zaporizhia Oblast.")
    found = _ruled(text)
    assert ("attack", DONETSK) in found and ("attack", ZAPORIZHZHIA) in found


def test_advanced_weapons_take_no_ground() -> None:
    text = "The brigade recently advanced its training with new systems in the Donetsk region."
    assert ("capture", DONETSK) not in _ruled(text)


def test_military_assets_moved_out_of_a_base_are_a_deployment() -> None:
    text = "The navy has been moving military equipment out of the port of Tartus this week."
    assert ("troop_deployment", TARTUS) in _ruled(text)


def test_regions_listed_side_by_side_are_each_the_place() -> None:
    text = ("Overnight drone strikes hit the frontline regions of Chernihiv, Sumy, Kharkiv and "
            "Donetsk, the air force said.")
    found = _ruled(text)
    assert {("attack", CHERNIHIV), ("attack", SUMY), ("attack", KHARKIV)} <= set(found)


def test_a_filing_city_before_a_colon_is_a_dateline() -> None:
    text = ("Russian drones hit power lines overnight\n\nKyiv: Russia carried out strikes on "
            "the east and south of the country overnight, officials said.")
    line = find_dateline(text)
    assert line is not None and line.place == "Kyiv"
    assert ("attack", KYIV_CITY) not in _ruled(text)


def test_a_campaign_told_as_a_trend_is_background() -> None:
    for text in ("Over the past month Ukraine has sharply stepped up its drone attacks on "
                 "the Kursk region.",
                 "Russia has been battering the Kharkiv region with strikes."):
        assert not [x for x in places(text, PUBLISHED) if x[1] in (KURSK, KHARKIV)], text
