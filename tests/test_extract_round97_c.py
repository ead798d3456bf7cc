"""Wordings of where a sentence's deed is, each sentence written fresh (not corpus text):
a place named only in a time clause "after the capture of X" (no date of its own) after a
main clause about a site named by its definite noun or about a place of its own, which only
dates the sentence; and a site taken with no place, whose place the next sentence gives
as it names the site again ("The camp, in X District, …")."""

from __future__ import annotations

from tests.extract_helpers import ruled

NYALA = "SDN-5856"
LEAD = "Rebels captured the garrison town of Kadugli last week. "


# a time clause of an earlier fall dates the sentence; its deed is at the site it names

def test_a_fall_that_only_dates_the_sentence_does_not_place_its_deed() -> None:
    text = LEAD + ("The fighting for the base intensified after the capture of Nyala, as "
                   "commanders shifted units northwards.")
    assert not any(region == NYALA for _, region in ruled(text))
    assert ("attack", NYALA) not in ruled(text)


def test_a_fall_told_with_a_date_of_its_own_still_places_the_deed() -> None:
    text = "Heavy shelling hit the city after the capture of Nyala on Monday, witnesses said."
    assert ("attack", NYALA) in ruled(text)


def test_a_fall_after_a_main_clause_with_no_site_still_places_the_deed() -> None:
    text = "Heavy shelling erupted after the capture of Nyala, witnesses said."
    assert ("attack", NYALA) in ruled(text)


# a site taken with no place, placed by the next sentence naming it again with its place

TAKEN = "Resistance fighters overran the Ta Pa army camp on Tuesday, local media said. "


def test_a_site_named_again_with_its_place_places_its_capture() -> None:
    text = TAKEN + ("The camp, in Bhamo District near the Chinese border, had long been "
                    "held by the army.")
    assert [t for t, _ in ruled(text)] == ["capture"]
    assert ruled(text)[0][1] is not None and ruled(text)[0][1].startswith("MMR-")


def test_another_site_named_next_does_not_place_the_capture() -> None:
    text = TAKEN + ("The bridge, in Bhamo District near the Chinese border, had long been "
                    "held by the army.")
    assert not any(t == "capture" and (r or "").startswith("MMR-") for t, r in ruled(text))
