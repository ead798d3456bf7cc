"""Wordings of retold news, each sentence written fresh (not corpus text): the people of the
sentence before named again by a definite noun ("the militia members"), which ties a sentence
without a place of its own to the place just told; a small town described by its country's
adjective before its name ("the Burkinabe town of …"), kept though the report names a region
elsewhere in that country; a country whose service or ministry is named ("North Korea's
military intelligence service") names whose it is, not where events happen; a village whose
namesakes lie in several regions the report names lies in the one it names most; the building
just told, named again, ties an arrest to its place, and a fire as the subject of "was brought
under control" is no capture."""

from __future__ import annotations

from geoapp.extract.actors import nationalities
from geoapp.extract.rules import find_triggers
from tests.extract_helpers import ruled

MAGWAY = "MMR-3276"
TAPOA, SOUM = "BFA-2878", "BFA-2806"
TILLABERI = "NER-4859"
KURSK = "RUS-2362"
KHERSON, LUHANSK = "UKR-4827", "UKR-329"
WEST_BANK = "WEB+00?"


# 1. the people just told named again: the place just told

def test_the_members_named_again_tie_a_capture_to_the_place_before() -> None:
    text = ("Army troops raided a militia camp outside Pakokku in Magway Region on Friday.\n\n"
            "A local official said every one of the militia members was taken prisoner.")
    assert ("capture", MAGWAY) in ruled(text)


def test_members_of_another_body_tie_nothing() -> None:
    text = ("Army troops raided a militia camp outside Pakokku in Magway Region on Friday.\n\n"
            "Several parliament members said later that prisoners had been taken.")
    assert ("capture", MAGWAY) not in ruled(text)


# 2. a town described by its country's adjective before its name

def test_sahel_nationality_words_name_their_countries() -> None:
    assert nationalities("Malian, Burkinabe and Nigerien officers met.") == {"ML", "BF", "NE"}


def test_a_town_of_a_named_nationality_is_kept_beside_another_region() -> None:
    text = ("Jihadists attacked the Burkinabe town of Kantchari on Saturday and burned the army "
            "post there.\n\nSeparately, gunmen struck a convoy near Djibo in Soum province, "
            "officials said.")
    found = ruled(text)
    assert ("attack", TAPOA) in found
    assert found.count(("attack", SOUM)) == 1


def test_a_village_of_a_named_nationality_places_its_capture() -> None:
    text = ("Gunmen stormed the Nigerien village of Bankilare and took control of an army post "
            "there.\n\nIn Tahoua region, soldiers repelled an ambush.")
    assert ("capture", TILLABERI) in ruled(text)


# 3. a country's service or ministry: whose it is, not a place

_PRISONERS = ("Ukrainian soldiers took three North Korean infantrymen prisoner near Sudzha in "
              "Russia's Kursk region, officials said.\n\nAccording to Seoul, the captured men "
              "serve with the 11th Corps, North Korea's military intelligence service. Officials "
              "also said 150 North Korean soldiers had been wounded while fighting alongside "
              "Russian forces.")


def test_a_countrys_intelligence_service_is_no_place_of_the_events() -> None:
    found = ruled(_PRISONERS)
    assert ("unit_sighting", KURSK) in found
    assert not any(region == "KP" for _, region in found)


def test_a_countrys_ministry_still_leaves_its_national_tally_there() -> None:
    text = "Syria's defence ministry said 20 soldiers were killed nationwide this month."
    assert ("casualty_report", "SY") in ruled(text)


# 4. a village with namesakes in several named regions: the region named most

def test_a_village_lies_in_the_region_the_report_names_most() -> None:
    text = ("Ukraine says it retook a village in the Kherson region\n\n"
            "Kyiv said on Tuesday that its troops had recaptured a village in the southern "
            "Kherson region, where fighting has flared since spring.\n\n"
            "According to the general staff, marines retook the village of Ivanivka on the left "
            "bank.\n\nOfficials in the Kherson region said shelling continued.\n\n"
            "Moscow claims four regions as its own: Donetsk, Luhansk, Zaporizhzhia and Kherson.")
    found = ruled(text)
    assert ("capture", KHERSON) in found
    assert ("capture", LUHANSK) not in found


# 5. the building just told, named again; a fire brought under control

def test_the_building_named_again_ties_an_arrest_to_its_place() -> None:
    text = ("Soldiers stormed a block of flats in Nablus on Thursday night, killing one man.\n\n"
            "Three other suspects found in the building were arrested.")
    assert ("capture", WEST_BANK) in ruled(text)


def test_a_fire_brought_under_control_in_a_later_clause_is_no_capture() -> None:
    text = "A fire started in the depot after the strike and was brought under control by dawn."
    assert "capture" not in {t.event_type for t in find_triggers(text)}


def test_a_town_brought_under_a_sides_control_is_still_a_capture() -> None:
    text = "The town was brought under control of the rebels on Monday."
    assert "capture" in {t.event_type for t in find_triggers(text)}
