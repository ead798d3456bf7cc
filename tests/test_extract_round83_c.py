"""Round 83 (c), each sentence written fresh (not corpus text): the dead or wounded told as a
count that has passed or stands at a number ("now number more than", "has exceeded") are a
casualty figure; troops counted in a place by an estimate ("put the number of troops in X
at N") are a deployment; a capital's losses ("Kiev's losses") are its side's, not the
city's; and a claim told in apposition as still unconfirmed ("a claim that has not been
confirmed") is hedged."""

from __future__ import annotations

import pytest

from geoapp.extract.figures import find_figures
from tests.extract_helpers import ruled

KURSK = "RUS-2362"
KHARKIV = "UKR-328"
KYIV = "UKR-4826"


# 1. the dead or wounded told as a count that has passed a number

@pytest.mark.parametrize("text", [
    "Foreign fighters killed or wounded in the Kursk region now number more than 2,500, "
    "the defence minister said.",
    "\"The number of enemy soldiers killed and wounded near Kursk has already exceeded "
    "1,800,\" the commander wrote.",
    "Kursk: enemy dead and wounded now exceed 900",
])
def test_a_toll_told_as_passing_a_number_is_a_casualty_figure(text: str) -> None:
    assert ("casualty_report", KURSK) in ruled(text)


def test_another_count_passing_a_number_is_no_toll() -> None:
    text = ("Three soldiers were killed near Kursk and the number of displaced people has "
            "now exceeded 4,000.")
    counted = {f.quantity.text: f.category for f in find_figures(text)}
    assert counted.get("4,000") is None


# 2. troops counted in a place by an estimate are a deployment

def test_troops_counted_in_a_place_are_a_deployment() -> None:
    text = ("Western intelligence estimates put the number of Russian troops in the Kharkiv "
            "region at about 40,000.")
    assert ("troop_deployment", KHARKIV) in ruled(text)


@pytest.mark.parametrize("text", [
    "The number of Russian troops in the Kharkiv region is not known.",
    "The number of Ukrainian soldiers in captivity in the Kharkiv region is about 300.",
])
def test_troops_uncounted_or_held_are_no_deployment(text: str) -> None:
    assert ("troop_deployment", KHARKIV) not in ruled(text)


# 3. a capital's losses are its side's, not the city's

def test_a_capitals_losses_place_nothing_in_the_capital() -> None:
    text = "Russian units held their lines, and Kiev's losses came to up to 320 servicemen."
    assert ("casualty_report", KYIV) not in ruled(text)


def test_a_capitals_losses_near_a_named_place_stay_there() -> None:
    text = "Kiev's losses near Kupiansk came to up to 320 servicemen, the ministry said."
    assert ("casualty_report", KHARKIV) in ruled(text)


# 4. a claim told in apposition as still unconfirmed is hedged

def test_a_claim_that_has_not_been_confirmed_is_hedged() -> None:
    text = ("The governor said their losses near Kursk topped 700, a claim that has also not "
            "been confirmed.")
    assert ("casualty_report", KURSK) not in ruled(text)


def test_a_claim_since_confirmed_stays_news() -> None:
    text = "The governor said on Monday that their losses near Kursk topped 700."
    assert ("casualty_report", KURSK) in ruled(text)
