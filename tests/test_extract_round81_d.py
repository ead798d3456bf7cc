"""Round 81d: gains near "the town" just named are an advance there; forces "pushing"
beside a named place advance there; an undated sentence telling what the fighters did
"then", right after a sentence dated long before the report, goes on with that past."""

from __future__ import annotations

from extract_helpers import ruled, trigger_types

PRESSURE = "Kostiantynivka has come under heavy pressure this week. "


def test_gains_near_the_town_just_named_are_an_advance_there():
    text = PRESSURE + ("Analysts said on Monday there were fresh Russian gains near the town, "
                       "which lies in the Donetsk region.")
    assert ("attack", "UKR-327") in ruled(text)


def test_gains_near_the_town_hall_are_not():
    text = PRESSURE + ("Analysts said on Monday there were fresh Russian gains near the town "
                       "hall of Kostiantynivka, in the Donetsk region.")
    assert "attack" not in trigger_types(text)


def test_forces_pushing_south_of_a_named_place_advance_there():
    text = "Russian troops are pushing south of Kupiansk, the Ukrainian general staff said."
    assert ("attack", "UKR-328") in ruled(text)


def test_a_storm_pushing_west_of_a_place_is_no_advance():
    text = "The storm pushed west of Odesa on Monday, the weather service said."
    assert "attack" not in trigger_types(text)


LEAD = ("Army retakes hill posts near El Fasher\n\nThe Sudanese army said on Friday it had "
        "retaken two hill posts near El Fasher, North Darfur.\n\n")
THEN = "\n\nThe RSF then brought in more fighters and shelled the market in Kabkabiya."


def test_then_after_a_sentence_dated_long_before_is_background():
    text = LEAD + "On May 3, 2023, the RSF attacked the garrison in Kabkabiya." + THEN
    assert set(ruled(text)) == {("capture", "SDN-881")}  # the headline tells it too


def test_then_after_news_of_the_report_days_is_news():
    text = LEAD + "On Wednesday, the RSF attacked the garrison in Kabkabiya, residents said." + THEN
    assert ruled(text).count(("attack", "SDN-881")) == 2
