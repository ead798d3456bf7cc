"""Round 68 (d): forces that infiltrated a named part of a place attack there, and a place so
entered that lies far from its paragraph's towns is a front-line namesake the gazetteer
lacks, not the big city of that name; units that have (operationally, fully) surrounded the
other side's formations attack them; a charge made "many times", an assault judged to
"make no sense" and "the places hit" pointed back at tell no event; an adverb set off by
commas before a verb of reporting ("outlets did, however, report an attack") names no
source after the verb."""

from __future__ import annotations

from tests.extract_helpers import ruled, trigger_types


def test_infiltration_into_part_of_a_town_is_an_attack():
    text = "Russian assault groups infiltrated the southern outskirts of Kostiantynivka on Monday."
    assert ("attack", "UKR-327") in ruled(text)


def test_infiltrating_an_institution_is_no_attack():
    # near miss: agents slipping into a body, no part of a place
    text = "Investigators in Kyiv said the agents had infiltrated the ranks of the city council."
    assert ("attack", "UKR-337") not in ruled(text) and not ruled(text)


def test_far_namesake_entered_on_the_front_is_the_front_village():
    text = ("Russian units pushed past Myrnohrad and Pokrovsk on Tuesday and infiltrated the "
            "south-eastern part of Rivne, a blogger wrote.")
    got = ruled(text)
    assert ("attack", "UKR-327") in got
    assert not any(region == "UKR-286" for _, region in got)


def test_far_city_struck_stays_the_city():
    # near miss: a strike, not ground forces entering a part of it
    text = ("Fighting went on near Myrnohrad and Pokrovsk. Overnight a drone hit the "
            "south-eastern part of Rivne, the mayor said.")
    assert ("attack", "UKR-286") in ruled(text)


def test_formations_operationally_surrounded_are_attacked():
    text = ("Near Kupiansk, Russian troops have operationally surrounded the Ukrainian units "
            "still holding the railway station, the ministry said.")
    assert ("attack", "UKR-328") in ruled(text)


def test_town_surrounded_by_hills_is_no_attack():
    # near miss: a passive of landscape, no forces ringing units
    text = "Kupiansk is surrounded by hills and forests along the Oskil river."
    assert ("attack", "UKR-328") not in ruled(text)


def test_charge_made_many_times_is_no_event():
    text = ("The government has accused the militia many times of using drones against "
            "hospitals in El Obeid and Kadugli.")
    assert not any(t == "attack" for t, _ in ruled(text))


def test_single_accusation_stays_an_attack():
    # near miss: one accusation of one strike
    text = "The government accused the militia of using drones against a hospital in El Obeid on Friday."
    assert any(t == "attack" for t, _ in ruled(text))


def test_assault_judged_to_make_no_sense_is_no_event():
    text = "The analyst said an assault on Huliaipole would make little sense for the Russians now."
    assert not any(t == "attack" for t, _ in ruled(text))


def test_places_hit_pointed_back_at_are_no_new_attack():
    text = ("Of the towns hit, Kidal drew the most notice, since it lies close to the Algerian "
            "border.")
    assert not any(t == "attack" for t, _ in ruled(text))


def test_aside_adverb_before_report_names_no_source():
    text = ("Local radio stations did, however, report an attack on Sunday night against a "
            "gold mine in the Kayes region.")
    assert ("attack", "MLI-2793") in ruled(text)


def test_inverted_source_after_comma_still_read():
    # near miss: the verb after a plain comma names its source after it
    text = "Gunmen attacked a gold mine in the Kayes region on Sunday, said a local official."
    assert ("attack", "MLI-2793") in ruled(text)


def test_analytical_maps_showing_a_village_held_are_no_papers_seized():
    text = ("The analytical maps of a monitoring group, meanwhile, showed the village of "
            "Tyotkino as still held by Russian forces.")
    assert "document_seizure" not in trigger_types(text)


def test_maps_seized_from_a_prisoner_stay_papers_seized():
    # near miss: maps taken, not maps read
    text = "Ukrainian soldiers seized maps and documents from a captured officer near Tyotkino."
    assert "document_seizure" in trigger_types(text)
