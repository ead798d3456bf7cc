"""Wordings of retold news, each sentence written fresh (not corpus text): a force's losses
counted over a spell of days, told in a sentence that leaves the place to its paragraph."""

from __future__ import annotations

from tests.extract_helpers import ruled

KHARKIV, ZAPORIZHZHIA = "UKR-328", "UKR-331"


# 1. a force's losses over a stated spell count where their paragraph is, as "lost" ones do

def test_soldiers_killed_or_wounded_over_the_weekend_are_a_tally_of_the_paragraph() -> None:
    text = ("Fighting flared again around the town of Vovchansk in the Kharkiv region, the "
            "Ukrainian military said on Monday. A brigade spokesman said about 45 Russian "
            "soldiers were killed or wounded over the weekend.")
    assert ("casualty_report", KHARKIV) in ruled(text)


def test_fighters_a_unit_killed_and_wounded_over_four_days_are_a_tally() -> None:
    text = ("Ukrainian drone crews have stepped up strikes near the town of Orikhiv in the "
            "Zaporizhzhia region. The 65th brigade said its marines had killed 52 Russian "
            "soldiers and wounded 31 over four days.")
    assert ("casualty_report", ZAPORIZHZHIA) in ruled(text)


def test_soldiers_killed_on_one_day_stay_with_the_paragraph_gate() -> None:
    text = ("Fighting flared again around the town of Vovchansk in the Kharkiv region, the "
            "Ukrainian military said on Monday. A brigade spokesman said 12 Russian soldiers "
            "were killed on Sunday.")
    assert ("casualty_report", KHARKIV) not in ruled(text)

