"""Wordings of round one hundred and thirty-seven (c), each sentence written fresh (not corpus
text): fighting told as breaking out in the present or the perfect ("fighting often breaks
out around it", "fighting has erupted on the edge of the town") is an attack there, as
"fighting broke out" already was, while fighting foretold stays no event; and a count of
assaults told by its daily rate before the noun itself ("the Russians carry out up to 20
assaults every day") is the front's fighting now, as "beating back 40 assaults every day"
already was, while a deed told as done every day with no count stays a habit; and a town
only just bigger than a village, listed among places of a region the report names while its
own region goes unnamed, is that region's namesake, but stays itself where the report names
its region."""

from __future__ import annotations

from tests.extract_helpers import folded

KAYAH = "MMR-2473"
DONETSK = "UKR-327"


def test_fighting_that_breaks_out_in_the_present_is_an_attack() -> None:
    text = ("The army still holds the police station in Loikaw, residents said, and fighting "
            "often breaks out around it.")
    assert ("attack", KAYAH) in folded(text)


def test_fighting_that_has_erupted_is_an_attack() -> None:
    text = "Villagers in Loikaw said fighting has erupted on the edge of their town twice this week."
    assert ("attack", KAYAH) in folded(text)


def test_fighting_foretold_stays_no_event() -> None:
    text = "Fighting will break out in Loikaw if the army moves north, the rebels warned."
    assert ("attack", KAYAH) not in folded(text)


def test_a_count_of_assaults_every_day_is_the_fighting_there() -> None:
    text = ("The Ukrainian brigade said that near Kurakhove the Russians carry out up to 20 "
            "assaults every day.")
    assert ("attack", DONETSK) in folded(text)


def test_a_deed_done_every_day_with_no_count_stays_a_habit() -> None:
    text = "The Russians attack Kurakhove every day, the brigade said."
    assert ("attack", DONETSK) not in folded(text)


KHERSON = "UKR-4827"


def test_a_small_town_listed_among_a_named_regions_villages_is_that_regions_namesake() -> None:
    text = ("Russian troops fired on nine settlements of Kherson region on Sunday, the regional "
            "military administration reported.\n\n"
            "The settlements hit included Bilozerka, Antonivka, Sofiyivka and Beryslav.")
    assert folded(text) == [("attack", KHERSON)]


def test_the_town_stays_itself_where_the_report_names_its_own_region() -> None:
    text = ("Russian troops fired on nine settlements of Kherson region on Sunday, officials "
            "said. In Donetsk region, shelling hit Sofiyivka, Bilozerka and Beryslav.")
    assert ("attack", DONETSK) in folded(text)
