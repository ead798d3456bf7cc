"""Round forty-one (a): a closing summary ("In summary: the places hit were …") restates the
report; "After the strike, …" opening a sentence points back at the strike told; a concessive
clause in the perfect ("While the army has celebrated gains in X, fighting goes on …") is
the background of the main clause, whose cue takes none of its places; "the occupied part
of" a region names it as it stands; forces that "have reached" a region are deployed there,
not where they are later to be thrown; another country's forces "present in" a region are
seen there; formations that "are based in" a town are seen there."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import places, ruled

PUBLISHED = dt.date(2025, 3, 14)


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return places(text, PUBLISHED, None)


# 1. a closing summary restates the report

def test_a_closing_summary_proposes_no_new_attacks() -> None:
    found = _kinds("Russian missiles struck Kharkiv on Thursday, killing three people, the "
                   "governor said.\n\n"
                   "In summary: the places hit were Kharkiv and the city of Odesa; three "
                   "people were killed in the strikes.")
    assert ("attack", "UKR-328") in found
    assert ("attack", "UKR-328") in found and not any(
        t == "attack" and r not in ("UKR-328", "UA") for t, r in found)


# 2. "After the strike, …": the strike already told

def test_after_the_strike_opening_a_sentence_is_no_new_attack() -> None:
    found = _kinds("A drone struck a displacement camp outside the town of Atbara in River "
                   "Nile state on Friday, killing 11 people, medics said.\n\n"
                   "The camp housed families who had fled the fighting in Khartoum.\n\n"
                   "After the strike, firefighters were seen putting out the flames as "
                   "residents boarded buses.")
    assert ("attack", "SDN-877") in found
    assert ("attack", "SDN-874") not in found


def test_after_the_strike_on_a_target_may_still_tell_one() -> None:
    found = _kinds("After the strike on the fuel depot in Khartoum on Friday, fires burned "
                   "for hours, witnesses said.")
    assert ("attack", "SDN-874") in found


# 3. a concessive clause in the perfect is the main clause's background

def test_a_concessive_clause_in_the_perfect_is_background() -> None:
    found = _kinds("While the army has lately celebrated gains in Khartoum, heavy ground "
                   "fighting goes on across the Darfur region, displacing thousands.")
    assert ("capture", "SDN-874") not in found
    assert ("attack", "SDN-874") not in found


# 4. "the occupied part of" a region

def test_the_occupied_part_of_a_region_is_no_capture() -> None:
    found = _kinds("North Korean engineers are also present in the occupied part of Donetsk "
                   "region, Ukraine's Center for Countering Disinformation said on Thursday.")
    assert ("capture", "UKR-327") not in found


# 5. forces that have reached a region

def test_forces_that_have_reached_a_region_are_deployed_there() -> None:
    # what the rules propose: the gate's verdict on this one sentence sits at its threshold
    # (0.497 after the refit on 2,162 reports) and is the corpus's to judge, not this test's
    found = ruled("Some 3,000 soldiers from North Korea have reached Russia's Kursk region "
                  "and are to be thrown into Russia's war against Ukraine, Ukraine's Center "
                  "for Countering Disinformation said on Thursday.", PUBLISHED, None)
    assert ("troop_deployment", "RUS-2362") in found
    assert ("troop_deployment", "RU") not in found


# 6. another country's forces present in a region

def test_foreign_forces_present_in_a_region_are_seen_there() -> None:
    found = _kinds("North Korean engineers are also present in the occupied part of Donetsk "
                   "region, Ukraine's Center for Countering Disinformation said on Thursday.")
    assert ("unit_sighting", "UKR-327") in found


def test_a_countrys_own_forces_present_at_home_are_no_sighting() -> None:
    found = _kinds("Ukrainian engineers are also present in the Donetsk region, Ukraine's "
                   "Center for Countering Disinformation said on Thursday.")
    assert ("unit_sighting", "UKR-327") not in found


# 7. formations that are based in a town

def test_formations_that_are_based_in_a_town_are_seen_there() -> None:
    found = _kinds("Around 20 battalions under the 21st Military Operations Command and the "
                   "88th Light Infantry Division are based in Bhamo, some 1,000 troops in "
                   "all, the rebels' spokesman said on Thursday.")
    assert ("unit_sighting", "MMR-3296") in found


def test_a_formation_which_is_based_in_a_region_is_no_sighting() -> None:
    found = _kinds("The Sixth Infantry Division, which is based in North Darfur, said on "
                   "Thursday that shelling had killed 47 civilians in El Fasher.")
    assert not any(t == "unit_sighting" for t, _ in found)
