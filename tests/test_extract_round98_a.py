"""Wordings of round ninety-eight (a), each sentence written fresh (not corpus text):
forces "approaching" or "nearing the outskirts of" a town are advancing on it, an attack;
a capture told by a gerund opening its clause and named someone's aim ("seizing the town
is the army's main objective") is planned, not done; foreign forces "fighting on X's side"
at a place are seen there even when others were "killed by" them (only their own losses
"killed in fighting" there make the sentence a toll)."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import extract
from tests.extract_helpers import ruled

DONETSK = "UKR-327"
KURSK = "RUS-2362"


# forces nearing a town's outskirts: an advance on it

def test_forces_nearing_the_outskirts_are_an_attack() -> None:
    text = "Russian units are nearing the outskirts of Toretsk in Donetsk Oblast, the army said."
    assert ("attack", DONETSK) in ruled(text)


def test_forces_approaching_the_edge_are_an_attack() -> None:
    text = "Ukrainian brigades approached the edge of Horlivka in Donetsk Oblast on Tuesday."
    assert ("attack", DONETSK) in ruled(text)


def test_civilians_nearing_the_outskirts_are_no_attack() -> None:
    text = "Families leaving their homes are nearing the outskirts of Kramatorsk in Donetsk Oblast."
    assert ("attack", DONETSK) not in ruled(text)


# a gerund named someone's aim: planned

def _capture(text: str) -> str | None:
    found = [c.event for c in extract(text, published=dt.date(2025, 3, 1), include_forecasts=True)
             if c.event.event_type == "capture" and c.event.adm1_code == DONETSK]
    return found[0].modality if found else None


def test_a_capture_named_the_aim_is_planned() -> None:
    text = ("Analysts said that seizing Kostiantynivka in Donetsk Oblast is almost certainly "
            "Moscow's main objective this year.")
    assert _capture(text) == "planned"
    assert ("capture", DONETSK) not in ruled(text)


def test_a_capture_remaining_the_goal_is_planned() -> None:
    text = "Capturing Siversk in Donetsk Oblast remains Moscow's immediate goal."
    assert _capture(text) == "planned"


def test_a_capture_told_done_stays_news() -> None:
    text = "Russian troops captured Siversk in Donetsk Oblast, the army said on Friday."
    assert ("capture", DONETSK) in ruled(text)


# foreign forces fighting on a side: seen there, whoever they killed

def test_forces_who_killed_others_fighting_there_are_seen() -> None:
    text = ("Five Russian conscripts were killed by North Korean soldiers fighting on Moscow's "
            "side in Kursk Oblast, Ukrainian intelligence said.")
    assert ("unit_sighting", KURSK) in ruled(text)


def test_own_losses_in_fighting_there_stay_a_toll() -> None:
    text = ("Dozens of North Korean soldiers killed in fighting in Kursk Oblast were flown home, "
            "Ukrainian intelligence said.")
    assert ("unit_sighting", KURSK) not in ruled(text)
