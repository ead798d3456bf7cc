"""Wordings of round one hundred and eleven (a), each sentence written fresh (not corpus
text): a sentence that sets its news against a context ("The talks come as …") still tells
news when that context is a source telling someone something now ("… as the governor told
reporters that …"), as it does when the source "said" it; enemy forces told as being
cleared out, the work going on ("the Russians … are being cleared out", "clearing out the
enemy soldiers hiding in X"), are fighting there, while houses or people cleared out for
their safety are not."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
DNIPRO = "UKR-326"
KHARKIV = "UKR-328"
ZAPORIZHZHIA = "UKR-331"


# a context that is a source telling someone now

def test_a_context_told_by_a_source_to_reporters_is_news() -> None:
    text = ("The talks come as the regional governor told reporters that Russian artillery "
            "shelled Nikopol in the Dnipropetrovsk region overnight, wounding two women.")
    assert ("attack", DNIPRO) in ruled(text)


def test_a_context_told_to_a_parliament_sights_the_troops() -> None:
    text = ("The visit came as the defence minister told parliament that Belarusian troops are "
            "taking part in combat in the Zaporizhzhia region.")
    assert ("unit_sighting", ZAPORIZHZHIA) in ruled(text)


def test_a_context_with_no_source_stays_context() -> None:
    text = ("The talks come as Russian artillery shelled Nikopol in the Dnipropetrovsk region "
            "overnight, wounding two women.")
    assert ("attack", DNIPRO) not in ruled(text)


# enemy forces being cleared out of a place

def test_enemy_soldiers_being_cleared_out_is_an_attack() -> None:
    text = ("Ukrainian paratroopers are clearing out the enemy soldiers still hiding in the "
            "outskirts of Vovchansk, the brigade said on Monday.")
    assert ("attack", KHARKIV) in ruled(text)


def test_enemy_troops_cut_off_and_flushed_out_is_an_attack() -> None:
    text = ("The Russian troops left in Toretsk are cut off and are being flushed out, a "
            "Ukrainian commander said.")
    assert ("attack", DONETSK) in ruled(text)


def test_people_cleared_out_for_their_safety_is_no_attack() -> None:
    text = ("Rescue teams and soldiers in Toretsk are being cleared out of the area for their "
            "safety, a commander said.")
    assert ("attack", DONETSK) not in ruled(text)


def test_houses_cleared_out_is_no_attack() -> None:
    text = "Soldiers in Vovchansk are clearing out the houses of the old town, the mayor said."
    assert ("attack", KHARKIV) not in ruled(text)
