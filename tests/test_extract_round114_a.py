"""Wordings of round one hundred and fourteen (a), each sentence written fresh (not corpus
text): forces told as going on advancing in a region ("troops keep advancing in the Kharkiv
region", "units continue to advance in the Kursk region") fight there, an attack, as forces
"still advancing in" it did; what merely goes on advancing (prices, talks) stays nothing,
and a whole front told by its side of a country ("keep advancing in the east of
Ukraine") places no attack."""

from __future__ import annotations

from geoapp.extract import candidate_pool
from tests.extract_helpers import PUBLISHED, ruled

KHARKIV = "UKR-328"
KURSK = "RUS-2362"


def test_forces_that_keep_advancing_in_a_region_attack_there() -> None:
    text = ("Commanders said on Tuesday that Russian units keep advancing in the Kharkiv region "
            "despite heavy losses.")
    assert ("attack", KHARKIV) in ruled(text)


def test_forces_that_continue_to_advance_in_a_region_attack_there() -> None:
    text = "Ukrainian assault units continue to advance in the Kursk region, the general said."
    assert ("attack", KURSK) in ruled(text)


def test_forces_that_continue_advancing_in_a_region_attack_there() -> None:
    text = "Officials said Ukrainian brigades continue advancing in the Kursk region this week."
    assert ("attack", KURSK) in ruled(text)


def test_prices_that_keep_advancing_in_a_region_are_no_attack() -> None:
    text = "Bread prices keep advancing in the Kharkiv region, traders said on Tuesday."
    assert ("attack", KHARKIV) not in ruled(text)


# "continue to" still recaps deeds other than an advance

def test_forces_that_continue_to_shell_a_region_stay_a_recap() -> None:
    text = "Russian units continue to shell the Kharkiv region, officials said."
    assert ("attack", KHARKIV) not in ruled(text)


# a whole front told by its side of the country places no attack

def test_forces_that_keep_advancing_in_the_east_of_a_country_place_no_attack() -> None:
    text = ("Officials warned of a new push in the south while Russian troops keep advancing in "
            "the east of Ukraine.")
    pool = candidate_pool(text, published=PUBLISHED, source_name="Test Wire")
    assert not [x for x in pool.entries if x.candidate.event.event_type == "attack"]
