"""Wordings of round one hundred and seventeen (b), each sentence written fresh (not corpus
text): control that a force has tried or sought to regain ("has tried to regain full control
of the town") is an aim, as "tried to retake" is, not a capture; a taking told as the
pattern of another fight ("the same way as when they took X") is a comparison, not news."""

from __future__ import annotations

from tests.extract_helpers import ruled

NORTH_KIVU = "COD-1898"
ZAPORIZHZHIA = "UKR-331"


# control sought, not won

def test_control_a_force_tried_to_regain_is_no_capture() -> None:
    text = ("In recent days, the militia has tried to regain full control of the town of Sake "
            "in North Kivu.")
    assert ("capture", NORTH_KIVU) not in ruled(text)


def test_control_a_force_sought_to_take_back_is_no_capture() -> None:
    text = "The rebels sought to take back control of the town of Sake in North Kivu on Monday."
    assert ("capture", NORTH_KIVU) not in ruled(text)


def test_control_regained_stays_a_capture() -> None:
    text = "The militia has regained full control of the town of Sake in North Kivu."
    assert ("capture", NORTH_KIVU) in ruled(text)


# a taking told as the model of another fight

def test_a_taking_named_as_when_is_no_capture() -> None:
    text = ("At Robotyne our troops worked the same way as when they took Verbove in "
            "Zaporizhzhia Oblast: first the defences are broken, then comes the assault.")
    assert ("capture", ZAPORIZHZHIA) not in ruled(text)


def test_a_taking_told_with_when_stays_a_capture() -> None:
    text = "Russian troops took Verbove in Zaporizhzhia Oblast when the defences collapsed."
    assert ("capture", ZAPORIZHZHIA) in ruled(text)
