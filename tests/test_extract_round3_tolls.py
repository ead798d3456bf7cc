"""Casualty tallies and national totals, each sentence written fresh (not corpus text): tolls
brought up to a number, official loss tables, losses of "the enemy", tolls for a whole
country, running totals of a ministry, monthly counts; and near misses that must stay
as they were."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import candidate_pool, extract
from geoapp.extract.figures import find_figures, force_loss

PUBLISHED = dt.date(2025, 3, 12)
KHARKIV = "UKR-328"


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(c.event.event_type, c.event.adm1_code or c.event.country)
            for c in extract(text, published=PUBLISHED)]


def _figures(text: str) -> list[tuple[int, str | None]]:
    return [(f.quantity.low, f.category) for f in find_figures(text)]


# 1. a toll brought, raised or risen to a number

def test_a_count_brought_to_a_number_is_a_toll() -> None:
    text = ("The health ministry said the new deaths brought the number of people killed in "
            "the province since the truce to 418.")
    assert _figures(text) == [(418, "killed")]


def test_a_death_toll_raised_or_risen_to_a_number_counts_the_dead() -> None:
    assert _figures("Rescuers found three more bodies, raising the overall death toll "
                    "to 52.") == [(52, "killed")]
    assert _figures("The toll from the weekend shelling has now risen to 19.") == [(19, "killed")]
    assert _figures("The number of wounded stood at 140 on Monday.") == [(140, "wounded")]


def test_a_total_with_no_noun_of_its_own_counts_what_the_sentence_counts() -> None:
    assert _figures("Another medic died overnight, bringing the total to 23.") == [(23, "killed")]


def test_a_count_of_no_casualties_brought_to_a_number_is_no_toll() -> None:
    assert _figures("The number of troops in the district rose to 4,000.") == []
    assert _figures("Police detained 40 more protesters, bringing the total to 310.") == []


def test_a_ministrys_running_total_is_placed_where_the_ministry_speaks_for() -> None:
    text = ("Lebanon's health ministry said two deaths on Sunday brought the overall toll "
            "since the truce to 127.")
    assert _kinds(text) == [("casualty_report", "LB")]


def test_a_running_total_in_the_country_is_the_countrys() -> None:
    text = ("Sudan's health ministry said on Tuesday that the latest fighting had raised the "
            "number of people killed in the country since the war began to 31,200.")
    assert _kinds(text) == [("casualty_report", "SD")]


# 2. official loss tables

def test_the_personnel_row_of_a_loss_table_counts_losses() -> None:
    text = ("Total combat losses of the enemy as of 12.03.25: tanks — 10,280 (+4), "
            "personnel — approximately 890,330 (+1,290), artillery systems — 24,100 (+38).")
    found = find_figures(text)
    people = [f for f in found if f.category is not None]
    assert [(f.quantity.low, f.category) for f in people] == [(890330, "casualties")]
    assert force_loss(people[0])


def test_losses_counted_in_persons_are_a_forces_losses() -> None:
    text = ("Ukraine's General Staff said the losses of the Russian army over the whole war "
            "amounted to about 890,330 persons.")
    found = find_figures(text)
    assert [(f.quantity.low, f.category) for f in found] == [(890330, "casualties")]
    assert force_loss(found[0])


def test_losses_that_stand_at_a_number_are_a_national_tally() -> None:
    text = ("According to the General Staff, Russia's total losses in personnel since "
            "24.02.2022 stand at about 890,000, including 1,310 over the past day.")
    assert _kinds(text) == [("casualty_report", "RU")]


def test_a_loss_table_after_its_authority_is_the_enemys_tally() -> None:
    text = ("Ukraine's General Staff reported on Wednesday morning.\n\n"
            "Total combat losses of the enemy as of 12.03.25: personnel — approximately "
            "890,330 (+1,290), tanks — 10,280 (+4), artillery systems — 24,100 (+38).")
    assert _kinds(text) == [("casualty_report", "RU")]


def test_the_enemy_of_a_text_that_only_answers_an_authority_is_the_invader() -> None:
    text = ("Statement on the course of the Russian invasion, day 1,113.\n\n"
            "The claims of the Russian Defence Ministry about the capture of Dachne are "
            "false.\n\nTotal combat losses of the enemy are approximately 890,330 personnel.")
    assert ("casualty_report", "RU") in _kinds(text)
    assert ("casualty_report", "UA") not in _kinds(text)


def test_a_forces_claim_of_enemy_dead_stays_where_the_fighting_was() -> None:
    text = ("Russia's defence ministry said its forces killed up to 140 Ukrainian servicemen "
            "over the past day near Kupiansk.")
    assert _kinds(text) == [("casualty_report", KHARKIV)]


# 3. tolls for a whole country, monthly counts

def test_a_toll_nationwide_is_the_country_of_its_report() -> None:
    text = ("KHARTOUM, March 12 (Sudan Wire) - Army drones struck a fuel depot in Nyala on "
            "Tuesday, witnesses said.\n\nAt least 212 civilians were killed and 1,040 wounded "
            "nationwide in February, the U.N. human rights office said on Wednesday.")
    assert ("casualty_report", "SD") in _kinds(text)


def test_a_monthly_count_across_the_country_is_news_for_the_rules() -> None:
    text = ("Russian drones hit an apartment block in Kharkiv overnight, injuring nine "
            "people, the governor said.\n\nThe monitoring mission in Ukraine said 61 civilians "
            "had been killed across the country in February, most of them by drones.")
    pool = candidate_pool(text, published=PUBLISHED)
    tally = [x for x in pool.entries if x.candidate.event.country == "UA"
             and x.candidate.event.adm1_code is None]
    assert [x.candidate.event.event_type for x in tally] == ["casualty_report"]
    assert tally[0].rule and not tally[0].candidate.background


def test_a_count_of_a_month_long_past_across_the_country_is_background() -> None:
    text = ("Russian drones hit an apartment block in Kharkiv overnight, injuring nine "
            "people, the governor said.\n\nThe U.N. said 120 civilians had been killed across "
            "the country in November 2024.")
    assert _kinds(text) == [("attack", KHARKIV)]


def test_moving_troops_across_the_country_is_no_tally() -> None:
    text = ("Russian drones hit an apartment block in Kharkiv overnight, injuring nine "
            "people, the governor said.\n\nThe army moved reserves across the country on "
            "Monday, and the number of displaced people rose to 3 million.")
    assert ("casualty_report", "UA") not in _kinds(text)
