"""Round 92 (d2): civilians' arrival told with an appositive, strikes marked earlier
before the side's name, an army's main effort on a place, a siege drawn tighter, a place
followed by the country it lies in, a "village" the gazetteer knows only as a city of
another region than its paragraph names."""

from geoapp.extract.places import find_places
from tests.extract_helpers import ruled, trigger_types


def test_appositive_civilians_arriving_deploy_no_one():
    text = "About 2,400 displaced people, most of them elderly women, arrived in Kadugli on Friday."
    assert ("troop_deployment", "SDN-882") not in ruled(text)
    # near miss: soldiers with an appositive still arrive as a force
    text = "About 600 soldiers, among them many women, arrived in Kadugli on Friday."
    assert ("troop_deployment", "SDN-882") in ruled(text)


def test_earlier_strikes_before_side_and_weapon_are_background():
    text = "Earlier RSF drone strikes on Port Sudan have left much of the east without water."
    assert ("attack", "SDN-149") not in ruled(text)
    # near miss: "Earlier" as a sentence adverb before a verb tells a deed of the day
    text = "Earlier Hamas attacked an army post in Rafah, the army said."
    assert ruled(text)
    text = "RSF drone strikes on Port Sudan have left much of the east without water."
    assert ("attack", "SDN-149") in ruled(text)


def test_main_effort_on_a_place_is_an_attack():
    text = "For now the enemy is concentrating its main effort on Kupiansk in Kharkiv region."
    assert ruled(text) == [("attack", "UKR-328")]
    # near miss: forces concentrating near a place are massed there
    text = "Enemy troops are concentrating near Kupiansk in Kharkiv region."
    assert ("troop_deployment", "UKR-328") in ruled(text)


def test_siege_tightened_is_an_attack():
    assert ("attack", "SDN-882") in ruled("The RSF tightened their siege of Kadugli on Sunday.")
    # near miss: a fuel blockade or security drawn tighter is no fighting
    assert "attack" not in trigger_types("The group tightened its fuel blockade of Bamako.")
    assert "attack" not in trigger_types("Police tightened security in Bamako on Sunday.")


def test_place_followed_by_its_country_is_that_countrys():
    text = "France urged its citizens to go home. In Léré, in central Mali, the siege has grown."
    assert ("Léré", "ML") in [(h.text, h.match.country) for h in find_places(text, [], set())]
    text = "France urged its citizens to go home. In Léré the siege has grown."
    assert ("Léré", "ML") not in [(h.text, h.match.country) for h in find_places(text, [], set())]


def test_village_known_only_as_a_city_of_another_region_of_the_paragraph():
    text = ("Russian troops have seized ground in Ukraine's Sumy region. The villages of "
            "Kyndrativka and Oleksiivka are now held by Russian units.")
    assert "UKR-328" not in {h.match.adm1_code for h in find_places(text, [], set())}
    # near miss: the same name with no region named keeps its gazetteer place (alone: its
    # neighbour "Kyndrativka", Sumy's Kindrativka respelled, would name the region)
    text = "The village of Oleksiivka is now held by Russian units."
    assert "UKR-328" in {h.match.adm1_code for h in find_places(text, [], set())}
