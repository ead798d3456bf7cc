"""Places in prose: what counts as a place, and where an event happened versus where not."""

from __future__ import annotations

import datetime as dt

import pytest

from geoapp.extract import extract
from geoapp.extract.places import find_places
from geoapp.extract.roles import assign_role


def _places(text: str, countries: set[str] = frozenset({"RU", "UA"})) -> list[tuple[str, str]]:
    return [(h.text, h.match.adm1_code or h.match.country) for h in find_places(text, [],
                                                                             set(countries))]


@pytest.mark.parametrize("text, expected", [
    ("Fighting continued 20 km north of Kursk.", [("20 km north of Kursk", "RUS-2362")]),
    ("Troops advanced near Sudzha.", [("near Sudzha", "RUS-2362")]),
    ("Bombs hit Vorozhba in Ukraine's Sumy region.",
     [("Vorozhba", "UKR-325"), ("Ukraine", "UA"), ("Sumy region", "UKR-325")]),
    ("listed as the Republic of Tuva", [("the Republic of Tuva", "RUS-2605")]),
    # common words, people and names that contain a place name are not places
    ("Police said Most of the residents stayed.", []),
    ("Ukrainian President Volodymyr Zelensky said so.", []),
    ("in reference to the Korean War", []),
    ("In May, officials said", []),
])
def test_find_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("before, types, role", [
    ("the place of birth listed as the ", {"document_seizure"}, "birthplace_on_documents"),
    ("missiles launched from ", {"attack"}, "launch_site"),
    ("troops sent from ", {"troop_deployment"}, "origin"),
    ("the tactics resembled those used in ", {"attack"}, "comparison"),
    ("a Russian region located in southern Siberia bordering ", set(), "mentioned"),
    ("North Korean soldiers fighting for ", set(), "mentioned"),
    ("were transferred to ", {"capture"}, "destination"),
    ("troops deployed in ", {"troop_deployment"}, "event"),
    ("a strike in ", {"attack"}, "event"),
])
def test_roles(before: str, types: set[str], role: str) -> None:
    assert assign_role(before, "military documents", types) == role


def _located(text: str) -> list[tuple[str, str | None, str | None]]:
    found = extract(text, published=dt.date(2024, 9, 12))
    return [(c.event.event_type, c.event.adm1_code, c.event.country) for c in found]


def test_homonym_missing_from_the_gazetteer_falls_back_to_the_region_given() -> None:
    text = "Ukrainian troops attacked the village of Vorozhba in Russia's Kursk Oblast on Tuesday."
    (cand,) = extract(text, published=dt.date(2024, 9, 12))
    assert (cand.event.adm1_code, cand.event.country) == ("RUS-2362", "RU")
    # never the Vorozhba of Sumy oblast: the region the text names, keeping the village's
    # name as written (as "in the Kursk Oblast" does)
    assert cand.event.geo_precision == "region" and cand.event.place_name == "Vorozhba"


def test_launch_site_is_related_never_the_location() -> None:
    text = ("Russian missiles launched from the Belgorod region struck Kharkiv on Friday, "
            "killing two people, officials said.")
    found = extract(text, published=dt.date(2024, 5, 31))
    # the toll belongs to its attack
    assert [(c.event.event_type, c.event.adm1_code, c.event.killed_low) for c in found] == [
        ("attack", "UKR-328", 2)]
    roles = {(p.role, p.adm1_code) for p in found[0].event.related_places}
    assert ("launch_site", "RUS-2370") in roles


def test_dateline_is_related_never_the_location() -> None:
    text = "SEOUL, Dec. 19 (Yonhap) -- North Korea has sent 1,500 troops to Russia, NIS said."
    (cand,) = extract(text, published=dt.date(2024, 12, 19))
    assert (cand.event.country, cand.event.adm1_code) == ("RU", None)
    assert ("dateline", "Seoul") in {(p.role, p.name) for p in cand.event.related_places}
    assert cand.event.source_name == "NIS"


def test_sentence_without_place_and_without_tie_is_not_proposed() -> None:
    text = ("Kharkiv was shelled on Monday.\n"
            "Elsewhere, 1,200 Russian soldiers were killed in a day, the army said.")
    found = extract(text, published=dt.date(2024, 5, 6))
    assert [(c.event.event_type, c.event.adm1_code) for c in found] == [("attack", "UKR-328")]


def test_tied_sentence_takes_the_place_of_the_events_before() -> None:
    text = "Russian troops attacked Vovchansk on Monday. Three soldiers were killed there."
    (attack,) = extract(text, published=dt.date(2024, 5, 6))
    # the toll told in the next sentence ("there") is the attack's
    assert (attack.event.event_type, attack.event.adm1_code) == ("attack", "UKR-328")
    assert attack.event.killed_low == 3 and "toll at chars" in attack.event.notes


def _placed(text: str, published: dt.date = dt.date(2025, 5, 14)) -> list[tuple[str, str]]:
    return [(c.event.event_type, c.event.adm1_code) for c in extract(text, published=published)]


def test_a_listed_place_gets_its_own_event() -> None:
    text = "Drones hit energy facilities in the Poltava, Sumy and Chernihiv regions overnight."
    assert _placed(text) == [("attack", "UKR-330"), ("attack", "UKR-325"), ("attack", "UKR-285")]


def test_a_name_the_gazetteer_lacks_is_placed_where_the_text_says() -> None:
    text = ("The camp of Boulkessi was attacked on Sunday, the army said.\n"
            "Boulkessi lies in the Mopti region of central Mali.")
    assert _placed(text) == [("attack", "MLI-2809")]


def test_a_place_is_where_its_apposition_says() -> None:
    # the gazetteer's only Rivnopillia lies in Crimea
    text = "Russian forces seized Rivnopillia, northeast of Huliaipole, on Tuesday."
    assert _placed(text) == [("capture", "UKR-331")]


def test_a_small_town_abroad_is_found_in_the_country_the_report_names() -> None:
    text = ("PORT-AU-PRINCE — Gangs attacked the police station of Mirebalais on Monday, "
            "Haiti's national police said.")
    found = extract(text, published=dt.date(2025, 4, 1))
    assert [(c.event.event_type, c.event.adm1_code) for c in found] == [("attack", "HTI-1385")]
    # a bare dateline is where the story was filed, not where it happened
    assert ("dateline", "Port-au-Prince") in {(p.role, p.name)
                                              for p in found[0].event.related_places}


def test_a_dateline_before_a_colon_is_where_the_story_was_filed() -> None:
    text = ("Drone hits fuel depot in the east\n\nKHARTOUM: In a rare strike far from the front, "
            "a drone set fire to a fuel depot at Kassala airport, an army source said.")
    found = extract(text, published=dt.date(2025, 5, 3))
    assert [(c.event.event_type, c.event.adm1_code) for c in found] == [("attack", "SDN-884")]


@pytest.mark.parametrize("text, expected", [
    ("Shelling hit Al-Nahud in North Kordofan on Sunday.",
     [("Al-Nahud", "SDN-883"), ("North Kordofan", "SDN-883")]),
    ("Drones struck Elobeid and Ad-Damazin.", [("Elobeid", "SDN-883"), ("Ad-Damazin", "SDN-148")]),
    ("An airstrike on Deir el-Balah killed five people.", [("Deir el-Balah", "GAZ+00?")]),
    ("Fighting in West Darfur and North Gaza.", [("West Darfur", "SDN-5858"),
                                                 ("North Gaza", "GAZ+00?")]),
])
def test_find_places_in_any_article_form(text: str, expected: list[tuple[str, str]]) -> None:
    # The gazetteer has "En Nahud", "El Obeid", "Ed Damazin", "Dayr al Balah": every other
    # article form is among the spellings the scanner searches.
    assert _places(text, {"SD", "PS"}) == expected


@pytest.mark.parametrize("text, expected", [
    # a curated place whose name is a possessive phrase
    ("Jets bombed a tower block in Beirut's southern suburbs overnight.",
     [("Beirut's southern suburbs", "LBN-3025")]),
    # a quarter the gazetteer has, named as a part of its city, is one place: the quarter
    ("A drone hit a flat in Beirut's Haret Hreik district.",
     [("Beirut's Haret Hreik district", "LBN-3025")]),
    # a part whose only namesake lies in another region is the city itself
    ("Shells fell on Donetsk's Kuibyshevskyi district at dawn.",
     [("Donetsk's Kuibyshevskyi district", "UKR-327")]),
    # a possessive before a bigger place is no part of it
    ("Kyiv's Kursk gamble has failed, analysts said.", [("Kyiv", "UKR-4826"),
                                                       ("Kursk", "RUS-2362")]),
])
def test_a_place_named_as_part_of_another(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text, {"LB", "UA", "RU"}) == expected


def test_a_strike_on_a_city_quarter_is_one_event_in_the_quarter_region() -> None:
    text = "An air strike hit a flat in Beirut's Haret Hreik district on Tuesday, killing two."
    assert _placed(text) == [("attack", "LBN-3025")]


@pytest.mark.parametrize("text, expected", [
    # the source's region never places an event the sentence places elsewhere
    ("Missiles hit a port in Odesa overnight, wounding six, the head of the Mykolaiv "
     "regional administration said.", [("attack", "UKR-322")]),
    # with no other place, a regional authority tells its own region's news, however the
    # text names it: the region, or its capital in front of the office
    ("A drone hit a bus stop, wounding three, the governor of the Bryansk region said.",
     [("attack", "RUS-2342")]),
    ("A drone hit a bus stop, wounding three, Bryansk's acting governor said.",
     [("attack", "RUS-2342")]),
    ("A drone hit a bus stop, wounding three, Bryansk governor Ivan Petrov said.",
     [("attack", "RUS-2342")]),
    # an authority that tells no event creates none
    ("Bryansk's governor said schools would stay closed.", []),
])
def test_a_place_named_only_by_the_source(text: str, expected: list[tuple[str, str]]) -> None:
    assert _placed(text) == expected


def test_a_surname_the_report_gives_a_person_is_not_a_village() -> None:
    # Moroziv (Morozov), a hamlet of Volyn, shares the regional head's surname
    text = ("Regional head Ilya Morozov said drones hit Kupiansk. Morozov, who visited the "
            "town, said two people died.")
    assert _places(text) == [("Kupiansk", "UKR-328")]
    # written only as a place, it stays one
    assert ("Morozov", "UKR-290") in _places("Shells hit Kupiansk and Morozov overnight.")


@pytest.mark.parametrize("text, expected", [
    ("Here in el-Obeid the army is digging in.", [("el-Obeid", "SDN-883")]),
    ("Drones hit al-Fasher and ad-Damazin overnight.",
     [("al-Fasher", "SDN-881"), ("ad-Damazin", "SDN-148")]),
])
def test_a_name_opening_with_a_lower_case_article(text: str,
                                                  expected: list[tuple[str, str]]) -> None:
    assert _places(text, {"SD"}) == expected


@pytest.mark.parametrize("text, expected", [
    # a short alternate name of a city abroad ("Sol", one of Seoul's) needs its country
    # in the report; its own spelling does not
    ("Somali troops fought clan militias in Sol on Tuesday, officials in Somalia said.",
     [("Somalia", "SO")]),
    ("Drones hit Kiev overnight, Ukraine said.", [("Kiev", "UKR-4826"), ("Ukraine", "UA")]),
    # a country is none of its units that carries its name as an alias
    ("Aid reached Somalia.", [("Somalia", "SO")]),
    # a territory named with "the" and its own generic word is no river ("the Dnipro")
    ("Settlers raided a village in the West Bank overnight.",
     [("the West Bank", "WEB+00?")]),
    ("Officials in the Gaza Strip said so.", [("the Gaza Strip", "GAZ+00?")]),
    ("Fighters crossed the Dnipro at night.", []),
])
def test_names_read_in_the_reports_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text, set()) == expected


@pytest.mark.parametrize("written, kind", [
    ("the city of Kharkiv", "place"),      # written as a settlement: the city
    ("the town of Kharkiv", "place"),
    ("Kharkiv", "region"),                 # bare, in a report that names the region
])
def test_a_name_written_as_a_settlement_stays_the_settlement(written: str, kind: str) -> None:
    text = (f"Overnight shelling hit {written}, officials said. Elsewhere in the Kharkiv "
            "region, two villages lost power.")
    hit = next(h for h in find_places(text, [], {"UA"}) if h.text.endswith("Kharkiv"))
    assert (hit.match.kind, hit.match.adm1_code) == (kind, "UKR-328")


@pytest.mark.parametrize("text, expected", [
    # a city is not displaced by a district of another city that bears its name only as an
    # alternate (Kyiv's Dniprovskyi district is also called "Dnipro")
    ("Drones hit Dnipro and Kyiv overnight.", [("Dnipro", "UKR-326"), ("Kyiv", "UKR-4826")]),
    ("Missiles strike Dnipro; Kyiv reports prisoners taken",
     [("Dnipro", "UKR-326"), ("Kyiv", "UKR-4826")]),
])
def test_town_keeps_its_own_name_over_a_namesake_by_alternate_name(text, expected):
    assert _places(text) == expected


def _points(text: str) -> dict[str, tuple[str, float, float]]:
    return {h.text: (h.match.adm1_code, h.match.lat, h.match.lon)
            for h in find_places(text, [], {"RU", "UA"})}


@pytest.mark.parametrize("text", [
    "Russian forces captured Katerynivka northeast of Vuhledar.",
    "Russian forces captured Katerynivka 10 km north of Vuhledar.",
    "Russian forces captured Katerynivka near Vuhledar.",
    # the town after a list places every village of the list
    "Russian forces have captured Katerynivka, Illinka and probably also Romanivka, "
    "northeast of Vuhledar.",
])
def test_village_put_by_a_town_is_its_namesake_nearest_that_town(text):
    places = _points(text)
    town = next(v for k, v in places.items() if k.endswith("Vuhledar"))
    for name, (code, lat, lon) in places.items():
        assert code == "UKR-327", name
        assert abs(lat - town[1]) < 0.3 and abs(lon - town[2]) < 0.4, name  # by Vuhledar


@pytest.mark.parametrize("text, expected", [
    # "the X theatre" of operations, like "the X direction", is the place, not a river's name
    ("Fighting raged in the Kadugli theatre near Keiga.", ("the Kadugli", "SDN-882")),
    ("Both sides dug in around the Kupiansk salient.", ("around the Kupiansk", "UKR-328")),
])
def test_a_place_named_with_the_and_a_front_word_is_kept(text, expected):
    assert expected in _places(text, {"SD", "UA"})


def test_a_name_of_three_words_after_the_is_no_river() -> None:
    # "the Dnipro" may be the river; "the Boucle du Mouhoun" is a region (of several units),
    # not the province named after the river inside it
    text = "The detachment in the Boucle du Mouhoun carried out offensive actions."
    assert _places(text, {"BF"}) == [("the Boucle du Mouhoun", "BF")]
    assert _places("Troops crossed the Dnipro near Krynky.") == [("near Krynky", "UKR-4827")]
