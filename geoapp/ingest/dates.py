"""Vectorised date parsing for the formats conflict datasets actually use."""

from __future__ import annotations

import pandas as pd

#: Tried in order on the values the previous formats left unparsed.
DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%m/%d/%Y %I:%M:%S %p",  # UCDP GED exports: 1/22/2014 12:00:00 AM
    "%m/%d/%Y %H:%M",  # the same after a spreadsheet round trip: 05/02/2014 00:00 (2 May)
    "%d %B %Y",  # ACLED exports: 20 December 2024
    "%d-%B-%Y",
    "%B %d, %Y",
    "%d.%m.%Y",
    "%Y/%m/%d",
    "%m/%d/%Y",
)


def parse_dates(values: pd.Series) -> pd.Series:
    """Parse strings to ``datetime64[s]``; unparseable or empty values become NaT.

    Day-first slashes (``22/01/2014``) are not guessed: ``%m/%d/%Y`` is the only
    slash form after the UCDP one, and a value that fits neither stays NaT so the
    row is rejected with its line number instead of landing on the wrong day.
    """
    text = values.astype("string").str.strip()
    result = pd.Series(pd.NaT, index=values.index, dtype="datetime64[s]")
    todo = text.notna() & (text != "")
    for fmt in DATE_FORMATS:
        if not todo.any():
            break
        parsed = pd.to_datetime(text[todo], format=fmt, errors="coerce")
        ok = parsed.notna()
        result.loc[ok[ok].index] = parsed[ok].astype("datetime64[s]")
        todo.loc[ok[ok].index] = False
    return result
