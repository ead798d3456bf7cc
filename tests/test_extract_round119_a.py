"""Wordings of round one hundred and nineteen (a), each sentence written fresh (not corpus
text): forces told putting up resistance in a place ("troops are putting up active
resistance in X") fight there, an attack; resistance put up by anyone but a force (a party
in parliament) is none."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"


# forces holding out against an assault in a place

def test_troops_putting_up_resistance_in_a_town_is_an_attack() -> None:
    text = ("Ukrainian marines are still putting up fierce resistance in Kostiantynivka, a "
            "local official said on Tuesday.")
    assert ("attack", DONETSK) in ruled(text)


def test_a_party_putting_up_resistance_in_parliament_is_no_attack() -> None:
    text = ("The ruling party is putting up resistance in parliament to the reform, "
            "lawmakers from Kramatorsk said on Tuesday.")
    assert ("attack", DONETSK) not in ruled(text)
