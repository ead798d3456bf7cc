"""Wordings of round ninety-eight (f), each sentence written fresh (not corpus text): a
doubting adverb right before the deed's verb ("forces possibly recently retook the
village") hedges it, while "possibly" about a detail of a deed leaves it news; the dead of
one side set against those the other lost of its own, told after the fight, are that
fight's balance, not a tally of losses."""

from __future__ import annotations

from tests.extract_helpers import folded, proposed, ruled

DONETSK = "UKR-327"
BELGOROD = "RUS-2370"


# "possibly" before the verb: the lowest grade of an analyst's confidence

def test_possibly_before_the_verb_hedges_the_capture() -> None:
    text = ("Ukrainian forces possibly recently retook the village of Stepove in Donetsk "
            "Oblast, the think tank assessed on Friday.")
    assert ("capture", DONETSK) not in ruled(text)
    assert all(c.event.modality == "hedged" for c in proposed(text)
               if c.event.event_type == "capture")


def test_likely_before_the_verb_stays_the_analysts_claim() -> None:
    text = ("Ukrainian forces likely retook the village of Stepove in Donetsk Oblast, the "
            "think tank assessed on Friday.")
    assert ("capture", DONETSK) in ruled(text)


def test_possibly_about_a_detail_leaves_the_strike_news() -> None:
    text = ("A power plant in the Belgorod region came under attack on Friday, possibly with "
            "long-range rockets, the governor said.")
    assert ("attack", BELGOROD) in ruled(text)


# both sides' dead after the fight: its balance

def test_both_sides_losses_after_the_fight_join_it() -> None:
    text = ("Militia fighters stormed an army base near Kramatorsk in Donetsk Oblast on "
            "Friday.\n\nA militia commander said dozens of soldiers had died in the base, "
            "while the militia had lost 15 of its own men.")
    assert ("casualty_report", DONETSK) not in folded(text)
    assert ("attack", DONETSK) in folded(text)


def test_one_sides_losses_over_a_month_stay_a_tally() -> None:
    text = ("Militia fighters stormed an army base near Kramatorsk in Donetsk Oblast on "
            "Friday.\n\nOver the past month the army has lost 300 soldiers in Donetsk "
            "Oblast, a commander said.")
    assert ("casualty_report", DONETSK) in folded(text)
