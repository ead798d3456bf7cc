"""Wordings of round one hundred and twenty (b), each sentence written fresh (not corpus
text): a numbered formation that carried out or launched a counterattack at a place is seen
there, and so is one that reports its own forces did ("the 3rd Brigade said its troops had
launched a counterattack near X"); a formation that reports another side's counterattack,
or a speaker that names no formation, is no sighting."""

from __future__ import annotations

from tests.extract_helpers import ruled

KHARKIV = "UKR-328"
DONETSK = "UKR-327"


# a formation striking back at a place

def test_a_formation_that_launched_a_counterattack_is_seen_there() -> None:
    text = "The 47th Brigade launched a counterattack near Avdiivka on Tuesday."
    got = ruled(text)
    assert ("unit_sighting", DONETSK) in got
    assert ("attack", DONETSK) in got


def test_a_counterattack_by_unnamed_forces_sights_no_formation() -> None:
    text = "Ukrainian forces launched a counterattack near Avdiivka on Tuesday."
    got = ruled(text)
    assert ("unit_sighting", DONETSK) not in got
    assert ("attack", DONETSK) in got


# a formation reporting what its own forces did

def test_a_formation_reporting_its_forces_counterattacked_is_seen_there() -> None:
    text = ("The 3rd Assault Brigade reported on Monday that its forces had carried out a "
            "successful counterattack near Vovchansk.")
    assert ("unit_sighting", KHARKIV) in ruled(text)


def test_a_formation_reporting_the_enemy_counterattack_is_no_sighting() -> None:
    text = ("The 3rd Assault Brigade said on Monday that Russian troops had carried out a "
            "counterattack near Vovchansk.")
    got = ruled(text)
    assert ("unit_sighting", KHARKIV) not in got
    assert ("attack", KHARKIV) in got


def test_a_spokesman_reporting_its_forces_names_no_formation() -> None:
    text = ("A spokesman said on Monday that its forces had carried out a successful "
            "counterattack near Vovchansk.")
    assert ("unit_sighting", KHARKIV) not in ruled(text)
