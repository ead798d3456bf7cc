"""Wordings of wire copy as news sites print it, each sentence written fresh (not corpus
text): a line linking another story of the site ("Read also: …"), a recap of the outlet's
earlier reporting ("As Interfax reported, …"), and capitals joined as the subject of a verb
of speech ("since Washington and Seoul said …")."""

from __future__ import annotations

import pytest

from geoapp.extract.acting import acts
from geoapp.extract.modality import links_elsewhere
from geoapp.geocode import default_geocoder
from tests.extract_helpers import places, ruled

KHARKIV, KURSK = "UKR-328", "RUS-2362"

NEWS = "Russian drones hit a school in Kharkiv on Friday, the regional governor said."


# 1. a line linking another story tells nothing

@pytest.mark.parametrize("line", [
    "Read also: Russian drones hit a school in Kharkiv, two people injured",
    "READ MORE: Russian drones hit a school in Kharkiv",
    "Related: Russian drones hit a school in Kharkiv",
    "See also Russian drones hit a school in Kharkiv",
    "Watch: Russian drones hit a school in Kharkiv",
    "Also read - Russian drones hit a school in Kharkiv",
])
def test_a_link_to_another_story_yields_nothing(line: str) -> None:
    assert links_elsewhere(line)
    assert ruled(f"The governor spoke to reporters on Friday.\n\n{line}\n\nHe gave no "
                 "details.") == []


@pytest.mark.parametrize("line", [
    NEWS,
    "Live-fire drills were held near Kharkiv on Friday.",
    "More than 20 shells hit Kharkiv on Friday, the regional governor said.",
    "Watching from a shelter, residents heard shelling in Kharkiv on Friday.",
])
def test_a_news_line_is_no_link(line: str) -> None:
    assert not links_elsewhere(line)


def test_news_after_a_link_line_stays() -> None:
    text = f"Read also: Drones target Kyiv overnight\n\n{NEWS}"
    assert ruled(text) == [("attack", KHARKIV)]


# 2. a recap of the outlet's earlier reporting is background

@pytest.mark.parametrize("text", [
    "As Interfax reported, on Thursday Russian drones hit a school in Kharkiv.",
    "As Ukrainska Pravda reported earlier, Russian drones hit a school in Kharkiv on "
    "Thursday.",
    "As the Kyiv Independent has previously reported, Russian drones hit a school in Kharkiv "
    "on Thursday.",
    "Russian drones hit a school in Kharkiv on Thursday, Interfax had earlier reported.",
])
def test_a_recap_of_earlier_reporting_is_background(text: str) -> None:
    assert places(f"{NEWS}\n\n{text}".replace(NEWS, "Shelling hit Kharkiv on Friday.")) == \
        [("attack", KHARKIV)]
    assert ruled(text) == []


def test_witnesses_reporting_is_news() -> None:
    assert ruled("As residents reported, Russian drones hit a school in Kharkiv on "
                 "Friday.") == [("attack", KHARKIV)]


# 3. capitals joined as the subject of a verb of speech are speakers

@pytest.mark.parametrize(("before", "after", "acting"), [
    ("the first losses since", " and Seoul said that Pyongyang had sent troops", True),
    ("North Korean troops are in Kursk, but", " and Pyongyang denied it", True),
    ("Missiles struck", " and Moscow said it had hit military sites", False),
    ("since", " and its suburbs were shelled", False),
])
def test_capitals_joined_as_speakers_act(before: str, after: str, acting: bool) -> None:
    kyiv = default_geocoder().geocode("Kyiv")
    assert acts(kyiv, after, before) is acting


def test_a_speaking_capital_is_no_place() -> None:
    found = ruled("North Korean troops are deployed in the Kursk region, but Moscow and "
                  "Pyongyang denied it on Friday.")
    assert found == [("troop_deployment", KURSK)]
