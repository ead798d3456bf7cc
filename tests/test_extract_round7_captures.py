"""Captures worded as wires retell them, each written fresh (not corpus text): a town
"cleansed" of a force, full control of parts of a city named by their side, a withdrawal
told as complete, a line taken between two villages, people arrested where the locals who
tell it live, and forces advancing on a town's outskirts (a deployment, no capture yet).
The near misses keep staff leaving, lowercase objects and advances without a place out."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import ruled

PUBLISHED = dt.date(2025, 2, 12)
KHARTOUM, NORTH_KORDOFAN = "SDN-874", "SDN-883"
DONETSK, KHARKIV, KURSK = "UKR-327", "UKR-328", "RUS-2362"
WEST_BANK = "WEB+00?"


def _ruled(text: str) -> list[tuple[str, str | None]]:
    return ruled(text, published=PUBLISHED)


# 1. a place cleansed or purged of a force

def test_a_town_cleansed_of_a_force_is_taken() -> None:
    for text in ('The army said its soldiers had "cleansed" the town of Bara in North '
                 "Kordofan of the militia on Tuesday.",
                 "The army said its soldiers had cleansed Bara in North Kordofan of "
                 "paramilitary fighters on Tuesday.",
                 "Government troops purged the town of Bara in North Kordofan of the rebels, "
                 "the ministry said on Tuesday."):
        assert ("capture", NORTH_KORDOFAN) in _ruled(text), text


def test_a_town_cleansed_of_crime_needs_a_place_word() -> None:
    text = "Police said they had cleansed the markets of Omdurman of counterfeit goods."
    assert ("capture", KHARTOUM) not in _ruled(text)


# 2. control of parts of a named city, named by their side

def test_control_of_parts_of_a_city_named_by_their_side() -> None:
    for text in ("The army said on Tuesday it had taken back full control of northern "
                 "and western Omdurman.",
                 "A military source said the army had regained full control of central "
                 "Omdurman on Tuesday.",
                 "Soldiers took control of south-eastern Omdurman on Tuesday, the army "
                 "said."):
        assert ("capture", KHARTOUM) in _ruled(text), text


def test_full_control_of_no_place_is_no_capture() -> None:
    text = ("The general said on Tuesday the army had taken back full control of central "
            "planning in Omdurman.")
    assert ("capture", KHARTOUM) not in _ruled(text)


# 3. forces advancing on a town's outskirts are there, the town not yet taken

def test_forces_advancing_on_the_outskirts_are_deployed() -> None:
    for text in ('"Our troops are advancing on the outskirts of the town of Bara in North '
                 'Kordofan," the army spokesman said on Tuesday.',
                 "Army units advanced towards the outskirts of Bara in North Kordofan on "
                 "Tuesday, witnesses said."):
        found = _ruled(text)
        assert ("troop_deployment", NORTH_KORDOFAN) in found, text
        assert ("capture", NORTH_KORDOFAN) not in found, text


# 4. a withdrawal told as complete; a General Staff telling it is its source

def test_a_complete_withdrawal_is_the_places_capture() -> None:
    for text, region in (
            ("The Ukrainian army has fully withdrawn from the town of Lyman in the Donetsk "
             "region, officials said.", DONETSK),
            ("Rebel fighters completely pulled out of the village of Borova in the Kharkiv "
             "region overnight, residents said.", KHARKIV),
            ("Maps published by Ukraine's General Staff on Monday show that its troops have "
             "fully withdrawn from Korenevo, a town in the Kursk region.", KURSK)):
        assert ("capture", region) in _ruled(text), text


def test_staff_leaving_a_town_is_no_capture() -> None:
    for text in ("Embassy staff have fully withdrawn from the city of Kharkiv, the ministry "
                 "said on Monday.",
                 "UN staff withdrew from the town of Lyman in the Donetsk region on Monday."):
        assert [t for t, _ in _ruled(text)] != ["capture"], text


# 5. a line taken between two places

def test_a_line_taken_between_villages() -> None:
    text = ("Analysts said Russian troops have taken a line running from Borova to "
            "Kupiansk in the Kharkiv region.")
    assert ("capture", KHARKIV) in _ruled(text)


def test_a_hard_line_taken_is_no_capture() -> None:
    text = "Officials in Kupiansk in the Kharkiv region have taken a hard line on looting."
    assert ("capture", KHARKIV) not in _ruled(text)


# 6. people arrested where the locals who tell it live

def test_arrests_told_by_a_towns_residents_happened_there() -> None:
    text = ("Israeli troops raided villages in the occupied West Bank on Monday. Hebron "
            "residents said at least three people had been arrested before the soldiers "
            "left.")
    assert ("capture", WEST_BANK) in _ruled(text)
    text = ("Russian shelling hit the Kharkiv region on Monday. Kupiansk residents said "
            "four men had been detained by soldiers.")
    assert ("capture", KHARKIV) in _ruled(text)
