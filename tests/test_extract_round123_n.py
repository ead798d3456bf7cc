"""Wordings of round one hundred and twenty-three (n), each sentence written fresh (not
corpus text): the injuries a person "suffered" are no force's losses, so a strike's toll
told with them joins the strike ("This strike killed a man and wounded a woman, who
suffered light injuries") as one told without them does, while a force that "suffered
heavy losses" keeps its tally; odds weighed of a deed to come ("the chance of the town
coming under Russian control in the near future") are a forecast; cities listed after
regions counted ("over 11 oblasts, among them Kharkiv, Poltava and Kyiv") are the regions
named like them, while cities listed after cities counted stay cities."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled

DONETSK = "UKR-327"
KHARKIV = "UKR-328"
POLTAVA = "UKR-330"
KYIV_OBLAST = "UKR-321"
KYIV_CITY = "UKR-4826"


def test_a_toll_whose_wounded_suffered_injuries_joins_its_strike() -> None:
    text = ("At about 10:00 Russian forces struck Kramatorsk with a guided bomb. This strike "
            "killed a man and wounded a woman, who suffered light injuries.")
    assert folded(text) == [("attack", DONETSK)]


def test_a_force_that_suffered_losses_keeps_its_tally() -> None:
    text = ("Russian forces attacked near Kramatorsk on Monday. Over the past week the "
            "brigade suffered heavy losses, with 40 soldiers killed.")
    assert ("casualty_report", DONETSK) in folded(text)


def test_the_chance_of_a_town_falling_in_the_near_future_is_no_capture() -> None:
    text = ("The analyst rates the chance of Kupiansk coming under Russian control in the "
            "near future as low.")
    assert ("capture", KHARKIV) not in ruled(text)


def test_a_town_told_taken_with_no_odds_weighed_is_a_capture() -> None:
    assert ("capture", KHARKIV) in ruled("Russian forces captured Kupiansk on Monday.")


def test_cities_listed_after_regions_counted_are_those_regions() -> None:
    text = "Drones were shot down over 11 oblasts, among them Kharkiv, Poltava and Kyiv."
    assert set(ruled(text)) == {("attack", KHARKIV), ("attack", POLTAVA),
                                ("attack", KYIV_OBLAST)}


def test_cities_listed_after_cities_counted_stay_cities() -> None:
    text = "Drones struck several cities, among them Kharkiv and Kyiv, overnight."
    assert ("attack", KYIV_CITY) in ruled(text)

