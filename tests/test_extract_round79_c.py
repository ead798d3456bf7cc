"""Round 79 (c): a surname in a headline written in capitals is the person the body names
("… — GLADKOV" over "Governor Vyacheslav Gladkov said"), not a village of that name; a
village listed in a line headed by a district ("🔸 Valuyki district — the village of X …",
with a dash as well as a colon) lies in that district's region, not at a namesake the
gazetteer knows only elsewhere."""

from geoapp.extract.places import find_places


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(h.text, h.match.adm1_code) for h in find_places(text, [], {"RU", "UA"})]


def test_surname_in_a_capitals_headline_is_the_person():
    text = ("DRONE HITS A CAR NEAR SHEBEKINO — GLADKOV\n\n"
            "A drone hit a car on a road outside Shebekino, Governor Vyacheslav Gladkov "
            "said on Telegram.")
    assert not any(name == "GLADKOV" for name, _ in _places(text))


def test_village_in_a_capitals_headline_stays_a_place():
    text = ("DRONE HITS A CAR NEAR SHEBEKINO\n\n"
            "A drone hit a car on a road outside Shebekino, the regional governor said.")
    assert ("NEAR SHEBEKINO", "RUS-2370") in _places(text)


def test_village_under_a_district_head_with_a_dash_lies_in_its_region():
    text = ("Ukrainian drones attacked three villages in the Belgorod region overnight.\n\n"
            "🔸 Valuyki district — a drone struck a house in the village of Olkhovatka. "
            "A man was wounded.")
    assert ("the village of Olkhovatka", "RUS-2370") in _places(text)


def test_village_under_a_line_that_is_no_district_head_is_unchanged():
    text = ("Ukrainian drones attacked three villages in the Belgorod region overnight.\n\n"
            "🔸 Late on Monday — a drone struck a house in the village of Olkhovatka. "
            "A man was wounded.")
    assert ("the village of Olkhovatka", "RUS-2370") not in _places(text)
