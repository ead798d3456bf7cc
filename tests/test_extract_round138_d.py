"""Wordings of round one hundred and thirty-eight (d), each sentence written fresh (not
corpus text): a place told as taken by a numbered formation, in the passive ("the village
had been liberated by the 47th Mechanized Brigade") has that formation seen there; a place
taken from one has not. Intelligence material seized in a raid is a document seizure;
intelligence material only obtained (a service's reporting) is not."""

from __future__ import annotations

from tests.extract_helpers import folded

ZAPORIZHZHIA = "UKR-331"
GAZA_NORTH = "GAZ+00?"


def test_a_place_liberated_by_a_numbered_brigade_has_it_seen_there() -> None:
    text = ("Ukrainian forces retook Robotyne on Monday. The village had been liberated by "
            "the 47th Mechanized Brigade and the 65th Brigade, a spokesman said.")
    assert ("unit_sighting", ZAPORIZHZHIA) in folded(text)


def test_a_place_recaptured_from_a_numbered_regiment_has_no_sighting() -> None:
    text = ("Ukrainian forces retook Robotyne on Monday. The village had been recaptured "
            "from the 71st Guards Regiment, a spokesman said.")
    assert ("unit_sighting", ZAPORIZHZHIA) not in folded(text)


# intelligence material seized in a raid

def test_intelligence_material_seized_in_a_raid_is_a_document_seizure() -> None:
    text = ("Israeli troops raided homes in Beit Hanoun on Tuesday and seized intelligence "
            "material, the army said.")
    assert ("document_seizure", GAZA_NORTH) in folded(text)


def test_intelligence_material_obtained_is_no_document_seizure() -> None:
    text = ("The army said on Tuesday that intelligence material obtained in Beit Hanoun "
            "pointed to new tunnels.")
    assert ("document_seizure", GAZA_NORTH) not in folded(text)
