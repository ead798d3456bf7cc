"""A third country's troops told at a deed are seen there (each sentence written fresh,
not corpus text): "North Korean soldiers were killed near Plekhovo" tells a casualty and
that North Korean troops are in Kursk Oblast; "Rwandan troops took the town" a capture and
a sighting in North Kivu. The forces of a side whose war it is ("Russian forces" in
Ukraine, "Israeli forces" in the West Bank) and forces only recalled ("since Rwandan
troops drove them out") are no sighting."""

from __future__ import annotations

from geoapp.extract.actors import third_party_forces
from tests.extract_helpers import ruled

KURSK = "RUS-2362"
DONETSK = "UKR-327"
NORTH_KIVU = "COD-1898"
GAO = "MLI-2690"


def test_third_country_troops_killed_at_a_place_are_seen_there() -> None:
    text = ("Ukrainian drone crews killed 25 North Korean soldiers near the village of "
            "Plekhovo in the Kursk region on Sunday, the General Staff said.")
    found = ruled(text)
    assert ("unit_sighting", KURSK) in found
    assert ("attack", KURSK) in found or ("casualty_report", KURSK) in found


def test_troops_of_a_third_country_taking_a_town_are_seen_there() -> None:
    text = ("Rwandan troops took the town of Rutshuru in North Kivu on Tuesday, the "
            "Congolese army said in a statement.")
    found = ruled(text)
    assert ("capture", NORTH_KIVU) in found
    assert ("unit_sighting", NORTH_KIVU) in found


def test_an_army_named_by_itself_is_seen_at_its_deed() -> None:
    text = ("Fighters of the Africa Corps attacked a camp of herders near Gao on Friday, "
            "local officials said.")
    assert ("unit_sighting", GAO) in ruled(text)


def test_the_forces_whose_war_it_is_are_no_sighting() -> None:
    text = ("Russian forces attacked Ukrainian positions near Pokrovsk on Monday, the "
            "General Staff said.")
    found = ruled(text)
    assert ("attack", DONETSK) in found
    assert ("unit_sighting", DONETSK) not in found


def test_one_sighting_per_sentence_and_place() -> None:
    text = ("North Korean troops attacked near Sudzha and North Korean gunners shelled "
            "Ukrainian positions in the Kursk region on Monday, the General Staff said.")
    assert ruled(text).count(("unit_sighting", KURSK)) == 1


def test_troops_recalled_after_since_are_not_counted() -> None:
    assert third_party_forces("the first attack since Rwandan troops drove them out",
                              "MZ") == set()
    assert third_party_forces("Rwandan troops drove them out", "MZ") == {"RW"}


def test_waging_sides_and_own_forces_are_left_out() -> None:
    assert third_party_forces("Israeli forces raided the camp", "PS") == set()
    assert third_party_forces("Ukrainian forces pushed into the region", "RU") == set()
    assert third_party_forces("Malian soldiers patrolled the town", "ML") == set()
    assert third_party_forces("servicemen of the DPRK fought there", "RU") == {"KP"}
