"""Wordings of retold news, each sentence written fresh (not corpus text): a base's former
garrison, a deployment given as an argument's premise, losses "put at" a figure, prisoner
exchanges, a site retaken told by a pronoun, a force's starting town, a toll of "the
region", a deed taken up "once again", forces gone back into the line, an advance told by
how far it got, a place given only as a bearing, and fighting "for" a place."""

from __future__ import annotations

from tests.extract_helpers import places, ruled

KURSK, SUMY, BELGOROD = "RUS-2362", "UKR-325", "RUS-2370"
NORTH_KORDOFAN, WHITE_NILE, KACHIN = "SDN-883", "SDN-879", "MMR-3296"


def test_a_base_former_garrison_is_no_deployment() -> None:
    text = ("The rebels overran the army base near Laiza in Kachin State on Saturday. The "
            "base lies five miles west of the town, and nearly 60 soldiers had been "
            "stationed there, a spokesman added.")
    assert ("troop_deployment", KACHIN) not in ruled(text)


def test_a_deployment_given_as_a_premise_is_background() -> None:
    text = ("\"The toll is very high, all the more so when you consider that about 9,000 "
            "soldiers have been deployed to the Kursk region,\" the analyst said.")
    assert ("troop_deployment", KURSK) not in ruled(text)


def test_losses_put_at_a_figure_are_a_casualty_report() -> None:
    text = ("Military bloggers put the brigade's total losses in the Kursk region at around "
            "900, a figure that counts the killed and the wounded.")
    assert ("casualty_report", KURSK) in ruled(text)


def test_prisoner_exchanges_are_no_capture() -> None:
    text = ("The two sides have kept up exchanges of prisoners of war in the Sumy region, "
            "officials said on Tuesday.")
    assert ("capture", SUMY) not in ruled(text)
    text = "Both sides carried out a POW exchange in the Sumy region on Tuesday."
    assert ("capture", SUMY) not in ruled(text)


def test_a_site_retaken_told_by_a_pronoun_is_a_capture() -> None:
    text = ("Fighters got inside the army headquarters in El Obeid on Monday, but the army "
            "sent reinforcements and took it back within hours, a witness said.")
    assert ("capture", NORTH_KORDOFAN) in ruled(text)


def test_the_town_a_force_came_from_is_no_place_of_its_attack() -> None:
    text = ("The army struck the RSF on Monday: one force came up from the town of Tandelti "
            "in White Nile State to the south, and the other came from the east.")
    assert ("attack", WHITE_NILE) not in ruled(text)


def test_a_deed_taken_up_again_now_is_news() -> None:
    text = ("North Korean soldiers are once again taking part in assaults in the Kursk "
            "region, the president said on Monday.")
    assert ("attack", KURSK) in ruled(text)


def test_forces_gone_back_into_the_line_are_a_deployment() -> None:
    text = ("North Korean troops have gone back into the line in the Kursk region and are "
            "taking part in assaults there, the president said.")
    found = ruled(text)
    assert ("troop_deployment", KURSK) in found
    assert ("unit_sighting", KURSK) not in found


def test_forces_described_as_taking_part_are_still_seen() -> None:
    text = ("North Korean units stationed in the Kursk region and taking part in the war "
            "were identified near the border on Monday.")
    assert ("unit_sighting", KURSK) in ruled(text)


def test_an_advance_told_by_how_far_it_got_is_a_capture() -> None:
    text = ("In the Kursk region, Russian paratroopers have got as far as the border "
            "crossing point near Sudzha.")
    assert ("capture", KURSK) in ruled(text)


def test_a_place_given_only_as_a_bearing_yields_to_the_villages() -> None:
    text = ("In the Kursk region, Russian troops have reached the border crossing near "
            "Sudzha.\n\nIn the Sumy region, fighting goes on west of the Kursk bridgehead "
            "around the village of Basivka.")
    found = places(text)
    assert ("attack", SUMY) in found
    assert ("attack", KURSK) not in found


def test_fighting_for_a_place_is_an_attack() -> None:
    text = ("In the Belgorod region, the ground up to the border villages is contested and "
            "fighting for the villages is continuing.")
    assert ("attack", BELGOROD) in ruled(text)


def test_a_toll_said_to_be_of_the_region_is_a_part_of_the_country() -> None:
    from dataclasses import replace

    from geoapp.extract import _part_of_country
    from tests.extract_helpers import proposed

    event = proposed("Gunmen killed five soldiers in Kachin State on Monday.")[0].event
    tally = replace(event, adm1_code=None, location_text="Benin",
                    quote="More than 100 Beninese soldiers have been killed in the region "
                          "since 2021, and the threat remains serious there.")
    assert _part_of_country(tally)
    assert not _part_of_country(replace(tally, quote="More than 100 soldiers have been "
                                        "killed in Benin since 2021, the ministry said."))
