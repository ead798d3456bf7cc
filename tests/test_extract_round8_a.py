"""Wordings of official briefings and wires, each sentence written fresh (not corpus text):
a regrouping of units recorded, army vehicles driving back into a town, a place named by
the participle of its capture ("the captured X"), a deed someone is kept from ("to stop
fighters from regrouping"), and a toll counted from the start of the war."""

from __future__ import annotations

import pytest

from tests.extract_helpers import places, ruled

ZAPORIZHZHIA, KHARKIV, SHAN, WEST_BANK, GAZA = "UKR-331", "UKR-328", "MMR-3277", "WEB+00?", \
    "GAZ+00?"


# 1. a regrouping or build-up recorded is a deployment, not a sighting

@pytest.mark.parametrize("text", [
    "A regrouping of enemy units was also recorded near the town of Tokmak in the "
    "Zaporizhzhia region on Monday.",
    "A build-up of Russian forces has been observed near Tokmak in the Zaporizhzhia region.",
    "Russian troops were regrouping near Tokmak in the Zaporizhzhia region on Monday, the "
    "General Staff said.",
])
def test_a_regrouping_recorded_is_a_deployment(text: str) -> None:
    assert ruled(text) == [("troop_deployment", ZAPORIZHZHIA)]


def test_units_recorded_alone_stay_a_sighting() -> None:
    assert ruled("Enemy units were recorded near Tokmak in the Zaporizhzhia region on "
                 "Monday.") == [("unit_sighting", ZAPORIZHZHIA)]


# 2. army vehicles driving back into a town

@pytest.mark.parametrize("text", [
    "More than 150 army trucks drove back into Lashio in Shan State on Tuesday, residents "
    "said.",
    "Dozens of junta vehicles re-entered Lashio in Shan State on Monday, residents said.",
    "About 90 military trucks came back into Lashio in Shan State on Monday.",
])
def test_army_vehicles_back_in_a_town_are_a_deployment(text: str) -> None:
    assert ("troop_deployment", SHAN) in ruled(text)


def test_civilian_cars_back_in_a_town_are_no_deployment() -> None:
    assert ruled("Civilian cars drove back into Lashio in Shan State on Monday, residents "
                 "said.") == []


# 3. the participle of a capture as the adjective of a place

@pytest.mark.parametrize("text", [
    "The enemy's main effort near Kupiansk in the Kharkiv region was concentrated on the "
    "captured Vovchansk, the commander said.",
    "Shelling hit the recently liberated town of Kupiansk in the Kharkiv region on Monday.",
])
def test_a_place_named_by_its_capture_is_no_capture(text: str) -> None:
    assert ("capture", KHARKIV) not in ruled(text)


@pytest.mark.parametrize("text", [
    "Russian forces captured Vovchansk in the Kharkiv region on Monday, the ministry said.",
    "Russian troops have captured the town of Vovchansk in the Kharkiv region, the ministry "
    "said.",
])
def test_a_capture_told_as_a_deed_stays(text: str) -> None:
    assert ("capture", KHARKIV) in ruled(text)


# 4. a deed someone is kept from

@pytest.mark.parametrize("text", [
    "An offensive in Jabalia in Gaza was meant to stop Hamas fighters from regrouping, the "
    "military said.",
    "Troops blocked the rebels from advancing into Lashio in Shan State on Monday.",
])
def test_a_deed_kept_from_happening_is_no_event(text: str) -> None:
    assert ("troop_deployment", GAZA) not in ruled(text)
    assert ("troop_deployment", SHAN) not in ruled(text)


# 5. a toll counted from the start of the war

def test_a_toll_since_the_war_broke_out_is_background() -> None:
    text = ("Israeli troops killed two men in a raid on Jenin in the West Bank on Tuesday, "
            "medics said.\n\n"
            "Since the war in Gaza broke out, violence in the West Bank has surged and at "
            "least 700 Palestinians have been killed there, according to a tally by the "
            "agency.")
    assert ("attack", WEST_BANK) in places(text)
    assert all("700" not in (c.event.quote or "") for c in _proposed(text))


@pytest.mark.parametrize("recap", [
    "More than 700 Palestinians have been killed in the West Bank since the Israel-Hamas "
    "war began, according to a tally by the agency.",
    "Thousands of people have been killed and millions displaced since the fighting started.",
    "At least 700 people have been killed in the West Bank since the start of the war in Gaza.",
])
def test_a_toll_closed_by_since_the_war_began_is_background(recap: str) -> None:
    text = ("Israeli troops killed two men in a raid on Jenin in the West Bank on Tuesday, "
            f"medics said.\n\n{recap}")
    assert ("attack", WEST_BANK) in places(text)
    assert all("700" not in (c.event.quote or "") and "Thousands" not in (c.event.quote or "")
               for c in _proposed(text))


def test_a_toll_since_the_war_given_as_the_days_news_stays() -> None:
    assert ("casualty_report", WEST_BANK) in places(
        "Since the war began, more than 500 people have been killed in the West Bank, the "
        "health ministry said on Monday.")
    assert ("casualty_report", WEST_BANK) in places(
        "Two more deaths in Jenin brought the total to 510 killed in the West Bank since the "
        "war began, the health ministry said.")


def _proposed(text: str):  # noqa: ANN202
    from tests.extract_helpers import proposed
    return proposed(text)
