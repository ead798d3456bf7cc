"""Wordings of round one hundred and twenty-three (b), each sentence written fresh (not
corpus text): forces told as pushed up to a town's outskirts ("the brigade had pushed up to
the eastern outskirts of X") advanced on it, an attack there, like forces that "approached
the outskirts of" it; families or prices pushed to a town's outskirts tell no fight."""

from __future__ import annotations

from tests.extract_helpers import ruled

KHARKIV = "UKR-328"


# forces pushed up to a town's outskirts: the advance on it

def test_troops_pushed_up_to_the_eastern_outskirts_are_an_attack() -> None:
    text = ("By Thursday evening the assault brigade's soldiers had pushed up to the eastern "
            "outskirts of Kupiansk, a military blogger wrote.")
    assert ("attack", KHARKIV) in ruled(text)


def test_units_pushing_to_the_outskirts_are_an_attack() -> None:
    text = ("Enemy units are pushing to the outskirts of Kupiansk despite heavy losses, the "
            "regional military administration said.")
    assert ("attack", KHARKIV) in ruled(text)


def test_families_pushed_to_the_outskirts_are_no_attack() -> None:
    text = ("Rising rents have pushed many young families to the outskirts of Kupiansk, the "
            "city council said in its yearly housing review.")
    assert ("attack", KHARKIV) not in ruled(text)
