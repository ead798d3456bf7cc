"""Wordings of round one hundred and one (f), each sentence written fresh (not corpus
text): forces a side took, told by where they had stood in a relative clause ("captured
all the troops who were deployed in X"), are the capture's object, no deployment; a
communiqué's summary rows of tolls that run on from the row telling the strike ("- enemy
losses: …", "- friendly losses: …") are that strike's tolls; a present clause joined after
a dated one ("…on 2 January, and the two sides are now clashing in X") is not dated by
it; a "since" clause telling the start of a fresh round of attacks ("ever since gunmen
launched a fresh round of attacks in X, …") tells attacks running on to now, news."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled

KACHIN = "MMR-3296"
TILLABERI = "NER-4859"
SAGAING = "MMR-3302"
KIDAL = "MLI-2689"


# forces taken, told by where they had stood

def test_troops_taken_where_they_were_deployed_are_no_deployment() -> None:
    text = ("The rebels said on Sunday they had captured all the troops who were deployed in "
            "Hpakant township, Kachin State, and the town is now theirs.")
    found = ruled(text)
    assert ("capture", KACHIN) in found
    assert ("troop_deployment", KACHIN) not in found


def test_battalions_sent_and_deployed_stay_a_deployment() -> None:
    text = ("The army said on Sunday it had sent more battalions, which were deployed in Hpakant "
            "township, Kachin State, to hold the town.")
    assert ("troop_deployment", KACHIN) in ruled(text)


# a communiqué's summary rows of tolls

_OPENING = ("Communique of the General Staff\n\n"
            "1. On Friday a unit of the Defence and Security Forces at Ayorou, Tillabéry "
            "region, came under attack.\n\n")


def test_summary_rows_of_tolls_after_the_strike_row_are_its_toll() -> None:
    text = _OPENING + ("Summary of the engagement at Ayorou (Tillabéry):\n"
                       "- attack on the position: Friday morning;\n"
                       "- air support: strikes on the assailants;\n"
                       "- enemy losses: about 40 terrorists neutralised;\n"
                       "- friendly losses: three soldiers killed, 12 wounded.\n")
    found = folded(text)
    assert ("attack", TILLABERI) in found
    assert ("casualty_report", TILLABERI) not in found


def test_summary_rows_of_tolls_with_no_strike_row_stay_a_tally() -> None:
    text = _OPENING + ("Summary of the month in Tillabéry:\n"
                       "- patrols: 40 carried out;\n"
                       "- enemy losses: about 40 terrorists neutralised;\n"
                       "- friendly losses: three soldiers killed, 12 wounded.\n")
    assert ("casualty_report", TILLABERI) in folded(text)


# a present clause after a dated one

def test_sides_now_clashing_after_a_dated_clause_is_news() -> None:
    text = ("Fighting between the army and the rebels broke out again in Sagaing Region on "
            "2 January, and the two sides are now clashing in Monywa and Shwebo.")
    assert ("attack", SAGAING) in ruled(text)


def test_sides_that_clashed_after_a_dated_clause_stay_a_recap() -> None:
    text = ("Fighting between the army and the rebels broke out again in Sagaing Region on "
            "2 January, and the two sides clashed in Monywa and Shwebo.")
    assert ("attack", SAGAING) not in ruled(text)


# a fresh round of attacks as the start a "since" clause tells

def test_since_a_fresh_round_of_attacks_began_is_news() -> None:
    text = ("Ever since gunmen launched a fresh round of attacks in Kidal, shops have stayed "
            "shut and the roads have emptied.")
    assert ("attack", KIDAL) in ruled(text)


def test_since_gunmen_attacked_stays_a_recap() -> None:
    text = "Ever since gunmen attacked Kidal, shops have stayed shut and the roads have emptied."
    assert ("attack", KIDAL) not in ruled(text)
