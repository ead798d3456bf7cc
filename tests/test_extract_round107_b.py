"""Wordings of round one hundred and seven (b), each sentence written fresh (not corpus text):
a quarter named before its town ("the "Noviy" district of Chasiv Yar") lies in that town,
never at a namesake village elsewhere; forces "strengthening their lines of defence" dig in
where they stand, no forces sent there; another country's army named as a force's ally ("the
rebels and their allies from the Rwandan army", "the Rwandan army and its M23 allies") is seen
where the deed is told, where a country's own army with its allies is not; fighting told by
how fierce it remains ("fighting near the city remains fierce") is fighting there."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
DNIPROPETROVSK = "UKR-326"
KHARKIV = "UKR-328"
NORTH_KIVU = "COD-1898"


# a quarter named before its town

def test_a_quarter_named_before_its_town_lies_in_the_town() -> None:
    text = ("The Russian army claimed on Tuesday to have taken the \"Noviy\" district of "
            "Chasiv Yar after weeks of fighting.")
    found = ruled(text)
    assert ("capture", DONETSK) in found
    assert not [code for kind, code in found if kind == "capture" and code != DONETSK]


def test_a_quarter_without_quotes_lies_in_the_town() -> None:
    text = ("The Russian army claimed on Tuesday to have taken the Noviy neighbourhood of the "
            "town of Chasiv Yar.")
    found = ruled(text)
    assert ("capture", DONETSK) in found
    assert not [code for kind, code in found if kind == "capture" and code != DONETSK]


def test_a_district_of_a_region_stays_where_it_lies() -> None:
    text = ("Russian drones struck Ternove, a village in the Synelnykove district of "
            "Dnipropetrovsk region, overnight.")
    assert ("attack", DNIPROPETROVSK) in ruled(text)


# lines of defence made stronger

def test_forces_strengthening_their_defence_lines_are_no_deployment() -> None:
    text = ("The brigade said its soldiers were strengthening their lines of defence around "
            "Kupiansk in the Kharkiv region.")
    assert ("troop_deployment", KHARKIV) not in ruled(text)


def test_forces_strengthened_with_a_brigade_stay_a_deployment() -> None:
    text = ("Kyiv has strengthened its forces around Kupiansk in the Kharkiv region with a "
            "fresh brigade.")
    assert ("troop_deployment", KHARKIV) in ruled(text)


# a foreign army named as a force's ally

def test_rebels_allies_from_a_foreign_army_are_seen() -> None:
    text = ("On Thursday the rebels and their allies from the Rwandan army shelled villages in "
            "Masisi territory of North Kivu province.")
    assert ("unit_sighting", NORTH_KIVU) in ruled(text)


def test_a_foreign_army_and_its_rebel_allies_are_seen() -> None:
    text = ("The governor of North Kivu accused the Rwandan army and its M23 allies of shelling "
            "Sake overnight.")
    assert ("unit_sighting", NORTH_KIVU) in ruled(text)


def test_a_home_army_and_its_allies_are_no_sighting() -> None:
    text = ("The Congolese army and its Wazalendo allies shelled rebel positions around Sake "
            "overnight.")
    assert ("unit_sighting", NORTH_KIVU) not in ruled(text)


# fighting told by how fierce it is

def test_fighting_that_was_intense_near_a_town_is_an_attack() -> None:
    text = "Fighting near Kupiansk in the Kharkiv region was intense on Monday, the brigade said."
    assert ("attack", KHARKIV) in ruled(text)


def test_fighting_that_remained_heavy_is_an_attack() -> None:
    text = ("Fighting around Kupiansk remained heavy through the night, the governor of the "
            "Kharkiv region said.")
    assert ("attack", KHARKIV) in ruled(text)


def test_a_race_that_remains_fierce_is_no_attack() -> None:
    text = "The race for the mayor's office in Kupiansk in the Kharkiv region remains fierce."
    assert ("attack", KHARKIV) not in ruled(text)
