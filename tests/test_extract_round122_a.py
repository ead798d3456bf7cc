"""Wordings of round one hundred and twenty-two (a), each sentence written fresh (not corpus
text): a force sent somewhere in a passive with its auxiliary ("troops had been sent to the
Bryansk region, and dozens of them killed") is there, as one told "troops sent to" is;
troops counted as there with "also" ("there are also some 5,000 … soldiers in the region")
are deployed there; strikes along the border of a region ("shelling along the border of the
Kharkiv and Sumy regions") hit that region."""

from __future__ import annotations

from tests.extract_helpers import ruled

BRYANSK = "RUS-2357"
KURSK = "RUS-2362"
KHARKIV = "UKR-328"
SUMY = "UKR-325"


# a force sent somewhere, in a passive with its auxiliary

def test_troops_that_had_been_sent_are_deployed_where_sent() -> None:
    text = ("Officials in Seoul said that some 3,000 North Korean soldiers had been sent to the "
            "Kursk region this month, and that dozens of them had been killed.")
    assert ("troop_deployment", KURSK) in ruled(text)


def test_wounded_soldiers_that_had_been_sent_stay_where_taken() -> None:
    text = ("Officials in Seoul said that some 300 wounded soldiers had been sent to the Kursk "
            "region this month, and that dozens of them had died.")
    assert ("troop_deployment", KURSK) not in ruled(text)


# troops counted as there, with "also"

def test_troops_also_counted_as_there_are_deployed() -> None:
    text = ("The Pentagon said on Monday that there are also some 5,000 North Korean soldiers "
            "in the Kursk region.")
    assert ("troop_deployment", KURSK) in ruled(text)


def test_wounded_also_counted_as_there_are_no_deployment() -> None:
    text = ("The Pentagon said on Monday that there are also some 500 wounded soldiers in the "
            "Kursk region.")
    assert ("troop_deployment", KURSK) not in ruled(text)


# strikes along the border of a region

def test_shelling_along_the_border_of_regions_hits_them() -> None:
    text = ("The general staff said Russian artillery kept up shelling along the border of the "
            "Kharkiv and Sumy regions overnight.")
    found = ruled(text)
    assert ("attack", KHARKIV) in found
    assert ("attack", SUMY) in found


def test_troops_massed_along_the_border_of_a_region_are_not_there() -> None:
    text = "Russian troops were massing along the border of the Sumy region, the ministry said."
    assert ("troop_deployment", SUMY) not in ruled(text)
