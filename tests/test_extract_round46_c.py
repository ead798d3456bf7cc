"""Round forty-six (c): the place in a local authority's title before the speaker's name
("Kharkiv mayor Ihor Terekhov said") is where the news it tells happened, when the sentence
names no other place or only a bearing of the country."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import places, ruled

PUBLISHED = dt.date(2025, 3, 4)
KHARKIV = "UKR-328"
ZAPORIZHZHIA = "UKR-331"
SUMY = "UKR-325"


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
