"""Round 87 (d): a post its defenders abandoned, told in a "which" clause after it ("the
camp, which the soldiers had to abandon"), is ground lost; a deed someone "had to" do is
done, not an aim; the dead or hurt told as reaching hospitals take no ground; the places
hit, listed by name after the words that point at them ("lists the places hit: X, Y"),
are where the attacks were; and a force told, in a clause of its own, as at the post just
struck ("who were on guard inside the camp, lost nine of their men") lost them in that
strike, its toll, not a tally."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled

ABANDONED_WHICH = ("Heavy gunfire was heard around the army base in Kaya, which the soldiers "
                   "had to abandon after a long fight, residents said on Monday.")
PLANNED_WHICH = ("Heavy gunfire was heard around the army base in Kaya, which the army plans "
                 "to abandon next year, residents said on Monday.")


def test_post_abandoned_in_a_which_clause_is_a_capture() -> None:
    assert ("capture", "BFA-2825") in ruled(ABANDONED_WHICH)


def test_post_to_be_abandoned_in_a_which_clause_is_no_capture() -> None:
    assert ("capture", "BFA-2825") not in ruled(PLANNED_WHICH)


HAD_TO = ("On Sunday the soldiers in Kaya had to abandon their base after heavy fighting, "
          "residents said.")
WOULD_HAVE_HAD_TO = ("Without reinforcements the soldiers in Kaya would have had to abandon "
                     "their base, residents said.")


def test_deed_someone_had_to_do_is_done() -> None:
    assert ("capture", "BFA-2825") in ruled(HAD_TO)


def test_deed_someone_would_have_had_to_do_is_not() -> None:
    assert ("capture", "BFA-2825") not in ruled(WOULD_HAVE_HAD_TO)


BODIES_REACHED = "At least nine bodies reached Kherson's hospitals on Tuesday, officials said."
TROOPS_REACHED = "Russian troops reached Velyka Novosilka on Tuesday, the ministry said."


def test_bodies_reaching_hospitals_take_no_ground() -> None:
    assert not any(t == "capture" for t, _ in ruled(BODIES_REACHED))


def test_troops_reaching_a_named_place_still_take_it() -> None:
    assert ("capture", "UKR-327") in ruled(TROOPS_REACHED)


PLACES_LISTED = "The ministry lists the places hit: Menaka, Gao and Kidal."
PLACES_POINTED_AT = "Of all the places hit, Gao suffered the most, the ministry said."


def test_places_hit_listed_by_name_are_attacked() -> None:
    assert {t for t, _ in ruled(PLACES_LISTED)} == {"attack"}
    assert len(ruled(PLACES_LISTED)) >= 2


def test_places_hit_pointed_back_at_stay_no_event() -> None:
    assert ruled(PLACES_POINTED_AT) == []


UNIT_AT_POST = ("Gunmen attacked the army camp in Kaya on Friday, residents said. The "
                "gendarmes, who were on guard inside the camp, lost nine of their men.")
UNIT_OVER_MONTH = ("Gunmen attacked the army camp in Kaya on Friday, residents said. The "
                   "gendarmes lost nine of their men over the past month.")


def test_losses_of_a_force_at_the_post_struck_are_its_toll() -> None:
    assert folded(UNIT_AT_POST) == [("attack", "BFA-2825")]


def test_losses_of_a_force_over_a_month_stay_a_tally() -> None:
    assert ("casualty_report", "BFA-2825") in folded(UNIT_OVER_MONTH)
