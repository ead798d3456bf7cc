"""Wordings of round one hundred and thirty-four (c), each sentence written fresh (not corpus
text): a bank named after a river the report names as such ("seized Dnipro bank", "the
Dnipro's left bank", where "the Dnipro River" is told too) is the river's, not the city of
Dnipro; a city's bank in a report naming no such river ("Kyiv's left bank") stays the city's
part. A crosshead naming no place of its own ("Escaping the shelling") is a label of the
section under it, not a deed where the paragraph before it named a place; a crosshead
naming its place is still read."""

from __future__ import annotations

from tests.extract_helpers import folded

DNIPROPETROVSK = "UKR-326"
KYIV_CITY = "UKR-4826"
KHARTOUM = "SDN-874"
NYALA = "SDN-5856"


def test_a_bank_of_a_river_named_like_a_city_is_the_river() -> None:
    text = ("Ukrainian marines dig in on seized Dnipro bank foothold, official says\n\n"
            "Ukrainian units shelled Russian trenches on the Dnipro's left bank on Monday, "
            "officials said. The Dnipro River has split the front since last year.")
    assert all(region != DNIPROPETROVSK for _, region in folded(text))


def test_a_citys_bank_where_no_river_of_its_name_is_told_stays_the_city() -> None:
    text = ("A Russian missile struck a residential building on Kyiv's left bank on Monday, "
            "killing two people, the mayor said.")
    assert any(region == KYIV_CITY for _, region in folded(text))



SECTIONS = ("Paramilitaries moved on Nyala on Tuesday, driving hundreds of families from their "
            "homes, residents said.\n\n"
            "Along with the capital Khartoum, Darfur has suffered most in the war.\n\n"
            "{head}\n\n"
            "Witnesses said the paramilitaries had entered Nyala with dozens of vehicles.\n\n"
            "Aid groups said they could not reach the city.")


def test_a_crosshead_naming_no_place_is_no_deed_where_the_paragraph_before_named_one() -> None:
    found = folded(SECTIONS.format(head="Escaping the shelling"))
    assert ("attack", NYALA) in found and ("attack", KHARTOUM) not in found


def test_a_crosshead_naming_its_place_is_still_read() -> None:
    found = folded(SECTIONS.format(head="Shelling of Khartoum"))
    assert ("attack", KHARTOUM) in found
