"""Front sectors of military briefings place their villages; analysts' gains and pushes into a
part of a place are captures; a second bearing after a place only says where it lies. Each
sentence is written fresh (not corpus text)."""

from __future__ import annotations

from geoapp.extract.places import find_places
from tests.extract_helpers import ruled

KHARKIV, DONETSK, ZAPORIZHZHIA, KHERSON = "UKR-328", "UKR-327", "UKR-331", "UKR-4827"
LUHANSK, DNIPROPETROVSK = "UKR-329", "UKR-326"
CABO_DELGADO, NAMPULA = "MOZ-1198", "MOZ-1200"


def _places(text: str, countries: set[str] = frozenset({"UA"})) -> list[tuple[str, str]]:
    return [(h.text, h.match.adm1_code or h.match.country)
            for h in find_places(text, [], set(countries))]


# 1. a village told in a sector named after a town is the namesake by that town

def test_a_village_in_a_sector_is_the_namesake_by_its_town() -> None:
    text = ("In the Lyman direction, the defenders held off two assaults near the village of "
            "Terny on Tuesday, the General Staff said.")
    assert ("near the village of Terny", DONETSK) in _places(text)
    assert ("attack", DONETSK) in ruled(text)
    assert ("attack", DNIPROPETROVSK) not in ruled(text)


def test_of_namesakes_within_reach_the_one_nearest_the_sectors_town_wins() -> None:
    # Dnipro's region holds an Uspenivka within reach of Huliaipole too, farther off
    text = ("WARSAW, Poland: Russian forces kept up pressure on several sections of the front "
            "on Wednesday, Ukraine's General Staff said, as a drone and missile attack "
            "overnight killed four people in the central city of Dnipro.\n\n"
            "In the Kostiantynivka direction, Ukrainian defenders repelled eleven assaults, the "
            "General Staff said. In the Huliaipole direction, Russian units attacked near "
            "Zatyshshia and Uspenivka but were pushed back.")
    assert ("Uspenivka", ZAPORIZHZHIA) in _places(text)
    assert ("attack", ZAPORIZHZHIA) in ruled(text)

def test_a_far_namesake_in_another_country_is_no_place_of_the_sector() -> None:
    text = ("In the Kharkiv direction, Ukrainian units repelled an enemy assault towards Murom "
            "on Tuesday, the General Staff said.")
    assert "RU" not in {h.match.country for h in find_places(text, [], {"UA"})}
    assert ruled(text) == [("attack", KHARKIV)]


def test_a_sector_named_after_an_area_is_its_region() -> None:
    text = ("In the Prydniprovskyi direction, the occupiers tried three times to dislodge "
            "Ukrainian units from their positions on Tuesday, the General Staff said.")
    assert ruled(text) == [("attack", KHERSON)]


def test_outside_a_sector_a_village_keeps_its_own_namesake() -> None:
    # no sector named: the village is not moved towards a town it is not said to lie by
    text = "Shelling hit the village of Terny in the Dnipropetrovsk region on Tuesday."
    assert ("attack", DNIPROPETROVSK) in ruled(text)


# 2. analysts' gains near a place are attacks; pushes into a named part of it are captures

def test_gains_near_a_place_are_an_attack() -> None:
    # an advance with no ground said to be taken is an attack (corpus README, `capture`)

    for text in ("The think tank assessed that Russian forces had made confirmed gains near "
                 "Kreminna on Monday.",
                 "New maps published on Monday show Russian advances towards Robotyne in the "
                 "Zaporizhzhia region."):
        kinds = {kind for kind, _ in ruled(text)}
        assert "attack" in kinds and "capture" not in kinds, text
    assert ("attack", LUHANSK) in ruled("The think tank assessed that Russian forces had made "
                                         "confirmed gains near Kreminna on Monday.")


def test_gains_without_a_place_or_denied_are_no_capture() -> None:
    for text in ("Moscow's recent gains on the battlefield worry officials in Kyiv, the think "
                 "tank said on Monday.",
                 "Russian forces kept up assaults near Kreminna on Monday but did not make "
                 "confirmed advances there."):
        assert "capture" not in {kind for kind, _ in ruled(text)}, text


def test_a_push_into_a_part_of_a_place_is_a_capture_not_a_deployment() -> None:
    text = ("Geolocated footage published on Monday shows that Russian forces had pushed into "
            "the northwestern part of Lastochkyne in the Donetsk region.")
    found = ruled(text)
    assert ("capture", DONETSK) in found
    assert ("troop_deployment", DONETSK) not in found


def test_a_push_into_a_whole_place_stays_an_incursion() -> None:
    text = ("Russian troops pushed into Lastochkyne in the Donetsk region on Monday, the "
            "governor said.")
    assert ("capture", DONETSK) not in ruled(text)


# 3. a second bearing after a place only says where the place lies

def test_a_second_bearing_is_no_place_of_the_event() -> None:
    text = ("Insurgents moved across Chiure district in Cabo Delgado this month. On Tuesday "
            "night they crossed the road at Nakuta, south of Chiure town and close to Nampula, "
            "where they burned a lorry and clashed with soldiers.")
    found = ruled(text)
    assert ("attack", CABO_DELGADO) in found
    assert ("attack", NAMPULA) not in found


def test_soldiers_seen_pushing_into_a_part_of_a_place_are_the_capture_seen() -> None:
    text = ("Geolocated video shows Russian soldiers pushing into the southern part of "
            "Lastochkyne in the Donetsk region, the think tank wrote on Monday.")
    found = ruled(text)
    assert ("capture", DONETSK) in found
    assert ("unit_sighting", DONETSK) not in found


# ground told as now held or being taken

def test_ground_now_held_named_with_what_it_is_is_a_capture() -> None:
    text = ("The militia announced on Monday that its fighters now controlled Bokoro, a strategic "
            "town in the Donetsk region.")
    assert ("capture", DONETSK) in ruled(text)


def test_ground_being_taken_counted_is_a_capture_but_taking_positions_is_not() -> None:
    taken = ("The institute reported gains on Sunday, with Russian forces taking several "
             "villages near Bakhmut.")
    assert ("capture", DONETSK) in ruled(taken)
    positions = "Ukrainian troops were taking positions near Bakhmut on Sunday."
    assert not [t for t, _ in ruled(positions) if t == "capture"]
