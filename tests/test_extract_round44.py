"""Round forty-four: a foreign force's losses told with no place of their own are placed
where the report sends that force, when it sends it, as done, to one admin-1 unit of a
country neither the force's own nor its enemy's."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import ruled

PUBLISHED = dt.date(2025, 3, 20)
KURSK = "RUS-2362"
ZAPORIZHZHIA = "UKR-331"

SENT = ("Pyongyang sent about 11,000 soldiers to Russia's Kursk region last autumn, "
        "where the North Korean troops were thrown into assaults on Ukrainian positions, "
        "Western officials say.\n\n")


def _tolls(text: str) -> list[str | None]:
    return [where for kind, where in ruled(text, PUBLISHED) if kind == "casualty_report"]


def test_the_losses_of_a_side_are_placed_where_it_was_sent() -> None:
    text = SENT + ("North Korea has lost about 3,000 men killed and wounded in two months of "
                   "fighting, according to South Korean lawmakers.")
    assert _tolls(text) == [KURSK]


def test_a_count_of_a_nationality_s_soldiers_is_placed_where_they_were_sent() -> None:
    text = SENT + ("Ukraine's president said that as many as 3,500 North Korean soldiers had "
                   "been killed or wounded, nearly a third of the contingent.")
    assert _tolls(text) == [KURSK]


def test_an_invader_s_losses_are_not_placed_where_it_invaded() -> None:
    text = ("Russia moved two more brigades into the Zaporizhzhia region in May, Ukrainian "
            "officials said.\n\nAs many as 2,000 Russian soldiers have been killed or wounded "
            "in the past month, a Ukrainian commander said.")
    assert ZAPORIZHZHIA not in _tolls(text)


def test_a_deployment_only_talked_of_places_no_losses() -> None:
    text = ("Russian media have speculated that North Korean artillery units could be moved to "
            "the Kursk region, but there has been no confirmation.\n\nSouth Korean intelligence "
            "says about 3,000 North Korean soldiers have been killed or wounded in the war.")
    assert KURSK not in _tolls(text)
