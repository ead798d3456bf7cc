"""Round 76 (d): forces camped in a place, a capitalised kind word ending the name before a
comma, a village named with its kind after it, a framing "came only a few days after",
an aim told by a run of bare verbs, and a list of towns across units with unknown
names between them."""

from extract_helpers import ruled, trigger_types

LEAD = "Fighting broke out in Kachin State on Monday, residents said.\n\n"


def test_forces_camped_in_a_place_are_deployed_there():
    text = "Junta troops are now camped in the monastery of Mansi Township, Kachin State."
    assert ruled(text) == [("troop_deployment", "MMR-3296")]


def test_people_camped_in_a_place_are_no_deployment():
    text = "Displaced families are now camped in the monastery of Mansi Township, Kachin State."
    assert "troop_deployment" not in trigger_types(text)


def test_kind_word_of_the_name_before_a_comma_is_no_affix():
    text = "In Myanmar, junta troops shelled Nam Hkam Village, Hpakant Township, on Monday."
    assert ruled(text) == [("attack", "MMR-3296")]


def test_village_named_with_its_kind_after_is_placed_in_the_region():
    text = LEAD + ("A junta column is now camped in the school of Nam Hkam Village, and "
                   "residents fear more fighting.")
    assert ("troop_deployment", "MMR-3296") in ruled(text)


def test_bare_name_without_its_kind_stays_unplaced():
    text = LEAD + ("A junta column is now camped in the school of Nam Hkam, and residents "
                   "fear more fighting.")
    assert ("troop_deployment", "MMR-3296") not in ruled(text)


def test_came_only_a_few_days_after_frames_an_earlier_event():
    text = ("The raid came only a few days after 20 soldiers surrendered to rebels in the "
            "Gao region.")
    assert ruled(text) == []


def test_a_new_clause_after_the_framing_noun_still_tells_news():
    text = "The raid came on Monday, and 20 soldiers surrendered to rebels in the Gao region."
    assert ("capture", "MLI-2690") in ruled(text)


def test_run_of_bare_verbs_after_an_aim_is_an_aim():
    text = ("Ukrainian units keep up their efforts to track down, destroy and capture "
            "Russian infiltrators in Pokrovsk.")
    assert "capture" not in trigger_types(text)


def test_run_of_past_verbs_is_a_deed():
    text = "Ukrainian units tracked down, destroyed and captured Russian infiltrators in Pokrovsk."
    assert ruled(text) == [("capture", "UKR-327")]


def test_names_the_gazetteer_lacks_keep_a_list_going_across_units():
    text = ("Jihadists attacked Niono, Molodo, Sandaré, Nioro du Sahel and Kayes in Mali on "
            "Tuesday.")
    assert sorted(ruled(text)) == [("attack", "MLI-2793"), ("attack", "MLI-2810")]


def test_town_and_its_region_stay_one_place():
    text = "Jihadists attacked Niono, Ségou region, in Mali on Tuesday."
    assert ruled(text) == [("attack", "MLI-2810")]
