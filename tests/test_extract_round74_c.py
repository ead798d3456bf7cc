"""Round 74 (c): a habit word closing a clause that runs on across a list of names, a post
held by troops taken, and a side's military presence told as grown."""

from extract_helpers import ruled, trigger_types


def test_habit_word_after_a_list_of_regions_makes_a_habit():
    text = ("According to officials in Kyiv, Russian forces struck frontline towns in "
            "Kharkiv, Sumy, Chernihiv and Zaporizhzhia regions with artillery and glide bombs "
            "nearly every day, in an effort to wear down the defence.")
    assert not any(t == "attack" for t, _ in ruled(text))


def test_list_of_regions_without_a_habit_word_keeps_the_strike():
    text = ("On Monday, Russian forces shelled frontline towns in Kharkiv, Sumy, Chernihiv "
            "and Zaporizhzhia regions with artillery and glide bombs, officials said.")
    assert any(t == "attack" for t, _ in ruled(text))


def test_habit_of_a_relative_clause_leaves_the_taking():
    text = ("On Tuesday, the army said it had won back the villages of Olesnya, Sverdlikovo "
            "and Malaya Loknya in Kursk region that enemy units had held for months.")
    assert ("capture", "RUS-2362") in ruled(text)


def test_overrun_military_post_is_a_capture():
    text = ("Militants overran a military post near Djibo in northern Burkina Faso on "
            "Tuesday, the army said.")
    assert any(t == "capture" for t, _ in ruled(text))
    assert "capture" in trigger_types(text)


def test_post_on_social_media_is_no_capture():
    text = "The army took a post on social media down on Tuesday after it spread in Djibo."
    assert "capture" not in trigger_types(text)


def test_military_presence_increased_is_a_deployment():
    text = ("After the commander defected on Sunday, the militia sharply increased its "
            "military presence in Kassala state, residents said.")
    assert ("troop_deployment", "SDN-884") in ruled(text)


def test_military_presence_reduced_or_urged_is_none():
    assert "troop_deployment" not in trigger_types(
        "The militia reduced its military presence in Kassala state on Monday.")
    assert "troop_deployment" not in trigger_types(
        "The army plans to have increased its military presence in Kassala state by June.")
