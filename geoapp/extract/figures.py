"""Which numbers count the dead, the wounded, both, or troops, people and documents.

A :class:`Figure` ties a :class:`~geoapp.extract.numbers.Quantity` to what it
counts. The casualty category comes from the words right after the number
("47 wounded", "50 soldiers have been killed") or right before it ("killing at
least five"); the unit from the noun after it ("11,000 North Korean troops").
Combined phrases ("killed or wounded", "casualties") stay combined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from geoapp.extract import cues
from geoapp.extract.numbers import Quantity, find_quantities, spelled_number


@dataclass(frozen=True)
class Figure:
    """A count and what it counts; ``start:end`` covers the whole phrase, noun and verb."""

    quantity: Quantity
    category: str | None  # killed | wounded | casualties | None (a plain count)
    unit: str | None  # the noun as written: "soldiers", "documents"
    unit_kind: str | None  # key of [units] in lexicon.toml
    start: int
    end: int
    cue: str | None  # the casualty word as written


@dataclass(frozen=True)
class _Patterns:
    negation: re.Pattern
    one: re.Pattern
    after: re.Pattern
    direct: re.Pattern
    described: re.Pattern
    before: re.Pattern
    in_words: re.Pattern
    category_of: dict[str, str]
    before_of: dict[str, str]
    kind_of: dict[str, str]


#: An aside naming some of the counted people, between them and their verb ("nearly 40
#: soldiers, among them a lieutenant, were killed", ", including two officers,").
_ASIDE = (r",\s+(?:among\s+(?:them|whom|those)|including|of\s+whom|most\s+of\s+them)\s+"
          r"[^,;:.()]{1,40}?(?=,)")


#: The group the counted people belong to, named between them and their verb ("more than 40
#: fighters of the Islamic State (ISIS) have been killed", "12 members of Al-Shabaab were
#: killed"): capitalised words, perhaps with the group's short name in brackets.
_GROUP_NAMED = (r"\s+of\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,4}"
                r"(?:\s+\((?-i:[A-Z][\w'’-]*)\))?")

#: A formation named by its common noun, the counted people its men ("nine soldiers of the
#: regiment were killed", "nine of the regiment's members were killed").
_FORMATION = (r"(?:regiment|brigade|battalion|division|company|platoon|unit|detachment|"
              r"squadron|crew)")
_GROUP_FORMATION = rf"\s+of\s+(?:the|this|that|its|their)\s+{_FORMATION}"
_OF_FORMATION = rf"of\s+(?:the|this|that|its|their)\s+{_FORMATION}['’]s\s+"


@cache
def _patterns() -> _Patterns:
    lexicon, data = cues.load("lexicon"), cues.load("figures")
    kind_of = {_key(n): kind for kind, nouns in lexicon["units"].items() for n in nouns}
    kind_of.update({_key(n): "persons" for n in lexicon["singular"]["nouns"]})
    category_of = {_key(w): cat for cat, words in data["categories"].items() for w in words}
    before_of = {_key(w): cat for cat, words in data["before"].items() for w in words}
    modifier = cues.alternation(lexicon["modifiers"]["words"])
    link = cues.alternation(data["link"]["words"])
    casualty = cues.alternation(list(category_of))
    unit = cues.alternation(list(kind_of))
    # Words that may describe the counted people: "three elderly", "Ukrainian", "62-year-old".
    # Two peoples joined ("Russian and Chechen soldiers") describe them too.
    described = rf"(?:{modifier}|[A-Z][\w'’-]*(?:\s+and(?=\s+[A-Z]))?|[\w-]+-year-old)"
    # an aside naming some of them may stand between ("40 soldiers, among them a
    # lieutenant, were killed")
    after = re.compile(
        rf"\s+(?:{_OF_FORMATION}(?=members\b))?(?:{described}\s+){{0,4}}?"
        rf"(?P<unit>{unit}|(?<=['’]s\s)members|members(?={_GROUP_FORMATION}))(?![\w])"
        rf"(?:(?:{_ASIDE}|{_GROUP_NAMED}|{_GROUP_FORMATION})?,?\s+(?:{link}\s+){{0,4}}(?P<cat>{casualty})(?![\w]))?",
        re.IGNORECASE)
    # "4,000 of them had been lost", "60 were killed": a share of those just named may stand
    # before the words, and a quote may open on them
    direct = re.compile(rf"\s+(?:of\s+(?:them|those|these|whom)\s+)?[\"“‘']?"
                        rf"(?:(?:{link})\s+){{0,3}}[\"“‘']?(?P<cat>{casualty})(?![\w])",
                        re.IGNORECASE)
    # "163 enemy bodies", "40 Palestinian fatalities": a casualty noun after words describing
    # whose they are
    described_noun = re.compile(
        rf"\s+(?:{described}\s+){{1,3}}?(?P<cat>{cues.alternation(data['described']['nouns'])})"
        rf"(?![\w])", re.IGNORECASE)
    # a quote may open between the word and its number (had killed "at least 71
    # civilians"): the claim's own words, the toll the same
    before = re.compile(rf"(?<![\w])(?P<cat>{cues.alternation(list(before_of))})\s+[\"“‘]?$",
                        re.IGNORECASE)
    one = re.compile(rf"(?<![\w])an?(?=\s+(?:{described}\s+){{0,2}}?"
                     rf"{cues.alternation(lexicon['singular']['nouns'])}(?![\w]))", re.IGNORECASE)
    negation = re.compile(rf"(?<![\w]){cues.alternation(data['negation']['before'])}\s+$",
                          re.IGNORECASE)
    in_words = re.compile(rf"(?<![\w]){casualty}(?![\w])", re.IGNORECASE)
    return _Patterns(negation, one, after, direct, described_noun, before, in_words,
                     category_of, before_of, kind_of)


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


#: "One" ranking a deed among the worst of its kind ("one of the heaviest losses it has
#: suffered", "one of the deadliest tolls of the war"): a comparison, not one casualty.
_RANKED_ONE = re.compile(r"(?i:one)\s+of\s+(?:the|its|their|his|her)\s+(?:(?:very\s+)?"
                         r"(?:most|worst|least|biggest|largest|heaviest|highest|[a-z]+iest)\b)")


def find_figures(text: str, masked: list[tuple[int, int]] = ()) -> list[Figure]:
    """Figures in a sentence; numbers inside ``masked`` spans (dates, names) are ignored."""
    p = _patterns()
    out = []
    ones = [Quantity(m.start(), m.end(), 1, 1, m.group(0)) for m in p.one.finditer(text)]
    for q in sorted(find_quantities(text) + ones, key=lambda q: q.start):
        if any(s <= q.start < e for s, e in masked):
            continue
        q = _unquoted(text, q)
        if p.negation.search(text, max(0, q.start - 20), q.start) or _RANKED_ONE.match(
                text, q.start):
            continue
        figure = _attach(text, q, p)
        if figure is not None and not _mention(text, figure) and not _of_disaster(text, figure):
            out.append(figure)
    out += [f for f in _formation_losses(text) if not any(s <= f.start < e for s, e in masked)
            and not any(g.start <= f.quantity.end and f.quantity.start <= g.end for g in out)]
    return sorted(out, key=lambda f: f.start)


#: A killing named as what someone is sought or tried for ("suspects in the killing of two
#: brothers", "arrested on suspicion of killing three soldiers", "charged with the murder
#: of"): an earlier event mentioned, not a toll told.
_MENTION = re.compile(r"\b(?:suspects?|suspected|suspicion|accused|charged|convicted|wanted|"
                      r"jailed|sentenced|tried|trial|indicted|prosecuted|arrested)\s+"
                      r"(?:\w+\s+){0,2}?(?:in|of|for|with|over)\s+(?:the\s+)?$", re.IGNORECASE)


#: A person's bereavement told in a relative clause ("said Amal, who lost two sons in the
#: war"): who the speaker is, no toll told.
_BEREAVED_BY = re.compile(r"\bwho\s+(?:had\s+|has\s+|have\s+)?(?:already\s+|also\s+)?$",
                          re.IGNORECASE)
_KIN = re.compile(r"\s+(?:of\s+(?:his|her|their)\s+)?(?:sons?|daughters?|brothers?|sisters?|"
                  r"children|grandchildren|relatives|nephews?|nieces?|cousins?|"
                  r"family\s+members)\b", re.IGNORECASE)


def _mention(text: str, figure: Figure) -> bool:
    """Whether the casualty word before the figure's number only names a killing someone is
    sought or tried for, or the kin someone lost ("who lost two sons in the war")."""
    if figure.category is None or figure.cue is None or figure.start != figure.quantity.start:
        return False
    cue = re.compile(rf"(?<![\w]){re.escape(figure.cue)}\s+$", re.IGNORECASE)
    lead = text[max(0, figure.start - 60):figure.start]
    at = _PRE_NUMBER.sub("", lead)
    found = cue.search(at)
    if found is not None and found.group(0).strip().lower() in ("lost", "losing") and \
            _BEREAVED_BY.search(at, 0, found.start()) and \
            _KIN.match(text, figure.quantity.end):
        return True
    return found is not None and _MENTION.search(at, 0, found.start()) is not None


#: A natural disaster as what killed ("the earthquake in the central belt, which killed
#: close to 3,800 people", "2,000 people killed by the floods"): no toll of the war.
_DISASTER = r"(?:earthquakes?|quakes?|floods?|flooding|cyclones?|typhoons?|hurricanes?|" \
            r"landslides?|mudslides?|tsunamis?|storms?|droughts?|heatwaves?|wildfires?)"
#: (the clause may give its source first and tell it in the perfect: "flooding, which
#: according to the health ministry has killed 132 people")
_DISASTER_BEFORE = re.compile(rf"\b{_DISASTER}\b[^.;:!?]{{0,60}}?\b(?:which|that)\s+"
                              r"(?:,?\s*according\s+to\s+(?:[\w'’-]+\s+){1,6}?,?\s*)?"
                              r"(?:\w+\s+)?(?:(?:has|have|had)\s+)?(?:killed|left|claimed)\b"
                              r"[^.;:!?\d]{0,30}$",
                              re.IGNORECASE)
_DISASTER_AFTER = re.compile(rf"[^.;:!?]{{0,40}}?\b(?:killed|died|dead)\s+(?:in|by|during)\s+"
                             rf"(?:the|a|an|this|that|last\s+\w+['’]s)\s+(?:[\w.-]+\s+){{0,3}}?"
                             rf"{_DISASTER}\b", re.IGNORECASE)


#: An epidemic's dead, counted beside its cases ("more than 65,000 suspected cholera cases
#: and at least 1,700 deaths", "942 new infections and 25 deaths", "7,700 cases and 185
#: deaths") or told as dying of it
#: ("12 children died of measles"): a health tally, no toll of the war.
_EPIDEMIC = r"(?:cholera|measles|dengue|malaria|typhoid|diphtheria|meningitis|ebola|mpox|" \
            r"covid(?:-19)?|hepatitis|polio|diseases?|epidemics?|outbreaks?)"
_EPIDEMIC_BEFORE = re.compile(rf"(?:\b{_EPIDEMIC}\b[^.;:!?]{{0,60}}?\b|\d\s+(?:new\s+|"
                              r"suspected\s+|confirmed\s+)?)(?:cases|infections)\s+"
                              r"(?:and|,)\s+[^.;:!?\d]{0,20}$", re.IGNORECASE)
_EPIDEMIC_AFTER = re.compile(rf"[^.;:!?]{{0,40}}?\b(?:died|dead|deaths)\s+(?:of|from)\s+"
                             rf"(?:suspected\s+|acute\s+)?{_EPIDEMIC}\b", re.IGNORECASE)


def _of_disaster(text: str, figure: Figure) -> bool:
    """Whether the figure counts the dead of an earthquake, flood or storm, or of an
    epidemic."""
    return figure.category is not None and (
        _DISASTER_BEFORE.search(text, max(0, figure.start - 140), figure.start) is not None
        or _DISASTER_AFTER.match(text, figure.quantity.end) is not None
        or _EPIDEMIC_BEFORE.search(text, max(0, figure.start - 140), figure.start) is not None
        or _EPIDEMIC_AFTER.match(text, figure.quantity.end) is not None)


#: Words between a casualty word and its number ("killing at least two").
_PRE_NUMBER = re.compile(r"(?:(?:at\s+least|some|about|around|nearly|more\s+than|up\s+to)\s+)$",
                         re.IGNORECASE)


#: Losses counted in formations ("lost up to a battalion of infantry", "lost a company of
#: paratroopers"): a force's losses whose head count the source does not give.
_FORMATION = re.compile(
    r"(?<![\w])(?P<cue>lost|lose|loses|losing)\s+(?P<q>(?:(?:up\s+to|as\s+many\s+as|nearly|"
    r"almost|about|around|roughly|more\s+than|over|at\s+least)\s+)?(?:a|an|one|a\s+whole|"
    r"an\s+entire|an\s+estimated)\s+(?P<unit>battalion|company|brigade|regiment|platoon|division))"
    r"\s+(?:of|worth\s+of)\s+", re.IGNORECASE)


#: A force's dead and wounded confirmed without a count ("North Korean troops had been
#: killed and wounded in the fighting"): both words, so a lone "soldiers were killed" in a
#: strike's sentence stays that strike's.
_UNCOUNTED = re.compile(
    r"(?<![\w])(?P<unit>troops|soldiers|servicemen|personnel|fighters)\s+(?:had|have|has|were)\s+"
    r"(?:been\s+)?(?P<cue>killed\s+and\s+wounded|killed\s+and\s+injured)(?![\w])", re.IGNORECASE)


def _formation_losses(text: str) -> list[Figure]:
    out = [Figure(Quantity(m.start("unit"), m.start("unit"), None, None, ""), "casualties",
                  m["unit"], "troops", m.start(), m.end(), m["cue"])
           for m in _UNCOUNTED.finditer(text)
           if not find_quantities(text[max(0, m.start() - 40):m.start()])]
    for m in _FORMATION.finditer(text):
        quantity = Quantity(m.start("q"), m.end("q"), None, None, m["q"])
        out.append(Figure(quantity, "casualties", m["unit"], "units", m.start("q"), m.end(),
                          m["cue"]))
    return out


_QUOTES = "\"“”'‘’"


def _unquoted(text: str, q: Quantity) -> Quantity:
    """A figure quoted from a claim (killing "dozens" of fighters) read with its quotes, so
    the words around it attach as they would without them."""
    if q.start > 0 and q.end < len(text) and text[q.start - 1] in _QUOTES \
            and text[q.end] in _QUOTES:
        return replace(q, start=q.start - 1, end=q.end + 1)
    return q


def _attach(text: str, q: Quantity, p: _Patterns) -> Figure | None:
    row = _ROW.search(text, max(0, q.start - 30), q.start)
    if row is not None and _LOSSES.search(text, 0, row.start()):
        after = p.after.match(text, _increment_end(text, q.end))
        return Figure(q, "casualties", row["unit"], "troops", row.start(),
                      after.end("unit") if after else q.end, "losses")
    if m := p.after.match(text, _increment_end(text, q.end)):
        cat = m["cat"] or _casualty_word(text[q.end:m.start("unit")], p)
        if not m["cat"] and cat and _CAPTIVES.fullmatch(m["unit"]) and \
                p.category_of.get(_key(cat)) == "wounded":
            cat = None  # "two wounded prisoners are being questioned": captives described
        end = m.end()
        posted = None if cat else _posted_then(text, m.end("unit"))
        if posted is not None:  # "100 soldiers deployed in Russia have been killed"
            cat, end = posted["cat"], posted.end()
        kind = p.kind_of.get(_key(m["unit"]), "troops")
        category = p.category_of.get(_key(cat)) if cat and kind not in _THINGS else None
        before = None if category or kind in _THINGS else _before(text, q, p)
        if before is None and category is None and kind in ("troops", "persons") and \
                _LOSSES_WERE.search(text, 0, q.start):
            before = ("casualties", "losses")
        if before is None and category is None and kind == "troops" and \
                (told := _DEAD_TOLD.search(text, max(0, q.start - 120), q.start)):
            before = ("killed", told["cue"])
        return Figure(q, category or (before and before[0]), m["unit"], kind, q.start,
                      end, cat or (before and before[1]))
    if m := p.direct.match(text, q.end):
        return Figure(q, p.category_of[_key(m["cat"])], None, None, q.start, m.end(), m["cat"])
    if (m := p.described.match(text, q.end)) and not _INCREMENT_WORDS.search(m.group(0)):
        return Figure(q, p.category_of[_key(m["cat"])], None, None, q.start, m.end(), m["cat"])
    if (before := _before(text, q, p)) and not _GROUND_COUNTED.match(text, q.end) \
            and not _share().match(text, q.end):
        return Figure(q, before[0], None, None, q.start, q.end, before[1])
    return None


@cache
def _share() -> re.Pattern:
    """A number that is the first term of a proportion ("the town has lost nineteen in
    every twenty of its residents", "lost nine out of ten of its people", "lost one in five
    of its inhabitants"): a share of a whole, no count of anyone lost. Not a count told by
    where it happened ("killed 4 in 2 villages")."""
    number = rf"(?:(?!(?:19|20)\d\d\b)\d[\d,]*|{spelled_number()})(?![\w-])"  # no year
    return re.compile(rf"\s+(?:out\s+of\s+(?:every\s+)?{number}|in\s+every\s+{number}|"
                      rf"in\s+{number}(?=\s+of\b|\s*[,.;:]))", re.IGNORECASE)


#: Ground counted after a number, not people ("the junta lost over 100 towns", "lost 40
#: villages", "lost 300 square kilometres"): a loss of ground is no casualty figure.
_GROUND_COUNTED = re.compile(r"\s+(?:[a-z-]+\s+)?(?:towns?|villages?|cities|settlements?|"
                             r"localities|townships?|districts?|positions?|outposts?|bases?|"
                             r"square\s+(?:kilomet(?:re|er)s?|miles?)|sq\s*km|km2|hectares?|acres?)\b",
                             re.IGNORECASE)


#: Dead told with no number, then counted in the clause after it ("many of the invaders have
#: been killed near the town, and we are talking about dozens of soldiers", "have been
#: destroyed, dozens of soldiers among them"): the count is of those dead.
_DEAD_TOLD = re.compile(
    r"\b(?:have|has|had|were|was)\s+been\s+(?P<cue>killed|destroyed|eliminated|"
    r"neutrali[sz]ed|wiped\s+out)(?:\s+(?:in|on|at|near|around|during)\s+[^,;:.!?]{1,50}?)?\s*(?:,|:|—|–|\s-)\s*(?:and\s+)?(?:(?:we\s+are|we['’]re|"
    r"it\s+is|it['’]s)\s+talking(?:\s+about)?\s+|that\s+is\s+|namely\s+|including\s+)?$",
    re.IGNORECASE)


#: Where the counted forces are posted or on whose side they fight, between them and their
#: verb ("100 soldiers deployed in Russia have been killed", "30 troops stationed at the
#: base were wounded", "dozens of the men fighting for the junta have been killed"): the
#: participle describes them, the finite verb after it tells what befell them.
_POSTED = (r"\s+(?:deployed|stationed|posted|based|serving|fighting)\s+(?:in|at|to|near|"
           r"on|along|inside|around|for|alongside|with|against)\s+(?:[\w'’-]+\s+){0,7}?"
           r"(?:have|has|had|were|was|are)\s+")


@cache
def _posted() -> re.Pattern:
    data = cues.load("figures")
    link = cues.alternation(data["link"]["words"])
    casualty = cues.alternation([w for words in data["categories"].values() for w in words])
    return re.compile(rf"{_POSTED}(?:{link}\s+){{0,3}}(?P<cat>{casualty})(?![\w])",
                      re.IGNORECASE)


def _posted_then(text: str, pos: int) -> re.Match | None:
    """The casualty word after a participle phrase of where the counted forces are posted."""
    return _posted().match(text, pos)


#: Words of an increment ("three more bodies" found, raising a toll told beside them): the
#: toll counts them, they are no figure of their own.
_INCREMENT_WORDS = re.compile(r"\b(?:more|other|additional|further|new|fresh)\b", re.IGNORECASE)
#: Unit kinds of things, not people: "lost 669 aircraft" counts no casualties.
_THINGS = ("vehicles", "munitions")
#: The row of a force's losses in a loss table ("… losses of the enemy are approximately:
#: personnel – about 1,236,450 (+1,080) persons, tanks – 11,480 (+3)"): the row's label
#: says what the number counts; the table's "losses" before it say that these are losses.
_ROW = re.compile(r"(?<![\w])(?P<unit>personnel|manpower|troops|servicemen|soldiers|"
                  r"military\s+personnel)\s*(?:[-–—:=]|\(\s*killed\s*\))\s*$", re.IGNORECASE)
_LOSSES = re.compile(r"\blosses\b", re.IGNORECASE)
#: The day's increase printed after a cumulative figure ("1,236,450 (+1,080) persons").
_INCREMENT = re.compile(r"\s*\(\s*\+\s*\d[\d,.\s]*\)")


def _increment_end(text: str, pos: int) -> int:
    """Where a figure's noun may start: past the day's increase printed after it."""
    m = _INCREMENT.match(text, pos)
    return m.end() if m else pos


def force_loss(figure: Figure) -> bool:
    """A figure counting a force's losses: its noun names fighters ("960 soldiers"), or
    it is given as losses ("the losses of the invaders … amounted to 1,061,170 persons")."""
    forces = {u.lower() for u in cues.load("figures")["forces"]["units"]}
    return (figure.unit or "").lower() in forces or "losses" in (figure.cue or "").lower()
#: Losses given as the subject of a count of troops ("the total combat losses of the enemy
#: from 24.02.22 to 21.11.24 were approximately 722,440 personnel"), or listed after them
#: ("suffered heavy losses this week, among them 900 personnel and 12 tanks", "the enemy
#: has suffered heavy losses: more than 12,500 troops, 101 tanks").
_LOSSES_WERE = re.compile(r"\blosses\b(?:[^.;:]|(?<=\d)\.(?=\d)){0,80}?(?:\b(?:were|was|are|is|amounted\s+to|"
                          r"amount\s+to|totall?ed|total|reached|stand\s+at|stands\s+at|stood\s+at|"
                          r"came\s+to|exceed(?:ed)?|exceeds|,?\s*among\s+them|,?\s*including)|\s*:)\s+(?:approximately\s+|"
                          r"about\s+|around\s+|some\s+|nearly\s+|almost\s+|up\s+to\s+|"
                          r"more\s+than\s+|over\s+)?$", re.IGNORECASE)


#: The dead or wounded of a people or force told as a count that has passed or stands at a
#: number ("troops killed or wounded in the region now number more than 3,000", "the number
#: of soldiers killed and wounded has already exceeded 3,000", "dead and wounded now exceed
#: 3,000"): the casualty words count them. The verb stands right before the number, not as a
#: noun ("the number 3"), in the same clause as the casualty words, and no other count comes
#: between ("two were killed and the number of displaced has passed 3,000" counts the
#: displaced).
_TALLY_PASSED = re.compile(
    r"(?<![\w])(?P<cat>killed\s+(?:or|and)\s+(?:wounded|injured)|dead\s+(?:or|and)\s+"
    r"(?:wounded|injured)|wounded\s+(?:or|and)\s+killed|casualties|losses|killed|dead)"
    r"(?![\w])(?:(?!\band\b|\bnumber\s+of\b)[^.;:!?,]){0,80}?(?<!\bthe\s)(?<!\ba\s)(?<![\w])(?:(?:has|have|had|now|already|"
    r"so\s+far|thus\s+far)\s+)*(?:number(?:s|ed)?|exceed(?:s|ed)?|surpass(?:es|ed)?|"
    r"top(?:s|ped)?|passed)\s+(?:(?:approximately|about|around|some|nearly|almost|roughly|"
    r"more\s+than|over|at\s+least|well\s+over)\s+)?$", re.IGNORECASE)


#: A source's estimate of losses set at a number, the place of the losses between
#: ("put the North Koreans' total losses in the region at around 4,000", "puts the death
#: toll in the district at 30"), or losses named by whose they are with no article ("put
#: Ukrainian losses since the incursion began at 660 soldiers"; a bare "dead" so told is
#: often a headline's, left out).
_PUT_AT = re.compile(r"(?<![\w])(?:put|puts|putting|placed|places|placing)\s+(?:(?:the|its|their|"
                     r"his|her|[\w'’-]+(?:'s|’s|s'|s’))\s+|"
                     r"(?=(?:[\w'’-]+\s+){0,3}?(?:losses|casualties)\b))(?:[\w'’-]+\s+){0,3}?"
                     r"(?P<noun>losses|casualties|casualty\s+toll|death\s+toll|toll|dead)\b"
                     r"[^.;:!?]{0,80}?\s+at\s+(?:(?:approximately|about|around|some|nearly|almost|"
                     r"roughly|up\s+to|more\s+than|over|at\s+least)\s+)?$", re.IGNORECASE)


#: People held, described by their wounds ("two wounded North Korean prisoners are being
#: questioned in Kyiv"): who the captives are, no toll told; the wounding happened where
#: they were taken, and "two prisoners were wounded" still counts.
_CAPTIVES = re.compile(r"prisoners|captives|detainees|POWs", re.IGNORECASE)


def _casualty_word(gap: str, p: _Patterns) -> str | None:
    """A casualty word used as an adjective between number and noun ("12 wounded soldiers")."""
    return next((w for w in gap.split() if _key(w) in p.category_of), None)


#: A row of a table of figures whose label names the casualties it counts ("Reported
#: fatalities from political violence: at least 14", "Civilian deaths: 3"): the number
#: after the label's colon counts them.
_ROW_LABEL = re.compile(r"^\W*(?:[\w'’-]+\s+){0,2}?(?P<cat>fatalities|deaths|dead|killed|"
                        r"injured|wounded|injuries|casualties)\b[^:;.!?\n]{0,60}:\s*"
                        r"(?:(?:at\s+least|some|about|around|nearly|more\s+than|over|"
                        r"up\s+to)\s+)?$", re.IGNORECASE)


def _before(text: str, q: Quantity, p: _Patterns) -> tuple[str, str] | None:
    if (row := _ROW_LABEL.search(text, 0, q.start)) is not None:
        return p.category_of[_key(row["cat"])], row["cat"]
    m = p.before.search(text, max(0, q.start - 40), q.start)
    if m is None:  # "losses over the past day amounted to 230": read without the period
        lead = _PERIOD.sub("", text[max(0, q.start - 80):q.start])
        m = p.before.search(lead, max(0, len(lead) - 40))
    if m is not None:
        return p.before_of[_key(m["cat"])], m["cat"]
    if _LOSSES_WERE.search(text, 0, q.start):  # "Russia's total losses … stand at about 890,000"
        return "casualties", "losses"
    if (passed := _TALLY_PASSED.search(text, max(0, q.start - 140), q.start)) is not None:
        return p.category_of[_key(passed["cat"])], passed["cat"]
    if (put := _PUT_AT.search(text, max(0, q.start - 160), q.start)) is not None:
        noun = put["noun"].lower()
        return ("killed", noun) if "toll" in noun or noun == "dead" else ("casualties", noun)
    return _toll_to(text, q, p)


#: A toll brought up to a number ("brought the number of Palestinians killed since the
#: ceasefire began to 492", "raising the overall death toll to 35", "the toll from
#: Sunday's strikes has risen to 17", "the number of dead now stands at 40") or put at one
#: ("put the number of soldiers killed and wounded in the region at 3,000"): the noun of
#: the count, what it counts (``gap``), and the verb that sets it.
#: Verbs that set a toll (shared with modality.py, which reads a total raised as news).
TOLL_VERB = (r"(?<![\w])(?:bring|brings|brought|bringing|rais(?:e|es|ed|ing)|"
              r"push(?:es|ed|ing)?|tak(?:e|es|ing)|took|lift(?:s|ed|ing)?|"
              r"increas(?:e|es|ed|ing)|put(?:s|ting)?|driv(?:e|es|ing)|drove|sen(?:d|ds|ding|t))")
_TOLL_TO = re.compile(
    rf"(?:{TOLL_VERB}\s+(?:the|its|their|this|that|a)\s+"
    r"(?P<lead>(?:[\w-]+\s+){0,2}?)(?P<noun>toll|number|total|tally|count|figure)\b"
    r"(?P<gap>[^;:!?]{0,100}?)\s+(?:to|(?P<at>at))"
    r"|(?<![\w])(?P<lead2>(?:[\w-]+\s+){0,2}?)(?P<noun2>toll|number|total|tally|count)\b"
    r"(?P<gap2>[^;:!?]{0,100}?)\s+(?:(?:has|have|had|now|thus|so\s+far)\s+)*"
    r"(?:(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|grew|soared|swelled)\s+to"
    r"|reached|reaches|hit|stands\s+at|stood\s+at|is|was|were))"
    r"\s+$", re.IGNORECASE)


#: The same toll with its number moved before the count ("raised to 500 the number of
#: medical staff killed since October"): the verb and "to" before the number, the count after.
_RAISED_TO = re.compile(rf"{TOLL_VERB}\s+to\s+(?:(?:about|around|some|nearly|almost|over|"
                        r"more\s+than|at\s+least)\s+)?$", re.IGNORECASE)
_TOLL_AFTER = re.compile(r"\s+(?:the|its|their|this|that|a)\s+(?P<lead>(?:[\w-]+\s+){0,2}?)"
                         r"(?P<noun>toll|number|total|tally|count|figure)\b(?P<gap>[^;:!?,]{0,100})",
                         re.IGNORECASE)


def _toll_to(text: str, q: Quantity, p: _Patterns) -> tuple[str, str] | None:
    """The casualty category of a toll brought up to ``q``, from the words of the count
    ("death toll", "number of Palestinians killed"); a count of nothing casualty-like
    ("the number of troops rose to 3,000") is no toll."""
    m = _TOLL_TO.search(text, max(0, q.start - 160), q.start)
    if m is None and _RAISED_TO.search(text, max(0, q.start - 40), q.start):
        m = _TOLL_AFTER.match(text, q.end)
    if m is None:
        return None
    groups = m.groupdict()
    noun = (groups["noun"] or groups.get("noun2")).lower()
    gap = (groups["gap"] or groups.get("gap2") or "").strip()
    if groups.get("at") and not gap:
        return None  # "… and prosecutors put the number at four": a count told before
    found = p.in_words.search(" ".join(x for x in (groups["lead"] or groups.get("lead2"), gap) if x))
    if found is None and not gap:  # "another soldier died, bringing the total to 15"
        found = next(reversed(list(p.in_words.finditer(text, 0, m.start()))), None)
    if found is not None:
        return p.category_of[_key(found.group(0))], found.group(0)
    return ("killed", noun) if noun == "toll" else None  # a toll, unqualified, counts the dead



#: A span of time that may part a casualty word from the rest of its phrase.
_PERIOD = re.compile(r"\s+(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+"
                     r"(?:\d+\s+|few\s+|two\s+|three\s+)?(?:day|days|24\s+hours|night|week|"
                     r"weeks)\b|\s+over\s+the\s+day\b", re.IGNORECASE)
