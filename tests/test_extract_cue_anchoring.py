"""A cue tried only where its needles begin finds what a scan of the whole sentence finds."""

from __future__ import annotations

import pytest

from geoapp.extract import rules

SENTENCES = [
    "Russian forces attacked Avdiivka and counterattacked near Sievierodonetsk on Monday.",
    'There was "constant" fighting; the papers "taken" from them and "together" with the guns.',
    "Troops retook the village; re-taken positions were shelled, then retaken again.",
    "SHELLING HIT KHERSON, the governor said, as drones struck an oil depot overnight.",
    "The 47th Brigade repelled 30 assaults near Pokrovsk, where fighting broke out again.",
    "Ukrainian forces withdrew from Solodke; the army took control of two villages nearby.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_anchored_matches_are_the_scans_matches(sentence: str) -> None:
    all_cues = rules._cues()[0]
    starts = rules._cue_starts(sentence.lower())
    assert starts  # every sentence holds some cue's needle
    for index, at in starts.items():
        cue = all_cues[index]
        anchored = [m.span() for m in rules._matches(cue, sentence, at)]
        assert anchored == [m.span() for m in cue.words.finditer(sentence)], cue.name


def test_some_cue_is_anchored_and_some_is_not() -> None:
    kinds = {cue.anchored for cue in rules._cues()[0]}
    assert kinds == {True, False}
