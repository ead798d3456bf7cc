"""Round 82d: an offensive put off or given up is no attack; a move told in a relative
clause of the subject of a later sending is superseded by it; a denier granting the rest
("denied X, but confirmed that …") denies only X; forces engaged in the fighting at a place
tell fighting there."""

from __future__ import annotations

from extract_helpers import folded, ruled


def test_offensive_put_off_is_no_attack():
    text = ("Analysts say the army is postponing its planned assault on Kramatorsk because "
            "of heavy losses near Bakhmut.")
    assert ("attack", "UKR-327") not in ruled(text)


def test_forces_moved_instead_of_attacking_is_no_attack():
    text = "Why the army is shifting units north instead of storming Kramatorsk"
    assert ("attack", "UKR-327") not in ruled(text)


def test_offensive_launched_stays_an_attack():
    text = "Russian forces launched an assault on Kramatorsk on Tuesday, the army said."
    assert ("attack", "UKR-327") in ruled(text)


def test_move_in_a_relative_clause_gives_way_to_the_sending_after_it():
    text = ("The general said that a Russian regiment, which had already begun heading to the "
            "Kramatorsk front, was sent back to the Belgorod region last week.")
    assert ruled(text) == [("troop_deployment", "RUS-2370")]


def test_relative_clause_with_no_sending_after_it_keeps_its_move():
    text = ("The general said that a Russian regiment began moving to the Kramatorsk front "
            "last week.")
    assert ("troop_deployment", "UKR-327") in ruled(text)


def test_denier_granting_the_rest_denies_only_its_own_clause():
    text = ("The militia stormed the Kalma camp near Nyala in South Darfur on Monday. The "
            "militia has rejected reports of killings, but it has acknowledged that it took "
            "over the area.")
    assert ("capture", "SDN-5856") in folded(text)


def test_denial_of_the_taking_itself_stays_a_denial():
    text = ("The militia stormed the Kalma camp near Nyala in South Darfur on Monday. The "
            "militia denied that it took over the camp, but said fighting went on.")
    assert ("capture", "SDN-5856") not in folded(text)


def test_forces_engaged_in_the_fighting_at_a_place_tell_fighting_there():
    text = ("Some 4,000 soldiers are now engaged in the fighting in the Sudzha district of "
            "Kursk Oblast, the commander said.")
    assert ("attack", "RUS-2362") in ruled(text)


def test_forces_never_engaged_in_the_fighting_tell_none():
    text = ("The soldiers were never engaged in the fighting in the Sudzha district of Kursk "
            "Oblast, the commander said.")
    assert ("attack", "RUS-2362") not in ruled(text)
