"""Round thirty-five: forces sent to a country for a purpose that names a place in it
("dispatched troops to Russia so that they could help win back the Kursk region"): the
deployment lies at that place, and the purpose's modal is no forecast of the sending."""

from __future__ import annotations

from extract_helpers import ruled

KURSK = "RUS-2362"
KHARKIV = "UKR-328"


def test_troops_sent_to_a_country_to_retake_a_region_are_deployed_there() -> None:
    found = ruled("North Korea sent troops to Russia to help retake the Kursk region, the state "
                  "news agency reported.")
    assert ("troop_deployment", KURSK) in found
    assert ("troop_deployment", "RU") not in found


def test_so_that_they_could_is_the_purpose_not_a_forecast_of_the_sending() -> None:
    found = ruled("Pyongyang acknowledged that it had dispatched troops to Russia so that they "
                  "could help win back the ground in the Kursk border region, the agency said.")
    assert ("troop_deployment", KURSK) in found


def test_a_purpose_naming_another_country_keeps_the_country_sent_to() -> None:
    found = ruled("North Korea sent troops to Russia to fight against Ukraine's Kharkiv region "
                  "units, officials said.")
    assert ("troop_deployment", KHARKIV) not in found


def test_a_sending_still_to_come_stays_a_forecast() -> None:
    found = ruled("Russia could send troops to the Kursk region so they can fight there, "
                  "officials said.")
    assert ("troop_deployment", KURSK) not in found
