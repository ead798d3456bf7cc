"""Round forty-six (a): a sentence that "came one day after" an earlier deed sets the news
after it, and tells that deed as its lead-up; an assault named as the means of a taking
("which the militants took in an attack at dawn") is the capture, no attack besides; a town
of the country a report is about is no stray homonym because the only region it names lies
in another country the report never names."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import proposed, ruled

PUBLISHED = dt.date(2025, 5, 21)
GEZIRA = "SDN-875"
KHARTOUM = "SDN-874"
MIDDLE_SHABELLE = "SOM-2410"
NABATIEH = "LBN-3059"


def test_a_deed_the_news_came_one_day_after_is_its_lead_up() -> None:
    text = ("Some 40 people were killed when the RSF shelled Omdurman on Thursday, activists "
            "said.\n\nThe shelling came one day after the RSF was accused of killing 80 people "
            "in an attack on a village in Gezira state.")
    found = {(c.event.event_type, c.event.adm1_code) for c in proposed(text, PUBLISHED)}
    assert ("attack", KHARTOUM) in found
    assert ("attack", GEZIRA) not in found


def test_an_assault_a_place_was_taken_in_is_the_capture() -> None:
    text = ("A former minister condemned the seizure of Adale in the Middle Shabelle region, "
            "which the militants took in an attack at dawn on Wednesday.")
    found = ruled(text, PUBLISHED)
    assert ("capture", MIDDLE_SHABELLE) in found
    assert ("attack", MIDDLE_SHABELLE) not in found


def test_a_town_of_the_reports_country_stays_beside_a_region_named_abroad() -> None:
    text = ("An Israeli strike on a house in the town of Marjayoun killed two shepherds on "
            "Sunday, state media said.\n\nIsraeli strikes have killed more than 400 people "
            "in Lebanon since October.\n\nHezbollah has refused any deal until a ceasefire "
            "takes effect in Gaza.")
    assert ("attack", NABATIEH) in ruled(text, PUBLISHED)
