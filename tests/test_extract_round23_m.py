"""Wordings of news prose, each sentence written fresh (not corpus text): a breakdown of
downed drones by region whose last share is "the rest" over a list of regions ("and the
rest over the Oryol, Tula and Kaluga regions"), each region an attack; a share counted in
words of two parts ("Thirty-one of them were destroyed over …"); a second object of a
capture written with its settlement word ("the village of X in the Sumy region and the
village of Y in the Zaporizhzhia region"), an item of the same list; a photo caption ("Photo:
troops at a drill in the Volyn region in 2023"), whose places are of the picture, not of the
report's news; a capital standing for its government as the subject of a progressive with an
adverb inside ("Moscow is apparently using them"), who acts, not where; a campaign's total
given as an estimate ("is estimated to have deployed 4,000 troops"), no news of its own;
the area a command oversees ("the southern command, which oversees Kayin state"), which
says what the command is, not where the news happened; the size of a standing force told
with where it stands ("put the number of troops stationed in the region at 30,000"), a
stock measured, no one sent; a capital opening a sentence whose subject is a national
ministry ("In Kyiv, the Ukrainian Defence Ministry said …"), where the government sits, not
where what it tells happened; forces that "reached the outskirts" or "the centre" of a
place, an advance's reach, no force sent to stay."""

from __future__ import annotations

from tests.extract_helpers import places

BRYANSK, KURSK, ORYOL, TULA, KALUGA = "RUS-2342", "RUS-2362", "RUS-2366", "RUS-2368", "RUS-2361"
SMOLENSK = "RUS-2343"
SUMY, ZAPORIZHZHIA, VOLYN = "UKR-325", "UKR-331", "UKR-318"


# 1. a breakdown by region: "the rest" over a list of regions is each region's share

def test_the_rest_over_a_list_of_regions_is_an_attack_in_each() -> None:
    text = ("The defence ministry said 60 Ukrainian drones were downed overnight: 25 over the "
            "Bryansk region, 14 over the Kursk region and the rest over the Oryol, Tula and "
            "Kaluga regions.")
    assert sorted(places(text)) == sorted(
        ("attack", code) for code in (BRYANSK, KURSK, ORYOL, TULA, KALUGA))


def test_a_share_counted_in_words_of_two_parts_is_its_regions_own() -> None:
    text = ("Thirty-one of the drones were destroyed over the Smolensk region and nine over "
            "the Bryansk region, the ministry said.")
    assert sorted(places(text)) == sorted([("attack", SMOLENSK), ("attack", BRYANSK)])


# 2. "and the village of …" goes on with the list of places taken

def test_a_second_village_taken_is_in_its_own_region() -> None:
    text = ("The ministry said its forces had captured the village of Yablunivka in the Sumy "
            "region and the village of Novoandriivka in the southern Zaporizhzhia region.")
    assert sorted(places(text)) == [("capture", SUMY), ("capture", ZAPORIZHZHIA)]


# 3. a photo caption's places are of the picture

def test_a_caption_region_is_no_place_of_the_news() -> None:
    text = ("Ministry also says 30 drones were shot down during the night\n\n"
            "(Photo: air defence crews at a drill in the Volyn region in 2023.)\n\n"
            "The ministry said 30 drones were shot down over the Kursk region overnight.")
    assert places(text) == [("attack", KURSK)]


def test_a_caption_telling_a_capture_proposes_nothing_of_its_own() -> None:
    text = ("(Picture: Ukrainian soldiers near Sumy in 2024. Russia says it has taken a "
            "village in the Sumy region.)\n\n"
            "Russian drones struck an energy site in the Zaporizhzhia region on Monday, the "
            "governor said.")
    assert places(text) == [("attack", ZAPORIZHZHIA)]


# 4. a capital as the subject of "is <adverb> using" is its government

def test_a_capital_reportedly_using_troops_is_who_acts() -> None:
    text = ("North Korea has sent 3,000 more soldiers to the Kursk region, and Moscow is "
            "apparently using them to plug gaps in its lines, officials said.")
    assert places(text) == [("troop_deployment", KURSK)]


# 5. a force "estimated to have" been sent is a campaign's estimate

def test_troops_estimated_to_have_been_sent_are_no_news() -> None:
    text = "Rwanda is estimated to have deployed about 4,000 troops to Congo, UN experts said."
    assert places(text) == []


def test_troops_said_to_be_deployed_on_a_day_are_news() -> None:
    text = "Rwanda has deployed about 4,000 troops to Congo, UN experts said on Tuesday."
    assert places(text) == [("troop_deployment", "CD")]


# 6. what a command oversees is its remit, no place of the news

def test_regions_a_command_oversees_are_no_places_taken() -> None:
    text = ("The rebel alliance said on Friday it had captured more than 20 army outposts "
            "there, leaving only the southern command, which oversees Kayin state, northern "
            "Mon state and the coast.")
    assert places(text) == []


def test_a_remit_listed_with_compass_words_is_no_place_taken() -> None:
    text = ("M23 rebels said they had seized dozens of army positions, leaving only the "
            "regional command, which oversees North Kivu, southern Ituri and the lake shore.")
    assert places(text) == []


# 7. the size of a force stationed somewhere is a stock, not a deployment

def test_the_number_of_troops_stationed_in_a_region_is_no_deployment() -> None:
    text = ("Western officials put the number of Russian soldiers stationed in the Belgorod "
            "region at roughly 30,000.")
    assert places(text) == []


def test_troops_sent_to_a_region_in_numbers_are_still_deployed() -> None:
    text = "Russia deployed 30,000 more soldiers in the Belgorod region last week, officials said."
    assert places(text) == [("troop_deployment", "RUS-2370")]


# 8. "In <capital>, the <…> ministry said": where the government sits

def test_a_capital_a_ministry_speaks_in_is_no_place_of_what_it_tells() -> None:
    text = ("In Kyiv, the Ukrainian Defence Ministry said its air defences had shot down 40 "
            "Russian drones overnight.")
    assert places(text) == []


def test_a_capital_where_a_missile_hit_is_still_its_place() -> None:
    text = "In Kyiv, a missile hit an apartment block overnight, the mayor said."
    assert places(text) == [("attack", "UKR-4826")]


# 9. reaching the outskirts or the centre of a place is an advance (the centre taken
#    ground: tests/test_extract_round23_n.py), no deployment

def test_units_that_reached_the_outskirts_of_a_town_were_not_deployed() -> None:
    text = "Witnesses said army units reached the outskirts of Kutum on Friday evening."
    assert "troop_deployment" not in {kind for kind, _ in places(text)}


def test_soldiers_who_reached_the_centre_of_a_village_were_not_deployed() -> None:
    text = ("Footage shows the Russian army gaining ground west of Pokrovsk: its troops "
            "reached the centre of Udachne and pushed on across fields near Kotlyne.")
    assert "troop_deployment" not in {kind for kind, _ in places(text)}


def test_troops_massed_on_the_outskirts_of_a_town_are_still_deployed() -> None:
    text = "Russian troops massed on the outskirts of Kupiansk in the Kharkiv region this week."
    assert places(text) == [("troop_deployment", "UKR-328")]
