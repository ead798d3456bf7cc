"""Round forty-two (b): a capital's incursion or offensive says whose it is, not where it
is, and a country's forces under a name of several words are its own; a deed in an "after"
clause set weeks or more back is the news's setting; victims "recorded" are a toll, no
force seen; an attack "pushed back" or an assault "brought under control" took nothing;
air defences that engaged a drone met an attack there; forces pulling in manpower are
deployed; a unit named in the possessive by the subject of an active verb of seeing is the
one that sees."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import extract, rules

PUBLISHED = dt.date(2025, 3, 12)
KURSK = "RUS-2362"
KYIV_CITY = "UKR-4826"
DONETSK = "UKR-327"
NORTH_KORDOFAN = "SDN-883"
WHITE_NILE = "SDN-879"
TAHOUA = "NER-95"


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(c.event.event_type, c.event.adm1_code or c.event.country)
            for c in extract(text, published=PUBLISHED)]


def _cues(sentence: str) -> list[str]:
    return [t.cue for t in rules.find_triggers(sentence)]


# 1. "Kyiv's cross-border incursion": the capital says whose incursion it is

def test_a_capitals_incursion_is_not_placed_in_the_capital() -> None:
    text = ("Ukrainian troops looked on Wednesday to be pulling out of the last patch of "
            "Russia's Kursk region they still held, as Russian forces took back the town of "
            "Sudzha, bringing Kyiv's cross-border incursion into Russian territory to the "
            "point of collapse.")
    assert (("attack", KYIV_CITY)) not in _kinds(text)
    assert ("capture", KURSK) in _kinds(text)


def test_a_countrys_forces_under_a_long_name_are_its_own() -> None:
    text = ("A dawn assault on Saturday left 41 members of Niger's Defence and Security Forces "
            "dead, after fighters went after an outpost in the Tillia commune of the Tahoua "
            "region. The attackers took temporary control of the base and drove off with "
            "several military vehicles.")
    kinds = _kinds(text)
    assert ("attack", TAHOUA) in kinds
    assert ("capture", TAHOUA) in kinds
