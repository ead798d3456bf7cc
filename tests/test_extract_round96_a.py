"""Wordings of front summaries, each sentence written fresh (not corpus text): a sentence
placed only by its paragraph when the paragraph opens on a heading that is only a region
("Zaporizhzhia region. …"): a sector of a front summary, whose every sentence tells that
sector's news."""

from __future__ import annotations

from tests.extract_helpers import ruled

ZAPORIZHZHIA = "UKR-331"


# a paragraph opened by a region heading: its sentences tell that sector's news

HEADED = ("Zaporizhzhia region. The enemy has been halted in fighting near Huliaipole. "
          "The enemy is now bringing up reserves from other sectors.")


def test_a_sentence_under_a_region_heading_is_placed_in_its_sector() -> None:
    assert ("troop_deployment", ZAPORIZHZHIA) in ruled(HEADED)


def test_without_the_heading_the_paragraph_alone_does_not_place_it() -> None:
    text = HEADED.removeprefix("Zaporizhzhia region. ")
    assert ("troop_deployment", ZAPORIZHZHIA) not in ruled(text)


def test_a_place_outside_the_heading_s_region_is_not_its_sector() -> None:
    text = ("Kharkiv region. The enemy has been halted in fighting near Huliaipole. "
            "The enemy is now bringing up reserves from other sectors.")
    assert ("troop_deployment", ZAPORIZHZHIA) not in ruled(text)
