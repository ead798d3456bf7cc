"""One event told twice is one event: merge restatements within a report.

Wire copy gives the news in its first sentence and restates it further down
("Five people were killed in Kharkiv on Monday … The strike on Kharkiv killed
five civilians, the governor said"). Two candidates are the same event when they
have the same type and place, their date ranges overlap, their actors do not come
from different sides and, when both carry figures, they share one kind of figure
with overlapping ranges and contradict in none. Different figures stay separate
claims, as the model wants; the same figures from a second source are noted on
the first telling, not counted again.

A sentence that tells a new event ("A second strike hit the city's hospital", "In a
separate attack …", "Separately, … said" with its own source and figures) is never a
restatement, even in the same town. A headline is the report's summary: the body's first
telling of its event takes its place, with the body's date, source and figures.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from geoapp.extract import cues
from geoapp.extract.candidate import Candidate
from geoapp.model import GEO_PRECISIONS, Event

_PAIRS = (("killed_low", "killed_high"), ("wounded_low", "wounded_high"),
          ("casualties_low", "casualties_high"), ("count_low", "count_high"))
_PLACE_FIELDS = ("location_text", "place_name", "adm1_code", "admin1", "country", "lon", "lat",
                 "geo_precision")


TOLL_OWNERS = ("attack", "capture")
_TOLL_FIELDS = (("killed_low", "killed_high", "killed_best"), ("wounded_low", "wounded_high"),
                ("casualties_low", "casualties_high"))


#: Capture cues that take people by arrest or abduction, no ground and no fight.
_ARREST_CUES = frozenset({"people arrested", "people detained"})


def _arrests_only(c: Candidate) -> bool:
    """A capture told only by people arrested or abducted ("it has killed more than 50 and
    arrested 110"; "The deployment has cost the lives of 27"): arrests own no toll, so the
    killed told with or after them are the operation's attack, not the arrests'."""
    return c.event.event_type == "capture" and bool(_ARREST_CUES & set(c.cues)) and \
        set(c.cues) <= _arrest_words()


@cache
def _arrest_words() -> frozenset[str]:
    """The names and words of the arrest cues."""
    found = [x for x in cues.load("events")["cue"] if x["name"] in _ARREST_CUES]
    return _ARREST_CUES | {w.lower() for x in found for w in x["words"]}


def fold_tolls(entries: list[tuple[Candidate, int, int, bool, bool]],
               following: list[tuple[Candidate, int, int, bool, bool]] = (),
               headline_end: int = 0) -> list[Candidate]:
    """The killed and wounded of a strike belong to the strike.

    ``entries`` are (candidate, sentence number, paragraph number, is a tally, counts a
    force's losses). A casualty report told in the sentence of an attack (or of ground
    taken) in the same region, or after it, becomes that event's figures. A tally over a
    period ("in three days", "since their deployment") stays a casualty report of its own,
    as do totals not tied to one strike and a force's losses. The toll of other people
    with no attack told is that attack, unless the body told before it a tally or a force's
    losses in that place with the same count (that count told again), or it is a headline's
    toll the body gives as a tally with the same count; a headline's toll (the text before
    ``headline_end``) is that of the attack the body tells there with no toll of its own.
    ``following`` are tolls not proposed on their own ("He said four patients were
    killed"): they join the attack of the sentence right before, in their paragraph, when
    it has no toll yet, and are dropped otherwise.
    """
    attacks: dict[tuple[int, str | None], int] = {}
    for i, (c, s, _, _, _) in enumerate(entries):
        if c.event.event_type in TOLL_OWNERS and not _arrests_only(c):
            attacks.setdefault((s, _region(c)), i)
    out: dict[int, Candidate] = {}
    for c, s, p, tally, _ in following:
        j = attacks.get((s - 1, _region(c)))
        if tally or j is None or entries[j][2] != p:
            continue
        attack = entries[j][0]
        if all(getattr(attack.event, f[0]) is None for f in _TOLL_FIELDS):
            out[j] = _with_toll(attack, c)
    for i, (c, s, p, tally, forces) in enumerate(entries):
        # a toll over a spell giving the count an attack told before in that region
        # already holds ("RSF attacked villages … and killed at least 25 people" then "at
        # least 25 people had been killed since Sunday in …"): that attack's toll told
        # again, not a tally of its own (not a force's losses; not a headline's attack,
        # whose count is the body's tally told first: "14 killed in 3 days; army strikes");
        # so too a toll told before with no strike, now an attack ("Shelling has killed at
        # least 20 … " then "casualties so far are at least 20 killed")
        if c.event.event_type == "casualty_report" and tally and not forces and any(
                _region(entries[k][0]) == _region(c)
                and entries[k][0].span[0] >= headline_end
                and _same_count(out.get(k, entries[k][0]).event, c.event)
                and out.get(k, entries[k][0]).event.event_type == "attack"
                for k in range(i)):
            continue
        # a toll the next sentence blames on a strike there ("The committees blamed the
        # casualties on shelling by …"): that strike's, across a paragraph break, even told
        # as the count "so far" (not a force's losses)
        blamed = attacks.get((s + 1, _region(c)))
        if c.event.event_type == "casualty_report" and not forces and \
                attacks.get((s, _region(c))) is None and blamed is not None and \
                _BLAMED.search(entries[blamed][0].event.quote or "") is not None:
            out[blamed] = _with_toll(out.get(blamed, entries[blamed][0]), c)
            continue
        # a side's kills told as its reprisal ("the army says it killed more than 100
        # terrorists in response to the deaths of its soldiers"): the toll of that
        # operation, an attack there, not a tally of losses
        if c.event.event_type == "casualty_report" and attacks.get((s, _region(c))) is None \
                and _REPRISAL.search(c.event.quote or "") is not None \
                and _KILLS_TOLD.search(c.event.quote or "") is not None:
            out[i] = replace(c, event=c.event.replace(
                event_type="attack", sub_type="deadly attack",
                notes=f"{c.event.notes}; a reprisal told by its toll"))
            continue
        if c.event.event_type != "casualty_report" or tally:
            out.setdefault(i, c)
            continue
        j = attacks.get((s, _region(c)))
        if j is None and (s - 1, _region(c)) in attacks \
                and entries[attacks[(s - 1, _region(c))]][2] == p:
            j = attacks[(s - 1, _region(c))]
        # a force's killed and wounded counted together ("the figure of 1,000 soldiers
        # killed and wounded") is its losses over the fighting: told in another paragraph
        # than a strike there, no toll of that strike; so too with the words before the
        # number ("its forces had killed or wounded at least 30 soldiers")
        lumped = forces and c.event.casualties_low is not None and (
            _KILLED_AND_WOUNDED.search(c.event.figures_text or "") is not None
            or _KILLED_AND_WOUNDED_BEFORE.search(c.event.quote or "") is not None)
        if j is None:  # the report's attack there, told before, else after (a headline's toll)
            there = [k for (_, r), k in sorted(attacks.items(), key=lambda x: x[1])
                     if r == _region(c) and (not lumped or entries[k][2] == p)]
            j = next((k for k in there if k < i), next(iter(there), None)
                     if c.span[1] <= headline_end else None)
            if j is not None and j > i and _toll_told(entries, j):
                j = None  # the body gives that attack its own toll
            # a toll told as the fighting's, in a sentence of its own after ground taken
            # there ("… liberated the village. Our soldiers killed 18 of the enemy in the
            # course of the fighting"): the fight for it, an attack beside the capture
            if j is not None and entries[j][0].event.event_type == "capture" and \
                    _IN_THE_FIGHTING.search(c.event.quote or "") is not None:
                j = None
        # people killed once the place had fallen, in a sentence of its own ("killed at
        # least 300 women in the first two days after the city fell"): a killing of its
        # own after the taking, an attack, not the capture's toll
        if j is not None and entries[j][0].event.event_type == "capture" and \
                entries[j][1] != s and not forces and \
                _AFTER_THE_FALL.search(c.event.quote or "") is not None:
            j = None
        # the count of a toll told before with no strike, taken there as an attack, told
        # again ("At least 12 gunmen were killed" then a closing summary's "- Friday, near
        # X: at least 12 gunmen killed"): that attack's toll, not a tally of its own
        told_again = None if j is not None or lumped else next(
            (k for k in range(i) if out.get(k) is not None
             and out[k].event.event_type == "attack" and entries[k][0].event.event_type ==
             "casualty_report" and _region(out[k]) == _region(c)
             and _same_count(out[k].event, c.event)), None)
        if told_again is not None:
            out[told_again] = _with_toll(out[told_again], c)
            continue
        if j is None:
            # the toll of a place whose losses were counted before with no strike ("100
            # soldiers have been killed in the region … 'at least 100 deaths,' he said"):
            # that count told again, not an attack
            counted = any(out.get(k) is not None and out[k].event.event_type ==
                          "casualty_report" and (entries[k][3] or entries[k][4])
                          and out[k].span[0] >= headline_end and _region(out[k]) == _region(c)
                          and _same_count(out[k].event, c.event) for k in range(i))
            # a headline's toll that the body gives as a tally with the same count ("Death
            # toll reaches 65,382" over "… has climbed to 65,382 since October 2023"): that
            # tally, not an attack
            counted = counted or c.span[1] <= headline_end and any(
                e.event.event_type == "casualty_report" and tallied and e.span[0] >= headline_end
                and _region(e) == _region(c) and _same_count(e.event, c.event)
                for e, _, _, tallied, _ in entries[i + 1:])
            out[i] = c if forces or counted else replace(c, event=c.event.replace(
                event_type="attack", sub_type="deadly attack",
                notes=f"{c.event.notes}; an attack told by its toll"))
            continue
        out[j] = _with_toll(out.get(j, entries[j][0]), c)
    return [out[i] for i in sorted(out)]


#: A sentence laying the deaths just told at a strike's door ("blamed the casualties on
#: deliberate shelling", "attributed the deaths to an air strike").
_BLAMED = re.compile(r"\b(?:blam(?:ed|es|ing)|attribut(?:ed|es|ing))\s+(?:the\s+|these\s+|"
                     r"those\s+)?(?:casualties|deaths|killings|toll|dead)\s+(?:on|to)\b",
                     re.IGNORECASE)


#: An operation told as answering an earlier blow ("in response to the deaths", "in
#: retaliation for the ambush").
_REPRISAL = re.compile(r"\b(?:in\s+(?:response|retaliation|reprisal|revenge)\s+(?:to|for)|"
                       r"to\s+avenge)\b", re.IGNORECASE)
#: A number in digits, its bound or hedge before it ("at least 30", "as many as 40").
_BOUNDED_DIGITS = (r"(?:(?:about|around|some|at\s+least|more\s+than|over|nearly|up\s+to|"
                   r"as\s+many\s+as)\s+)?\d")
#: Kills told as a side's own deed, the verb right before the number ("says it killed "more
#: than 100 terrorists"", "eliminated at least 40").
_KILLS_TOLD = re.compile(r"\b(?:killed|killing|eliminated|eliminating|neutrali[sz]ed|"
                         r"neutrali[sz]ing)\s+[\"“‘]?" + _BOUNDED_DIGITS, re.IGNORECASE)


#: A time told as after a place was taken ("after the city fell", "since its capture",
#: "following the takeover of the town").
_AFTER_THE_FALL = re.compile(r"\b(?:after|since|following|once)\s+(?:[\w'’-]+\s+){0,4}?"
                             r"(?:fell|fall|capture|takeover|take-over|(?:was|had\s+been)\s+"
                             r"(?:taken|captured|seized|overrun))\b", re.IGNORECASE)


#: A toll told as that of the fighting ("in the course of the fighting", "during the
#: battle", "in the clashes").
_IN_THE_FIGHTING = re.compile(r"\b(?:in|during)\s+(?:the\s+)?(?:course\s+of\s+(?:the\s+)?)?"
                              r"(?:fighting|battles?|clashes|combat)\b", re.IGNORECASE)


#: Killed and wounded counted as one figure ("1,000 soldiers killed and wounded").
_KILLED_AND_WOUNDED = re.compile(r"\b(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)\b|"
                                 r"\b(?:wounded|injured)\s+(?:and|or)\s+(?:killed|dead)\b",
                                 re.IGNORECASE)


#: The same, right before the number they count ("had killed or wounded at least 30").
_KILLED_AND_WOUNDED_BEFORE = re.compile(
    r"\b(?:(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)|(?:wounded|injured)\s+(?:and|or)\s+"
    r"(?:killed|dead))\s+" + _BOUNDED_DIGITS, re.IGNORECASE)


def _same_count(x: Event, y: Event) -> bool:
    """Two tolls give the same killed count (or, with none, the same wounded count): the
    same number, whatever its hedge ("at least 100" twice, "around 100" then "at least
    100"), and the same top where both give one ("10 to 15" is not "10 to 20")."""
    for lo, hi in _PAIRS[:2]:
        if _has(x, lo, hi) and _has(y, lo, hi):
            tops = (getattr(x, hi), getattr(y, hi))
            return getattr(x, lo) == getattr(y, lo) and (None in tops or tops[0] == tops[1])
    return False


def _toll_told(entries: list[tuple[Candidate, int, int, bool, bool]], j: int) -> bool:
    """Whether a casualty report stands in the sentence and region of the attack ``j``."""
    attack, s = entries[j][0], entries[j][1]
    return any(c.event.event_type == "casualty_report" and t == s and
               _region(c) == _region(attack) for c, t, _, _, _ in entries)


def _with_toll(attack: Candidate, toll: Candidate) -> Candidate:
    """The attack with the toll's figures where it has none of their kind."""
    e, t = attack.event, toll.event
    changes = {f: getattr(t, f) for fields in _TOLL_FIELDS
               if all(getattr(e, f) is None for f in fields) for f in fields}
    changes["figures_text"] = e.figures_text or t.figures_text
    changes["notes"] = f"{e.notes}; toll at chars {toll.span[0]}-{toll.span[1]}"
    return replace(attack, event=e.replace(**changes))


def one_per_place(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per event type and admin-1 unit (or country) of a report: three
    villages shelled in one oblast are one entry for review, the first telling, noting the
    others. An event the text tells as a new one (:func:`new_event`: "a second strike") is
    kept whole in the entry's ``separate`` events rather than noted, and so is a toll with
    other figures (the ministry's 16 dead, the army's 18 gunmen killed): a claim of its
    own, stored apart but reviewed with the place's first toll. Forecasts, plans and
    denials stay apart from the news."""
    out: list[Candidate] = []
    for c in candidates:
        key = (c.event.event_type, _region(c))
        same = next((i for i, k in enumerate(out) if (k.event.event_type, _region(k)) == key
                     and _news(k) == _news(c)), None)
        if same is None:
            out.append(c)
            continue
        kept = out[same]
        if new_event(kept, c) or c.event.event_type == "casualty_report" and \
                not _figures_agree(kept.event, c.event):  # a claim of its own, held by the entry
            out[same] = replace(kept, separate=(*kept.separate, c))
            continue
        note = f"also at chars {c.span[0]}-{c.span[1]}: '{c.event.quote}'"
        out[same] = replace(kept, event=kept.event.replace(
            notes=f"{kept.event.notes}; {note}"))
    return out


def _news(c: Candidate) -> bool:
    return c.event.modality in ("asserted", "reported", None)


def _region(c: Candidate) -> str | None:
    return c.event.adm1_code or c.event.country


def merge_restatements(candidates: list[Candidate], default_source: str | None,
                       headline_end: int = 0) -> list[Candidate]:
    """Candidates with restatements folded into the first telling (report order kept). A
    headline (the text before ``headline_end``) restated by the body gives way to the
    body's telling, which keeps its own date, source and figures."""
    out: list[Candidate] = []
    for cand in candidates:
        for i, kept in enumerate(out):
            headline = kept.span[1] <= headline_end < cand.span[0]
            if _same_event(kept, cand, headline) or headline and _headline_toll(kept, cand):
                out[i] = _fold(cand, kept, default_source, "headline") if headline \
                    else _fold(kept, cand, default_source)
                break
        else:
            out.append(cand)
    return out


@cache
def _new_event_patterns() -> tuple[re.Pattern, re.Pattern]:
    data = cues.load("events")["new_event"]
    return tuple(re.compile("|".join(f"(?:{p})" for p in data[k]), re.IGNORECASE)
                 for k in ("counted", "aside"))


def new_event(kept: Candidate, later: Candidate) -> bool:
    """``later`` tells an event other than ``kept``: it counts another strike ("a second
    strike", "in a separate attack"), or it opens a new item ("Separately, …") at another
    site, or from another source whose figures are not ``kept``'s."""
    counted, aside = _new_event_patterns()
    quote = later.event.quote or ""
    if counted.search(quote):
        return True
    if not aside.search(quote):
        return False
    x, y = kept.event, later.event
    site = x.place_name != y.place_name
    figures = any(_has(x, lo, hi) for lo, hi in _PAIRS) and \
        any(_has(y, lo, hi) for lo, hi in _PAIRS) and _figures_agree(x, y)
    return site or (x.source_name != y.source_name and not figures)


def _same_event(a: Candidate, b: Candidate, headline: bool = False) -> bool:
    """``b`` restates ``a``. A headline sums the report up: the body's first telling of
    its type and place restates it whatever its figures and date (a headline's date is at
    best the day of publication), unless the body tells it as a new event."""
    x, y = a.event, b.event
    if x.event_type != y.event_type or a.date_open != b.date_open:
        return False
    finer = _finer_in_country(x, y)
    if (x.adm1_code, x.country) != (y.adm1_code, y.country) and not finer:
        return False
    if new_event(a, b):
        return False
    if headline:
        return not (x.actor1 and y.actor1 and _actor_country(x) != _actor_country(y))
    if not finer and x.place_name and y.place_name and x.place_name != y.place_name:
        return False
    if not finer and _apart(x, y):
        return False  # Kharkiv and Kupiansk: one region, two places
    if x.date_start > y.date_end or y.date_start > x.date_end:
        return False
    if x.actor1 and y.actor1 and _actor_country(x) != _actor_country(y):
        return False  # Ukrainian push, Russian counterattack: two events
    return _figures_agree(x, y)


def _headline_toll(a: Candidate, b: Candidate) -> bool:
    """A headline's toll ("17 soldiers killed near X") told again in the body as the toll
    of its attack ("17 soldiers were killed in an ambush near X"): the attack's. A headline
    may call the body's casualties its killed ("50 fighters killed" over "inflicted more
    than 50 casualties"), or its losses the body's killed ("after losing 30 soldiers at X"
    over "30 soldiers were killed … at X"): the same count."""
    x, y = a.event, b.event
    if x.event_type != "casualty_report" or y.event_type not in TOLL_OWNERS or \
            a.date_open != b.date_open or (x.adm1_code, x.country) != (y.adm1_code, y.country):
        return False
    shared = [(lo, hi) for lo, hi in _PAIRS if _has(x, lo, hi) and _has(y, lo, hi)]
    if not shared and _has(y, "casualties_low", "casualties_high"):
        shared = [(lo, hi) for lo, hi in _PAIRS[:2] if _has(x, lo, hi)]
        return len(shared) == 1 and _overlap(
            getattr(x, shared[0][0]), getattr(x, shared[0][1]), y.casualties_low,
            y.casualties_high) and not new_event(a, b)
    if not shared and _has(x, "casualties_low", "casualties_high"):
        # "losing more than 30 soldiers at X" over "more than 30 soldiers were killed when
        # … overran a base at X": the headline's losses are the body's killed
        shared = [(lo, hi) for lo, hi in _PAIRS[:2] if _has(y, lo, hi)]
        return len(shared) == 1 and _overlap(
            getattr(y, shared[0][0]), getattr(y, shared[0][1]), x.casualties_low,
            x.casualties_high) and not new_event(a, b)
    return bool(shared) and _figures_agree(x, y) and not new_event(a, b)


def _finer_in_country(x: Event, y: Event) -> bool:
    """``y`` places in one of its regions what ``x`` places only in a part of a country
    ("an attack in the west of Mali" … "the ambush took place on the road to Kayes"). A
    whole country is no such part: troops sent to Russia are not those who reached Kursk."""
    return x.adm1_code is None and x.country is not None and x.geo_precision == "near" \
        and y.adm1_code is not None and y.country == x.country


#: Degrees between two located events of one region beyond which they are two events.
_APART_DEGREES = 0.05
_LOCATED = ("exact", "near", "district")


def _apart(x: Event, y: Event) -> bool:
    if x.geo_precision not in _LOCATED or y.geo_precision not in _LOCATED:
        return False
    if None in (x.lon, x.lat, y.lon, y.lat):
        return False
    return abs(x.lon - y.lon) > _APART_DEGREES or abs(x.lat - y.lat) > _APART_DEGREES


def _actor_country(e: Event) -> str | None:
    return next((p.country for p in e.related_places if p.role == "origin"), e.country)


def _figures_agree(x: Event, y: Event) -> bool:
    shared = [(lo, hi) for lo, hi in _PAIRS if _has(x, lo, hi) and _has(y, lo, hi)]
    both_counted = any(_has(x, lo, hi) for lo, hi in _PAIRS) and \
        any(_has(y, lo, hi) for lo, hi in _PAIRS)
    if both_counted and not shared:
        return False
    return all(_overlap(getattr(x, lo), getattr(x, hi), getattr(y, lo), getattr(y, hi))
               for lo, hi in shared)


def _has(e: Event, lo: str, hi: str) -> bool:
    return getattr(e, lo) is not None or getattr(e, hi) is not None


def _overlap(a_lo: int | None, a_hi: int | None, b_lo: int | None, b_hi: int | None) -> bool:
    lo = max(a_lo if a_lo is not None else -1, b_lo if b_lo is not None else -1)
    hi = min(a_hi if a_hi is not None else 1 << 62, b_hi if b_hi is not None else 1 << 62)
    return lo <= hi


def _fold(kept: Candidate, other: Candidate, default_source: str | None,
          other_is: str = "restated") -> Candidate:
    """The first telling, completed by the restatement: narrower dates, missing figures,
    a finer place, the named source, and a note where it was restated. A headline
    (``other_is="headline"``) folded into the body's telling lends no date."""
    x, y = kept.event, other.event
    changes: dict = {}
    if other_is != "headline" and (y.date_end - y.date_start) < (x.date_end - x.date_start):
        changes.update(date_start=y.date_start, date_end=y.date_end,
                       date_precision=y.date_precision)
    for lo, hi in _PAIRS:
        if not _has(x, lo, hi) and _has(y, lo, hi):
            changes.update({lo: getattr(y, lo), hi: getattr(y, hi)})
    if GEO_PRECISIONS.index(y.geo_precision) < GEO_PRECISIONS.index(x.geo_precision) or \
            _finer_in_country(x, y):
        changes.update({f: getattr(y, f) for f in _PLACE_FIELDS})
    if x.source_name == default_source and y.source_name != default_source:
        changes.update(source_name=y.source_name, source_kind=y.source_kind)
    note = f"{other_is} at chars {other.span[0]}-{other.span[1]}"
    if y.source_name and y.source_name != changes.get("source_name", x.source_name):
        note += f" by {y.source_name}"
    changes["notes"] = f"{x.notes}; {note}" if x.notes else note
    cues = kept.cues + tuple(c for c in other.cues if c not in kept.cues)
    confidence = round(min(0.99, max(kept.confidence, other.confidence) + 0.05), 2)
    return Candidate(x.replace(**changes), kept.span, confidence, cues, kept.date_open)
