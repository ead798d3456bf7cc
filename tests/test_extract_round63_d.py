"""Round 63 (d): a claim named again in apposition with who rejects it, the writer's
"supposedly", a cue noun naming a plan, a deed told by a noun marked as earlier, a claim
put with "asserted", people counted as reaching camps, and a toll told with its strike in
a "when" clause."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled


def test_claim_in_apposition_rejected_is_denied():
    text = ("The rebels said on Monday they now hold the town of Kadugli in South Kordofan, "
            "an assertion the army flatly rejected.")
    assert ("capture", "SDN-882") not in ruled(text)


def test_claim_in_apposition_repeated_stays_news():
    # near miss: an apposition that does not reject the claim leaves it a claim
    text = ("The rebels said on Monday they now hold the town of Kadugli in South Kordofan, "
            "a claim the army did not address.")
    assert ("capture", "SDN-882") in ruled(text)


def test_apposition_rejects_only_the_clause_before_it():
    # near miss: the rejection answers the capture told in the relative clause, not the
    # attacks of the main clause
    text = ("Soldiers were fending off assaults near the town of Kadugli in South Kordofan on "
            "Monday, which the rebels said they had captured, a claim the army rejects.")
    assert ("attack", "SDN-882") in ruled(text)


def test_supposedly_hedges_a_named_sources_claim():
    text = ("Ukrainian troops have supposedly pulled out of the village of Sudzha in the "
            "Kursk region, according to the Russian defence ministry.")
    assert ("capture", "RUS-2362") not in ruled(text)


def test_withdrawal_claim_without_supposedly_stays():
    text = ("Ukrainian troops have pulled out of the village of Sudzha in the Kursk region, "
            "according to the Russian defence ministry.")
    assert ("capture", "RUS-2362") in ruled(text)


def test_deployment_plan_is_planned():
    text = ("Under the new deployment plan, some 4,000 Belarusian troops are to go to the "
            "Gomel region, the ministry said.")
    assert ("troop_deployment", "BLR-2339") not in ruled(text)


def test_deployment_done_stays():
    text = "Some 4,000 Belarusian troops were deployed to the Gomel region on Monday."
    assert ("troop_deployment", "BLR-2339") in ruled(text)


def test_earlier_attacks_are_background():
    text = ("The town of Kadugli in South Kordofan is full of families driven there by "
            "previous attacks.")
    assert ("attack", "SDN-882") not in ruled(text)


def test_attacks_on_a_day_stay_news():
    text = ("Drones struck the town of Kadugli in South Kordofan on Monday, after earlier "
            "warnings from the army.")
    assert ("attack", "SDN-882") in ruled(text)


def test_asserted_claim_is_the_sources_report():
    text = ("The general asserted that during the fighting in the Kursk region the enemy had "
            "lost no fewer than 5,000 soldiers.")
    assert ("casualty_report", "RUS-2362") in ruled(text)


def test_people_reaching_camps_are_displaced():
    text = ("Some 3,000 families have arrived at the camps around Kadugli in South Kordofan "
            "this week, the UN said.")
    assert ("other", "SDN-882") in ruled(text)


def test_fighters_reaching_camps_are_not_displaced():
    text = ("Some 300 fighters have reached the camps around Kadugli in South Kordofan this "
            "week, the UN said.")
    assert ("other", "SDN-882") not in ruled(text)


def test_toll_over_a_spell_told_with_its_strike_is_the_attacks():
    text = ("At least 25 people were killed over the weekend in the town of Kadugli in South "
            "Kordofan, when drones and artillery pounded the market.")
    assert folded(text) == [("attack", "SDN-882")]


def test_toll_over_a_spell_without_its_strike_stays_a_tally():
    # near miss: no strike told as the cause, a count over the weekend is the area's tally
    text = ("At least 25 people were killed over the weekend in the town of Kadugli in South "
            "Kordofan, the UN said.")
    assert ("casualty_report", "SDN-882") in folded(text)
