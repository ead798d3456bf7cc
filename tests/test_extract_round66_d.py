"""Round sixty-six (d): wording classes of t1505–t1514, each with a near miss that must not
change. Sentences written fresh for these tests."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import folded, ruled

PUBLISHED = dt.date(2025, 6, 2)


def test_an_advance_going_on_told_with_its_depth_is_an_attack() -> None:
    # "moving forward by some 5 km near X": an advance under way, no ground said taken
    assert ruled("Russian units have made a fresh push, moving forward by some 5 km near "
                 "Pokrovsk in the Donetsk region, analysts said.", PUBLISHED) == [
        ("attack", "UKR-327")]
    # the same advance told with "push" as it goes on
    assert ruled("Russian units push forward near Pokrovsk in the Donetsk region",
                 PUBLISHED) == [("attack", "UKR-327")]
    # ground gained told done with its depth stays ground taken
    assert ruled("Russian units advanced 5 km near Pokrovsk in the Donetsk region, analysts "
                 "said.", PUBLISHED) == [("capture", "UKR-327")]
    # and talks moving forward are no advance
    assert ruled("The talks are moving forward by small steps in the Donetsk region.",
                 PUBLISHED) == []


def test_settlements_named_again_by_what_befell_them_are_the_places_told() -> None:
    told = folded("Russian troops seized two villages in the Sumy region on Sunday, the "
                  "governor said. On Monday a farmer was killed when Russian artillery "
                  "shelled fields east of the captured villages, rescuers said.", PUBLISHED)
    assert told == [("capture", "UKR-325"), ("attack", "UKR-325")]
    # a sentence that names no such place stays unplaced
    assert folded("Russian troops seized two villages in the Sumy region on Sunday, the "
                  "governor said. On Monday a farmer was killed when Russian artillery "
                  "shelled fields east of the border, rescuers said.", PUBLISHED) == [
        ("capture", "UKR-325")]


def test_a_toll_taken_during_an_operation_named_first_is_that_operations_attack() -> None:
    assert folded("Soldiers said 22 insurgents were killed during a joint military "
                  "operation near Mopti in central Mali.", PUBLISHED) == [
        ("attack", "MLI-2809")]
    # "during the operation" points back at one already told: the toll alone
    assert folded("Soldiers said 22 insurgents were killed during the military operation "
                  "near Mopti in central Mali.", PUBLISHED) == [
        ("casualty_report", "MLI-2809")]
