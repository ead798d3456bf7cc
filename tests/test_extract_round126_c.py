"""Wordings of round one hundred and twenty-six (c), each sentence written fresh (not corpus
text): people counted as the men of a formation named by its common noun ("six soldiers of
the battalion", "six members of the company", "six of the battalion's members") are a
force's losses; such losses counted "during the deployment", with no place of their own,
are placed where the report told the deployment, not where the speaker stood."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
KHERSON = "UKR-4827"
KYIV = "UKR-4826"


# the men of a formation named by its common noun

def test_soldiers_of_the_battalion_killed_are_a_casualty_report() -> None:
    text = "Six soldiers of the battalion were killed near Bakhmut."
    assert ("casualty_report", DONETSK) in ruled(text)


def test_members_of_the_company_killed_are_a_casualty_report() -> None:
    text = "Six members of the company were killed near Bakhmut."
    assert ("casualty_report", DONETSK) in ruled(text)


def test_members_of_a_parliament_are_no_formation() -> None:
    text = "Six members of parliament were killed near Bakhmut."
    assert ("casualty_report", DONETSK) not in ruled(text)


def test_members_of_the_company_promoted_are_no_casualties() -> None:
    text = "Six members of the company were promoted near Bakhmut."
    assert ("casualty_report", DONETSK) not in ruled(text)


# losses counted during a deployment told before

def test_losses_during_the_deployment_are_placed_where_it_was() -> None:
    text = ("The engineers came home after a 90-day deployment that included clearing mines "
            "in the Kherson region. The ceremony was held in Kyiv. The commander admitted "
            "that the unit had suffered losses, saying six of the battalion's members were "
            "killed during the deployment.")
    found = ruled(text)
    assert ("casualty_report", KHERSON) in found
    assert ("casualty_report", KYIV) not in found


def test_losses_with_no_deployment_told_stay_where_the_speaker_stood() -> None:
    text = ("The ceremony was held in Kyiv. The commander admitted that the unit had suffered "
            "losses, saying six soldiers were killed during the deployment.")
    assert ("casualty_report", KYIV) in ruled(text)
