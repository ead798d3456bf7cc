"""Wordings of official, wire and long-form reports, each sentence written fresh (not
corpus text): forces named by the operation they serve in ("troops deployed under
Operation X have …"), which sends no one; people set free ("freed 12 people held by
kidnappers"), which takes no ground; a "locality" taken, ground like a village; kidnap
victims rescued by forces, an operation against their captors; targets listed each with
its own unit ("hit a market in X, a clinic in Y"), each an attack there; a deed of a war told with
its end ("during the war … that ended with a truce"), and deeds told "in the same period"
as a recap, both background; forces that "strengthened their positions", a deployment;
"since then" right after news, news even in a new paragraph; a recap told after a
paragraph's opening sentence, which leaves the rest of the paragraph news."""

from __future__ import annotations

from tests.extract_helpers import places

BORNO, KADUNA, SOKOTO = "NGA-2839", "NGA-2864", "NGA-2871"
TAIZ = "YEM-158"
ITURI, OROMIA, AFAR, MOPTI, SEGOU = "COD-1559", "ETH-3131", "ETH-3111", "MLI-2809", "MLI-2810"


# 1. forces named by their operation, as the subject of another verb: no deployment

def test_troops_deployed_under_an_operation_are_named_not_sent() -> None:
    text = ("The army says troops deployed under Operation Safe Corridor have arrested four "
            "suspected gunmen in Kaduna State.")
    assert ("troop_deployment", KADUNA) not in places(text)


def test_soldiers_deployed_as_part_of_an_operation_are_named_not_sent() -> None:
    text = ("Police said soldiers deployed as part of Operation Desert Sanity were ambushed "
            "near Bama in Borno State on Friday.")
    assert ("troop_deployment", BORNO) not in places(text)


def test_troops_deployed_to_a_state_are_still_sent() -> None:
    text = "The army deployed two battalions of troops to Sokoto State on Monday."
    assert ("troop_deployment", SOKOTO) in places(text)


# 2. people freed are no ground taken; a locality taken is

def test_people_freed_from_kidnappers_take_no_ground() -> None:
    text = ("Soldiers have freed 14 people held by kidnappers in a forest of Sokoto State, "
            "the army said on Monday.")
    assert ("capture", SOKOTO) not in places(text)


def test_a_town_freed_is_still_taken() -> None:
    text = "Troops freed the town of Damboa in Borno State from the insurgents on Sunday."
    assert ("capture", BORNO) in places(text)



def test_a_locality_taken_is_ground_taken() -> None:
    text = ("On Sunday night the rebels took the locality of Komanda, in Ituri province, "
            "after brief clashes with the army, local sources said.")
    assert ("capture", ITURI) in places(text)


# 3. kidnap victims rescued by forces: an attack on their captors

def test_kidnapped_people_rescued_by_troops_are_an_operation() -> None:
    text = ("On Tuesday, while patrolling near Birnin Gwari in Kaduna State, soldiers rescued "
            "nine kidnapped travellers, the army said.")
    assert ("attack", KADUNA) in places(text)


def test_residents_rescued_by_firefighters_are_no_attack() -> None:
    text = ("Firefighters rescued 11 residents from a burning building in Kaduna on Tuesday, "
            "officials said.")
    assert ("attack", KADUNA) not in places(text)



# 3b. targets listed each with its unit, named or not: each an attack there

def test_targets_listed_with_their_units_are_each_an_attack() -> None:
    text = ("Government jets bombed a market in Oromia, a clinic in Afar and a school in "
            "Amhara on Thursday, local officials said.")
    found = places(text)
    assert ("attack", OROMIA) in found and ("attack", AFAR) in found


def test_places_the_gazetteer_lacks_listed_with_their_units_are_each_an_attack() -> None:
    text = ("Air raids hit Wadi Qorro in Oromia, Dubtiyya in Afar and Gerbi in Amhara on "
            "Thursday, witnesses said.")
    found = places(text)
    assert ("attack", OROMIA) in found and ("attack", AFAR) in found

# 4. a deed of a war told with its end is background

def test_a_militia_fighting_in_a_war_that_ended_with_a_truce_is_background() -> None:
    text = ("The militia is now clashing with the army. It fought alongside government troops "
            "during the long war in Afar that ended with a truce after peace talks.")
    assert ("unit_sighting", AFAR) not in places(text)


# 5. "in the same period" as a recap just told goes on recapping; after news it is news;
#    of an earlier year, a comparison

def test_deeds_in_the_same_period_as_a_recap_are_background() -> None:
    text = ("Residents say that since the rebels took Mopti in 2023, drones have struck the "
            "town every month.\n\nIn about the same period, the rebels began seizing villages "
            "across the Segou region, they say.")
    assert ("capture", SEGOU) not in places(text)


def test_deeds_in_the_same_period_as_news_stay_news() -> None:
    text = ("Jihadists attacked an army post near Mopti on Monday, killing six soldiers, the "
            "army said. In the same period, fighters seized the town of Macina in the Segou "
            "region, residents said.")
    assert ("capture", SEGOU) in places(text)


def test_the_same_period_of_an_earlier_year_is_a_comparison_not_a_recap() -> None:
    text = ("Jihadists killed 40 soldiers in attacks near Mopti last week, twice as many as "
            "in the same period a year earlier, the army said.")
    assert ("attack", MOPTI) in places(text)


# 6. forces strengthening their positions are deployed there; "since then" after news,
#    even opening the next paragraph, tells news

def test_forces_strengthening_their_positions_are_a_deployment() -> None:
    text = ("Government forces have strengthened their positions around Taiz, a military "
            "source said on Tuesday.")
    assert ("troop_deployment", TAIZ) in places(text)


def test_since_then_opening_a_paragraph_after_news_tells_news() -> None:
    text = ("Rebel fighters attacked army posts near Taiz on Monday night, killing nine "
            "soldiers, a military source said.\n\nSince then, he said, government forces "
            "have strengthened their positions around Taiz.")
    assert ("troop_deployment", TAIZ) in places(text)


# 7. a recap told after a paragraph's opening sentence does not make the paragraph a recap

def test_a_recap_after_the_opening_of_a_paragraph_leaves_what_follows_news() -> None:
    text = ("Residents of Taiz say drones are heard over the city every night.\n\n"
            "The rebels are still some way from the city. Many families left last year as "
            "the fighting intensified. Government forces have taken up positions on the edge of "
            "Taiz, residents said.")
    assert ("troop_deployment", TAIZ) in places(text)


def test_a_paragraph_opening_on_a_recap_goes_on_recapping() -> None:
    text = ("Rebels shelled Taiz on Monday, officials said.\n\n"
            "In March 2016 rebel fighters attacked Taiz, killing 30 people. Government forces "
            "then took up positions on the edge of the city.")
    assert ("troop_deployment", TAIZ) not in places(text)
