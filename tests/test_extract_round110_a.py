"""Wordings of round one hundred and ten (a), each sentence written fresh (not corpus text):
fighting told in the passive of a report ("heavy fighting was reported near the village",
"fighting is reported to be continuing near X") is the deed, not a source that said so, and
an attack there; soldiers kept or housed at bases in a place are deployed there, where bases
a force came from stay its origin."""

from __future__ import annotations

from tests.extract_helpers import proposed, ruled

DONETSK = "UKR-327"
KHARKIV = "UKR-328"
ROSTOV = "RUS-2367"
KURSK = "RUS-2362"


# fighting told in the passive: no source, an attack

def test_heavy_fighting_reported_near_a_village_is_an_attack() -> None:
    text = ("Heavy fighting was reported on Tuesday near the village of Andriivka in the "
            "Donetsk region.")
    assert ("attack", DONETSK) in ruled(text)


def test_a_staff_reporting_heavy_fighting_stays_its_source() -> None:
    text = "Ukraine's General Staff reported heavy fighting near Andriivka in the Donetsk region."
    found = [c for c in proposed(text) if c.event.event_type == "attack"]
    assert [c.event.adm1_code for c in found] == [DONETSK]
    assert found[0].event.source_name == "Ukraine's General Staff"


def test_fighting_reported_to_be_continuing_is_an_attack() -> None:
    text = ("Fighting was reported to be continuing on Monday around Malynivka in the Kharkiv "
            "region.")
    assert ("attack", KHARKIV) in ruled(text)


def test_fighting_expected_to_continue_stays_a_forecast() -> None:
    text = "Fighting is expected to continue around Malynivka in the Kharkiv region."
    assert ("attack", KHARKIV) not in ruled(text)


# bases a force is kept at: where it is

def test_soldiers_kept_at_bases_in_a_city_are_deployed_there() -> None:
    text = "The North Korean soldiers are being kept at army bases in Rostov."
    assert ("troop_deployment", ROSTOV) in ruled(text)


def test_troops_from_bases_in_a_city_are_sent_elsewhere() -> None:
    text = "Troops from bases in Rostov were sent to the Kursk region on Monday."
    found = ruled(text)
    assert ("troop_deployment", KURSK) in found
    assert ("troop_deployment", ROSTOV) not in found
