"""Wordings of round one hundred and eight (a), each sentence written fresh (not corpus
text): what a denier "said" in a second finite verb after its denial ("rejected the claim
and said its troops had repelled …") is its own claim, no longer denied."""

from __future__ import annotations

from tests.extract_helpers import ruled

WEST_KORDOFAN = "SDN-882"


# the denier's own claim after "and said"

def test_denier_and_said_tells_its_own_claim() -> None:
    text = ("The army denied that Babanusa had fallen and said its troops had repelled a "
            "fresh RSF attack on the town on Monday.")
    assert ("attack", WEST_KORDOFAN) in ruled(text)


def test_denial_with_its_own_complement_stays_denied() -> None:
    text = "The army denied that RSF fighters had repelled a fresh attack on Babanusa on Monday."
    assert ("attack", WEST_KORDOFAN) not in ruled(text)

