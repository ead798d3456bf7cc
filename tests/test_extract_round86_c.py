"""Round 86 (c): a deed told as done beside a plan of the same subject ("are preparing to
widen the offensive and have moved two brigades there") is news, not the plan; and a deed
in the main clause after an opening "after" clause in the past perfect ("After the rebels
had seized the post, a jet bombed it") is news, the perfect only ordering the two."""

from __future__ import annotations

from tests.extract_helpers import ruled

DONE_BESIDE_PLAN = ("Army commanders in the Luhansk region are getting ready to widen the "
                    "offensive near Kreminna and have massed some 20,000 troops there, "
                    "the general staff said on Friday.")


def test_deed_done_beside_a_plan_is_news() -> None:
    assert ("troop_deployment", "UKR-329") in ruled(DONE_BESIDE_PLAN)


def test_the_plan_beside_the_deed_stays_planned() -> None:
    # the offensive it is getting ready to widen is still to come
    assert ("attack", "UKR-329") not in ruled(DONE_BESIDE_PLAN)


AFTER_OPENING = ("After the resistance fighters had seized the police post in Mindat "
                 "Township on Friday, an army helicopter shelled it three times.")
RECAP_PERFECT = ("An army helicopter had shelled the police post in Mindat Township "
                 "three times, local residents recalled.")


def test_deed_after_an_opening_after_clause_is_news() -> None:
    assert ("attack", "MMR-3274") in ruled(AFTER_OPENING)


def test_past_perfect_deed_itself_stays_background() -> None:
    assert ("attack", "MMR-3274") not in ruled(RECAP_PERFECT)
