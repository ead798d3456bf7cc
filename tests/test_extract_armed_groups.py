"""Armed groups named by their own names point to the countries they fight in, so a
report naming only the group ("JNIM fighters attacked … Djibo") still searches those
countries' towns; "Niger Republic" is the country, not Nigeria's Niger State."""

from __future__ import annotations

import datetime as dt

from geoapp.extract.actors import group_countries
from geoapp.geocode import geocode
from tests.extract_helpers import places

PUBLISHED = dt.date(2025, 3, 4)


def test_groups_name_their_countries_as_written() -> None:
    assert group_countries("JNIM fighters and the Rapid Support Forces") == {"ML", "BF", "NE",
                                                                           "SD"}
    assert group_countries("the People’s Defence Force said") == {"MM"}
    # acronyms only in capitals, and not inside other words
    assert group_countries("the hts of a field; an RSF-backed militia") == {"SD"}
    assert group_countries("JNIMS") == set()


def test_a_town_of_the_groups_country_is_found_without_the_country_named() -> None:
    text = "JNIM fighters attacked an army post in Djibo on Sunday, killing dozens of soldiers."
    assert ("attack", "BFA-2806") in places(text, PUBLISHED)


def test_the_same_sentence_without_the_group_places_nothing_abroad() -> None:
    text = "Gunmen attacked an army post in Djibo on Sunday, killing dozens of soldiers."
    assert places(text, PUBLISHED) == []


def test_niger_republic_is_the_country() -> None:
    for name in ("Niger Republic", "Republic of Niger"):
        match = geocode(name)
        assert (match.kind, match.country) == ("country", "NE"), name
