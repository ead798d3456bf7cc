"""Round 66 (c): forces topped up or replenished with fresh men where they fight are a
deployment there; so are forces brought "up to" a line with the verb split by its object,
a force's convoy heading for a place, and forces that left one place for another named
one; a formation named by its proper name that a post or men belong to is seen there."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled


def test_forces_replenished_with_fresh_men_are_a_deployment():
    text = ("After heavy losses, the battalions in the Belgorod region are being replenished "
            "with new personnel, the general staff said on Friday.")
    assert ("troop_deployment", "RUS-2370") in ruled(text)


def test_topped_up_with_fresh_troops_is_a_deployment():
    text = ("The assault detachments near Pokrovsk in Donetsk Oblast were topped up with "
            "fresh troops on Thursday, the brigade's spokesman said.")
    assert ("troop_deployment", "UKR-327") in ruled(text)


def test_stocks_replenished_send_no_one():
    # near miss: ammunition replenished is no force sent
    text = ("The depots in the Belgorod region were replenished with ammunition on Friday, "
            "the general staff said.")
    assert ("troop_deployment", "RUS-2370") not in ruled(text)


def test_forces_brought_up_to_positions_with_the_verb_split():
    text = ("The army is bringing fresh assault groups up to the front line in Zaporizhzhia "
            "Oblast, a military spokesman said on Friday.")
    assert ("troop_deployment", "UKR-331") in ruled(text)


def test_a_matter_brought_up_is_no_deployment():
    # near miss: a question brought up to a council moves no force
    text = ("The mayor is bringing the question of shelters up to the regional council in "
            "Zaporizhzhia Oblast on Friday.")
    assert ("troop_deployment", "UKR-331") not in ruled(text)


def test_a_force_convoy_heading_for_a_town_is_a_deployment():
    text = ("Witnesses said warplanes struck a column of militia vehicles that was heading "
            "towards Kadugli in South Kordofan on Sunday.")
    assert ("troop_deployment", "SDN-882") in folded(text)


def test_an_aid_convoy_heading_for_a_town_is_no_deployment():
    # near miss: a convoy of aid is no force
    text = ("A convoy of humanitarian aid trucks heading towards Kadugli in South Kordofan "
            "was looted on Sunday.")
    assert ("troop_deployment", "SDN-882") not in ruled(text)


def test_forces_that_left_for_a_named_town_are_a_deployment():
    text = ("Residents said the village was raided a day after a unit of government troops "
            "had left the area for Kutum in North Darfur.")
    assert ("troop_deployment", "SDN-881") in ruled(text)


def test_families_that_left_for_a_town_are_no_deployment():
    # near miss: people leaving for a town are displaced, no force moved
    text = "Hundreds of families left the area for Kutum in North Darfur on Tuesday."
    assert ("troop_deployment", "SDN-881") not in ruled(text)


def test_post_belonging_to_a_formation_named_by_its_proper_name():
    text = ("On Sunday evening a post belonging to the Dosso Rapid Intervention Battalion "
            "came under attack near Torodi in the Tillabéri region.")
    assert ("unit_sighting", "NER-4859") in ruled(text)


def test_post_belonging_to_a_council_is_no_sighting():
    # near miss: a building of a civil body names no formation
    text = ("On Sunday evening a post belonging to the Torodi municipal council was looted in "
            "the Tillabéri region.")
    assert ("unit_sighting", "NER-4859") not in ruled(text)


def test_papers_belonging_to_a_named_formation_are_no_sighting():
    # near miss: documents found that belonged to a formation are a seizure, not the
    # formation seen
    text = ("In one of the houses, the soldiers found maps and documents belonging to the "
            "Rafah Brigade of Hamas in the Gaza Strip.")
    assert "unit_sighting" not in {t for t, _ in ruled(text)}

