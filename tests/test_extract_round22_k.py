"""Wordings of news prose, each sentence written fresh (not corpus text): a place named as
what a threat hangs over ("threatens the villages of the Belgorod region", "the threat to
Zaporizhzhia"), which is no place of the event; a statement saying operations "were carried
out", which carries no papers; attackers who entered a place and killed, abducted or burned
there, a raid that took no ground; posts defenders were forced to abandon ("forcing the
soldiers to abandon their positions"), a result told as done, not an aim; the men a force
lost while it fought an attack off ("its escort fought back and lost two soldiers"), that
attack's toll, no tally; a place weapons reached ("drones have now reached the city"),
struck from afar, no ground taken; a force that left a place as its own raid there ended
("withdrew from the camp, ending a ten-day operation"), which handed nothing over; the
forces an attack hit, told by where they had been posted ("the patrol that was ambushed had
been deployed to guard the bridge"), no deployment; a vehicle that "drove through" a
village, a journey that took no ground; the kin a speaker lost, told in a relative clause
("said Amal, who lost two sons in the war"), who the speaker is, no toll; a republic's name
cut to its adjective before forces ("Chechen fighters"), who they are, not where."""

from __future__ import annotations

from tests.extract_helpers import places

KHARKIV, ZAPORIZHZHIA, CHERNIHIV = "UKR-328", "UKR-331", "UKR-285"
BORNO, ZAMFARA, KOULIKORO, DONETSK = "NGA-2839", "NGA-2872", "MLI-4860", "UKR-327"
CABO_DELGADO, SANMATENGA, WEST_BANK = "MOZ-1198", "BFA-2825", "WEB+00?"
NORTH_DARFUR, KURSK, CHECHNYA = "SDN-881", "RUS-2362", "RUS-2416"


# 1. what a threat hangs over is not where the event happened

def test_region_a_build_up_poses_a_threat_to_is_no_place_of_it() -> None:
    text = ("Ukrainian troops are massing near Vovchansk, posing a threat to the Belgorod "
            "region.")
    assert places(text) == [("troop_deployment", KHARKIV)]


def test_region_a_threat_hangs_over_is_no_place_of_the_shelling() -> None:
    text = ("Russian guns are pounding Ukrainian positions in the border zone, amid the "
            "threat looming over the Bryansk region.")
    assert places(text) == []


def test_a_place_attacked_is_still_its_place() -> None:
    text = "Russian drones attacked the city of Zaporizhzhia overnight, killing two people."
    assert places(text) == [("attack", ZAPORIZHZHIA)]


# 2. operations "carried out" by a statement's account carry no papers

def test_operations_carried_out_in_a_statement_are_no_documents_seized() -> None:
    text = ("The army communique also says that air strikes were carried out near Kati in "
            "the Koulikoro region, where five militants were killed.")
    assert "document_seizure" not in {kind for kind, _ in places(text)}


def test_papers_carried_by_the_dead_are_still_seized() -> None:
    text = ("Soldiers recovered documents carried by the dead fighters near Kati in the "
            "Koulikoro region, the army said.")
    assert ("document_seizure", KOULIKORO) in places(text)


# 3. attackers who went in and killed there raided the place, they did not take it

def test_gunmen_who_entered_a_village_and_killed_raided_it() -> None:
    text = ("Gunmen entered the village of Konduga in Borno State late on Friday and shot "
            "dead eleven farmers, residents said.")
    assert places(text) == [("attack", BORNO)]


def test_armed_men_who_entered_a_town_and_set_fire_raided_it() -> None:
    text = ("Armed men entered the town of Anka in Zamfara State before dawn and set fire to "
            "the market, residents said.")
    assert places(text) == [("attack", ZAMFARA)]


def test_troops_who_entered_a_village_and_raised_a_flag_took_it() -> None:
    text = ("Russian troops entered the village of Novoselivka in the Donetsk region and "
            "raised their flag over the school, the ministry said.")
    assert places(text) == [("capture", DONETSK)]


# 4. what defenders were forced to do happened: its result, no aim

def test_outposts_soldiers_were_forced_to_abandon_are_taken() -> None:
    text = ("Insurgents shelled army outposts near Mocimboa da Praia in Cabo Delgado province "
            "on Tuesday, forcing the soldiers to abandon their positions.")
    assert ("capture", CABO_DELGADO) in places(text)


def test_a_post_officers_were_compelled_to_abandon_is_taken() -> None:
    text = ("Gunmen stormed a police checkpoint near Kaya in Sanmatenga province, compelling "
            "the officers to abandon the post.")
    assert ("capture", SANMATENGA) in places(text)


def test_a_base_rebels_hope_to_force_troops_to_abandon_is_no_capture() -> None:
    text = ("The rebels hope to force government troops to abandon their base near Kaya in "
            "Sanmatenga province, a commander said.")
    assert "capture" not in {kind for kind, _ in places(text)}


# 5. the losses of a force that fought an attack off are that attack's toll

def test_an_escort_that_fought_back_and_lost_men_is_the_ambush_toll() -> None:
    text = ("Militants ambushed a supply convoy near Kaya in Sanmatenga province on Sunday, "
            "burning ten trucks. The army said its escort fought back and lost two soldiers.")
    assert places(text) == [("attack", SANMATENGA)]


def test_a_garrison_that_repelled_the_assault_but_lost_men_is_its_toll() -> None:
    text = ("Insurgents stormed an army base near Mocimboa da Praia in Cabo Delgado province "
            "at dawn. The garrison repelled the assault but lost three soldiers, a local "
            "official said.")
    assert places(text) == [("attack", CABO_DELGADO)]


def test_losses_over_a_day_of_repelled_attacks_stay_a_tally() -> None:
    text = ("Ukrainian forces repelled 44 attacks in the Donetsk region over the past day "
            "and lost 30 soldiers, the general staff said.")
    assert ("casualty_report", DONETSK) in places(text)


# 6. a place weapons reached was struck from afar, not taken

def test_a_city_rockets_have_now_reached_is_not_taken() -> None:
    text = "Rockets have now reached Zaporizhzhia as well, residents said on Monday."
    assert "capture" not in {kind for kind, _ in places(text)}


def test_a_town_drones_reached_overnight_is_not_taken() -> None:
    text = ("Long-range drones reached the town of Kosti in White Nile state overnight, "
            "witnesses said.")
    assert "capture" not in {kind for kind, _ in places(text)}


def test_a_town_fighters_reached_is_still_taken() -> None:
    text = "Rebel fighters reached the town of Kosti in White Nile state on Monday."
    assert "capture" in {kind for kind, _ in places(text)}


# 7. a force that left at the end of its own raid handed nothing over

def test_troops_who_left_a_camp_ending_their_operation_took_nothing() -> None:
    text = ("Israeli troops withdrew from the Nur Shams camp near Tulkarm on Thursday, ending "
            "a ten-day operation against armed groups, the army said.")
    assert "capture" not in {kind for kind, _ in places(text)}


def test_troops_who_pulled_out_after_a_raid_took_nothing() -> None:
    text = ("Israeli forces pulled out of the town of Tubas after a three-day raid, the "
            "Palestinian health ministry said.")
    assert places(text) == [("attack", WEST_BANK)]


def test_a_town_defenders_withdrew_from_after_fighting_is_taken() -> None:
    text = ("Ukrainian forces withdrew from the town of Vuhledar after months of fighting, "
            "the army said.")
    assert places(text) == [("capture", DONETSK)]


# 8. where the forces an attack hit had been posted describes them, no deployment

def test_where_an_ambushed_detachment_had_been_deployed_is_no_deployment() -> None:
    text = ("A police officer said the detachment that was ambushed had been deployed to "
            "protect the port of Pemba in Cabo Delgado province.")
    assert places(text) == [("attack", CABO_DELGADO)]


def test_where_a_targeted_contingent_had_been_deployed_is_no_deployment() -> None:
    text = ("The contingent that was targeted had been deployed to secure the airport of "
            "Kaya, the ministry said.")
    assert places(text) == [("attack", SANMATENGA)]


def test_reinforcements_deployed_after_an_attack_are_a_deployment() -> None:
    text = ("Militants attacked Kaya on Sunday. The army deployed reinforcements to Kaya on "
            "Monday.")
    assert ("troop_deployment", SANMATENGA) in places(text)


# 9. a vehicle's journey through a place takes no ground

def test_a_bus_struck_as_it_drove_through_a_village_took_no_ground() -> None:
    text = ("Police said a Russian drone struck a minibus as it drove through the village of "
            "Semenivka in the Chernihiv region on Tuesday morning, wounding four people.")
    assert places(text) == [("attack", CHERNIHIV)]


def test_troops_who_drove_the_enemy_out_of_a_village_took_it() -> None:
    text = ("Ukrainian troops drove Russian units out of the village of Semenivka in the "
            "Chernihiv region, the brigade said.")
    assert places(text) == [("capture", CHERNIHIV)]


# 10. the kin a speaker lost, in a relative clause, tell who the speaker is

def test_sons_a_speaker_lost_in_the_war_are_no_toll() -> None:
    text = ('"We cannot go home," said Halima Adam, who lost three sons in the war and now '
            "lives in a camp near El Fasher.")
    assert "casualty_report" not in {kind for kind, _ in places(text)}


def test_relatives_a_farmer_had_lost_are_no_toll() -> None:
    text = ("Ibrahim, a farmer who had lost five relatives in the fighting, now shelters in a "
            "school in Tawila, in North Darfur.")
    assert "casualty_report" not in {kind for kind, _ in places(text)}


def test_soldiers_a_brigade_lost_are_still_its_losses() -> None:
    text = ("The brigade, which lost 40 soldiers near Tawila in North Darfur last week, has "
            "been pulled back, the army said.")
    assert ("casualty_report", NORTH_DARFUR) in places(text)


# 11. "Chechen fighters" tells who the forces are, not where they fought

def test_chechen_fighters_shelling_a_village_in_kursk_fought_in_kursk() -> None:
    text = ("Chechen fighters shelled Ukrainian positions near the village of Plekhovo in the "
            "Kursk region on Sunday.")
    assert places(text) == [("attack", KURSK)]


def test_a_named_chechen_battalion_hit_in_kursk_was_hit_in_kursk() -> None:
    text = ('Ukrainian drones struck a column of the Chechen "Sever" battalion near Sudzha in '
            "the Kursk region, killing five.")
    assert CHECHNYA not in {code for _, code in places(text)}


def test_chechen_fighters_seen_in_a_ukrainian_town_were_seen_there() -> None:
    text = ("Chechen fighters were spotted in the streets of Kupiansk on Friday, according to "
            "local residents.")
    assert places(text) == [("unit_sighting", KHARKIV)]


def test_a_strike_on_the_chechen_capital_is_there() -> None:
    text = "Drones struck a police station in Grozny, the Chechen capital, on Monday."
    assert places(text) == [("attack", CHECHNYA)]
