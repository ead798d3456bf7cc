"""A place in a country nothing else in the report names is dropped while the report names
places elsewhere; two spellings of that same place ("Al-Shati", "Shati") do not support
each other. Sentences written for this test."""

from __future__ import annotations

from tests.extract_helpers import places


def test_spellings_of_one_foreign_namesake_do_not_keep_it() -> None:
    text = ("Israeli strikes killed 14 people in Gaza City on Tuesday, the civil defence "
            "agency said.\n\n"
            "One strike hit the Al-Shati camp near Gaza City, leaving six dead.\n\n"
            "\"We heard the Shati strike from across the city,\" said a resident of Gaza City.")
    found = places(text)
    assert found and all(place != "LY" and not str(place).startswith("LBY") for _, place in found)
