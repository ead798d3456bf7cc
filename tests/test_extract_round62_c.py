"""Round 62 (c): a force's losses counted from the start of one operation, a kill claim
dated to a part of a month, a place word owning the people a verb acts on, the dead and
wounded flown out, prisoners of two sides named, and civilians counted as evacuated."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled

_LOSSES = ("Heavy fighting went on in the Belgorod region on Friday, the ministry said.\n\n"
           "The ministry put Ukraine's losses {since} at 600 soldiers and 40 armoured "
           "vehicles.")


def test_losses_since_one_operation_began_stay_where_it_is_fought():
    text = _LOSSES.format(since="since the incursion began on Monday")
    kinds = ruled(text)
    assert ("casualty_report", "RUS-2370") in kinds
    assert ("casualty_report", "UA") not in kinds


def test_losses_since_the_war_began_are_the_sides_tally():
    # near miss: a count from the start of the war is the losing side's national tally
    text = _LOSSES.format(since="since the start of the war")
    assert ("casualty_report", "UA") in ruled(text)


def test_kills_dated_to_part_of_a_month_are_the_fight_not_a_tally():
    text = "Rebels said they had killed 30 soldiers near Gao in late February."
    assert folded(text) == [("attack", "MLI-2690")]


def test_kills_between_two_dates_stay_a_tally():
    # near miss: a count over stated days is a spell
    text = "Rebels said they had killed 30 soldiers near Gao between 20 and 28 February."
    assert folded(text) == [("casualty_report", "MLI-2690")]


def test_place_owning_the_people_driven_off_is_no_capture():
    text = ("Witnesses said militia fighters on Friday shelled Umm Ruwaba town, and that the "
            "bombardment had driven the town's residents to flee in their thousands.")
    assert ("capture", "SDN-883") not in ruled(text)


def test_place_taken_with_a_site_of_its_own_is_a_capture():
    # near miss: the possessive owns a site taken, not people
    text = ("Witnesses said militia fighters on Friday drove government troops out of Umm "
            "Ruwaba town and seized the town's airport.")
    assert ("capture", "SDN-883") in ruled(text)


def test_dead_and_wounded_flown_out_are_no_deployment():
    text = 'The rebels said about 20 more soldiers, "dead or wounded", were flown out to Gao.'
    assert ("troop_deployment", "MLI-2690") not in ruled(text)


def test_soldiers_flown_in_are_a_deployment():
    # near miss: men flown to a place, neither dead nor wounded nor flown out
    text = "The army said 200 more soldiers were flown by helicopter to Gao on Monday."
    assert ("troop_deployment", "MLI-2690") in ruled(text)


def test_prisoners_of_two_sides_named_are_a_capture():
    text = ("The rebels said they had taken eleven Wagner and Malian army fighters hostage "
            "near Gao and lost four of their own men.")
    assert ("capture", "MLI-2690") in ruled(text)


def test_take_far_from_hostages_is_no_capture():
    # near miss: hostages named well past the verb, in another clause
    text = ("The rebels said they had taken the road near Gao on Monday after talks on "
            "freeing the hostages failed.")
    assert ("capture", "MLI-2690") not in ruled(text)


def test_civilians_counted_as_evacuated_from_a_place_are_a_displacement():
    text = ("Nearly 5,000 civilians have now been evacuated from the border districts of the "
            "Sumy region, the governor said on Tuesday.")
    assert ("other", "UKR-325") in ruled(text)


def test_wounded_soldiers_evacuated_are_no_displacement():
    # near miss: the hurt carried to care, not civilians moved out
    text = "About 40 wounded soldiers were evacuated from the Sumy region to hospital."
    assert all(kind != "other" for kind, _ in ruled(text))


def test_civilians_brought_out_of_a_town_are_a_displacement():
    text = "The militia said it had brought more than 3,000 civilians out of Buthidaung town."
    assert ("other", "MMR-3273") in ruled(text)


def test_wounded_brought_out_to_hospital_are_no_displacement():
    # near miss: the hurt carried to care
    text = ("The militia said it had brought more than 30 wounded people out of Buthidaung "
            "town to hospital.")
    assert all(kind != "other" for kind, _ in ruled(text))
