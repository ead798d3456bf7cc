"""A capital standing for its government as the subject of a verb that moves forces
("Moscow has concentrated troops near Sudzha", "Khartoum rushed reinforcements to El
Obeid") names who acts, not where: the event is placed where the forces went, and the
capital does not make a village of another region look like a namesake. Each sentence is
written fresh (not corpus text)."""

from __future__ import annotations

import pytest

from geoapp.extract.acting import acts
from geoapp.geocode import default_geocoder
from tests.extract_helpers import places, ruled

KURSK, KHARKIV, NORTH_KORDOFAN, MOSCOW = "RUS-2362", "UKR-328", "SDN-883", "RUS-2365"


@pytest.mark.parametrize(("text", "region"), [
    ("Moscow has concentrated about 50,000 troops near Sudzha, Ukrainian officials said "
     "on Friday.", KURSK),
    ("Moscow has moved two more brigades to the outskirts of Sudzha, Ukrainian officials "
     "said.", KURSK),
    ("Khartoum has rushed reinforcements to El Obeid, the army said on Tuesday.",
     NORTH_KORDOFAN),
    ("Moscow is redeploying marines from the south to the area around Sudzha, according to "
     "Ukraine's military intelligence.", KURSK),
])
def test_a_capital_moving_forces_is_not_the_place(text: str, region: str) -> None:
    # the rules' place, whatever the fitted gate makes of a sentence this short
    assert ruled(text) == [("troop_deployment", region)]


def test_a_capital_that_is_struck_stays_the_place() -> None:
    text = "Moscow was hit by a wave of drones overnight, the city's mayor said."
    assert places(text) == [("attack", MOSCOW)]


@pytest.mark.parametrize(("after", "acting"), [
    (" has concentrated troops", True),
    (" amassed armour", True),
    (" is moving two brigades", True),
    (" was hit by drones", False),
    (" residents sheltered", False),
])
def test_the_verbs_that_make_a_capital_an_actor(after: str, acting: bool) -> None:
    moscow = default_geocoder().geocode("Moscow")
    assert acts(moscow, after) is acting


@pytest.mark.parametrize(("text", "region"), [
    ("Kyiv's envoy said Moscow has assembled some 40,000 soldiers near the town of Sumy.",
     "UKR-325"),
    ("Officials said Moscow was stepping up its assaults on positions near Sudzha.", KURSK),
    ("Moscow is pouring fresh troops into the area around Sudzha, the General Staff said.",
     KURSK),
])
def test_any_perfect_or_push_of_a_capital_makes_it_the_actor(text: str, region: str) -> None:
    assert [r for _, r in places(text)] == [region]


@pytest.mark.parametrize("text", [
    "Kharkiv has endured a night of drone strikes that killed three people, the mayor said.",
    "Kharkiv has been struck again by glide bombs, the regional governor said.",
])
def test_what_befalls_a_capital_keeps_it_the_place(text: str) -> None:
    assert [r for _, r in places(text)] == [KHARKIV]
