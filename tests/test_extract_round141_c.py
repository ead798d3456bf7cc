"""Wordings of round one hundred and forty-one (c), each sentence written fresh (not corpus
text): a commander named by the place his forces come from ("X, commander of Chechnya's
special forces, claimed …") is told who he is, not where the fighting he speaks of was;
a place named for the fighting itself in the same sentence keeps its reading."""

from __future__ import annotations

from tests.extract_helpers import folded

CHECHNYA = "RUS-2416"
KURSK = "RUS-2362"


def test_a_commanders_home_region_is_no_place_of_the_fighting() -> None:
    text = ("Word of the assault first came from Gen Ruslan Dadayev, commander of Chechnya's "
            "volunteer battalions, who said the attackers had lost dozens of vehicles.")
    assert ("attack", CHECHNYA) not in folded(text)


def test_the_fighting_he_places_keeps_its_region() -> None:
    text = ("Gen Ruslan Dadayev, commander of Chechnya's volunteer battalions, said his men "
            "repelled an assault near Sudzha in the Kursk region.")
    assert ("attack", KURSK) in folded(text)
    assert ("attack", CHECHNYA) not in folded(text)
