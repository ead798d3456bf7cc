"""Wordings of briefings, wires and long-form pieces, each sentence written fresh (not
corpus text): an earlier incident a strike brings to mind."""

from __future__ import annotations

import pytest

from tests.extract_helpers import ruled

SAGAING, MAGWAY = "MMR-3302", "MMR-3276"


# 1. an earlier incident a strike brings to mind is a recap

@pytest.mark.parametrize("text", [
    "The air strike on Kalay village in Sagaing Region brings back memories of an incident "
    "in Magway Region, in which hundreds of civilians lost their lives.",
    "The air strike on Kalay village in Sagaing Region is reminiscent of an incident in "
    "Magway Region, in which hundreds of civilians lost their lives.",
])
def test_an_incident_recalled_is_no_news(text: str) -> None:
    found = ruled(text)
    assert ("attack", SAGAING) in found
    assert ("casualty_report", MAGWAY) not in found


def test_a_toll_told_plainly_stays_news() -> None:
    assert ("casualty_report", MAGWAY) in ruled(
        "Hundreds of civilians lost their lives in Magway Region on Monday.")
