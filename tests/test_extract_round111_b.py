"""Wordings of round one hundred and eleven (b), each sentence written fresh (not corpus
text): a side's fortifications taken back are ground taken; another country's soldiers
named in a relative clause of a force ("a battalion that included North Korean soldiers")
are seen where the force is; a withdrawal a side owns up to in a gerund ("acknowledged
pulling out of X") hands the place over."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONETSK = "UKR-327"
KURSK = "RUS-2362"


# fortifications taken

def test_fortifications_taken_back_are_a_capture() -> None:
    text = ("Ukrainian units took back enemy-held fortifications near Pleshchiivka in the "
            "Donetsk region on Tuesday.")
    assert ("capture", DONETSK) in ruled(text)


def test_fortifications_built_are_no_capture() -> None:
    text = ("Ukrainian units built new fortifications near Pleshchiivka in the Donetsk region "
            "on Tuesday.")
    assert ("capture", DONETSK) not in ruled(text)


# another country's soldiers in a relative clause of a force

def test_a_battalion_that_included_foreign_soldiers_sees_them() -> None:
    text = ("The Russian army lost a company of infantry near Plekhovo in the Kursk region on "
            "Monday, a company that included North Korean soldiers, the general staff said.")
    assert ("unit_sighting", KURSK) in ruled(text)


def test_a_battalion_that_included_its_own_soldiers_sees_nothing() -> None:
    text = ("The Russian army lost a company of infantry near Plekhovo in the Kursk region on "
            "Monday, a company that included Russian soldiers, the general staff said.")
    assert ("unit_sighting", KURSK) not in ruled(text)


# a withdrawal owned up to

def test_a_withdrawal_acknowledged_in_a_gerund_is_a_capture() -> None:
    text = ("The Ukrainian command on Thursday acknowledged withdrawing from Kurakhove in the "
            "Donetsk region.")
    assert ("capture", DONETSK) in ruled(text)


def test_a_withdrawal_under_way_stays_no_capture() -> None:
    text = ("The Ukrainian command said on Thursday its units were withdrawing from Kurakhove "
            "in the Donetsk region.")
    assert ("capture", DONETSK) not in ruled(text)
