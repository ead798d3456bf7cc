"""Wordings real reports used that the rules mishandled, each written fresh (not corpus
text): a toll the next sentence blames on shelling, a toll over a spell that repeats the
count of the attack told before, the dead of floods told in a relative clause with its
source, settlers or aid trucks moving into a place, and trucks carrying troops."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled

NORTH_DARFUR = "SDN-881"
GEZIRA = "SDN-875"
KHARTOUM = "SDN-874"


def test_toll_blamed_on_shelling_in_the_next_sentence_joins_it() -> None:
    text = ("Medics in Kabkabiya, North Darfur, said on Sunday: \"So far we have counted "
            "14 dead and 40 wounded at the camp.\"\n\n"
            "The medics blamed the casualties on heavy shelling by the paramilitary forces.")
    found = folded(text)
    assert ("attack", NORTH_DARFUR) in found
    assert ("casualty_report", NORTH_DARFUR) not in found
    # with no blame laid in the next sentence, the toll keeps its own entry
    near = folded("Medics in Kabkabiya, North Darfur, said on Sunday: \"So far we have "
                  "counted 14 dead and 40 wounded at the camp.\"\n\n"
                  "The medics appealed for more supplies from the paramilitary forces.")
    assert ("casualty_report", NORTH_DARFUR) in near


def test_toll_over_a_spell_repeating_the_attack_count_is_that_attack() -> None:
    text = ("Paramilitary fighters have attacked villages near Hasaheisa in Gezira state "
            "and killed at least 40 people, activists said.\n\n"
            "A local committee said on Monday that at least 40 people had been killed "
            "since Friday in Hasaheisa and nearby villages.")
    found = folded(text)
    assert ("attack", GEZIRA) in found
    assert ("casualty_report", GEZIRA) not in found
    # a different count over the spell stays a tally of its own
    near = folded("Paramilitary fighters have attacked villages near Hasaheisa in Gezira "
                  "state and killed at least 40 people, activists said.\n\n"
                  "A local committee said on Monday that at least 90 people had been "
                  "killed since Friday in Hasaheisa and nearby villages.")
    assert ("casualty_report", GEZIRA) in near


def test_flood_dead_told_with_their_source_are_no_war_toll() -> None:
    found = ruled("Gezira state is also suffering torrential rain and floods, which "
                  "according to local officials have killed 57 people in Hasaheisa.")
    assert ("casualty_report", GEZIRA) not in found
    # people killed by shelling there stay a toll
    near = ruled("Gezira state is also suffering shelling, which according to local "
                 "officials has killed 57 people in Hasaheisa.")
    assert any(t in ("casualty_report", "attack") for t, r in near if r == GEZIRA)


def test_settlers_entering_a_village_take_no_ground() -> None:
    assert ("capture", "WEB+00?") not in [
        (t, r) for t, r in ruled("On Sunday settlers again entered Susya, a hamlet in the "
                                 "south of the West Bank.")]
    # soldiers entering it are still told as before (ground or troops there)
    near = ruled("On Sunday Israeli soldiers again entered Susya, a hamlet in the south "
                 "of the West Bank.")
    assert near


def test_aid_trucks_moving_in_are_no_event() -> None:
    assert ruled("Thirty aid trucks entered Omdurman, near Khartoum, on Sunday.") == []
    # a column of tanks moving in is still a deployment
    assert ("troop_deployment", KHARTOUM) in ruled(
        "A column of tanks entered Omdurman, near Khartoum, on Sunday.")


def test_trucks_carrying_troops_deploy_them() -> None:
    found = ruled("Three trucks carrying soldiers reached Omdurman, near Khartoum, on "
                  "Sunday.")
    assert ("troop_deployment", KHARTOUM) in found
    assert ("capture", KHARTOUM) not in found


def test_undated_sentences_after_an_old_dated_opening_are_background() -> None:
    text = ("Rebels shelled army posts near Hsipaw in Shan State on Thursday, residents "
            "said.\n\n"
            "In early December the second stage of Operation Dawn began. The rebels "
            "went on the attack around Kyaukme in Shan State.")
    assert ruled(text).count(("attack", "MMR-3277")) == 1
    # an opening dated in the report's days leaves the next sentence news
    near = ("Rebels shelled army posts near Hsipaw in Shan State on Thursday, residents "
            "said.\n\n"
            "On Wednesday the second stage of Operation Dawn began. The rebels went "
            "on the attack around Kyaukme in Shan State.")
    assert ruled(near).count(("attack", "MMR-3277")) == 2
