"""Wire datelines: "SEOUL, Dec. 19 (Yonhap) --", "KYIV, Ukraine (AP) —", "PORT SUDAN, 14 May 2025 —",
"KHARTOUM: ", "DAKAR, Senegal: ", "Mogadishu, Somalia - ", "Addis Abeba – " under a standfirst.

The dateline says where a report was filed and by whom, never where its events
happened: its place becomes a ``dateline`` related place, its agency the default
source, and a full date in it stands in for a missing publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from geoapp.extract.dates import MONTH_WORD, find_dates

_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z'’./\- ]{1,40}?)(?:,\s*(?P<area>[A-Z][\w'’.\- ]{1,30}?))??"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?\s*"
    r"(?:\((?P<agency>[^)]{1,40})\))?\s*(?:--|—|–|-(?![A-Za-z])|:(?=\s)(?!\s*[A-Z'’]{2,}\s+[A-Z'’]{2,}\b))\s*")


@dataclass(frozen=True)
class Dateline:
    """The dateline at the top of a report: ``end`` is where the story text begins."""

    end: int
    place: str
    place_start: int
    place_end: int
    agency: str | None
    date: dt.date | None


#: A bare place before a long dash or a colon is a dateline too ("CAIRO — …",
#: "KHARTOUM: …"); before a hyphen it may be a heading ("URGENT - …").
_BARE = re.compile(r"\s*(?P<place>[A-Z][A-Z'’./\- ]{1,40}?)\s*(?:--|—|–|:)\s+")

#: An all-caps place before a spaced hyphen opening the body under a headline ("MOSCOW - At
#: least 15 people …"): a dateline too, unless the word flags the copy ("URGENT - …").
_BARE_HYPHEN = re.compile(r"\s*(?!(?:URGENT|BREAKING|UPDATE[SD]?|EXCLUSIVE|FLASH|ANALYSIS|"
                          r"OPINION|EDITORIAL|LIVE|WATCH|CORRECTION|NEWS|ALERT)\b)"
                          r"(?P<place>[A-Z][A-Z'’./]+(?: [A-Z][A-Z'’./]+){0,2}) - (?=[A-Z])")

#: A place in title case before a colon or a spaced dash, opening the body under a headline
#: ("Kyiv: Russia has carried out …", "New Delhi: …", "Khartoum - At least …"): the filing
#: city of agency copy.
_TITLED = re.compile(r"\s*(?P<place>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2})"
                     r"(?::|[ \t]+(?:--|—|–|-))\s+(?=[A-Z])")

#: A place in title case before a spaced dash, opening the first body paragraph under a
#: headline and a standfirst, or a text with no headline ("Addis Abeba – The government of
#: the region has accused …"): the filing city. A colon there may open a quote or a label.
_TITLED_DASH = re.compile(r"\s*(?P<place>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2})"
                          r"[ \t]+(?:--|—|–|-)\s+(?=[A-Z])")

#: How many paragraphs under the headline may stand before the one a dateline opens: a
#: standfirst.
_STANDFIRST_PARAGRAPHS = 1

#: A city in title case and its country, or the outlet in brackets, before a dash
#: ("Mogadishu, Somalia - …", "Goma, DR Congo — …", "Mogadishu (Caasimada Online) - …"): the
#: filing place of agency copy, however the dash is written; the country and the outlet
#: may both stand in brackets ("Port Sudan (Sudan) (AFP) – …").
_TITLED_AREA = re.compile(
    r"\s*(?P<place>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2})(?:,\s*[A-Z][A-Za-z'’.\-]+"
    r"(?: [A-Z][A-Za-z'’.\-]+){0,2}|\s*\([A-Z][^()\n]{1,40}\))(?:\s*\([A-Z][^()\n]{1,40}\))?"
    r"\s*(?:--|—|–|-)\s+(?=[A-Z\"“])")

#: A city in title case, a date and the outlet in brackets, with or without a dash
#: ("Beirut, May 14 (Outlet) An Israeli …", "Niamey, 4 Nov. 2025 (Outlet) - …"), its
#: country between ("Niamey, Niger, April 26 (Outlet) - …"): agency copy's filing place,
#: the month written out or cut short; it may open the paragraph under a standfirst.
_TITLED_DATED = re.compile(
    r"\s*(?P<place>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2}),"
    r"(?:\s*[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2},)?\s*(?:[A-Z][a-z]{2,8}\.?\s+"
    r"\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?\s*\([A-Z][^()\n]{1,40}\)\s*"
    r"(?:(?:--|—|–|-)\s*)?(?=[A-Z\"“])")

#: A city in title case and a date before a colon, with no outlet, opening the body
#: ("Bamako, May 12: More than 100 people …"): the filing place. (Before a dash, a lead's
#: first sentence may still tell what happened there.)
_TITLED_DATED_BARE = re.compile(
    r"\s*(?P<place>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2}),\s*(?:" + MONTH_WORD +
    r"\s+\d{1,2}|\d{1,2}\s+" + MONTH_WORD + r")(?:,?\s+\d{4})?\s*:\s+(?=[A-Z\"“])")

#: The outlet, a dash, then the filing city and the full date, on a line of its own under
#: the headline ("Maliweb – Bamako, Sunday 27 October 2024"): the city is the dateline's.
_OUTLET_CITY_DATED = re.compile(
    r"\s*[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,2}[ \t]+(?:--|—|–|-)[ \t]+"
    r"(?P<place>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2}),[ \t]*(?:[A-Z][a-z]+day,?[ \t]+)?"
    r"(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+\d{4}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+"
    r"\d{4})[ \t]*\n")

#: A line that only dates the report, between its headline and its body ("16 October 2023",
#: "Sunday March 24, 2024").
_DATE_LINE = re.compile(r"\s*(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
                        r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})[ \t]*\n")

#: A first line that is a headline: no full stop at its end, under this many characters.
_HEADLINE = re.compile(r"\s*[^\n]{1,160}?(?<![.:!?])\n")


def headline_end(text: str) -> int:
    """Where the report's headline ends (0 when its first line is not one): a first line
    with no full stop, followed by the body."""
    m = _HEADLINE.match(text)
    return m.end() if m is not None and text[m.end():].strip() else 0


#: How far into a report a paragraph may open with an agency's dateline: wire copy under
#: a photo caption and summary bullets ("- Houthi officials say …") starts its body there.
_LEAD_REACH = 1500


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _body_starts(text: str, headline: re.Match | None) -> list[int]:
    """Where the first body paragraph may open: the text's start when its first line is
    no headline, else the paragraph after the headline, or the one after its standfirst."""
    if headline is None:
        return [0]
    paragraphs = [headline.end()] + [x.end() for x in _PARAGRAPH_BREAK.finditer(
        text, headline.end(), _LEAD_REACH)]
    return paragraphs[:_STANDFIRST_PARAGRAPHS + 1]


def find_dateline(text: str) -> Dateline | None:
    """The report's dateline, if its first line, or the line after a headline, opens
    with one (an all-caps place, "CAIRO/JERUSALEM"); or a later paragraph of the lead
    opens with a place and its agency in brackets ("ADEN/WASHINGTON (Reuters) - …" under a
    caption and summary bullets)."""
    starts = [0]
    headline = _HEADLINE.match(text)
    if headline is not None:
        starts.append(headline.end())
    m = next((m for m in (_DATELINE.match(text, pos) for pos in starts)
              if m is not None and (m["date"] or m["agency"] or m["area"])), None)
    if m is None:
        later = (x.end() for x in re.finditer(r"\n[ \t]*\n", text[:_LEAD_REACH]))
        m = next((m for m in (_DATELINE.match(text, pos) for pos in later)
                  if m is not None and m["agency"]), None)
    if m is None:
        bare = next((b for b in (_BARE.match(text, pos) for pos in starts) if b), None)
        if bare is None:
            bare = next((b for b in (_OUTLET_CITY_DATED.match(text, pos)
                                     for pos in _body_starts(text, headline)) if b), None)
        if bare is None and headline is not None:
            bare = _BARE_HYPHEN.match(text, headline.end())
        if bare is None and headline is not None:
            bare = _TITLED.match(text, headline.end())
        if bare is None:
            bare = next((b for b in (_TITLED_DASH.match(text, pos)
                                     for pos in _body_starts(text, headline)) if b), None)
        if bare is None:
            dated = [d.end() for d in (_DATE_LINE.match(text, pos) for pos in starts) if d]
            bare = next((b for b in (p.match(text, pos) for pos in starts + dated
                                     for p in (_TITLED_AREA, _TITLED_DATED,
                                                _TITLED_DATED_BARE)) if b), None)
        if bare is None:
            bare = next((b for b in (_TITLED_DATED.match(text, pos)
                                     for pos in _body_starts(text, headline)) if b), None)
        if bare is None:
            return None
        return Dateline(bare.end(), bare["place"], bare.start("place"), bare.end("place"),
                        None, None)
    date = None
    if m["date"]:
        found = find_dates(m["date"], None)
        date = found[0].first if found else None
    place = m["place"].strip()
    start = m.start("place")
    return Dateline(m.end(), place, start, start + len(place), m["agency"], date)
