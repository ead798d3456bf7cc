"""Wordings real reports used that the rules misread, each written fresh (not corpus text):
a force's dead counted with the side it fights on, a count told again with another hedge,
a region's adjective naming a force with its kind, a withdrawal ending a raid on a place
described at length, an advance told as a pace, forces fed into a fight, and a facility
named again by its kind and use."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled, trigger_types

KURSK, DONETSK, CHECHNYA, BAMAKO = "RUS-2362", "UKR-327", "RUS-2416", "MLI-2792"


def test_a_force_counted_with_the_side_it_fights_on_is_a_toll() -> None:
    found = ruled("Some 60 of the foreign soldiers fighting on Russia's side have been killed "
                  "in the Kursk region, a lawmaker said on Monday.")
    assert ("casualty_report", KURSK) in found
    # soldiers fighting there with no loss told count no one
    assert ("casualty_report", KURSK) not in ruled(
        "Some 60 of the foreign soldiers fighting on Russia's side have been seen "
        "in the Kursk region, a lawmaker said on Monday.")


def test_a_count_told_again_with_another_hedge_is_no_attack() -> None:
    text = ("Around 40 foreign soldiers have been killed in the Kursk region and some 300 "
            "more wounded, a lawmaker said on Monday, citing intelligence.\n\n"
            "\"We were told there have been at least 40 deaths and that the number of "
            "wounded is nearing 300,\" he said.")
    found = folded(text)
    assert ("attack", KURSK) not in found
    assert ("casualty_report", KURSK) in found
    # another count is no count told again: the toll of a deed of its own
    assert ("attack", KURSK) in folded(text.replace("at least 40", "at least 75"))


def test_a_regions_adjective_before_a_force_of_a_kind_is_no_place() -> None:
    found = ruled("In the Kursk region on Monday the troops opened fire by mistake on trucks "
                  "of a Chechen paramilitary formation and killed six of its men.")
    assert all(region != CHECHNYA for _, region in found)
    # the region named in full stays a place
    assert ("attack", CHECHNYA) in ruled(
        "On Monday drones hit trucks in the Chechen Republic and killed six men.")


def test_a_withdrawal_ending_a_raid_on_a_place_described_at_length_is_no_capture() -> None:
    found = ruled("Israeli forces pulled out of the city of Tulkarm and the refugee camp on "
                  "its eastern edge in the northern occupied West Bank on Monday after a "
                  "military operation that went on for a week.")
    assert not any(kind == "capture" for kind, _ in found)
    # a withdrawal that hands a town over stays a capture
    assert any(kind == "capture" for kind, _ in ruled(
        "The army pulled out of the town of Tulkarm in the northern occupied West Bank on "
        "Monday as the militants advanced."))


def test_an_advance_told_as_a_pace_is_no_ground_taken() -> None:
    assert "capture" not in trigger_types(
        "The troops are gaining 100 to 200 metres a day as they close in on Pokrovsk in "
        "the Donetsk region.")
    # a depth gained, told once, is ground taken
    assert ("capture", DONETSK) in ruled(
        "The troops gained 200 metres near Pokrovsk in the Donetsk region on Monday.")


def test_forces_fed_into_a_fight_are_deployed() -> None:
    found = ruled("On Monday the Russians fed fresh reserves into the battle to wear down "
                  "the brigades holding Pokrovsk in the Donetsk region.")
    assert ("troop_deployment", DONETSK) in found
    # grenades thrown into a house send no one
    assert "troop_deployment" not in trigger_types(
        "On Monday the soldiers threw grenades into a house in Pokrovsk in the Donetsk "
        "region.")


def test_a_facility_named_again_by_its_kind_and_use_is_the_site_told() -> None:
    text = ("On Monday gunmen attacked a military zone at Bamako airport, where the army's "
            "drones are kept.\n\n"
            "In a statement, the group claimed it had seized the military airport and "
            "destroyed several aircraft.")
    assert ("capture", BAMAKO) in ruled(text)
    # an airport of no use named, with no site before, is placed nowhere
    assert not any(kind == "capture" for kind, _ in ruled(
        "In a statement, the group claimed it had seized the military airport and "
        "destroyed several aircraft."))
