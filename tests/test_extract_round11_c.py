"""A force's losses listed after a colon ("heavy losses: more than 9,000 troops, 80 tanks")
are a casualty tally; machines among them ("mine-clearing vehicles") are no unit seen."""

from __future__ import annotations

from geoapp.extract import extract
from tests.extract_helpers import PUBLISHED

ZAPORIZHZHIA = "UKR-331"


def _found(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(c.event.event_type, c.event.adm1_code, c.event.casualties_low)
            for c in extract(text, published=PUBLISHED, source_name="Test Wire")]


def test_losses_listed_after_a_colon_are_a_tally() -> None:
    text = ("Over the month, in the Zaporizhzhia region the enemy has suffered heavy losses: "
            "more than 9,000 troops, 80 tanks and 15 armoured vehicles, the ministry said.")
    assert _found(text) == [("casualty_report", ZAPORIZHZHIA, 9001)]


def test_machines_among_the_losses_are_no_unit_seen() -> None:
    text = ("In the Zaporizhzhia region the enemy's losses were about 700 troops, 12 tanks "
            "and four mine-clearing vehicles, the ministry said.")
    assert [t for t, _, _ in _found(text)] == ["casualty_report"]


def test_sappers_clearing_mines_are_still_seen() -> None:
    text = ("Army sappers are carrying out mine-clearing in the Zaporizhzhia region, the "
            "ministry said.")
    assert [(t, r) for t, r, _ in _found(text)] == [("unit_sighting", ZAPORIZHZHIA)]
