"""Wordings of retold news, each sentence written fresh (not corpus text): a whole air
campaign's toll told after one strike's, and an earlier deed told in an "after" clause with
its own subject and verb, a village the gazetteer lacks named by its market, a headline's
toll told before its attack, a running count said in an earlier week, and a road named by two
towns joined by a hyphen."""

from __future__ import annotations

from tests.extract_helpers import places

HODEIDAH, ODESA, NORTH_KIVU, BORNO = "YEM-151", "UKR-322", "COD-1898", "NGA-2839"
SAGAING, KACHIN = "MMR-3302", "MMR-3296"
SANMATENGA, KHARKIV, LUHANSK = "BFA-2825", "UKR-328", "UKR-329"



# 1. a campaign's toll: the whole country's, not the place of the strike told before

_STRIKE = ("Coalition jets bombed a warehouse in Hodeidah on Tuesday, killing three workers, "
           "the port authority said.\n\n")


def test_a_campaign_that_has_killed_is_a_national_tally() -> None:
    text = _STRIKE + ("The coalition's bombing campaign against the movement, launched in "
                      "the spring over its raids on tankers, has killed at least 212 people, "
                      "according to figures kept by the rebels' health office.")
    assert ("casualty_report", "YE") in places(text)


def test_a_toll_of_the_strikes_since_the_operation_began_is_a_national_tally() -> None:
    text = _STRIKE + ("More than 340 people have been killed in the raids since the campaign "
                      "began on January 9, according to figures released by the rebels' "
                      "health office.")
    found = places(text)
    assert ("casualty_report", "YE") in found
    assert ("casualty_report", HODEIDAH) not in found


# 2. an earlier deed told in an "after" clause with its own subject and verb

def test_a_deed_in_an_after_clause_with_its_own_subject_is_drafted() -> None:
    text = ("Russian drones hit a depot in Kherson on Tuesday, killing two guards, the "
            "governor said, a day after missiles pounded the port of Odesa.")
    assert ("attack", ODESA) in places(text)


def test_a_deed_named_by_a_noun_after_after_stays_passing() -> None:
    text = ("Russian drones hit a depot in Kherson on Tuesday, killing two guards, the "
            "governor said, a day after the bombardment of Odesa.")
    assert ("attack", ODESA) not in places(text)


# 3. a village the gazetteer lacks, named by its market

def test_a_market_the_gazetteer_lacks_lies_in_the_region_of_the_report() -> None:
    text = ("Rebels clash with army in North Kivu\n\n"
            "Rebel fighters took control of the Kasiru trading centre on Sunday after a "
            "day of heavy fighting, local sources said.\n\n"
            "Clashes between the rebels and the army have spread across North Kivu province "
            "in recent days.")
    assert ("capture", NORTH_KIVU) in places(text)


# 4. a headline's toll is that of the attack the body tells there

def test_a_headline_toll_joins_the_attack_the_body_tells() -> None:
    text = ("Over 40 ISWAP fighters killed in two days of fighting around Borno's Marte "
            "district\n\n"
            "MAIDUGURI - Nigerian troops repelled an assault by ISWAP fighters on a military "
            "base in Borno State, the army said on Friday.\n\n"
            "The army said weapons and motorcycles had been taken from the fighters.")
    found = places(text)
    assert ("attack", BORNO) in found
    assert ("casualty_report", BORNO) not in found


# 5. a running count said in an earlier week runs up to that week, not to the report's day

def test_a_count_since_a_month_said_last_week_is_background() -> None:
    text = ("Junta jets bombed a market in Sagaing's Depayin township on Monday, killing 11 "
            "people, residents said.\n\n"
            "Amnesty International said last week that soldiers had killed more than 90 "
            "civilians in Kachin State since January.")
    found = places(text)
    assert ("attack", SAGAING) in found
    assert ("casualty_report", KACHIN) not in found


# 6. a road named by two towns joined by a hyphen: the first places the event

def test_the_first_town_of_a_hyphened_road_places_the_event() -> None:
    text = ("Militants ambushed an army convoy on the Kaya-Dori road on Tuesday, killing six "
            "soldiers, the army said.")
    assert ("attack", SANMATENGA) in places(text)


def test_the_far_town_of_a_hyphened_axis_places_nothing() -> None:
    text = ("Russian troops attacked Ukrainian positions on the Kupiansk-Svatove axis on "
            "Tuesday, the General Staff said.")
    found = places(text)
    assert ("attack", KHARKIV) in found
    assert ("attack", LUHANSK) not in found
