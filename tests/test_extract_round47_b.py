"""Round forty-seven (b): "the village" named again by its kind alone ("repelled attacks in
the vicinity of the village") is the village last named as an event's place, not the country
of the army that speaks; police officers and gendarmes sent somewhere are forces deployed."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import ruled

PUBLISHED = dt.date(2025, 3, 4)
DNIPROPETROVSK = "UKR-326"


def test_the_village_named_again_is_the_village_named_last() -> None:
    text = ("The Russian Defence Ministry said its forces had taken Dachne in the "
            "Dnipropetrovsk region.\n\nIts capital Dnipro has been under Russian strikes since "
            "2022.\n\nThe region is an industrial hub for Ukraine, and deeper Russian advances "
            "into it could hurt Kyiv's struggling military.\n\nEarlier on Monday, "
            "the general staff of the Ukrainian army said its troops had repelled Russian attacks "
            "in the vicinity of the village the day before.")
    assert ("attack", DNIPROPETROVSK) in ruled(text, PUBLISHED)

