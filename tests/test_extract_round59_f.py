"""Wordings real reports used that the rules misread, each written fresh (not corpus
text): a country's name worn by its forces, a title-case dateline with a date and a colon,
a capital forced to do something, troops named by the errand they were sent on, and a
place naming the truce a headline sets its news against."""

from __future__ import annotations

from geoapp.extract import candidate_pool
from geoapp.extract.dateline import find_dateline
from tests.extract_helpers import ruled

RAKHINE = "MMR-3273"
KURSK = "RUS-2362"
MOSCOW = "RUS-2365"


def _backgrounds(text: str) -> list[tuple[str, str | None, bool]]:
    return [(c.event.event_type, c.event.adm1_code or c.event.country, d.reading.background)
            for c, d in candidate_pool(text).built]


def test_country_worn_by_its_forces_is_no_place() -> None:
    text = ("Army retakes villages in Rakhine\n\nSittwe, Arakan State — Myanmar military "
            "forces have taken two villages near the town from the Arakan Army after two "
            "days of fighting, residents said.\n")
    assert set(ruled(text)) == {("capture", RAKHINE)}  # the headline tells it too
    # a camp of that country's military is still a place of the news
    assert ("attack", "MLI-2690") in ruled(
        "Gunmen attacked a Mali military camp near Gao on Tuesday, the army said.")


def test_title_case_dateline_with_date_and_colon() -> None:
    dateline = find_dateline("Militants strike in Burkina Faso\n\nNiamey, June 3: At least "
                             "20 soldiers were killed when militants attacked northern "
                             "Burkina Faso, officials said.\n")
    assert dateline is not None and dateline.place == "Niamey"
    # a town and a date opening the sentence as its subject are no dateline
    assert find_dateline("Militants strike in Burkina Faso\n\nGao, June 3 saw the worst "
                         "fighting in months, residents said.\n") is None


def test_capital_forced_to_act_is_its_government() -> None:
    found = ruled("He said the raid had not forced Moscow to pull troops away from other "
                  "parts of the front in Kursk.")
    assert ("attack", MOSCOW) not in found
    assert ("attack", KURSK) in found
    # a capital struck is still the place
    assert ("attack", MOSCOW) in ruled("Ukrainian drones struck Moscow overnight, the "
                                       "mayor said.")


def test_troops_named_by_their_errand_are_no_deployment_news() -> None:
    found = _backgrounds("North Korean soldiers sent to help Russia in the Kursk region have "
                         "started clearing mines near Sudzha, the ministry said.")
    assert ("troop_deployment", KURSK, True) in found
    # troops sent, told as the news itself
    assert ("troop_deployment", KURSK, False) in _backgrounds(
        "North Korean soldiers were sent to the Kursk region to clear mines near Sudzha, "
        "the ministry said.")


def test_place_naming_a_truce_is_no_event_place() -> None:
    found = ruled("Six killed in Tulkarm as Israeli troops launch large raid amid fragile "
                  "Gaza truce\n\nSix people were killed in Tulkarm on Tuesday during an "
                  "Israeli raid, the health ministry said.\n")
    assert ("attack", "WEB+00?") in found and ("attack", "GAZ+00?") not in found
    # a place where strikes hit, with talks of a truce after it, is still the place
    assert ("attack", "GAZ+00?") in ruled("Israeli strikes kill 12 in Gaza as truce talks "
                                           "stall")
