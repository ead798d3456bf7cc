"""Wordings of round one hundred and thirty (c), each sentence written fresh (not corpus
text): irregulars named as the killers of so many soldiers ("gunmen killed 14 soldiers",
"insurgents linked to Islamic State killed …") tell the attack by its toll, not a tally, even
where a summary gives the same count again with no spell; forces told as "engaging in
combat" at a place fight there."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled

DIFFA = "NER-796"
KURSK = "RUS-2362"


# irregulars named as the killers of soldiers: the attack told by its toll

def test_gunmen_who_killed_soldiers_at_a_place_attacked_there() -> None:
    text = "On Friday, gunmen killed 14 soldiers near the town of Diffa in south-eastern Niger."
    found = folded(text)
    assert ("attack", DIFFA) in found
    assert ("casualty_report", DIFFA) not in found


def test_insurgents_named_by_their_group_who_killed_soldiers_attacked_there() -> None:
    text = ("Insurgents linked to Islamic State killed 12 soldiers and wounded five near Diffa "
            "on Sunday, a security source said.\n\nIn brief: insurgents killed 12 soldiers "
            "near Diffa on Sunday.")
    found = folded(text)
    assert ("attack", DIFFA) in found
    assert ("casualty_report", DIFFA) not in found


def test_soldiers_killed_by_gunmen_over_a_month_stay_a_tally() -> None:
    text = "Gunmen killed 14 soldiers around Diffa over the past month, the army said."
    assert ("attack", DIFFA) not in folded(text)


# forces engaging in combat at a place

def test_soldiers_engaging_in_combat_in_a_region_fight_there() -> None:
    text = ("The foreign soldiers are now in Kursk Oblast and are already engaging in combat "
            "against Ukrainian units, the agency said.")
    assert ("attack", KURSK) in ruled(text)


def test_soldiers_who_refused_to_engage_in_combat_fought_nowhere() -> None:
    text = "Several soldiers in Kursk Oblast refused to engage in combat, the agency said."
    assert ("attack", KURSK) not in ruled(text)
