"""Round forty-five (b): goods seized by troops take nobody; a denial that the other side
made any gains answers the claim of ground taken before it; a toll told in a relative
clause of counted strikes is those strikes' toll, not a national tally."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import ruled

PUBLISHED = dt.date(2025, 9, 10)


def _types(text: str) -> list[tuple[str, str | None]]:
    return ruled(text, PUBLISHED)


def test_materiel_seized_by_troops_is_no_capture() -> None:
    text = ("An army patrol clashed with gunmen near Mopti, in central Mali, on Tuesday, the "
            "army said.\n\nThe troops also seized a large stock of war materiel.")
    assert "capture" not in [kind for kind, _ in _types(text)]


def test_people_seized_by_troops_stay_a_capture() -> None:
    text = ("Gunmen seized twelve villagers near Mopti, in central Mali, on Tuesday, the "
            "army said.")
    assert "capture" in [kind for kind, _ in _types(text)]


def test_a_denial_of_any_gains_denies_the_ground_claimed_before() -> None:
    from geoapp.extract import extract
    text = ("The rebels said on Monday they had taken control of the army base in Mopti, in "
            "central Mali. The army, however, denied in a statement that the rebels had made "
            "any gains, saying it had repelled the assault.")
    news = [c.event.event_type for c in extract(text, published=PUBLISHED,
                                                source_name="Test Wire")]
    assert "capture" not in news


def test_a_toll_of_counted_strikes_is_no_national_tally() -> None:
    text = ("Over the past week, the air force carried out five strikes in Mali that killed "
            "three members of the armed group, the army said.")
    assert ("casualty_report", "ML") not in _types(text)


def test_a_national_toll_over_the_week_stays_a_tally() -> None:
    text = ("Air strikes have killed 40 people in Mali over the past week, the United "
            "Nations said.")
    assert ("casualty_report", "ML") in _types(text)
