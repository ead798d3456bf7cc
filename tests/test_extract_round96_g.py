"""Wordings of long-form and analysts' copy, each sentence written fresh (not corpus text):
a running toll counted since a side "resumed its bombardment" (the report's campaign taken
up again, tied to the place the report tells it), and a side's losses "put at" a figure in
the sentence telling the engagement it lost them in (that engagement's toll, no tally)."""

from __future__ import annotations

from tests.extract_helpers import folded

GAZA, MIDDLE_SHABELLE = "GAZ+00?", "SOM-2410"

STRIKE = ("Israeli drones struck a school in Khan Younis on Saturday, killing four people.\n\n"
          "The school had housed displaced families for months.\n\n")


# 1. a toll counted since a campaign was resumed is that campaign's running tally, in the
# place the report tells it, not the toll of the strike told before

def test_toll_since_bombardment_resumed_is_a_tally_in_the_theatre():
    text = STRIKE + ("Since the army resumed its bombardment on Monday, at least 210 "
                     "Palestinians have been killed.")
    assert folded(text).count(("casualty_report", GAZA)) == 1
    assert ("attack", GAZA) in folded(text)


def test_toll_since_a_bare_day_stays_unplaced():
    text = STRIKE + "Since Monday, at least 210 Palestinians have been killed."
    assert ("casualty_report", GAZA) not in folded(text)


# 2. a side's losses put at a figure beside the attack it repelled are that attack's toll

def test_losses_put_at_beside_a_repelled_attack_fold_into_it():
    text = ("The army says it repelled the attackers in Balcad in Middle Shabelle; the ministry "
            "puts the militants' losses at more than 60 killed.")
    assert folded(text) == [("attack", MIDDLE_SHABELLE)]


def test_losses_put_at_over_months_stay_a_tally():
    text = ("Gunmen attacked an army post in Balcad in Middle Shabelle on Tuesday. The ministry "
            "puts the militants' losses at more than 600 killed since January.")
    assert ("casualty_report", MIDDLE_SHABELLE) in folded(text)
