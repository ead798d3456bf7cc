"""Wordings of round one hundred and thirty-seven (b), each sentence written fresh (not
corpus text): a town its paragraph lists with towns of its own region gives way to no
hamlet namesake of a region the paragraph names only for another place, where the
paragraph's towns all lie by the town and far from the hamlet; forces that "are helping to"
do a deed are doing it, where "helped to" and "will be helping to" stay no deed."""

from __future__ import annotations

from tests.extract_helpers import folded

ZAPORIZHZHIA = "UKR-331"
DNIPROPETROVSK = "UKR-326"


def test_a_town_listed_with_a_town_of_its_region_stays_there() -> None:
    text = ("Russian units shelled the outskirts of Polohy and Huliaipole on Tuesday, a "
            "regional official said, wounding four civilians. The fire came from positions "
            "that Russia uses to threaten the road to the town of Mezhova in "
            "Dnipropetrovsk province.")
    read = folded(text)
    assert ("attack", DNIPROPETROVSK) not in read
    assert ("attack", ZAPORIZHZHIA) in read


def test_a_town_listed_with_a_town_by_its_namesake_keeps_the_old_reading() -> None:
    text = ("Russian drones struck Pavlohrad and Huliaipole on Tuesday, a regional official "
            "said, wounding four civilians in Dnipropetrovsk province.")
    read = folded(text)
    assert ("attack", DNIPROPETROVSK) in read
    assert ("attack", ZAPORIZHZHIA) not in read


KURSK = "RUS-2362"


def test_forces_helping_to_clear_mines_are_seen_there() -> None:
    text = ("Chinese engineers are now helping to clear mines around Tyotkino in the Kursk "
            "region, the regional governor told reporters on Friday.")
    assert ("unit_sighting", KURSK) in folded(text)


def test_forces_that_will_be_helping_to_clear_mines_are_not_seen_yet() -> None:
    text = ("Chinese engineers will be helping to clear mines around Tyotkino in the Kursk "
            "region, the regional governor told reporters on Friday.")
    assert ("unit_sighting", KURSK) not in folded(text)
