"""Wordings of round one hundred and twenty-nine (b), each sentence written fresh (not corpus
text): a region of a country the report never names, written with its unit word capitalised
("the Nara Region" in a report on Mali), is the town of the report's own country that bears
its name, as "the Nara region" was already; and "Date" opening a key-facts line ("- Date and
time: …") is a field label, no Japanese town that would name Japan for the report."""

from __future__ import annotations

from geoapp.extract.places import find_places
from tests.extract_helpers import ruled

KOULIKORO = "MLI-4860"
NARA_PREFECTURE = "JPN-1851"


def _units(text: str) -> set[str | None]:
    return {h.match.adm1_code or h.match.country for h in find_places(text, [], set())}


# a region named with its capitalised unit word, after a town of the report's own country

def test_a_capitalised_region_of_an_unnamed_country_is_the_home_town() -> None:
    text = ("The Malian army said on Sunday its aircraft struck a terrorist hideout in the "
            "Nara Region, killing twelve fighters. The chief of staff later returned to Bamako.")
    assert ("attack", KOULIKORO) in ruled(text)


def test_a_capitalised_region_of_a_named_country_stays_there() -> None:
    text = ("Police in Japan said a landslide cut the main road through the Nara Region on "
            "Sunday. Trains to Osaka were also halted.")
    assert NARA_PREFECTURE in _units(text)


# a key-facts field label

def test_date_opening_a_key_facts_line_is_no_place() -> None:
    text = ("Army drones struck a militant camp in the Nara Region, Mali, killing twelve "
            "fighters.\n\n- Date and time: Sunday, around 17:30.\n- Result: twelve fighters "
            "killed.\n")
    assert ("attack", KOULIKORO) in ruled(text)
    assert "JP" not in {h.match.country for h in find_places(text, [], set())}


def test_a_key_facts_location_line_still_names_its_place() -> None:
    text = ("Army drones struck a militant camp, killing twelve fighters.\n\n- When: Sunday."
            "\n- Location: near Nara, in Mali.\n")
    assert KOULIKORO in _units(text)
