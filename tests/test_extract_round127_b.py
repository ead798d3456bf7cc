"""Wordings of round one hundred and twenty-seven (b), each sentence written fresh (not
corpus text): a force told as fighting another right now ("troops were fighting RSF
fighters in the southern parts of the city") attacks there, as "fought" did, not forces
told only as fighting ("are fighting and taking losses in X"); the fighting told as having
killed thousands while it uprooted millions ("the fighting has killed more than 15,000
people and displaced 11 million") is the whole war's toll, context and no casualty report,
unlike the fighting's toll counted in one country."""

from __future__ import annotations

from tests.extract_helpers import ruled

KHARTOUM = "SDN-874"
KURSK = "RUS-2362"
SUDAN = "SD"
LEBANON = "LB"


# a force told as fighting another, in the progressive

def test_troops_fighting_a_named_force_in_a_town_attack_it() -> None:
    text = ("A military spokesman said army units were fighting RSF paramilitaries in the "
            "southern districts of Omdurman on Sunday.")
    assert ("attack", KHARTOUM) in ruled(text)


def test_troops_told_as_fighting_and_taking_losses_attack_nothing() -> None:
    text = ("The Pentagon said on Monday that foreign troops are fighting and taking heavy "
            "losses in Kursk Oblast.")
    assert ("attack", KURSK) not in ruled(text)


# the fighting's toll told with the millions it uprooted

def test_the_fightings_toll_told_with_millions_uprooted_is_the_wars() -> None:
    text = ("Aid agencies estimate that the fighting has killed more than 15,000 people and "
            "displaced 11 million in Sudan.")
    assert ("casualty_report", SUDAN) not in ruled(text)


def test_the_fightings_toll_in_one_country_stays_a_report() -> None:
    text = "Since last autumn, the fighting has killed 620 people in Lebanon."
    assert ("casualty_report", LEBANON) in ruled(text)
