"""Round thirty-seven (b): wordings of Telegram posts, wires and long-form pieces, each
sentence written fresh (not corpus text): a region named by a side's acronym, a city put in
a front sector of a region where a namesake town lies, the war a speech reports on, efforts
concentrated on a task, one person of a group flying in, Ethiopia's kebeles and zones, a
capital's own unit as a dateline, and a toll told before the operations that took it."""

from __future__ import annotations

from geoapp.extract.places import find_places
from tests.extract_helpers import places, ruled, trigger_types

DONETSK = "UKR-327"
AMHARA = "ETH-3109"
ADDIS = "ETH-3133"
GAZA = "GAZ+00?"
BORNO = "NGA-2839"


def _codes(text: str, countries: set[str]) -> dict[str, str | None]:
    return {h.text: h.match.adm1_code for h in find_places(text, [], countries)}


# 1. a region's acronym as one side names it ("the DPR", "the LNR") is that region, not an
#    agency's initials; a city the text puts in a front sector of a region ("the Seversk
#    axis of the DPR") is its namesake there, each time it is named


def test_a_sides_acronym_for_a_region_is_that_region() -> None:
    found = _codes("Fighting went on in the DPR on Monday.", set())
    assert found.get("the DPR") == DONETSK


def test_an_agencys_acronym_is_still_no_place() -> None:
    assert _codes("The NIS said on Monday that fighting went on.", set()) == {}


def test_a_city_in_a_sector_of_a_region_is_the_namesake_there() -> None:
    found = find_places("Our units attacked on the Seversk axis of the DPR. The road to "
                        "Seversk is cut.", [], {"RU"})
    seversk = [h.match.adm1_code for h in found if "Seversk" in h.text]
    assert seversk == [DONETSK, DONETSK]


def test_a_city_alone_keeps_its_own_record() -> None:
    found = find_places("Our units trained near Seversk last week.", [], {"RU"})
    assert [h.match.country for h in found if "Seversk" in h.text] == ["RU"]


def test_a_strike_on_the_axis_of_a_region_is_there() -> None:
    found = places(
        "Russian forces struck Ukrainian positions on the Seversk axis of the DPR on "
        "Sunday, the channel said.")
    assert ("attack", DONETSK) in found
    assert all(code != "RUS-2167" for _, code in found)


# 2. the war a speaker reports on ("read out reports on the war in Gaza") is the speech's
#    subject: no place of the strike told next


def test_the_war_a_speech_reports_on_places_nothing() -> None:
    assert ("attack", GAZA) not in ruled(
        "A minister was killed on Thursday when an Israeli missile strike hit Sanaa, the "
        "Yemeni capital.\n\n"
        "At the same moment, television was broadcasting a speech by the group's leader, in "
        "which he read out reports on the war in Gaza and threatened Israel.\n\n"
        "Tribal leaders told reporters that senior officials had gathered to watch the "
        "address when the strike hit.")


# 3. efforts concentrated on a task ("concentrating their main efforts on stopping the
#    advance") move no force; efforts on a place do; one person of a group named before
#    who flew in ("one of them: he had flown in to visit his mother") is no force


def test_efforts_on_a_task_are_no_deployment() -> None:
    assert "troop_deployment" not in trigger_types(
        "Kyiv said its forces were concentrating their main efforts on stopping the Russian "
        "troops.")


def test_efforts_on_a_place_are_still_a_deployment() -> None:
    assert "troop_deployment" in trigger_types(
        "Russian forces are now concentrating their efforts on Andriivka.")


def test_one_of_a_group_flying_in_is_no_deployment() -> None:
    assert "troop_deployment" not in trigger_types(
        "Many villagers hold foreign passports. He was one of them: he had flown in weeks "
        "earlier to see his family.")


# 4. Ethiopia's local units named as such ("in Kuchi Kebele", "in Awi Zone") are places the
#    gazetteer lacks, in the region the report names; a capital that is a unit of its own
#    ("Addis Abeba - …") filed the report, it places none of them


def test_a_kebele_lies_in_the_reports_region_not_the_capitals() -> None:
    found = places(
        "Addis Abeba - The army said on Sunday that fighting had escalated in the Amhara "
        "region.\n\n"
        "The statement said eight fighters were taken captive in Gara Kebele of Dano "
        "District, in East Zone.")
    assert ("capture", AMHARA) in found
    assert ("capture", ADDIS) not in found


# 5. a toll told before the operations that took it ("says it killed 48 fighters and
#    wounded 40, several leaders among them, in counterinsurgency operations") is their
#    attack


def test_a_toll_before_its_operations_is_their_attack() -> None:
    found = places(
        "The army says it killed 48 armed fighters and wounded 40, several commanders among "
        "them, in coordinated counterinsurgency operations in the Amhara region on Saturday.")
    assert ("attack", AMHARA) in found
    assert ("casualty_report", AMHARA) not in found


# 6. papers or a phone named last in a long list of what troops recovered are a document
#    seizure, and a statement's "Troops recovered …" after the fight it told lies there


def test_a_phone_last_in_a_long_list_recovered_is_a_seizure() -> None:
    assert "document_seizure" in trigger_types(
        "Troops recovered five AK-47 rifles, eight magazines, 258 rounds of 7.62mm "
        "ammunition, five RPG bombs, four hand grenades, two bandoliers and one Android "
        "phone.")


def test_phones_robbed_from_passengers_are_no_seizure() -> None:
    assert "document_seizure" not in trigger_types(
        "The gunmen seized cash, jewellery, watches and several bags from the passengers "
        "and two phones.")


def test_what_troops_recovered_after_the_fight_lies_where_they_fought() -> None:
    found = places(
        "Troops repelled an attack on a base at Mallam Fatori, Borno State, on Tuesday. A "
        "post-battle assessment confirmed that six terrorists were neutralised. Troops "
        "recovered five AK-47 rifles, 258 rounds of ammunition, two bandoliers and one "
        "Android phone.")
    assert ("document_seizure", BORNO) in found
