"""Wordings of retold news, each sentence written fresh (not corpus text): reported speech
whose speaker is a pronoun or is quoted by another source, and a task taken over that is
no ground taken."""

from __future__ import annotations

from tests.extract_helpers import ruled

BORNO, BELGOROD, DONETSK, KURSK = "NGA-2839", "RUS-2370", "UKR-327", "RUS-2362"


# 1. a pronoun speaking on for the source named before: its past perfect is reported speech

def test_pronoun_speaker_keeps_the_perfect_of_reported_speech() -> None:
    text = ("The police said in a statement on Sunday that officers had dismantled a roadblock "
            "outside Maiduguri. They said 14 suspects had been arrested in the town of Biu "
            "in Borno State.")
    assert ("capture", BORNO) in ruled(text)


def test_perfect_without_any_speaker_is_still_a_recap() -> None:
    text = ("Officers dismantled a roadblock outside Maiduguri on Sunday. In the town of Biu "
            "in Borno State, 14 suspects had been arrested.")
    assert ("capture", BORNO) not in ruled(text)
