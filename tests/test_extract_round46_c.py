"""Round forty-six (c): a country's capital named by description ("the Ukrainian capital",
"the country's capital") is that capital; the place in a local authority's title before
the speaker's name ("Kharkiv mayor Ihor Terekhov said") is where the news it tells
happened, when the sentence names no other place or only a bearing of the country."""

from __future__ import annotations

import datetime as dt

from geoapp.extract.attribution import find_attribution
from geoapp.geocode.capitals import CAPITALS, capital
from tests.extract_helpers import places, ruled

PUBLISHED = dt.date(2025, 3, 4)
KYIV = "UKR-4826"
KHARKIV = "UKR-328"
ZAPORIZHZHIA = "UKR-331"
SUMY = "UKR-325"
KHARTOUM = "SDN-874"
MOGADISHU = "SOM-2407"
BAMAKO = "MLI-2792"
MOSCOW = "RUS-2365"
NORTH_DARFUR, SOUTH_KORDOFAN, BLUE_NILE = "SDN-881", "SDN-882", "SDN-148"


def test_every_capital_of_the_table_is_a_place_of_its_country() -> None:
    for iso2 in CAPITALS:
        found = capital(iso2)
        assert found is not None and found.country == iso2, iso2


def test_a_capital_named_by_the_country_adjective_is_that_capital() -> None:
    text = ("A Russian drone struck an apartment block in the Ukrainian capital overnight, "
            "killing three people.")
    assert ("attack", KYIV) in ruled(text, PUBLISHED)
    text = "The RSF shelled a market in the Sudanese capital on Monday, killing 12 people."
    assert ("attack", KHARTOUM) in ruled(text, PUBLISHED)
    text = "Gunmen attacked a checkpoint near the Malian capital on Monday, killing five soldiers."
    assert ("attack", BAMAKO) in ruled(text, PUBLISHED)


def test_the_country_s_capital_is_the_capital_of_the_country_named_before() -> None:
    text = ("Fighting flared again in Somalia on Monday. Militants stormed a hotel in the "
            "country's capital, killing 12 people.")
    assert ("attack", MOGADISHU) in ruled(text, PUBLISHED)


def test_a_capital_described_beside_its_name_is_still_one_place() -> None:
    text = "Drones struck Moscow, the Russian capital, on Monday, injuring two people."
    assert places(text, PUBLISHED) == [("attack", MOSCOW)]


def test_the_place_in_a_mayor_s_title_before_the_name_is_where_it_happened() -> None:
    text = ("Kharkiv mayor Ihor Terekhov said a missile hit a residential building, wounding "
            "12 people.")
    assert ("attack", KHARKIV) in ruled(text, PUBLISHED)
    text = ("Kharkiv Mayor Ihor Terekhov said a missile hit a residential building, wounding "
            "12 people.")
    assert ("attack", KHARKIV) in ruled(text, PUBLISHED)


def test_the_place_in_a_governor_s_title_before_the_name_is_where_it_happened() -> None:
    text = ("Zaporizhzhia regional governor Ivan Fedorov said a missile hit a residential "
            "building, wounding 12 people.")
    assert ("attack", ZAPORIZHZHIA) in ruled(text, PUBLISHED)
    text = ("Sumy regional military administration head Oleh Hryhorov said a drone hit a car, "
            "killing two people.")
    assert ("attack", SUMY) in ruled(text, PUBLISHED)


def test_a_bearing_of_the_country_told_by_a_local_authority_is_its_place() -> None:
    text = ("At least three people were hurt in the northeast of Ukraine, Kharkiv Mayor Ihor "
            "Terekhov said, after Russian drones struck three districts of the city.")
    assert ("attack", KHARKIV) in places(text, PUBLISHED)


def test_a_place_the_sentence_names_outranks_the_speaker_s_jurisdiction() -> None:
    text = ("Kharkiv mayor Ihor Terekhov said a missile hit a residential building in Sumy, "
            "wounding 12 people.")
    assert ("attack", KHARKIV) not in ruled(text, PUBLISHED)


def test_the_outskirts_of_a_capital_named_by_description_are_not_the_capital() -> None:
    text = ("An air strike hit a building on the outskirts of the Sudanese capital on Monday, "
            "killing four people.")
    assert ("attack", KHARTOUM) not in ruled(text, PUBLISHED)
    text = ("It was the first strike on the Sudanese capital's southern suburbs in months, "
            "killing four people.")
    assert ("attack", KHARTOUM) not in ruled(text, PUBLISHED)


def test_states_after_a_list_of_names_is_the_administrative_word_not_saying() -> None:
    text = ("RSF drones struck targets in North Darfur, South Kordofan and Blue Nile states on "
            "Monday, killing 20 people.")
    assert {("attack", NORTH_DARFUR), ("attack", SOUTH_KORDOFAN), ("attack", BLUE_NILE)} <= \
        set(ruled(text, PUBLISHED))
    assert find_attribution(text) is None


def test_a_source_that_states_something_is_still_the_source() -> None:
    found = find_attribution("A report in the Guardian states that drones struck El Fasher.")
    assert found is not None and found.name is not None and "Guardian" in found.name
