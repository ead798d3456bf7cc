"""Wire datelines: "SEOUL, Dec. 19 (Yonhap) --", "KYIV, Ukraine (AP) —".

The dateline says where a report was filed and by whom, never where its events
happened: its place becomes a ``dateline`` related place, its agency the default
source, and a full date in it stands in for a missing publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from geoapp.extract.dates import find_dates

_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'’.\- ]{1,40}?)(?:,\s*(?P<area>[A-Z][\w'’.\- ]{1,30}?))??"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*"
    r"(?:\((?P<agency>[^)]{1,40})\))?\s*(?:--|—|–|-)\s*")


@dataclass(frozen=True)
class Dateline:
    """The dateline at the top of a report: ``end`` is where the story text begins."""

    end: int
    place: str
    place_start: int
    place_end: int
    agency: str | None
    date: dt.date | None


def find_dateline(text: str) -> Dateline | None:
    """The report's dateline, if its first line opens with one (an all-caps place)."""
    m = _DATELINE.match(text)
    if m is None or not (m["date"] or m["agency"] or m["area"]):
        return None
    date = None
    if m["date"]:
        found = find_dates(m["date"], None)
        date = found[0].first if found else None
    place = m["place"].strip()
    start = m.start("place")
    return Dateline(m.end(), place, start, start + len(place), m["agency"], date)
