"""Wordings of round 94 (b), each sentence written fresh (not corpus text): people arrested
told with the bare verb after an operation "made it possible to" do it (a deed done), a
unit below a region named after its town ("the X department") with no unit of that name in
the gazetteer, and a village of a followed conflict a continent away from every place of a
report on another country."""

from __future__ import annotations

from tests.extract_helpers import folded, ruled

TILLABERI, CAUCA, MALI = "NER-4859", "COL-1404", "ML"


# 1. "made it possible to … arrest N others": the arrests done, a capture

def test_operation_made_it_possible_to_arrest_counted_people_is_a_capture() -> None:
    text = ("The sweep near Ouallam, in western Niger, made it possible to neutralise five "
            "gunmen and arrest fourteen others, the army said.")
    assert ("capture", TILLABERI) in ruled(text)


def test_made_it_possible_to_detain_suspects_is_a_capture() -> None:
    text = "Police said the search of Ouallam market in Niger had made it possible to detain 12 suspects."
    assert ("capture", TILLABERI) in ruled(text)


def test_what_would_have_made_arrests_possible_is_no_capture() -> None:
    # near miss: a counterfactual, no one taken
    text = ("Officials said better intelligence would have made it possible to arrest 12 "
            "suspects near Ouallam in Niger.")
    assert ("capture", TILLABERI) not in ruled(text)


def test_a_vow_to_arrest_counted_people_is_no_capture() -> None:
    # near miss: an aim, no deed
    text = "The governor vowed to arrest 12 suspects near Ouallam in Niger."
    assert ("capture", TILLABERI) not in ruled(text)


def test_the_arrest_of_counted_people_as_a_noun_is_no_capture_by_this_rule() -> None:
    # near miss: the noun with no deed told
    text = "The arrest of 12 suspects near Ouallam in Niger was ordered by a judge."
    assert ("capture", TILLABERI) not in ruled(text)


# 2. "the X department": the town the unit is named after, when no unit bears the name

def test_the_department_named_after_its_town_is_that_town() -> None:
    text = "Gunmen attacked an army post in the Ouallam department of western Niger, killing five soldiers."
    assert ("attack", TILLABERI) in folded(text)


def test_a_department_that_is_a_region_stays_the_region() -> None:
    # near miss: the gazetteer knows the department as a region
    text = "Rebels attacked a police post in Cauca department, Colombia, killing five officers."
    assert ("attack", CAUCA) in folded(text)


# 3. a village of a followed conflict a continent away from a report on another country

def test_a_far_namesake_village_of_a_followed_conflict_is_no_place() -> None:
    text = "Soldiers killed 12 people in Hanap village in Mali, a rights group said."
    assert all(region != "KOR-2509" for _, region in ruled(text))


def test_the_same_village_in_a_report_naming_no_other_country_stays() -> None:
    # near miss: nothing in the report places it elsewhere
    text = "North Korean artillery shelled Hanap, near the border, killing two soldiers."
    assert ("attack", "KOR-2509") in folded(text)
