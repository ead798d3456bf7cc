"""Wordings of round one hundred and thirty-eight (d), each sentence written fresh (not
corpus text): intelligence material seized in a raid is a document seizure;
intelligence material only obtained (a service's reporting) is not."""

from __future__ import annotations

from tests.extract_helpers import folded

GAZA_NORTH = "GAZ+00?"


# intelligence material seized in a raid

def test_intelligence_material_seized_in_a_raid_is_a_document_seizure() -> None:
    text = ("Israeli troops raided homes in Beit Hanoun on Tuesday and seized intelligence "
            "material, the army said.")
    assert ("document_seizure", GAZA_NORTH) in folded(text)


def test_intelligence_material_obtained_is_no_document_seizure() -> None:
    text = ("The army said on Tuesday that intelligence material obtained in Beit Hanoun "
            "pointed to new tunnels.")
    assert ("document_seizure", GAZA_NORTH) not in folded(text)
