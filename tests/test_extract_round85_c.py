"""Round 85 (c): foreign forces told fighting on a side at a place, "deployed to the
region" naming the region again, a capital setting out to do something as an actor, and the start of a
war told with an aside before its verb."""

from geoapp.extract.acting import acts
from geoapp.extract.modality import SINCE_THE_WAR_BEGAN
from geoapp.geocode import Match
from tests.extract_helpers import ruled


def test_foreign_troops_fighting_on_a_side_at_a_place_are_seen_there():
    text = ("Chadian soldiers fighting on the junta's side near Gao were ambushed on "
            "Tuesday, the army said.")
    assert ("unit_sighting", "MLI-2690") in ruled(text)
    text = "Belarusian soldiers are fighting on the side of Kyiv in the Kharkiv region, officials said."
    assert ("unit_sighting", "UKR-328") in ruled(text)


def test_fighting_on_a_side_with_no_place_sees_no_one():
    text = "Chadian soldiers are fighting on the junta's side, the army said on Tuesday."
    assert not any(t == "unit_sighting" for t, _ in ruled(text))


def test_forces_deployed_to_the_region_are_in_the_region_named_last():
    text = ("Fighting went on in the Belgorod region on Sunday. Shelling hit the city of "
            "Kursk on Monday. Some 30,000 troops have been deployed to the region.")
    assert ("troop_deployment", "RUS-2370") in ruled(text)
    # "to the city" names no region again: the city told last
    text = text.replace("to the region", "to the city")
    assert ("troop_deployment", "RUS-2362") in ruled(text)


def test_a_capital_setting_out_to_do_something_acts():
    moscow = Match(query="Moscow", matched_name="Moscow", name="Moscow", kind="place",
                   adm1_code="RUS-2365", admin1="Moscow City", country="RU", lon=37.6,
                   lat=55.7, geo_precision="exact", score=1.0, population=10_000_000)
    assert acts(moscow, " clearly means to win back the territory", "")
    assert acts(moscow, " aims to retake the area", "")
    assert not acts(moscow, " clearly saw heavy rain overnight", "")


def test_the_start_of_a_war_told_with_an_aside_before_its_verb():
    assert SINCE_THE_WAR_BEGAN.search(
        "killed since the war, sparked by a dispute over the army's command, began in 2023")
    assert SINCE_THE_WAR_BEGAN.search("killed since the war began in 2023")
    # an aside that never reaches the verb of a start is no start of the war
    assert not SINCE_THE_WAR_BEGAN.search(
        "killed since the war, the worst in decades, according to officials")
