"""Wordings of wire copy retold from the news, each sentence written fresh (not corpus
text): a village given by its distance from a town and the region both lie in, and a
country people flee or cross into next to an unknown border town."""

from __future__ import annotations

import pytest

from tests.extract_helpers import places, ruled

TILLABERI, NORTH_KIVU, KURSK = "NER-4859", "COD-1898", "RUS-2362"


# 1. "a village about 60 km from <town> in the <X> region": the region places the event

@pytest.mark.parametrize("text", [
    "Gunmen attacked Niger's army this week. The raid took place on Monday at Kolo, a "
    "hamlet some 70 km (43 miles) from Ayorou in the northern Tillaberi region.",
    "Gunmen attacked Niger's army this week. On Monday they stormed a village about 80km "
    "from Ayorou, in the Tillaberi region, killing four soldiers.",
])
def test_region_after_a_far_town_places_the_event(text: str) -> None:
    assert TILLABERI in {where for _, where in ruled(text)}


def test_a_far_town_alone_still_places_nothing() -> None:
    text = ("Russian missiles hit a depot on Monday, about 400 km from Kursk, officials in "
            "Ukraine said.")
    assert ("attack", KURSK) not in ruled(text)


# 2. a country people flee or cross into is no place of the event

@pytest.mark.parametrize("text", [
    "On Sunday the office of North Kivu's governor said the army had repelled rebel attacks "
    "near Nyarubuye, sending villagers fleeing into neighbouring Uganda.",
    "On Sunday the office of North Kivu's governor said the army had repelled rebel attacks "
    "near Nyarubuye, one of the busiest crossing points into Uganda.",
])
def test_country_fled_or_crossed_into_is_no_event_place(text: str) -> None:
    found = ruled(text)
    assert not any(where == "UG" or (where or "").startswith("UGA") for _, where in found)
    assert NORTH_KIVU in {where for _, where in found}


def test_but_opening_a_sentence_is_no_place() -> None:
    text = ("Rebels attacked an army post in North Kivu on Monday. But the army said it had "
            "pushed them back.")
    assert all(where == NORTH_KIVU for _, where in places(text))
