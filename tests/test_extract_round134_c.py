"""Wordings of round one hundred and thirty-four (c), each sentence written fresh (not corpus
text): a bank named after a river the report names as such ("seized Dnipro bank", "the
Dnipro's left bank", where "the Dnipro River" is told too) is the river's, not the city of
Dnipro; a city's bank in a report naming no such river ("Kyiv's left bank") stays the city's
part."""

from __future__ import annotations

from tests.extract_helpers import folded

DNIPROPETROVSK = "UKR-326"
KYIV_CITY = "UKR-4826"


def test_a_bank_of_a_river_named_like_a_city_is_the_river() -> None:
    text = ("Ukrainian marines dig in on seized Dnipro bank foothold, official says\n\n"
            "Ukrainian units shelled Russian trenches on the Dnipro's left bank on Monday, "
            "officials said. The Dnipro River has split the front since last year.")
    assert all(region != DNIPROPETROVSK for _, region in folded(text))


def test_a_citys_bank_where_no_river_of_its_name_is_told_stays_the_city() -> None:
    text = ("A Russian missile struck a residential building on Kyiv's left bank on Monday, "
            "killing two people, the mayor said.")
    assert any(region == KYIV_CITY for _, region in folded(text))

