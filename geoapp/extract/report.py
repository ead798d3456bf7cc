"""Read one report: sentences → cues, figures, dates, sources, places → draft events.

Every finder runs once per report (places, dates, nationalities) or once per
sentence (sources, figures, cues). A sentence yields one draft per event type and
place: the casualty figures of a sentence near one place make one casualty report,
and a cue near another place makes another event. Drafts without a place of their
own take one only when the text ties them to earlier events ("there", "also",
"these troops"); otherwise they stay unlocated. :mod:`geoapp.extract.build` turns
drafts into candidates.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from geoapp.extract import cues
from geoapp.extract.acting import READ_AFTER, READ_BEFORE, acts, names_outlet
from geoapp.extract.actors import Actor, find_actors, group_countries, nationalities
from geoapp.extract.attribution import Attribution, find_attribution
from geoapp.extract.dateline import Dateline
from geoapp.extract.dates import MONTH_WORD, DateSpan
from geoapp.extract.figures import Figure, find_figures
from geoapp.extract.modality import Reading, clause, in_baseline, in_record, links_elsewhere
from geoapp.extract.places import CALENDAR, PAIRED_SECTOR_WORDS, PlaceHit, find_places
from geoapp.extract.roles import (
    AS_TOO,
    COMPARISON,
    DATELINE,
    EVENT,
    MENTIONED,
    SOURCE,
    SPECIFICITY,
    Place,
    PlaceGroup,
    assign_role,
    charged_with,
    group_places,
    inherits_role,
    measures_reach,
    road_end,
    road_to_quarter,
    where_treated,
)
from geoapp.extract.rules import Trigger, concessive_end, find_triggers, framed_sentence
from geoapp.extract.sentences import Sentence
from geoapp.geocode import Geocoder

#: How far back (in sentences) a tied sentence looks for located events.
_TIE_REACH = 3
#: How far back "the region" looks for the region it names again.
_REGION_REACH = 6
#: A region named again by its kind alone ("had occupied a number of settlements in the
#: region"): the admin-1 unit last named as a region, not the town named last, which may
#: lie in another one.
_REGION_AGAIN = re.compile(
    r"\b(?:(?:in|across|throughout|of|into|to)\s+the\s+(?:region|oblast|province)"
    # a state told again by its kind, bare or with its bearing ("abducted in the
    # east-central state", "across the state"), never the state as a government ("enemies
    # of the state", "loyal to the state", "the state of emergency")
    r"|(?:in|across|throughout|into)\s+the\s+(?:(?:north|south|east|west|central|north-?east|"
    r"north-?west|south-?east|south-?west)(?:ern)?(?:-central)?\s+)?state(?!['’]s))"
    r"\b(?!\s+of\b)", re.IGNORECASE)
#: An area named again by its kind alone ("troops have since launched an operation in the
#: area"): a place finer than a country told just before, never a whole country.
_AREA_AGAIN = re.compile(r"\b(?:in|across|throughout|into)\s+the\s+area\b(?!\s+of\b)",
                         re.IGNORECASE)
#: A village named again by its kind alone ("repelled attacks in the vicinity of the
#: village", "fighting went on in the village"): the village last named as an event's place,
#: not the city or region named since, nor the dateline's city.
_VILLAGE_AGAIN = re.compile(r"\b(?:in|near|around|outside|into|of|on)\s+the\s+(?:village|"
                            r"hamlet|settlement)\b(?!\s+of\b)(?!\s+(?-i:[A-Z]))", re.IGNORECASE)
#: At most this many people live in a place a report calls a village.
_VILLAGE_SIZE = 20_000
#: A military or civil site the report names with its place ("a rocket strike on a hilltop
#: base in Lashio", "the camp outside Tawila"), and the site named again by its definite
#: noun alone ("the MNDAA took the hilltop base", "shells hit the camp").
_SITE_NOUN = (r"(?:base|airbase|airfield|airport|camp|barracks|garrison|outpost|headquarters|"
              r"checkpoint|depot|bridge|dam|refinery|hospital|prison)")
#: … also with the unit it is the site of between ("the Forward Operation Base of the 153
#: Battalion in Marte", "the headquarters of the 5th Brigade near X").
_SITE_NAMED = re.compile(rf"\b(?:a|an|the)\s+(?P<words>(?:[a-z][\w-]*\s+){{0,2}}?)"
                         rf"(?P<noun>{_SITE_NOUN})\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
                         r"(?:battalion|brigade|regiment|division|unit|corps|company|army|"
                         r"military|police|gendarmerie)\s+)?(?:in|near|outside|at)\s+(?:the\s+)?",
                         re.IGNORECASE)
_SITE_AGAIN = re.compile(rf"\bthe\s+(?P<words>(?:[a-z][\w-]*\s+){{0,2}}?)(?P<noun>{_SITE_NOUN})\b"
                         r"(?!\s+(?:of|in|near|outside|at)\b)(?!\s+(?-i:[A-Z]))", re.IGNORECASE)
#: A sentence telling what the news came a stretch of time after ("This came only a month
#: after the group captured El Geneina", "It comes two weeks after a strike on the port"):
#: the place it names is an earlier event's, not the news's, so a sentence after it that
#: names no place ("Footage showed fighters entering the city") goes on with the place
#: told before it.
_CAME_SPAN_AFTER = re.compile(r"\W*(?:it|this|that|(?:the|this|that)\s+[\w-]+)\s+(?:came|comes|"
                              r"happened|occurred)\s+(?:(?:just|only|barely|some|about)\s+)?"
                              r"(?:a|an|one|two|three|four|five|six|several|a\s+few|[0-9]+)\s+"
                              r"(?:days?|weeks?|months?|years?)\s+after\b", re.IGNORECASE)
#: How far back a site named again looks for where the report named it.
_SITE_REACH = 10
#: A country named in this many times fewer sentences than the report's main one is
#: not where its events are.
_FAR_FEWER = 3


@dataclass
class Analysis:
    """Everything found in one sentence; spans of figures/triggers are sentence-relative."""

    sentence: Sentence
    dates: list[DateSpan]
    source: Attribution | None
    figures: list[Figure]
    triggers: list[Trigger]
    actors: list[Actor]
    places: list[Place] = field(default_factory=list)
    groups: list[PlaceGroup] = field(default_factory=list)
    tied: bool = False


@dataclass
class Draft:
    """One event of one sentence before it becomes a candidate."""

    event_type: str
    analysis: Analysis
    confidence: float
    group: PlaceGroup | None
    count: Figure | None = None
    located: str = "sentence"  # sentence | tied (by "there", "also") | paragraph | unknown
    cues: list[str] = field(default_factory=list)  # cue names
    words: list[str] = field(default_factory=list)  # the cue words as written
    anchors: list[int] = field(default_factory=list)  # report offsets of its cue words
    figures: list[Figure] = field(default_factory=list)  # casualty figures
    dates: list[DateSpan] = field(default_factory=list)  # the date phrases that are its own
    related: list[Place] = field(default_factory=list)  # from later sentences about it
    reading: Reading | None = None  # modality and background, set by extract()
    #: its place came from a sentence naming places in several admin-1 units
    spread: bool = False

    @property
    def anchor(self) -> int:
        """Report offset of the first cue word."""
        return min(self.anchors)

    def placed_at(self, group: PlaceGroup, located: str = "tied") -> Draft:
        """A copy of this draft at another place, its lists its own (a sentence's event
        that another sentence places in several units, one copy in each)."""
        return replace(self, group=group, located=located, cues=list(self.cues),
                       words=list(self.words), anchors=list(self.anchors),
                       figures=list(self.figures), dates=list(self.dates),
                       related=list(self.related))

    def add(self, cue: str, word: str, pos: int) -> None:
        if cue not in self.cues:
            self.cues.append(cue)
        if word.lower() not in self.words:
            self.words.append(word.lower())
        self.anchors.append(pos)


def analyse(text: str, sentences: list[Sentence], dates: list[DateSpan],
            dateline: Dateline | None, geocoder: Geocoder | None = None) -> list[Analysis]:
    """Find sources, figures, cues, actors and places (named in ``geocoder``'s gazetteer,
    default the bundled one), and give each place its role."""
    out = []
    starts = [s.start for s in sentences]
    by_sentence: list[list[DateSpan]] = [[] for _ in sentences]
    for d in dates:
        i = bisect.bisect_right(starts, d.start) - 1
        if i >= 0 and d.end <= sentences[i].end:
            by_sentence[i].append(d)
    actors = find_actors(text)
    if dateline is not None:  # the day of filing, not of the event the lead tells
        by_sentence = [_without_filing_date(x, dateline) for x in by_sentence]
    for s, own_dates in zip(sentences, by_sentence, strict=True):
        source = find_attribution(s.text)
        masked = [(d.start - s.start, d.end - s.start) for d in own_dates]
        if source is not None:
            masked += source.spans
        out.append(Analysis(
            s, own_dates, source, find_figures(s.text, masked), find_triggers(s.text, masked),
            [a for a in actors if s.start <= a.start < s.end]))
    _add_places(text, out, dates, dateline, geocoder)
    return out


def _without_filing_date(dates: list[DateSpan], dateline: Dateline) -> list[DateSpan]:
    """A sentence's dates without the dateline's ("KYIV, June 12 — … on Wednesday"), when
    it has others: the dateline dates the report, the lead's own phrase its event."""
    own = [d for d in dates if not dateline.place_start <= d.start < dateline.end]
    return own or dates


def _add_places(text: str, analyses: list[Analysis], dates: list[DateSpan],
                dateline: Dateline | None, geocoder: Geocoder | None) -> None:
    countries = nationalities(text) | group_countries(text)
    masked = [(d.start, d.end) for d in dates] + _aside_spans(text, analyses)
    hits = find_places(text, masked, countries, geocoder)
    starts = [a.sentence.start for a in analyses]
    for hit in hits:
        i = bisect.bisect_right(starts, hit.start) - 1
        if i < 0:
            continue
        a = analyses[i]
        s = a.sentence
        previous = a.places[-1] if a.places else None
        if dateline is not None and dateline.place_start <= hit.start < dateline.end:
            role = DATELINE
        elif where_treated(text[s.start:hit.start + _name_offset(hit.text)]) or \
                (_CARE_NAMED.match(text, hit.end) is not None or
                 _FOR_CARE.match(text, hit.end) is not None) and \
                _MOVED_TO.search(text, s.start, hit.start) is not None:
            role = MENTIONED  # where the wounded were taken, even when its staff speak
        elif hit.match.kind != "country" and names_outlet(text[hit.end:hit.end + READ_AFTER]):
            role = MENTIONED  # "a local Karen news outlet": whose outlet, no place
        elif _NAMES_ACCORD.match(text, hit.end) is not None:
            role = MENTIONED  # "amid the fragile Gaza ceasefire": which truce, no place
        elif _time_of_a_fall(text, s.start, hit, a.places):
            role = MENTIONED  # "the fight for the base grew fiercer after the takeover of
            # X": the earlier fall dates the sentence; its deed is at the site it names
        elif in_record(s.text, hit.start - s.start):
            role = MENTIONED  # "the deadliest strike in the south since Israel began its
            # campaign in Gaza": where the record's yardstick began, not this event's place
        elif a.source and any(s.start + lo <= hit.start < s.start + hi for lo, hi in a.source.spans):
            role = EVENT if _seat_told_there(text, s.start, s.end, hit) else SOURCE
        elif acts(hit.match, text[hit.end:hit.end + READ_AFTER],
                  text[max(s.start, hit.start - READ_BEFORE):hit.start]) or measures_reach(
                text[s.start:hit.start + _name_offset(hit.text)], text[hit.end:s.end]) \
                or road_end(text[s.start:hit.start + _name_offset(hit.text)],
                            [(p.hit.start - s.start, p.hit.end - s.start) for p in a.places],
                            text[hit.end:s.end]) \
                or road_to_quarter(text[s.start:hit.start + _name_offset(hit.text)],
                                   text[hit.end:s.end]) \
                or charged_with(text[s.start:hit.start + _name_offset(hit.text)]) or (
                hit.match.kind == "country" and _neighbour(text, s.start, hit)) \
                or _side_taken(text, s.start, hit) \
                or _border_of_another(text, s.start, hit, a.places):
            role = MENTIONED
        else:
            context = (analyses[i - 1].sentence.text if i else "") + " " + s.text
            types = {t.event_type for t in a.triggers} | (
                {"casualty_report"} if any(f.category for f in a.figures) else set())
            role = assign_role(text[s.start:hit.start], context, types,
                               hit.match.kind == "country")
            if role == MENTIONED and _seat_told_there(text, s.start, s.end, hit):
                role = EVENT
            if role == EVENT and previous and \
                    inherits_role(previous.role, text[previous.hit.end:hit.start]) and \
                    not _region_of_far_town(text, s.start, previous.hit, hit) and \
                    not _finer_in(text[previous.hit.end:hit.start], previous.hit, hit) and \
                    not _set_off_within(text[previous.hit.end:hit.start], previous, hit) and \
                    not _closes_aside(text[s.start:previous.hit.start],
                                      text[previous.hit.end:hit.start]):
                role = previous.role
        a.places.append(Place(hit, role))
    ties = _tie_pattern()
    before: Analysis | None = None
    for a in analyses:
        a.groups = group_places(a.places, text)
        a.tied = ties.search(a.sentence.text) is not None or (
            before is not None and before.sentence.paragraph == a.sentence.paragraph
            and (_side_again(a.sentence.text, before.sentence.text)
                 or _operation_detailed(a.sentence.text, before.sentence.text)))
        before = a


#: The fighters of a side named by its initials ("several OLA fighters", "RSF gunmen").
_SIDE_PEOPLE = re.compile(r"\b([A-Z]{2,6})\s+(?:fighters|militants|gunmen|rebels|members|"
                          r"combatants)\b")


def _side_again(text: str, before: str) -> bool:
    """Whether a sentence tells of the fighters of a side the sentence before named by its
    initials ("… against what the army called militants, a reference to the OLA. The army
    said several OLA fighters had been killed or detained"): what befalls them happens
    where that sentence's fighting was."""
    return any(re.search(rf"\b{m.group(1)}\b", before) for m in _SIDE_PEOPLE.finditer(text))


#: Operations told as carried out ("the armed forces carried out operations that …", "the
#: second operation was conducted in the village of X").
_OPERATIONS_DONE = re.compile(
    r"\b(?:carried\s+out|conducted|led|launched|mounted)\s+(?:[\w-]+\s+){0,3}?"
    r"operations?\b|\boperations?\s+(?:(?:was|were|has\s+been|have\s+been)\s+)"
    r"(?:carried\s+out|conducted|launched|mounted)\b", re.IGNORECASE)
#: A sentence whose subject is those who carried them out, by a pronoun ("They intercepted
#: two vehicles", "They also seized …").
_THEY_DID = re.compile(r"\s*They\s+(?:also\s+|then\s+)?(?!were\b|had\b|have\b|are\b|"
                       r"said\b|say\b|told\b)[a-z]+ed\b")


def _operation_detailed(text: str, before: str) -> bool:
    """Whether a sentence tells, by "They" as subject, what was done in the operations the
    sentence before tells carried out ("In the Diffa region the armed forces carried out
    operations. They intercepted two vehicles carrying armed men"): it happened where those
    operations were."""
    return _THEY_DID.match(text) is not None and _OPERATIONS_DONE.search(before) is not None


#: A time clause dating the sentence by the fall of a place, right before the place ("after
#: the takeover of", "since the capture of the town of").
#: Also told with a verb ("only weeks after it seized X").
_AFTER_FALL_OF = re.compile(r"\b(?:after|since|following)\s+(?:(?:the\s+)?(?:fall|capture|"
                            r"takeover|take-over|seizure)\s+of|(?:it|they|the\s+[a-z]+)\s+"
                            r"(?:had\s+)?(?:seized|captured|took|overran))\s+"
                            r"(?:the\s+(?:city|town)\s+of\s+)?$", re.IGNORECASE)
#: ... whose main clause before it speaks of a site by a definite noun ("the fight for the
#: base grew fiercer", "pressure on the town mounted").
_SITE_BEFORE = re.compile(r"\bthe\s+(?:base|camp|garrison|town|city|village|headquarters|"
                          r"front|frontline|front\s+line)\b", re.IGNORECASE)
#: ... and no date of its own after the place ("after the capture of X on Monday": that
#: fall is the news).
_DATE_AFTER = re.compile(r"\s*,?\s*(?:on|last|this|early|late|in|earlier)\s+(?:[A-Z]|week|month|"
                         r"year|day|night|morning|evening|weekend)", re.IGNORECASE)


def _time_of_a_fall(text: str, start: int, hit: PlaceHit, before: list[Place]) -> bool:
    """A place named only in a time clause "after the takeover of X" with no date of its
    own, after a main clause about a site named by a definite noun ("the fight for the base
    grew fiercer after the takeover of X") or about a place of its own ("the loss of Y shows
    … only weeks after it seized X"): the earlier fall marks the time, the sentence's deed
    is at that site or place, not at X."""
    m = _AFTER_FALL_OF.search(text, start, hit.start)
    return m is not None and _DATE_AFTER.match(text, hit.end) is None and (
        _SITE_BEFORE.search(text, start, m.start()) is not None or
        any(p.role == EVENT and start <= p.hit.start < m.start() for p in before))


#: The regional seat of the speakers, up to a region (or a list of them): "Authorities in
#: the Kursk, Rostov and Lipetsk regions", "officials in Sumy".
_SEAT_BEFORE = re.compile(r"\b(?i:local\s+|regional\s+)?(?i:authorities|officials)\s+in\s+"
                          r"(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s*,\s*|"
                          r"\s*,?\s+and\s+))*$")
#: ... whose speech then says what happened "there" ("said the drone strikes there had
#: caused no injuries", "reported shelling there overnight"): the seat is the news's place.
_TOLD_THERE = re.compile(r"[^.;:]{0,60}?\b(?:said|say|says|reported|report|reports)\b"
                         r"[^.;:]{0,60}?\bthere\b", re.IGNORECASE)


def _seat_told_there(text: str, start: int, end: int, hit: PlaceHit) -> bool:
    """The place (or one of a list of places) where the speaking officials sit, when their
    speech tells what happened "there" ("authorities in the Kursk and Lipetsk regions said
    the strikes there had caused no injuries"): the seat is the news's place."""
    return _SEAT_BEFORE.search(text, start, hit.start) is not None and \
        _TOLD_THERE.match(text, hit.end, end) is not None


#: A place naming the truce, deal or talks right after it ("raid amid fragile Gaza
#: ceasefire", "the Doha talks", "the Black Sea grain deal"): which accord is meant, not where
#: the sentence's event happens.
_NAMES_ACCORD = re.compile(r"['’]?s?\s+(?:(?:peace|grain|humanitarian)\s+)?(?:ceasefire|"
                           r"cease-fire|truce|talks|accord|agreement|deal)\b", re.IGNORECASE)


#: A place of care named by its town right before it, after a verb of moving the wounded
#: ("moved from Kursk to Moscow hospital", "taken to Nyala Teaching Hospital"): where they
#: were taken, not where they were hurt.
_CARE_NAMED = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,2}\s+(?i:hospitals?|clinics?|infirmary)\b")
#: ... or named by its town alone, the care said after it ("the wounded were flown to
#: Niamey for treatment", "evacuated to Kyiv for medical care").
_FOR_CARE = re.compile(r"\s+for\s+(?:(?:further|urgent|emergency|medical|specialist|specialised|"
                       r"specialized)\s+){0,2}(?:treatment|care|surgery)\b", re.IGNORECASE)
_MOVED_TO = re.compile(r"\b(?:moved|taken|brought|rushed|evacuated|transferred|airlifted|"
                       r"flown|admitted)\b[^.;:]{0,60}?\bto\s+(?:the\s+)?$", re.IGNORECASE)


#: A relative clause set off by commas, open up to a place it names ("Hezbollah, which is
#: backed by Iran, …").
_OPEN_ASIDE = re.compile(r",\s+(?:which|who|whose)\s+[^,;:()]*$", re.IGNORECASE)
_MAIN_VERB_AFTER = re.compile(r"^\s*,\s+(?:has\s+|have\s+|had\s+|also\s+)?[a-z]+(?:ed|s)?\s+"
                              r"(?:back|out|off|on|at|with|a|an|the|its|their)\b")


#: The comma closing an aside, then "and" or "but" opening a conjunct of the main clause
#: with words of its own before the next place ("… over Belgorod Oblast, which borders
#: Ukraine, and one more over Voronezh Oblast"); not a bare list ("…, and China").
_CONJUNCT_AFTER = re.compile(r"^\s*,\s*(?:and|but)\s+(?!(?:the\s+)?$)\S", re.IGNORECASE)


def _closes_aside(before: str, between: str) -> bool:
    """The place before ends a relative aside and the comma after it returns to the main
    clause, its verb next ("Hezbollah, which is backed by Iran, hit back with rockets aimed
    at X") or a conjunct of its own (:data:`_CONJUNCT_AFTER`): what the aside told of its
    place says nothing of the places after."""
    return _OPEN_ASIDE.search(before) is not None and (
        _MAIN_VERB_AFTER.match(between) is not None or
        _CONJUNCT_AFTER.match(between) is not None)


def _aside_spans(text: str, analyses: list[Analysis]) -> list[tuple[int, int]]:
    """The sentences of a paragraph that links another story or captions a picture ("Photo:
    soldiers at an exercise in the Volyn region in 2023"): its places are not the report's,
    and would settle a namesake of the news (a village named like that region)."""
    openings: dict[int, str] = {}
    for a in analyses:
        openings.setdefault(a.sentence.paragraph, text[a.sentence.start:a.sentence.end])
    return [(a.sentence.start, a.sentence.end) for a in analyses
            if links_elsewhere(openings[a.sentence.paragraph])]


#: "in the (western) X region" right after a town: the region the sentence lies in.
_IN_REGION = re.compile(r"\s*,?\s*in\s+(?:the\s+)?(?:[a-z]+\s+)?$")


def _region_of_far_town(text: str, start: int, town: PlaceHit, hit: PlaceHit) -> bool:
    """A region named right after a town a long distance is given from ("a village about
    55 km from Bani Bangou in the Tillaberi region"): the distance only says the town is
    no place of the event; the region still says where the event lies."""
    return hit.match.kind == "region" and town.match.kind == "place" and \
        _IN_REGION.match(text[town.end:hit.start]) is not None and \
        measures_reach(text[start:town.start + _name_offset(town.text)])


#: A country named for its border ("near the Burkina Faso border"): the line, not the land.
_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)s?\b", re.IGNORECASE)
#: A country a place lies near ("in the west of the country near Mali"): its neighbour, by
#: the border, not the land the event was in.
#: So is a country people flee or cross into ("fleeing into neighbouring Uganda", "one of
#: the main crossing points into Uganda").
_NEAR_BEFORE = re.compile(r"\b(?:(?:near|close\s+to|next\s+to|bordering)\s+(?:the\s+)?|"
                          r"\bfle(?:e|es|d|eing)\b[^.;]{0,40}?\b(?:in)?to\s+(?:neighbou?ring\s+)?|"
                          r"crossings?(?:\s+points?)?\s+(?:in)?to\s+)$", re.IGNORECASE)


#: A side taken in a war ("fighting on Russia's side", "killed on Ukraine's side"): whom
#: they fought for, not where (but "on Russia's side of the border" is ground).
_SIDE_BEFORE = re.compile(r"\bon\s+$", re.IGNORECASE)
_SIDE_AFTER = re.compile(r"['’]s?\s+side\b(?!\s+of\b)")


#: "in" and an area word before a place ("… of Ukraine in the areas of X", "in the
#: vicinity of X"): where something happened, not a part of the name before.
_IN_AREA_OF = re.compile(r"^\s*in\s+the\s+(?:areas?|vicinity|district|outskirts)\s+of\s*$",
                         re.IGNORECASE)


#: A phrase of place set off by a comma ("…, in the Kursk region").
_SET_OFF_IN = re.compile(r"\s*,\s*(?:in|near|around)\s+$", re.IGNORECASE)


def _set_off_within(between: str, previous: Place, hit: PlaceHit) -> bool:
    """A part of a country set off by a comma after that country as where someone was sent
    ("killed two soldiers sent to Russia, in the Kursk region"): the sending only says
    whose soldiers they were; the phrase after the comma tells where the sentence's deed
    was done, not more of where they were sent (that would be "sent to Russia's Kursk
    region")."""
    return previous.role == "destination" and previous.hit.match.kind == "country" and \
        hit.match.kind != "country" and hit.match.country == previous.hit.match.country and \
        _SET_OFF_IN.fullmatch(between) is not None


def _finer_in(between: str, previous: PlaceHit, hit: PlaceHit) -> bool:
    """A place told "in the area of" after a coarser one ("the Armed Forces of Ukraine in
    the areas of X"): the place where the deed was done, not the part of a unit named only
    as whose forces they were; it does not take that name's role."""
    return _IN_AREA_OF.match(between) is not None and \
        SPECIFICITY[hit.match.kind] < SPECIFICITY[previous.match.kind]


def _side_taken(text: str, start: int, hit: PlaceHit) -> bool:
    """Is ``hit`` the side someone fights on ("on Russia's side"), not a place?"""
    return _SIDE_BEFORE.search(text, max(start, hit.start - 10), hit.start) is not None and \
        _SIDE_AFTER.match(text, hit.end) is not None


def _neighbour(text: str, start: int, hit: PlaceHit) -> bool:
    """A country named for its border or as what a place lies near (from ``start``, the
    sentence's)."""
    return _BORDER_AFTER.match(text, hit.end) is not None or _NEAR_BEFORE.search(
        text[start:hit.start] + hit.text[:_name_offset(hit.text)]) is not None


def _border_of_another(text: str, start: int, hit: PlaceHit, before: list[Place]) -> bool:
    """A region named for the border the event lies near ("where the regime is trying to
    recover ground in X Township, and clashes near the Rakhine border take place daily"),
    after a place of another region the sentence gives as the event's: the line that place
    lies by, not the land the event was in."""
    return hit.match.kind == "region" and _BORDER_AFTER.match(text, hit.end) is not None \
        and _NEAR_BEFORE.search(text[start:hit.start] + hit.text[:_name_offset(hit.text)]) \
        is not None and any(p.role == EVENT and p.hit.match.adm1_code is not None
                            and p.hit.match.adm1_code != hit.match.adm1_code for p in before)


def _name_offset(hit_text: str) -> int:
    """Where the name starts in a hit's text ("250 km from Kisangani", "the town of Goma")."""
    m = re.search(r"[A-Z]", hit_text)
    return m.start() if m else 0


@cache
def _tie_pattern() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in cues.load("places")["ties"]["patterns"]),
                      re.IGNORECASE)


def drafts(analyses: list[Analysis]) -> list[Draft]:
    """Draft events of every sentence, located (own place, tied place or unknown)."""
    out: list[Draft] = []
    theatre = _main_theatre(analyses)
    dateline = _dateline_place(analyses)
    named = _paragraph_regions(analyses)
    region = theatre if theatre is not None and theatre.match.kind == "region" else None
    # a dateline in the country of the report's events, not a capital it was filed from
    # (nor a city of a million, where bureaus file from: a village the gazetteer lacks is
    # not presumed to lie in its region, nor a capital that is a unit of its own, "Addis
    # Abeba", when the report's events lie in another region)
    filed = dateline[1] if dateline and theatre and \
        dateline[1].match.country == theatre.match.country and \
        (dateline[1].match.population or 0) < 1_000_000 and \
        not (dateline[1].match.kind == "region" and region is not None
             and dateline[1].match.adm1_code != region.match.adm1_code) else None
    # a dateline in another country than the report's events: a bureau abroad ("DAKAR,
    # Senegal: … clashed with Malian troops in the north of the country"), or outside the
    # region of the report's events (a capital's bureau, "Addis Abeba – The government of
    # the Afar region has accused …"): no event's place
    abroad = dateline[1] if dateline and theatre and (
        dateline[1].match.country != theatre.match.country or
        region is not None and dateline[1].match.adm1_code != region.match.adm1_code) \
        else None
    # the paragraph a dateline opens: its events that name no place, when the dateline
    # places none, take the region the report names as its events' (" … in the north of the
    # country. … the fighting took place in the Kidal region")
    lead = next((a.sentence.paragraph for a in analyses[:6]
                 if any(p.role == DATELINE for p in a.places)), None)
    # a lead telling its event in a region the gazetteer cannot place ("Port Sudan (AFP) –
    # … shelled a camp in the Darfur region") was filed far from it: the filing city is no
    # region of the places the gazetteer lacks
    if any(a.sentence.paragraph == lead and _unplaced_area(a) for a in analyses[:6]):
        filed = None
    last_located: list[tuple[int, int, PlaceGroup]] = []
    regions: list[tuple[int, PlaceGroup]] = []  # the admin-1 units named as regions
    villages: list[tuple[int, PlaceGroup]] = []  # the small places named as event places
    headings: list[int] = []
    told: set[int] = set()  # sentences whose place is an event's or a region
    head = -1  # the line a run of list items hangs from
    filed_here: list[Draft] = []  # the lead's events the dateline places
    sites: list[tuple[int, str, str, PlaceGroup]] = []  # the sites named with their place
    units: dict[int, set[str]] = {}  # the admin-1 units each sentence names
    number = False  # the sentence before is only a list item's number ("1.")
    for a in analyses:
        if not ITEM.match(a.sentence.text):
            head = a.sentence.index
        _in_region_again(a, regions)
        own = _told_before(a, _sentence_drafts(a), out)
        if not a.groups and ((title := _ITEM_TITLE.fullmatch(a.sentence.text)) and
                             (number or title.group(1))):
            own = []  # "1. The raid.": a numbered item's title; the item's body tells it
        number = _ITEM_NUMBER.fullmatch(a.sentence.text) is not None
        if not own:
            _carry_related(a, out)
            # a heading; or a headline that tells no event of its own but names a place
            # ("Gaza death toll passes 60,000, ministry says"): the lede right under it
            # tells its news, tied to its place as to a heading's
            headline = a.sentence.index == 0 and len(analyses) > 1 and \
                analyses[1].sentence.paragraph != a.sentence.paragraph
            if a.groups and (headline or _is_heading(a)):
                headings.append(a.sentence.index)
        unknown = _unknown_settlement(a, [x for x in last_located if x[0] in told],
                                      named.get(a.sentence.paragraph) or
                                      filed or region)
        listed = _listed_under(a, head, last_located)
        for d in own:
            # a part of a country told by its bearing as the only place of what a local
            # authority of that country tells ("people were hurt in the northeast of
            # Ukraine, Kharkiv Mayor Ihor Terekhov said"): the authority's place
            if d.group is not None and d.group.match.kind == "country" and \
                    (_BEARING_OF.match(d.group.text) or _bearing_in_country(a)) and \
                    (ruled := jurisdiction(a)) is not None and \
                    ruled.match.country == d.group.match.country and \
                    not any(g.match.kind != "country" for g in a.groups):
                d.group, d.located = ruled, "tied"
            if d.group is None and listed is not None:
                d.group, d.located = listed, "tied"
            if d.group is None and not a.groups and \
                    (site := _site_again(a, sites)) is not None:
                d.group, d.located = site, "tied"
            if d.group is None and (items := _items_below(a, analyses)) is not None:
                d.group, d.located = items, "tied"
            if d.group is None and (there := _there_again(a, analyses)) is not None:
                d.group, d.located = there, "tied"
            if d.group is not None and d.group.match.kind == "country" and \
                    (there := _there_after_country(a, analyses)) is not None:
                d.group, d.located = there, "tied"
            if d.group is None:
                d.group, d.located = (unknown, "tied") if unknown else \
                    _tied_place(a, last_located, theatre, headings, regions, villages)
            # a lead telling its event in a region the gazetteer cannot place ("shelled a
            # camp in the Darfur region") says it is not where the report was filed
            away = _unplaced_area(a) or _bearing_in_country(a)
            if d.group is None and dateline is not None and abroad is None and not away and \
                    a.sentence.paragraph == dateline[0]:
                d.group, d.located = dateline[1], "tied"
                filed_here.append(d)
            if d.group is None and region is not None and a.sentence.paragraph == lead and \
                    (dateline is None or abroad is not None or away):
                d.group, d.located = region, "tied"  # the region the report goes on to name
            if d.group is None and away and theatre is not None and \
                    a.sentence.paragraph == lead and theatre.match.adm1_code:
                d.group, d.located = theatre, "tied"  # or the town it names most
            # a sighting told with its own day but no place, tied to no more than a country
            # ("North Korea has sent 12,000 troops to Russia. The first of them were seen on
            # Wednesday"): forces are seen somewhere, in the region of that country where
            # the report places its events
            if d.event_type == "unit_sighting" and d.located in ("paragraph", "tied") and \
                    d.dates and d.group is not None and d.group.match.kind == "country" and \
                    region is not None and region.match.country == d.group.match.country:
                d.group, d.located = region, "tied"
            if d.event_type == "casualty_report" and d.located in ("paragraph", "tied") and \
                    _over_several_units(d.group, last_located, units):
                d.spread = True  # placed in none of them, unless a whole country's
        sites += _sites_named(a)
        units[a.sentence.index] = {g.match.adm1_code for g in a.groups
                                   if g.match.kind != "country" and g.match.adm1_code}
        located = [d.group for d in own if d.group is not None and d.located == "sentence"]
        if not located:  # a sentence that only names its place ("In Kherson, …" before)
            located = [g for g in a.groups if g.match.kind != "country"]
        if not located and unknown:  # or a village the gazetteer lacks, in its region
            located = [unknown]
        if not located:  # or whose events took their place from the one before
            located = [d.group for d in own if d.group is not None]
        if located and last_located and _CAME_SPAN_AFTER.match(a.sentence.text) and \
                a.sentence.index - last_located[-1][0] == 1:
            # an earlier event told for its time: what follows goes on with the news's place
            located = [last_located[-1][2]]
        if located:
            best = min(located, key=lambda g: SPECIFICITY[g.match.kind])
            last_located.append((a.sentence.index, a.sentence.paragraph, best))
            if own or best.match.kind == "region":
                told.add(a.sentence.index)
        regions += [(a.sentence.index, PlaceGroup(p.hit.start, p.hit.end, p.hit.text,
                                                  p.hit.match, None))
                    for p in a.places if p.role == EVENT and p.hit.match.kind == "region"]
        villages += [(a.sentence.index, g) for g in a.groups if g.match.kind == "place"
                     and (g.match.population or 0) < _VILLAGE_SIZE
                     and any(p.role == EVENT and g.start <= p.hit.start < g.end
                             for p in a.places)]
        out += own
    _placed_by_detail(filed_here, out)
    _placed_by_next_detail(analyses, out)
    return _named_one_by_one(analyses, out)


#: "There" opening a sentence as the adverb of place ("There, troops are digging in",
#: "There too, the shelling went on"), not the existential "there is/are".
_THERE_OPENING = re.compile(r"\W*there(?:\s+(?:too|as\s+well|also))?\s*,", re.IGNORECASE)
#: ... or on the engagement the sentence before told, named again by a demonstrative ("In
#: that engagement several militants were killed", "During this clash, two were captured"):
#: its place, even across a paragraph break.
_THAT_FIGHT_OPENING = re.compile(
    r"\W*(?:in|during)\s+(?:that|this|the\s+same)\s+(?:engagement|clash|battle|"
    r"firefight|gunfight|skirmish|exchange\s+of\s+fire|fighting|raid|ambush|assault|"
    r"operation)\b", re.IGNORECASE)


def _there_again(a: Analysis, analyses: list[Analysis]) -> PlaceGroup | None:
    """A sentence without a place of its own that opens on "There," points back to the
    last place finer than a country the sentence right before it names, in the same
    paragraph, even one it only mentions ("The hardest sector now is the Siversk
    direction. There, the enemy attacks daily"): that place, not an older one. So does
    one opening on "that engagement" (``_THAT_FIGHT_OPENING``), in any paragraph."""
    i = a.sentence.index - 1
    if i < 0 or (analyses[i].sentence.paragraph != a.sentence.paragraph or
                 _THERE_OPENING.match(a.sentence.text) is None) and \
            _THAT_FIGHT_OPENING.match(a.sentence.text) is None:
        return None
    return _last_finer_place(analyses[i])


def _last_finer_place(a: Analysis) -> PlaceGroup | None:
    """The last place finer than a country a sentence names, even one it only mentions:
    what a "there" in the sentence after it points back to."""
    named = [p for p in a.places if p.role in (EVENT, MENTIONED)
             and p.hit.match.kind != "country" and p.hit.match.adm1_code]
    return PlaceGroup.of(named[-1].hit) if named else None


#: "There" as the adverb of place inside a sentence ("losing 400 troops there every day"),
#: not the existential "there is/are/have been".
_THERE_INSIDE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|will|would|may|might|could|"
                           r"seems?|appears?|have|has|had|remains?|remained|exists?|"
                           r"existed)\b)", re.IGNORECASE)


def _there_after_country(a: Analysis, analyses: list[Analysis]) -> PlaceGroup | None:
    """A sentence that names only countries and says its deed happened "there" ("Russia is
    losing on average 400 troops killed and wounded there every day", after "heavy losses on
    the Pokrovsk front"): the country is the side, "there" the last place finer than a
    country the sentence right before it names, in the same paragraph."""
    i = a.sentence.index - 1
    if i < 0 or analyses[i].sentence.paragraph != a.sentence.paragraph or \
            any(g.match.kind != "country" for g in a.groups) or \
            _THERE_INSIDE.search(a.sentence.text) is None:
        return None
    return _last_finer_place(analyses[i])


def _sites_named(a: Analysis) -> list[tuple[int, str, str, PlaceGroup]]:
    """The sites a sentence names with their place ("a hilltop base in Lashio"): its index,
    the site's words and noun, and the place group right after them (not a country)."""
    out = []
    for m in _SITE_NAMED.finditer(a.sentence.text):
        at = a.sentence.start + m.end()
        group = next((g for g in a.groups if g.start == at and g.match.kind != "country"), None)
        if group is not None:
            out.append((a.sentence.index, m.group("words").lower(), m.group("noun").lower(), group))
    return out


def _site_again(a: Analysis, sites: list[tuple[int, str, str, PlaceGroup]]) -> PlaceGroup | None:
    """The place of a site a sentence naming no place names again by its definite noun
    ("The MNDAA took the hilltop base on July 27" after "a rocket strike on a hilltop base in
    Lashio"): the same noun, with no word the report did not give it, named with its place
    within the last few sentences."""
    for m in _SITE_AGAIN.finditer(a.sentence.text):
        words = set(m.group("words").lower().split())
        for i, told, noun, group in reversed(sites):
            if a.sentence.index - i > _SITE_REACH:
                break
            if noun == m.group("noun").lower() and words <= set(told.split()):
                return group
    return None


#: The people just told as taken, named again by a definite noun, and where they had been
#: fighting or were taken ("The two men had been fighting alongside Russian forces in the
#: Kursk region", "The prisoners were captured near X"): where the capture happened.
_CAPTIVES_WHERE = re.compile(
    r"^\W*(?:the|both|these|those)\s+(?:(?:two|three|four|five|\d+|wounded|captured|captive)\s+)*"
    r"(?:men|soldiers|prisoners|captives|fighters|servicemen|troops|POWs)\s+(?:had\s+been|have\s+been|"
    r"were|had)\s+(?:(?:fighting|serving|deployed|stationed|captured|taken)\b)", re.IGNORECASE)


#: A sentence telling where the lead's events happened by their definite noun, plural or
#: after the source it goes by ("According to the ministry, the operations were carried out
#: in the X and Y regions").
_DETAIL_WHERE = re.compile(
    r"^\W*(?:according\s+to\s+[^,.;]{1,60},\s*)?(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ambushes|attacks|assaults|strikes|air\s?strikes|raids|operations|offensives|clashes)\s+"
    r"(?:took\s+place|happened|occurred|were\s+(?:carried\s+out|conducted|launched))\s+in\b",
    re.IGNORECASE)


#: The middle of a country as the only place told ("in the centre of the country", "in
#: central Somalia").
_CENTRE_IN = re.compile(r"\b(?:in|across)\s+(?:the\s+)?(?:centre|center|middle)\s+of\s+"
                        r"(?:the\s+country\b|(?-i:[A-Z])[\w'’-]+)|\b(?:in|across)\s+central\s+"
                        r"(?-i:[A-Z])[\w'’-]+", re.IGNORECASE)


def _bearing_detail(d: Draft, analyses: list[Analysis]) -> list[PlaceGroup]:
    """The admin-1 units of the sentence right after an event placed only in a part of a
    country told by its bearing ("killed 59 fighters in operations in the centre of the
    country. The operations were carried out in the X and Y regions"): that sentence says
    where the event happened, in each unit it names."""
    i = d.analysis.sentence.index + 1
    if d.group is not None and d.group.match.kind != "country" or d.located == "sentence" or \
            i >= len(analyses) or not (_bearing_in_country(d.analysis) or
                                       _CENTRE_IN.search(d.analysis.sentence.text)) or \
            not _DETAIL_WHERE.search(analyses[i].sentence.text):
        return []
    return _units_named(analyses[i], d.group.match.country if d.group else None)


def _units_named(a: Analysis, country: str | None = None) -> list[PlaceGroup]:
    """The most precise place the sentence names in each admin-1 unit (of ``country``
    when given), in order."""
    named: dict[str, PlaceGroup] = {}
    for g in a.groups:
        if g.match.kind != "country" and g.match.adm1_code and \
                (country is None or g.match.country == country):
            best = named.get(g.match.adm1_code)
            if best is None or SPECIFICITY[g.match.kind] < SPECIFICITY[best.match.kind]:
                named[g.match.adm1_code] = g
    return list(named.values())


def _placed_by_next_detail(analyses: list[Analysis], out: list[Draft]) -> None:
    """An event told with no place at all, right before a sentence that goes on to tell
    where it happened by its definite noun ("the army neutralised a group of fighters at
    night. The action took place south-east of X, in the Y region"): that sentence's place,
    the most precise it names. So too a capture of people with no place, right before a
    sentence telling where the captives had been fighting or were taken."""
    for d in list(out):
        if units := _bearing_detail(d, analyses):
            d.group, d.located = units[0], "tied"
            out += [d.placed_at(g) for g in units[1:]]
            continue
        if d.group is not None:
            continue
        i = d.analysis.sentence.index + 1
        if i >= len(analyses) or not (
                news_detail().search(analyses[i].sentence.text) or d.event_type == "capture"
                and _CAPTIVES_WHERE.search(analyses[i].sentence.text)
                or _site_placed_next(d.analysis.sentence.text, analyses[i].sentence.text)):
            continue
        own = [g for g in analyses[i].groups if g.match.kind != "country"]
        if own:
            d.group, d.located = min(own, key=lambda g: SPECIFICITY[g.match.kind]), "tied"


#: A sentence opening on a site named again by its definite noun, its place set off after it
#: ("The camp, in X District close to the border, was …", "The base, located near X, …").
_SITE_THEN_PLACE = re.compile(
    rf"^\W*the\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>{_SITE_NOUN})\s*,\s*(?:which\s+(?:is|lies)\s+|"
    r"(?:located|situated|lying)\s+)?(?:in|near|outside|at)\s", re.IGNORECASE)


def _site_placed_next(own: str, following: str) -> bool:
    """The next sentence names the site the event's sentence told of (no place of its own)
    again by its noun, with where it lies set off ("… took the X military camp on Tuesday.
    The camp, in Y District, was …"): there the event happened."""
    m = _SITE_THEN_PLACE.match(following)
    return m is not None and re.search(rf"\b{m.group('noun')}\b", own, re.IGNORECASE) is not None


#: A count of places as what a cue tells of, its sentence naming none ("announced the
#: capture of two settlements", "struck three villages overnight").
_COUNTED_PLACES = re.compile(
    r"\b(?:two|three|four|five|six|\d+|several|a\s+few)\s+(?:(?:more|other|further|small|"
    r"frontline|front-line|nearby)\s+)?(?:settlements|villages|towns|localities|hamlets)\b",
    re.IGNORECASE)
#: The next sentence naming them one by one ("One is X in Y region; the other is Z", "They
#: are X and Z", "The first is X, the second Z").
_ONE_BY_ONE = re.compile(
    r"^\W*(?:(?:the\s+)?(?:one|first)\s+is\b|(?:they|these|those)\s+are\b)", re.IGNORECASE)


def _named_one_by_one(analyses: list[Analysis], out: list[Draft]) -> list[Draft]:
    """An event told of a count of places its sentence does not name ("the ministry
    announced the capture of two settlements"), right before a sentence of no event of its
    own that names them one by one ("One is X in Y region; the other is Z in W region"):
    an event at each place named there, in each admin-1 unit once."""
    own_events = {d.analysis.sentence.index for d in out}
    result: list[Draft] = []
    for d in out:
        i = d.analysis.sentence.index + 1
        if d.located == "sentence" or i >= len(analyses) or i in own_events or \
                not _COUNTED_PLACES.search(d.analysis.sentence.text) or \
                not _ONE_BY_ONE.match(analyses[i].sentence.text):
            result.append(d)
            continue
        result += [d.placed_at(g) for g in _units_named(analyses[i])] or [d]
    return result


#: A place said to lie in the region named before by its kind alone ("the Kenana air base in
#: the province", "a village in the region"), not a part of it ("in the province of X").
_IN_THE_REGION = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+in\s+the\s+(?:province|region|state|"
                            r"oblast)\b(?!\s+of\b)(?!['’]s)", re.IGNORECASE)


def _in_region_again(a: Analysis, regions: list[tuple[int, PlaceGroup]]) -> None:
    """A place told as lying "in the province" the report named last lies there: where the
    gazetteer puts a namesake of it in another unit of that country, the region named
    wins (placed at a namesake within it, else at the region itself)."""
    if not regions or a.sentence.index - regions[-1][0] > _REGION_REACH:
        return
    region = regions[-1][1].match
    start = a.sentence.start
    for i, g in enumerate(a.groups):
        m = g.match
        if m.kind == "region" or m.kind == "country" or m.country != region.country or \
                m.adm1_code == region.adm1_code or \
                not _IN_THE_REGION.match(a.sentence.text, g.end - start):
            continue
        inside = next((x for x in m.alternatives if x.kind == m.kind
                       and x.adm1_code == region.adm1_code), None)
        a.groups[i] = PlaceGroup(g.start, g.end, g.text, inside or region, None if inside else
                                 f"location {g.text!r} not found in {region.name}; "
                                 f"placed at {region.name}")


#: A region named by its kind ("in the Darfur region", "in Sudan's Darfur region"), which
#: the drafts of a sentence left unplaced did not resolve.
_AREA_NAMED = re.compile(r"\bin\s+(?:the\s+|[A-Z][\w'’-]+['’]s\s+)(?:[A-Z][\w'’-]+\s+){1,3}"
                         r"(?:region|state|province|area)\b")


def _unplaced_area(a: Analysis) -> bool:
    """Whether the sentence names a region by its kind that the gazetteer cannot place
    ("in the Darfur region": no place of the sentence lies in the phrase)."""
    return any(not any(m.start() <= p.hit.start - a.sentence.start < m.end()
                       and p.hit.match.kind != "country" for p in a.places)
               for m in _AREA_NAMED.finditer(a.sentence.text))


#: A part of a country told by its bearing ("in the south of the country", "in southern
#: Lebanon", "in the far north of Mali", "strikes on the east and south of the country"): the
#: country group names the country when given.
_BEARING = r"(?:far\s+|extreme\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?"
_BEARING_IN = re.compile(rf"\b(?:in|on|across|over|into)\s+(?:the\s+)?{_BEARING}"
                         rf"(?:\s+(?:and|or)\s+(?:the\s+)?{_BEARING})?\s+"
                         r"(?:(?:part|parts)\s+)?(?:of\s+)?"
                         r"(?:the\s+country\b|(?P<country>[A-Z][\w'’-]+))", re.IGNORECASE)


#: A country's part told by its bearing, as a place hit's words: "northeast of Ukraine".
_BEARING_OF = re.compile(r"(?:the\s+)?(?:far\s+)?(?:north|south|east|west|central)", re.IGNORECASE)


def _bearing_in_country(a: Analysis) -> bool:
    """Whether the sentence places its event in a part of a country told by its bearing ("a
    strike in the south of the country", "in southern Lebanon"): somewhere the sentence
    leaves unnamed, not the city the report was filed from."""
    for m in _BEARING_IN.finditer(a.sentence.text):
        if m.group("country") is None or any(
                p.hit.match.kind == "country" and p.hit.start - a.sentence.start == m.start("country")
                for p in a.places):
            return True
    return False


def _over_several_units(group: PlaceGroup | None,
                        last_located: list[tuple[int, int, PlaceGroup]],
                        units: dict[int, set[str]]) -> bool:
    """Whether a figure that takes its place from the sentence before takes it from one
    naming places in several admin-1 units ("struck the enemy near A in the Kharkiv region
    and near B in the DPR. Over 470 enemy servicemen were lost"): a sum over all of them,
    of no one unit. The place may have come down through sentences naming none ("… the
    ministry added. Over 470 …"): the sentence that named it counts."""
    return group is not None and any(g is group and len(units.get(i, ())) > 1
                                     for i, _, g in last_located)


@cache
def news_detail() -> re.Pattern:
    """A sentence that goes on telling the report's news by its definite noun ("The ambush
    took place on the road to Kayes")."""
    return re.compile(cues.load("modality")["background"]["news_detail"], re.IGNORECASE)


def _placed_by_detail(filed_here: list[Draft], out: list[Draft]) -> None:
    """A lead that names no place, placed by its dateline, takes the place of the sentence
    that goes on to tell where its event happened by its definite noun ("Mogadishu — A raid
    killed 25 fighters, the government said. … The raid was carried out in Gaalware, in
    Lower Shabelle"): the dateline only says where the report was filed."""
    for d in filed_here:
        detail = next((e for e in out if e.event_type == d.event_type
                       and e.located == "sentence" and e.group is not None
                       and e.analysis.sentence.index > d.analysis.sentence.index
                       and news_detail().search(e.analysis.sentence.text)), None)
        if detail is not None:
            d.group = detail.group


#: A list item ("- At least 9 fatalities reported", "• 4 events of political violence"), or
#: a row of a table of figures, its label and then its number ("Reported fatalities from
#: political violence: at least 14 (6,084 since 1 October 2017)").
ITEM = re.compile(r"\s*(?:[-–—•*▪●]|\d{1,2}[.)])\s+|"
                  r"\s*[A-Z][^:.;!?\n]{2,80}:\s*(?i:(?:at\s+least|some|about|around|nearly|"
                  r"more\s+than|over|up\s+to)\s+)?\d[\d,.]*(?:\s*\([^()\n]{0,60}\))?\s*$")


def _listed_under(a: Analysis, head: int,
                  last_located: list[tuple[int, int, PlaceGroup]]) -> PlaceGroup | None:
    """The place of the line a list hangs from, for an item of the list that names none
    ("Weekly figures for Cabo Delgado province" over "- At least 9 fatalities reported"):
    the heading says where each item counts."""
    if head < 0 or head == a.sentence.index or not ITEM.match(a.sentence.text):
        return None
    return next((g for i, _, g in reversed(last_located) if i == head), None)


def _items_below(a: Analysis, analyses: list[Analysis]) -> PlaceGroup | None:
    """The place of the first item of a list hanging from a line that names no place of its
    own and ends on a colon ("the army says it retook the following areas:" over "- X
    township, on May 3;"): the items say where the line's event happened."""
    if a.groups or not a.sentence.text.rstrip().endswith(":"):
        return None
    for b in analyses[a.sentence.index + 1:]:
        if not ITEM.match(b.sentence.text):
            return None
        own = [g for g in b.groups if g.match.kind != "country"]
        if own:
            return own[0]
    return None


def _told_before(a: Analysis, own: list[Draft], earlier: list[Draft]) -> list[Draft]:
    """A sentence whose cues only point back at an event already told ("In Kyiv, doctors
    treated two soldiers injured in the attack") tells no new one: its toll belongs to the
    last such event, wherever the victims are now."""
    if not a.triggers or not all(t.back for t in a.triggers):
        return own
    types = {t.event_type for t in a.triggers}
    told = [d for d in earlier if d.event_type in types and d.group is not None]
    if not told:
        return own
    for d in own:
        if d.event_type == "casualty_report":
            d.group, d.located = told[-1].group, "tied"
    return [d for d in own if d.event_type not in types]


def _dateline_place(analyses: list[Analysis]) -> tuple[int, PlaceGroup] | None:
    """The paragraph of a bare dateline and its place ("KOSTIANTYNIVKA — The glass of the
    market …"): the lead's sentences that name no place of their own tell its news."""
    for a in analyses[:3]:
        for p in a.places:
            if p.role == DATELINE and p.hit.match.kind != "country":
                hit = p.hit
                return a.sentence.paragraph, PlaceGroup(hit.start, hit.end, hit.text,
                                                        hit.match, None)
    return None


#: A settlement named as such or after a word of nearness ("near the village of
#: Cherkasskaya Konopelka", "near Malaya Loknya"), as an area ("in the Wad Zayed area", a
#: bulletin's "in the Carre-Gourou sector"), or
#: as a local administrative unit ("fighting in Walungu territory", "in Kale district", "in
#: Kuchi Kebele", Ethiopia's wards, woredas and zones), or
#: by its market ("took control of the Bwahungu trading centre", "shelled the Tora market"),
#: or with its kind capitalised after its name, as Myanmar's reports write villages ("in the
#: school of Kuday Village", "near Lumyan Village").
_SETTLEMENT_NAMED = re.compile(r"\b(?:(?:village|villages|hamlet|settlement|settlements)\s+of|"
                               r"near|outside|in\s+the\s+area\s+of|"
                               r"in\s+the\s+directions?\s+of)\s+"
                               r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)*|"
                               r"\b(?:in|near|around)\s+the\s+[A-Z][\w'’-]+(?:\s+[\w'’-]+){0,2}?"
                               r"\s+(?:area|locality|sectors?)\b|"
                               r"\b(?:in|near|around)\s+(?:the\s+)?[A-Z][\w'’-]+\s+"
                               r"(?:territory|district|township|commune|county|(?i:kebele|woreda|"
                               r"zone))\b|"
                               r"\bthe\s+[A-Z][\w'’-]+\s+(?:trading\s+cent(?:re|er)|market)\b|"
                               r"\b(?:in|at|of|near|around|outside)\s+[A-Z][\w'’-]+"
                               r"(?:[ -][A-Z][\w'’-]+)*\s+(?:Village|Hamlet)\b")


def _paragraph_regions(analyses: list[Analysis]) -> dict[int, PlaceGroup]:
    """The first region each paragraph names as an event place (a city there is often one
    that only spoke: "the Joint Chiefs in Seoul")."""
    out: dict[int, PlaceGroup] = {}
    for a in analyses:
        for g in a.groups:
            if g.match.kind == "region" and _NEAR_REGION.search(
                    a.sentence.text, max(0, g.start - a.sentence.start - 60),
                    max(0, g.start - a.sentence.start)) is None:
                out.setdefault(a.sentence.paragraph, g)
    return out


#: A region named as what places lie near ("the two villages lie close to Ukraine's Sumy
#: region", "near the border with the Kharkiv region"): a landmark outside them, not their
#: region.
_NEAR_REGION = re.compile(r"\b(?i:close\s+to|near(?:\s+to)?|next\s+to|bordering|adjacent\s+to|"
                          r"(?:on|along|across|near)\s+the\s+border\s+with)\s+(?:the\s+)?"
                          r"(?:[A-Z][\w'’-]*['’]s\s+)?$")


def _unknown_settlement(a: Analysis, last_located: list[tuple[int, int, PlaceGroup]],
                        fallback: PlaceGroup | None) -> PlaceGroup | None:
    """The place of a sentence that names a village the gazetteer lacks and no place of
    its own: the last event place or region of its paragraph (``last_located`` holds only
    those), else ``fallback`` (the region its paragraph names further on, else the
    dateline's, else the report's theatre: the region named most is often another
    front's); never a place only named in passing, often a capital that spoke ("the first
    figure from Seoul")."""
    s = a.sentence
    if a.groups or all(
            any(p.hit.start < s.start + m.end() and s.start + m.start() < p.hit.end
                for p in a.places)
            for m in _SETTLEMENT_NAMED.finditer(s.text)):
        return None
    same = [g for _, p, g in last_located if p == s.paragraph]
    if same:
        return same[-1]
    return fallback


#: A numbered list item's number, split off as a sentence of its own ("1.") or not, and the short
#: title it heads with no verb ("1. The raid.", "3. Air strikes."): the item's body that
#: follows tells the event and its place; its title, tied to no place, tells none.
_ITEM_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")
_ITEM_TITLE = re.compile(r"\s*(\d{1,2}[.)]\s+)?(?:(?:The|A|An)\s+)?"
                         r"(?:(?![\w'’-]*ed\b)[\w'’-]+\s*){1,3}[.:]\s*")


#: What is left of a sentence that only names a place ("Timbuktu.", "Rakhine State:").
_HEADING = re.compile(r"[\W\d]*")
#: … also, past the place it opens on, the day it heads ("Kidal region (8 October).",
#: "Sikasso region, 8 October:") and a named area within it the gazetteer lacks ("Kidal
#: region, Inarabane area (8 October)."); a day first is a byline's ("17 November 2025,
#: Mrauk-U"): the place the report was filed from.
_HEADING_TAIL = re.compile(r"(?:[\W\d]*(?:[A-Z][\w'’-]+\s+(?:area|zone|locality|sector)|"
                           rf"(?:\d{{1,2}}\s+{MONTH_WORD}|{MONTH_WORD}\s+\d{{1,2}})(?:\s+\d{{4}})?))*"
                           r"[\W\d]*")


def _is_heading(a: Analysis) -> bool:
    """Does the sentence only name a place, perhaps with the day and area it heads?"""
    rest = _without_places(a)
    if _HEADING.fullmatch(rest):
        return True
    first = min(g.start for g in a.groups) - a.sentence.start
    return _HEADING.fullmatch(a.sentence.text[:first]) is not None and \
        _HEADING_TAIL.fullmatch(rest) is not None


def _without_places(a: Analysis) -> str:
    text, start = a.sentence.text, a.sentence.start
    for g in sorted(a.groups, key=lambda g: -g.start):
        text = text[:g.start - start] + text[g.end - start:]
    return text


def _carry_related(a: Analysis, earlier: list[Draft]) -> None:
    """A sentence without events that describes the last ones ("These documents listed
    Tuva as the place of birth") adds its related places to them."""
    roles = [p for p in a.places if p.role not in (EVENT, SOURCE, DATELINE, MENTIONED)]
    if not roles or not earlier:
        return
    last = earlier[-1].analysis.sentence.index
    if a.sentence.index - last > _TIE_REACH:
        return
    for d in earlier:
        if d.analysis.sentence.index == last:
            d.related += roles


def _sentence_drafts(a: Analysis) -> list[Draft]:
    s = a.sentence
    out: dict[tuple[str, int], Draft] = {}
    casualty = cues.load("figures")["confidence"]
    framed = framed_sentence(s.text)  # what it tells is the earlier event's
    for f in a.figures:
        if f.category is None or framed or _about_comparison(a, s.start + f.start):
            continue
        g = _nearest_group(a, s.start + f.start, (s.start + f.start, s.start + f.end))
        draft = out.setdefault(("casualty_report", g), Draft(
            "casualty_report", a, casualty, a.groups[g] if g >= 0 else None))
        draft.figures.append(f)
        draft.add("casualty figure", f.cue or f.category, s.start + f.start)
    for t in a.triggers:
        if framed or _about_comparison(a, s.start + t.start) or t.passing and out:
            continue
        nearest = _destination(a, s.start + t.end) if t.event_type == "troop_deployment" \
            else None
        if nearest is None and t.event_type == "attack":
            nearest = _fired_into(a, s.start + t.end)
        if nearest is None and t.cue == "shot down":
            nearest = _downed_over(a, s.start + t.end)
        nearest = _nearest_group(a, s.start + t.start) if nearest is None else nearest
        if nearest >= 0 and (_next_conjuncts(a, t, a.groups[nearest])
                             or _own_item_unplaced(a, t, a.groups[nearest])):
            nearest = -1
        # drones downed "over Saratov, Voronezh and Kursk oblasts", "over the Belgorod and
        # Tula regions" or with a count of each place's own ("38 over the Belgorod region
        # and 27 over …"): an attack in each region named
        for g in (_counted_each(a) or _downed_over_list(a, nearest)) if t.cue == "shot down" \
                else _as_too(a, t, nearest):
            draft = out.setdefault((t.event_type, g), Draft(
                t.event_type, a, t.confidence, a.groups[g] if g >= 0 else None, _count(a, t)))
            draft.add(t.cue, t.word, s.start + t.start)
    found = sorted(out.values(), key=lambda d: d.anchor)
    _assign_dates(a, found)
    return found


#: A relative clause after the cue, also one of an apposition: its date tells about the noun
#: it describes ("sent to Jenin as part of the operation, which began on January 21", "a
#: militia led by a former commander who defected in October, were seen", "in Babanusa, the
#: railway town that had held out since early 2024", "near Bara, where the army lost a base
#: in May", "the rival force it has been fighting since 2023", "a village in northern Mali
#: close to the place where the army took heavy losses last month"); also one with no comma whose
#: "that" or "which" is the subject of a verb ("to step up the operations that began last
#: October"), or a war's noun with a clause of no pronoun whose subject is a person or side
#: ("in the war it resumed in March", "the offensive they launched last year"), or a
#: place's apposition whose clause has no pronoun ("Kupiansk, a city the army recaptured
#: in 2022"), never a "that" opening what is said ("said that troops
#: attacked").
_RELATIVE = re.compile(r",\s*(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){1,4}?(?:that|(?:it|they|he|she|"
                       r"we)\s+(?:has|have|had|is|are|was|were))|"
                       r"(?:[^,;:—–]{0,40}?\s)?(?:which|who|whose|where))\b|"
                       r",\s*[^,;:—–]{0,60}?\s(?:near|close\s+to|not\s+far\s+from)\s+"
                       r"(?:the\s+(?:place|spot|area|site)\s+)?where\b|"
                       r",\s*" + cues.PLACE_APPOSITION + r"(?=(?:[\w'’-]+\s+){1,3}?(?:(?:has|"
                       r"have|had)\s+)?(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|took|taken|retook|"
                       r"overran|seized|fell|won|lost)\b)|"
                       r"\s(?:that|which)\s+(?=(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?"
                       r"(?:[a-z]{3,}ed|began|begun|broke\s+out|took\s+place)\b)|"
                       r"\s(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:war|offensive|campaign|"
                       r"invasion|incursion|ceasefire|truce)\s+(?:it|they|he|she|we)\s+"
                       r"(?=(?:(?:had|has|have)\s+)?(?:[a-z]{3,}ed|began|begun|broke)\b)",
                       re.IGNORECASE)

#: A date that something is compared with ("several thousand more than in August", "up
#: from a year ago", "a pace not seen in 2023", "unseen since 2022") dates the yardstick, not
#: the event.
_COMPARED = re.compile(r"\b(?:than|compared\s+(?:with|to)|up\s+from|down\s+from|"
                       r"(?:not|never)\s+(?:been\s+)?(?:seen|matched|recorded)"
                       r"(?:\s+(?:in|since|during))?|(?:unseen|unmatched)(?:\s+(?:in|since))?)\s+$",
                       re.IGNORECASE)


#: A date in a phrase about something still to come belongs to that, not to the event.
_AHEAD = re.compile(r"\b(?:ahead of|in the run-up to|upcoming|scheduled for|planned for|"
                    r"due (?:in|on)|set for)\b[^,;:]*$", re.IGNORECASE)

#: A participle with a phrase of time after a noun ("bridges wrecked during last year's
#: fighting"): the date is that of the deed the participle tells.
_PARTICIPLE_TIME = re.compile(r"\b[a-z]+ed\s+(?:during|after|before|following)\s+(?:the\s+)?$")
#: The preposition a date phrase may open with ("during last year").
_TIME_WORD = re.compile(r"(?:during|after|before|following)\s+", re.IGNORECASE)


def event_dates(a: Analysis) -> list[DateSpan]:
    """The sentence's dates outside its speech frame: "told the magazine … in June" dates
    the telling, not what was told."""
    spans = [(a.sentence.start + lo, a.sentence.start + hi)
             for lo, hi in (a.source.spans if a.source else ())]
    return [d for d in a.dates if not any(lo <= d.start < hi for lo, hi in spans)]


def _assign_dates(a: Analysis, found: list[Draft]) -> None:
    """An event takes the date phrases of its sentence that no other event's cue stands
    between ("shelled Kherson on Tuesday while drones struck Nikopol": both; "deployed in
    Russia … during an offensive in August": only the offensive), nor a relative clause
    opened after its cue, nor a clause of its own after the cue's ("had massed troops,
    and that the pressure had grown since the start of the month"), nor a comparison. A
    casualty figure between does not part them: it is the deed's toll or object
    ("captured two wounded soldiers in the Kursk region in January")."""
    anchors = sorted(x for dr in found for x in dr.anchors)
    deeds = sorted(x for dr in found if dr.event_type != "casualty_report" for x in dr.anchors)
    text, start = a.sentence.text, a.sentence.start
    for dr in found:
        for d in event_dates(a):
            if _AHEAD.search(text, max(0, d.start - start - 60), d.start - start):
                continue  # "ahead of an election in December": the election's date
            if _COMPARED.search(text, max(0, d.start - start - 20), d.start - start):
                continue  # "more than in August": the yardstick's date
            if in_baseline(text, d.start - start, d.end - start):
                continue  # "from 11,000 before the incursion began in August to 45,000"
            if in_record(text, d.start - start):
                continue  # "the bloodiest day since the siege began in May": the record's
            lead = _TIME_WORD.match(d.text)
            other = _PARTICIPLE_TIME.search(
                text[:d.start - start] + (lead.group(0) if lead else ""),
                max(0, d.start - start - 40))
            if other is not None and start + other.start() not in dr.anchors:
                continue  # "bridges wrecked during last year's fighting": the fighting's
            own = min(dr.anchors, key=lambda x: abs(x - d.start))
            if _after_frame(a, own - start, d.start - start):
                continue  # "killed five, officials said, casting doubt on a truce agreed
                # six weeks ago": the truce's
            lo, hi = sorted((own, d.start))
            between = [x for x in (deeds if dr.event_type != "casualty_report" else anchors)
                       if not (x in deeds and own < x and _WHEN_DEED.search(
                           text, own - start, x - start))]
            if not any(lo < x < hi and x not in dr.anchors for x in between) and not (
                    (_in_relative(text, lo - start, hi - start)
                     and not _dates_its_start(text, own - start, d.start - start)
                     or hi - start >= clause(text, lo - start)[1]
                     and not _after_aside(text, lo - start, hi - start)) if own < d.start else
                    in_relative_before(text, lo - start, hi - start)):
                dr.dates.append(d)


#: A toll's deed told in a clause after it ("killed three people when he opened fire in
#: the market on 7 April"): the deed's date is the toll's. So is the date of any deed a
#: "when" clause times another by ("described mass killings in the streets when the city
#: fell on October 26": the killings' date too).
_WHEN_DEED = re.compile(r"\bwhen\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)


#: A relative clause set off by commas inside the cue's clause ("seized Gezira state, which
#: lies south of the capital, in December"): a date right after it goes back to the deed.
_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;:—–]*,\s*")


def _after_aside(text: str, own: int, date: int) -> bool:
    """Whether the date at ``date`` opens the cue's clause again right after a relative
    aside that interrupts it (the date phrase then ends the clause or the sentence)."""
    aside = _ASIDE.match(text, clause(text, own)[1])
    return aside is not None and aside.end() == date


def _after_frame(a: Analysis, own: int, date: int) -> bool:
    """Whether the date at ``date`` stands in a clause hung on the sentence after the speech
    frame that follows the cue at ``own`` ("…, health officials said, casting doubt on a
    truce brokered six weeks ago"): the statement of the event ends with its frame."""
    src = a.source
    return src is not None and own < src.start and src.end <= date and \
        a.sentence.text[src.end:date].lstrip().startswith(",")


_CLAUSE_MARK = re.compile(rf"{cues.CLAUSE_COMMA}|[;:—–]")


def _in_relative(text: str, lo: int, hi: int) -> bool:
    """Whether ``hi`` lies inside a relative clause opened after ``lo`` ("the incursion,
    which began last August"), not after the comma that closes it ("…, ended in March")."""
    opened = _RELATIVE.search(text, lo, hi)
    return opened is not None and _CLAUSE_MARK.search(text, opened.end(), hi) is None


#: A deed's noun and the relative clause telling when it began ("the incursion into the
#: Kursk region that started on 6 August", "the offensive, which began in May"): the date is
#: the deed's own.
_STARTED = re.compile(r"[\w-]+(?:\s+(?:into|in|on|against|across|of|towards?)\s+"
                      r"[^,;:.!?]{0,50}?)?\s*,?\s+(?:that|which)\s+(?:(?:was|were|had|has)\s+)?"
                      r"(?:started|began|begun|launched|kicked\s+off|broke\s+out|erupted)"
                      r"\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


def _dates_its_start(text: str, own: int, date: int) -> bool:
    """Whether the relative clause between the cue at ``own`` and the date at ``date`` tells
    when the cue's deed began."""
    return _STARTED.match(text[own:date]) is not None


#: A clause that goes on from the relative one before it ("a teacher who fled Bara in
#: July, when the RSF briefly took the town"): the date is still its.
_GOES_ON = re.compile(r"\s*(?:when|where|while|as|after|before|until|once)\b", re.IGNORECASE)


#: A relative clause dating a source's claim ("according to the intelligence service, which
#: made the claim on Jan. 13, 300 soldiers have been killed"): its date is the figure's.
_CLAIM_DATED = re.compile(r"\s*(?:(?:first|last|also)\s+)?(?:made|issued|gave|published|"
                          r"released|put\s+out|announced)\s+(?:the|its|their|his|her|this|that|"
                          r"these|those)\s+(?:[\w-]+\s+)?(?:claims?|estimates?|figures?|"
                          r"assessments?|statements?|remarks?|reports?|tally|count)\b",
                          re.IGNORECASE)


def in_relative_before(text: str, lo: int, hi: int) -> bool:
    """Whether ``lo`` lies inside a relative clause that a comma closes before the cue at
    ``hi`` ("fighters of a militia led by a commander who defected in October, were seen"),
    the cue's clause not going on from it, nor the clause dating the source's claim ("the
    service, which made the claim on Jan. 13, …")."""
    opened = max(_RELATIVE.finditer(text, 0, lo), key=lambda x: x.start(), default=None)
    closed = _CLAUSE_MARK.search(text, lo, hi)
    return opened is not None and _CLAUSE_MARK.search(text, opened.end(), lo) is None and \
        closed is not None and _GOES_ON.match(text, closed.end()) is None and \
        _CLAIM_DATED.match(text, opened.end()) is None


#: What stands between the names of a list ("Kherson, Mykolaiv and Odesa"), also after
#: where an item lies ("in Marib, in Hodeidah in the west and in Saada", "the A and B
#: regions in the centre of the country, in the C and D regions in the north"), also
#: before a settlement word ("the village of Krasne in the Sumy region and the village of
#: Lypky"), also "as well as" ("hit five villages in Sumy Oblast, as well as two in Kharkiv
#: Oblast"), also "of" repeating an "areas of" ("in the areas of A in the Kharkiv region
#: and of B"), also past names the gazetteer lacks, listed first ("and of Ternov,
#: Torskoye"), also one such name placed by the
#: next ("on Aleppo and on Qarmouzi, in the eastern Homs countryside"), also after an
#: item's other name in brackets ("Mongkut (Mogok), Kyaukme"); such names may carry accents
#: ("Niono, Molodo, Sandaré, Nioro du Sahel"), may end in their settlement word and lie in
#: a named area of the unit ("and in Mawlu Town in the Kayan area of northern Shan State").
_LIST_GAP = re.compile(r"\)?(?:\s+(?:region|oblast|province|state)s\b)?"
                       r"(?:\s+in\s+the\s+(?:far\s+)?(?:north|south|centre|center|(?:north|south)?"
                       r"-?(?:east|west))\b(?:\s+of\s+the\s+country\b)?)?"
                       r"\s*(?:,\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+or\s+|"
                       r"\s+as\s+well\s+as\s+|\s*&\s*)"
                       r"(?:(?:in|into|at|around|on|of|over|above|towards?)\s+)?(?:the\s+)?"
                       r"(?:(?:(?:[a-z]+-)?[a-z]+ern|central)\s+)?"
                       r"(?:(?:village|town|city|settlement|hamlet)s?\s+of\s+)?"
                       r"(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                       r"[A-Z][a-zà-öø-ÿ'’-]+,\s+){0,2}"
                       r"(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                       r"[A-Z][a-zà-öø-ÿ'’-]+(?:\s+(?:Town|City|Village))?,?\s+in\s+"
                       r"(?:the\s+[A-Z][\w'’-]*\s+(?:region|area|zone)\s+of\s+)?"
                       r"(?:the\s+)?(?:(?:(?:[a-z]+-)?[a-z]+ern|central)\s+)?)?")


#: Objects of one predicate, each with its own place ("damaged gas facilities in Kharkiv
#: Oblast and a thermal power plant in Ivano-Frankivsk Oblast", "hit a market in North
#: Darfur, a clinic in West Darfur", "struck Kutum in North Darfur, Tina in West Darfur"),
#: the object a noun phrase or a name the gazetteer may lack, not a source's words ("the
#: governor said in"); the object's place may itself be such a name, placed by the next
#: ("a depot in Qarmouzi in Tartus, and a radar site at Jabal al-Qirsh in Idlib"), or told
#: by a bearing from a place ("barracks in the Homs countryside, and the hills south of
#: Qarmouzi in Tartus"). The second object may leave its noun out behind a number ("took two
#: villages in the Donetsk region and one in the Sumy region"); the second may repeat the
#: preposition ("strikes on Damascus and on a military site near the city of Homs"). The
#: noun phrase may name whose the object is ("a building in A and a piece of Hezbollah
#: infrastructure in B"). A named object may be a name of up to four words with an Arabic
#: particle the gazetteer lacks ("on Tabit al-Sheikh Abdul Mahmoud in Gezira state").
_OBJECT_GAP = re.compile(r"(?:\s+(?:countryside|outskirts|suburbs))?"
                         r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:(?:on|at|against)\s+)?(?:(?:an?|the)\s+"
                         r"(?:(?!(?:said|says|told|wrote|added)\b)(?:[a-z-]+|[A-Z][\w'’-]+)\s+)"
                         r"{1,5}|"
                         r"(?:one|two|three|four|five|six|seven|eight|nine|ten|another|"
                         r"\d+)\s+(?:(?!(?:said|says|told|wrote|added)\b)[a-z-]+\s+){0,2}|"
                         r"[A-Z][\w'’-]+\s+(?:(?:[A-Z][\w'’-]+|[a-z]{1,3}-[\w'’-]+)\s+){0,3})"
                         r"(?:in|near|at|outside|"
                         r"(?:north|south|east|west|north-?east|north-?west|south-?east|"
                         r"south-?west)\s+of)\s+"
                         r"(?:the\s+)?(?:(?:(?:[a-z]+-)?[a-z]+ern|central)\s+)?"
                         r"(?:(?:village|town|city|settlement)\s+of\s+)?"
                         r"(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                         r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[a-z]{1,3}-[\w'’-]+)){0,2},?\s+in\s+"
                         r"(?:the\s+)?(?:(?:(?:[a-z]+-)?[a-z]+ern|central)\s+)?)?")


def _listed_with(a: Analysis, g: int) -> list[int]:
    """The group ``g`` and the groups listed with it ("struck Kharkiv, Sumy and Odesa"):
    the predicate applies to each, so each gets an event where it lies in another unit."""
    if g < 0:
        return [g]
    groups, out = a.groups, _list_around(a, g)
    seen = {groups[g].match.adm1_code or groups[g].match.country}
    kept = [g]
    for i in sorted(out[1:]):
        key = groups[i].match.adm1_code or groups[i].match.country
        if key not in seen and groups[i].match.kind != "country":
            seen.add(key)
            kept.append(i)
    return kept


def _as_too(a: Analysis, t: Trigger, g: int) -> list[int]:
    """The groups the cue ``t`` applies to: its place (group ``g``) and the groups listed
    with it (:func:`_listed_with`), then those of an "as were …" clause after it, in other
    units. The cue's own place stands before that clause, even when one in it is nearer."""
    text, start = a.sentence.text, a.sentence.start
    found = AS_TOO.search(text, t.end)
    lo, hi = (start + found.start("what"), start + found.end("what")) if found else (0, 0)
    inside = [i for i, x in enumerate(a.groups) if lo <= x.start and x.end <= hi]
    if g < 0 or not inside:
        listed = _listed_with(a, g)
        return listed + _there_and(a, t, listed)
    if g in inside:
        g = max((i for i, x in enumerate(a.groups) if x.end <= start + found.start()),
                key=lambda i: a.groups[i].end, default=inside[0])
    out = _listed_with(a, g)
    seen = {a.groups[i].match.adm1_code or a.groups[i].match.country for i in out}
    for i in _listed_with(a, inside[0]):
        key = a.groups[i].match.adm1_code or a.groups[i].match.country
        if key not in seen and a.groups[i].match.kind != "country":
            seen.add(key)
            out.append(i)
    return out


#: "there and" after the cue, in its clause ("step up attacks on civilians there and in
#: el-Fasher"): the deed is told in the place named before the cue as well as the one after.
_THERE_AND = re.compile(r"[^,;:.]{0,60}?\s+there\s+and\s+(?:also\s+)?(?:in|at|around|near)\s+",
                        re.IGNORECASE)


def _there_and(a: Analysis, t: Trigger, listed: list[int]) -> list[int]:
    """The groups a cue ``t`` told "there and in" a place applies to beyond ``listed``: the
    place the sentence names last before the cue and the one right after "there and in".
    "X there and in Y" tells X in both; a whole country or a unit already listed adds
    nothing."""
    text, start = a.sentence.text, a.sentence.start
    m = _THERE_AND.match(text, t.end)
    if m is None or not listed or listed[0] < 0:
        return []
    before = [i for i, x in enumerate(a.groups) if x.end <= start + t.start]
    after = [i for i, x in enumerate(a.groups)
             if m.end() <= x.start - start <= m.end() + len("the ")]  # "in (the) Y"
    if not before or not after:
        return []
    seen = {a.groups[i].match.adm1_code or a.groups[i].match.country for i in listed}
    out = []
    for i in (max(before, key=lambda i: a.groups[i].end), after[0]):
        key = a.groups[i].match.adm1_code or a.groups[i].match.country
        if key not in seen and a.groups[i].match.kind != "country":
            seen.add(key)
            out.append(i)
    return out


def _list_around(a: Analysis, g: int) -> list[int]:
    """The group ``g`` and the groups written in one list with it, ``g`` first."""
    groups, text, start = a.groups, a.sentence.text, a.sentence.start
    out = [g]
    for step in (-1, 1):
        i = g
        while 0 <= i + step < len(groups):
            left, right = sorted((groups[i], groups[i + step]), key=lambda x: x.start)
            if not _LIST_GAP.fullmatch(text, left.end - start, right.start - start) and \
                    not _OBJECT_GAP.fullmatch(text, left.end - start, right.start - start) and \
                    not _one_item(text, start, left, right) and \
                    not _span_ends(text, start, left, right) and \
                    not _described_item(text, start, left, right) and \
                    not _paired_sector(text, start, left, right):
                break
            i += step
            out.append(i)
    return out


#: What opens a stretch of front or a spread of sectors named by its two ends ("in a dozen
#: sectors, from …", "along a line stretching from …"), right before its first end.
_SPAN_FROM = re.compile(r"(?:\b(?:sectors|fronts|directions|axes|areas|places),?|"
                        r"\b(?:stretch(?:ing|es|ed)|rang(?:ing|es)|run(?:ning|s)|"
                        r"extend(?:ing|s)|all\s+the\s+way|front(?:-?\s?line)?|the\s+line))"
                        r"\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
#: … and what stands between its two ends ("… region to the outskirts of …").
_SPAN_TO = re.compile(r"\s+(?:(?:front|sector|region|oblast|province|state|area)\s+)?to\s+"
                      r"(?:the\s+)?(?:[a-z-]+\s+(?:of\s+)?){0,2}", re.IGNORECASE)


def _span_ends(text: str, start: int, left: PlaceGroup, right: PlaceGroup) -> bool:
    """Two groups named as the ends of one stretch ("attacked in a dozen sectors, from the
    X region to the Y front"): the deed told of the stretch is told of each end."""
    return _SPAN_FROM.search(text, max(0, left.start - start - 60), left.start - start) \
        is not None and _SPAN_TO.fullmatch(text, left.end - start, right.start - start) \
        is not None


#: "and the" with words describing the next item before its settlement word ("took the
#: town of X and the strategic nearby village of Y", "shelled X and the small village of Y").
_DESCRIBED_GAP = re.compile(r"\s*,?\s+and\s+the\s+(?:(?!(?:said|says|told|wrote|added)\b)"
                            r"[a-z]+\s+){1,2}?(?P<settled>(?:village|town|city|settlement|hamlet)"
                            r"s?\s+of\s+)?")
_SETTLEMENT_NEXT = re.compile(r"(?:nearby\s+)?(?:village|town|city|settlement|hamlet)s?\s+of\s|"
                              r"nearby\s", re.IGNORECASE)


def _described_item(text: str, start: int, left: PlaceGroup, right: PlaceGroup) -> bool:
    """Two groups joined by "and the" with words describing the second before its
    settlement word ("the town of X and the important nearby village of Y"), the group
    starting at that word or at the name after it: one list."""
    m = _DESCRIBED_GAP.fullmatch(text, left.end - start, right.start - start)
    return m is not None and (m.group("settled") is not None or
                              _SETTLEMENT_NEXT.match(text, right.start - start) is not None)


#: A front sector named by two towns joined by a dash ("the Lyman-Kupiansk direction", "the
#: Pokrovsk–Myrnohrad agglomeration"): the dash between them, the sector's word after the
#: second.
_SECTOR_PAIR_GAP = re.compile(r"\s*[-–—]\s*")
_SECTOR_PAIR_AFTER = re.compile(rf"\s+{PAIRED_SECTOR_WORDS}", re.IGNORECASE)


def _paired_sector(text: str, start: int, left: PlaceGroup, right: PlaceGroup) -> bool:
    """Two towns naming one sector between them: the deed told of the sector is told of
    both (a road so named is only its first town's, ``roles.road_end``)."""
    return _SECTOR_PAIR_GAP.fullmatch(text, left.end - start, right.start - start) is not None \
        and _SECTOR_PAIR_AFTER.match(text, right.end - start) is not None


def _one_item(text: str, start: int, left: PlaceGroup, right: PlaceGroup) -> bool:
    """Two groups side by side in one unit name one item of a list ("the Mellit area of
    North Darfur"), also a place and its other name in brackets ("Bakhmut (Artemivsk),
    Kharkiv and Sumy"): the list goes on past them."""
    return left.match.adm1_code is not None and \
        left.match.adm1_code == right.match.adm1_code and \
        text[left.end - start:right.start - start].strip() in ("", "(")


#: What stands between a downing and the place it happened over ("destroyed 47 drones over
#: the", "shot down 12 missiles above").
_OVER_AFTER = re.compile(r"[^.;:]{0,60}?\b(?:over|above)\s+(?:the\s+)?"
                         r"(?:territor(?:y|ies)\s+of\s+(?:the\s+)?)?", re.IGNORECASE)


def _downed_over(a: Analysis, pos: int) -> int | None:
    """The group drones or missiles were downed over, right after the cue ("repelled attacks
    in the Kursk region and destroyed 47 drones over the Kursk and Bryansk regions"): not the
    place nearer before it, which is another deed's."""
    m = _OVER_AFTER.match(a.sentence.text, pos - a.sentence.start)
    if m is None:
        return None
    over = a.sentence.start + m.end()
    return next((i for i, g in enumerate(a.groups) if pos <= g.start <= over < g.end), None)


def _downed_over_list(a: Analysis, g: int) -> list[int]:
    """Where drones or missiles were downed: the group ``g``, and the others listed with it
    ("over the Belgorod and Tula regions", "over the Kirovohrad, Odesa and Kherson
    regions"): each region the claim names saw an attack."""
    if g < 0 or len(_list_around(a, g)) < 2:
        return [g]
    return _listed_with(a, g)


#: A count right before a place ("38 over the Belgorod region", "six over Orel", "26 drones
#: were destroyed over Rostov", "12 over the territory of the Bryansk region", "Five
#: fixed-wing Ukrainian unmanned aerial vehicles were destroyed over …", "Forty-two of them
#: were destroyed over"), or what is left of the total ("and the rest over the Kursk and
#: Tambov regions"): that place's own share.
_OWN_COUNT = re.compile(r"(?<![\w-])(?:\d[\d,]*|(?i:one|two|three|four|five|six|seven|eight|nine|"
                        r"ten|eleven|twelve|a\s+dozen|(?:twenty|thirty|forty|fifty|sixty|"
                        r"seventy|eighty|ninety)(?:-[a-z]+)?|the\s+(?:rest|remainder|others)))"
                        r"\s+(?:[a-zA-Z-]+\s+){0,8}?(?:over|above|in)\s+"
                        r"(?:the\s+)?(?:territor(?:y|ies)\s+of\s+(?:the\s+)?)?$")


def _counted_each(a: Analysis) -> list[int]:
    """The groups of a sentence that each follow a count of their own, when there are
    several, with the groups listed after each ("and the rest over the Kursk, Oryol and
    Tambov regions"): a breakdown by place, each an event."""
    text, start = a.sentence.text, a.sentence.start
    counted = [i for i, g in enumerate(a.groups)
               if _OWN_COUNT.search(text, max(0, g.start - start - 100), g.start - start)]
    if len(counted) < 2:
        return []
    return sorted({i for g in counted for i in _downed_over_list(a, g)})


def _about_comparison(a: Analysis, pos: int) -> bool:
    """A cue next to a place named only for comparison describes that other place
    ("as in Bakhmut, where waves of infantry attacks …"), not an event of this report."""
    nearest = min(a.places, default=None,
                  key=lambda p: min(abs(p.hit.start - pos), abs(p.hit.end - pos)))
    return nearest is not None and nearest.role == COMPARISON


#: Characters a country stands further off than a region or town of the same clause: "in
#: Mali's capital Bamako" places the attack in Bamako.
_COUNTRY_PENALTY = 60
#: A clause that narrows where the count before it lies ("5,000 killed and wounded since
#: they arrived in Russia, most of them in the Kursk region").
_NARROWING = re.compile(r",\s*(?:most|many|nearly\s+all|almost\s+all|all|the\s+majority|"
                        r"the\s+bulk|the\s+rest|mostly|mainly|largely|chiefly)"
                        r"(?:\s+of\s+(?:them|those|whom|which))?\s+in\s+(?:the\s+)?$",
                        re.IGNORECASE)
_CLAUSE_END = re.compile(rf"{cues.CLAUSE_COMMA}|[;:—–]|\s(?:while|whereas|but)\s")

#: A clause of time on a deed told by its gerund ("beats back an attack on Timbuktu a day
#: after losing 30 soldiers at Boulikessi"): a count in it lies at its own place, not the
#: main clause's.
_AFTER_DOING = re.compile(r"\s(?:after|before)\s(?=[a-z]+ing\s)")


#: A place opening the subject of a conjunct of its own after the cue ("Seven localities
#: liberated and a Kiev training centre hit", "villages taken and the Kharkiv power plant
#: struck"): the place of the thing the next verb tells of.
_NEXT_CONJUNCT = re.compile(r"\s+and\s+(?:a|an|the)\s+$", re.IGNORECASE)
_CONJUNCT_SUBJECT = re.compile(r"(?:\s+[\w'’-]+){1,3}?\s+$")
#: The object of another cue's verb in a clause of its own joined after the cue ("said it
#: had captured a town after weeks of fighting, and at the same time hit Kyiv"): that
#: verb's place, not the cue's.
_AND_CLAUSE = re.compile(r",\s+and\s+", re.IGNORECASE)
_VERB_OBJECT = re.compile(r"\s+(?:the\s+(?:city|town|village|capital)\s+of\s+)?")


def _next_conjuncts(a: Analysis, t: Trigger, g: PlaceGroup) -> bool:
    """Whether the place ``g`` after the cue ``t`` stands in the next conjunct's subject,
    naming what another cue of that conjunct tells of (a place in attributive use)."""
    s = a.sentence
    lo, hi = g.start - s.start, g.end - s.start
    if lo >= t.end and any(
            o.event_type != t.event_type and o.start >= t.end and o.end <= lo and
            _AND_CLAUSE.search(s.text, t.end, o.start) is not None and
            _VERB_OBJECT.fullmatch(s.text, o.end, lo) is not None for o in a.triggers):
        return True  # "had captured a town …, and at the same time hit Kyiv": the strike's
    if lo < t.end or _NEXT_CONJUNCT.search(s.text, t.end, lo) is None or \
            _CLAUSE_END.search(s.text, t.end, lo) is not None:
        return False
    return any(o.event_type != t.event_type and o.start >= hi and
               _CONJUNCT_SUBJECT.fullmatch(s.text, hi, o.start) is not None
               for o in a.triggers)


#: A place named at a locative word ("at Lekoro", "near Soro"), capitalised, mid-sentence.
_AT_NAME = re.compile(r"(?:^|\s)(?:[Aa]t|[Ii]n|[Nn]ear|[Aa]round|[Oo]utside)\s+"
                      r"(?P<name>[A-Z][\w'’-]+)")


def _own_item_unplaced(a: Analysis, t: Trigger, g: PlaceGroup) -> bool:
    """A cue in one item of a list parted by semicolons, whose item names its own place at
    a locative word but the gazetteer lacks it ("at Lekoro, an assault was pushed back; on
    May 31, an ambush was foiled between X and Y"): the place of another item is not its."""
    s = a.sentence
    rel = t.start
    lo = s.text.rfind(";", 0, rel) + 1
    hi = s.text.find(";", rel)
    hi = len(s.text) if hi < 0 else hi
    if lo <= g.start - s.start < hi or (lo == 0 and hi == len(s.text)):
        return False
    return any(not any(p.hit.start <= s.start + lo + m.start("name") < p.hit.end
                       for p in a.places)
               and CALENDAR.fullmatch(m["name"]) is None and not nationalities(m["name"])
               for m in _AT_NAME.finditer(s.text[lo:hi]))


def _nearest_group(a: Analysis, pos: int, own: tuple[int, int] = (0, 0)) -> int:
    """Index of the event place group nearest to ``pos``, or -1. A place in the cue's own
    clause wins over one outside it; places after the cue win ties. A place inside the
    ``own`` span of a figure describes the people counted ("100 soldiers deployed in Russia
    have been killed … in the Kursk region"): any other place of the sentence wins."""
    s = a.sentence
    rel = pos - s.start
    cuts = sorted([m.start() for m in _CLAUSE_END.finditer(s.text)] +
                  [m.start() for m in _AFTER_DOING.finditer(s.text)])
    lo = s.start + max((c for c in cuts if c < rel), default=0)
    hi = s.start + min((c for c in cuts if c >= rel), default=len(s.text))

    def distance(g: PlaceGroup) -> float:
        if g.start >= hi and _narrows(s.text, hi - s.start, g.start - s.start):
            return -1.0  # "…, most of them in the Kursk region": where the count lies
        outside = 0 if g.start < hi and lo < g.end else 10_000
        if _PAST_OF.search(s.text, max(0, g.start - s.start - 80), g.start - s.start):
            outside += 5_000  # "Fano, once the army's allies in Tigray, …": their past
        coarse = _COUNTRY_PENALTY if g.match.kind == "country" else 0
        if _BEARING_FROM.match(g.text) and not _THE_BEFORE.search(
                s.text, max(0, g.start - s.start - 5), g.start - s.start):
            outside += 1_000  # "west of the Kursk bridgehead, around the villages of X":
            # only a bearing; a place named in the clause is where it happens
        if own[0] < g.start < own[1]:
            outside += 20_000
        if _SINCE_WAR_ON.search(s.text, 0, g.start - s.start):
            outside += 10_000  # "…, where 900 have been killed since the offensive on
            # Gaza began": the war's ground dates the count, it does not place it
        return outside + coarse + (g.start - pos - 0.5 if g.start >= pos else pos - g.end)

    # a place of a concessive clause opening the sentence ("While the army has celebrated
    # gains in the capital, fighting goes on across the west") is none of the main clause's
    concession = s.start + concessive_end(s.text)
    groups = [i for i, g in enumerate(a.groups) if pos < concession or g.start >= concession]
    if not groups:
        return -1
    return min(groups, key=lambda i: distance(a.groups[i]))


#: A "since" phrase dating a count by the start of a war on a place, right before the place
#: ("since the offensive on Gaza began", "since the start of the war in Sudan").
_SINCE_WAR_ON = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:start|beginning|outbreak)\s+of\s+"
                           r"(?:the\s+)?)?(?:[\w'’-]+\s+){0,2}?(?:war|offensive|campaign|"
                           r"assault|aggression|invasion|conflict|fighting)\s+(?:on|in|"
                           r"against|into)\s+(?:the\s+)?$", re.IGNORECASE)


#: A place named as the point a bearing is taken from ("west of the Kursk bridgehead"),
#: not as the part of it ("the west of the region").
_BEARING_FROM = re.compile(r"(?:north|south|east|west|north-?east|north-?west|south-?east|"
                           r"south-?west)\s+of\s", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


#: An aside telling what someone once was, still open at a place ("the Fano militia, once
#: the army's allies against the rebels in Tigray, …"): the place is of that past.
_PAST_OF = re.compile(r",\s+(?:once|formerly|previously|long|a\s+former|the\s+former|"
                      r"one-time)\s+[^,;:.()]*$", re.IGNORECASE)


def _narrows(text: str, clause_end: int, place: int) -> bool:
    """Whether the clause after the one ending at ``clause_end`` narrows the count before it
    to the place that starts at ``place`` (:data:`_NARROWING`)."""
    found = _NARROWING.search(text, clause_end, place)
    return found is not None and found.start() == clause_end


#: The place forces are sent to ("sends more troops to northern West Bank", "moved from
#: Kursk into the Donetsk region"), which a deployment takes over a nearer place it left.
#: A verb of reaching takes its destination as its object ("have reached Russia's Kursk
#: region and are to be thrown into the war"): the place reached, not a later "into".
_DESTINATION = re.compile(r"\b(?:to|into|towards?|reach|reached|reaches|reaching)\s+(?:the\s+)?"
                          r"(?:(?:[a-z]+ern|central)\s+)?$", re.IGNORECASE)
#: How far after its cue a deployment's destination may stand (characters).
_DESTINATION_REACH = 80


#: A purpose right after a country forces are sent to, up to the place it names ("to Russia
#: to help retake the Kursk region", "to Russia so that they could help win back the ground
#: in the Kursk border region"): where the forces went in that country.
_PURPOSE_PLACE = re.compile(r"\s*,?\s*(?:(?:in\s+order\s+)?to|so\s+(?:that\s+)?(?:they|it)\s+"
                            r"(?:could|would|can|might))\s+[^,;:.()]{0,90}$", re.IGNORECASE)


#: A clause right after a country forces are sent to that tells where most of them went
#: ("10,000 soldiers to Russia during 2024, most of them to the Kursk region"): where the
#: forces went in that country.
_MOST_OF_THEM_TO = re.compile(r"(?:\s+(?:during|in|over|since|last|this)\s+[^,;:.()]{1,30})?"
                              r"\s*,\s*(?:most|many|nearly\s+all|almost\s+all|the\s+majority|"
                              r"the\s+bulk|mostly|mainly|largely|chiefly)(?:\s+of\s+(?:them|"
                              r"those|whom))?\s+(?:to|into|in)\s+(?:the\s+)?"
                              r"(?:(?:[a-z]+ern|central)\s+)?$", re.IGNORECASE)


#: Fire aimed across a line at a place, right after the attack's cue ("guiding strikes into
#: Ukraine's Sumy Oblast", "shells fired into the Kharkiv region"): the place struck, which
#: takes over a nearer place the shooters stand in.
_INTO = re.compile(r"\s+(?:(?:were|was|being|been|fired|launched|aimed|directed|sent)\s+){0,2}"
                   r"(?:deep\s+|far\s+)?into\s+(?:the\s+)?(?:(?:[a-z]+ern|central)\s+)?",
                   re.IGNORECASE)


def _fired_into(a: Analysis, pos: int) -> int | None:
    """Index of the place group an attack's fire is sent "into", right after its cue word
    ending at ``pos`` (:data:`_INTO`), or None."""
    text, start = a.sentence.text, a.sentence.start
    return next((i for i, g in enumerate(a.groups) if g.start >= pos and
                 _INTO.fullmatch(text, pos - start, g.start - start)), None)


def _destination(a: Analysis, pos: int) -> int | None:
    """Index of the first place group named as a destination after a deployment cue ending
    at ``pos``, in the cue's clause, or None; a country gives way to a place within it that
    the purpose of the sending names (:data:`_PURPOSE_PLACE`) or that most of the forces
    went to (:data:`_MOST_OF_THEM_TO`)."""
    text, start = a.sentence.text, a.sentence.start
    end = start + min(clause(text, pos - start)[1], pos - start + _DESTINATION_REACH)
    found = next((i for i, g in enumerate(a.groups) if pos <= g.start < end and
                  _DESTINATION.search(text, max(0, g.start - start - 30), g.start - start)),
                 None)
    if found is None or a.groups[found].match.kind != "country":
        return found
    country = a.groups[found]
    return next((i for i, g in enumerate(a.groups) if g.start >= country.end and
                 g.match.kind != "country" and g.match.country == country.match.country and
                 (_PURPOSE_PLACE.match(text, country.end - start, g.start - start) or
                  _MOST_OF_THEM_TO.match(text, country.end - start, g.start - start))), found)


def _count(a: Analysis, t: Trigger) -> Figure | None:
    """The count an event of this cue takes: the first unit kind it asks for that has one,
    nearest to the cue."""
    for kind in t.count_kinds:
        options = [f for f in a.figures if f.unit_kind == kind]
        if options:
            return min(options, key=lambda f: abs(f.start - t.start))
    return None


#: The people of a place as a source: what they tell is what they saw there.
_LOCALS = re.compile(r"\b(?:residents|inhabitants|locals|villagers|witnesses|eyewitnesses|"
                     r"people\s+living)\s+(?:of|in)\s+(?:the\s+)?(?:[a-z]+\s+)?$",
                     re.IGNORECASE)
#: ... named after their place ("Nablus residents said", "Kadugli villagers told reporters").
_LOCALS_AFTER = re.compile(r"(?:['’]s)?\s+(?:residents|inhabitants|locals|villagers|"
                           r"witnesses|eyewitnesses)\b", re.IGNORECASE)
#: A local authority's title after its place, before the holder's name or the verb ("Kharkiv
#: mayor Ihor Terekhov said", "Zaporizhzhia regional governor Ivan Fedorov said", "Sumy
#: regional military administration head", "Kursk's acting governor"): the place is the
#: speaker's jurisdiction.
_JURISDICTION_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:regional|region|acting|interim|city|oblast|province|provincial|state|"
    r"district|municipal|military|civil(?:-|\s+)military|administration|deputy)\s+){0,4}"
    r"(?:mayor|governor|(?:administration|council)\s+head|head\s+of\s+(?:the\s+)?"
    r"(?:regional\s+|military\s+|city\s+)*administration|police\s+chief)\b", re.IGNORECASE)


#: A group of forces named as the side whose sector the sentence tells ("In the zone of
#: responsibility of the West group of forces, …", "The South group of forces improved its
#: positions"): a briefing's next sector, not the place of the sector told before.
_OWN_SECTOR = re.compile(r"\b(?:zone|area|sector)\s+of\s+responsibility\s+of\s+the\s+"
                         r"[A-Z][\w-]*\s+(?:group|grouping)\b|^\W*(?:the\s+)?[A-Z][\w-]*\s+"
                         r"(?:group|grouping)\s+of\s+(?:forces|troops)\b")


def jurisdiction(a: Analysis) -> PlaceGroup | None:
    """The place in the title of the sentence's speaker ("Kharkiv mayor Ihor Terekhov
    said", "Zaporizhzhia regional governor Ivan Fedorov said"), if the title is a local
    authority's."""
    text, start = a.sentence.text, a.sentence.start
    ruled = [p for p in a.places if p.role == SOURCE and p.hit.match.kind != "country"
             and _JURISDICTION_AFTER.match(text, p.hit.end - start)]
    if not ruled:
        return None
    hit = ruled[-1].hit
    return PlaceGroup.of(hit)


#: Officials named by the town or region they serve ("Officials in Sumy said …", "local
#: authorities in the Gao region said …"), also those put there by a power ("the
#: authorities installed by Russia in the city of X said …", "officials appointed by
#: Moscow in X").
_OFFICIALS_IN = re.compile(r"\b(?:local\s+|regional\s+|city\s+)?(?:officials|authorities)\s+"
                           r"(?:(?:installed|appointed|imposed|put\s+in\s+place)\s+"
                           r"(?:by\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?)?"
                           r"in\s+(?:the\s+)?(?:(?:city|town|village|region|province)\s+of\s+"
                           r"(?:the\s+)?)?$", re.IGNORECASE)

#: Inhabitants from which a city's officials may be its country's government ("officials in
#: Kyiv said"), not a town's own.
_TOWN_SIZE = 300_000


def _local_officials(a: Analysis) -> PlaceGroup | None:
    """The town or region whose officials speak in a sentence that names no place of its
    own ("Officials in Sumy said drones killed a driver"): a local authority tells its own
    place's news, like a mayor named by his town. Not a large city's officials, who may
    speak for the country's government."""
    text, start = a.sentence.text, a.sentence.start
    local = [p for p in a.places if p.role in (SOURCE, MENTIONED) and p.hit.match.kind != "country"
             and (p.hit.match.population or 0) < _TOWN_SIZE
             and _OFFICIALS_IN.search(text, 0, max(0, p.hit.start - start))]
    if not local:
        return None
    hit = local[0].hit
    return PlaceGroup.of(hit)


def _under_heading(a: Analysis, headings: list[int] | None,
                   last_located: list[tuple[int, int, PlaceGroup]], place: PlaceGroup) -> bool:
    """A sentence of a paragraph opened by a heading that is only a place ("Kharkiv region.
    After early gains the enemy is bogged down in Vovchansk. The enemy is now moving
    reserves in."), whose last place lies in the heading's unit: a front summary's sector,
    whose every sentence tells that sector's news."""
    if not headings:
        return False
    head = [g for i, p, g in last_located
            if i == headings[-1] and p == a.sentence.paragraph and i < a.sentence.index]
    return bool(head) and head[0].match.kind == "region" and \
        head[0].match.adm1_code is not None and place.match.adm1_code == head[0].match.adm1_code


def _tied_place(a: Analysis, last_located: list[tuple[int, int, PlaceGroup]],
                theatre: PlaceGroup | None,
                headings: list[int] | None = None,
                regions: list[tuple[int, PlaceGroup]] | None = None,
                villages: list[tuple[int, PlaceGroup]] | None = None,
                ) -> tuple[PlaceGroup | None, str]:
    """A place for a sentence without one: the last place of its paragraph or of the
    sentence right before (a paragraph tells one place's news: "Three passengers were
    injured."), else, when the text ties it to earlier events, a recent place or the
    report's theatre. A sentence right after one that is only a place ("Timbuktu. Shells
    fell on the airport area.") is tied to it. "The region" names again the region named
    last ("the army had occupied a number of settlements in the region"), not the region of
    a town named since."""
    text, start = a.sentence.text, a.sentence.start
    if _OWN_SECTOR.search(text):
        return None, "unknown"
    if _REGION_AGAIN.search(text):
        if regions and a.sentence.index - regions[-1][0] <= _REGION_REACH:
            return regions[-1][1], "tied"
        # no region named of late, only a town ("After the troops pulled out of Sweida, …
        # The government sent its forces back into the province"): the unit it lies in
        towns = [g for i, _, g in last_located if g.match.kind == "place"
                 and g.match.adm1_code and a.sentence.index - i <= _TIE_REACH]
        if towns:
            return towns[-1], "tied"
    # (unless the sentence before or its paragraph names a place finer than a country, the
    # village that sentence describes: "Farabougou, a rice-farming village, … Fighters drove
    # into the village")
    if villages and _VILLAGE_AGAIN.search(text) and \
            a.sentence.index - villages[-1][0] <= _REGION_REACH and \
            not any(g.match.kind != "country" for i, p, g in last_located
                    if a.sentence.index - i == 1 or (p == a.sentence.paragraph
                                                     and a.sentence.index - i <= _TIE_REACH)):
        return villages[-1][1], "tied"
    # the people of a town telling what they saw ("residents of Bukavu said they had seen
    # troops moving through the centre", "Nablus residents said"): it happened there, not
    # where the paragraph was
    locals_ = [p for p in a.places if p.role == SOURCE and p.hit.match.kind != "country"
               and (_LOCALS.search(text, max(0, p.hit.start - start - 40),
                                   max(0, p.hit.start - start))
                    or _LOCALS_AFTER.match(text, p.hit.end - start))]
    if locals_:
        hit = locals_[-1].hit
        return PlaceGroup.of(hit), "tied"
    # the place in a speaker's title ("Kharkiv mayor Ihor Terekhov said a missile hit a
    # residential building"): a local authority tells its own place's news
    ruled = jurisdiction(a) or _local_officials(a)
    if ruled is not None:
        return ruled, "tied"
    same = [g for i, p, g in last_located if a.sentence.index - i == 1 or (
        p == a.sentence.paragraph and a.sentence.index - i <= _TIE_REACH)]
    # "the area" after sentences placed only in a country (" … fighting near the border town
    # of X in the Y region. … The ambush is a blow to the junta in Mali … The army has
    # launched an operation in the area"): the last place finer than a country told
    if _AREA_AGAIN.search(text) and all(g.match.kind == "country" for g in same):
        finer = [g for i, _, g in last_located if g.match.kind != "country"
                 and a.sentence.index - i <= _REGION_REACH]
        if finer:
            return finer[-1], "tied"
    if same:
        heading = headings and headings[-1] == a.sentence.index - 1 and \
            last_located[-1][0] == headings[-1]
        return same[-1], "tied" if a.tied or heading or \
            _under_heading(a, headings, last_located, same[-1]) else "paragraph"
    sources = [p for p in a.places if p.role == SOURCE and p.hit.match.kind != "country"]
    if not a.tied:
        # the authority of a region telling its own news ("Gaza's health ministry said 15
        # people had died"): the region is where it happened
        sources = [p for p in sources if p.hit.match.kind == "region"]
        if not sources:
            return None, "unknown"
    if sources:
        hit = sources[-1].hit
        return PlaceGroup.of(hit), "tied"
    recent = [g for i, _, g in last_located if a.sentence.index - i <= _TIE_REACH]
    if recent:
        return recent[-1], "tied"
    return (theatre, "tied") if theatre is not None else (None, "unknown")


def _main_theatre(analyses: list[Analysis]) -> PlaceGroup | None:
    """The region (else country) where the report locates most of its event places,
    as its coarsest mention (the region rather than a town in it). A sentence counts once
    for each unit it names ("in the Hiiraan region, … of Beledweyne police station" is one
    mention of the region, not two); on a tie the unit named first wins. Only places of
    the countries the report keeps to count: a town of a country named in far fewer
    sentences than the one named most ("a researcher at an institute in Abuja, Nigeria"
    in a report on Burkina Faso) is no theatre; then the theatre is that country."""
    groups = [g for a in analyses for g in a.groups]
    countries = Counter(c for a in analyses
                        for c in dict.fromkeys(p.hit.match.country for p in a.places))
    if countries:
        most = max(countries.values())
        kept = [g for g in groups if countries[g.match.country] * _FAR_FEWER > most]
        if groups and not kept:
            top = countries.most_common(1)[0][0]
            hit = next((p.hit for a in analyses for p in a.places
                        if p.hit.match.country == top and p.hit.match.kind == "country"),
                       None)
            return None if hit is None else PlaceGroup(hit.start, hit.end, hit.text,
                                                       hit.match, None)
        groups = kept
    pool = [g for g in groups if g.match.adm1_code] or groups
    if not pool:
        return None

    def key(g: PlaceGroup) -> str | None:
        return g.match.adm1_code or g.match.country

    named = {id(g) for g in pool}
    per_sentence = [k for a in analyses
                    for k in dict.fromkeys(key(g) for g in a.groups if id(g) in named)]
    top = Counter(per_sentence).most_common(1)[0][0]
    return max((g for g in pool if key(g) == top), key=lambda g: SPECIFICITY[g.match.kind])
