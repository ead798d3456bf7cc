"""How a sentence states an event: as fact, as a claim, as expected, planned, denied or
hedged, and whether it only recaps earlier events (background).

Reports mix the news with what officials expect ("troops are expected to arrive on
March 3"), plan ("would be deployed"), deny ("has denied sending troops") and with
recaps of older events ("…the region where the army launched its offensive last
summer"). The markers are data (``cues/modality.toml``) and are read in the clause
around the event's cue word, so one sentence can report one event and forecast
another. A draft's own date also decides: an event dated weeks before publication is
background, one dated after it a forecast.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

from geoapp.extract import cues
from geoapp.extract.candidate import Candidate
from geoapp.extract.dates import WEEKDAYS
from geoapp.extract.figures import TOLL_VERB
from geoapp.extract.numbers import spelled_number

#: Modalities proposed as events by default (model.MODALITIES has the rest).
PROPOSED = ("asserted", "reported")


@dataclass(frozen=True)
class Reading:
    """The modality of one draft and whether it recaps an earlier event."""

    modality: str
    background: bool
    marker: str | None = None
    cumulative: bool = False  # dated "since …" up to the report's day


@dataclass(frozen=True)
class _Markers:
    clause_break: re.Pattern
    kinds: tuple[tuple[str, re.Pattern], ...]
    hedged_sentence: re.Pattern
    unsourced: re.Pattern
    denied: re.Pattern
    background: re.Pattern
    background_paragraph: re.Pattern
    forecast_paragraph: re.Pattern
    perfect: re.Pattern
    days: int
    present: re.Pattern
    compared: re.Pattern
    pointing: re.Pattern
    outlet_recap: re.Pattern
    link: re.Pattern
    archive_picture: re.Pattern


@cache
def _markers() -> _Markers:
    data = cues.load("modality")
    return _Markers(
        re.compile(data["clause_breaks"], re.IGNORECASE),
        tuple((kind, cues.words_regex(data[kind]["words"], adverbs=True))
              for kind in ("hedged", "planned", "forecast")),
        cues.words_regex(data["hedged"]["sentence"]),
        cues.words_regex(data["hedged"]["unsourced"]),
        cues.words_regex(data["denied"]["words"]),
        cues.words_regex(data["background"]["words"], adverbs=True),
        re.compile(rf"^\W*{cues.alternation(data['paragraph']['background'])}\b",
                   re.IGNORECASE),
        re.compile(rf"^\W*{cues.alternation(data['paragraph']['forecast'])}\b", re.IGNORECASE),
        re.compile(data["background"]["perfect"], re.IGNORECASE),
        int(data["background"]["days"]),
        re.compile(rf"\s+{cues.alternation(data['background']['present'])}(?![\w])",
                   re.IGNORECASE),
        re.compile(rf"\s+{cues.alternation(data['background']['compared'])}(?![\w])",
                   re.IGNORECASE),
        cues.words_regex(data["background"]["pointing"]),
        re.compile(data["paragraph"]["outlet_recap"]),
        re.compile(rf"^\W*(?:{cues.alternation(data['paragraph']['links'])}\b|"
                   rf"{cues.alternation(data['paragraph']['labels'])}\s*[:|–—])",
                   re.IGNORECASE),
        re.compile(data["paragraph"]["archive_picture"]))


def links_elsewhere(paragraph: str) -> bool:
    """Whether a paragraph is a site's link to another story ("Read also: …")."""
    return _markers().link.match(paragraph) is not None


def clause(text: str, pos: int) -> tuple[int, int]:
    """The (start, end) of the clause of ``text`` around offset ``pos``."""
    breaks = [(m.start(), m.end()) for m in _markers().clause_break.finditer(text)]
    start = max((e for s, e in breaks if e <= pos), default=0)
    end = min((s for s, e in breaks if s > pos), default=len(text))
    return start, end


#: Ground counted as taken ("taken over 15 villages", "captured more than 40 settlements"):
#: with a "since" of the last months, the running tally of a front, told as news.
_GROUND_TALLY = re.compile(
    r"(?:taken|captured|seized|occupied)\s+(?:(?:over|more\s+than|at\s+least|about|around|"
    rf"some|nearly|almost)\s+)?(?:\d+|{spelled_number()}|dozens\s+of|a\s+dozen)\s+(?:[a-z-]+\s+)?"
    r"(?:villages|settlements|towns|localities)\b", re.IGNORECASE)
#: How far back that "since" may reach.
_GROUND_TALLY_DAYS = 120


def read(sentence: str, paragraph_start: str, anchors: list[int], attributed: bool,
         dates: list[tuple[dt.date | None, dt.date | None, bool]],
         published: dt.date | None, tally: bool = False, after_news: bool = False,
         said_on: list[dt.date] = ()) -> Reading:
    """Modality and background of a draft.

    ``anchors`` are the sentence offsets of its cue words, ``dates`` its own date phrases
    as (first, last, is_since); ``paragraph_start`` the first words of its paragraph.
    A national ``tally`` over a period that ended within a month ("148 civilians killed
    across the country in October", told in November) is the latest count, not a recap;
    ``after_news``: whether the sentence before told news only (then "since then" counts
    from news, and recaps nothing); ``said_on``: the days its source is said to have spoken
    (a statement weeks old telling in the past perfect what had happened by then recaps).
    """
    m = _markers()
    readings = [_at(sentence, pos, m) for pos in anchors]
    if attributed:
        readings = [(None, None) if r[0] == "hedged" and _graded(sentence, pos, r[1]) else r
                    for r, pos in zip(readings, anchors, strict=True)]
    # forces regrouping beside the move they are said to be readying, or may ("are regrouping …
    # and will probably move units to other sectors"): the regrouping readies that move
    ahead_of = [r for r, pos in zip(readings, anchors, strict=True)
                if _REGROUPING.match(sentence, pos) is None]
    if ahead_of and len(ahead_of) < len(readings) and all(
            r[0] in ("forecast", "planned", "hedged") for r in ahead_of):
        readings = ahead_of
    modality = next((r for r in readings if r[0] is None), readings[0])
    kind, marker = modality
    hedge = m.hedged_sentence.search(sentence) if kind is None else None
    if hedge is None and kind is None:
        hedge = _CONFLICTING_ACCOUNTS.search(sentence)
    if hedge is not None:
        kind, marker = "hedged", hedge.group(0)
    if kind is None and not attributed:
        rumour = next((x for x in (m.unsourced.search(sentence, *clause(sentence, pos))
                                   for pos in anchors) if x is not None
                       and not _describes_after(sentence, x.start(), anchors)
                       and not _hedges_participle_after(sentence, x, anchors)
                       and not _hedges_aim(sentence, x, anchors)), None)
        if rumour is not None:
            kind, marker = "hedged", rumour.group(0)
    if kind is None and m.forecast_paragraph.search(paragraph_start):
        kind, marker = "forecast", "outlook paragraph"
    if kind is None and published is not None and any(
            first is not None and first > published for first, _, _ in dates) and not any(
            _PAST_CUE.match(sentence, pos) for pos in anchors):
        kind, marker = "forecast", "dated after publication"
    background = m.background_paragraph.search(paragraph_start) is not None or any(
        m.outlet_recap.search(x) is not None or m.archive_picture.search(x) is not None
        for x in (paragraph_start, sentence))
    ahead = kind in ("forecast", "planned")
    if tally and published is not None:
        dates = [x for x in dates if x[2] or not _latest_period(x[0], x[1], published)]
    if not background and not ahead and published is not None:
        cutoff = published - dt.timedelta(days=m.days)
        # "since" a day of this week opens the news still going on ("Since Friday the
        # rebels have been attacking army posts"), not a recap
        # ground counted as taken "since" a month of the last season ("have taken over 15
        # villages in the oblast since September") is the front's latest tally, not a recap
        tally_ground = bool(anchors) and all(
            _GROUND_TALLY.match(sentence, pos) is not None for pos in anchors)
        background = any(last is not None and last < cutoff for _, last, _ in dates) or any(
            since and (first is None or first < cutoff) and not (
                tally_ground and first is not None
                and first >= published - dt.timedelta(days=_GROUND_TALLY_DAYS))
            for first, _, since in dates) or (any(
            not since and _earlier_month(first, last, published) and first < cutoff
            for first, last, since in dates) and _MONTH_OPENING.match(sentence) is not None)
    if not background and not ahead and published is not None and not _recent_own(
            dates, published, m.days):
        background = all(_long_after(sentence, pos, m.days) for pos in anchors)
    # deeds told only by a noun marked as earlier ("crammed with people displaced by earlier
    # attacks", "rebuilt after previous strikes"): what came before the news
    if not background and anchors and all(
            (m_e := _EARLIER_NOUN.search(sentence[max(0, pos - 50):pos])) and (
                m_e.group(0).count(" ") <= 1 or _VERB_CUE.match(sentence, pos) is None)
            for pos in anchors):
        background = True
    # a fight named as the foil of the news ("The battle for the city, where both sides have
    # fought for months, was different."): the subject of a contrast, not a deed told
    if not background and anchors and (foil := _FOIL.search(sentence)) is not None:
        background = all(pos < foil.start() for pos in anchors)
    since_opening = not ahead and _in_since_opening(sentence, anchors)
    background = background or since_opening or _context_opening(sentence) or \
        _ranked_where(sentence, anchors, dates) or (
        bool(anchors) and (m_ := _PRACTICE_OPENING.match(sentence)) is not None
        and all(pos >= m_.end() for pos in anchors)) or (
        not ahead and (_in_having_opening(sentence, anchors)
                       or _in_when_opening(sentence, anchors))) or (
        bool(anchors) and all(_recalled(sentence, pos) or _since_when(sentence, pos)
                              or _since_noun(sentence, pos) for pos in anchors))
    by_day = _BY_DAY.match(sentence) is not None
    on_day = by_day or _ON_DAY.match(sentence) is not None or \
        _DAY_TALLY.search(sentence) is not None or \
        _EARLIER_SAME_DAY.match(sentence) is not None or \
        _DAY_BEFORE.search(sentence) is not None
    if not background and not ahead:
        background = any(_recaps(m.background, sentence, lo, hi, after_news, anchors[0]) or (
            (not (attributed or _IMPERSONAL_REPORT.search(sentence, 0, anchors[0]))
             or (_EARLIER_SPEECH.search(sentence, 0, anchors[0]) is not None
                 and not _massed_for_push(sentence, anchors))
             or _pluperfect_speech(sentence, anchors[0])
             or published is not None and any(
                 day < published - dt.timedelta(days=m.days) for day in said_on))
            and _own_perfect(m.perfect, sentence, lo, hi, anchors) and not on_day)
            or _GAINS.search(sentence, lo, hi) is not None
            or _SPREAD_GAINS.search(sentence, lo, hi) is not None
            or _SWEEP_GAINS.search(sentence, lo) is not None
            or _HEARSAY_FORCE.search(sentence, lo, hi) is not None
            or _done_before(sentence, lo, hi)
            for lo, hi in _own_clauses(sentence, anchors[0]))
    if not background and not ahead and not by_day:
        background = all(_RELATIVE_PERFECT.search(sentence, max(0, pos - 60), pos) is not None
                         or _PLACES_HELD.search(sentence, max(0, pos - 80), pos) is not None
                         or _TROOPS_SENT.search(sentence, max(0, pos - 80), pos) is not None
                         for pos in anchors)
    # a figure dated to a moment of its own long past ("killed 115 in October") is that
    # moment's, even in a sentence counting "since" something
    if not ahead and (any(_WAR_TOLL.search(sentence, max(0, pos - 80), pos + 1)
                          or _BY_THE_WAR.match(sentence, pos) for pos in anchors)
                      or _since_the_war(sentence, anchors) or _war_killed(sentence, anchors)):
        return Reading(kind or ("reported" if attributed else "asserted"), True,
                       "toll of the whole war", False)
    dated_before = published is not None and any(
        not since and last is not None and last < published - dt.timedelta(days=m.days)
        for _, last, since in dates)
    # a count told in words dated to an earlier week ("HRW said last week that … had killed
    # 127 since March") runs up to that week, not to the report's day
    # a count in a section the writer marks as background ("Background: the war has killed
    # 43,000 since October") is the context of the news, not a figure brought up to date
    cumulative = not dated_before and not since_opening and \
        m.background_paragraph.search(paragraph_start) is None and \
        (any(since for _, _, since in dates)
                                       or _since_clause(sentence)) and \
        not _said_earlier(sentence, anchors[0]) and not any(
            x.start() <= anchors[0] <= x.end() for x in _HEARSAY_FORCE.finditer(sentence)) \
        and not all(_since_which(sentence, pos) for pos in anchors) \
        and not _since_state_only(sentence, anchors)
    return Reading(kind or ("reported" if attributed else "asserted"), background, marker,
                   cumulative)


#: A sentence ending on its subject told as unlike what came before ("…, was different.",
#: "… was another story", "… is different from the towns taken this month").
_FOIL = re.compile(r"\s(?:was|were|is|are|had\s+been)\s+(?:(?:very|quite|entirely|rather)\s+)?"
                   r"(?:different|another\s+(?:matter|story))(?:\s*[.!]?\s*$|\s+from\b)",
                   re.IGNORECASE)


#: Accounts at odds with each other ("Some said the rebels had taken the town; others said
#: they had gone around it"): none of them stands as the event, so each is hedged.
_ACCOUNT_VERB = r"(?:said|say|says|claimed|claim|claims|reported|report|wrote|write|asserted|" \
    r"insisted|maintained|suggested)"
_CONFLICTING_ACCOUNTS = re.compile(
    rf"\bsome\s+(?:[\w-]+\s+){{0,3}}?{_ACCOUNT_VERB}\b[^.!?]{{0,300}}?[;,]\s*(?:while\s+|but\s+)?"
    rf"others\s+(?:[\w-]+\s+){{0,2}}?{_ACCOUNT_VERB}\b", re.IGNORECASE)


#: A hedge in a relative clause describing someone the sentence names ("armed groups that
#: are said to have fought on the army's side", "a depot which is allegedly used by"): what
#: is told of them, not of the event.
_RELATIVE_HEDGE = re.compile(r"\b(?:that|who|which)\s+(?:are|is|were|was|had\s+been|have\s+been|"
                             r"has\s+been)\s+$", re.IGNORECASE)


def _describes_after(sentence: str, hedge: int, anchors: list[int]) -> bool:
    """The hedge at ``hedge`` opens a relative clause after every cue of the event."""
    return all(pos < hedge for pos in anchors) and \
        _RELATIVE_HEDGE.search(sentence, max(0, hedge - 30), hedge) is not None


#: A hedge opening a participial clause set off by a comma ("overran a position, reportedly
#: killing 10 soldiers"): what is unconfirmed is that clause's deed.
_COMMA_BEFORE = re.compile(r",\s*$")
_PARTICIPLE_AFTER = re.compile(r"\s+[a-z]+ing\b")


def _hedges_participle_after(sentence: str, hedge: re.Match, anchors: list[int]) -> bool:
    """The hedge opens a participial clause after every cue of the event."""
    return all(pos < hedge.start() for pos in anchors) and \
        _COMMA_BEFORE.search(sentence, max(0, hedge.start() - 5), hedge.start()) is not None \
        and _PARTICIPLE_AFTER.match(sentence, hedge.end()) is not None


#: A purpose right after a hedge ("reportedly to separate the two sides", "allegedly in order
#: to protect the convoy").
_AIM_AFTER = re.compile(r"\s+(?:in\s+order\s+|so\s+as\s+)?to\s+[a-z]", re.IGNORECASE)


def _hedges_aim(sentence: str, hedge: re.Match, anchors: list[int]) -> bool:
    """The hedge stands before a purpose after every cue of the event ("Government forces
    moved in, reportedly to separate the two sides"): what is unconfirmed is why they acted,
    not that they did."""
    return all(pos < hedge.start() for pos in anchors) and \
        _AIM_AFTER.match(sentence, hedge.end()) is not None


#: A sentence opening on a month ("In July, Israel also struck …", "Last month the rebels
#: overran the camp"): it sets what it tells in that month as a whole, the way a recap does;
#: news names its day.
_MONTH_OPENING = re.compile(r"^\W*(?:(?:in|during|throughout)\s+(?:January|February|March|April|"
                            r"May|June|July|August|September|October|November|December)|"
                            r"(?:(?:early|late|earlier)\s+)?last\s+month)\b",
                            re.IGNORECASE)


def _earlier_month(first: dt.date | None, last: dt.date | None, published: dt.date) -> bool:
    """A whole calendar month before the publication month, begun more than the background
    days ago ("In July Israel struck …", told on 3 August): a deed the sentence dates no
    closer than its month is a recap of that month, even when the month ended days ago."""
    return first is not None and last is not None and first.day == 1 and \
        (last + dt.timedelta(days=1)).day == 1 and first.month == last.month and \
        last < published.replace(day=1)


def _latest_period(first: dt.date | None, last: dt.date | None, published: dt.date) -> bool:
    """A period of a week or more (a month, a year) that ended within a month of
    publication: the span of the latest periodic count."""
    return first is not None and last is not None and (last - first).days >= 6 and \
        published - dt.timedelta(days=31) <= last <= published


_RELATIVE = re.compile(r",\s+(?:which|who)\b[^,;:—–]*,\s*")
#: A clause of time measured from the sentence's own news ("six weeks after the RSF seized
#: El Fasher, …", "months after", "in the year since …", "ever since", "weeks before"), or
#: set beside it ("Bara fell at the same time as the RSF captured El-Fasher", "just as"):
#: the event it names is another, told as the other's background. Its words run up to the
#: cue without a clause break.
_TIME_CLAUSE = re.compile(r"(?<![\w-])(?:(?:(?P<n>\d+|an?|one|two|three|four|five|six|seven|"
                          r"eight|nine|ten|eleven|twelve|several|few|many)\s+)?"
                          r"(?P<unit>days?|weeks?|months?|years?)\s+(?:after|since|before)|"
                          r"(?P<since>(?:ever\s+)?since)|(?P<same>(?:at|around|about)\s+the\s+"
                          r"same\s+time\s+as|just\s+as))\s+(?:[^\s,;:—–]+\s+){0,10}$",
                          re.IGNORECASE)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_FEW = {"an": 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "few": 2,
        "several": 3, "many": 4}


#: A "since" clause closed by its own verb of beginning ("since the raids began it has
#: arrested …"): a cue after it lies in the main clause, counted from that start.
_SINCE_BEGAN = re.compile(r"\s+(?:the|this|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:began|started|"
                          r"was\s+launched|got\s+under\s*way)\s+(?:[\w'’-]+\s+){1,3}$",
                          re.IGNORECASE)


#: A "since" clause whose deed is the start of a fresh round of the cue's own deeds ("ever
#: since the gangs started a new round of attacks there, smoke has drifted …", "since the
#: rebels launched a fresh wave of raids on the town"): those deeds run on to the report's
#: day, its news, not a start counted from.
_SINCE_FRESH_ROUND = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?(?:started|began|launched|unleashed|"
                                r"mounted|opened)\s+(?:a|an|their|its)\s+(?:new|fresh|latest)\s+"
                                r"(?:round|wave|spate|series|string|surge)\s+of\s+"
                                r"(?:[\w'’-]+\s+){0,2}?", re.IGNORECASE)


def _long_after(sentence: str, pos: int, days: int) -> bool:
    """The cue at ``pos`` names an event of a clause of time lying ``days`` or more from
    the sentence's own news ("Six weeks after the RSF seized El Fasher, the war has swung
    east", "since rebels overran the base, …") or set beside it ("at the same time as the
    RSF captured El-Fasher"); "two days after" is still news."""
    found = _TIME_CLAUSE.search(sentence, max(0, pos - 90), pos)
    if found is None:
        return False
    if found.group("since") and _SINCE_BEGAN.fullmatch(sentence, found.end("since"), pos):
        return False  # "since the raids began it has arrested 110": the main clause's deed
    if found.group("since") and \
            _SINCE_FRESH_ROUND.fullmatch(sentence, found.end("since"), pos):
        return False
    if found.group("since") or found.group("same"):
        return True
    n = found.group("n")
    count = 2 if n is None else int(n) if n.isdigit() else _FEW[n.lower()]
    return count * _UNIT_DAYS[found.group("unit").lower().rstrip("s")] >= days


#: Words that bring an earlier incident to mind ("brings back memories of the massacre in
#: which hundreds died", "is reminiscent of the 2023 raid that killed 40", "evoked memories
#: of"): the incident recalled and what its clause tells of it are a recap, not news. Its
#: words run up to the cue without a sentence break.
_RECALLING = re.compile(r"\b(?:(?:brings?|brought|bringing)\s+back\s+(?:(?:painful|bitter|"
                        r"grim|terrible|sad|tragic|the)\s+)?memories\s+of|(?:evokes?|evoked|"
                        r"evoking|stirs?|stirred|stirring|revives?|revived|reviving|"
                        r"rekindles?|rekindled|rekindling)\s+(?:(?:painful|bitter|grim|"
                        r"terrible|sad|tragic|the)\s+)?memories\s+of|reminiscent\s+of|"
                        r"(?:in\s+)?echoes\s+of)\s+[^.;:!?]*$", re.IGNORECASE)


#: Troops named by where they were sent, before the verb the sentence tells of them ("the
#: North Korean troops first sent to Russia had fought with outdated tactics"), also as the
#: bare subject opening the sentence and sent on an errand ("Chadian soldiers sent to help
#: the army in the north have started patrolling"): the participle says
#: which troops, an earlier deployment, not news of its own.
_WHICH_TROOPS = re.compile(r"(?:\bthe\s+|^\W*)(?:[\w'’-]+\s+){0,3}?(?:troops|soldiers|forces|fighters|"
                           r"units|contingent|servicemen)\s+(?:(?:first|initially|originally|"
                           r"previously|earlier|already|once)\s+)?$", re.IGNORECASE)
_SENT_THEN_VERB = re.compile(r"(?:sent|deployed|dispatched|transferred|redeployed)\s+(?:to|into)\s+"
                             r"(?:[\w'’-]+\s+){1,7}?(?:had|have|has|were|are|was|is)\s+"
                             r"(?!been\s+(?:sent|deployed|dispatched|transferred|redeployed)\b)",
                             re.IGNORECASE)


def _recalled(sentence: str, pos: int) -> bool:
    """The cue at ``pos`` tells of an earlier incident the sentence recalls ("The strike
    brings back memories of the massacre in which hundreds died"), or names which troops
    the sentence tells of ("the troops first sent to Russia had fought …"): a recap."""
    return _RECALLING.search(sentence, max(0, pos - 200), pos) is not None or (
        _WHICH_TROOPS.search(sentence, max(0, pos - 80), pos) is not None
        and _SENT_THEN_VERB.match(sentence, pos) is not None)


#: A sentence opening on a clause of "since" with a deed of its own, whose main clause
#: counts from it in the perfect ("Since the army shelled the town on Monday, killing 12,
#: thousands have fled"): the deed is the count's starting point, told as background,
#: however recent. The main clause opens at the first comma followed by its subject and
#: "has/have/had".
_SINCE_OPENING = re.compile(r"^\W*(?:ever\s+)?since\s+(?:the|its|their|his|her|it|they|he|she|"
                            r"[A-Z][\w'’-]*)\b", re.IGNORECASE)
_PERFECT_MAIN = re.compile(r",\s+(?:[\w'’-]+\s+){1,5}?(?:has|have|had)\s+(?!to\b)",
                           re.IGNORECASE)


#: A sentence whose opening subject, a definite noun, "comes as" or "came amid" something
#: ("The strike comes as fighting in Kordofan grows more intense: …"): it sets the report's
#: news against its context, and what it tells of that context recaps.
_CONTEXT_OPENING = re.compile(r"^\W*(?:the|this|that|these|those|\w+['’]s?)\s+(?:[\w-]+\s+)"
                              r"{0,2}?[\w-]+\s+(?:comes?|came)\s+(?:just\s+|only\s+)?"
                              r"(?:as|amid|at\s+a\s+time|against\s+(?:a|the)\s+backdrop)\b",
                              re.IGNORECASE)
#: A context that is a source speaking at the same time ("The admission comes as Ukraine
#: rejects the claim that …", "The strike came as the army said …", "The developments come
#: as the president told a summit that …"): what it says is news.
_SPEAKING_NOW = re.compile(r"\s+(?:(?:[\w'’.-]+\s+){1,5}?)(?:says|said|tells|told|rejects|"
                           r"rejected|denies|"
                           r"denied|disputes|disputed|dismisses|dismissed|insists|insisted|"
                           r"reports|reported|announces|announced|confirms|confirmed|"
                           r"claims|claimed)\b", re.IGNORECASE)


#: A sentence whose opening subject is a force's ways of fighting ("The junta's \"scorched
#: earth\" methods, among them airstrikes on schools and hospitals, killed dozens across five
#: regions", "The rebels' tactics have cost hundreds of lives"): it characterises a campaign,
#: no deed of its own.
_PRACTICE_OPENING = re.compile(r"^\W*(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+['’]s?\s+"
                               r"(?:[\"“'‘]?[\w -]{1,30}?[\"”'’]?\s+)?(?:methods|tactics|"
                               r"practices|strategy|strategies)\b", re.IGNORECASE)


#: Fighting ranked by where it has been most frequent or fiercest ("clashes between the army
#: and the rebels have been most frequent in A, B and C", "the fighting has been heaviest
#: around X"), with no date or spell of its own: it characterises a campaign across its
#: places, no deed of the news (not a spell named: "has been fiercest over the past day").
_RANKED_WHERE = re.compile(r"[^.;:!?]{0,120}?\b(?:has|have)\s+been\s+(?:at\s+(?:its|their)\s+)?"
                           r"(?:(?:the\s+)?most\s+(?:frequent|common|intense|fierce|heavy|"
                           r"widespread|persistent)|fiercest|heaviest|most\s+frequently\s+reported)"
                           r"\s+(?:in|around|near|along|across|on)\b", re.IGNORECASE)
_SPELL_NAMED = re.compile(r"\b(?:past|last|this|recent)\s+(?:\d+\s+|few\s+|several\s+|two\s+|"
                          r"three\s+)?(?:days?|hours?|weeks?|nights?)\b|\b(?:today|overnight|"
                          r"yesterday|tonight)\b", re.IGNORECASE)


def _ranked_where(sentence: str, anchors: list[int], dates: list) -> bool:
    """Every cue of the event is ranked by where fighting has been most frequent or fiercest
    (``_RANKED_WHERE``), and the sentence names no date or spell."""
    return bool(anchors) and not dates and _SPELL_NAMED.search(sentence) is None and \
        all(_RANKED_WHERE.match(sentence, pos) is not None for pos in anchors)


def _context_opening(sentence: str) -> bool:
    """The sentence opens by setting the report's news against its context (see
    ``_CONTEXT_OPENING``), unless that context is a source speaking now."""
    m = _CONTEXT_OPENING.match(sentence)
    return m is not None and _SPEAKING_NOW.match(sentence, m.end()) is None


#: An opening participle clause in the perfect ("Having retaken the towns of A and B, regime
#: forces launched …"): what the subject had done before the news the main clause tells.
_HAVING_OPENING = re.compile(r"\W*(?:after\s+|since\s+)?having\s+(?:already\s+|earlier\s+|"
                             r"recently\s+|just\s+)?(?:been\s+)?[a-z]+(?:ed|en|ght|ken|ne|"
                             r"wn|ck|ok|ld)\b[^,;:]*,", re.IGNORECASE)


#: An opening "Having …," clause telling forces gathered or made ready ("Having brought up
#: reserves and regrouped, the enemy attacked again", "Having massed infantry near the
#: village, …"): the lead-up of the deed its main clause tells, no recap of older news.
_HAVING_READIED = re.compile(r"\W*having\s+(?:first\s+|again\s+|also\s+)?(?:brought\s+up|"
                             r"brought\s+in|moved\s+up|moved\s+in|pulled\s+up|massed|"
                             r"gathered|concentrated|amassed|regrouped|replenished|"
                             r"reinforced|topped\s+up|built\s+up|rotated\s+in)\b",
                             re.IGNORECASE)


def _in_having_opening(sentence: str, anchors: list[int]) -> bool:
    """Every cue of the event lies in an opening "Having taken …," clause: a recap of what
    came before the news the sentence tells (not forces readied for it: ``_HAVING_READIED``)."""
    opening = _HAVING_OPENING.match(sentence)
    return opening is not None and bool(anchors) and \
        all(pos < opening.end() for pos in anchors) and _HAVING_READIED.match(sentence) is None


#: An opening clause of "when" whose main clause tells how someone's life changed ("When the
#: rebels seized the city, staying there became too dangerous", "When the army took the
#: town, life grew impossible"): the deed only sets the moment of that story, background;
#: a main clause telling a deed ("When fighters stormed the village, they killed 12") or
#: what the place became ("When troops took the village, it became their first foothold")
#: is the news and keeps its clause as news. So is one whose main clause tells the aim the
#: deed had ("When the army pushed into the province, the aim was to cut the supply road",
#: "When rebels stormed the town, their stated goal was …"): a campaign recalled for its
#: motives, not told as news.
_WHEN_OPENING = re.compile(r"\W*when\s+[^,;:]{3,120},\s+(?:(?:(?:daily|everyday|normal)\s+)?"
                           r"(?:life|living|staying|remaining|conditions|things)\b"
                           r"(?:\s+[\w'’-]+){0,3}?\s+(?:became|grew|turned|got|was\s+no\s+longer|"
                           r"were\s+no\s+longer|(?:was|were)\s+(?:too|so)\b)|"
                           r"(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:aims?|goals?|purpose|"
                           r"idea|intention|objectives?)\s+(?:was|were|had\s+been)\b)",
                           re.IGNORECASE)


#: The moment a "since" names, told in a "when" clause after it ("the deadliest on the
#: capital since April, when a missile attack killed 12 people"): an older deed.
_SINCE_WHEN = re.compile(r"\bsince\s+[^,;:.!?]{1,40},\s+when\s+[^;:.!?]*$", re.IGNORECASE)


#: The deed a "since" names, its toll told in a relative clause on its noun ("raids have
#: grown more frequent since the attacks of Oct. 7, which killed 1,200 people"): that older
#: deed's own toll, not a count running since it.
_SINCE_WHICH = re.compile(r"\bsince\s+(?:the|its|their|his|her|that|this|[\w'’-]+['’]s)\s+"
                          r"[^,;:!?]{1,60},\s+(?:which|that)\s+[^,;:!?]*$", re.IGNORECASE)


def _since_which(sentence: str, pos: int) -> bool:
    """The cue at ``pos`` lies in a relative clause on the deed a "since" names."""
    return _SINCE_WHICH.search(sentence, max(0, pos - 160), pos) is not None


#: A place's state told since a time, in a clause of its own after the deed ("killed 25 in
#: a part of the territory that has been under Hamas control since the ceasefire began", "in
#: a district that has been held by the RSF since May"): when the place came to be so, no
#: count running (a participle alone, "the parts controlled by the Houthis since the
#: campaign began", may date the main verb instead).
STATE_SINCE = re.compile(
    r"\b(?:that|which)\s+(?:has|have|had)\s+(?:been|remained|stayed)\s+[^,;:.()]{0,50}?"
    r"\bsince\b[^,;:()]*",
    re.IGNORECASE)


def state_since_spans(sentence: str, after: int) -> list[tuple[int, int]]:
    """The ``STATE_SINCE`` clauses of a sentence that open after offset ``after`` (its
    event's cue): where a "since" dates a place's state, not the event."""
    return [m.span() for m in STATE_SINCE.finditer(sentence) if m.start() > after]


def _since_state_only(sentence: str, anchors: list[int]) -> bool:
    """Every "since" of the sentence dates a place's state in a clause after the cues."""
    states = state_since_spans(sentence, max(anchors)) if anchors else []
    sinces = [m.start() for m in re.finditer(r"\bsince\b", sentence, re.IGNORECASE)]
    return bool(states) and all(any(lo <= p < hi for lo, hi in states) for p in sinces)


def _since_when(sentence: str, pos: int) -> bool:
    """The cue at ``pos`` lies in a "when" clause telling the moment a "since" names."""
    return _SINCE_WHEN.search(sentence, max(0, pos - 160), pos) is not None


#: A state in the perfect held "since" a deed named by its noun ("Lebanon has been on alert
#: since Israel's strike on the suburbs in late July", "the town has remained tense ever
#: since the attack"): the deed is where the state starts, told as background.
_SINCE_NOUN = re.compile(r"\b(?:has|have)\s+(?:(?:also|remained|stayed|lived|been|become|"
                         r"grown|felt)\s+)+(?:on\s+|in\s+|under\s+)?(?:(?:high|full|heightened|"
                         r"a|an|the|state|of|edge|alert|tense|calm|quiet|fear|shock|mourning|"
                         r"lockdown|curfew|siege)\s+){0,4}(?:ever\s+)?since\s+"
                         r"(?:(?:the|its|their|his|her|this|that|[\w'’-]+['’]s)\s+)?"
                         r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _since_noun(sentence: str, pos: int) -> bool:
    """The cue at ``pos`` is the noun a "since" after a perfect names (see ``_SINCE_NOUN``)."""
    return _SINCE_NOUN.search(sentence, max(0, pos - 100), pos) is not None


def _in_when_opening(sentence: str, anchors: list[int]) -> bool:
    """Every cue of the event lies in an opening "When …," clause whose main clause tells
    a change in someone's life (see ``_WHEN_OPENING``)."""
    opening = _WHEN_OPENING.match(sentence)
    return opening is not None and bool(anchors) and all(
        pos < sentence.index(",", 0, opening.end()) for pos in anchors)


def _in_since_opening(sentence: str, anchors: list[int]) -> bool:
    """The event's first cue lies in an opening "since" clause that a main clause in the
    perfect follows."""
    opening = _SINCE_OPENING.match(sentence)
    if opening is None or not anchors:
        return False
    main = _PERFECT_MAIN.search(sentence, opening.end())
    since = sentence.lower().index("since")
    if main is not None and \
            _SINCE_FRESH_ROUND.fullmatch(sentence, since + len("since"), anchors[0]):
        return False
    return main is not None and opening.end() <= anchors[0] < main.start()


def _recent_own(dates: list[tuple[dt.date | None, dt.date | None, bool]],
                published: dt.date, days: int) -> bool:
    """A date of the draft's own within ``days`` before publication, not a "since" phrase."""
    return any(last is not None and not since and last >= published - dt.timedelta(days=days)
               for _, last, since in dates)
#: A cue in the past tense tells a deed done: a later date in its sentence belongs to
#: something else ("recaptured Kyaukme … ahead of an election in December").
_PAST_CUE = re.compile(r"(?:\w+ed|took|struck|fought|overran|shot|fell|won|lost|drove|"
                       r"began|sent|held|hit|seized|retook|stormed|withdrew)\b", re.IGNORECASE)
#: A toll counted from a moment the sentence names as a clause ("since they were sent last
#: autumn", "since the deployment began") runs up to the report's day.
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:the|their|its|they|it|his|her|we|our)\b",
                           re.IGNORECASE)

#: A superlative measured from a moment ("among the most intense since the ceasefire", "the
#: deadliest since the war began", "for the first time since"): a comparison, no count.
_SUPERLATIVE = re.compile(r"(?<!\bat\s)\b(?:most|least|worst|best|biggest|largest|heaviest|highest|"
                          r"lowest|first|\w+iest|the\s+\w+est)\b(?:\s+[\w-]+){0,4}?\s*$",
                          re.IGNORECASE)


#: A count from the moment just told that a source gives afresh ("the ministry said on
#: Saturday that 300 people had been killed since then", "the agency says 90 have died since
#: then"): its latest total, not a recap.
_SINCE_THEN_STATED = re.compile(r"\b(?:said|says|told|tells|announced|reported|reports)\b"
                                r"[^.;]*\bsince\s+then\b", re.IGNORECASE)


#: A "since" phrase, to the end of its clause.
_SINCE_PHRASE = re.compile(r"\bsince\b[^,;:.()]*", re.IGNORECASE)


def without_records(text: str) -> str:
    """``text`` without the "since" phrases that close a comparison ("the deadliest attack
    since Washington opened its campaign last month"): they bound a record, not a period
    a toll counts."""
    for x in reversed(list(_SINCE_PHRASE.finditer(text))):
        if _SUPERLATIVE.search(text, max(0, x.start() - 40), x.start()) is not None or \
                _ranked(text, x.start()):
            text = text[:x.start()] + text[x.end():]
    return text


def in_record(sentence: str, pos: int) -> bool:
    """Whether ``pos`` lies in a "since" phrase that closes a comparison ("one of the
    bloodiest days in the city since the siege began in May last year"): its dates bound a
    record, not a period the sentence's event or toll covers."""
    return any(x.start() <= pos < x.end() and (_RECORD.search(
        sentence, max(0, x.start() - 60), x.start()) is not None or _ranked(sentence, x.start()))
        for x in _SINCE_PHRASE.finditer(sentence))


#: An ordinal ranking the deed in a series a "since" bounds ("the assault was the 133rd the
#: RSF has launched against the city since the war began", "the fifth strike on the port
#: since June", "for the third time since the truce", "its third ground assault on the
#: camp since the war began"): the "since" dates the count of
#: deeds, as a record's does, not a period a toll or the deed itself covers (not a unit
#: named by its number: "the 47th Brigade has held the town since May").
_ORDINAL_SINCE = re.compile(
    r"\b(?:the|its|their)\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth|hundredth|umpteenth)\b"
    r"(?!\s+(?:[A-Z]|(?i:brigade|battalion|regiment|division|corps|army|company|squadron|"
    r"detachment|unit)\b))(?:\s+[\w'’-]+){0,8}?\s*$")


def _ranked(sentence: str, start: int) -> bool:
    """The "since" phrase at ``start`` closes an ordinal count of deeds (``_ORDINAL_SINCE``)."""
    return _ORDINAL_SINCE.search(sentence, max(0, start - 90), start) is not None


#: A superlative written in lower case ("the bloodiest days in the city", "the worst"), not
#: a name that ends like one ("in the West Bank since the war began").
_RECORD = re.compile(r"(?<!\bat\s)\b(?:(?i:most|least|worst|best|biggest|largest|heaviest|"
                     r"highest|lowest|first)|[a-z]+iest|(?i:the)\s+[a-z]+est)\b"
                     r"(?:\s+[\w-]+){0,6}?\s*$")


def _since_clause(sentence: str) -> bool:
    """A "since" clause counting up to the report's day, not one closing a comparison."""
    return any(_SUPERLATIVE.search(sentence, max(0, x.start() - 40), x.start()) is None
               and not _ranked(sentence, x.start())
               for x in _SINCE_CLAUSE.finditer(sentence)) or \
        _SINCE_THEN_STATED.search(sentence) is not None


#: The toll of a whole war told as what the war is ("fighting a conflict that has killed
#: more than 20,000 people", "the war, which has killed tens of thousands", also with the
#: war's ground or foe named between: "the war on the enclave, which has killed"): context,
#: not a count the report brings.
_WAR_TOLL = re.compile(r"\b(?:war|conflict|civil\s+war|insurgency|rebellion|uprising)"
                       r"(?:\s+(?:on|in|against|with)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s*,?\s+"
                       r"(?:that|which)\s+(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+|"
                       r"since\s+)?(?:killed|left|claimed)\b", re.IGNORECASE)


#: The war itself as what killed ("The violence has killed more than 26,000 people …,
#: according to ACLED", "Since mid-April 2023 the war between the army and the RSF has
#: killed more than 20,000 people"): the whole war's toll, told as context; a statement of
#: the day gives it as news ("the war has killed 20,000, the UN said on Monday").
_WAR_KILLED = re.compile(r"\bthe\s+(?:(?:civil|ongoing)\s+)?(?:war|conflict|violence|"
                         r"insurgency)(?:\s+(?:between|in|against)\s+[^,.;:]{1,80}?)?\s+"
                         r"(?:has|have)\s+(?:so\s+far\s+|now\s+|already\s+)?"
                         r"(?:killed|claimed)\b", re.IGNORECASE)


#: The fighting as what killed, told with the millions it drove out ("the fighting has
#: killed more than 20,000 people and displaced 14 million", "… and driven nearly 15
#: million from their homes"): a count in millions of the uprooted is the whole war's, so
#: the toll told with it is too (not "the fighting has killed 505 people in Lebanon").
_FIGHTING_UPROOTED = re.compile(r"\bthe\s+(?:fighting|violence|hostilities)\s+(?:has|have)\s+"
                                r"(?:so\s+far\s+|now\s+|already\s+)?killed\b(?=[^.;:]{0,80}?"
                                r"\band\s+(?:displaced|uprooted|driven|forced)\b[^.;:]{0,40}?"
                                r"\b(?:millions?|[\d.,]+\s+million)\b)", re.IGNORECASE)


def _war_killed(sentence: str, anchors: list[int]) -> bool:
    """The war named as the killer just before every count, and no statement of the day."""
    return bool(anchors) and all(
        _WAR_KILLED.search(sentence, max(0, pos - 120), pos + 1) is not None
        or any(pos - 120 <= x.start() and x.end() <= pos + 1
               for x in _FIGHTING_UPROOTED.finditer(sentence))
        for pos in anchors) and _STATEMENT_OF_THE_DAY.search(sentence) is None and \
        _RAISED.search(sentence) is None


#: What the whole war did, told right after the cue ("700,000 people already driven from
#: their homes by Sudan's civil war", "families displaced by the conflict", "have been forced
#: from their homes at least once during the war"): its toll as context, not one event (not
#: a moment of the war named by its own noun: "during the war's heaviest strike").
_BY_THE_WAR = re.compile(r"[^.;:]{0,40}?\b(?:by|during|throughout)\s+(?:the\s+|this\s+|"
                         r"[A-Z][\w-]*['’]s?\s+)?(?:(?:civil|long|years?-long|\d+-year|"
                         r"ongoing)\s+)?(?:war|conflict)\b(?!['’]s?\b)")


#: A sentence that opens by counting from the start of the war ("Since the war broke out in
#: October, tension has risen and at least 600 people have been killed"): the war's toll
#: told as context, unless a statement of the day gives it as news ("…, the ministry said on
#: Monday, updating its count", "the union now counts 80 teachers killed since the war
#: began": a source's count in the present is its count of the day). So does one counting
#: from the coup that brought a regime to power ("Since the coup of July 2023, at least
#: 2,400 people have been killed in the country"), or from a side's war ("Since Russia's
#: war on Ukraine began, …").
_SINCE_THE_WAR = re.compile(r"^\W*(?:ever\s+)?since\s+(?:the\s+)?(?:(?:start|beginning|"
                            r"outbreak)\s+of\s+the\s+)?"
                            # a side's war ("Since Israel's war on Gaza began")
                            r"(?:[A-Z][\w-]*['’]s\s+)?(?:war|conflict|fighting|"
                            r"(?:\d{4}\s+)?(?:military\s+)?(?:coup|putsch|takeover))\b"
                            r"(?:[^.;:]{0,80}?\b(?:broke\s+out|began|started|erupted)\b)?",
                            re.IGNORECASE)
#: The same count closed by the war's start ("More than 600 people have been killed in the
#: West Bank since the Israel-Hamas war began", "… displaced since the fighting started",
#: "since the start of Israel's war on Gaza"),
#: or by the warring sides' first exchanges ("since Israel and Hezbollah began trading
#: fire", "since the two sides started exchanging strikes").
SINCE_THE_WAR_BEGAN = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:start|beginning|outbreak)\s+of\s+"
                                 r"(?:the\s+|[A-Z][\w-]*['’]s?\s+)(?:[\w-]+\s+){0,2}"
                                 r"(?:war|conflict|fighting|invasion)\b|"
                                 r"(?:[\w-]+\s+){0,2}(?:war|conflict|fighting|invasion)"
                                 # with an aside between ("since the conflict, triggered by a
                                 # power struggle, began in April 2023")
                                 r"(?:\s*,\s+[^,.;:()]{1,100}?,)?\s+"
                                 r"(?:began|started|broke\s+out|erupted)\b|"
                                 r"(?:[\w'’-]+\s+){1,4}(?:first\s+)?(?:began|started)\s+"
                                 r"(?:trading|exchanging)\s+(?:fire|strikes|blows|attacks)\b)",
                                 re.IGNORECASE)
#: "Since" as an adverb pointing back at a start already named ("have since been killed").
_SINCE_THEN = re.compile(r"\b(?:has|have|had)\s+since\s+(?:been\s+)?[a-z]+\b", re.IGNORECASE)
#: A country's state of war told with its start ("has been in a civil war since the coup",
#: "has been at war since April 2023", "has been mired in conflict since").
_AT_WAR_SINCE = re.compile(r"\b(?:has|have|had)\s+been\s+(?:at|in|mired\s+in|embroiled\s+in|"
                           r"gripped\s+by|engulfed\s+(?:in|by))\s+(?:an?\s+|the\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:war|conflict|fighting|insurgency)\s+since\b",
                           re.IGNORECASE)
#: A count run up to the report's day ("killed so far", "to date").
_UP_TO_NOW = re.compile(r"\b(?:so\s+far|to\s+date|until\s+now|up\s+to\s+now)\b", re.IGNORECASE)
#: A total raised by the day's deaths ("brought to more than 200 the total … since the war
#: began", "bringing the total to 300 since the war began"): news of the day, not context.
_RAISED = re.compile(rf"{TOLL_VERB}\s+(?:(?:the|its|their)\s+[\w-]+\s+)?(?:to|up\s+to)\b",
                     re.IGNORECASE)
_STATEMENT_OF_THE_DAY = re.compile(rf"\b(?:on\s+(?:{'|'.join(WEEKDAYS)})|today|yesterday|updating|"
                                   r"(?:now\s+)?(?:counts|tallies))\b",
                                   re.IGNORECASE)


#: A count after the war's start that carries on the toll before it: a share of it ("…
#: since the start of the war, 413 of them in ground fighting") or its wounded told in the
#: same perfect ("and 5,846 have been wounded"), when the dead were counted right before it.
_SHARE_AFTER = re.compile(r"[\d,.]*\s+(?:of\s+them\b|(?:have|has)\s+been\s+(?:wounded|injured)\b)")
#: The dead counted before the war's start closes the count ("854 soldiers have been killed
#: since …").
_KILLED_BEFORE = re.compile(r"\b\d[\d,]*\s+[^.;:]{0,60}?\b(?:have|has)\s+been\s+killed\s+$",
                            re.IGNORECASE)


def _since_the_war(sentence: str, anchors: list[int]) -> bool:
    """A count told from the start of the war: the clause opens the sentence before the
    count, or closes it after."""
    opening = _SINCE_THE_WAR.match(sentence)
    closing = SINCE_THE_WAR_BEGAN.search(sentence)
    if closing is not None and _ranked(sentence, closing.start()):
        closing = None  # "the fifth attack on the city since the war began": a rank, no toll
    # or it stands before a count whose clause points back at it ("… has been a battlefield
    # since fighting broke out there in mid-May, and hundreds have since been killed")
    then = closing is not None and all(pos >= closing.end() for pos in anchors) and \
        _SINCE_THEN.search(sentence, closing.end()) is not None
    # or a clause telling how long the country has been at war stands before a count run
    # up to now ("has been in a civil war since the 2021 coup; … killed so far")
    at_war = _AT_WAR_SINCE.search(sentence)
    then = then or at_war is not None and all(pos >= at_war.end() for pos in anchors) and (
        _SINCE_THEN.search(sentence, at_war.end()) is not None
        or _UP_TO_NOW.search(sentence, at_war.end()) is not None)
    return (opening is not None and all(pos >= opening.end() for pos in anchors)
            or closing is not None and (anchors[0] < closing.start() or _KILLED_BEFORE.search(
                sentence, 0, closing.start()) is not None) and all(
                pos < closing.start() or _SHARE_AFTER.match(sentence, pos) is not None
                for pos in anchors)
            or then) and \
        _STATEMENT_OF_THE_DAY.search(sentence) is None and _RAISED.search(sentence) is None


#: A span of time up to the report's day ("in the past 24 hours", "in the past week"): the
#: words after a recap marker such as "in the past" that make it a count up to today.
RECENT_PERIOD = re.compile(r"\s+(?:few\s+|two\s+|three\s+|several\s+|\d+\s+)?"
                           r"(?:day|days|hours?|night|week|weeks)\b", re.IGNORECASE)


#: A statement dated to an earlier week ("Zelensky said last Saturday that …", "Last week,
#: the ministry announced …") or set before the news ("Before this, officials had
#: confirmed …"): the past perfect it reports recaps, as in a sentence naming
#: no source; "said on Friday that it had captured" is the news.
_EARLIER_SPEECH = re.compile(
    r"\b(?:said|says|told|wrote|announced|claimed|stated|reported|declared|insisted|confirmed|"
    r"revealed|added)\b(?:\s+[^\s,;:]+){0,5}?\s+(?P<a>last\s+(?:week|weekend|month|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)|earlier\s+this\s+(?:week|month))\b|"
    r"^\W*(?:last\s+(?:week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|earlier\s+this\s+(?:week|month))\b|"
    r"^\W*(?:before|prior\s+to)\s+(?:this|that)\s*,", re.IGNORECASE)
#: An impersonal frame of the news ("It also became known that troops had captured …", "It
#: emerged on Monday that …", "It was reported that …"): like a named source's "said that",
#: it shifts the news it tells into the past perfect, which recaps nothing.
_IMPERSONAL_REPORT = re.compile(
    r"\bit\s+(?:has\s+)?(?:also\s+)?(?:bec[oa]me\s+known|emerged|was\s+(?:also\s+)?(?:reported|"
    r"announced|learned|learnt|confirmed))\b(?:\s+[^\s,;:]+){0,3}?\s+that\b", re.IGNORECASE)
#: Words said before the statement the report tells, in the pluperfect ("the spokesman
#: had said that 3,000 soldiers had reached the east"); not words of a few hours before
#: the news ("Only hours before, Russia had said that its forces had taken a village"), nor
#: words dated to a day of the week ("had said on Tuesday that …"), nor words said "earlier"
#: with no period named ("DeepState had said earlier that the troops had taken the town"):
#: earlier in the news's own day, as "had earlier said" is read ("had said earlier this
#: month" stays a recap).
_SPEECH_VERB = re.compile(r"\b(?:(?P<had>had\s+(?:said|warned|claimed|stated))(?!\s+(?:\w+\s+)?"
                          rf"on\s+(?:{'|'.join(WEEKDAYS)})|\s+earlier\b(?!\s+(?:this|last|in|"
                          r"that\s+(?:week|month|year))\b))|said|says|warned|claimed|stated|"
                          r"told|reported|announced)\b", re.IGNORECASE)
_HOURS_BEFORE = re.compile(r"\bhours?\b", re.IGNORECASE)


def _pluperfect_speech(sentence: str, end: int) -> bool:
    """Words said earlier than the report's statement, in the pluperfect, as the last verb
    of speech before ``end`` (not "A had said …, while B said it had moved …")."""
    last = next(reversed(list(_SPEECH_VERB.finditer(sentence, 0, end))), None)
    return last is not None and last["had"] is not None and \
        _HOURS_BEFORE.search(sentence) is None


#: A force's regrouping, as the cue word ("regrouping", "regrouped", "regroup").
_REGROUPING = re.compile(r"regroup", re.IGNORECASE)


#: Forces massed for a push still to come ("said last week it had gathered forces in Bara
#: to take El-Obeid back", "had massed troops near the town for an assault on it"): told in
#: an earlier week's words, the force is still massed there, no recap.
_MASSED_FOR = re.compile(
    r"\b(?:massed|amassed|gathered|concentrated|assembled|built\s+up)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:forces|troops|fighters|units|reinforcements)\b[^.;:!?]{0,60}?\s(?:to\s+(?:retake|"
    r"recapture|take|attack|storm|seize|capture)|for\s+(?:an?|the|its|their)\s+(?:assault|"
    r"attack|offensive|push))\b", re.IGNORECASE)


def _massed_for_push(sentence: str, anchors: list[int]) -> bool:
    """Every cue inside a massing of forces for a push still to come."""
    spans = [(x.start(), x.end()) for x in _MASSED_FOR.finditer(sentence)]
    return bool(anchors) and all(any(lo <= pos < hi for lo, hi in spans) for pos in anchors)


def _said_earlier(sentence: str, end: int) -> bool:
    """Words said in an earlier week before ``end`` ("HRW said last week that …")."""
    found = _EARLIER_SPEECH.search(sentence, 0, end)
    return found is not None and found["a"] is not None


#: A sentence opening on the day or hour of the news that its past perfect reaches ("By
#: Monday afternoon, troops had taken the village", "By late Tuesday, …", "By around
#: midday, …"): the state reached that day is the news, not a recap.
_BY_DAY = re.compile(r"^\W*by\s+(?:(?:around|about|roughly|approximately|shortly\s+"
                     r"(?:before|after))\s+)?"
                     rf"(?:(?:early|late|mid-?)\s*)?(?:(?:{'|'.join(WEEKDAYS)})|today|"
                     r"tonight|yesterday|nightfall|dawn|noon|midday|midnight|the\s+(?:morning|"
                     r"afternoon|evening|end\s+of\s+the\s+day)|this\s+(?:morning|afternoon|"
                     r"evening)|(?:that|the\s+following|the\s+next)\s+(?:morning|afternoon|"
                     r"evening|day))\b", re.IGNORECASE)
#: A sentence opening on a day of this week ("On Saturday, armed men had struck the
#: village", "Early on Friday, …"): its past perfect orders the days of the news (the
#: day before the lead's attack), not a recap of older events.
_ON_DAY = re.compile(rf"^\W*(?:(?:early|late)\s+)?on\s+(?:{'|'.join(WEEKDAYS)})"
                     r"(?:\s+(?:morning|afternoon|evening|night))?\s*,", re.IGNORECASE)
#: A sentence opening on a bare "Earlier" or an earlier hour of the news's day ("Earlier,
#: drones had hit the village", "Earlier in the day, …", "Earlier on Sunday, …"): like a day
#: of this week, its past perfect orders the news's own deeds, no recap of older events
#: ("Earlier this month, …" reaches back weeks and is not this).
_EARLIER_SAME_DAY = re.compile(
    r"^\W*earlier\s*(?:(?:today|tonight|this\s+(?:morning|afternoon|evening)|in\s+the\s+day|"
    rf"that\s+day|on\s+(?:{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?)"
    r"\s*)?,", re.IGNORECASE)
#: A briefing's tally of the news's own day ("As of 16:00, Russian forces had launched 30
#: assaults", "… had attacked 12 times since the start of the day"): its past perfect counts
#: up to the hour of the report, no recap of older events ("since the start of the war" or
#: "as of 1 October" names another time and is not this).
_DAY_TALLY = re.compile(r"\b(?:since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+day|"
                        r"as\s+of\s+\d{1,2}[:.]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?))?)\b",
                        re.IGNORECASE)
#: A past perfect dated to the day before the news's own day ("denied the town had fallen,
#: saying its troops had driven back an attack the previous day", "… had struck the night
#: before."): like a day of this week, it orders the news's own days, no recap of older
#: events ("the day before the war" names another time and is not this).
_DAY_BEFORE = re.compile(r"\b(?:the\s+(?:previous|preceding)\s+(?:day|night|evening|morning)|"
                         r"(?:the|a)\s+(?:day|night)\s+(?:before|earlier)(?=\s*(?:[,.;:!?]|$)))",
                         re.IGNORECASE)
#: A relative pronoun right before a past perfect ("hopes of talks that had been raised by
#: …", "the town, which had been shelled before", "a school, where people had sheltered"):
#: the clause describes what the sentence names after its cue, not when its event happened.
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|whom)\s+(?:[\w'’-]+\s+){0,2}?$|"
                              # a clause of "where" describing the place just named ("hit
                              # a school in Nyala, where families had taken shelter")
                              r",\s+where\s+(?:[\w'’-]+\s+){1,5}?$|"
                              # the same clause with no pronoun, its subject a pronoun
                              # right after the noun it describes ("won back positions they
                              # had lost", "retook ground it had given up")
                              r"(?<![\w'’-])(?!(?:and|or|but|as|when|after|before|because|"
                              r"since|until|where|while|if|than|so|said|says|say|told|added|"
                              r"claimed|stated|reported|announced|believed|thought|knew|"
                              r"feared|hoped|felt|saw|found|noted|that|which|who|whom)\s)"
                              r"[a-z][\w'’-]*\s+(?:they|it|we|he|she)\s+$",
                              re.IGNORECASE)


def _own_perfect(perfect: re.Pattern, sentence: str, lo: int, hi: int,
                 anchors: list[int]) -> bool:
    """A past perfect in ``sentence[lo:hi]`` telling the event itself, not one in a relative
    clause after all its cue words (at ``anchors``) describing a thing it names."""
    return any(not (x.start() > max(anchors) and _RELATIVE_BEFORE.search(
        sentence, max(lo, x.start() - 40), x.start())
        and not _SAID_THAT.search(sentence, max(lo, x.start() - 80), x.start()))
        and _CAME_AFTER.fullmatch(sentence, 0, x.start()) is None
        and _LEAD_UP.fullmatch(sentence, 0, x.start()) is None
        and not _in_step_opening(sentence, x.end(), anchors)
        and _STEP_AFTER.search(sentence, max(0, x.start() - 80), x.start()) is None
        and not _reason_after(sentence, x.start(), anchors)
        for x in perfect.finditer(sentence, lo, hi))


#: A clause of cause right after the deed, with no comma, in the past perfect ("defenders
#: withdrew from the village because the enemy had destroyed all its fortifications"): the
#: perfect gives the reason, earlier than the deed told in the simple past, no recap of it.
#: Not "after" (its clause may bring in places of its own that the deed never reached).
_REASON_AFTER = re.compile(r"\bbecause\s+(?:[\w'’-]+\s+){1,6}?$", re.IGNORECASE)


def _reason_after(sentence: str, start: int, anchors: list[int]) -> bool:
    """The past perfect at ``start`` lies in a "because" clause opened after all the cue
    words (at ``anchors``), see ``_REASON_AFTER``."""
    opening = _REASON_AFTER.search(sentence, max(0, start - 80), start)
    return opening is not None and opening.start() > max(anchors)


#: A clause of "once" or "after" closing a main clause, in the past perfect ("Moscow declared
#: victory on Monday, once its forces had seized the plant"): the perfect orders the deed just
#: before the main clause's, no recap of it.
_STEP_AFTER = re.compile(r",\s+(?:just\s+|only\s+|shortly\s+)?(?:once|as\s+soon\s+as|after)\s+"
                         r"[^,;:.!?]{0,60}?$", re.IGNORECASE)


#: A sentence opening on a clause of "once", "as soon as" or "after" in the past perfect,
#: then its main clause ("Once the base had been taken, the command kept firing artillery
#: into the town", "After the rebels had taken the post on Sunday, a jet bombed it twice"):
#: the perfect orders the main clause's deed after the first, no recap of it.
_STEP_OPENING = re.compile(r"\W*(?:once|as\s+soon\s+as|no\s+sooner|(?:(?:just|shortly|soon)\s+)?"
                           r"after)\s+[^,;:.!?]{3,100}?,", re.IGNORECASE)


def _in_step_opening(sentence: str, end: int, anchors: list[int]) -> bool:
    """The past perfect ending at ``end`` lies in an opening "once" clause and the cues
    after it (see ``_STEP_OPENING``)."""
    opening = _STEP_OPENING.match(sentence)
    return opening is not None and end <= opening.end() and \
        min(anchors) >= opening.end()


#: A sentence telling what the news followed on ("It came after a military unit had been
#: sent to the town", "The ambush happened shortly after troops had arrived"): its past
#: perfect orders the two deeds, the earlier one told as the news's lead-up, no recap (a
#: date of its own still makes it one).
_CAME_AFTER = re.compile(r"\W*(?:it|this|that|(?:the|this|that)\s+[\w-]+)\s+(?:came|happened|"
                         r"occurred|took\s+place)\s+(?:(?:just|shortly|soon|hours|days|"
                         r"minutes|only)\s+)?after\s+(?:[\w'’-]+\s+){1,6}?", re.IGNORECASE)


#: A sentence opening on the lead-up to the deed just told ("Ahead of the assault, the
#: fighters had massed west of the town", "Before the attack, drones had circled …"): its
#: past perfect orders the news's own steps, no recap of older events.
_LEAD_UP = re.compile(r"\W*(?:ahead\s+of|before|prior\s+to|in\s+the\s+run-up\s+to)\s+"
                      r"(?:the|this|that|their|its)\s+(?:[\w-]+\s+)?(?:assault|attack|offensive|"
                      r"raid|strike|storming|incursion|ambush|push|advance|onslaught)s?\s*,\s*"
                      r"(?:[\w'’-]+\s+){1,6}?", re.IGNORECASE)


#: "That" opening what a source said ("Khinshtein said last week that 288 civilians had been
#: killed"): the complement of the verb of speech, whose past perfect tells the event; no
#: relative clause describing a thing named.
_SAID_THAT = re.compile(r"\b(?:said|says|say|told\s+[\w'’-]+|wrote|writes|announced|claimed|"
                        r"stated|reported|added|confirmed|estimated)\b(?:\s+[^\s,;:]+){0,3}?"
                        r"\s+that\s+(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)


#: A past perfect in a relative clause describing someone the news is about ("soldiers
#: whom Russia had sent into the region", "fighters who had stormed the village"): what they
#: did before, background even in a reported statement.
_RELATIVE_PERFECT = re.compile(r"\b(?:whom|who|which)\s+(?:[\w'’-]+\s+){0,3}?had\s+"
                               r"(?:already\s+)?(?:been\s+)?$", re.IGNORECASE)
#: Places described by who has taken them, in a relative clause with or without its
#: pronoun ("two of the towns the alliance has taken", "the villages that the rebels had
#: seized"): which places are meant, not a capture the sentence tells; unless the noun is
#: only where, told with "in" and no article ("in places they have broken through", "in
#: some areas the troops have advanced"): the clause's own subject and verb.
_PLACES_HELD = re.compile(r"(?<!\bin\s)(?<!\bin\ssome\s)(?<!\bin\smany\s)(?<!\bin\sseveral\s)"
                          r"(?<!\bin\sa\sfew\s)\b(?:towns|villages|cities|settlements|bases|areas|territories|"
                          r"positions|districts|townships|localities|places)\s+(?:that\s+|"
                          r"which\s+)?(?:(?:it|they)|(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
                          r"[A-Z][\w'’-]*)\s+(?:has|have|had)\s+(?:already\s+|now\s+|since\s+)?$")
#: Troops described by who sent them, in a relative clause with or without its pronoun,
#: after a definite article ("2,000 of the soldiers it sent to fight for Russia", "the troops
#: that Pyongyang had deployed"): which troops are meant, not a deployment the sentence tells.
_TROOPS_SENT = re.compile(r"\b(?:the|its|their)\s+(?:\w+\s+)?(?:soldiers|troops|fighters|"
                          r"servicemen|forces|personnel|contingent)\s+(?:that\s+|which\s+|"
                          r"whom\s+)?(?:it|they|he|she|(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)"
                          r"\s+(?:has\s+|have\s+|had\s+)?(?:already\s+)?$")
#: A tally of all the ground a force holds ("has taken the whole of Paletwa Township, as well
#: as six of the 17 townships of Rakhine State", "now controls 14 of the country's 18
#: regions"): the sum of a campaign's gains, not one capture.
_GAINS = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|also\s+|already\s+|since\s+)*\w+\s+(?:the\s+whole\s+of|"
    r"all\s+of|the\s+entire(?:ty\s+of)?|most\s+of|much\s+of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)"
    r"{0,3}(?:townships?|states?|regions?|provinces?|districts?|oblasts?|count(?:y|ies)|"
    r"governorates?|departments?|prefectures?)\b|\b(?:\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|half|most|many)\s+of\s+(?:the|its|their|[A-Z][\w'’-]*'s?)"
    r"\s+(?:\w+\s+)?(?:\d+|[a-z]+)\s+(?:townships|states|regions|provinces|districts|"
    r"oblasts|counties|governorates|departments)\b", re.IGNORECASE)

#: Ground already gained told as spread over many points ("our troops have already crossed
#: into the region in several places", "have already broken through at a number of points"):
#: the state of the front summed up, no one event of the news.
_SPREAD_GAINS = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|also\s+)?already\s+(?:[\w'’-]+\s+){1,3}?(?:into|in|"
    r"through|across|to)\b[^.;:!?]{0,80}?\b(?:in|at)\s+(?:several|many|numerous|multiple|"
    r"various|a\s+number\s+of|a\s+few)\s+(?:places|points|spots|locations|sectors|areas)\b",
    re.IGNORECASE)

#: Territory won told in the perfect and spread over several provinces ("the army has won
#: back large areas from the rebels, pushing them out of several key states, among them …"):
#: the campaign's sweep summed up, no capture of the news, even with the provinces listed.
_SWEEP_GAINS = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|also\s+|already\s+|since\s+|steadily\s+)*(?:won\s+back|"
    r"regained|retaken|recaptured|reclaimed|recovered|seized|taken|captured|gained|won|taken\s+"
    r"back)\s+(?:(?:substantial|significant|considerable|large|vast|huge|much|more|swathes\s+"
    r"of|tracts\s+of|areas\s+of|chunks\s+of|expanses\s+of)\s+)*(?:territory|ground|"
    r"areas|land)\b[^.;:!?]{0,120}?\b(?:in|across|of|from)\s+(?:several|many|numerous|"
    r"multiple|various|a\s+number\s+of|a\s+string\s+of)\s+(?:[\w-]+\s+)?(?:states|"
    r"regions|provinces|districts|oblasts|governorates|departments|prefectures|counties)\b",
    re.IGNORECASE)

#: A force's rough size told as hearsay in the perfect infinitive ("some 5,000 foreign
#: fighters are thought to have been deployed to the province"): the standing deployment
#: the news is set in, not an arrival the report tells.
_HEARSAY_FORCE = re.compile(
    r"\b(?:some|about|around|roughly|approximately|up\s+to|as\s+many\s+as|an\s+estimated|"
    r"more\s+than|over|nearly|almost)\s+[\d,.]+(?:\s+(?:thousand|million))?\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:troops|soldiers|servicemen|fighters|personnel|mercenaries)\s+"
    r"(?:are|were)\s+(?:widely\s+)?(?:reported|thought|believed|said|estimated|understood|"
    r"known)\s+to\s+have\s+been\s+(?:sent|deployed|dispatched|moved|transferred)\b",
    re.IGNORECASE)


#: "Before" standing alone at the end of its clause ("We drove them out of the city
#: before, and we will do it again"): a deed of some earlier time, a recap; not the day or
#: the hours before the news ("the night before"), nor a comparison ("than ever before").
_DONE_BEFORE = re.compile(r"(?<!\bever\s)(?<!\bnever\s)(?<!\bday\s)(?<!\bnight\s)"
                          r"(?<!\bweek\s)(?<!\bmonth\s)(?<!\byear\s)(?<!\bevening\s)"
                          r"(?<!\bmorning\s)(?<!\bafternoon\s)(?<!\bhours\s)(?<!\bdays\s)"
                          r"(?<!\bminutes\s)(?<!\bmoments\s)(?<!\bshortly\s)(?<!\bjust\s)"
                          r"(?<!\bweeks\s)(?<!\bmonths\s)"
                          r"\bbefore(?=\s*(?:[,;:.!?\"”’)]|$))", re.IGNORECASE)


#: What makes a bare "before" no earlier deed: a first time ("an area they had not
#: entered before", "never before") or a comparison ("tactics that work better than before").
_FIRST_OR_COMPARED = re.compile(r"\b(?:not|never|n['’]t|than|as)\b(?:\s+[\w'’-]+){0,4}\s+$",
                                re.IGNORECASE)


def _done_before(sentence: str, lo: int, hi: int) -> bool:
    """A bare "before" ending a clause of ``sentence[lo:hi]`` that dates its deed to some
    earlier time (``_DONE_BEFORE``), not a first time nor a comparison."""
    return any(_FIRST_OR_COMPARED.search(sentence, max(lo, x.start() - 50), x.start()) is None
               for x in _DONE_BEFORE.finditer(sentence, lo, hi))


#: A phrase of time naming another event ("bridges wrecked during last year's fighting"):
#: a recap marker in it dates that event, not the one the clause tells.
_OTHER_TIME = re.compile(r"\b(?:during|after|before|following|amid)\s+(?:the\s+)?$",
                         re.IGNORECASE)


#: A clause told over the last days ("Over the past week the RSF has stepped up its drone
#: attacks on …"): a trend of this week is the news, not a recap.
_RECENT_SPAN = re.compile(r"\b(?:over|in|during|within)\s+the\s+(?:past|last)"
                          + RECENT_PERIOD.pattern, re.IGNORECASE)


#: A date at the "from" end of a change told from one figure to another ("raised the
#: number of troops from 11,000 before the incursion began in August to 45,000 now",
#: "grew from 5,000 in March to 12,000"): it dates the starting figure, not the change; so
#: does a recap word in it ("began in").
_FROM_FIGURE = re.compile(r"\bfrom\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|"
                          r"fewer\s+than\s+|less\s+than\s+|just\s+)?\d[\d,.]*"
                          r"(?:\s+(?:thousand|million))?(?:\s+[a-z]+)?\s+"
                          r"(?:before|in|at|as\s+of|by)\b[^,;:()]{0,50}$", re.IGNORECASE)
_TO_FIGURE = re.compile(r"\s+to\s+(?:an?\s+)?(?:estimated\s+|about\s+|some\s+|around\s+|"
                        r"roughly\s+|nearly\s+|more\s+than\s+|over\s+|at\s+least\s+)?\d",
                        re.IGNORECASE)


def in_baseline(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` lies at the "from" end of a change from one figure
    to another (``_FROM_FIGURE`` before it, ``_TO_FIGURE`` after the phrase it ends)."""
    if _FROM_FIGURE.search(sentence, max(0, start - 90), start) is None:
        return False
    rest = re.match(r"[^,;:()]{0,40}?(?=\s+to\s)", sentence[end:])
    return rest is not None and _TO_FIGURE.match(sentence, end + rest.end()) is not None


def _recaps(pattern: re.Pattern, sentence: str, lo: int, hi: int, after_news: bool,
            first: int = -1) -> bool:
    """A recap marker in ``sentence[lo:hi]``, not one opening a recent period, nor one in a
    phrase of time naming another event, nor one before a state still holding ("crews
    continue to operate in …": presence told in the present tense is today's news), nor
    one of a comparison with an earlier year ("up from 100 in the same period last year"),
    nor one pointing back at news told just before (``after_news``), nor one bounding a
    record ("the bloodiest day since the siege began last year"), nor one heading a
    participle clause after a comma ("…, once again showing their courage"), nor one dating
    the start of the campaign a toll told before it is counted in (``first``: the event's
    first cue; see ``_CAMPAIGN_BEGAN``)."""
    m = _markers()
    if _RECENT_SPAN.search(sentence, lo, hi):
        return False
    return any(not RECENT_PERIOD.match(sentence, x.end()) and not m.present.match(sentence, x.end())
               and not m.compared.match(sentence, x.end())
               and not _OTHER_TIME.search(sentence, max(lo, x.start() - 20), x.start())
               and not (after_news and m.pointing.fullmatch(x.group(0)))
               and not in_record(sentence, x.start())
               and not _opens_participle(sentence, x)
               and not _RECORD_SINCE.match(sentence, x.end(), hi)
               and not _again_now(sentence, x)
               and not _campaign_began(sentence, x, first)
               and not in_baseline(sentence, x.start(), x.end())
               and not _in_state_since(sentence, x.start(), first)
               for x in pattern.finditer(sentence, lo, hi))


def _in_state_since(sentence: str, pos: int, first: int) -> bool:
    """The marker at ``pos`` lies in a clause after the event's first cue telling a place's
    state since a time (``STATE_SINCE``): when the place came to be so, no recap."""
    return first >= 0 and any(lo <= pos < hi for lo, hi in state_since_spans(sentence, first))


#: The start of a campaign told in a clause on it, after the deed ("lost 5,000 men in the
#: incursion into the region that began in August", "were killed during the offensive which
#: started in May"): the clause frames the period the count runs over; the deed is not a
#: recap of that start. The campaign's own noun is the recap, not the deed; and a deed told
#: with no count before the clause ("shelled the town during the offensive that began …") is
#: left to the recap markers.
_CAMPAIGN_BEGAN = re.compile(
    r"\b(?:invasion|incursion|offensive|counteroffensive|campaign|operation|war|conflict|siege)"
    r"(?:\s+(?:of|into|on|in|against|across)\s+[^,;:.()]{0,50}?)?\s+(?:that|which)\s+"
    r"(?:began|started)\s+(?:in|on)\b[^,;:.()]{0,30}$", re.IGNORECASE)


def _campaign_began(sentence: str, x: re.Match, first: int) -> bool:
    """The marker ``x`` is, or dates, the start told in a ``_CAMPAIGN_BEGAN`` clause after
    the event's first cue (its date, "in August of last year", is that start's too)."""
    noun = _CAMPAIGN_BEGAN.search(sentence, max(0, x.start() - 120), x.end())
    if noun is None or not 0 <= first < noun.start() or \
            not re.search(r"\d", sentence[:noun.start()]):
        return False
    return x.group(0).lower() in ("began in", "started in", "began on", "started on") or \
        re.search(r"(?:began|started)\s+(?:in|on)\b", sentence[noun.start():x.start()],
                  re.IGNORECASE) is not None


#: A deed taken up again, told in the present progressive ("are once again taking part in
#: assaults there", "is again shelling the town") or the present perfect ("troops have once
#: again moved forward near the town"): what goes on or has just been done, not a recap
#: (the past perfect, "had once again", stays one).
_NOW_BEFORE = re.compile(r"\b(?:is|are|am)\s+(?:now\s+)?$", re.IGNORECASE)
_DOING_AFTER = re.compile(r"\s+[a-z]+ing\b")
_HAVE_BEFORE = re.compile(r"\b(?:has|have)\s+(?:now\s+)?$", re.IGNORECASE)
_DONE_AFTER = re.compile(r"\s+[a-z]+(?:ed|en)\b")
#: ... or the simple past right after a subject ("On Thursday, the RSF once again bombarded
#: the palace", "the enemy once again struck the town"): the deed is done again, news; a
#: past perfect ("had once again") or a clause word before it leaves the recap, and so does
#: a verb of showing or saying ("units deployed there once again demonstrated their
#: professionalism": the praise is repeated, not the deployment).
_SUBJECT_BEFORE = re.compile(r"\b(?!(?:had|was|were|been|be|is|are|has|have|and|or|but|that|"
                             r"which|who|when|as|while|after|before|since)\b)[A-Za-z][\w'’-]*\s+$")
_PAST_AFTER = re.compile(r"\s+(?!(?:demonstrated|showed|proved|confirmed|underlined|"
                         r"highlighted|raised|stressed|called|urged|thanked|accused|"
                         r"expressed|reaffirmed|reiterated|warned|asked|appealed|"
                         r"displayed|exposed|revealed|renewed)\b)"
                         r"(?:[a-z]+ed|struck|shot|hit|fought|took|seized|stormed|overran|"
                         r"broke|came|sent|brought|drove|threw|blew)\b(?!\s+by\b)")


def _again_now(sentence: str, x: re.Match) -> bool:
    if x.group(0).lower() not in ("once again", "again"):
        return False
    before = max(0, x.start() - 20)
    return (_NOW_BEFORE.search(sentence, before, x.start()) is not None and
            _DOING_AFTER.match(sentence, x.end()) is not None) or \
        (_HAVE_BEFORE.search(sentence, before, x.start()) is not None and
         _DONE_AFTER.match(sentence, x.end()) is not None) or \
        (_SUBJECT_BEFORE.search(sentence, max(0, x.start() - 40), x.start()) is not None and
         _PAST_AFTER.match(sentence, x.end()) is not None)


#: A record the deed sets, bounded by a "since" ("was the deadliest such strike on a base
#: since September 23", "was the deadliest on the capital since April"): the deed is the
#: latest of its kind, news; what the "since" names is the older one.
_RECORD_SINCE = re.compile(r"(?<=est)(?:\s+[\w'’-]+){0,7}?\s+since\b", re.IGNORECASE)


#: A participle clause hung on the event after a comma ("…, once again showing their
#: courage"): a recap word heading it says the showing is repeated, not that the event is old.
_COMMA_BEFORE = re.compile(r",\s*$")
_PARTICIPLE_NEXT = re.compile(r"\s+[a-z]+ing\b")


def _opens_participle(sentence: str, x: re.Match) -> bool:
    return _COMMA_BEFORE.search(sentence, max(0, x.start() - 3), x.start()) is not None and \
        _PARTICIPLE_NEXT.match(sentence, x.end()) is not None


def _own_clauses(sentence: str, pos: int) -> list[tuple[int, int]]:
    """The clause around ``pos`` and, where a relative clause interrupts it ("The strike
    on Kyiv on Thursday, which killed 31 people, was the deadliest …"), the rest of it."""
    lo, hi = clause(sentence, pos)
    aside = _RELATIVE.match(sentence, hi)
    return [(lo, hi)] + ([(aside.end(), clause(sentence, aside.end())[1])] if aside else [])


#: How many words after a cue a marker may stand ("This deployment is expected in…").
_AFTER = 6


def _words_after(text: str, pos: int, n: int) -> int:
    ends = [w.end() for w in re.finditer(r"\S+", text[pos:])][:n + 1]
    return pos + (ends[-1] if ends else 0)


#: A claim told as the complement of its report or of a verb of claiming ("Reports that the
#: air force bombed a hospital … are fabricated", "bloggers claimed that the town had
#: fallen; the command denied it"): a denial after it in the sentence denies it.
_CLAIM_THAT = re.compile(r"\b(?:reports?|claims?|allegations?|statements?|rumou?rs?|news)\s+"
                         r"(?:\w+\s+){0,3}?(?:that|of)\b|\b(?:claimed|claiming|alleged|"
                         r"alleging|asserted|insisted)\b", re.IGNORECASE)


#: Who rejects a claim, a few words on ("Kyiv has consistently rejected", "the army
#: dismissed"): the tail of the two patterns below.
_WHO_REJECTS = (r"(?:[\w'’.-]+\s+){1,8}?(?:ha(?:s|ve|d)\s+)?(?:\w+ly\s+)?"
                r"(?:rejected|rejects|reject|dismissed|dismisses|dismiss|denied|denies|deny|"
                r"refuted|refutes|refute|disputed|disputes|dispute)\b")

#: A relative clause after a claim saying who rejects it ("Moscow has claimed that the
#: garrison is surrounded, which Kyiv has consistently rejected"): the claim is denied.
_WHICH_REJECTED = re.compile(r",\s+(?:a\s+claim\s+)?which\s+" + _WHO_REJECTS, re.IGNORECASE)


#: An adjective placing the deed its noun names before the news ("earlier attacks",
#: "previous strikes", "prior clashes"), right before the cue.
#: The adjective may stand before the side's name or the weapon ("earlier RSF drone
#: strikes", "previous Russian missile attacks") when the cue is a noun, not a verb
#: ("Earlier Hamas attacked …" tells a deed of the day).
_EARLIER_NOUN = re.compile(r"\b(?i:earlier|previous|prior|past)\s+(?:(?:[A-Z][\w'’-]*|(?i:drone|"
                           r"missile|rocket|air|aerial|artillery|mortar|ground|cross-border|"
                           r"suicide|bomb|car-bomb))\s+){0,2}$")
_VERB_CUE = re.compile(r"\w+ed\b", re.IGNORECASE)


#: A cue noun that names a plan ("the latest deployment plan", "their redeployment plans",
#: "the offensive plan"): what it tells is intended, not done.
_NOUN_PLAN = re.compile(r"[\w-]+(?:ment|tion|al|ive|ing)\s+plans?\b",
                        re.IGNORECASE)


#: A cue noun followed by a bare "expected", a summary's or headline's clipped "are expected"
#: ("Kherson Oblast: larger attacks expected.", "Fresh strikes expected on the capital"):
#: what is to come, not done ("as expected", "than expected" come between and do not count).
_CLIPPED_EXPECTED = re.compile(r"[\w-]+(?:\s+(?!(?:as|than|so|not|never|had|has|have)\b)[a-z-]+)?"
                               r"\s+(?P<marker>expected)\b", re.IGNORECASE)


#: An event put off, given up or told as intended only, right before its cue ("is putting
#: off its planned offensive on the town", "postponed the assault", "moving forces instead
#: of attacking the city", "the expected offensive", "blew himself up rather than be taken
#: prisoner"): nothing of it has been done yet.
_PUT_OFF = re.compile(
    r"(?:(?:\bput(?:s|ting)?\s+off|\bpostpon(?:e|es|ed|ing)|\bdelay(?:s|ed|ing)?|"
    r"\bshelv(?:e|es|ed|ing)|\bcall(?:s|ed|ing)?\s+off|\binstead\s+of|"
    r"\brather\s+than(?:\s+(?:be|being|get|getting))?)"
    r"(?:\s+(?:its|their|his|her|the|an?|planned|new|major|large-scale|long-awaited))"
    r"{0,3}|\b(?:its|their|the|an?)\s+(?:long-)?(?:planned|intended|expected|anticipated|"
    r"awaited)(?:\s+(?:new|major|large-scale|spring|summer|winter|autumn|ground))?)\s+$",
    re.IGNORECASE)


#: A claim named again in apposition after it, with who rejects it ("… are in full control of
#: the town, an assertion the army dismissed outright", "…, a claim that Kyiv has denied"):
#: the apposition itself marks what comes before as a claim, and the claim is denied.
_APPOSED_REJECTED = re.compile(
    r",\s+(?:an?|one)\s+(?:[\w-]+\s+)?(?:claim|assertion|allegation|account|statement|version)"
    r"\s+(?:that\s+|which\s+)?" + _WHO_REJECTS, re.IGNORECASE)


#: A sentence whose subject is a claim and what it claims ("Claims by the authorities that
#: their troops have taken ground in the region have drawn much debate", "Allegations that
#: the army shelled the market are being examined", "Russian claims of gains in …"): the sentence
#: weighs the claim, it does not tell what was claimed as news. The noun opens the sentence,
#: alone, after a nationality or a possessive, or before its claimant ("by", "from", "of"), so
#: no verb "claims" ("The army claims that …"); the cue stands in its "that" clause, with no
#: clause break before it.
_CLAIM_AS_TOPIC = re.compile(r"^\W*(?:(?:these|those|such|the)\s+)?(?:(?:(?-i:[A-Z])[\w-]*"
                             r"(?:ian|ese|ish|eli|ani)|[\w-]+['’]s)\s+)?"
                             r"(?P<claims>claims|allegations)\s+(?:(?:by|from|of)\s+"
                             r"(?:[\w'’.-]+\s+){1,6}?)?(?:that|of)\s+[^,;:—–]*$", re.IGNORECASE)


#: A sentence opening with what its speaker was asked ("Asked about Russian claims that
#: territory near the city had been captured, he said …", "When asked whether the town had
#: fallen, …"): the question's content, still open at the cue, is put to the speaker, not
#: told; the answer after the comma says what is known.
_ASKED_ABOUT = re.compile(r"^\W*(?:(?:when|after\s+being|on\s+being|if)\s+)?asked\s+"
                          r"(?:about|whether|if|on|over)\s+[^,;:—–]*$", re.IGNORECASE)


#: A denial with a complement of its own ("… the claim of a village taken, and they have
#: denied that troops crossed into the region at all"): it denies that, not the claim before.
_OWN_COMPLEMENT = re.compile(r"\s+that\s+(?!(?:it|this|they|he|she|so)\b)", re.IGNORECASE)


#: What the denier says instead, told after the denial ("denied that it had withdrawn,
#: saying its division remains in its positions"): the denial's scope ends there.
_SAYING_INSTEAD = re.compile(r",\s+(?:saying|adding|insisting|stating|stressing|explaining|"
                             r"asserting|maintaining)\b"
                             # the same told by a second finite verb of the denier's ("Kyiv
                             # rejected the claim and said its troops were still operating in
                             # Belgorod"; a denial of its own, "and denied", goes on denying)
                             r"|,?\s+and\s+(?:(?:it|he|she|they|we)\s+)?(?:also\s+)?"
                             r"(?:said|says|added|adds|insisted|insists|stated|states|"
                             r"stressed|stresses)\b"
                             # the denier granting the rest ("has denied committing atrocities,
                             # but it has confirmed that it took over the area")
                             r"|,?\s+but\s+(?:(?:it|he|she|they|we|the\s+[\w-]+)\s+)?"
                             r"(?:(?:has|have|had|did)\s+)?(?:also\s+)?(?:confirmed|confirms|"
                             r"admitted|admits|acknowledged|acknowledges|conceded|concedes|"
                             r"said|says|stated|states)\b", re.IGNORECASE)


#: A purpose clause after the cue ("dispatched troops to Russia so they could fight in
#: Kursk"): its modal tells what the deed was for, not that the deed is still to come.
_PURPOSE = re.compile(r"\b(?:so\s+(?:that\s+)?(?:they|it|he|she|we|the\s+\w+)\s+(?:could|would|"
                      r"can|might|may)|in\s+order\s+(?:to|that))\b", re.IGNORECASE)


#: A statement made, with its complement ("said on Friday that", "announced that"): the
#: complement is the source's claim, opening a clause of its own.
_TOLD_THAT = re.compile(r"\b(?:said|announced|reported|stated|confirmed|disclosed|revealed)"
                        r"(?:\s+(?!that\b)[\w'’-]+){0,4}?\s+that\b", re.IGNORECASE)


#: A gerund opening its clause ("…, he said, being taken prisoner and sent home would be
#: seen as a worse fate than death"): the deed is the subject of the clause's verb, a
#: thing talked of, so the modal of that verb, however far, says how it is told.
_GERUND_SUBJECT = re.compile(r"(?:^|[,;:—–(\"“])\s*(?:(?:and|but|that)\s+)?(?:being|getting)\s+"
                             r"(?:\w+ly\s+)?$", re.IGNORECASE)


#: A deed told by a gerund opening its clause and then named someone's aim ("seizing the
#: town is almost certainly Russia's immediate objective", "capturing the city remains
#: Moscow's main goal"): what is sought, nothing done yet.
_GERUND_OPENS = re.compile(r"(?:^|[,;:—–(\"“]|\bthat)\s*$", re.IGNORECASE)
_GERUND_AIM = re.compile(r"[a-z]+ing\b[^,;:.!?]{0,80}?\b(?:is|are|was|were|remains?|remained|"
                         r"has\s+been|had\s+been)\s+(?:(?:\w+ly|almost|also|still|now)\s+)*"
                         r"(?:the|its|their|his|her|[\w'’-]+['’]s?)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:objectives?|goals?|aims?|priorit(?:y|ies)|targets?|task)\b",
                         re.IGNORECASE)


def _at(sentence: str, pos: int, m: _Markers) -> tuple[str | None, str | None]:
    """(kind, marker word) for the cue word at ``pos``; kind None when stated as news."""
    denial = max(m.denied.finditer(sentence, 0, pos), key=lambda x: x.start(),
                 default=None)  # the last denial before the cue
    if denial is not None and _SAYING_INSTEAD.search(sentence, denial.end(), pos):
        denial = None
    if denial is None and _CLAIM_THAT.search(sentence, 0, pos):
        denial = m.denied.search(sentence, pos)
        if denial is not None and _OWN_COMPLEMENT.match(sentence, denial.end()):
            denial = None
        denial = denial or _WHICH_REJECTED.search(sentence, pos)
    if denial is None:
        # only the clause right before the apposition is the claim it names ("holding off
        # attacks near the city, which Moscow said it had captured, a claim Kyiv rejects"
        # rejects the capture, not the attacks)
        denial = _APPOSED_REJECTED.search(sentence, pos)
        if denial is not None and re.search(r"[,;:—–]", sentence[pos:denial.start()]):
            denial = None
    if denial:
        return "denied", denial.group(0)
    topic = _CLAIM_AS_TOPIC.match(sentence[:pos])
    if topic is not None:
        return "hedged", topic.group("claims")
    asked = _ASKED_ABOUT.match(sentence[:pos])
    if asked is not None:
        return "hedged", "asked"
    plan = _NOUN_PLAN.match(sentence, pos)
    if plan is not None:
        return "planned", plan.group(0)
    clipped = _CLIPPED_EXPECTED.match(sentence, pos)
    if clipped is not None:
        return "forecast", clipped.group("marker")
    aim = _GERUND_AIM.match(sentence, pos)
    if aim is not None and _GERUND_OPENS.search(sentence, max(0, pos - 20), pos):
        return "planned", aim.group(0)
    put_off = _PUT_OFF.search(sentence[max(0, pos - 80):pos])
    if put_off is not None:
        return "planned", put_off.group(0).strip()
    doubt = _DOUBT_BEFORE.search(sentence, max(0, pos - 40), pos)
    if doubt is not None:
        return "hedged", doubt.group("word")
    if _EITHER_BEFORE.search(sentence, max(0, pos - 20), pos) is not None \
            and _OR_HELD_OUT.match(sentence, pos) is not None:
        return "hedged", "either"
    lo, hi = clause(sentence, pos)
    # a source's words told as done ("… may become harder after the agency said on Friday
    # that a soldier had been captured"): a modal before them tells nothing of what is to
    # come of their content (a hedge of the telling still doubts it)
    told = max(_TOLD_THAT.finditer(sentence, lo, pos), key=lambda x: x.end(), default=None)
    if _GERUND_SUBJECT.search(sentence, lo, pos) is None:
        hi = min(hi, _words_after(sentence, pos, _AFTER))
    purpose = _PURPOSE.search(sentence, pos, hi)
    hi = purpose.start() if purpose else hi
    for kind, pattern in m.kinds:
        start = told.end() if told is not None and kind in ("forecast", "planned") else lo
        found = next((x for x in pattern.finditer(sentence, start, hi)
                      if not _month(sentence, x) and not _assessed_now(sentence, x)
                      and not _estimated_count(sentence, x)
                      and not _toll_estimate(sentence, x, pos)
                      and not _warned_of_now(sentence, x)), None)
        if found and kind in ("forecast", "planned") and found.end() <= pos and \
                _DONE_BESIDE.search(sentence, found.end(), pos) is not None:
            continue
        if found:
            if kind == "planned" and _PART_ALREADY_THERE.search(sentence, pos):
                return None, None
            return kind, found.group(0)
    return None, None


#: A doubting adverb right before the cue's verb ("forces possibly recently liberated the
#: village", "had perhaps already taken it"): the analyst's lowest grade of confidence, the
#: deed unconfirmed (unlike "likely"). Elsewhere in the clause it qualifies a detail
#: ("came under attack, possibly with HIMARS", "possibly including commanders"), not the deed.
_DOUBT_BEFORE = re.compile(r"\b(?P<word>possibly|perhaps|maybe)\s+(?:(?:have|has|had)\s+)?"
                           r"(?:(?:\w+ly|already|also|just|since)\s+)?(?:(?:have|has|had)\s+)?$",
                           re.IGNORECASE)


#: A fall told as one of two outcomes, the other that the place held out ("the base was
#: either taken or put under siege", "has either fallen or been encircled"): which one came
#: is not known, so the fall is unconfirmed; two tolls ("either killed or wounded") are not
#: such a pair.
_EITHER_BEFORE = re.compile(r"\beither\s+(?:been\s+)?$", re.IGNORECASE)
_OR_HELD_OUT = re.compile(r"[\w-]+\s+or\s+(?:(?:been|was|were|is|are)\s+)?(?:put\s+under\s+siege|"
                          r"placed\s+under\s+siege|besieged|encircled|surrounded|blockaded|"
                          r"cut\s+off|held\s+out|holding\s+out|still\s+holding)\b",
                          re.IGNORECASE)


#: A second predicate of the same subject told as done, its own auxiliary right before the
#: cue ("are getting ready to step up their activity on the front and have massed 40,000
#: personnel there", "plans to widen the offensive and has already moved two brigades"): the
#: plan before it tells what is to come, not that deed, which is news.
_DONE_BESIDE = re.compile(r"[,;]?\s+(?:and|but)\s+(?:ha(?:ve|s|d))\s+(?:(?:already|also|now|"
                          r"since|meanwhile)\s+)?$", re.IGNORECASE)


#: A share of a planned sending told as already there ("intends to send another 6,000
#: troops, and around 1,000 of them are already there", "plans to deploy 500 more, some of
#: whom have already arrived"): that part's arrival is news, not only the plan.
_PART_ALREADY_THERE = re.compile(
    r"[,;]?\s+(?:and|but|while|with|of\s+whom|of\s+which)\s+(?:that\s+)?"
    r"(?:[\w,'’-]+\s+){0,4}?(?:of\s+(?:them|those|these|whom|which)\s+)?"
    r"(?:are|is|were|was|have|has|had)\s+(?:now\s+)?already\s+(?:been\s+)?"
    r"(?:there|here|in\s+place|on\s+the\s+ground|arrived|deployed|sent|stationed|"
    r"in\s+[A-Z])", re.IGNORECASE)


#: A warning whose content is a state of now ("warned on Thursday that the town and nearby
#: villages were under the heaviest assaults", "warns that the city is being shelled
#: day and night"): the warner tells what is going on, not what is to come. The content
#: must hold no modal or word of the future of its own.
_NOW_WARNED = re.compile(r"\s+(?:on\s+\w+\s+|again\s+)?that\s+(?:(?!will\b|would\b|could\b|may\b|"
                         r"might\b|shall\b|should\b|soon\b|expected\b|likely\b|if\b|"
                         r"unless\b)[\w'’,-]+\s+){1,12}?(?:is|are|was|were)\s+"
                         r"(?:(?:now|still|already|currently)\s+)?(?:under\s|being\s+\w+ed\b)",
                         re.IGNORECASE)


def _warned_of_now(sentence: str, found: re.Match) -> bool:
    """Whether the marker ``found`` ("warned") introduces a state of now."""
    return found.group(0).lower() in ("warned", "warns") and \
        _NOW_WARNED.match(sentence, found.end()) is not None


#: An intelligence service's graded judgement ("forces had very probably taken upwards of
#: 6,000 casualties", "highly probably"): the named source's estimate on its own scale of
#: confidence, told as its claim, not a hedge of the report's.
_GRADED = re.compile(r"\b(?:very|highly|most)\s+probably\b", re.IGNORECASE)


def _graded(sentence: str, pos: int, marker: str | None) -> bool:
    """Whether the hedge ``marker`` of the cue at ``pos`` is a graded "very probably"."""
    return marker is not None and marker.lower() == "probably" and \
        _GRADED.search(sentence, *clause(sentence, pos)) is not None


#: "Likely" before "no longer" ("a trench line … is likely no longer held by Russian
#: forces"): an analyst's assessment of the present, not a forecast.
_NO_LONGER = re.compile(r"\s+no\s+longer\b", re.IGNORECASE)


def _assessed_now(sentence: str, found: re.Match) -> bool:
    """Whether the marker ``found`` ("is likely") assesses a state of now."""
    return found.group(0).lower().endswith("likely") and \
        _NO_LONGER.match(sentence, found.end()) is not None


#: "Estimated to have" before a massing of forces and its count ("is estimated to have massed
#: some 150,000 troops for the offensive"): the estimate is of the size of a concentration
#: seen, the massing is told as done. (Forces "estimated to have" been sent to a country
#: stay a standing estimate: "is estimated to have deployed about 4,000 troops to Congo".)
_ESTIMATED_COUNT = re.compile(r"\s+(?:(?:already|now|also)\s+)?(?:massed|amassed|concentrated|"
                              r"gathered|assembled|built\s+up)\s+(?:(?:some|about|around|"
                              r"roughly|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?"
                              r"\d", re.IGNORECASE)


def _estimated_count(sentence: str, found: re.Match) -> bool:
    """Whether the marker ``found`` is "estimated to have" estimating the size of a
    concentration of forces right after it (a hedge of the figure, not of the deed)."""
    return found.group(0).lower() == "estimated to have" and \
        _ESTIMATED_COUNT.match(sentence, found.end()) is not None


#: A toll of the deed right before a modal, the deed named in it ("the death toll from the
#: attack could be above 500", "the number of dead in the raid may well be higher"): the modal
#: estimates the figure, the deed is told as done.
_TOLL_OF_DEED = re.compile(r"\b(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|"
                           r"casualties|fatalities|people\s+killed|those\s+killed)|body\s+count|"
                           r"casualty\s+(?:figure|count|toll)s?)\s+(?:from|of|in)\s+(?:the|this|that|"
                           r"these|those|yesterday's|[A-Z][\w'’-]*(?:'s|’s)?)\s+"
                           r"(?P<deed>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+$", re.IGNORECASE)
_ESTIMATE_AFTER = re.compile(r"\s+(?:well\s+|even\s+|still\s+)?(?:be|rise|climb|reach|exceed|top|"
                             r"go\s+up|have\s+been)\b", re.IGNORECASE)
_TOLL_MODALS = {"could", "may", "might", "would"}


def _toll_estimate(sentence: str, found: re.Match, pos: int) -> bool:
    """Whether the marker ``found`` is a modal whose subject is the toll of the deed whose
    cue is at ``pos`` (a figure estimated, the deed not in doubt; see ``_TOLL_OF_DEED``)."""
    if found.group(0).lower() not in _TOLL_MODALS or found.start() <= pos:
        return False
    toll = _TOLL_OF_DEED.search(sentence, max(0, found.start() - 90), found.start())
    return toll is not None and toll.start("deed") <= pos < toll.end("deed") and \
        _ESTIMATE_AFTER.match(sentence, found.end()) is not None


#: The month May, not the modal: capitalised inside a sentence ("in May", "on 12 May"), or
#: at its start before a day or year ("May 12 saw …").
_MONTH_AFTER = re.compile(r"\s+\d")


def _month(sentence: str, found: re.Match) -> bool:
    """Whether the marker ``found`` is the name of the month May ("On 12 May insurgents
    kidnapped …" tells a deed done, no forecast)."""
    if found.group(0) != "May":
        return False
    opening = not sentence[:found.start()].strip(" \t\n\"“‘'(")
    return not opening or _MONTH_AFTER.match(sentence, found.end()) is not None


def with_context(kept: list[tuple[Candidate, int]],
                 background: list[tuple[Candidate, int]]) -> list[Candidate]:
    """Proposed candidates (with their paragraph number) with the background quotes of
    their paragraph in their notes: the recap explains the news instead of becoming an
    event of its own."""
    out = []
    for c, paragraph in kept:
        near = [b for b, p in background if p == paragraph]
        if near:
            quotes = "; ".join(dict.fromkeys(f"'{b.event.quote}'" for b in near))
            c = replace(c, event=c.event.replace(notes=f"{c.event.notes}; context: {quotes}"))
        out.append(c)
    return out
