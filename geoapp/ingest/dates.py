"""Dates the way real files write them, decided per column and applied to every row.

Accepted forms (each value on its own; surrounding spaces ignored):

* ISO dates and date-times: ``2024-02-16``, ``2024-02-16T08:30:00Z``,
  ``2024-02-16 08:30:00.000+02:00`` (the date as written; the time is not kept),
  also with ``/`` or ``.`` (``2024/02/16``, as GIS tools write them) and ``20240216``;
* numeric day/month dates: ``16/02/2024``, ``02/16/2024``, ``16.02.2024``,
  ``16-02-2024``, with an optional time (``14/08/2020 00:00:00``,
  ``1/22/2014 12:00:00 AM``); a two-digit year is read as the closest past year;
* month names in English: ``16 February 2024`` (ACLED), ``16-Feb-2024``,
  ``February 16, 2024``;
* ``2024-02`` and ``February 2024`` (month precision), ``2024`` (year precision);
* spreadsheet serial day numbers (``45338`` is 2024-02-16) in a column that holds
  nothing but numbers.

Whether ``05/02/2024`` is 5 February or 2 May is decided once per column, from the
whole column (see :func:`decide_rules`), so every row of a file is read the same way.
Dates before 1800 or more than a year after the day of the ingest are rejected.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd

from geoapp.ingest.values import Checker, labelled, short, texts, type_name

DateOrder = Literal["dayfirst", "monthfirst"]
EARLIEST = dt.date(1800, 1, 1)
#: Day 0 of spreadsheet serial dates (1900 date system, leap-year bug included).
SERIAL_EPOCH = dt.date(1899, 12, 30)
ORDER_FORMS = {"dayfirst": "day-first (dd/mm/yyyy)", "monthfirst": "month-first (mm/dd/yyyy)"}

_MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}

_TIME = (r"(?:(?:[T\s]+|T)(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?"
         r"\s*(?P<ampm>[ap]\.?m\.?)?)?")
_ZONE = r"\s*(?:z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?"
_ISO = re.compile(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
                  + _TIME + _ZONE, re.I)
_COMPACT = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
                      + _TIME + _ZONE, re.I)
_DAY_NAME = re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?[\s\-/.]+(?P<mon>[a-z]+)\.?,?[\s\-/.]+"
                       r"(?P<y>\d{4}|\d{2})" + _TIME + _ZONE, re.I)
_NAME_DAY = re.compile(r"(?P<mon>[a-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"
                       + _TIME + _ZONE, re.I)
_YEAR_MONTH = re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})")
_NAME_YEAR = re.compile(r"(?P<mon>[a-z]+)\.?,?\s+(?P<y>\d{4})", re.I)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


class _Unreadable(ValueError):
    """A value that is not a date in any accepted form (the message says why)."""


@dataclass
class Evidence:
    """What one date column says about its own form: votes for day-first and
    month-first, ambiguous numeric dates, AM/PM times, and whether it is all numbers."""

    dayfirst: int = 0
    monthfirst: int = 0
    ambiguous: int = 0
    example: str | None = None
    ampm: bool = False
    texts: int = 0
    numbers: int = 0

    def add(self, col: pd.Series) -> None:
        """Count the column's text values (numbers typed as numbers need no evidence)."""
        texts = col[col.map(lambda v: isinstance(v, str))] if col.dtype == object else col
        if not (pd.api.types.is_string_dtype(texts) or texts.dtype == object):
            return
        counts = texts.astype("str").str.strip().value_counts()
        for value, n in counts.items():
            if not value:
                continue
            self.texts += n
            if _NUMBER.fullmatch(value):
                self.numbers += n
                continue
            match = _NUMERIC.fullmatch(value)
            if match is None:
                continue
            first, second = int(match["a"]), int(match["b"])
            self.ampm |= bool(match["ampm"])
            if first > 12 >= second:
                self.dayfirst += n
            elif second > 12 >= first:
                self.monthfirst += n
            elif first <= 12 and second <= 12:
                self.ambiguous += n
                self.example = self.example or value

    @property
    def settled(self) -> DateOrder | None:
        if self.dayfirst or self.monthfirst:
            return "dayfirst" if self.dayfirst > self.monthfirst else "monthfirst"
        return None


@dataclass(frozen=True)
class DateRule:
    """How one column is read: the day/month order, whether its numbers are
    spreadsheet serial days, and the accepted range."""

    order: DateOrder = "monthfirst"
    serial: bool = False
    latest: dt.date = field(default_factory=lambda: latest_date(dt.date.today()))


def latest_date(today: dt.date) -> dt.date:
    """One year after ``today`` (28 February for a 29 February)."""
    try:
        return today.replace(year=today.year + 1)
    except ValueError:
        return today.replace(year=today.year + 1, day=28)


def decide_rules(evidence: dict[str, Evidence], labels: dict[str, str],
                 override: DateOrder | None = None,
                 today: dt.date | None = None) -> tuple[dict[str, DateRule], list[str]]:
    """One rule per date column, and notes for the user about the choices made.

    A value over 12 in one position settles a column. A column with no such value
    takes the order the file's other date columns settled on (one spreadsheet wrote
    them all), else month-first, and a note says so and how to override it. A
    column with votes both ways follows the majority; the other rows are rejected.
    """
    latest = latest_date(today or dt.date.today())
    settled = [e.settled for e in evidence.values() if e.settled]
    file_order = max(set(settled), key=settled.count) if settled else None
    rules, notes = {}, []
    for column, ev in evidence.items():
        label = labels.get(column, column)
        serial = ev.texts > 0 and ev.numbers == ev.texts
        if override:
            order = override
        elif ev.settled:
            order = ev.settled
            if ev.dayfirst and ev.monthfirst:
                minority = min(ev.dayfirst, ev.monthfirst)
                notes.append(f"{label}: mixes day-first and month-first dates; read as "
                             f"{ORDER_FORMS[order]} like most rows, {minority:,} rows that do not "
                             "fit are rejected")
        else:
            order = file_order or "monthfirst"
            if ev.ambiguous:
                why = ("like the file's other date columns" if file_order else
                       "as US spreadsheets write dates with AM/PM" if ev.ampm else
                       "by default")
                other = "--monthfirst" if order == "dayfirst" else "--dayfirst"
                notes.append(f"{label}: no day is over 12 (e.g. {ev.example!r}), so the "
                             f"order is ambiguous; read as {ORDER_FORMS[order]} {why}. "
                             f"If that is wrong, ingest again with {other}.")
        rules[column] = DateRule(order, serial, latest)
    return rules, notes


def parse_dates(checker: Checker, col: pd.Series, column: str, rule: DateRule,
                *, end: bool = False) -> tuple[pd.Series, pd.Series]:
    """A column as ``datetime64[s]`` dates and their precision (day/month/year).

    ``end`` reads a month or a year as its last day (for end-of-span columns).
    Unreadable and out-of-range values reject their row through ``checker``.
    """
    label = checker.label(column)
    precision = pd.Series(None, index=col.index, dtype=object)
    if pd.api.types.is_datetime64_any_dtype(col):
        values = col.dt.tz_localize(None) if getattr(col.dt, "tz", None) else col
        dates = values.dt.floor("D").astype("datetime64[s]")
        precision[dates.notna()] = "day"
        _check_bounds(checker, dates, label, rule)
        return dates, precision
    values = col.astype(object)
    if not pd.api.types.is_string_dtype(col) and not _all_hashable(values):
        values = values.map(_hashable)
    codes, uniques = pd.factorize(values)
    parsed = [_parse_value(v, rule, end) for v in uniques]
    first = np.array([p[0] for p in parsed] + [None], dtype="datetime64[D]")
    kinds = np.array([p[1] for p in parsed] + [None], dtype=object)
    problems = np.array([p[2] for p in parsed] + [None], dtype=object)
    take = np.asarray(codes)
    dates = pd.Series(first[take].astype("datetime64[s]"), index=col.index)
    precision = pd.Series(kinds[take], index=col.index, dtype=object)
    reasons = pd.Series(problems[take], index=col.index, dtype=object)
    checker.reject_each(labelled(reasons, label))
    return dates.where(reasons.isna()), precision.where(reasons.isna(), None)


def _all_hashable(values: pd.Series) -> bool:
    return pd.api.types.infer_dtype(values, skipna=True) not in ("mixed", "mixed-integer")


def _hashable(value: object) -> object:
    """Lists and objects cannot be factorized: stand in a marker naming their type."""
    if isinstance(value, (list, dict, tuple, np.ndarray)):
        return _WrongType(type_name(value))
    return value


@dataclass(frozen=True)
class _WrongType:
    name: str


def _check_bounds(checker: Checker, dates: pd.Series, label: str, rule: DateRule) -> None:
    early = dates < pd.Timestamp(EARLIEST)
    checker.reject(early, f"{label}: " + texts(dates[early], _iso_day)
                   + f" is before {EARLIEST}, the earliest date accepted")
    late = dates > pd.Timestamp(rule.latest)
    checker.reject(late, f"{label}: " + texts(dates[late], _iso_day)
                   + f" is more than a year after the ingest date (latest accepted {rule.latest})")


def _iso_day(value: pd.Timestamp) -> str:
    return value.strftime("%Y-%m-%d")


def _parse_value(value: object, rule: DateRule, end: bool) -> tuple:
    """(date, precision, problem) for one distinct value; missing → (None, None, None)."""
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return None, None, None
    try:
        first, last, precision = _read(value, rule)
    except _Unreadable as exc:
        return None, None, str(exc)
    except (ValueError, OverflowError):
        return None, None, f"no such date {short(value)}"
    if first is None:
        return None, None, None
    if first < EARLIEST:
        return None, None, f"{first} is before {EARLIEST}, the earliest date accepted"
    if first > rule.latest:
        return None, None, (f"{first} is more than a year after the ingest date "
                            f"(latest accepted {rule.latest})")
    return (last if end else first), precision, None


def _read(value: object, rule: DateRule) -> tuple[dt.date | None, dt.date | None, str]:
    if isinstance(value, _WrongType):
        raise _Unreadable(f"expected a date, got {value.name}")
    if isinstance(value, bool):
        raise _Unreadable("expected a date, got a boolean")
    if isinstance(value, (dt.date, pd.Timestamp)):
        day = value.date() if isinstance(value, (dt.datetime, pd.Timestamp)) else value
        return day, day, "day"
    if isinstance(value, (int, float)):
        return _number_date(float(value), str(value), serial=True)
    if not isinstance(value, str):
        raise _Unreadable(f"expected a date, got {type_name(value)}")
    text = value.strip()
    if not text:
        return None, None, "day"
    if _NUMBER.fullmatch(text):
        return _number_date(float(text), text, serial=rule.serial)
    for pattern, reader in _FORMS:
        match = pattern.fullmatch(text)
        if match:
            return reader(match, rule, text)
    raise _Unreadable(f"unreadable date {short(value)}")


def _number_date(number: float, text: str, *, serial: bool) -> tuple[dt.date, dt.date, str]:
    """4 digits are a year, 8 digits yyyymmdd; other numbers are spreadsheet day
    numbers, but only in a column of nothing but numbers."""
    if number.is_integer() and 1000 <= number <= 9999:
        return _year(int(number))
    if number.is_integer() and 10_000_000 <= number <= 99_999_999:
        digits = str(int(number))
        day = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        return day, day, "day"
    if not serial:
        raise _Unreadable(f"a bare number {short(text)}; day numbers are read only in a "
                          "column that holds nothing but numbers")
    if number < 1 or number >= 2_958_466:  # after 9999-12-31
        raise _Unreadable(f"{short(text)} is not a spreadsheet day number")
    day = SERIAL_EPOCH + dt.timedelta(days=int(number))
    return day, day, "day"


def _year(year: int) -> tuple[dt.date, dt.date, str]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def _month(year: int, month: int) -> tuple[dt.date, dt.date, str]:
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1), "month"


def _check_time(match: re.Match) -> None:
    if match["h"] is None:
        return
    hour, minute = int(match["h"]), int(match["mi"])
    limit = 12 if match["ampm"] else 24
    if hour > limit or minute > 59 or (match["s"] is not None and int(match["s"]) > 60):
        raise _Unreadable(f"unreadable time in {short(match.string)}")


def _day(year: int, month: int, day: int, match: re.Match) -> tuple[dt.date, dt.date, str]:
    _check_time(match)
    date = dt.date(year, month, day)
    return date, date, "day"


def _full_year(text: str) -> int:
    """A two-digit year as the closest year not more than one year ahead."""
    year = int(text)
    if len(text) == 4:
        return year
    this_year = dt.date.today().year
    year += 2000
    return year if year <= this_year + 1 else year - 100


def _month_number(name: str, text: str) -> int:
    try:
        return _MONTHS[name.lower()]
    except KeyError:
        raise _Unreadable(f"unreadable date {short(text)}") from None


def _iso(match: re.Match, rule: DateRule, text: str) -> tuple:
    return _day(int(match["y"]), int(match["m"]), int(match["d"]), match)


def _compact(match: re.Match, rule: DateRule, text: str) -> tuple:
    return _day(int(match["y"]), int(match["m"]), int(match["d"]), match)


def _numeric(match: re.Match, rule: DateRule, text: str) -> tuple:
    first, second = int(match["a"]), int(match["b"])
    day, month = (first, second) if rule.order == "dayfirst" else (second, first)
    if month > 12 and day <= 12:
        raise _Unreadable(f"{short(text)} does not fit the column's {ORDER_FORMS[rule.order]} "
                          "order")
    return _day(_full_year(match["y"]), month, day, match)


def _day_name(match: re.Match, rule: DateRule, text: str) -> tuple:
    month = _month_number(match["mon"], text)
    return _day(_full_year(match["y"]), month, int(match["d"]), match)


def _name_day(match: re.Match, rule: DateRule, text: str) -> tuple:
    month = _month_number(match["mon"], text)
    return _day(int(match["y"]), month, int(match["d"]), match)


def _year_month(match: re.Match, rule: DateRule, text: str) -> tuple:
    return _month(int(match["y"]), int(match["m"]))


def _name_year(match: re.Match, rule: DateRule, text: str) -> tuple:
    return _month(int(match["y"]), _month_number(match["mon"], text))


_FORMS = ((_ISO, _iso), (_COMPACT, _compact), (_NUMERIC, _numeric), (_DAY_NAME, _day_name),
          (_NAME_DAY, _name_day), (_YEAR_MONTH, _year_month), (_NAME_YEAR, _name_year))

#: Date precisions from finest to coarsest.
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def coarser(stated: pd.Series, parsed: pd.Series) -> pd.Series:
    """Per row the coarser of a stated precision and the one the date was written
    with: "2024-03" cannot be a day-precision date."""
    rank_stated = stated.map(PRECISION_RANK)
    rank_parsed = parsed.map(PRECISION_RANK)
    use_parsed = rank_parsed.notna() & (rank_stated.isna() | (rank_parsed > rank_stated))
    return stated.where(~use_parsed, parsed).astype(object)


def span_end(start: pd.Series, precision: pd.Series) -> pd.Series:
    """Last day of the span a start date and a precision describe (week = 7 days)."""
    week = start + pd.Timedelta(days=6)
    month = (start + pd.offsets.MonthEnd(0)).astype("datetime64[s]")
    year = (start + pd.offsets.YearEnd(0)).astype("datetime64[s]")
    end = start.where(precision.ne("week"), week)
    end = end.where(precision.ne("month"), month)
    return end.where(precision.ne("year"), year).astype("datetime64[s]")
