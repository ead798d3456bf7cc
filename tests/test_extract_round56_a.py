"""Wordings real reports used that the rules misread, each written fresh (not corpus text):
a warning whose content is a state of now, a force put to flight told with its count,
a force's presence told as recorded, a force trained on another country's soil, people
made to take part by a force, and the toll told as the result of attacks over some days."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled, trigger_types

DONETSK, KURSK, RAKHINE, GEZIRA, BARSALOGHO = "UKR-327", "RUS-2362", "MMR-3273", "SDN-875", "BFA-2825"


def test_a_warning_of_a_state_of_now_is_news() -> None:
    found = ruled("The governor warned on Friday that Kramatorsk and nearby villages of the "
                  "Donetsk region were under the heaviest Russian assaults in months.")
    assert ("attack", DONETSK) in found
    # a warning of what is to come stays a forecast
    assert ("attack", DONETSK) not in ruled(
        "The governor warned on Friday that Russian troops would launch new assaults on "
        "Kramatorsk in the Donetsk region.")


def test_a_counted_force_sent_fleeing_is_routed_not_deployed() -> None:
    found = ruled("The rebels overran the post near Maungdaw in Rakhine State on Monday, "
                  "sending several dozen army soldiers fleeing across the river.")
    assert ("troop_deployment", RAKHINE) not in found
    # forces sent to a place stay a deployment
    assert ("troop_deployment", RAKHINE) in ruled(
        "The army sent several dozen soldiers to Maungdaw in Rakhine State on Monday.")


def test_a_force_whose_presence_was_recorded_is_seen() -> None:
    found = ruled("Intelligence officials said the first foreign units had already reached "
                  "the front, and that their presence in the Kursk region was recorded on "
                  "Monday.")
    assert ("unit_sighting", KURSK) in found
    # their losses recorded see no one
    assert ("unit_sighting", KURSK) not in ruled(
        "Intelligence officials said the first foreign units had already reached the front, "
        "and that their losses in the Kursk region were recorded on Monday.")


def test_a_force_trained_on_another_countrys_soil_is_deployed_there() -> None:
    found = ruled("The president said on Monday that the North had trained three brigades "
                  "of 4,000 soldiers each inside Russia.")
    assert ("troop_deployment", "RU") in found
    # soldiers trained in a skill, or sent without training, are not placed by it
    assert ("troop_deployment", "RU") not in ruled(
        "The president said on Monday that Russia had trained the soldiers to use drones.")


def test_people_made_to_take_part_by_a_force_see_no_force() -> None:
    found = ruled("Residents said on Monday that in Barsalogho the commanders of the army "
                  "detachment forced the villagers to take part in digging the trench.")
    assert ("unit_sighting", BARSALOGHO) not in found
    text = ("Residents said on Monday that in Barsalogho the commanders of the army "
            "detachment forced the villagers to take part in digging the trench.")
    assert "unit_sighting" not in trigger_types(text)
    # soldiers who take part themselves are still seen
    assert "unit_sighting" in trigger_types(
        "Residents said on Monday that soldiers of the army detachment in Barsalogho took "
        "part in digging the trench.")


def test_a_toll_told_as_the_result_of_attacks_over_days_is_theirs() -> None:
    text = ("Over the past several days the militia has carried out deadly attacks in "
            "Gezira, killing dozens of civilians and forcing thousands to flee.")
    assert ("casualty_report", GEZIRA) in ruled(text)
    assert folded(text) == [("attack", GEZIRA)]
