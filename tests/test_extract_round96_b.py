"""Round 96 (b): a state told again by its kind and bearing, and a killing told with the
attacks that did it as its manner."""

from tests.extract_helpers import folded, ruled

# a state named again as "the east-central state" is the state named just before
STATE_AGAIN = (
    "Militiamen stormed several villages in Sudan's White Nile state on Sunday, residents "
    "said.\n\nAt least 60 people were abducted by the militia in the southern state, a local "
    "rights group said.")
# near miss: "the state" as a government names no place
STATE_GOVERNMENT = (
    "Militiamen stormed several villages in Sudan's White Nile state on Sunday, residents "
    "said.\n\nAt least 60 people were abducted by the militia as enemies of the state, a "
    "local rights group said.")


def test_state_named_again_by_its_bearing_places_the_capture():
    assert ("capture", "SDN-879") in ruled(STATE_AGAIN)


def test_state_as_a_government_places_nothing():
    assert ("capture", "SDN-879") not in ruled(STATE_GOVERNMENT)


# the killing told first, the attacks that did it as its manner: the attacks' toll
KILLED_CARRYING_OUT = (
    "Gunmen have killed more than 60 villagers in Nigeria's Benue state over the past week, "
    "carrying out a wave of night raids on farming settlements.")
# near miss: a force's losses over a spell stay a tally
LOSSES_OVER_WEEK = (
    "The army has lost more than 60 soldiers in Nigeria's Benue state over the past week, "
    "officials said.")


def test_killing_told_with_its_attacks_folds_into_them():
    found = folded(KILLED_CARRYING_OUT)
    assert ("attack", "NGA-2846") in found
    assert ("casualty_report", "NGA-2846") not in found


def test_losses_over_a_week_stay_a_tally():
    assert ("casualty_report", "NGA-2846") in folded(LOSSES_OVER_WEEK)
