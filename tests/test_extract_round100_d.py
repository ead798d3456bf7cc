"""Wordings of round one hundred (d), each sentence written fresh (not corpus text): people
counted right after the capture verb, alone or paired with the hurt ("had captured or
wounded about 30 people"), are taken, a capture; people a camera "captured" uncounted are
no one taken."""

from __future__ import annotations

from tests.extract_helpers import ruled

AMHARA = "ETH-3109"


# people counted right after "captured": a capture

def test_people_captured_or_wounded_counted_are_a_capture() -> None:
    text = ("The army said on Sunday it had captured or wounded about 30 people in the "
            "Amhara region during a week of raids.")
    assert ("capture", AMHARA) in ruled(text)


def test_people_a_camera_captured_are_no_capture() -> None:
    text = ("A camera mounted on a mast in the Amhara region captured people walking to "
            "the market on Sunday.")
    assert ("capture", AMHARA) not in ruled(text)
