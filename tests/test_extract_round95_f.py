"""Round 95, batch f: wordings each written fresh (not corpus text): a threat told in the
progressive or the plain present ("were threatening to ambush", "threaten to storm") is a
plan, not a deed; and words a source "had said earlier" (no period named) are of the
news's own day, read as "had earlier said" is, not a recap."""

from __future__ import annotations

from tests.extract_helpers import ruled

MOPTI, DONETSK = "MLI-2809", "UKR-327"


# 1. "were threatening to …", "threaten to …": nothing done yet

def test_a_threat_in_the_progressive_is_not_proposed() -> None:
    text = ("Jihadist fighters were threatening to catch the supply convoy near Mopti, Mali, in "
            "a new ambush.")
    assert ("attack", MOPTI) not in ruled(text)


def test_a_threat_in_the_plain_present_is_not_proposed() -> None:
    text = "Jihadist fighters threaten to ambush supply convoys near Mopti, Mali."
    assert ("attack", MOPTI) not in ruled(text)


def test_an_ambush_carried_out_is_still_proposed() -> None:
    text = "Jihadist fighters ambushed a supply convoy near Mopti, Mali, on Friday."
    assert ("attack", MOPTI) in ruled(text)


# 2. "had said earlier that …" with no period named: the news's own day

def test_a_capture_a_source_had_said_earlier_is_news() -> None:
    text = ("A Ukrainian monitoring group had said earlier that Russian troops had taken "
            "control of the town of Toretsk in Donetsk region.")
    assert ("capture", DONETSK) in ruled(text)


def test_had_earlier_said_reads_the_same() -> None:
    text = ("A Ukrainian monitoring group had earlier said that Russian troops had taken "
            "control of the town of Toretsk in Donetsk region.")
    assert ("capture", DONETSK) in ruled(text)


def test_words_said_earlier_in_a_named_period_stay_a_recap() -> None:
    text = ("A Ukrainian monitoring group had said earlier this month that Russian troops had "
            "taken control of the town of Toretsk in Donetsk region.")
    assert ("capture", DONETSK) not in ruled(text)


def test_words_had_said_with_no_time_stay_a_recap() -> None:
    text = ("A Ukrainian monitoring group had said that Russian troops had taken control of "
            "the town of Toretsk in Donetsk region.")
    assert ("capture", DONETSK) not in ruled(text)
