"""Wordings of round one hundred and twenty-one (n), each sentence written fresh (not
corpus text): a named region in lower case told taken in a passive ("the Bryansk region
had been completely 'liberated'", "the Belgorod region was freed") is the place taken, as
"the Bryansk Region" with a capital was; a region in an active perfect ("troops sent to
the Bryansk region have taken losses") is no capture."""

from __future__ import annotations

from tests.extract_helpers import ruled

BRYANSK = "RUS-2342"
BELGOROD = "RUS-2370"


def test_a_lower_case_region_told_freed_in_a_passive_is_taken() -> None:
    text = ('The ministry also announced that the Bryansk region had been completely '
            '"liberated".')
    assert ("capture", BRYANSK) in ruled(text)


def test_a_lower_case_region_in_a_plain_passive_is_taken() -> None:
    assert ("capture", BELGOROD) in ruled("The governor said the Belgorod region was freed.")


def test_a_region_before_an_active_perfect_is_no_capture() -> None:
    text = "Troops sent to the Bryansk region have taken heavy losses this month."
    assert ("capture", BRYANSK) not in ruled(text)
