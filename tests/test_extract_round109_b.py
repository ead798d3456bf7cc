"""Wordings of round one hundred and nine (b), each sentence written fresh (not corpus text):
a country named only as whose armed forces fight ("the Armed Forces of the Democratic
Republic of Congo") is no place, and neither are the words of its name inside it: no
"Republic of Congo" is left over to put the report in the other Congo."""

from __future__ import annotations

from geoapp.extract.places import find_places


def _countries(text: str) -> set[str | None]:
    return {h.match.country for h in find_places(text, [], set())}


def test_the_armed_forces_of_the_drc_leave_no_republic_of_congo() -> None:
    text = ("The rebels said they had driven soldiers of the Armed Forces of the Democratic "
            "Republic of Congo out of the hills above the mining town overnight.")
    assert "CG" not in _countries(text)


def test_the_drc_named_as_a_place_stays_a_place() -> None:
    text = ("The rebels said they had driven soldiers out of the hills above the mining town "
            "in the Democratic Republic of Congo overnight.")
    assert _countries(text) == {"CD"}


def test_the_republic_of_congo_named_as_a_place_stays_a_place() -> None:
    text = ("Heavy rain flooded the hills above the mining town in the Republic of Congo "
            "overnight.")
    assert _countries(text) == {"CG"}
