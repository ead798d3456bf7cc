"""The substring gate before each cue's pattern (``rules._Cue.needles``) never hides a
match: every phrase of every event cue, as written in a sentence, is found through it."""

from __future__ import annotations

from geoapp.extract import cues
from geoapp.extract.rules import _cues


def test_every_cue_phrase_passes_its_needles_and_matches() -> None:
    checked = 0
    for entry, cue in zip(cues.load("events")["cue"], _cues()[0], strict=True):
        for phrase in entry["words"]:
            sentence = "Officials said that " + phrase.replace("*", "ed").upper() + " there."
            assert any(n in sentence.lower() for n in cue.needles), (cue.name, phrase)
            assert cue.words.search(sentence), (cue.name, phrase)
            checked += 1
    assert checked > 500


def test_first_words_are_lower_case_stems() -> None:
    assert cues.first_words(["Shell*", "opened fire on", "opened  fire"]) == ("opened", "shell")
