"""Round 90 (d), each sentence written fresh (not corpus text): a sentence opening on "last
month" sets its deed in that month as a whole, background like "In April, …"; forces named
by where they stand as the object of a verb that traps, blocks or leaves them are no
deployment; a capture noun in the writer's quotes ("announced the "liberation" of …") is
still a claimed capture; another country's forces named among a force ("…, among them
5,000 North Korean soldiers") are seen where the force is."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import folded, ruled, trigger_types

NORTH_DARFUR, KHARKIV, KURSK = "SDN-881", "UKR-328", "RUS-2362"
PUBLISHED = dt.date(2025, 6, 12)


# 1. "Last month …" opening a sentence: a recap of that month, as "In May, …" is

def test_last_month_opening_is_background():
    text = ("Last month militia fighters overran a camp for displaced people near el-Fasher, "
            "in North Darfur, killing dozens of residents.")
    assert ("capture", NORTH_DARFUR) not in ruled(text, published=PUBLISHED)


def test_last_week_opening_is_still_news():
    text = ("Last week militia fighters overran a camp for displaced people near el-Fasher, "
            "in North Darfur, killing dozens of residents.")
    assert ("capture", NORTH_DARFUR) in ruled(text, published=PUBLISHED)


# 2. forces named by where they stand, as the object of a verb that traps or leaves them

def test_forces_stationed_there_left_in_a_bind_are_no_deployment():
    text = ("The enemy has cut the roads into Kupiansk in the Kharkiv region, trapping the "
            "Ukrainian units stationed there without supplies, a blogger wrote.")
    assert "troop_deployment" not in trigger_types(text)


def test_forces_stationed_there_as_the_news_still_deploy():
    text = ("Two more Ukrainian units were stationed in Kupiansk in the Kharkiv region on "
            "Monday, a blogger wrote.")
    assert ("troop_deployment", KHARKIV) in ruled(text, published=PUBLISHED)


# 3. a capture noun in the writer's quotes, claimed: the claim is still the news

def test_quoted_liberation_announced_is_a_capture():
    text = ("The Russian defence ministry on Tuesday announced the \u201cliberation\u201d of "
            "the Kursk region.")
    assert ("capture", KURSK) in ruled(text, published=PUBLISHED)


def test_quoted_liberation_only_spoken_of_is_no_capture():
    text = "Officials in Moscow often speak of the \"liberation\" of the Kursk region."
    assert "capture" not in trigger_types(text)


# 4. another country's forces named among a force: seen where the force is

def test_foreign_soldiers_among_a_force_are_a_sighting():
    text = ("Russia has massed some 40,000 troops in the Kursk region, among them about "
            "5,000 North Korean soldiers, Western officials say.")
    assert ("unit_sighting", KURSK) in folded(text, published=PUBLISHED)


def test_own_soldiers_among_a_force_are_no_sighting():
    text = ("Russia has massed some 40,000 troops in the Kursk region, among them about "
            "5,000 Russian marines and Russian soldiers, Western officials say.")
    assert ("unit_sighting", KURSK) not in folded(text, published=PUBLISHED)
