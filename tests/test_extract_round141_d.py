"""Wordings of round one hundred and forty-one (d), each sentence written fresh (not corpus
text): ground taken measured by its area, told as more of it ("one more square kilometre",
"another square kilometre"), is a capture as a bare area is; an area mined stays none."""

from __future__ import annotations

from tests.extract_helpers import folded

DONETSK = "UKR-327"


def test_more_square_kilometres_taken_is_a_capture() -> None:
    text = ("On the Toretsk direction, Ukrainian defenders freed one more square kilometre "
            "over the past week, the deputy minister reported.")
    assert ("capture", DONETSK) in folded(text)


def test_another_square_kilometre_taken_is_a_capture() -> None:
    text = ("Near Toretsk, Ukrainian units won back another square kilometre over the "
            "past week, the brigade's spokesman said.")
    assert ("capture", DONETSK) in folded(text)


def test_more_square_kilometres_mined_is_no_capture() -> None:
    text = ("Russian sappers mined two more square kilometres near Toretsk this week, "
            "the General Staff said.")
    assert ("capture", DONETSK) not in folded(text)
