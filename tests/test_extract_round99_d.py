"""Wordings of round ninety-nine (d), each sentence written fresh (not corpus text):
soldiers told as arriving at a place, named far before the verb past where they came from
("soldiers from the air base in the city had arrived at a barracks"), are deployed there;
civilians arriving the same way are not."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import extract

KHARTOUM = "SDN-874"

_OPENING = ("Fighting continued in Khartoum on Tuesday. After the army took a bridge over the "
            "Nile, witnesses said that ")


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.event.event_type, c.event.adm1_code, c.event.modality)
            for c in extract(text, published=dt.date(2024, 10, 1))]


def test_soldiers_from_afar_arriving_are_deployed() -> None:
    text = _OPENING + ("soldiers from the Wadi Sayidna air base in Omdurman had arrived at a "
                       "barracks in Bahri.")
    assert ("troop_deployment", KHARTOUM, "reported") in _found(text)


def test_families_from_afar_arriving_are_no_deployment() -> None:
    text = _OPENING + ("families from the displacement camp in Omdurman had arrived at a "
                       "school in Bahri.")
    assert all(t != "troop_deployment" for t, _, _ in _found(text))
