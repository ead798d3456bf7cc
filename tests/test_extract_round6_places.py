"""Places resolved in the wrong country or taken from a mere distance, each sentence
written fresh (not corpus text): a region named by a compass word ("the Nord region",
"Est") lies in a country the report names, never in an unrelated one; a town named with
a relative word ("close to X") keeps its size, so it is not taken for a village homonym;
a place followed by a long distance ("some 650 kilometres away") is only measured
from."""

from __future__ import annotations

import pytest

from geoapp.extract.places import find_places
from geoapp.extract.roles import measures_reach, road_end
from tests.extract_helpers import places, ruled

NORTH_CM, EAST_CM = "CMR-1483", "CMR-1481"
NORTHERN_SD, PORT_SUDAN, KHARTOUM = "SDN-878", "SDN-149", "SDN-874"
GOURMA, ZONDOMA = "BFA-2184", "BFA-2818"


def _regions(text: str) -> set[str | None]:
    return {region for _, region in ruled(text)}


def _countries(text: str) -> set[str | None]:
    return {h.match.country for h in find_places(text, [], set())}


# 1. a compass-word region lies in the report's country

@pytest.mark.parametrize("text", [
    "In Burkina Faso, jihadists attacked an army post at Koumbri, in the Nord region, on "
    "Sunday, killing nine soldiers.",
    "In Burkina Faso, jihadists attacked a gendarmerie post at Kouri, in the Est region, on "
    "Sunday, killing nine gendarmes.",
    "Burkina Faso: two assaults struck the region of the Nord this week, the army said.",
])
def test_compass_region_not_resolved_in_an_unrelated_country(text):
    assert _countries(text) <= {"BF"}
    assert not any(r and r.startswith(("SDN", "CMR", "FRA")) for r in _regions(text))


@pytest.mark.parametrize(("text", "region"), [
    ("In Cameroon, Boko Haram fighters attacked a village in the Nord region on Monday, "
     "killing five civilians, officials in Garoua said.", NORTH_CM),
    ("Gunmen attacked a market in the Est region of Cameroon on Monday, killing four "
     "traders.", EAST_CM),
    ("RSF fighters attacked a village in the Northern state of Sudan on Monday, killing "
     "seven people.", NORTHERN_SD),
])
def test_compass_region_of_the_report_country_kept(text, region):
    assert region in _regions(text)


# 2. a town named with a relative word keeps its size

@pytest.mark.parametrize(("text", "region"), [
    ("In Burkina Faso, jihadists attacked a gendarmerie post at Kouri, close to Gourcy, on "
     "Sunday, killing nine gendarmes.", ZONDOMA),
    ("In Burkina Faso, the army said, militants attacked a convoy at Kouri, not far from "
     "Fada N'Gourma, and the jihadists burned six trucks.", GOURMA),
    ("In Burkina Faso, jihadists attacked an army post at Dargo, in the province of "
     "Namentenga, on Monday.\n\nThe day before, gunmen attacked a gendarmerie post at Kouri, "
     "close to Fada N'Gourma, killing twelve gendarmes.", GOURMA),
])
def test_town_near_which_an_unknown_village_lies(text, region):
    assert region in _regions(text)


# 3. a long distance after a place: the place is only measured from

@pytest.mark.parametrize("after", [
    " some 650 kilometres away, has not claimed the strike.",
    ", about 400 km (250 miles) to the south, said nothing.",
    " more than 300 miles away.",
])
def test_long_distance_after_measures_reach(after):
    assert measures_reach("The RSF, whose fighters hold positions near ", after)


@pytest.mark.parametrize("after", [" some 10 km away, on Monday.", ", on Monday.", ""])
def test_short_or_no_distance_after_places(after):
    assert not measures_reach("Shelling hit a market near ", after)


def test_far_positions_are_not_the_strike_place():
    text = ("A drone struck a fuel depot in Port Sudan on Tuesday. The RSF, whose fighters "
            "hold positions near Khartoum some 800 kilometres away, has not claimed the "
            "attack.")
    assert _regions(text) == {PORT_SUDAN}


# 4. an event told in a part of a country, then placed on a road between two towns

KAYES, BAMAKO = "MLI-2793", "MLI-2792"


@pytest.mark.parametrize(("text", "region"), [
    ("Jihadists ambushed a fuel convoy on the road between Kayes and Diema on Thursday, "
     "killing 15 drivers, security sources said.", KAYES),
    ("Jihadists ambushed a fuel convoy on the road linking Kayes to Bamako on Thursday, "
     "killing 15 drivers, security sources said.", KAYES),
    ("Gunmen attacked a bus on the highway that connects Bamako with Kati on Thursday, "
     "killing 11 passengers, security sources said.", BAMAKO),
])
def test_road_between_two_towns_is_placed_by_the_first(text, region):
    assert _regions(text) == {region}


def test_road_end_needs_a_found_first_town():
    before = "A drone struck a car on the road between Yater and "
    first = before.index("Yater")
    assert road_end(before, [(first, first + 5)])
    assert not road_end(before, [])
    assert not road_end("A drone struck a car near ", [(0, 1)])


@pytest.mark.parametrize("detail", [
    "The ambush took place on the road that links the Senegalese border to the town of "
    "Kayes.",
    "The ambush took place on the road that links the Senegalese border to the town of "
    "Kayes, an area that until then had been spared from attacks of this kind.",
])
def test_part_of_country_then_region_is_one_event_in_the_region(detail):
    text = ("At least fifteen drivers were killed last Thursday in an attack on a fuel convoy "
            "in the west of Mali, sources said on Monday.\n\nSince September, the jihadists "
            f"have been multiplying their attacks on convoys. {detail}")
    assert [p for p in places(text) if p[0] == "attack"] == [("attack", KAYES)]


def test_recap_paragraph_goes_on_after_a_plural_recap():
    text = ("Gunmen killed four traders at a market in the town of Kayes on Monday, police "
            "said.\n\nSince September, the jihadists have been multiplying their attacks on "
            "convoys. Such attacks hit the road to Diema in December.")
    assert KAYES in _regions(text)
    assert len([p for p in places(text) if p[0] == "attack"]) == 1


# 5. a country in the name of a force is a side, not the place; struck deployment points
# are targets, not a deployment

CABO_DELGADO, DONETSK = "MOZ-1198", "UKR-327"


@pytest.mark.parametrize("text", [
    "In Muidumbe district of Cabo Delgado, insurgents killed nine soldiers of the Armed "
    "Forces of Mozambique on Tuesday, the group said.",
    "In Muidumbe district of Cabo Delgado, insurgents killed nine members of the police of "
    "Mozambique on Tuesday, the group said.",
])
def test_country_in_a_force_name_is_not_the_place(text):
    assert _regions(text) == {CABO_DELGADO}


def test_struck_deployment_points_are_no_deployment():
    text = ("The army said its artillery struck temporary deployment points of units of the "
            "47th Brigade near Pokrovsk on Monday.")
    assert "troop_deployment" not in {t for t, _ in ruled(text)}
    assert ("attack", DONETSK) in ruled(text)


def test_troops_deployed_still_a_deployment():
    assert ruled("The army said it had deployed two more brigades near Pokrovsk on "
                 "Monday.") == [("troop_deployment", DONETSK)]


# 6. a city followed by the way it lies from another ("Yaroslavl, northeast of Moscow")

YAROSLAVL, RYAZAN, ZAPORIZHZHIA = "RUS-2360", "RUS-2374", "UKR-331"


@pytest.mark.parametrize(("text", "region"), [
    ("A Russian outlet reported that four Ukrainian drones had been destroyed over a refinery "
     "in Yaroslavl, northeast of Moscow, on Friday.", YAROSLAVL),
    ("Last week a drone attack forced a refinery in Ryazan, southeast of Moscow, to halt "
     "operations, the company said on Monday.", RYAZAN),
])
def test_city_stays_itself_before_a_direction_from_another(text, region):
    assert _regions(text) == {region}


def test_village_still_placed_by_the_direction_after_it():
    text = "Russian forces shelled Rivnopillia, northeast of Huliaipole, on Monday."
    assert _regions(text) == {ZAPORIZHZHIA}


# 7. armour moving into a place, with nothing hostile told, is a deployment


@pytest.mark.parametrize("text", [
    "Israeli tanks and military vehicles pushed into the city of Deir al-Balah on Monday, "
    "witnesses said.",
    "Witnesses said armoured vehicles rolled into the town of Khan Younis on Monday.",
])
def test_armour_moving_in_is_a_deployment(text):
    types = {t for t, _ in ruled(text)}
    assert "troop_deployment" in types
    assert "capture" not in types


def test_armour_moving_in_and_shelling_stays_hostile():
    text = ("Russian tanks pushed into the village of Andriivka near Pokrovsk on Monday and "
            "shelled houses, killing two.")
    assert "troop_deployment" not in {t for t, _ in ruled(text)}


# 8. a post its defenders abandoned is ground lost

NAMENTENGA = "BFA-2824"


def test_abandoned_post_is_a_capture():
    text = ("In Burkina Faso, jihadists attacked an army detachment at Dargo, in the province "
            "of Namentenga, on Monday. The soldiers abandoned their post in the face of the "
            "assailants, who burned the base.")
    assert ("capture", NAMENTENGA) in ruled(text)


@pytest.mark.parametrize("text", [
    "Residents abandoned their homes near the army base at Dargo, in the province of "
    "Namentenga, on Monday.",
    "The two sides abandoned plans for talks at the base in Dargo, in the province of "
    "Namentenga, on Monday.",
])
def test_abandoned_homes_or_plans_are_no_capture(text):
    assert "capture" not in {t for t, _ in ruled(text)}


# 9. an outlet named like a place is no place; conscripts sent letters are not deployed

SAGAING = "MMR-3302"


@pytest.mark.parametrize("after", [
    " could not independently verify the list.",
    " was unable to confirm the figure.",
    " has learned that the list was drawn up in March.",
])
def test_outlet_named_like_a_place_acts(after):
    from geoapp.extract.acting import acts
    from geoapp.geocode import default_geocoder

    region = default_geocoder().lookup("Irrawaddy", "MM", ()).match
    assert acts(region, after)
    assert not acts(region, " was hit by floods.")


def test_outlet_sentence_lends_no_place_to_the_next():
    text = ("Soldiers detained some 30 young men in the town of Monywa in Sagaing Region on "
            "Wednesday, residents said. The Irrawaddy could not independently verify the "
            "figure. The soldiers also detained two more men on Thursday.")
    assert _regions(text) == {SAGAING}


def test_people_sent_letters_are_not_deployed():
    text = ("In the town of Monywa in Sagaing Region, men aged 18 to 35 were sent letters on "
            "Monday telling them to report for medical checks.")
    assert "troop_deployment" not in {t for t, _ in ruled(text)}
