"""Date phrases in reports, resolved against the publication date into honest ranges.

Common forms ("December 14 and 15", "in August", "last week", "on Monday", "in just
three days", "since their deployment") are matched and resolved here with plain
regexes; ``dateparser`` only reads the short "N units ago" phrases found by them,
cached. A phrase that needs the publication date when none was given stays open
(``first is None``) instead of being guessed.

Precision follows the length of the range: up to 2 days "day", a week "week",
a month "month", longer "year".
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from geoapp.extract import cues
from geoapp.extract.numbers import parse_count

Range = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class DateSpan:
    """A date phrase at ``start:end`` and the days it covers (None: open, no base date)."""

    start: int
    end: int
    text: str
    first: dt.date | None
    last: dt.date | None
    precision: str | None
    rule: str


_MONTHS = {name: i for i, names in enumerate(
    (("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",),
     ("June", "Jun"), ("July", "Jul"), ("August", "Aug"), ("September", "Sep", "Sept"),
     ("October", "Oct"), ("November", "Nov"), ("December", "Dec")), start=1) for name in names}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Full month names anywhere; abbreviations only before a day ("Dec. 19", not "Jan Kowalski").
_FULL_MONTH = "(?:" + "|".join(n for n in _MONTHS if len(n) > 3 or n == "May") + ")"
_SHORT_MONTH = "(?:" + "|".join(n for n in _MONTHS if len(n) <= 4 and n != "May") + ")"
_MONTH = rf"{_FULL_MONTH}|{_SHORT_MONTH}\.?(?=\s*\d)"
#: A month written out or abbreviated, wherever it stands ("May", "Sept.", "January").
MONTH_WORD = rf"(?:{_FULL_MONTH}|{_SHORT_MONTH}\.?)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_COUNT = r"\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
         r"fourteen|fifteen|twenty|thirty|forty|forty-eight|seventy-two"
_PART = {"early": (1, 10), "beginning of": (1, 10), "start of": (1, 10), "mid": (11, 20),
         "middle of": (11, 20), "late": (21, 31), "end of": (21, 31),
         "first half of": (1, 15), "second half of": (16, 31)}


def find_dates(text: str, published: dt.date | None) -> list[DateSpan]:
    """Non-overlapping date phrases in ``text``, earlier rules winning over later ones.

    Each rule matches the core of a phrase (a month, a day, a unit); the words before
    it ("since", "in early", "over the past") are read by one backward-looking pattern,
    which keeps the scan fast.
    """
    taken: list[tuple[int, int]] = []
    out = []
    for name, pattern, resolve, wanted in _rules():
        for m in pattern.finditer(text):
            lead = _LEAD.search(text, max(0, m.start() - 40), m.start())
            g = {k: v for k, v in m.groupdict().items() if v}
            g.update({k: v.lower() for k, v in lead.groupdict().items() if v})
            start = lead.start() if lead.group(0) else m.start()
            if not wanted(g) or any(start < e and s < m.end() for s, e in taken):
                continue
            if name == "span" and _is_age(text, m.start(), m.end()):
                continue
            phrase = text[start:m.end()]
            span = resolve(g, phrase, published)
            first, last = span if span else (None, None)
            out.append(DateSpan(start, m.end(), phrase, first, last,
                                precision_of(first, last) if first else None, name))
            taken.append((start, m.end()))
    return _ranges(sorted(out, key=lambda d: d.start), text)


#: A person's age told as a length ("a girl of 18 months", "a boy aged two years", "a
#: baby just six months old"), or how far along a pregnancy is ("a woman eight months
#: pregnant", "seven months into her pregnancy"): how old someone is, no period of the news.
_AGE_BEFORE = re.compile(r"\b(?:girl|boy|child|baby|infant|toddler|son|daughter|man|woman|"
                         r"person|teenager|victim|grandson|granddaughter)s?\s+(?:of|aged)\s+"
                         r"(?:just\s+|only\s+|about\s+|around\s+)?$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s+(?:old|of\s+age|pregnant|into\s+(?:her|their)\s+pregnanc(?:y|ies))\b",
                        re.IGNORECASE)


def _is_age(text: str, start: int, end: int) -> bool:
    """The length at ``text[start:end]`` is someone's age (see ``_AGE_BEFORE``)."""
    return _AGE_BEFORE.search(text, max(0, start - 40), start) is not None or \
        _AGE_AFTER.match(text, end) is not None


#: Two dates joined as the ends of one period ("between 2 November 2024 and 20 February
#: 2025", "from 4 January to 9 February").
_RANGE_OPEN = re.compile(r"(?:between|from)\s", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*", re.IGNORECASE)


def _ranges(spans: list[DateSpan], text: str) -> list[DateSpan]:
    """Dates that open and close one period ("between X and Y", "from X to Y") read as the
    one period they bound, from the first day of the one to the last day of the other."""
    out: list[DateSpan] = []
    for d in spans:
        before = out[-1] if out else None
        if before is not None and _RANGE_OPEN.match(before.text) and \
                _RANGE_JOIN.fullmatch(text, before.end, d.start) and \
                before.first is not None and d.last is not None and before.first <= d.last:
            out[-1] = DateSpan(before.start, d.end, text[before.start:d.end], before.first,
                               d.last, precision_of(before.first, d.last), "range")
            continue
        out.append(d)
    return out


_THIS_WEEKEND = re.compile(r"this\s+weekend", re.IGNORECASE)


def forward(span: DateSpan, published: dt.date) -> Range:
    """The range of a phrase in a forecast: "on March 3", "on Monday" or "this weekend"
    written before the day resolve to the next such day, never into the past year or week."""
    first, last = span.first, span.last
    if first is None or last is None or last >= published:
        return first, last
    if span.rule == "weekday" or _THIS_WEEKEND.fullmatch(span.text):
        return first + dt.timedelta(days=7), last + dt.timedelta(days=7)
    if span.rule in ("month_day", "day_month", "month") and not re.search(_YEAR, span.text):
        return _next_year(first), _next_year(last)
    return first, last


def _next_year(day: dt.date) -> dt.date:
    return _safe_date(day.year + 1, day.month, day.day) or day.replace(day=28, year=day.year + 1)


def precision_of(first: dt.date, last: dt.date) -> str:
    """The coarsest unit a range of this length can honestly claim."""
    days = (last - first).days + 1
    return "day" if days <= 2 else "week" if days <= 7 else "month" if days <= 31 else "year"


def undated(published: dt.date) -> Range:
    """The window given to an event whose sentence dates nothing."""
    return published - dt.timedelta(days=cues.load("dates")["undated"]["days"] - 1), published


# -- resolvers: (groups, phrase, published) -> (first, last) or None without a base date


def _iso(g: dict, phrase: str, pub: dt.date | None) -> Range | None:
    day = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
    return (day, day) if day else None


def _days_of_month(g: dict, phrase: str, pub: dt.date | None) -> Range | None:
    month = _MONTHS[g["mon"].rstrip(".")]
    d1 = int(re.match(r"\d+", g["d1"]).group())
    d2 = int(re.match(r"\d+", g["d2"]).group()) if "d2" in g else d1
    month2 = _MONTHS[g["mon2"].rstrip(".")] if "mon2" in g else month
    year = int(g["y"]) if "y" in g else _year_for(month, d1, pub)
    if year is None:
        return None
    first, last = _safe_date(year, month, d1), _safe_date(year, month2, d2)
    return (first, last) if first and last and last >= first else None


def _month(g: dict, phrase: str, pub: dt.date | None) -> Range | None:
    month = _MONTHS[g["mon"]]
    year = int(g["y"]) if "y" in g else _year_for(month, 1, pub)
    if year is None:
        return None
    lo, hi = _PART.get(" ".join(g.get("part", "").split()), (1, 31))
    # "in January and February": to the end of the second month
    month2 = _MONTHS[g["mon2"]] if "mon2" in g else month
    year2 = year if month2 >= month else year + 1
    if "mon2" in g and "y" not in g and pub is not None and \
            (year2, month2) > (pub.year, pub.month):
        year, year2 = year - 1, year2 - 1
    last_day = calendar.monthrange(year2, month2)[1]
    first, last = dt.date(year, month, lo), dt.date(year2, month2, min(hi, last_day))
    return _since(g, first, last, pub)


def _year(g: dict, phrase: str, pub: dt.date | None) -> Range | None:
    year = int(g["y"])
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    part = " ".join(g.get("part", "").split())
    if part == "early":
        last = dt.date(year, 4, 30)
    elif part == "late":
        first = dt.date(year, 9, 1)
    elif part == "mid":
        first, last = dt.date(year, 5, 1), dt.date(year, 8, 31)
    elif part == "first half of":  # "in the first half of 2025": January to June
        last = dt.date(year, 6, 30)
    elif part == "second half of":
        first = dt.date(year, 7, 1)
    return _since(g, first, last, pub)


def _weekday(g: dict, phrase: str, pub: dt.date | None) -> Range | None:
    if pub is None:
        return None
    back = (pub.weekday() - WEEKDAYS.index(g["wd"])) % 7
    if back == 0 and g.get("part") == "last":
        back = 7
    day = pub - dt.timedelta(days=back)
    return day, day


def _relative(g: dict, phrase: str, pub: dt.date | None) -> Range | None:
    if pub is None:
        return None
    spec = cues.load("dates")["relative"][" ".join(g["rel"].lower().split())]
    if "anchor" not in spec:
        return pub + dt.timedelta(days=spec["from"]), pub + dt.timedelta(days=spec["to"])
    return _calendar_unit(spec["anchor"], spec["shift"], pub)


def _span(g: dict, phrase: str, pub: dt.date | None) -> Range | None:
    n = parse_count(g["n"]) if "n" in g else 1
    if pub is None or n is None:
        return None
    unit = cues.load("dates")["units"][g["unit"].lower()]
    days = round(n * unit, 3)
    back = math.ceil(days) if unit < 1 else max(int(days) - 1, 0)
    return pub - dt.timedelta(days=back), pub


def _ago(g: dict, phrase: str, pub: dt.date | None) -> Range | None:
    if pub is None:
        return None
    day = _dateparser(" ".join(phrase.split()), pub)
    return (day, day) if day else None


def _since_today(g: dict, phrase: str, pub: dt.date | None) -> Range | None:
    return (pub, pub) if pub is not None else None


def _since_open(g: dict, phrase: str, pub: dt.date | None) -> Range | None:
    if pub is None:
        return None
    return pub - dt.timedelta(days=cues.load("dates")["since"]["open_start_days"]), pub


# -- helpers


def _since(g: dict, first: dt.date, last: dt.date, pub: dt.date | None) -> Range:
    """'since August' runs from the start of August to publication (when known)."""
    if g.get("prep") == "since" and pub is not None and pub > last:
        return first, pub
    return first, last


def _year_for(month: int, day: int, pub: dt.date | None) -> int | None:
    """Year of a day written without one: the last such day on or before publication."""
    if pub is None:
        return None
    return pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1


def _calendar_unit(anchor: str, shift: int, pub: dt.date) -> Range:
    if anchor in ("week", "weekend"):
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=shift)
        if anchor == "weekend":
            saturday = monday + dt.timedelta(days=5)
            if saturday > pub:  # "this weekend" told before it begins: the one just past
                saturday -= dt.timedelta(weeks=1)
            return saturday, min(saturday + dt.timedelta(days=1), pub)
        return monday, (monday + dt.timedelta(days=6) if shift else pub)
    if anchor == "month":
        first = (pub.replace(day=1) - dt.timedelta(days=1)).replace(day=1) if shift \
            else pub.replace(day=1)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return first, (last if shift else pub)
    year = pub.year + shift
    return dt.date(year, 1, 1), (dt.date(year, 12, 31) if shift else pub)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _dateparser(phrase: str, pub: dt.date) -> dt.date | None:
    import dateparser  # slow to import; only "N units ago" phrases need it

    base = dt.datetime(pub.year, pub.month, pub.day, 12)
    parsed = dateparser.parse(phrase, languages=["en"],
                              settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    return parsed.date() if parsed else None


_PAST = ("past", "last", "previous", "preceding")
# The words a date phrase may open with, read backwards from its core.
_LEAD = re.compile(
    r"(?<![\w])(?:(?P<prep>in|on|since|during|by|until|from|between|of|throughout|over|within"
    r"|for|at)\s+)?(?:(?:just|only)\s+)?(?:(?P<the>the)\s+)?(?:(?P<part>"
    + cues.alternation([*_PART, *_PAST, "this"]) + r")[\s-]+)?$", re.IGNORECASE)

Resolver = Callable[[dict, str, "dt.date | None"], "Range | None"]


def _any(g: dict) -> bool:
    return True


@cache
def _rules() -> tuple[tuple[str, re.Pattern, Resolver, Callable[[dict], bool]], ...]:
    """(name, core pattern, resolver, test of the groups) in priority order."""
    data = cues.load("dates")
    units = cues.alternation(list(data["units"]))
    since = cues.alternation(data["since"]["words"])
    rules = [
        ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>\d{{2}})-(?P<d>\d{{2}})\b", 0, _iso, _any),
        ("month_day", rf"(?P<mon>{_MONTH})\s+(?P<d1>{_DAY})(?:\s*(?:-|–|and|to|through|until)"
                      rf"\s*(?:(?P<mon2>{_MONTH})\s+)?(?P<d2>{_DAY}))?\b(?:,?\s+(?P<y>{_YEAR})\b)?",
         0, _days_of_month, _any),
        ("day_month", rf"\b(?P<d1>{_DAY})(?:\s*(?:-|–|and|to)\s*(?P<d2>{_DAY}))?\s+(?:of\s+)?"
                      rf"(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR})\b)?", 0, _days_of_month, _any),
        # a bare "May" is more often a verb or a name than a date
        ("month", rf"(?P<mon>{_FULL_MONTH})(?:\s*(?:-|–|and|to|through|until)\s*"
                  rf"(?P<mon2>{_FULL_MONTH}))?(?:\s+(?P<y>{_YEAR}))?(?![\w])", 0, _month,
         lambda g: bool({"prep", "part", "y"} & g.keys())),
        ("year", rf"\b(?P<y>{_YEAR})\b", 0, _year,
         lambda g: g.get("prep") in ("in", "since", "during", "by", "of", "throughout")),
        ("ago", rf"\b(?:{_COUNT})\s+{units}\s+ago\b", re.IGNORECASE, _ago, _any),
        # "in just three days", "over the past 24 hours" (but "last week" is relative, and
        # "six weeks after the fall of …", "two days earlier" measure the distance to another
        # event, "a months-long offensive" a length)
        ("span", rf"\b(?:(?P<n>{_COUNT})\s+)?(?P<unit>{units})\b"
                 r"(?!-|\s+(?:ago|after|before|since|earlier|later)\b)",
         re.IGNORECASE, _span,
         lambda g: "n" in g and g.get("part") in (None, *_PAST)
         or ("the" in g and g.get("part") in _PAST)),
        ("relative", rf"\b(?P<rel>{cues.alternation(list(data['relative']))})\b", re.IGNORECASE,
         _relative, _any),
        ("weekday", rf"\b(?P<wd>{'|'.join(WEEKDAYS)})"
                    r"(?:\s+(?:morning|afternoon|evening|night))?\b", 0, _weekday, _any),
        # a briefing's count of its own day ("30 assaults since the start of the day") runs
        # over the day of publication, not an open span of months
        ("since_today", r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+day\b",
         re.IGNORECASE, _since_today, _any),
        ("since", rf"\bsince\s+(?:[\w'’-]+\s+){{0,3}}?{since}\b", re.IGNORECASE, _since_open,
         _any),
    ]
    return tuple((name, re.compile(p, flags), fn, wanted) for name, p, flags, fn, wanted in rules)
