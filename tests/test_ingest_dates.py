"""Dates as real files write them: each form, the column's day/month order, bounds."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from geoapp.ingest.dates import DateRule, Evidence, decide_rules, latest_date, parse_dates
from geoapp.ingest.values import Checker

TODAY = dt.date.today()


def _parse(values, rule=None, *, end=False):
    """Parse like ingest does: with the rule the column's own evidence gives."""
    col = pd.Series(values, dtype=object)
    rule = rule or _rules({"when": values})[0]["when"]
    check = Checker(col.index)
    dates, precision = parse_dates(check, col, "when", rule, end=end)
    days = [None if pd.isna(d) else d.date().isoformat() for d in dates]
    return days, precision.tolist(), check.reasons.tolist()


@pytest.mark.parametrize("text, day, precision", [
    ("2024-02-16", "2024-02-16", "day"),
    ("2024-02-16T08:30:00Z", "2024-02-16", "day"),
    ("2024-02-16 23:30:00.000+02:00", "2024-02-16", "day"),
    ("2014-01-22T00:00:00", "2014-01-22", "day"),
    ("2024/02/16", "2024-02-16", "day"),
    ("20240216", "2024-02-16", "day"),
    ("16 February 2024", "2024-02-16", "day"),
    ("16-Feb-2024", "2024-02-16", "day"),
    ("February 16, 2024", "2024-02-16", "day"),
    ("Sept 3 2023", "2023-09-03", "day"),
    ("1/22/2014 12:00:00 AM", "2014-01-22", "day"),
    ("22.01.2014", "2014-01-22", "day"),
    ("2024-02", "2024-02-01", "month"),
    ("February 2024", "2024-02-01", "month"),
    ("2024", "2024-01-01", "year"),
    (45338, "2024-02-16", "day"),
    (2024, "2024-01-01", "year"),
])
def test_each_accepted_form_reads_to_its_day_and_precision(text, day, precision):
    assert _parse([text]) == ([day], [precision], [None])


def test_month_and_year_read_as_their_last_day_for_the_end_of_a_span():
    days, precision, _ = _parse(["2024-02", "2023", "March 2024"], end=True)
    assert days == ["2024-02-29", "2023-12-31", "2024-03-31"]
    assert precision == ["month", "year", "month"]


@pytest.mark.parametrize("text, words", [
    ("2024-13-45", "no such date '2024-13-45'"),
    ("31/02/2024", "no such date"),
    ("not a date", "unreadable date 'not a date'"),
    ("16 Flobruary 2024", "unreadable date"),
    ("14/08/2020 25:00", "unreadable time"),
    ("45338", "a bare number"),
    (True, "expected a date, got a boolean"),
    (["2024-01-01"], "expected a date, got a list"),
    ({"y": 2024}, "expected a date, got an object"),
])
def test_unreadable_values_reject_their_row_naming_the_column(text, words):
    days, _, reasons = _parse([text, "2024-01-01"])
    assert days == [None, "2024-01-01"]
    assert reasons[0].startswith("when: ") and words in reasons[0]
    assert reasons[1] is None


def test_dates_before_1800_or_over_a_year_ahead_are_rejected_naming_the_bound():
    latest = latest_date(TODAY)
    days, _, reasons = _parse(["1799-12-31", "1800-01-01", latest.isoformat(),
                               (latest + dt.timedelta(days=1)).isoformat(), "0001-01-01",
                               "9999-12-31"])
    assert days[1:3] == ["1800-01-01", latest.isoformat()]
    assert "before 1800-01-01" in reasons[0] and "before 1800-01-01" in reasons[4]
    assert f"more than a year after the ingest date (latest accepted {latest})" in reasons[3]
    assert "more than a year after" in reasons[5]


def test_typed_dates_are_checked_against_the_same_bounds():
    col = pd.Series(pd.to_datetime(["1700-01-01", "2024-01-05"]).astype("datetime64[s]"))
    check = Checker(col.index)
    dates, _ = parse_dates(check, col, "when", DateRule())
    assert "before 1800-01-01" in check.reasons[0] and check.reasons[1] is None
    assert dates[1] == pd.Timestamp("2024-01-05")


def _rules(columns: dict[str, list], override=None):
    evidence = {}
    for name, values in columns.items():
        evidence[name] = Evidence()
        evidence[name].add(pd.Series(values, dtype=object))
    return decide_rules(evidence, {}, override, today=TODAY)  # one day, even across midnight


def test_a_day_over_12_settles_the_whole_column_day_first():
    rules, notes = _rules({"event_date": ["01/08/2020 00:00:00", "14/08/2020 00:00:00"]})
    assert rules["event_date"].order == "dayfirst" and notes == []
    days, _, _ = _parse(["01/08/2020 00:00:00", "14/08/2020 00:00:00"], rules["event_date"])
    assert days == ["2020-08-01", "2020-08-14"]


def test_ucdp_month_first_dates_and_their_spreadsheet_re_save_stay_month_first():
    rules, notes = _rules({"date_start": ["1/22/2014 12:00:00 AM", "05/02/2014 00:00"]})
    assert rules["date_start"].order == "monthfirst" and notes == []
    assert _parse(["05/02/2014 00:00"], rules["date_start"])[0] == ["2014-05-02"]


def test_an_ambiguous_column_is_read_month_first_and_says_so_with_the_override():
    rules, notes = _rules({"date": ["05/02/2024", "01/03/2024"]})
    assert rules["date"].order == "monthfirst"
    assert len(notes) == 1 and "ambiguous" in notes[0] and "--dayfirst" in notes[0]
    assert "'05/02/2024'" in notes[0] and "month-first" in notes[0]
    rules, notes = _rules({"date": ["05/02/2024"]}, override="dayfirst")
    assert rules["date"].order == "dayfirst" and notes == []
    assert _parse(["05/02/2024"], rules["date"])[0] == ["2024-02-05"]


def test_an_ambiguous_column_follows_the_files_other_date_column():
    rules, notes = _rules({"date_start": ["05/02/2024"], "date_end": ["25/02/2024"]})
    assert rules["date_start"].order == rules["date_end"].order == "dayfirst"
    assert "other date columns" in notes[0] and "--monthfirst" in notes[0]


def test_a_mixed_column_follows_its_majority_and_rejects_the_rest():
    values = ["14/08/2020", "15/08/2020", "08/16/2020"]
    rules, notes = _rules({"date": values})
    assert rules["date"].order == "dayfirst" and "mixes" in notes[0]
    days, _, reasons = _parse(values, rules["date"])
    assert days == ["2020-08-14", "2020-08-15", None]
    assert "does not fit the column's day-first" in reasons[2]


def test_spreadsheet_day_numbers_are_read_only_in_an_all_number_column():
    rules, _ = _rules({"date": ["45338", "45339.25"]})
    assert rules["date"].serial
    assert _parse(["45338", "45339.25"], rules["date"])[0] == ["2024-02-16", "2024-02-17"]
    rules, _ = _rules({"date": ["45338", "2024-02-16"]})
    assert not rules["date"].serial
    assert "a bare number" in _parse(["45338"], rules["date"])[2][0]
