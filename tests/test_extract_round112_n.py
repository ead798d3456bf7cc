"""Wordings of round one hundred and twelve (n), each sentence written fresh (not corpus
text): names listed under one plural kind word are each looked up with that word, so a
name two countries share lands where the word says ("Borno and Adamawa states" are
Nigeria's states; Cameroon's Adamawa is a region), also with the word capitalised. A
region's name that another country's region shares ("Adamawa") is read beside the
report's other places, or by the nationality it names, not by the gazetteer's first pick.
A village whose parenthesis puts it by a town ("Ivanivka (10 km east of Kupiansk)") is the
namesake by that town, as it is when a comma does. Places listed each with its own
"towards" ("attacking towards X in one region, towards Y in another") share the deed. A toll
put at a number ("put the number of soldiers killed in X at 3,000") counts what it names."""

from __future__ import annotations

from tests.extract_helpers import ruled

BORNO = "NGA-2839"
ADAMAWA_STATE = "NGA-2881"
ADAMAWA_REGION = "CMR-1482"
KACHIN = "MMR-3296"
SHAN = "MMR-3277"
KHARKIV = "UKR-328"
LUHANSK = "UKR-329"
DONETSK = "UKR-327"
ZAPORIZHZHIA = "UKR-331"
KURSK = "RUS-2362"


def test_two_states_in_lower_case_are_both_placed_in_nigeria() -> None:
    text = "Insurgents raided army posts in Borno and Adamawa states on Sunday, the army said."
    found = ruled(text)
    assert ("attack", BORNO) in found and ("attack", ADAMAWA_STATE) in found
    assert ("attack", ADAMAWA_REGION) not in found


def test_two_states_in_capitals_are_both_placed() -> None:
    text = "Government jets bombed villages in Kachin and Shan States on Friday, residents said."
    found = ruled(text)
    assert ("attack", KACHIN) in found and ("attack", SHAN) in found


def test_a_name_listed_under_regions_keeps_the_region() -> None:
    text = ("Separatist fighters attacked gendarmes in the Adamawa and North regions on "
            "Sunday, the governor said.")
    found = ruled(text)
    assert ("attack", ADAMAWA_REGION) in found and ("attack", ADAMAWA_STATE) not in found


def test_a_name_two_countries_share_is_read_beside_the_other_places() -> None:
    text = "Insurgents raided army posts in Borno and Adamawa on Sunday, the army said."
    found = ruled(text)
    assert ("attack", ADAMAWA_STATE) in found and ("attack", ADAMAWA_REGION) not in found


def test_a_name_two_countries_share_follows_the_nationality_named() -> None:
    text = "Gunmen raided an army post in Adamawa on Sunday, the Nigerian army said."
    assert ("attack", ADAMAWA_STATE) in ruled(text)


def test_a_name_two_countries_share_stays_with_the_places_around_it() -> None:
    text = ("Separatists raided a gendarmerie post in Adamawa, near Ngaoundere, on Sunday, "
            "Cameroon's army said.")
    found = ruled(text)
    assert ("attack", ADAMAWA_REGION) in found and ("attack", ADAMAWA_STATE) not in found


def test_a_village_a_parenthesis_puts_by_a_town_is_the_namesake_there() -> None:
    for by in ("south of Kupiansk", "12 km south-east of Kupiansk"):
        found = ruled(f"Russian units stormed Ivanivka ({by}) on Monday, the army said.")
        assert ("attack", KHARKIV) in found, by
        assert ("attack", LUHANSK) not in found and ("attack", DONETSK) not in found, by


def test_a_parenthesis_naming_no_town_leaves_the_village_as_it_was() -> None:
    comma = ruled("Russian units stormed Ivanivka, a small village, on Monday, the army said.")
    paren = ruled("Russian units stormed Ivanivka (a small village) on Monday, the army said.")
    assert paren == comma


def test_places_listed_each_with_towards_share_the_attack() -> None:
    text = ("Russian units pressed assaults towards Kostiantynivka in Donetsk region, towards "
            "Huliaipole in Zaporizhzhia region and at Kupiansk, the ministry said.")
    found = ruled(text)
    assert {("attack", DONETSK), ("attack", ZAPORIZHZHIA), ("attack", KHARKIV)} <= set(found)


def test_a_town_named_as_the_way_forward_of_a_capture_takes_no_capture() -> None:
    found = ruled("Russian units captured Dvorichna, towards Kupiansk, the ministry said.")
    assert ("capture", KHARKIV) in found and len(found) == 1


def test_a_toll_put_at_a_number_counts_what_it_names() -> None:
    text = ("Kyiv put the number of North Korean soldiers killed and wounded in Kursk region "
            "at more than 3,000 on Monday.")
    assert ("casualty_report", KURSK) in ruled(text)


def test_a_number_put_at_a_figure_with_nothing_counted_is_no_toll() -> None:
    text = "Kyiv put the number of North Korean brigades in Kursk region at three on Monday."
    assert ruled(text) == []
