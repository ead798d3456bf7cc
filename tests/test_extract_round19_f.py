"""Wordings of retold news, each sentence written fresh (not corpus text): a small town
named bare in a headline and placed with its region in the body; a country that holds off
the other side's assaults on a stretch of front the report has just placed; ground gained
told by its depth; the toll of a few days of fighting told as the fighting's; fighting told
by a word for its return or its violence."""

from __future__ import annotations

from tests.extract_helpers import places, ruled

NORTH_DARFUR, NORTH_KORDOFAN = "SDN-881", "SDN-883"


# 1. a town the body places with its region is that place in the headline too

def test_a_headline_town_placed_with_its_region_in_the_body_keeps_that_place() -> None:
    text = ("Shelling hits El Fasher as RSF says it has seized Um Sumeima\n\n"
            "Shelling hit El Fasher, the capital of North Darfur, on Sunday, while the RSF "
            "announced that it had seized the village of Um Sumeima in North Kordofan.")
    found = ruled(text)
    assert ("capture", NORTH_DARFUR) not in found
    assert ("capture", NORTH_KORDOFAN) in found
    assert ("attack", NORTH_DARFUR) in found


# 2. a country holding off the other side acts; the fight is where the report just was

KHARKIV = "UKR-328"


def test_a_country_that_fought_off_assaults_is_no_event_place() -> None:
    text = ("Russian troops pressed on towards the town of Kupiansk in the Kharkiv region on "
            "Monday. Kyiv says Ukraine fought off 31 Russian assaults there.")
    assert ("attack", KHARKIV) in ruled(text)


def test_assaults_on_this_stretch_of_the_front_lie_where_the_report_just_was() -> None:
    text = ("Russian troops pressed on towards the town of Kupiansk in the Kharkiv region on "
            "Monday. The General Staff says its units repelled 31 Russian assaults on this "
            "stretch of the front.")
    assert ("attack", KHARKIV) in ruled(text)


# 3. ground gained measured by its depth

ZAPORIZHZHIA = "UKR-331"


def test_metres_gained_around_a_village_are_ground_taken() -> None:
    text = ("The monitoring group said on Thursday that Russian units had gained about 800 metres "
            "around Mala Tokmachka in the Zaporizhzhia region.")
    assert ("capture", ZAPORIZHZHIA) in ruled(text)


def test_the_reach_of_a_missile_is_no_ground_gained() -> None:
    text = ("Officials in the Zaporizhzhia region said on Thursday that the army had gained "
            "missiles with a range of 300 km.")
    assert not any(kind == "capture" for kind, _ in ruled(text))


# 4. the toll of a few days of fighting is the fighting's, not a tally

ITURI = "COD-1559"


def test_fighting_that_went_on_for_days_killing_people_is_one_attack_with_its_toll() -> None:
    text = ("Fighting between rival militias in Ituri province has intensified over the past "
            "three days, killing at least 40 people, a monitoring group said on Monday.")
    found = places(text)
    assert ("casualty_report", ITURI) not in found
    assert ("attack", ITURI) in found


def test_villagers_killed_in_days_of_clashes_are_the_clashes_toll() -> None:
    text = ("At least 40 villagers were killed in three days of clashes between rival militias "
            "in Ituri province, a monitoring group said on Monday.")
    assert places(text) == [("attack", ITURI)]


# 5. fighting told by a word for its return or its violence

def test_renewed_fighting_in_a_territory_is_an_attack_there() -> None:
    text = ("Renewed fighting broke out on Tuesday between the army and the rebels in Ituri "
            "province, local officials said.")
    assert ("attack", ITURI) in ruled(text)


def test_violent_fighting_at_a_town_is_an_attack_there() -> None:
    text = ("Violent fighting between the army and the militia shook the town of Bunia on "
            "Thursday, residents said.")
    assert ("attack", ITURI) in ruled(text)
