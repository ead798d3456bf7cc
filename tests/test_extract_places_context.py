"""Places the text's context settles, each sentence written fresh (not corpus text): a
village tied to a region by a bare comma ("the village of X, Kursk region") lies in that
region, whatever its namesakes elsewhere, but a list of towns and regions is left alone; a
name several places share, listed only with places of another country whose region the
report names, is no namesake of a country the report names only by its capital; a name
the gazetteer lacks called an area of a region ("the X area of the Y region", "the X area,
in the Y region") lies in that region, even after its country; a country named as who
strikes ("Russia is attacking on the X direction") picks no namesake of its own, while a
city of its own stays itself; a valley named after its region ("the Bekaa Valley") is that
region, but one sharing a country's name ("the Jordan Valley") is no country; a village
its people's adjective calls a country's ("the Lebanese village of X") is that country's,
however large a namesake across the border and though the report names no country."""

from __future__ import annotations

from geoapp.extract.places import find_places
from tests.extract_helpers import folded

KURSK, BELGOROD, KYIV_CITY, TAHOUA = "RUS-2362", "RUS-2370", "UKR-4826", "NER-95"
DONETSK, SAKHA, ROSTOV, BEQAA = "UKR-327", "RUS-2612", "RUS-2367", "LBN-3022"
NABATIEH, HOMS = "LBN-3059", "SYR-139"


def _hits(text: str) -> list[tuple[str, str | None]]:
    return [(h.text, h.match.adm1_code) for h in find_places(text, [], set())]


def _codes(text: str, name: str) -> list[str | None]:
    return [code for written, code in _hits(text) if written.endswith(name)]


# -- a village tied to its region by a bare comma ------------------------------------------

def test_a_village_a_comma_before_its_region_lies_there_at_every_mention():
    text = ("A drone hit a tractor in the village of Gorodishche, Belgorod region, on Sunday. "
            "Two more shells later fell on Gorodishche.")
    assert _codes(text, "Gorodishche") == [BELGOROD, BELGOROD]
    assert folded(text) == [("attack", BELGOROD)]


def test_a_name_the_gazetteer_lacks_called_a_village_lies_in_the_region_after_its_comma():
    text = "Shells struck the village of Zarechkovo, Kursk region, wounding a farmer."
    assert _codes(text, "Zarechkovo") == [KURSK]


def test_a_town_and_a_region_in_one_list_stay_apart():
    # the region goes on with a list: "Sumy, Kharkiv region and Poltava" names three places
    text = "Drones were launched at Sumy, Kharkiv region and Poltava overnight."
    assert dict(_hits(text))["Sumy"] == "UKR-325"


def test_a_village_before_a_region_that_a_list_goes_on_from_is_left_alone():
    text = "Shelling hit the village of Gorodishche, Kursk region and Belgorod region."
    assert KURSK not in _codes(text, "Gorodishche")


def test_a_list_of_regions_is_not_a_village_and_its_region():
    text = "Russian missiles struck the Kharkiv, Donetsk and Zaporizhzhia regions."
    assert [code for _, code in _hits(text)] == ["UKR-328", "UKR-327", "UKR-331"]


# -- a shared name listed with places of another country ----------------------------------

def test_a_shared_name_listed_with_villages_of_another_country_is_no_capitals_quarter():
    text = ("Kyiv admitted on Friday that Russian units had retaken Podol and Sudzha in the "
            "Kursk region after weeks of fighting.")
    assert _codes(text, "Podol") == []
    assert folded(text) == [("capture", KURSK)]


def test_the_shared_name_stays_where_the_report_names_its_own_country_as_a_place():
    # a place of the namesake's own country besides its capital: the report is about both
    text = ("Russian units shelled Podol and Sudzha in the Kursk region, and a drone later "
            "hit Poltava.")
    assert _codes(text, "Podol") != []


def test_the_shared_name_stays_when_no_region_of_the_listed_places_is_named():
    text = "Russian units shelled Podol and Sudzha on Friday."
    assert _codes(text, "Podol") == [KYIV_CITY]


# -- a name the gazetteer lacks called an area of a region ---------------------------------

def test_an_area_after_its_country_with_its_region_after_a_comma_lies_in_the_region():
    text = "Gunmen attacked an army post in Niger, in the Tangarwa area, in the Tahoua region."
    assert _codes(text, "Tangarwa") == [TAHOUA]
    assert ("attack", TAHOUA) in folded(text)


def test_an_area_of_a_region_after_its_country_lies_in_the_region():
    text = "Gunmen attacked an army post in Niger, in the Tangarwa area of the Tahoua region."
    assert _codes(text, "Tangarwa") == [TAHOUA]
    assert ("attack", TAHOUA) in folded(text)


def test_the_area_of_a_region_with_no_name_before_is_near_the_region():
    hits = find_places("Gunmen overran an army post in the area of the Tahoua region.", [],
                       set())
    assert [(h.text, h.match.geo_precision) for h in hits] == [
        ("in the area of the Tahoua region", "near")]


def test_the_governor_of_a_region_is_still_no_place():
    text = "The Governor of the Tahoua region said gunmen had overrun an army post."
    assert [written for written, _ in _hits(text)] == ["the Tahoua region"]


# -- a country named as who strikes picks no namesake ------------------------------------

def test_a_country_told_as_striking_picks_no_namesake_in_itself():
    assert _codes("Kyiv says Russia is attacking heavily on the Pokrovsk axis.",
                  "Pokrovsk") == [DONETSK]
    # a headline drops the auxiliary
    assert _codes("Russia attacking 'heavily' near Pokrovsk, army says\n\nThe army gave no "
                  "figures.", "Pokrovsk") == [DONETSK]


def test_a_country_named_as_a_place_still_picks_its_own_namesake():
    assert _codes("A gas pipe burst in Pokrovsk, in Russia's Sakha Republic.",
                  "Pokrovsk") == [SAKHA]


def test_a_city_of_the_acting_country_stays_itself():
    text = ("Ukraine reported strikes on three regions. Russia said it had shot down 40 "
            "Ukrainian drones over Rostov and that debris damaged homes in Rostov.")
    assert set(_codes(text, "Rostov")) == {ROSTOV}


# -- a valley named after its region --------------------------------------------------------

def test_a_valley_named_after_its_region_is_that_region():
    assert _hits("Warplanes hit two houses in the Bekaa Valley before dawn.") == \
        [("the Bekaa", BEQAA)]


def test_a_valley_or_river_sharing_a_country_name_is_no_country():
    assert _hits("Settlers set fire to a shed in the Jordan Valley at night.") == []
    assert _hits("Barges were sunk on the Congo River.") == []


# -- a village its people's adjective calls a country's --------------------------------------

def test_a_village_called_a_countrys_is_its_namesake_there_in_a_report_naming_no_country():
    text = "An Israeli drone hit a motorbike in the Lebanese village of Houla, killing its rider."
    assert _codes(text, "Houla") == [NABATIEH]
    assert folded(text) == [("attack", NABATIEH)]


def test_the_other_countrys_adjective_keeps_the_namesake_across_the_border():
    assert _codes("Government shells fell on the Syrian village of Houla overnight.",
                  "Houla") == [HOMS]
