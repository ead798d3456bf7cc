"""Wordings of round one hundred and twenty-two (b), each sentence written fresh (not corpus
text): armed people stopped by a force ("a patrol intercepted four bandits", "soldiers
intercepted a pick-up carrying armed men") are taken, a capture; drones or missiles
intercepted are no one taken."""

from __future__ import annotations

from tests.extract_helpers import ruled

DIFFA = "NER-796"
TILLABERI = "NER-4859"


# armed people intercepted by a force

def test_armed_men_intercepted_are_a_capture() -> None:
    text = ("Niger's army said on Tuesday that a patrol near Diffa had intercepted four bandits "
            "on Monday evening.")
    assert ("capture", DIFFA) in ruled(text)


def test_a_vehicle_carrying_armed_men_intercepted_is_a_capture() -> None:
    text = ("In the Tillaberi region, Nigerien soldiers on Monday intercepted a pick-up carrying "
            "armed men heading for the border.")
    assert ("capture", TILLABERI) in ruled(text)


def test_drones_intercepted_are_no_capture() -> None:
    text = ("Niger's army said on Tuesday that air defences near Diffa had intercepted four "
            "drones launched by militants on Monday evening.")
    assert ("capture", DIFFA) not in ruled(text)
