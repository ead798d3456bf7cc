"""Wordings of round one hundred and twenty-eight (a), each sentence written fresh (not
corpus text): a place taken told with what it is worth before its name ("retook the
strategic X area", "captured the besieged X") is ground taken, as "the town of X" is; a
taking only planned stays no capture."""

from __future__ import annotations

from tests.extract_helpers import ruled

SENNAR = "SDN-880"


# a name told with what it is worth, right after the verb that took it

def test_the_strategic_area_retaken_is_a_capture() -> None:
    text = ("Army units retook the strategic Jebel Moya area on Thursday after two days of "
            "fighting with the paramilitaries.")
    assert ("capture", SENNAR) in ruled(text)


def test_the_strategic_area_only_meant_to_be_retaken_is_no_capture() -> None:
    text = ("The army's commanders said they intend to retake the strategic Jebel Moya area "
            "in the coming weeks.")
    assert ("capture", SENNAR) not in ruled(text)


def test_people_taken_back_to_the_strategic_area_take_no_ground() -> None:
    text = ("Buses took back dozens of displaced families to the strategic Jebel Moya area on "
            "Thursday, aid workers said.")
    assert ("capture", SENNAR) not in ruled(text)
