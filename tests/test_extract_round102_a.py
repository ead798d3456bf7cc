"""Wordings of round one hundred and two (a), each sentence written fresh (not corpus text):
forces crossing bridges into a city are an assault across a front held at the bridges, told
as the attack or capture it is, not forces sent there; forces crossing a river into it
stay a deployment."""

from __future__ import annotations

from tests.extract_helpers import ruled

KHARTOUM = "SDN-874"


# forces crossing bridges: an assault, not a deployment

def test_soldiers_crossing_bridges_into_a_city_are_no_deployment() -> None:
    text = ("Commanders said on Tuesday that two infantry battalions had crossed the main "
            "bridges into Khartoum under cover of drones.")
    assert ("troop_deployment", KHARTOUM) not in ruled(text)


def test_soldiers_crossing_a_river_into_a_city_stay_a_deployment() -> None:
    text = ("Commanders said on Tuesday that two infantry battalions had crossed the Nile "
            "into Khartoum under cover of drones.")
    assert ("troop_deployment", KHARTOUM) in ruled(text)
