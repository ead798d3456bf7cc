"""Round 89 (c): forces told as having played a part in a fight were there (a unit
sighting); a modal whose subject is the toll of a deed ("the death toll from the attack
could be above 500") estimates the figure, the deed stays told as done; an offensive or
operation, not its troops, told as advancing into a place is an attack there, not a
deployment; and forces mobilised for a push on a place are a deployment against it."""

from __future__ import annotations

from tests.extract_helpers import ruled, trigger_types

ROLE = ("Heavy fighting went on in the Kupiansk district of Kharkiv region on Sunday. "
        "Paratroopers, long praised by state television for their discipline, had played "
        "a decisive role in the battle, the general said.")
ROLE_TALKS = ("Heavy fighting went on in the Kupiansk district of Kharkiv region on Sunday. "
              "The envoy had played a decisive role in the talks, the general said.")


def test_forces_that_played_a_role_in_the_battle_are_seen_there() -> None:
    assert ("unit_sighting", "UKR-328") in ruled(ROLE)  # Kharkiv


def test_a_role_in_talks_or_by_no_force_sees_no_unit() -> None:
    assert "unit_sighting" not in trigger_types(ROLE_TALKS)
    assert "unit_sighting" not in trigger_types(
        "The mayor played a key role in the battle for the town of Izium.")


TOLL_ESTIMATE = ("Survivors were taken to Kaya, where an official said the death toll from "
                 "the attack could be above 40.")
TOLL_MAY = ("Survivors reached Kaya, where a nurse said the number of dead in the raid may "
            "well be higher.")
ATTACK_TO_COME = ("Survivors were taken to Kaya, where an official said a new attack could "
                  "follow within days.")


def test_a_toll_estimated_with_a_modal_leaves_its_deed_told() -> None:
    assert ("attack", "BFA-2825") in ruled(TOLL_ESTIMATE)  # Centre-Nord
    assert ("attack", "BFA-2825") in ruled(TOLL_MAY)


def test_a_deed_itself_under_the_modal_stays_a_forecast() -> None:
    assert ("attack", "BFA-2825") not in ruled(ATTACK_TO_COME)


OFFENSIVE_ADVANCING = ("Rebel commanders said the third phase of the offensive was advancing "
                       "into the Sagaing Region.")
TROOPS_ADVANCING = "Rebel commanders said their troops were advancing into the Sagaing Region."
NEW_PHASE = "Rebel commanders said the operation was advancing into its third phase."


def test_an_offensive_advancing_into_a_place_is_an_attack() -> None:
    found = ruled(OFFENSIVE_ADVANCING)
    assert ("attack", "MMR-3302") in found  # Sagaing
    assert not any(t == "troop_deployment" for t, _ in found)


def test_troops_advancing_or_an_operation_entering_a_phase_stay_as_they_were() -> None:
    assert "troop_deployment" in trigger_types(TROOPS_ADVANCING)
    assert "attack" not in trigger_types(TROOPS_ADVANCING)
    assert not trigger_types(NEW_PHASE)


MOBILISED = ("For the offensive to recapture Wad Madani, troops were mobilised from "
             "several towns of Gezira state, the army said.")
CALL_UP = "The government said troops were mobilised across the country in a general mobilisation."


def test_forces_mobilised_for_a_push_on_a_place_are_deployed() -> None:
    assert ("troop_deployment", "SDN-875") in ruled(MOBILISED)  # Gezira


def test_a_country_wide_call_up_deploys_no_one() -> None:
    assert "troop_deployment" not in trigger_types(CALL_UP)
