"""Event cues: which words in a sentence announce which type of event.

The cues are data (``cues/events.toml``): a trigger word, the words one of which
must stand near it (documents for a seizure, troops for a deployment), words that
cancel it when closer ("captured the village" is not a capture of people), and
hedges before it ("plans to deploy", "denied attacking"). Casualty reports are not
found here but from figures (:mod:`geoapp.extract.figures`): a casualty word with
no number says too little to map.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

import ahocorasick

from geoapp.extract import cues
from geoapp.extract.numbers import spelled_number

#: What parts clauses within a sentence (a number's thousands comma does not).
_CLAUSE_PUNCTUATION = re.compile(rf"{cues.CLAUSE_COMMA}|[;:]")

@dataclass(frozen=True)
class Trigger:
    """A cue that fired at ``start:end`` of a sentence."""

    event_type: str
    cue: str
    word: str
    start: int
    end: int
    confidence: float
    count_kinds: tuple[str, ...]
    passing: bool = False  # named in a phrase of time ("months after the incursion")
    back: bool = False  # points back at an event already told ("wounded in the attack")


@dataclass(frozen=True)
class _Cue:
    event_type: str
    name: str
    words: re.Pattern
    with_words: re.Pattern | None
    unless: re.Pattern | None
    window: int
    confidence: float
    count_kinds: tuple[str, ...]
    named_object: bool = False  # a capitalised name right after the trigger counts as `with`
    subject: bool = False  # a `with` word in the trigger's subject counts, however far
    veto: bool = False  # an `unless` word anywhere in the window cancels, however near `with`
    #: an `unless` word in the subject of a passive trigger cancels: the verb's object
    passive_unless: bool = False
    #: the lower-case first words of ``words``' phrases: a sentence holding none of them is
    #: not searched (a substring test costs far less than the pattern's scan)
    needles: tuple[str, ...] = ()
    #: the ``unless`` phrases that hold a trigger word ("assault groups", "strike drones",
    #: "hunger strike"): they cancel the trigger they hold, not another trigger beside them
    #: ("assault groups attacked the village", "strike drones hit a refinery")
    holding: re.Pattern | None = None
    #: every match opens on one of ``needles`` (or a quotation mark before one): the cue
    #: lists its words and has no ``words_pattern``, whose needles may stand anywhere in it
    anchored: bool = False


#: A capitalised name right after a place cue ("recaptured Sudzha"), or a part of it named
#: by its side ("full control of central and southern Bahri"), past a closing quote
#: ("had \"cleansed\" Kadugli"); the name may open with a lower-case Arabic article
#: ("recaptured al Atrun", "retook an-Nahud"); also past a share of it ("retook parts of
#: Kupiansk", "seized most of the town's centre" is no name: only a capitalised one counts).
_NAMED_OBJECT = re.compile(r"[\"”]?\s+(?:(?:(?:a\s+)?(?:large|big|major|significant|substantial|"
                           r"considerable|good)\s+|(?:the\s+)?(?:greater|larger|largest|biggest)\s+|"
                           r"most\s+|some\s+)?(?:parts?|most|much|"
                           r"half|sections?|swathes?|the\s+rest)\s+of\s+)?"
                           r"(?:the\s+)?"
                           # a name told with what it is worth ("retook the strategic Jebel
                           # Moya area", "captured the besieged X")
                           r"(?:(?:strategic|key|important|vital|besieged|embattled|"
                           r"contested)\s+)?"
                           r"(?:(?:{0})(?:\s*(?:,|and|or)\s*(?:{0}))*\s+)?"
                           r"(?:(?:al|el)[\s-]|(?:ad|an|ar|as|ash|at|az|ed|en|er|es)-)?"
                           r"[A-Z][\w'’-]+".format(
                               r"(?:north|south)(?:-?(?:east|west))?(?:ern)?|"
                               r"(?:east|west)(?:ern)?|central"))
#: A name, then a "which" clause whose subject runs up to the cue ("El-Fasher, which the
#: paramilitary Rapid Support Forces (RSF) took"): the name is what the cue's verb took.
_WHICH_AFTER_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+\([^()]{1,30}\))?,\s+which\s+"
                               r"(?:[\w'’()-]+\s+){1,7}?$")
#: A name, then a "which" clause told as recent by its perfect ("Kherson, which the army
#: has recently retaken", "the town of X, a district centre the rebels once held and which
#: the army has just won back"): the name is what the cue's verb took, news of late.
_WHICH_RECENT = re.compile(r"\b[A-Z][\w'’-]+(?:\s+\([^()]{1,30}\))?,\s+[^.;:!?]{0,70}?"
                           r"\bwhich\s+(?:[\w'’()-]+\s+){1,5}?(?:has|have)\s+(?:only\s+)?"
                           r"(?:recently|just)\s+$")
#: The same name as the subject of a passive ("Gornal, had been retaken", "Sudzha had been
#: fully liberated"), also a named region in lower case, whose perfect must then be a
#: passive ("the Kursk region had been completely liberated", not "troops sent to the
#: Kursk region have taken casualties").
_NAMED_SUBJECT = re.compile(r"(?<![.!?]\s)\b[A-Z][\w'’-]+(?:,?\s+(?:had|has|have|was|were)\s+"
                            r"(?:been\s+)?(?:also\s+)?|\s+(?:had|has|have|was|were)\s+"
                            r"(?:been\s+)?\w+ly\s+|\s+(?:region|oblast|province)\s+"
                            r"(?:(?:had|has|have)\s+been|was|were)\s+(?:also\s+|\w+ly\s+)?)"
                            r"[\"“‘']?$")


#: A passive right before a place cue ("has been freed", "was retaken", "have also been
#: freed", "were also recorded"), also with the participle quoted as a side's word ("has
#: been \"liberated\""), also told as going on ("are also being recorded"): its subject is
#: the place taken, however long.
_PASSIVE = re.compile(r"\b(?:(?:has|have|had)\s+(?:(?:also|now|already|since)\s+)?been|"
                      r"(?:was|were|is|are)(?:\s+(?:also|now|already))?(?:\s+being)?)\s+"
                      r"(?:\w+ly\s+)?[\"“‘']?$",
                      re.IGNORECASE)


#: A noun set off by a comma right before a participle ("The attackers, identified as
#: fighters of …"): the participle describes the noun, as a passive would its subject.
_APPOSED = re.compile(r"[\w'’)-],\s*$")


def _passive(text: str, m: re.Match) -> bool:
    """Whether the cue at ``m`` is a passive or a participle describing the noun before
    it (a regular one, or "seen": "civilians killed by the troops, seen on drone video"):
    either way, what comes before is the one the verb acts on."""
    return _PASSIVE.search(text, 0, m.start()) is not None or (
        m.group(0).lower().endswith(("ed", "seen"))
        and _APPOSED.search(text, 0, m.start()) is not None)


@cache
def _cues() -> tuple[tuple[_Cue, ...], re.Pattern, re.Pattern, re.Pattern]:
    data = cues.load("events")
    defaults = data["defaults"]
    out = []
    for cue in data["cue"]:
        words = _words(cue)
        holding = [p for p in cue.get("unless", ()) if words.search(p.replace("*", ""))]
        unless = [p for p in cue.get("unless", ()) if p not in holding]
        out.append(_Cue(
            cue["type"], cue["name"], words,
            _with(cue),
            # an exception word is one by itself: "front" (a front reached) is no part of
            # "front-line" (a village described)
            cues.words_regex(unless, compounds=False) if unless else None,
            int(cue.get("window", defaults["window"])), float(cue["confidence"]),
            tuple(cue.get("count", ())), bool(cue.get("named_object", False)),
            bool(cue.get("subject", False)), bool(cue.get("veto", False)),
            bool(cue.get("passive_unless", False)),
            cues.first_words(cue["words"]) + tuple(cue.get("pattern_needles", ())),
            cues.words_regex(holding, compounds=False) if holding else None,
            "words_pattern" not in cue))
    # "No." before a number abbreviates "number" ("Infantry Battalion No. 97"): no negation
    hedge = re.compile(rf"(?<![\w]){cues.alternation(defaults['hedges'])}(?![\w])"
                       r"(?!\.\s*\d)", re.IGNORECASE)
    habitual = re.compile(rf"\s+{cues.alternation(defaults['habitual'])}(?![\w])", re.IGNORECASE)
    purpose = re.compile(rf"(?<![\w]){cues.alternation(defaults['purpose'])}\s+$", re.IGNORECASE)
    return tuple(out), hedge, habitual, purpose


@cache
def _needles() -> ahocorasick.Automaton:
    """Every cue's needles in one automaton, each holding the indices of the cues it may
    open: a single pass over a sentence tells which cues can fire there, where trying each
    cue in turn cost a fifth of the extraction time."""
    holders: dict[str, set[int]] = {}
    for i, cue in enumerate(_cues()[0]):
        for needle in cue.needles:
            holders.setdefault(needle, set()).add(i)
    automaton = ahocorasick.Automaton()
    for needle, indices in holders.items():
        automaton.add_word(needle, (len(needle), tuple(indices)))
    automaton.make_automaton()
    return automaton


def _cue_starts(lowered: str) -> dict[int, list[int]]:
    """The cues whose needles occur in lower-cased text, by their index, each with where
    its needles begin."""
    starts: dict[int, list[int]] = {}
    for end, (length, held) in _needles().iter(lowered):
        for i in held:
            starts.setdefault(i, []).append(end - length + 1)
    return starts


def _cues_in(lowered: str) -> list[_Cue]:
    """The cues, in their order, whose needles occur in lower-cased text."""
    all_cues = _cues()[0]
    return [all_cues[i] for i in sorted(_cue_starts(lowered))]


def _matches(cue: _Cue, text: str, starts: list[int] | None) -> Iterator[re.Match]:
    """The cue's matches in a sentence, as ``finditer`` gives them. An anchored cue is tried
    only where its needles begin (``starts``, or a quotation mark right before one), not
    at every character: the scan of each cue over the whole sentence was a sixth of the
    extraction time. ``starts`` is None where lower-casing moved the text's offsets."""
    if starts is None or not cue.anchored:
        yield from cue.words.finditer(text)
        return
    tries = sorted({t for s in starts
                    for t in ((s, s - 1) if s and text[s - 1] in '"“' else (s,))})
    end = 0
    for at in tries:
        if at < end:
            continue
        m = cue.words.match(text, at)
        if m is not None:
            yield m
            end = max(m.end(), at + 1)


@cache
def _framing() -> re.Pattern:
    return re.compile(rf"\s+{cues.alternation(settings()['framing'])}(?![\w])", re.IGNORECASE)


#: A sentence's opening subject named by a definite noun ("The attack", "This latest
#: strike", "Saturday's raids", "The two attacks"): the words before its head noun.
_DEFINITE_OPENING = re.compile(r"^\W*(?:the|this|that|these|those|\w+['’]s?)\s+"
                               r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


#: A short phrase naming the target or place of the opening noun ("The attack on White
#: Nile state", "The strike in the north"), no verb, before framing words of "come" ("came
#: one day after", "comes as"); "The strike on the port city followed a round of raids"
#: tells a series of deeds, each news.
_HEAD_PHRASE = r"\s+(?:on|in|against|at|near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+"


@cache
def _framing_phrased() -> re.Pattern:
    coming = [w for w in settings()["framing"] if w.split()[0] in ("comes", "came", "come")]
    return re.compile(rf"{_HEAD_PHRASE}(?P<f>\s+{cues.alternation(coming)})(?![\w])",
                      re.IGNORECASE)


def _framing_after(text: str, end: int) -> tuple[int, int] | None:
    """The span of the framing words right after an opening noun, or after a short phrase
    naming its target ("The attack on White Nile state came one day after …")."""
    found = _framing().match(text, end)
    if found is not None:
        return found.span()
    found = _framing_phrased().match(text, end)
    return found.span("f") if found is not None else None


def _framed(text: str, start: int, end: int) -> bool:
    """The cue is the definite subject opening a sentence that sets it against its
    context ("The attack comes as the army gains ground in Khartoum", "The attack on the
    state came one day after …"): it points back at the report's own event, and tells none
    of its own."""
    return _DEFINITE_OPENING.match(text[:start]) is not None and \
        _framing_after(text, end) is not None


#: What a framing verb looks back at ("came only days after", "came only a few days
#: after", "comes on the heels of", "follows a similar raid").
_LOOKING_BACK = re.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:after|following|follows|followed|"
                           r"on\s+the\s+heels)\b",
                           re.IGNORECASE)


def framed_sentence(text: str) -> bool:
    """Whether a sentence opens by setting the report's own event after an earlier one
    ("The attack came only days after militants stormed a camp further north, in which
    six soldiers were killed"): what the rest of it tells is that earlier event. One
    that came "as" a source spoke may still give news ("came as the UN said …")."""
    if _framing().search(text) is None:  # no framing words at all: most sentences
        return False
    for cue in _cues_in(text[:60].lower()):
        m = cue.words.search(text, 0, 60)
        if m is not None and _framed(text, m.start(), m.end()):
            f = _framing_after(text, m.end())
            if f is not None and _LOOKING_BACK.match(text, f[0]) is not None:
                return True
    return False


@cache
def _intelligence_words() -> re.Pattern:
    return cues.words_regex(cues.load("events")["defaults"]["intelligence_led"])


def _intelligence_led(text: str) -> bool:
    """A sentence whose forces operate on word of a target ("operating in the area of the
    hospital based on intelligence about gunmen there"): a raid, no deployment."""
    return _intelligence_words().search(text) is not None


def _words(cue: dict) -> re.Pattern:
    """A cue's trigger: its listed ``words``, or as well a ``words_pattern`` (a
    case-insensitive regex for a phrase with a free word in it: "launched a "stabilisation
    operation" in", an operation named by its kind, quoted or not), whose matches hold one
    of its ``pattern_needles``. A word inside a listed phrase may stand in quotation marks
    (there was "constant" fighting). A cue with a pattern may list no words: the pattern is
    its whole trigger."""
    if "words_pattern" not in cue:
        return cues.words_regex(cue["words"], quotes=True)
    listed = [cues.alternation(cue["words"], quotes=True)] if cue["words"] else []
    return re.compile(r"(?<![\w-])(?:" + "|".join([*listed, cue["words_pattern"]])
                      + r")(?![\w])", re.IGNORECASE)


def _with(cue: dict) -> re.Pattern | None:
    """A cue's required words: listed (``with``) or a pattern (``with_pattern``, matched
    case-sensitively: a numbered formation such as "the 76th Airborne Division")."""
    if "with_pattern" in cue:
        return re.compile(cue["with_pattern"])
    return cues.words_regex(cue["with"]) if "with" in cue else None


def settings() -> dict:
    """The [defaults] table of events.toml (minimum confidence, hedges)."""
    return cues.load("events")["defaults"]


def find_triggers(text: str, masked: list[tuple[int, int]] = ()) -> list[Trigger]:
    """Cues that fire in one sentence; words inside ``masked`` spans (dates, sources) are
    not read as cues. Hedged ("plans to deploy"), purposive ("to retake") and habitual
    ("attacked repeatedly") mentions are not events."""
    _, hedge, habitual, purpose = _cues()
    word_starts = [m.start() for m in re.finditer(r"\S+", text)]
    out: list[Trigger] = []
    practised: set[str] = set()  # types told as what a group says it does
    lowered = text.lower()
    aligned = len(lowered) == len(text)
    all_cues = _cues()[0]
    for index, starts in sorted(_cue_starts(lowered).items()):
        cue = all_cues[index]
        for m in _matches(cue, text, starts if aligned else None):
            if any(s <= m.start() < e for s, e in masked):
                continue
            if _inside_name(text, m.start(), m.end()):
                continue
            if _says_it_does(text, m.start()):
                practised.add(cue.event_type)
                continue
            if _hedged(text, m.start(), word_starts, hedge) \
                    or _habit(text, m.start(), m.end(), habitual) \
                    or _standing_target(text, m.start(), m.end()) or _aim(text, m.start(), purpose) \
                    or _negated(text, m.start(), m.end()) \
                    or _framed(text, m.start(), m.end()) or _capable(text, m.start()) \
                    or _described_by(text, m.start(), m.group(0)) \
                    or _move_noun(text, m.start(), m.group(0)):
                continue
            if not _fires(cue, text, m, word_starts) or \
                    cue.event_type == "capture" and _attributive(text, m.start(), m.end()):
                continue
            if any(t.event_type == cue.event_type and t.start < m.end() and m.start() < t.end
                   for t in out):
                continue
            out.append(Trigger(cue.event_type, cue.name, m.group(0), m.start(), m.end(),
                               cue.confidence, cue.count_kinds))
    # a place seized by forces, told by its name and what it is ("its troops seized Zaporizke,
    # a small settlement in the region"): ground taken, nobody detained
    out = [replace(t, cue="ground taken") if t.cue == "people detained" and
           _PLACE_SEIZED.match(text, t.end) is not None else t for t in out]
    # an assault named as the means of a taking ("the town, which the militants took in an
    # attack at dawn", "seized in a raid"): the ground taken, no attack of its own
    out = [replace(t, event_type="capture", cue="ground taken") if _taken_in(t, text) else t
           for t in out]
    # an assault verb paired with the taking it made ("the rebels attacked and took the town",
    # "stormed and seized the base"): one capture, no attack besides
    out = [t for t in out if not _assault_then_taking(t, out, text)
           and not _strike_fell(t, text) and not _fighting_spanned(t, text)]
    # the advance (or crossing) took the place; so did a push past a place just taken ("have
    # taken the village and pushed on beyond it"): no forces sent;
    # so did a force pushed back in a sentence telling ground taken ("pushed Ukrainian units
    # back", "pushed the attackers back: footage shows troops raising a flag in the
    # centre"): the advance that took it, no attack of its own; so did forces entering from
    # several directions ("entered the town from three axes and took control of it")
    if any(t.event_type == "capture" for t in out):
        out = [t for t in out if t.cue not in ("forces moved in", "forces crossed",
                                               "forces pushed on",
                                               "entering from several directions")
               and not (t.cue == "attack repelled" and " " not in t.word)]
    # forces sent forward under their own side's fire ("sent infantry formations across the
    # bridges, with air power and artillery fire in support"): an assault, no posting
    out = [replace(t, event_type="attack", cue="assault under fire support")
           if t.event_type == "troop_deployment" and
           _FIRE_SUPPORT.search(text, t.end) is not None else t for t in out]
    # forces moving on from ground taken ("kept moving north, took the town"): the advance
    taking = any(t.event_type == "capture" for t in out)
    out = [t for t in out if not _moving_onward(t, text, taking)]
    # a place's centre reached is ground taken ("its troops reached the centre of the
    # village"), the same word no deployment besides
    # so is an advance told as drawing near ("forces have moved closer to the village"):
    # the same verb sends no one to stay
    centre = [t for t in out if t.cue in ("centre reached", "forces closing in")]
    out = [t for t in out if t.event_type != "troop_deployment" or not any(
        c.start < t.end and t.start < c.end for c in centre)]
    # a push into a named part of a place is that part taken ("had pushed into the
    # southeastern part of the village"), the same words no assault besides
    part = [t for t in out if t.cue == "advance into part of a place"]
    out = [t for t in out if t.event_type != "attack" or not any(
        c.start < t.end and t.start < c.end for c in part)]
    # both sides' forces fighting somewhere ("Russian and Ukrainian forces are still
    # fighting in the region"): the fighting between them, no one force seen
    out = [replace(t, event_type="attack", count_kinds=()) if _both_sides_fighting(t, text)
           else t for t in out]
    if any(t.cue == "named unit present" for t in out):  # a named unit seen at work there
        out = [t for t in out if t.cue != "forces operating"]
    if _intelligence_led(text):  # a raid on a target, not forces sent to stay
        out = [t for t in out if t.cue != "forces operating"]
    # stays, not sent; but a formation opening an operation somewhere ("the 97th Battalion
    # began an operation in the area") was sent there too
    present = [t for t in out if t.cue == "named formation present"
               and _OPERATION_OPENED.search(t.word) is None]
    out = [t for t in out if not (t.event_type == "troop_deployment" and any(
        p.start <= t.start < p.end for p in present))]
    out = [t for t in out if not _seen_moving(t, out, text) and not _target_described(t, text)
           and not _forces_described(t, text) and not _munitions_reached(t, text)
           and not _fighting_reached(t, text) and not _toll_makeup(t, text)
           and not _placed_away(t, text) and not _share_of_sent(t, text)
           and not _no_force_moved(t, text)
           and not _raid_ended(t, text) and not _raid_going_on(t, text)
           and not _advance_reached(t, text)
           and not _pace_of_advance(t, text)
           and not _count_reached(t, text) and not _share_held(t, text)
           and not _person_contacted(t, text)
           and not _former_garrison(t, text) and not _routine_step(t, text)
           and not _seer_named(t, text, word_starts) and not _attack_pushed_back(t, text)]
    # a move told in a relative clause of the subject of the move the sentence tells ("one
    # brigade, which had started moving to the front, was sent back to the border"): the
    # earlier move, which the main verb's supersedes
    out = [t for t in out if not _superseded_move(t, out, text)]
    if any(t.event_type == "attack" for t in out):  # the garrison the attack fought
        out = [t for t in out if not _garrison_described(t, text)]
    # raids that arrested people, or that arrests counted were made in ("35 cases of arbitrary
    # arrest carried out during incursions and raids")
    if any(t.cue in ("people arrested", "arrests counted") for t in out):
        out = [t for t in out if not (t.event_type == "attack" and t.word.lower().startswith("raid"))]
    main = _main_predicates(_by_predicate(sorted(out, key=lambda t: t.start), text), text)
    # the strikes a stated practice answers ("they say they attack warships in retaliation
    # for the strikes on them") are its reason, no event of their own
    return [t for t in main if not (t.passing and t.event_type in practised)]


#: A force's move told with its own side's fire backing it, later in the sentence ("…, with
#: air power and artillery fire in support", "backed by air strikes and artillery"): an
#: assault. Not a sentence past its end, nor support that is no fire ("logistical support").
_FIRE_SUPPORT = re.compile(
    r"[^.!?\n]*?\b(?:with|under|backed\s+by|supported\s+by)\s+(?:heavy\s+|intense\s+)?"
    r"(?:air\s+power|air\s+strikes|airstrikes|air|artillery|drones?|fire|tanks?)\b"
    r"[^.!?\n]{0,40}?\b(?:in\s+support|support|cover)\b", re.I)


#: A verb of taking ground in the past, then the phrase of means naming the assault that took
#: it ("which the militants took in an attack", "was captured in a dawn assault").
_TAKEN_IN = re.compile(r"\b(?:took|taken|seized|captured|overran|overrun|retook|retaken|"
                       r"recaptured|stormed)\b(?:\s+(?:it|them|back|over|control))?"
                       r"(?:\s+of\s+(?:it|them))?\s+in\s+(?:an?|their|its|the)\s+"
                       r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_ASSAULT_NOUN = re.compile(r"(?:attack|assault|raid|offensive|onslaught|ambush)$", re.IGNORECASE)


def _taken_in(t: Trigger, text: str) -> bool:
    """The attack cue names the assault a taking told just before it was made in ("which
    the militants took in an attack at dawn"): the capture, not a strike besides."""
    return t.event_type == "attack" and _ASSAULT_NOUN.match(t.word) is not None and \
        _TAKEN_IN.search(text, max(0, t.start - 60), t.start) is not None


#: An assault verb joined by "and" to a verb of taking ground right after it ("attacked and
#: took", "has stormed and then seized", "assaulted and captured").
_ASSAULT_VERB = re.compile(r"(?:attacked|stormed|assaulted|raided|overran|overrun)$", re.IGNORECASE)
_AND_TAKING = re.compile(r"\s+and\s+(?:then\s+|later\s+|finally\s+)?(?:took|taken|seized|"
                         r"captured|overran|overrun|occupied)\b", re.IGNORECASE)


def _assault_then_taking(t: Trigger, out: list[Trigger], text: str) -> bool:
    """The attack cue is an assault verb told with the taking it made ("attacked and took
    the town"): the same deed, a capture, when a capture cue fires on that taking."""
    if t.event_type != "attack" or _ASSAULT_VERB.match(t.word) is None:
        return False
    joined = _AND_TAKING.match(text, t.end)
    return joined is not None and any(
        c.event_type == "capture" and t.end < c.end and c.start < joined.end() for c in out)


#: Fighting counted in weeks, months or years ("at the end of almost two months of heavy
#: fighting", "after weeks of fierce clashes"): the span the news came at the end of.
_SPAN_OF = re.compile(r"\b(?:weeks|months|years|a\s+month|a\s+year)\s+of\s+$", re.IGNORECASE)
_FIGHT_NOUN = re.compile(r"(?:[\w-]+\s+)?(?:fighting|clashes|battles?|combat)$", re.IGNORECASE)


def _fighting_spanned(t: Trigger, text: str) -> bool:
    """An attack cue on fighting counted in weeks or months ("after two months of heavy
    fighting"): a campaign's length told as the news's lead-up, no strike of the day."""
    return t.event_type == "attack" and _FIGHT_NOUN.fullmatch(t.word) is not None and \
        _SPAN_OF.search(text, max(0, t.start - 40), t.start) is not None


#: A strike, a barrage or a blow as what "fell" ("the heaviest strike fell on the town").
_STRIKE_NOUN = re.compile(r"\b(?:(?:air\s*)?strikes?|attacks?|barrages?|salvos?|salvoes|"
                          r"blows?|volleys?|bombardments?|"
                          # what was fired, its head noun kept from the cue's "unless" by an
                          # adverb ("the shells also fell on the villages of X")
                          r"shells|rockets|missiles|bombs|projectiles|mortars?|drones)"
                          r"(?:\s+(?:also|again|then|later|reportedly|mostly|mainly|"
                          r"allegedly|too))?\b", re.IGNORECASE)


def _strike_fell(t: Trigger, text: str) -> bool:
    """A "place fell" cue whose subject is a strike or a blow that landed somewhere ("the
    heaviest strike fell on the town of X"): the place was hit, not taken."""
    if t.cue != "place fell":
        return False
    lo, hi = _subject(text, t.start)
    head = text[lo:hi].rstrip()
    found = list(_STRIKE_NOUN.finditer(head))
    # the strike is the subject's head noun, not a phrase before it ("After weeks of air
    # strikes the town fell")
    return bool(found) and found[-1].end() == len(head)


#: Forces named by where they are or by the operation they serve in, as the subject of
#: another verb ("the Ukrainian soldiers deployed in the two villages, he wrote, have no way
#: out", "the troops stationed at the base were cut off", "the army says troops deployed
#: under Operation X have freed hostages"): the participle describes them, no one is sent.
_FORCES_BEFORE = re.compile(r"(?:\bthe\s+(?:[\w'’-]+\s+){0,3}?|(?:^|\b(?:says|said|that)\s+)"
                            # forces counted ("at least 100 North Korean soldiers deployed
                            # in Russia have been killed")
                            r"|(?:\b\d[\d,.]*|\b(?:hundreds|thousands|dozens|scores)\s+of)"
                            r"\s+(?:[\w'’-]+\s+){0,3}?)"
                            r"(?:soldiers|troops|units|forces|"
                            r"servicemen|fighters|personnel|marines|brigades|battalions|"
                            r"regiments|garrison)\s+$", re.IGNORECASE)
_DESCRIBED_SUBJECT = re.compile(
    r"\s+(?:in|at|near|on|along|around|inside|there|under|as\s+part\s+of)\b[^.;:!?]{0,80}?"
    r"(?:,\s*(?:[\w'’-]+\s+){1,3}?(?:wrote|writes|said|says|added|claimed)\s*,\s*"
    r"|(?<![,\s])(?<!\bwhich)(?<!\bwho)(?<!\bwhom)(?<!\bthat)\s+)(?:have|has|had|are|is|were|was|can|cannot|could|will|would|may|might|"
    r"must|should)\b")
_ATTRIBUTIVE_PARTICIPLES = ("deployed", "stationed", "posted", "positioned")
#: The size of a standing force, a participle after it telling where it stands ("put the
#: number of North Korean troops deployed in the region at 11,000", "the strength of the
#: forces stationed there"): a stock being measured, no one sent.
_FORCES_COUNTED = re.compile(r"\b(?:number|total|size|strength|tally)\s+of\s+(?:the\s+)?"
                             r"(?:[\w'’-]+\s+){0,3}?(?:soldiers|troops|units|forces|"
                             r"servicemen|fighters|personnel)\s+$", re.IGNORECASE)
#: A place described by the forces that stand there, in the present ("near a camp where
#: Burundian troops are stationed", "the base in which French units have been based"):
#: where the place lies, no deployment told.
_STANDING_WHERE = re.compile(
    r"\b(?:bases?|camps?|barracks|garrison|airfield|air\s?base|compound|outpost|post|"
    r"facility|town|city|area)\s+(?:where|in\s+which|at\s+which)\s+(?:[^\s,;:.]+\s+){0,4}?"
    r"(?:are|is|remain|have\s+been|has\s+been)\s+(?:still\s+|now\s+|currently\s+)?$",
    re.IGNORECASE)


#: The losses of forces named by where they were sent ("100 soldiers sent to Russia have
#: been killed", "the troops dispatched to the town had suffered heavy losses"): a toll,
#: the sending only says who they are.
_SENT_PARTICIPLES = ("sent", "dispatched")
_LOSSES_OF_DESCRIBED = re.compile(
    r"\s+(?:to|into|in|at|near|as\s+part\s+of)\b[^.;:!?]{0,80}?(?<![,\s])\s+"
    r"(?:(?:have|has|had)\s+been|were|was|are|is)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|"
    r"captured|taken\s+prisoner)\b|"
    r"\s+(?:to|into|in|at|near|as\s+part\s+of)\b[^.;:!?]{0,80}?(?<![,\s])\s+"
    r"(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?[\"“]?(?:died|suffered|lost)\b", re.IGNORECASE)


#: A named formation with where it stands set off by commas ("the 18th Infantry Division,
#: stationed in White Nile State, and …"): its home base says which unit it is, no move.
_FORMATION_NAMED = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|[A-Z][\w'’-]+)\s+(?:[A-Z][\w'’-]+\s+){0,3}?(?:Division|Brigade|"
    r"Battalion|Regiment|Corps|Army|Group|Command|Fleet|Squadron)\s*,\s*$")
_HOME_APPOSITION = re.compile(r"\s+(?:in|at|near|on)\b[^,;:.!?()]{1,60}(?:,|\)|$)")


#: Forces named by where they were sent as the object of another verb ("the tactics used by
#: the North Koreans sent to help Russia", "morale among the troops dispatched to the
#: front"): the sending only says who they are, the sentence tells something else.
#: So are counted or definite forces that a verb of killing, wounding or taking prisoner has
#: as its object ("they had killed two North Korean soldiers sent to Russia", "captured
#: the troops deployed to the border"): the deed tells the news, the sending only who they
#: are.
_FORCES_AS_OBJECT = re.compile(
    r"\b(?:by|among|with|against|for|about|from|alongside)\s+(?:the|those|these)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:soldiers|troops|forces|servicemen|fighters|personnel|"
    r"[A-Z][\w'’-]*s)\s+$|"
    r"\b(?:killed|killing|kills|wounded|wounding|injured|captured|capturing|took\s+prisoner|"
    rf"taken\s+prisoner|eliminated|neutrali[sz]ed)\s+(?:the|those|these|\d[\d,]*|"
    rf"(?<![\w-]){spelled_number()}|dozens\s+of|hundreds\s+of|several|more\s+than\s+"
    r"\d[\d,]*|at\s+least\s+\d[\d,]*)\s+(?:[\w'’-]+\s+){0,3}?(?:soldiers|troops|"
    r"servicemen|fighters|personnel|[A-Z][\w'’-]*s)\s+$")


#: Definite forces named by where they stand as the object of a verb that traps, blocks or
#: leaves them ("blocked units in the area, leaving the forces stationed there in a dire
#: position", "encircled the troops deployed in the town"): the deed tells the news, the
#: participle only which forces it fell on.
_FORCES_HELD = re.compile(
    r"\b(?:leaving|left|leave|leaves|trapping|trapped|trap|traps|blocking|blocked|block|"
    r"blocks|encircling|encircled|encircle|encircles|surrounding|surrounded|surround|"
    r"surrounds|besieging|besieged|cutting\s+off|cut\s+off|cuts\s+off|pinning\s+down|"
    r"pinned\s+down|pins\s+down)\s+(?:the|those|these|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:soldiers|troops|forces|servicemen|fighters|personnel|units|garrison)\s+$",
    re.IGNORECASE)


#: Forces a side took, overran or destroyed, told by where they had stood in a relative
#: clause ("we have taken all the battalions that were stationed in the township",
#: "overran the troops who had been deployed at the base"): the deed tells the news, the
#: clause only which forces it fell on.
_FORCES_TAKEN_WHERE = re.compile(
    r"\b(?:taken|took|take|takes|taking|captured|capturing|captures|capture|seized|seizing|"
    r"overran|overrun|overrunning|destroyed|destroying|wiped\s+out|defeated|routed|"
    r"disarmed|annihilated)\s+(?:all\s+(?:of\s+)?)?(?:the|those|these|its|their|\d[\d,]*|"
    rf"(?<![\w-]){spelled_number()})\s+(?:[\w'’-]+\s+){{0,3}}?(?:soldiers|troops|forces|"
    r"servicemen|fighters|personnel|units|battalions|brigades|regiments|garrisons?|posts|"
    r"bases|camps)\s+(?:that|which|who)\s+(?:were|was|had\s+been|have\s+been|are|is)\s+$",
    re.IGNORECASE)


#: A deployment participle standing as the adjective of forces right after a determiner
#: ("the share of the deployed soldiers who had been killed", "those stationed troops"):
#: forces named by where they already stand, no deployment told.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|those|these|its|their)\s+$", re.IGNORECASE)
_FORCES_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:soldiers|troops|forces|"
                           r"servicemen|fighters|personnel|units)\b")


def _forces_described(t: Trigger, text: str) -> bool:
    """A deployment participle right after definite or counted forces that are the subject
    of another finite verb or whose size is given, or telling the forces that stand at a
    place a relative clause describes, or by a named formation's home set off by commas,
    or the object of a verb that traps, blocks or leaves them: where they stand, no
    deployment told; forces named by where they were sent, as the
    subject of their losses, are a toll, and as the object of another verb only who they
    are."""
    if t.event_type == "troop_deployment" and t.word.lower() in _SENT_PARTICIPLES:
        return _FORCES_BEFORE.search(text, max(0, t.start - 80), t.start) is not None and \
            _LOSSES_OF_DESCRIBED.match(text, t.end) is not None or \
            _FORCES_AS_OBJECT.search(text, max(0, t.start - 80), t.start) is not None
    if t.event_type != "troop_deployment" or t.word.lower() not in _GARRISON_WORDS:
        return False
    participle = t.word.lower() in _ATTRIBUTIVE_PARTICIPLES
    if participle and _FORCES_HELD.search(text, max(0, t.start - 80), t.start) is not None:
        return True
    if participle and \
            _FORCES_TAKEN_WHERE.search(text, max(0, t.start - 120), t.start) is not None:
        return True
    if participle and _DETERMINER_BEFORE.search(text, max(0, t.start - 12), t.start) and \
            _FORCES_AFTER.match(text, t.end):
        return True
    if participle and t.word.lower() != "deployed" and \
            _FORMATION_NAMED.search(text, max(0, t.start - 80), t.start) is not None and \
            _HOME_APPOSITION.match(text, t.end) is not None:
        return True
    return _STANDING_WHERE.search(text, max(0, t.start - 120), t.start) is not None or (
        participle and _FORCES_BEFORE.search(text, max(0, t.start - 80), t.start) is not None
        and _DESCRIBED_SUBJECT.match(text, t.end) is not None) or (
        participle and _FORCES_COUNTED.search(text, max(0, t.start - 80), t.start) is not None)


#: Where forces are said not to be ("most of the fighters were stationed far from the area",
#: "troops deployed well away from the border", "units positioned nowhere near the town"):
#: the place named is where they are not, no deployment there.
_AWAY_FROM = re.compile(r"\s+(?:(?:too|very|so|quite|well|much|further|farther)\s+)?"
                        r"(?:far\s+(?:away\s+)?from|away\s+from|nowhere\s+near|"
                        r"a\s+long\s+way\s+from)\b", re.IGNORECASE)


#: Forces named as the whole a share is taken of ("more than half of the roughly 11,000
#: troops who were first sent to the area", "a third of the soldiers deployed there"): the
#: sending only says which forces the share counts, no deployment told.
_SHARE_OF_SENT = re.compile(
    r"\b(?:half|(?:a|one|two|three)[\s-]+(?:thirds?|quarters?|fifths?|tenths?)|"
    r"\d[\d.,]*\s*(?:%|per\s*cent|percent))\s+of\s+(?:the|all|those|its|their)\s+"
    r"(?:[\w'’,.-]+\s+){0,5}?(?:soldiers|troops|forces|servicemen|fighters|personnel|"
    r"contingent)\s+(?:(?:who|that)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?"
    r"(?:(?:first|originally|initially|previously|already)\s+)?$", re.IGNORECASE)


def _share_of_sent(t: Trigger, text: str) -> bool:
    """A deployment participle telling the forces a share is counted of."""
    return t.event_type == "troop_deployment" and \
        _SHARE_OF_SENT.search(text, max(0, t.start - 120), t.start) is not None


#: A quality of forces as the subject of "remains" ("the morale of the troops remains
#: excellent"): their spirit stays, no force is kept anywhere.
_QUALITY_OF_FORCES = re.compile(r"\b(?:morale|spirits?|resolve|determination|mood|confidence|"
                                r"discipline|fighting\s+spirit)\s+of\s+[^,;:.!?]{0,60}$",
                                re.IGNORECASE)
#: Forces that "remain deployed" or "remain stationed": a standing posture told again (the
#: army's closing line that its troops "remain deployed in the area in line with the
#: agreement"), no force sent, moved or added anywhere.
_STILL_POSTED = re.compile(r"\s+(?:deployed|stationed)\b", re.IGNORECASE)
_STILL_POSTED_BEFORE = re.compile(r"\bremain(?:s|ed)?\s+$", re.IGNORECASE)
#: Footage of soldiers raising a flag ("footage shows two soldiers planting a Russian flag on
#: the bank"): the flag marks ground taken (the capture cues), no unit seen there.
_FLAG_RAISED = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:planting|raising|hoisting|unfurling|"
                          r"putting\s+up|plant|raise|hoist|unfurl|planted|raised|hoisted)\s+"
                          r"(?:(?:a|an|the|their|its|another)\s+)?(?:[\w-]+\s+)?flags?\b",
                          re.IGNORECASE)
#: People made to take part by a force ("the commanders forced the villagers to take part in
#: the digging"): the coerced take part, and no force is seen doing so.
_COERCED = re.compile(r"\b(?:forc(?:ed|es|e|ing)|compel(?:s|led|ling)?|coerc(?:ed|es|e|ing)|"
                      r"made|makes|making|ordered|ordering|orders)\s+(?:[\w'’-]+\s+){1,3}?to\s+$",
                      re.IGNORECASE)
#: A foe sent running ("the strikes sent them running", "sent the attackers fleeing"), also
#: counted ("sending several dozen junta soldiers fleeing across the border"): a rout, no
#: one sent anywhere.
_ROUTED = re.compile(r"\s+(?:them|him|the\s+[\w-]+|(?:[\w-]+\s+){0,4}?[\w-]+)\s+"
                     r"(?:running|fleeing|scattering|"
                     r"flying|packing|scurrying|into\s+(?:retreat|flight|disarray|a\s+retreat))\b",
                     re.IGNORECASE)
#: Troops sent on assaults ("are sending them on hopeless assaults against the defences",
#: "sent waves of infantry into suicidal attacks"): how they are used in the fight, no
#: force sent to a place.
_SENT_ON_ASSAULTS = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:on|into)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:assaults?|attacks?|charges|"
                               r"(?:human|meat)[- ]wave)\b", re.IGNORECASE)
#: Troops sent with their backing, the clause ending there ("the enemy sends in infantry
#: backed by armoured vehicles"): the make-up of its assaults, no force sent to a place
#: ("sent reinforcements backed by tanks to the town" is).
_SENT_BACKED = re.compile(r"(?:\s+in)?(?:\s+[\w'’-]+){1,3}?\s+(?:backed|supported|covered|"
                          r"accompanied)\s+by\s+(?:[\w-]+\s+){0,2}?(?:armou?r|tanks|"
                          r"armou?red\s+vehicles|artillery|drones|air\s+support)"
                          r"\s*(?:[,.;:!?\"”]|$)", re.IGNORECASE)
#: Weapons as what is sent ("had sent more than 10 drones against three districts", "sent
#: a wave of missiles at the city"): a strike launched, no force sent.
_SENT_WEAPONS = re.compile(r"(?:\s+(?!(?:troops|soldiers|forces|units|reinforcements|"
                           r"fighters|men|servicemen|personnel|infantry|columns?|battalions?|"
                           r"brigades?|regiments?|compan(?:y|ies)|squads?|detachments?|"
                           r"contingents?|marines|paratroopers|convoys?)\b)"
                           r"[\w'’,-]+){0,5}?\s+(?:drones|UAVs|missiles|rockets|shells|bombs|"
                           r"glide\s+bombs|projectiles|munitions|Shaheds|Geran(?:-2)?s)\b",
                           re.IGNORECASE)
#: Reinforcements as what a force beat or drove off ("beat two columns of junta
#: reinforcements in the area", "ambushed the reinforcements"): the foe of the fight, no
#: force sent there.
_FOUGHT_OFF = re.compile(r"\b(?:beat|beaten|beating|beats|defeated|defeating|defeats|routed|"
                         r"routing|repelled|repelling|repulsed|crushed|destroyed|annihilated|"
                         r"wiped\s+out|ambushed|ambushing|fought\s+off|drove\s+off|"
                         r"beat\s+off)\s+(?:[\w'’-]+\s+){0,5}?$", re.IGNORECASE)
#: Reinforcements as the target of a strike ("air strikes targeted a group of fighters who
#: were coming as reinforcements", "shelled the reinforcements"): the strike's target on its
#: way, no force told sent to a place.
_STRUCK_ON_THE_WAY = re.compile(
    r"\b(?:struck|strikes?\s+on|targeted|targeting|bombed|bombing|shelled|shelling|"
    r"intercepted|intercepting|pounded|pounding)\s+(?:[\w'’-]+\s+){0,5}?(?:(?:who|that|which)\s+"
    r"(?:were|was|had\s+been)\s+(?:coming|arriving|heading|moving|travelling|traveling|"
    r"being\s+sent|sent|brought)\s+(?:in\s+)?(?:as\s+)?)?$", re.IGNORECASE)
#: Reinforcements as the help a fight was fought with ("drove off the attack with the
#: support of reinforcements and air strikes", "held with the help of reinforcements"): part
#: of that fight, no force told sent to a place.
_HELPED_BY = re.compile(r"\b(?:with|thanks\s+to)\s+(?:the\s+)?(?:support|help|backing|"
                        r"assistance|aid|cover)\s+of\s+(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)
#: Reinforcements a place or force is cut off from ("the town is isolated from
#: reinforcements", "cut off from any resupply and reinforcement", "denied reinforcements"):
#: forces kept from coming, none sent.
_CUT_OFF_FROM = re.compile(r"\b(?:isolated|isolating|cut\s+off|cutting\s+off|severed|"
                           r"blocked|blocking|sealed\s+off|deprived|depriving|denied|denying)"
                           r"(?:\s+(?:it|them|the\s+\w+|its\s+\w+|their\s+\w+))?"
                           r"\s+(?:from|of)?\s*(?:(?:any|all|its|their|the|further|fresh|new|"
                           r"possible|resupply|supplies|supply|and|or|,)\s*){0,4}$", re.IGNORECASE)
#: Forces told by whom they fight beside, a pronoun ("the army and the forces fighting
#: alongside it"): its allies described, no unit seen anywhere.
_ALLIES_DESCRIBED = re.compile(r"\s+(?:it|them|him|her|us)\b", re.IGNORECASE)


#: "Hit back" with nothing after it but another clause ("Moscow readies itself for a long war
#: and Ukrainian forces hit back, while a train derailment kills seven"): a side answering
#: in general, no strike told; "hit back, driving off the attackers" tells the fight.
_ANSWERED_IN_GENERAL = re.compile(r"\s+back\s*(?:(?:,\s*)?(?:while|as|whereas|but|and\s+"
                                  r"(?:the|a|an|[A-Z]))\b|[.;:!?]?\s*$)")


#: A place of care right after a verb of moving or arriving ("arrive at a Kursk hospital",
#: "were brought into one of the main hospitals", "have been moved to a hospital in
#: Moscow"): the wounded taken for treatment.
_TO_CARE = re.compile(r"(?:\s+from(?:\s+[\w'’-]+){1,3}?(?=\s+to\b))?"
                      r"\s+(?:(?:at|to|into|in)\s+)?(?:(?:one|some|several|two|three)\s+of\s+)?"
                      r"(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:hospitals?|"
                      r"clinics?|infirmar(?:y|ies)|field\s+hospitals?|medical\s+(?:centre|"
                      r"center|facility|facilities)|health\s+(?:centre|center)s?)\b",
                      re.IGNORECASE)

#: Forces named by where they were sent, then moved to a place of care ("soldiers who were
#: sent to the Kursk region have been moved to a hospital in Moscow"): the wounded taken
#: for treatment, the sending only says who they are.
_SENT_THEN_CARED = re.compile(r"\s+(?:to|into)\b[^.;:!?]{0,80}?\s+(?:(?:have|has|had)\s+been|"
                              r"were|was)\s+(?:moved|taken|brought|evacuated|transferred|"
                              r"flown|airlifted|admitted)(?=" + _TO_CARE.pattern + ")",
                              re.IGNORECASE)


def _no_force_moved(t: Trigger, text: str) -> bool:
    """Words that name forces without telling them placed or at work: a quality of theirs
    that "remains", forces that "remain deployed", soldiers filmed raising a flag, a foe
    "sent running", troops sent on assaults or sent with their backing, reinforcements a
    force beat, struck on their way or fought with the help of, allies told as "the forces
    fighting alongside it", a side that "hit back" in general, drones or missiles sent,
    people a force made "take part in" its work (the coerced take part, no force is seen).
    Forces moved, sent or arriving to a place of care ("wounded soldiers arrive at a Kursk
    hospital") are the wounded taken for treatment, no deployment; another country's
    soldiers brought there are seen there (the cue "foreign forces brought for care" stands
    only with a place of care)."""
    word = t.word.lower()
    if t.event_type == "attack" and word == "hit":
        return _ANSWERED_IN_GENERAL.match(text, t.end) is not None
    if t.event_type == "troop_deployment" and word.startswith("remain"):
        return _QUALITY_OF_FORCES.search(text, max(0, t.start - 100), t.start) is not None \
            or _STILL_POSTED.match(text, t.end) is not None
    if t.event_type == "troop_deployment" and word in ("deployed", "stationed") and \
            _STILL_POSTED_BEFORE.search(text, max(0, t.start - 20), t.start) is not None:
        return True
    if t.event_type == "troop_deployment" and word in ("sent", "send", "sends", "sending"):
        return _ROUTED.match(text, t.end) is not None or \
            _SENT_ON_ASSAULTS.match(text, t.end) is not None or \
            _TO_CARE.match(text, t.end) is not None or \
            _SENT_THEN_CARED.match(text, t.end) is not None or \
            _SENT_BACKED.match(text, t.end) is not None or \
            _SENT_WEAPONS.match(text, t.end) is not None
    if t.event_type == "troop_deployment" and _TO_CARE.match(text, t.end) is not None:
        return True
    if t.event_type == "troop_deployment" and word.startswith("land") and \
            _MUNITION_LANDED.search(text, max(0, t.start - 90), t.start) is not None:
        return True  # "a shell fired by junta troops landed on the market": a strike
    if t.cue == "foreign forces brought for care":
        return _TO_CARE.match(text, t.end) is None
    if t.event_type == "troop_deployment" and word.startswith("reinforcement"):
        return _FOUGHT_OFF.search(text, max(0, t.start - 80), t.start) is not None or \
            _STRUCK_ON_THE_WAY.search(text, max(0, t.start - 120), t.start) is not None or \
            _HELPED_BY.search(text, max(0, t.start - 60), t.start) is not None or \
            _CUT_OFF_FROM.search(text, max(0, t.start - 60), t.start) is not None
    if t.event_type == "unit_sighting" and _FLAG_RAISED.match(text, t.end):
        return True
    if t.event_type == "unit_sighting" and word.startswith(("take", "took", "participat")) and \
            _COERCED.search(text, max(0, t.start - 60), t.start) is not None:
        return True
    if t.event_type == "unit_sighting" and word.endswith("alongside"):
        return _ALLIES_DESCRIBED.match(text, t.end) is not None
    return False


def _placed_away(t: Trigger, text: str) -> bool:
    """A deployment cue right before the words saying its forces are away from a place."""
    return t.event_type == "troop_deployment" and _AWAY_FROM.match(text, t.end) is not None


#: A capitalised word between two others: "Saw" of "Pyu Saw Htee".
_NAME_AROUND = re.compile(r"[A-Z][\w'’-]*[ \t]+$")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][\w'’-]*")
#: The capitalised kind of a place right after a capitalised word ("of Saw Township", "in
#: Strike Village"): that word is the place's name.
_UNIT_NOUN_AFTER = re.compile(r"[ \t]+(?:Township|District|Region|Province|State|Village|"
                              r"County|Municipality|Oblast|Governorate|Prefecture|"
                              r"Sub-?district|Ward)\b")


def _inside_name(text: str, start: int, end: int) -> bool:
    """A cue word written capitalised inside a proper name, in a sentence written in lower
    case ("militiamen of the Pyu Saw Htee raided", "bombed the area of Saw Township"), or a
    cue of several capitalised words
    ending one ("the Bo Sa Klay Drone Strike and …"): part of the name, no verb. Not a
    headline in title case ("Gunmen Attack Army Post")."""
    word = text[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    if " " in word:
        # a cue of several words, each capitalised, ending a name ("the Bo Sa Klay Drone
        # Strike and …"): the name's last words
        if not all(w[:1].isupper() for w in word.split()) or \
                not _NAME_AROUND.search(text, max(0, start - 40), start):
            return False
    elif _UNIT_NOUN_AFTER.match(text, end):
        # a sentence full of names still writes its verbs in lower case; a headline in title
        # case ("Rebels Attack Village in Kachin") leaves only its little words so
        words = re.findall(r"[A-Za-z][\w'’-]*", text)
        return sum(w[0].islower() for w in words) > len(words) / 3
    elif not (_NAME_AROUND.search(text, max(0, start - 40), start)
              and _NAME_AFTER.match(text, end)):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return sum(w[0].islower() for w in words) > len(words) / 2


#: Words of forces opening an operation ("began an operation in", "launched large-scale
#: operations").
_OPERATION_OPENED = re.compile(r"\b(?:began|launched|started)\b.*\boperations?\b",
                               re.IGNORECASE)


#: A participle of taking used as the adjective of a place after its article ("on the
#: captured Vovchansk", "towards the recently liberated town of Kupiansk", "the occupied
#: villages", "in the occupied part of the region"): the place is named as it stands, by a
#: direction or a target, not taken now.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|this|that|these|those)\s+(?:[a-z]+ly\s+)?$",
                             re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]+|(?:town|towns|village|villages|city|cities|"
                          r"settlement|settlements|territory|territories|area|areas|region|"
                          r"district|districts|positions?|base|bases|outpost|outposts|"
                          r"parts?)\b)")


#: A participle of taking right after the place it describes, with no auxiliary, the
#: object of a preposition ("a raid into the parts of Avdiivka occupied by the enemy",
#: "shelling of the districts held by the rebels"): the place named as it stands.
_PLACE_BEFORE = re.compile(
    r"\b(?:in|into|inside|within|of|from|to|towards|toward|on|at|across|through|near|around|"
    r"against)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:[A-Z][\w'’-]+|towns?|villages?|"
    r"cit(?:y|ies)|settlements?|territor(?:y|ies)|areas?|parts?|districts?|neighbou?rhoods?|"
    r"positions?|bases?|outposts?)\s+$")
_BY_AFTER = re.compile(r"\s+by\b")
#: A taking told in a relative clause with no "that" after the ground it describes ("to win
#: back the territory Ukraine captured in August", "the land they have seized"): the ground
#: named by how it was won, the object of another verb, not taken now.
_CONTACT_RELATIVE = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:territory|territories|ground|land|lands|areas?|parts?|"
    r"positions?|towns?|villages?|settlements?)\s+(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|"
    r"it|they|he|she|we|you|the\s+[a-z-]+)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:(?:already|recently|since|just)\s+)?$")


#: An arrest participle standing as an adjective after a possessive, before the people it
#: describes ("their detained relatives", "his arrested colleagues"): people already held,
#: named as the victims or object of another deed, not a detention told. A count or
#: quantifier before it ("used many detained civilians as shields") may be the news of
#: their detention and is left to the cue, unless the held are the dead of a killing ("an
#: air raid kills 20 detained villagers"): victims named by how they were held.
_HELD_BEFORE = re.compile(r"(?:\b(?:their|his|her|its|our)\s+|\b(?:kill(?:s|ed|ing)?|"
                          r"execut(?:es|ed|ing)|shot|shoots)\s+(?:(?:at\s+least|about|some|"
                          r"nearly|more\s+than|over)\s+)?(?:\d[\d,]*|two|three|four|five|"
                          r"six|seven|eight|nine|ten|dozens\s+of|scores\s+of|several|many)?"
                          r"\s*)(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_HELD_AFTER = re.compile(r"\s+(?:family|families|relatives?|members?|"
                         r"men|women|people|persons|activists?|protesters?|protestors?|"
                         r"soldiers?|journalists?|reporters?|prisoners?|suspects?|civilians?|"
                         r"villagers?|children|students?|leaders?|politicians?|workers?|"
                         r"officials?|detainees?|fighters?|colleagues?|comrades?|sons?|"
                         r"daughters?|husbands?|wives|brothers?|fathers?|mothers?)\b")


#: A possessive right before a participle ("the RSF's expanding control", "its tightening
#: hold"), and control or a hold right after it: the participle is the noun's adjective.
_OWNER_BEFORE = re.compile(r"(?:['’]s?|\b(?:its|their|his|her|our))\s+$", re.IGNORECASE)
_CONTROL_AFTER = re.compile(r"\s+(?:control|hold|grip)\s+(?:of|over|on)\b", re.IGNORECASE)


def _attributive(text: str, start: int, end: int) -> bool:
    """A capture participle standing as an adjective between an article and a place, or
    after a place it describes ("the parts of the town occupied by the enemy"), or a taking
    in a relative clause with no "that" ("the territory Ukraine captured"), or a force's
    control named as a noun with a participle for its course ("the RSF's expanding control
    of the state carries consequences"): a holding described, no taking told."""
    word = text[start:end]
    if " " not in word and word.lower().endswith("ing") and \
            _OWNER_BEFORE.search(text, max(0, start - 12), start) is not None and \
            _CONTROL_AFTER.match(text, end) is not None:
        return True
    if " " not in word and word.lower() in ("took", "seized", "captured", "occupied", "won",
                                            "taken", "retook", "recaptured", "overran") \
            and _CONTACT_RELATIVE.search(text, max(0, start - 80), start) is not None:
        return True
    if " " in word or not word.lower().endswith(("ed", "en")):
        return False
    if word.lower() in ("detained", "arrested", "apprehended") and \
            _HELD_BEFORE.search(text, max(0, start - 40), start) is not None and \
            _HELD_AFTER.match(text, end) is not None:
        return True
    if _ARTICLE_BEFORE.search(text, max(0, start - 40), start) is not None and \
            _PLACE_AFTER.match(text, end) is not None:
        return True
    place = _PLACE_BEFORE.search(text, max(0, start - 80), start)
    # a headline's "Parts of X occupied by …" drops its auxiliary: a verb comes before
    return place is not None and _BY_AFTER.match(text, end) is not None and \
        text[:place.start()].strip() != ""


#: What stands between a verb of seeing and the deed seen ("seen massing", "were spotted
#: this week moving into").
_SEEN_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,2}?", re.IGNORECASE)
#: What stands between a deployment noun and the verb of seeing it is the subject of ("a
#: regrouping of some enemy units was also recorded", "a build-up of forces has been seen").
_SEEN_NOUN_GAP = re.compile(r"\s+of\s+(?:[^\s,;:.]+\s+){1,5}?(?:was|were|is|are|has\s+been|"
                            r"have\s+been|had\s+been)\s+(?:(?:also|again|reportedly|"
                            r"recently|already)\s+)?", re.IGNORECASE)


#: A second finite predicate of the same subject, after a deployment ("… have gone back
#: into the line in the region and are once again taking part in assaults there"); not a
#: participle describing the forces ("units stationed in the area and taking part in …").
_AND_ALSO = re.compile(r"[^.;:!?]{0,80}?\band\s+(?:are|is|were|was|have|has|had)\s+"
                       r"(?:(?:now|once\s+again|again|also|already)\s+)*$", re.IGNORECASE)
_TAKING_PART = re.compile(r"(?:take|takes|taking|took|participate|participates|participating|"
                          r"participated)\s+(?:part\s+)?in$", re.IGNORECASE)


#: The cues of an advance that takes no ground ("advanced near X", "moving forward").
_ADVANCE_CUES = frozenset({
    "forces moved on a place", "forces still advancing in a place",
    "forces going on advancing in a place", "forces gaining ground",
    "advance with a heading", "advance told as moving forward near a place",
    "gains near a place", "recent advance assessed", "advanced near a place"})
#: What stands between a verb of seeing and the advance it shows: the force, then maybe a
#: tense ("footage shows Russian troops have advanced", "video shows soldiers advancing").
_SEEN_ADVANCING_GAP = re.compile(r"\s+(?:[\w'’-]+\s+){1,4}?(?:(?:have|has|had|are|is|were|was)"
                                 r"\s+(?:been\s+)?)?", re.IGNORECASE)


def _seen_moving(t: Trigger, found: list[Trigger], text: str) -> bool:
    """A sighting whose complement is a deployment ("convoys were seen massing near Bara")
    or an advance that took ground ("video shows soldiers pushing into the southern part of
    the village"), or whose subject is one ("a regrouping of units was recorded near the
    town"): the deployment or the advance is what was seen, and the sentence's event. Forces
    "based at" a place are no verb of seeing: the verb after the place is their deed. Forces
    sent somewhere and "taking part" in its fighting in the same breath were seen arriving:
    the deployment is the news."""
    return t.event_type == "unit_sighting" and t.cue != "foreign forces based there" and any(
        u.event_type == "attack" and u.cue in _ADVANCE_CUES and t.cue == "units seen"
        and _SEEN_ADVANCING_GAP.fullmatch(text, t.end, u.start) is not None
        for u in found) or t.event_type == "unit_sighting" and \
        t.cue != "foreign forces based there" and any(
        u.event_type in ("troop_deployment", "capture") and (
            _SEEN_GAP.fullmatch(text, t.end, u.start)
            or _SEEN_NOUN_GAP.fullmatch(text, u.end, t.start))
        for u in found) or _TAKING_PART.fullmatch(t.word) is not None and any(
        u.event_type == "troop_deployment" and u.end <= t.start
        and _AND_ALSO.fullmatch(text, u.end, t.start) for u in found)


#: "back" after a passive of pushing ("was pushed back", "were \"driven back\"").
_PUSHED_BACK = re.compile(r"[\"”’']?\s+back\b", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+[\"“‘']?$", re.IGNORECASE)
#: An attack or its fighters named shortly before ("the attack on the barracks, which it
#: said was pushed back"), no ground or line of one's own in between.
_ATTACK_BEFORE = re.compile(r"\b(?:attacks?|assaults?|attackers|assailants|raids?|offensive|"
                            r"incursion)\b(?![^.;:!?]*\b(?:line|lines|front|positions|"
                            r"defen[cs]es|troops|forces|units)\b)[^.;:!?]{0,60}$",
                            re.IGNORECASE)


def _attack_pushed_back(t: Trigger, text: str) -> bool:
    """An attack said to be "pushed back" or "driven back" ("confirmed the attack on the
    barracks, which it said was pushed back"): what was pushed back is the attack, which
    took nothing; a line or forces pushed back ("the defensive line was driven back 3 km")
    gave ground."""
    return t.event_type == "capture" and \
        t.word.lower() in ("pushed", "driven", "drove") and \
        _PUSHED_BACK.match(text, t.end) is not None and \
        _PASSIVE_BEFORE.search(text, max(0, t.start - 20), t.start) is not None and \
        _ATTACK_BEFORE.search(text, max(0, t.start - 90), t.start) is not None


#: A force named in the possessive by the subject of an active verb of seeing ("The
#: brigade's reconnaissance spotted …", "the battalion's drones filmed …"): it is the one
#: that sees.
_SEER_BEFORE = re.compile(r"\b(?:brigade|battalion|regiment|division|unit|platoon|detachment|"
                          r"company|troops|forces|soldiers)['’]s?\s+(?:[\w-]+\s+){1,2}"
                          r"(?:(?:also|again|then|later)\s+)?$", re.IGNORECASE)
#: The transitive verbs of seeing among the sighting cues.
_SEEING = re.compile(r"(?:spotted|observed|sighted|filmed|photographed|identified|detected|"
                     r"recorded|noticed|saw)$", re.IGNORECASE)


#: A verb of striking joined to an active verb of seeing ("troops had \"identified and
#: eliminated\" five armed men", "spotted and destroyed a launcher"): the seers struck.
_SEEN_AND_STRUCK = re.compile(r"[\"”’']?\s+and\s+(?:then\s+)?(?:eliminated|killed|destroyed|"
                              r"struck|hit|neutrali[sz]ed|shot|engaged|targeted)\b",
                              re.IGNORECASE)


def _seer_named(t: Trigger, text: str, word_starts: list[int]) -> bool:
    """A sighting whose only force is the one seeing ("The brigade's reconnaissance spotted
    the movement of the enemy's groups", "troops combing the area identified and eliminated
    five armed men"): what is seen is the object, and it names no force; the seer's own
    unit is not news of who is where (the one it struck is the attack's)."""
    if t.cue != "units seen" or _SEEING.match(t.word) is None or \
            _SEER_BEFORE.search(text, max(0, t.start - 60), t.start) is None and \
            _SEEN_AND_STRUCK.match(text, t.end) is None or \
            _PASSIVE.search(text, 0, t.start) is not None:
        return False
    cue = next(c for c in _cues()[0] if c.name == t.cue and c.with_words is not None
               and c.words.fullmatch(t.word))
    last = _word_index(word_starts, t.end - 1)
    hi_index = last + cue.window + 1
    hi = word_starts[hi_index] if hi_index < len(word_starts) else len(text)
    return next(_required(cue.with_words, text, t.end, hi, True), None) is None


#: Weapons as the subject right before a verb of reaching ("Drones have reached the city
#: too", "Russian missiles reached Lviv"): how far the strikes went.
_MUNITIONS_SUBJECT = re.compile(r"\b(?:drones?|missiles?|rockets?|shells?|bombs?|projectiles?|"
                                r"air\s?strikes?|strikes|shelling)\s+(?:(?:have|has|had)\s+)?"
                                r"(?:(?:also|now|even|already|finally)\s+)?$", re.IGNORECASE)


#: A munition as what landed, with who fired it ("a shell fired by junta troops landed on
#: the market", "rockets launched from the hills landed in the town"): the forces named fired
#: it, none arrived.
_MUNITION_LANDED = re.compile(
    r"\b(?:shells?|rockets?|missiles?|bombs?|mortars?|rounds|projectiles?|drones?|grenades?)"
    r"\s+(?:(?:fired|launched|dropped|lobbed|sent)\s+(?:by|from)\s+[^,.;:]{1,50}?\s+)?"
    r"(?:(?:have|has|had)\s+)?(?:(?:also|reportedly|then)\s+)?$", re.IGNORECASE)


def _munitions_reached(t: Trigger, text: str) -> bool:
    """A place weapons reached ("Drones have reached the town too"): struck from afar, no
    ground taken."""
    return t.event_type == "capture" and t.word.lower().startswith("reach") and \
        _MUNITIONS_SUBJECT.search(text, max(0, t.start - 60), t.start) is not None


#: A toll told by the kinds of death it counts ("the toll covers people killed in the
#: fighting, in field executions and in Israeli shelling", "the figure includes those who
#: died in air strikes"): the makeup of a count, no strike named.
_TOLL_MAKEUP = re.compile(r"\b(?:toll|tally|figure|count|total|death\s+count)\s+(?:covers|"
                          r"covered|includes|included|comprises|comprised|counts|spans|"
                          r"encompasses|takes\s+in|is\s+made\s+up\s+of)\s+(?:[a-z'’-]+\s+){0,4}?"
                          r"(?:killed|who\s+died|who\s+were\s+killed|deaths|dead)\s+"
                          r"(?:in|by|from|during)\s+[^.;:\d]*$", re.IGNORECASE)


def _toll_makeup(t: Trigger, text: str) -> bool:
    """An attack cue naming one kind of death a toll counts ("the toll covers people killed
    in the fighting and in shelling"): what the count is made of, no strike of its own;
    a death told on a day of its own ("killed in shelling on Monday") stays a strike."""
    return t.event_type == "attack" and \
        _TOLL_MAKEUP.search(text, max(0, t.start - 150), t.start) is not None and \
        _ONE_DAY.search(text) is None


#: Forces of two sides named together as a subject ("Russian and Ukrainian forces", "troops
#: of both sides", "the two armies", a country's army and the armed group it fights: "Sudan's
#: army and the rival paramilitary Rapid Support Forces", "the army and the RSF"). The
#: group is named (an acronym, or a name ending in "Forces"), or by its kind; not another
#: army's "troops" or "forces" ("the Russian army and North Korean troops" fight on one side).
_BOTH_SIDES = re.compile(
    r"\b(?:[A-Z][\w'’-]+\s+and\s+[A-Z][\w'’-]+\s+(?:forces|troops|soldiers|fighters|units)|"
    r"(?:army|military)\s+and\s+(?:the\s+)?(?:(?:rival|paramilitary|rebel|armed)\s+){0,2}"
    r"(?:(?:[A-Z][\w'’-]+\s+){1,3}Forces|[A-Z]{2,}|(?:rebels|paramilitaries|insurgents|"
    r"militias?)\b)|"
    r"(?:forces|troops|soldiers|fighters|units)\s+(?:of|from)\s+both\s+sides|"
    r"both\s+(?:sides|armies)|the\s+two\s+(?:sides|armies))\b")


def _both_sides_fighting(t: Trigger, text: str) -> bool:
    """Forces "still fighting" (or that "fought") somewhere whose subject names both sides:
    the fighting between them, an attack there, not a sighting of one side's forces."""
    if t.event_type != "unit_sighting" or not any(
            w in t.word.lower() for w in ("fight", "fought", "battl")):
        return False
    lo, hi = _subject(text, t.start)
    return _BOTH_SIDES.search(text, lo, hi) is not None


#: The fighting itself opening a clause ("Fighting between the army and the RSF goes on in
#: the town and has reached X", "the clashes have now reached the district").
_FIGHTING_OPENS = re.compile(
    r"\s*(?:the\s+)?(?:(?:heavy|fierce|intense|renewed|armed|sporadic|ongoing|latest|violent|"
    r"deadly)\s+){0,2}(?:fighting|clashes|battles?|combat|hostilities|violence|war|conflict)\b",
    re.IGNORECASE)
#: A subject that is only a conjunction: the verb shares the subject of the clause before.
_BARE_CONJUNCTION = re.compile(r"\s*(?:and|but|then|and\s+then)?\s*", re.IGNORECASE)


def _fighting_reached(t: Trigger, text: str) -> bool:
    """A verb of reaching whose subject is the fighting ("fighting … has reached the town",
    "the clashes reached the district"): the war spread there, no force took or entered it.
    A verb with a bare conjunction for subject shares its clause's opening subject."""
    if not t.word.lower().startswith("reach"):
        return False
    lo, hi = _subject(text, t.start)
    if _BARE_CONJUNCTION.fullmatch(text, lo, hi):
        lo = max((m.end() for m in _SUBJECT_OPEN.finditer(text, 0, t.start)), default=0)
        fronted = _FRONTED.match(text, lo, t.start)
        if fronted is not None:
            lo = fronted.end()
    return _FIGHTING_OPENS.match(text, lo, t.start) is not None


#: A count as what was reached ("the first toll … had reached nine dead", "the number of
#: displaced reached 3,000"): a figure rising, no place reached; a distance is still ground
#: ("reached 5 km from the town").
_COUNT_REACHED = re.compile(
    r"\s+(?:a\s+(?:total\s+of\s+)?)?(?:(?:about|around|at\s+least|more\s+than|over|nearly|"
    r"almost|some|roughly|up\s+to|an\s+estimated)\s+)?(?:\d[\d,.]*(?![\d,.]*\s*(?:km|kilomet(?:re|er)s?|"
    r"miles?|met(?:re|er)s?|m)\b)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|(?:a\s+)?dozens?|hundreds|thousands|scores)\b", re.IGNORECASE)


def _count_reached(t: Trigger, text: str) -> bool:
    """A verb of reaching whose object is a number: a toll or a count rising."""
    return t.word.lower().startswith("reach") and _COUNT_REACHED.match(text, t.end) is not None


#: A person reached by a means of contact ("an official, reached by phone by AFP, said",
#: "could not be reached for comment", "reached via WhatsApp"): spoken to, no place reached.
_CONTACTED = re.compile(r"\s+(?:(?:by|via|over)\s+(?:the\s+)?(?:tele)?phone|by\s+(?:e-?mail|text|"
                        r"telegram|messag(?:e|ing))|(?:via|over|on)\s+(?:whatsapp|telegram|signal|"
                        r"e-?mail|social\s+media)|for\s+(?:comment|a\s+comment|reaction))\b",
                        re.IGNORECASE)


def _person_contacted(t: Trigger, text: str) -> bool:
    """A verb of reaching whose means is a phone or a message: someone contacted."""
    return t.word.lower().startswith("reach") and _CONTACTED.match(text, t.end) is not None


#: A share of a territory as what a side holds ("now control 77% of the Strip", "occupy about
#: a fifth of the country", "holds nearly 20 per cent of the region"): how much it holds, a
#: running measure of the war, no place taken.
_SHARE_HELD = re.compile(
    r"\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|less\s+than|"
    r"close\s+to|approximately|an\s+estimated)\s+)?(?:\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b)|"
    r"(?:a|one|two|three)[\s-]+(?:thirds?|quarters?|fifths?|tenths?)\b|half\b)"
    r"(?:\s+or\s+more)?\s+of\b", re.IGNORECASE)
#: The verbs of holding ground.
_HOLDING = re.compile(r"\b(?:control|controls|controlled|hold|holds|held|occup(?:y|ies|ied))$",
                      re.IGNORECASE)


#: A share of a place named as what a side holds in a relative clause about it ("an area
#: almost all of which the rebels have brought under their control", "a district most of
#: which the army holds"): the place described by who holds it, no place taken now.
_SHARE_OF_WHICH = re.compile(
    r"\b(?:(?:almost|nearly|virtually|practically)\s+)?(?:all|most|much|half|parts?|"
    r"large\s+parts|swathes|some|a\s+(?:large|big)\s+part)\s+of\s+which\s+"
    r"(?:[\w'’-]+\s+){1,6}?(?:(?:has|have|had)\s+)?(?:(?:now|since|already|long)\s+)?$",
    re.IGNORECASE)


def _share_held(t: Trigger, text: str) -> bool:
    """A verb of holding ground whose object is a share of a territory, or one telling who
    holds a share of a place in a relative clause about it."""
    return t.event_type == "capture" and (
        _HOLDING.search(t.word) is not None and _SHARE_HELD.match(text, t.end) is not None
        or _SHARE_OF_WHICH.search(text, max(0, t.start - 120), t.start) is not None)


#: A part of a place reached from outside ("reached the outskirts of the city", "its troops
#: reached the centre of the village"): how far an advance went, no force sent to stay.
_FRONT_REACHED = re.compile(r"\s+(?:the\s+)?(?:(?:outer|eastern|western|northern|southern)\s+)?"
                            r"(?:outskirts|centre|center|edges?|heart|gates|approaches)\s+of\b",
                            re.IGNORECASE)


#: Words after a movement verb that send forces on by a bearing or to the next place, no
#: destination to stay at ("kept moving north", "moved westwards", "moved on to the town");
#: not "moved forward", which may tell the forces brought up for the push.
_ONWARD = re.compile(r"\s+(?:further\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?|east|"
                     r"west)(?:wards?)?\b|on\s+to(?:wards?)?\b)", re.IGNORECASE)
#: A taking told before, in a clause of the sentence ("Once the town had fallen, …",
#: "Having retaken the village, …", "after capturing the base").
_AFTER_TAKING = re.compile(r"\b(?:once|after|having)\s+(?:[\w'’-]+\s+){0,5}?(?:fell|fallen|"
                           r"(?:re)?tak(?:en|ing)|captur(?:ed|ing)|seiz(?:ed|ing)|overrun)\b",
                           re.IGNORECASE)


def _moving_onward(t: Trigger, text: str, taking: bool) -> bool:
    """Forces "moving north" or "moving on to" a town in a sentence telling ground taken
    (``taking``: a capture cue) or after a taking ("Once the town had fallen, the troops
    moved on to …"): the advance going on, no deployment."""
    return t.event_type == "troop_deployment" and t.word.lower().startswith("mov") and \
        _ONWARD.match(text, t.end) is not None and \
        (taking or _AFTER_TAKING.search(text, 0, t.start) is not None)


def _advance_reached(t: Trigger, text: str) -> bool:
    """Forces that "reached the outskirts" or "the centre" of a place: the front moved
    there, no deployment told."""
    return t.event_type == "troop_deployment" and t.word.lower() == "reached" and \
        _FRONT_REACHED.match(text, t.end) is not None


#: A force's own operation closed by its leaving ("withdrew from the camp on Friday, ending
#: an operation against …", "pulled out of the city after a three-day raid").
_OWN_OPERATION_ENDED = re.compile(
    r"[^.;:!?]{0,140}?(?:,\s+(?:ending|concluding|wrapping\s+up|closing)|\bafter)\s+"
    r"(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:operation|raid|incursion|sweep)s?\b",
    re.IGNORECASE)


#: A depth gained told as a pace ("gaining 200 to 300 metres a day", "advancing up to two
#: kilometres per week"): how fast an offensive goes, no ground told taken.
_PACE = re.compile(r"\s+(?:[\w,.-]+\s+){0,5}?(?:kilomet(?:re|er)s?|km|met(?:re|er)s|miles?)\s+"
                   r"(?:(?:a|per|each|every)\s+(?:day|week)|daily|weekly)\b", re.IGNORECASE)


def _pace_of_advance(t: Trigger, text: str) -> bool:
    """Ground gained by depth told at a rate ("are gaining 300 metres a day as they move
    on the town"): the advance's pace, not ground taken."""
    return t.cue == "ground gained by depth" and _PACE.match(text, t.end) is not None


#: What follows forces still at work in a place when it is their own raid going on ("were
#: still operating in the camp on Friday, days after launching an incursion there", "a week
#: into their offensive"): the words after the trigger up to the raid's noun.
_OWN_RAID_GOING_ON = re.compile(
    r"[^.;:!?]{0,80}?\b(?:(?:after|since)\s+(?:launching|starting|beginning|mounting)|"
    r"(?:days?|weeks?|months?)\s+into)\s+(?:(?:a|an|the|its|their|what)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:raids?|operations?|offensives?|incursions?|assaults?|"
    r"campaigns?)\b", re.IGNORECASE)


def _raid_going_on(t: Trigger, text: str) -> bool:
    """Forces still at work in a place, told as their own raid going on there ("were still
    operating in the town, almost a week after launching raids there"): the raid, an attack,
    no sighting of its own."""
    return t.cue == "forces still operating" and _OWN_RAID_GOING_ON.match(text, t.end) is not None


def _raid_ended(t: Trigger, text: str) -> bool:
    """A force that left a place when its own raid there ended ("troops withdrew from the
    camp, ending a two-week operation"): the place was raided, never handed over."""
    return t.cue == "place abandoned" and _OWN_OPERATION_ENDED.match(text, t.end) is not None


#: A strike's target described by who was there ("aimed at a restaurant where officers had
#: gathered", "struck a hotel in which foreign soldiers were staying"): the words from the
#: strike's verb to the relative clause the cue stands in.
_TARGET_WHERE = re.compile(r"\b(?:aimed\s+at|aiming\s+at|targeted|targeting|targets|struck|"
                           r"hit|hitting|strikes?\s+on|attacks?\s+on|shelled|bombed)\s+"
                           r"(?:[^\s,;:.]+\s+){0,8}?(?:where|in\s+which|at\s+which|"
                           r"housing|used\s+by)\s+(?:[^\s,;:.]+\s+){0,8}$", re.IGNORECASE)


def _target_described(t: Trigger, text: str) -> bool:
    """Forces named only in the description of a strike's target ("the strike had been
    aimed at a restaurant where foreign military personnel had gathered"): the strike's
    justification, no deployment or sighting of its own."""
    return t.event_type in ("troop_deployment", "unit_sighting") and \
        _TARGET_WHERE.search(text, max(0, t.start - 160), t.start) is not None


#: Forces named by where they are posted, as a participle with no auxiliary after their
#: definite noun ("a gunfight between the militants and the troops stationed at the base",
#: "the soldiers deployed in the town returned fire", "their units, deployed to guard the
#: road, came under attack", "the army detachment stationed in the town came under attack",
#: a people's adjective before it), or by their unit ("troops of 3 Battalion deployed at the base
#: repelled an attack"): the garrison an attack met.
_GARRISON_BEFORE = re.compile(r"(?:\b(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?|"
                              r"\b(?:troops|soldiers)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)"
                              r"(?:troops|soldiers|forces|servicemen|personnel|garrison|units?|"
                              r"contingent|detachment|battalion|brigade|regiment|division|"
                              r"company)"
                              r"(?:\s+|\s*,\s*)$", re.IGNORECASE)
_GARRISON_WORDS = frozenset({"stationed", "deployed", "posted", "positioned", "based"})
#: The same forces told by the attack they suffered, then where they had been posted ("the
#: detachment that was attacked had been deployed to guard the airfield").
_VICTIMS_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:troops|soldiers|"
                             r"forces|servicemen|personnel|garrison|units?|contingent|"
                             r"detachment|battalion|brigade|company|patrol|convoy)\s+"
                             r"(?:that|which|who)\s+(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?"
                             r"(?:attacked|ambushed|targeted|struck|hit|overrun|killed)\s+"
                             r"(?:had\s+been|were|was)\s+$", re.IGNORECASE)

#: The place attacked described by who was posted there, in a relative clause ("the raid on
#: the outpost, where about 70 personnel were stationed, …").
_POSTED_WHERE = re.compile(r"\b(?:where|in\s+which|at\s+which)\s+(?:[\w'’,-]+\s+){0,5}?"
                           r"(?:troops|soldiers|forces|servicemen|personnel|garrison|units?|"
                           r"men|policemen|police|officers|fighters)\s+(?:were|was|had\s+been|"
                           r"are|is|have\s+been|has\s+been)\s+$", re.IGNORECASE)


def _garrison_described(t: Trigger, text: str) -> bool:
    """A deployment cue that only describes the troops an attack in the same sentence
    fought ("the troops stationed at the base", "the unit that was attacked had been posted
    there", "the outpost, where 70 personnel were stationed"): no forces sent there now."""
    return t.event_type == "troop_deployment" and t.word.lower() in _GARRISON_WORDS and (
        _GARRISON_BEFORE.search(text, max(0, t.start - 60), t.start) is not None
        or _VICTIMS_BEFORE.search(text, max(0, t.start - 120), t.start) is not None
        or _POSTED_WHERE.search(text, max(0, t.start - 100), t.start) is not None)


#: A military post named in the sentence ("Kasen base lies five miles west of the town").
_POST = re.compile(r"\b(?:base|outpost|post|camp|barracks|garrison|fort|checkpoint)s?\b",
                   re.IGNORECASE)
#: Troops that had been posted at a place, in the past perfect ("nearly 50 soldiers had been
#: stationed there").
_HAD_BEEN_POSTED = re.compile(r"\bhad\s+been\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


#: Forces told in the simple present doing something "before going on the attack" or
#: "before launching assaults" ("the troops assemble in groups of 20 before going on the
#: attack"): how they operate, no attack told. A past verb ("regrouped", "took up
#: positions") tells one.
_ROUTINE_STEP = re.compile(
    r"\b(?:troops|soldiers|fighters|units|forces|servicemen|militants|gunmen|insurgents|"
    r"they)\s+(?:usually\s+|often\s+|typically\s+|first\s+|now\s+|generally\s+)?"
    r"(?P<verb>[a-z]+)\s+[^.;:!?]{0,80}?\b(?:before|after)\s+(?:going|launching|mounting|"
    r"carrying\s+out|moving)\s+(?:on\s+|out\s+|into\s+)?(?:the\s+|an?\s+|their\s+)?"
    r"(?:[\w-]+\s+)?$")
_NOT_PRESENT = frozenset((
    "are", "were", "was", "is", "had", "have", "has", "will", "would", "could", "can", "may",
    "might", "must", "should", "did", "do", "does", "in", "at", "on", "near", "of", "and",
    "from", "to", "who", "which", "that", "with", "took", "went", "made", "began", "fought",
    "struck", "ran", "drove", "came", "held", "sent", "set", "hit", "shot", "lost", "won",
    "fled", "left", "met", "got", "withdrew", "overran", "broke", "gave", "saw", "stood"))


#: An attack told as the last of a string of habits in the simple present, joined by "and"
#: ("they waste ammunition on distant drones and go on the attack without artillery
#: cover"): how forces fight, no attack told. A past verb ("and went on the attack") tells
#: one.
_GO_ON_THE_ATTACK = re.compile(r"\b(?:and|or|then)\s+(?:often\s+|usually\s+|simply\s+)?"
                               r"go\s+on\s+the\s+$", re.IGNORECASE)


def _routine_step(t: Trigger, text: str) -> bool:
    """The attack cue ends a step of a routine told in the simple present (see
    ``_ROUTINE_STEP`` and ``_GO_ON_THE_ATTACK``)."""
    if t.event_type != "attack":
        return False
    if _GO_ON_THE_ATTACK.search(text, max(0, t.start - 40), t.start) is not None:
        return True
    m = _ROUTINE_STEP.search(text, max(0, t.start - 160), t.start)
    return m is not None and m["verb"] not in _NOT_PRESENT and not m["verb"].endswith("ed")


#: A place named right after a verb of seizing, with what it is ("seized Zaporizke, a small
#: settlement", "captured Kamianka, a village near the border").
_PLACE_SEIZED = re.compile(r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+(?:a|an|the)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:settlement|village|town|hamlet|locality|"
                           r"city|district|township|base|outpost)\b")


def _former_garrison(t: Trigger, text: str) -> bool:
    """The strength of a base's garrison told in the past perfect ("the base lies five
    miles west of the town, and nearly 50 soldiers had been stationed there"): who held
    the post before the news, no forces sent there."""
    return t.event_type == "troop_deployment" and t.word.lower() in (
        "stationed", "posted", "based", "garrisoned") and \
        _HAD_BEEN_POSTED.search(text, max(0, t.start - 30), t.start) is not None and \
        _POST.search(text) is not None


@dataclass(frozen=True)
class _Predicates:
    unmapped_before: re.Pattern
    unmapped_after: re.Pattern
    status: re.Pattern
    movement: re.Pattern
    movers: re.Pattern
    journeys: re.Pattern
    subjects: re.Pattern
    civilians: re.Pattern


@cache
def _predicates() -> _Predicates:
    data = cues.load("events")["predicates"]
    verbs = cues.alternation(data["unmapped"])
    return _Predicates(
        re.compile(rf"(?<![\w]){verbs}(?:\s+[^\s,;:.]+){{0,5}}\s+$", re.IGNORECASE),
        re.compile(rf"(?:\s+[^\s,;:.]+){{0,4}}?\s+(?:was|were|is|are|has\s+been|have\s+been|"
                   rf"had\s+been|being)\s+{verbs}(?![\w])", re.IGNORECASE),
        re.compile(cues.alternation(data["status"]), re.IGNORECASE),
        re.compile(cues.alternation(data["movement"]), re.IGNORECASE),
        cues.words_regex(data["movers"]),
        re.compile(cues.alternation(data["journeys"]), re.IGNORECASE),
        cues.words_regex([*data["civilians"], *data["forces"]]),
        re.compile(cues.alternation(data["civilians"]) + "$", re.IGNORECASE))


#: A status noun naming an exchange of people held ("a POW swap", "prisoner of war
#: exchanges"): people handed back, none taken.
_SWAP_AFTER = re.compile(r"\s+(?:exchanges?|swaps?)\b", re.IGNORECASE)


#: Where the clause of a verb may open: a comma, a dash, a subordinating conjunction
#: ("residents fled as fighters entered the town"), a verb of speech or its "that"
#: ("residents said that troops entered the town"), a relative pronoun.
_CLAUSE_OPEN = re.compile(r"[,—–(]|\b(?:as|when|while|after|before|because|since|until|once|"
                          r"where|whereas|that|said|says|told|tells|reported|according\s+to|"
                          r"(?P<relative>who|which))\b", re.IGNORECASE)


#: A verb's clause with no subject of its own, only auxiliaries and adverbs before the
#: verb (", had arrived", ", have since reached").
_BARE_PREDICATE = re.compile(r"(?:\s*\b(?:had|has|have|was|were|is|are|been|also|then|"
                             r"since|already|now|later|finally|\w+ly)\b)*\s*", re.IGNORECASE)


def _journey(t: Trigger, text: str, p: _Predicates) -> bool:
    """A movement verb whose subject is a civilian ("a teacher who reached El Obeid from
    Dilling", "displaced families arrived in Tawila"): a journey, no capture or deployment.
    The subject is the first person or force named in the verb's clause ("troops escorting
    civilians reached the town" keeps the troops), or the noun its relative pronoun stands
    for ("the teacher, who reached …")."""
    if t.event_type not in ("capture", "troop_deployment", "unit_sighting") or \
            not p.journeys.fullmatch(t.word):
        return False
    before = re.split(r"[;:]", text[:t.start])[-1]
    opens = list(_CLAUSE_OPEN.finditer(before))
    start = opens[-1].end() if opens else 0
    subject = p.subjects.search(before, start)
    # the comma closes an appositive ("1,850 displaced people, most of them women, had
    # arrived"): the subject is the noun the appositive follows, or failing one there, the
    # appositive's own
    if subject is None and len(opens) >= 2 and opens[-1].group(0) == "," and \
            opens[-2].group(0) == "," and _BARE_PREDICATE.fullmatch(before, start):
        head = opens[-3].end() if len(opens) >= 3 else 0
        subject = p.subjects.search(before, head, opens[-2].start()) or \
            p.subjects.search(before, opens[-2].end(), opens[-1].start())
    if subject is None and opens and opens[-1].group("relative"):  # its antecedent
        subject = next(reversed(list(p.subjects.finditer(before, 0, opens[-1].start()))), None)
    return subject is not None and p.civilians.fullmatch(subject.group(0)) is not None


def _by_predicate(found: list[Trigger], text: str) -> list[Trigger]:
    """Type cues by the predicate that governs them: a status noun ("a prisoner of war", "two
    captured soldiers") in the object or subject of a verb we map to no event ("sentenced",
    "charged", "exchanged") tells no capture; movement told of a convoy or column ("a convoy
    of troops crossed into the region") is a deployment unless a hostile act is told beside
    it ("… and shelled two villages"); civilians' journeys are neither, and attackers who
    went in to kill ("gunmen entered the village and shot five men") took no ground."""
    p = _predicates()
    # the incursion a move into a place is named as ("… during the incursion") is that move
    hostile = any(t.event_type == "attack" and not p.movement.fullmatch(t.word)
                  and not (t.word.lower().startswith(("incursion", "raid")) and
                           _INCURSION_PHRASE.search(text, max(0, t.start - 40), t.start))
                  for t in found)
    out = []
    for t in found:
        if _journey(t, text, p):
            continue
        if t.event_type == "capture" and p.status.fullmatch(t.word) and (
                p.unmapped_before.search(re.split(_CLAUSE_PUNCTUATION, text[:t.start])[-1]) or
                p.unmapped_after.match(text, t.end) or _SWAP_AFTER.match(text, t.end)):
            continue
        if t.event_type == "capture" and p.movement.fullmatch(t.word) and \
                (_RAID_DEED.match(text, t.end) or _WENT_BACK.match(text, t.end)):
            continue  # gunmen who entered a village and killed there: a raid, no ground taken
        if t.event_type == "capture" and p.movement.fullmatch(t.word) and \
                _INCURSION_NAMED.match(text, t.end):
            # forces that went in on an incursion: moved in, no ground taken
            t = replace(t, event_type="troop_deployment", cue="forces moved in",
                        count_kinds=("troops", "units"))
        if t.event_type == "capture" and p.movement.fullmatch(t.word) and \
                _REGION_ENTERED.match(text, t.end):
            # forces that went into a whole region ("11,000 troops had entered Russia's
            # Kursk region"): moved in, a deployment; ground is taken town by town
            t = replace(t, event_type="troop_deployment", cue="forces moved in",
                        count_kinds=("troops", "units"))
        if t.event_type == "troop_deployment" and hostile and p.movement.fullmatch(t.word) \
                and p.movers.search(_verb_clause(text, t.start)):
            continue  # armour that pushed in and shelled: the attack tells it
        if t.event_type == "troop_deployment" and _VICTIMS_UNDERWAY.search(text, 0, t.start) \
                and _FORCES_DISPATCHED.match(text, t.end) is None \
                and any(a.event_type == "attack" and a.end <= t.start for a in found):
            continue  # troops ambushed as they were coming back: the ambush is the event
        if t.event_type != "troop_deployment" and not hostile and \
                p.movement.match(text, t.start) and \
                p.movers.search(_verb_clause(text, t.start)):
            t = replace(t, event_type="troop_deployment", cue="column moved in",
                        count_kinds=("troops", "units"))
        out.append(t)
    return out


#: A temporal clause telling where the targets of an attack were going when it hit them
#: ("ambushed the troops as they were coming back from a supply run", "attacked the convoy
#: while it was travelling to the base"): their movement, no deployment.
_VICTIMS_UNDERWAY = re.compile(r"\b(?:as|while|when)\s+(?:they|it|he|she|(?:the|their|its)\s+"
                               r"[\w-]+(?:\s+[\w-]+)?)\s+(?:(?:were|was)\s+)?(?:\w+ly\s+)?$",
                               re.IGNORECASE)
#: Forces or armour as the object of the deployment verb ("as the army sent tanks into the
#: area", "while it moved fresh troops up"): the clause's subject dispatched them, nobody
#: caught on the way.
_FORCES_DISPATCHED = re.compile(r"\s+(?:in\s+|up\s+)?(?:[\w'’-]+\s+){0,2}?(?:troops|soldiers|"
                                r"forces|units|reinforcements|tanks|armou?r|armou?red\s+vehicles|"
                                r"infantry|paratroopers|marines|battalions?|brigades?)\b",
                                re.IGNORECASE)


#: A whole region named as where forces went ("entered Russia's Kursk region", "moved into
#: the Belgorod region", "entered Sweida province").
_REGION_ENTERED = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?(?:(?:north|south|east|west)[\w-]*\s+|"
    r"central\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?i:region|oblast|province|governorate)\b"
    r"(?!\s+of\b)")


#: What attackers did where they went in ("entered the village and shot five men",
#: "entered the camp at night, abducting 20 women"): a raid that took no ground.
_RAID_DEED = re.compile(
    r"[^.;:!?]{0,160}?(?:\b(?:and|then|before)\s+(?:then\s+)?(?:[a-z]+ly\s+)?(?:killed|shot|"
    r"abducted|kidnapped|massacred|executed|beheaded|burned|burnt|torched|looted|opened\s+fire|"
    r"set\s+fire)|,\s+(?:killing|shooting|abducting|kidnapping|massacring|executing|beheading|"
    r"setting\s+fire))\b",
    re.IGNORECASE)


#: Forces that went into a place in what the sentence calls an incursion or a raid ("a force
#: of three tanks entered the village and closed off several roads during the incursion"), or
#: that searched or detained there ("entered the town and searched homes"): an incursion,
#: forces moved in, which takes no ground unless control is told.
_IN_THE_COURSE_OF = (r"\b(?:during|in|in\s+the\s+course\s+of|as\s+part\s+of)\s+"
                     r"(?:the|an?|its|their|this|that)\s+(?:[\w-]+\s+)?")
_INCURSION_PHRASE = re.compile(rf"{_IN_THE_COURSE_OF}$", re.IGNORECASE)
_INCURSION_NAMED = re.compile(
    rf"[^.;:!?]{{0,160}}?(?:{_IN_THE_COURSE_OF}(?:incursions?|raids?)\b|"
    r"(?:\b(?:and|then|before)\s+(?:then\s+)?|,\s+)(?:searched|raided|detained|arrested|"
    r"closed\s+off|cordoned\s+off|searching|raiding|detaining|arresting|closing\s+off|"
    r"cordoning\s+off)\b)",
    re.IGNORECASE)
#: Forces that went into a place and left it again ("the attackers entered the town and
#: fought a short battle before pulling back"): a raid, no ground taken.
_WENT_BACK = re.compile(r"[^.;:!?]{0,160}?\b(?:and|then|before|after)\s+(?:then\s+)?"
                        r"(?:withdrew|withdrawing|pulled\s+(?:back|out)|pulling\s+(?:back|out)|"
                        r"retreated|retreating)\b", re.IGNORECASE)


#: An apposition right before a verb ("the convoy, about 140 vehicles, reached …"): the
#: subject stands before it.
_APPOSITION_BEFORE = re.compile(r",[^,;:]{1,40},\s*$")


def _verb_clause(text: str, pos: int) -> str:
    """The text of the clause up to the verb at ``pos``, an apposition after its subject
    left out."""
    return re.split(_CLAUSE_PUNCTUATION, _APPOSITION_BEFORE.sub(" ", text[:pos]))[-1]


# "likely to attack", "preparing to deploy": not an aim but a forecast or a plan, which
# modality.py reads.
_MODAL_TO = re.compile(r"\b(?:likely|expected|set|about|going|due|preparing|prepared|ready|"
                       r"plans?|planning|intends?|aims?|wants?|threaten(?:s|ed)?|"
                       r"promised|vowed|pledged)\s+to\s+$", re.IGNORECASE)
#: The object of an infinitive of purpose ("redeployed … to reinforce the assault on
#: Huliaipole"), also of one of stopping whose side is named instead of an article ("the aim
#: was to stop Russian attacks", not "continue to repel Russian attacks"): the aim of another
#: deed, not an event told.
_PURPOSE_OBJECT = re.compile(r"(?<![\w])(?P<to>to)\s+(?:(?!(?:the|a|an|its|their|his|her|our)\b)"
                             r"[a-z]+\s+(?:the|an?|its|their|any|further)\s+(?:[a-z-]+\s+)?|"
                             r"(?:stop|halt|prevent|deter|end|curb|forestall|avert|thwart)\s+"
                             r"(?-i:[A-Z][\w-]+)\s+)$",
                             re.IGNORECASE)


#: An infinitive of an aim with a second one coordinated after it ("trying to open a new line
#: of attack and take over positions there"): the second is an aim too. The first is a verb
#: (no article or name right after "to") and the clause has no break before the cue, save
#: the commas of a run of bare verbs ("efforts to search for, destroy and capture
#: infiltrators", "to find, track or seize them").
_COORDINATED_AIM = re.compile(r"(?<![\w])(?P<to>\w+(?:\s+\w+){0,3}?\s+to)\s+"
                              r"(?:(?!(?:the|a|an|its|their|his|her|our)\b)[a-z]+\s+"
                              r"[^,;:.()]{0,60}?\band\s+"
                              r"|(?:(?!(?:the|a|an|its|their|his|her|our)\b)[a-z]+"
                              r"(?:\s+(?:for|out|up|down|off|back))?,\s+){1,3}"
                              r"(?!(?:the|a|an|its|their|his|her|our)\b)[a-z]+\s+(?:and|or)\s+)$")
#: A cue in its bare form ("take over", "seize"), as an infinitive stands: not a past deed.
_BARE_VERB = re.compile(r"(?![\w-]*(?:ed|en|ing)\b)(?!(?:took|struck|hit|shot|fell|won|seized)\b)\w",
                        re.IGNORECASE)


#: A deed someone is kept from ("to stop fighters from regrouping", "preventing the enemy
#: from bringing up reserves"), however long the name of who is kept from it ("to keep the
#: paramilitary Rapid Support Forces (RSF) from overrunning the position"): no event, the aim
#: of whoever stops it.
_PREVENTED = re.compile(r"\b(?:stop|stops|stopped|stopping|prevent|prevents|prevented|preventing|"
                        r"deter|deters|deterred|deterring|keep|keeps|kept|keeping|block|blocks|blocked|blocking|"
                        r"bar|bars|barred|barring)\s+(?:[\w'’()-]+\s+){0,7}?from\s+$", re.IGNORECASE)


#: A deed told as made possible, in the past ("the raid made it possible to …"), not what
#: would or will make it possible.
_MADE_IT_POSSIBLE = (r"(?<!would\s)(?<!will\s)(?<!could\s)(?<!may\s)(?<!might\s)"
                     r"(?<!have\s)(?<!has\s)(?<!had\s)"
                     r"\b(?:(?:has|have|had)\s+)?made\s+it\s+possible")


#: A deed someone was made to do ("forcing the soldiers to abandon their posts", "were forced
#: to withdraw from the town") or managed to do ("troops have managed to free two villages",
#: "were able to retake the bridge", "succeeded in" needs no "to"), had to do ("the soldiers
#: had to abandon the camp") or used something to do ("had used their numbers to capture
#: three villages"): its result, told as done, no aim.
_COMPELLED = re.compile(r"\b(?:forc(?:ed|ing)|compell(?:ed|ing))\s+"
                        r"(?:[^\s,;:.]+\s+){0,8}?to\s+$|"
                        r"\b(?:managed|(?:were|was|been)\s+able)\s+(?:[\w'’-]+ly\s+)?to\s+$|"
                        # a deed an operation is told to have made possible, in the past
                        # ("the raid made it possible to neutralise eight and arrest nine
                        # others"): done; not what would or will make it possible
                        + _MADE_IT_POSSIBLE + r"\s+(?:for\s+(?:[^\s,;:.]+\s+){1,4}?)?to\s+$|"
                        # the same in the present, a deed going on ("are still managing to
                        # beat back the fighters", "manage to hold off")
                        r"\b(?:(?:is|are)\s+(?:still\s+)?managing|manages?)\s+(?:[\w'’-]+ly\s+)?"
                        r"to\s+$|"
                        # a share in a deed going on ("North Korean troops are helping to
                        # clear mines along the border"): not a past "helped to", which
                        # recaps, nor what someone was sent to help to do
                        r"\b(?:is|are)\s+(?:still\s+|now\s+|also\s+)?helping\s+to\s+$|"
                        # what forces used to do it with, told as past ("had used their
                        # superiority in men to make gains and to capture three villages"):
                        # the means of a deed done, not the wish; not "could be used to"
                        r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:used|exploited)\s+(?:[^\s,;:.]+\s+){1,14}?to\s+$|"
                        # the same with the means named before its user, in a clause
                        # with no "that" ("the main weapons Russia used to capture the
                        # town", "the drones the army used to strike the base"): not a
                        # habit ("the town Russia used to hold" names no means)
                        r"\b(?:weapons?|arms|bombs?|drones?|missiles?|rockets?|artillery|"
                        r"tanks?|aircraft|jets?|warplanes?|helicopters?|equipment|tactics?|"
                        r"means|methods?)\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?"
                        r"(?-i:[A-Z]|the\s|its\s|their\s)[\w'’-]*(?:\s+[\w'’-]+)?\s+"
                        r"used\s+to\s+$|"
                        # a deed someone was obliged to do, told in the past ("the camp,
                        # which the soldiers had to abandon", "have had to pull back"): done;
                        # not a counterfactual ("would have had to retreat")
                        r"(?<!would\shave\s)(?<!could\shave\s)(?<!might\shave\s)"
                        r"\bhad\s+(?:[\w'’-]+ly\s+)?to\s+$",
                        re.IGNORECASE)


#: A modal of ability right before a cue verb ("routes by which insurgents can move fighters",
#: "drones that can strike airfields", "troops are able to reach the town within hours"): what
#: someone is able to do, no deed told. Not "were able to" (managed to: a deed done) nor "can
#: be seen" (the cue is a participle after "be", a sighting told); but "cannot be moved"
#: (what cannot be done to someone: no deed).
_CAPABLE = re.compile(r"\b(?:can|cannot|can['’]t|(?:is|are|am)\s+(?:not\s+)?(?:able|unable)\s+to)"
                      r"\s+(?:(?:still|now|also|only|easily|quickly|readily|already|not|no\s+longer|"
                      r"even)\s+){0,2}$|\b(?:cannot|can['’]t|can\s+not)\s+be\s+$", re.IGNORECASE)


def _capable(text: str, pos: int) -> bool:
    """The cue at ``pos`` is a verb right after a modal of ability (see ``_CAPABLE``)."""
    return _CAPABLE.search(text, max(0, pos - 40), pos) is not None


#: A group's own account of what it does, in the simple present after "say(s) they/it"
#: ("the rebels say they attack warships in the Red Sea", "the army says it strikes only
#: military targets"): a practice it claims, no one strike told.
_SAYS_IT_DOES = re.compile(r"\b(?:say|says|claim|claims|insist|insists)\s+(?:that\s+)?"
                           r"(?:they|it|we)\s+(?:also\s+|only\s+|still\s+|now\s+)?$",
                           re.IGNORECASE)
_PRESENT_STRIKE = re.compile(r"(?:attacks?|targets?|strikes?|shells?|bombs?|hits|raids?)\b",
                             re.IGNORECASE)


#: A relative clause in the present simple ("the drones that attack them", "units which
#: shell the town"): what someone does as a rule, describing them, no deed told.
_PRESENT_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:also\s+|often\s+|still\s+)?$",
                               re.IGNORECASE)
#: The object right after such a verb ("attack them", "shell the town"): a verb, not the
#: noun of a clause "that strikes across the territory had killed …" opens.
_PRESENT_OBJECT = re.compile(r"\s+(?:them|him|her|it|us|you|the|a|an|their|its|our|his|"
                             r"[A-Z][\w'’-]*)\b")
_PRESENT_VERBS = frozenset(("attack", "attacks", "strike", "strikes", "shell", "shells",
                            "bomb", "bombs", "target", "targets", "raid", "raids"))
#: People named as prisoners and then by their capture ("an interview given by two prisoners
#: of war who were captured by Ukraine"): who they are, the capture no news of its own.
_PRISONERS_WHO = re.compile(r"\b(?:prisoners?(?:\s+of\s+war)?|POWs?|captives?|detainees?)\s+"
                            r"(?:who|that|whom)\s+(?:(?:were|was|had\s+been|have\s+been|"
                            r"has\s+been)\s+)?$", re.IGNORECASE)


#: Prisoners named by their capture as the subject of what they say ("as captured North
#: Koreans give testimony", "the captured soldiers said during questioning"): who is
#: speaking, the capture no news of its own.
_CAPTURED_SPEAKING = re.compile(
    r"\s+(?:(?:North|South)\s+)?(?:[A-Z][\w'’-]+\s+)?(?:soldiers?|troops|servicem[ae]n|"
    r"fighters?|men|prisoners|POWs|[A-Z][\w'’-]+s)\s+(?:have\s+|had\s+)?"
    r"(?:give|gives|gave|given|giving|say|says|said|tell|tells|told|describe[sd]?|"
    r"recount(?:s|ed)?|testif(?:y|ies|ied)|speak|speaks|spoke|reveal(?:s|ed)?|"
    r"admit(?:s|ted)?|confirm(?:s|ed)?)\b")

#: A passive deed in a "how" clause that is what an account is about ("confirms the
#: intelligence about how these soldiers were moved to Russian territory", "details of how
#: they were trained"): the topic of the account, no deed told as news.
_ABOUT_HOW = re.compile(r"\b(?:about|on|of|into)\s+how\s+(?:[\w'’-]+\s+){0,4}?"
                        r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+$", re.IGNORECASE)


#: Forces named by the definite noun of a deployment already made, with its sender ("the
#: weapons and soldiers sent by Pyongyang have made a contribution"): who they are, no
#: sending told.
_SENT_BY = re.compile(r"\bthe\s+(?:[\w'’-]+\s+){0,4}?(?:troops|soldiers|forces|units|"
                      r"servicemen|fighters|contingents?|reinforcements)\s+$", re.IGNORECASE)
_SENT_WORDS = {"sent", "dispatched", "deployed"}
_BY_AGENT = re.compile(r"\s+by\b")


#: A determiner, and perhaps an adjective, right before "move" ("the claimed move into the
#: region", "this latest move into", "Russia's move into"): a noun, the deed named again.
_MOVE_NOUN = re.compile(r"(?:\b(?:the|a|an|this|that|its|their|his|her|such)|['’]s)\s+"
                        r"(?:[\w-]+(?:ed|ing|al|ive|ic|est|ous)\s+)?$", re.IGNORECASE)


def _move_noun(text: str, start: int, word: str) -> bool:
    """Whether the cue at ``start`` is the noun "move into" (or "advance into"), not the
    verb: a move named ("the claimed move into Dnipropetrovsk marks a new step", "the
    army's advance into the province has not eased the pressure") points back at the deed
    or judges it; troops that "move into" a town are told by the verb."""
    return word.lower() in ("move into", "advance into") and \
        _MOVE_NOUN.search(text, max(0, start - 40), start) is not None


def _described_by(text: str, start: int, word: str) -> bool:
    """A cue in a relative clause that only describes someone: the present simple of a
    deed ("the drones that attack them"), or prisoners' capture ("prisoners of war who
    were captured", "captured North Koreans give testimony"), or a passive deed an account
    is about ("the intelligence about how these soldiers were moved"), or forces named by
    their sending ("the soldiers sent by Pyongyang have made a contribution")."""
    before = text[max(0, start - 50):start]
    return word.lower() in _PRESENT_VERBS and _PRESENT_RELATIVE.search(before) is not None \
        and _PRESENT_OBJECT.match(text, start + len(word)) is not None or \
        _PRISONERS_WHO.search(before) is not None or \
        word.lower() == "captured" and _CAPTURED_SPEAKING.match(text, start + len(word)) is not None \
        or _ABOUT_HOW.search(before) is not None or \
        word.lower() in _SENT_WORDS and _SENT_BY.search(before) is not None and \
        _BY_AGENT.match(text, start + len(word)) is not None


def _says_it_does(text: str, start: int) -> bool:
    """The cue at ``start`` is a strike in the simple present after "say(s) they/it" (see
    ``_SAYS_IT_DOES``)."""
    return _PRESENT_STRIKE.match(text, start) is not None and \
        _SAYS_IT_DOES.search(text, max(0, start - 40), start) is not None


def _habit(text: str, start: int, end: int, habitual: re.Pattern) -> bool:
    """A habit word after the cue in its clause ("attacked repeatedly", "have shelled
    Ukrainian villages for months"): a habit, not one event; not a count of assaults told
    by its rate (``_DAILY_COUNT``, ``_COUNT_BEFORE``)."""
    clause = re.split(rf"{cues.CLAUSE_COMMA}|[;:.—–]", text[end:end + 45])[0]
    m = habitual.search(clause)
    if m is None:
        # the clause read on across a list of names ("hit border areas in Belgorod, Bryansk,
        # Kursk and Voronezh oblasts with drones almost every day"): the habit word closes it
        clause = _NOT_A_LIST_COMMA.split(re.split(r"[;:.—–]", text[end:end + 200])[0])[0]
        clause = _RELATIVE.split(clause)[0]
        m = habitual.search(clause) if "," in clause else None
    if m is not None and _DAILY_COUNT.match(clause[:m.end()]):
        return False  # "beating back about 40 assaults every day": the front's fighting now
    if m is not None and text[start:end].lower() in _COUNTED_ASSAULTS \
            and _COUNT_BEFORE.search(text, max(0, start - 40), start) is not None \
            and _RATE_AFTER.match(clause[:m.end()]) is not None:
        return False  # "are carrying out up to 15 assaults every day": the same, the count
        # before the cue noun itself
    return m is not None


#: A comma that does not part the names of a list ("Belgorod, Bryansk, Kursk"): one that
#: ends the clause.
_NOT_A_LIST_COMMA = re.compile(r",(?!\s+[A-Z])")
#: A relative or time clause that a habit word after it belongs to ("won back villages that
#: the enemy had held for months").
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|where|when|while|as|after|before|since)\b",
                       re.IGNORECASE)


#: A place told in the perfect as the long-standing aim of attacks ("Pokrovsk, which has for
#: months been a focus of Russian attacks", "the town has long been the main target of
#: drone strikes"): what the place is known for, no event of the report.
_STANDING_TARGET = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:for\s+(?:(?:many|several|some|[\w-]+)\s+)?(?:days|weeks|months|"
    r"years)|long|repeatedly|often|frequently)\s+)?been\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:focus|focal\s+point|target|scene|centre|center|epicent(?:re|er)|flashpoint)\s+of\s+"
    r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


#: An accusation told as made again and again ("have accused the militia many times of using
#: drones against …", "has repeatedly accused the army of shelling …"): a standing charge of
#: a habit, no event of the report.
_STANDING_CHARGE = re.compile(
    r"\b(?:(?:repeatedly|often|frequently|long|regularly)\s+(?:accused|accuses|accuse|accusing|"
    r"blamed|blames)\s+[^.;:]{0,60}?\bof|(?:accused|accuses|accuse|accusing|blamed|blames)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:(?:many|several|numerous|countless|multiple)\s+times|"
    r"repeatedly|time\s+and\s+again|again\s+and\s+again)\s+of)\b[^.;:]{0,50}$", re.IGNORECASE)
#: An attack judged after it, as its clause's subject ("a frontal assault on the city made no
#: sense", "an attack there would make little sense"): an option weighed, no event.
_NO_SENSE = re.compile(r"[^.;:]{0,50}?\b(?:makes?|made|would\s+make|to\s+make)\s+(?:no|little)"
                       r"\s+sense\b", re.IGNORECASE)
#: A participle of striking after a plural noun of places ("of all the places hit", "the
#: towns hit on Sunday"): the places of attacks told before, pointed back at, no new event.
_PLACES_STRUCK = re.compile(r"\b(?:places|towns|villages|sites|areas|localities|cities|targets|"
                            r"locations)\s+$", re.IGNORECASE)
#: … unless the places are then listed by name ("the communiqué lists the places hit: X, Y
#: and Z", "the towns attacked were X and Y"): the list tells where the attacks were.
_PLACES_NAMED_AFTER = re.compile(r"\s*(?::|\s+(?:were|are|included|include)\b)\s+"
                                 r"(?:the\s+(?:towns?|villages?|cities|city|localities|"
                                 r"locality)\s+of\s+)?(?-i:[A-Z])", re.IGNORECASE)


def _standing_target(text: str, start: int, end: int | None = None) -> bool:
    """The cue at ``start`` names what a place "has (for months) been a focus of" (see
    ``_STANDING_TARGET``), a charge made many times (``_STANDING_CHARGE``), an attack judged
    to make no sense (``_NO_SENSE``) or the places struck pointed back at
    (``_PLACES_STRUCK``, not when it then lists them by name): no event."""
    before = text[max(0, start - 90):start]
    if end is not None and text[start:end].lower() in ("hit", "struck", "attacked", "targeted") \
            and _PLACES_STRUCK.search(before) is not None \
            and _PLACES_NAMED_AFTER.match(text, end) is None:
        return True
    return _STANDING_TARGET.search(before) is not None \
        or _STANDING_CHARGE.search(text[max(0, start - 140):start]) is not None \
        or (end is not None and _NO_SENSE.match(text, end) is not None)


#: A count, perhaps rounded, and the rate of a day, as :data:`_DAILY_COUNT` and
#: :data:`_COUNT_BEFORE` read them.
_ROUGH_COUNT = r"(?:(?:about|around|some|up\s+to|nearly|almost|over|more\s+than)\s+)?\d[\d,]*\s+" \
    r"(?:[\w-]+\s+)?"
_PER_DAY = r"(?:every\s+day|daily|almost\s+daily)"
#: A count of assaults right after the cue, then its rate per day ("are beating back about
#: 40 enemy assaults every day", "repelling 30 attacks daily"): a front's fighting as it
#: goes on, told by its tempo, not a habit.
_DAILY_COUNT = re.compile(rf"\s+{_ROUGH_COUNT}(?:assaults|attacks|attempts)\s+{_PER_DAY}$",
                          re.IGNORECASE)


#: The cue as the counted noun itself, its count right before it and its rate right after
#: ("the Russians are carrying out up to 15 assaults every day"): as ``_DAILY_COUNT``.
_COUNTED_ASSAULTS = ("assaults", "attacks")
_COUNT_BEFORE = re.compile(rf"(?<![\w-]){_ROUGH_COUNT}$", re.IGNORECASE)
_RATE_AFTER = re.compile(rf"\s+{_PER_DAY}$", re.IGNORECASE)


#: A control cue ("full control of", "back control of") after the verb that takes it
#: ("has tried to regain full control of the RN2", "sought to take back control of the
#: town"): a try before that verb makes the control an aim, as it does a bare cue.
_CONTROL_NOUN = re.compile(r"(?:full|back|complete)\s+control\s+of\b", re.IGNORECASE)
_CONTROL_VERB = re.compile(r"(?<![\w-])(?:re-?)?(?:gain|take|establish|restore|assert|seize|win)"
                           r"\s+$", re.IGNORECASE)
#: Only a try or a bid before that verb; a bare "to" ("gaining ground in their battle to take
#: full control of X") may tell a fight whose ground is being won.
_CONTROL_TRIED = re.compile(r"\b(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|s(?:ought|eeks?|eeking)|"
                            r"bid)\s+to\s+$", re.IGNORECASE)


def _aim(text: str, pos: int, purpose: re.Pattern) -> bool:
    """The cue at ``pos`` is what someone sets out to do ("to retake", "to reinforce the
    assault") or is kept from ("to stop fighters from regrouping"), unless the words before
    make it a forecast or plan ("likely to attack") or a deed someone was forced to do or
    managed to do, with the verbs joined to it ("managed to neutralise two and capture six
    others")."""
    if _PREVENTED.search(text, max(0, pos - 100), pos):
        return True
    if _COMPELLED.search(text, max(0, pos - 100), pos):
        return False
    found = purpose.search(text, max(0, pos - 20), pos)
    if found is None and _CONTROL_NOUN.match(text, pos):
        verb = _CONTROL_VERB.search(text, max(0, pos - 20), pos)
        found = _CONTROL_TRIED.search(text, max(0, verb.start() - 20), verb.start()) \
            if verb is not None else None
    if found is None and _BARE_VERB.match(text, pos):
        found = _COORDINATED_AIM.search(text, max(0, pos - 80), pos)
        found = found if found is not None and \
            purpose.search(text, found.start(), found.end("to") + 1) else None
        pos = found.end("to") + 1 if found is not None else pos
        if found is not None and _COMPELLED.search(text, max(0, pos - 100), pos):
            return False  # "managed to neutralise two and capture six others": done too
    if found is not None:
        return not _MODAL_TO.search(text, max(0, pos - 30), pos)
    found = _PURPOSE_OBJECT.search(text, max(0, pos - 45), pos)
    return found is not None and not _MODAL_TO.search(
        text, max(0, found.start() - 30), found.end("to") + 1)


# A cue word in a phrase of time, comparison or means ("months after the incursion", "during
# an offensive", "than the attack", "thanks to active offensive actions … has been freed")
# mentions an event without telling it; the phrase ends at a
# comma ("after heavy fighting on Sunday, taking control of a bridge"). "than" before a
# number only bounds a count ("killed more than 50 fighters and arrested 110"), no comparison.
_SUBORDINATE = re.compile(r"\b(?:after|before|since|during|following|amid|ahead\s+of|"
                          r"in\s+response\s+to|as\s+an?\s+(?:result|consequence)\s+of|"
                          r"in\s+consequence\s+of|than(?!\s+\d)|like|as\s+when|thanks\s+to|"
                          r"in\s+(?:retaliation|revenge|reprisal)\s+for|to\s+avenge|"
                          r"suspects?\s+in|suspected\s+of|blamed\s+for|wanted\s+for|"
                          r"convicted\s+of|charged\s+with|"
                          r"owing\s+to|by\s+means\s+of|in\s+the\s+course\s+of|through)\s+(?:[^\s,;]+\s+){0,5}$",
                          re.IGNORECASE)


#: A toll told as taken "during" an operation or strike it names for the first time ("15
#: fighters were killed during a large-scale military operation in the district"): the
#: operation is the means of the killing, the attack whose toll it is, not a phrase of time
#: (one named again, "during the operation", points back at the attack already told).
_TOLL_DURING = re.compile(r"\b(?:killed|wounded|injured|neutrali[sz]ed|eliminated|destroyed|"
                          r"died)\s+during\s+an?\s+(?:[^\s,;]+\s+){0,4}$", re.IGNORECASE)


#: "after" opening a clause with a subject of its own ("came after jets pounded the
#: suburbs", "after gunmen opened fire"), whose cue is a verb in the past.
_CLAUSE_AFTER = re.compile(r"\bafter\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)
_PAST_VERB = re.compile(r"(?:[a-z]+ed|struck|hit|shot|overran|took|seized|fought|blew|threw)\b")
#: Words that make what follows "after" a noun phrase, not a subject and its verb ("after
#: the shelled town", "after heavy fighting").
_NOT_SUBJECT = re.compile(r"(?:the|a|an|this|that|these|those|his|her|its|their|being|having|"
                          r"been|was|were|is|are|had|has|have|heavy|recent|days|weeks|months|years)$",
                          re.IGNORECASE)


def _deed_after(text: str, t: Trigger) -> bool:
    """The cue is the verb of an "after" clause with its own subject ("which came after jets
    pounded Beirut's southern suburbs"): an earlier deed told as news of its own, not a
    noun naming one in a phrase of time ("months after the incursion"). A clause set weeks
    or more back ("only weeks after the army lifted the siege of the city") tells what
    came before the news, its setting."""
    found = _CLAUSE_AFTER.search(text, max(0, t.start - 40), t.start)
    words = found.group(0).split()[1:] if found else []
    return bool(words) and _PAST_VERB.match(t.word) is not None and \
        _NOT_SUBJECT.match(words[-1]) is None and \
        _SPAN_BACK.search(text, max(0, found.start() - 30), found.start()) is None


#: "after" or "before" and a gerund telling forces gained or moved ("after receiving
#: reinforcements", "before bringing in fresh troops", "after massing forces", "after being
#: reinforced"): the subject's own deed, done on the way to the sentence's main deed.
_GAINED_GERUND = re.compile(r"\b(?:after|before)\s+(?:(?:first|quickly|again)\s+)?"
                            r"(?:(?P<gained>receiving|getting|gaining|bringing\s+(?:in|up)|"
                            r"pulling\s+(?:in|up)|rushing\s+in|moving\s+up|moving\s+in)\s+"
                            r"(?:[\w'’-]+\s+){0,3}|(?P<being>being)\s+)?$", re.IGNORECASE)


def _forces_gained_first(text: str, t: Trigger) -> bool:
    """The deployment cue is a gerund's in an "after" or "before" phrase ("attacked the
    town at dawn after receiving reinforcements", "after massing troops near it", "after
    being reinforced"): forces the subject gained or gathered on the way to its main deed,
    news of their own, not a noun naming an earlier event ("after the deployment"). Set
    weeks or more back ("months after receiving reinforcements") it stays the setting."""
    if t.event_type != "troop_deployment":
        return False
    found = _GAINED_GERUND.search(text, max(0, t.start - 60), t.start)
    if found is None:
        return False
    word = t.word.lower()
    if not found["gained"] and not word.endswith("ed" if found["being"] else "ing"):
        return False  # "after being reinforced", "after massing troops": not "after troops"
    return _SPAN_BACK.search(text, max(0, found.start() - 30), found.start()) is None


#: A span of weeks or more right before "after" ("only weeks after", "three months after",
#: "a year after"): the clause after it is set that far back.
_SPAN_BACK = re.compile(r"\b(?:weeks|months|years|(?:a|one)\s+(?:month|year)|"
                        r"(?:a\s+)?(?:few|couple\s+of)\s+(?:weeks|months|years))\s+$",
                        re.IGNORECASE)


#: A cue named as where people were hurt, pointing back at an event already told ("a
#: firefighter wounded in the attack", "two guards injured in that strike", "killed in the
#: militia's attacks", "suffered heavy losses in those raids": one word may describe it), not
#: naming a target of its own ("wounded in the attack on a bus station").
_BACK_BEFORE = re.compile(r"\b(?:wounded|injured|hurt|killed|died|dead|survivors?|victims?|"
                          r"losses|casualties)\s+"
                          r"(?:in|of|from|by|during)\s+(?:the|that|this|these|those)\s+"
                          r"(?:same\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)
#: What gave way under a deed named with "the" ("as their defences gave way under the
#: assault", "the lines crumbled under the onslaught"): the deed already told, the losses
#: told with it its toll.
_GAVE_WAY_UNDER = re.compile(r"\b(?:(?:gave|give|gives|giving|given)\s+way|collapsed|crumbled|"
                             r"buckled|collapsing|crumbling|buckling)\s+under\s+(?:the|that|this|"
                             r"these|those)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
#: Deeds already told, as the subject of what they revealed ("The coordinated attacks have
#: laid bare serious weaknesses in the army's lines", "The offensive has exposed …"): a
#: judgement of them, no new event. An analyst's label may open the sentence ("Assessment:
#: these attacks show how far the group's reach extends", "Analysis: the raids have exposed
#: …"): a heading of the judgement, not a part of its subject; so may the judge it is
#: credited to ("According to analyst Ulf Laessing, the attacks show tension shifting").
_JUDGED_SUBJECT = re.compile(r"^\W*(?:(?:assessment|analysis|comment|commentary|outlook|"
                             r"takeaway|key\s+takeaway|bottom\s+line|our\s+view|"
                             r"why\s+it\s+matters)\s*:\s*)?"
                             r"(?:according\s+to\s+[^,;:.]{1,60},\s*)?"
                             r"(?:the|these|those|this|that)\s+(?:[\w-]+\s+){0,2}$",
                             re.IGNORECASE)
_JUDGED = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:laid\s+bare|lays?\s+bare|"
                     r"exposed?|exposes|highlighted|highlights?|underscored|underscores?|"
                     r"underlined|underlines?|revealed|reveals?|shown|showed|shows?|"
                     r"demonstrated|demonstrates?|illustrated|illustrates?)\b", re.IGNORECASE)
_BACK_AFTER = re.compile(r"\s+(?:on|against|in|at|near|of|by)\b", re.IGNORECASE)
#: A cue named only as what a reaction answers ("Hamas condemned the attacks as …", "said
#: he was 'gravely concerned' by the strikes", "welcomed the offensive", "did not comment on
#: the strike", "blamed the militia for that attack", "praised the deployment", "held up the
#: troop dispatch as an example"): the event is one already told.
_REACTION = re.compile(r"\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|deplor(?:ed|es|ing)|"
                       r"critici[sz](?:ed|es|ing)|welcom(?:ed|es|ing)|hail(?:ed|s|ing)|"
                       r"slamm(?:ed|ing)|decr(?:ied|ies|ying)|prais(?:ed|es|ing)|laud(?:ed|s|ing)|"
                       r"extoll(?:ed|s|ing)|commend(?:ed|s|ing)|h(?:eld|olds?|olding)\s+up|"
                       r"(?:concerned|alarmed|outraged|troubled|shocked|dismayed|appalled)"
                       r"[\"”’']?\s+(?:by|at|about|over)|"
                       r"(?:condemnation|criticism)\s+of|(?:reacted|reaction|responded)\s+to|"
                       # a deed named as what came with another ("Along with the attack,
                       # the group released videos of hostages")
                       r"(?:along\s+with|alongside|together\s+with|in\s+addition\s+to)|"
                       r"comment(?:ed|s|ing)?\s+on|"
                       r"(?:blam(?:ed|es|ing)|held|holds|holding)\s+(?:[\w'’-]+\s+){1,3}?"
                       r"(?:responsible\s+)?for)\s+"
                       r"(?:the|these|those|that|this)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


#: A definite cue opening a clause of time that says it went on ("As the bombardment went
#: on, …", "While the shelling continued, …", "with the raids dragging on"): the event
#: already told, as the time of what the sentence goes on to say.
_WHILE_THE = re.compile(r"\b(?:as|while|with)\s+(?:the|this|that|these|those)\s+"
                        r"(?:[\w'’-]+\s+)?$", re.IGNORECASE)
_WENT_ON = re.compile(r"\s+(?:(?:still|also)\s+)?(?:went\s+on|goes\s+on|going\s+on|"
                      r"continued|continues|continuing|raged|rages|raging|dragged\s+on|"
                      r"drags\s+on|dragging\s+on|wore\s+on|wears\s+on|carried\s+on|"
                      r"unfolded|unfolds|unfolding)\b", re.IGNORECASE)


#: A definite cue opening the sentence as its time, closed by a comma ("After the strike,
#: authorities were seen putting out the fires", "Following the attacks, schools closed"):
#: the event already told, as the time of what the sentence goes on to say. A phrase that
#: names a target or a place ("After the strike on the depot, …") may tell a new one.
_OPENING_AFTER_THE = re.compile(r"^\W*(?:(?:shortly|soon|hours|minutes|days|moments|"
                                r"immediately|just)\s+)?(?:after|following|"
                                r"in\s+the\s+(?:wake|aftermath)\s+of)\s+"
                                r"(?:the|that|this|these|those)\s+(?:[\w'’-]+\s+)?$",
                                re.IGNORECASE)


#: A concessive clause opening the sentence with its verb in the perfect ("While the army
#: has lately celebrated gains in the capital, heavy fighting goes on in the west",
#: "Although the rebels have taken several towns, …"): the state of things the main clause's
#: news is set against, not news of its own.
_CONCESSIVE_PERFECT = re.compile(r"^\W*(?:while|whereas|although|though|even\s+though|"
                                 r"even\s+as)\s+[^,;:()—–]*?\b(?:has|have)\s+"
                                 r"(?:(?:[a-z]+ly|also|already|since)\s+)?[a-z]+(?:ed|en|wn|de|"
                                 r"ght|un|ne)\b[^,;:()—–]*,", re.IGNORECASE)


def concessive_end(text: str) -> int:
    """The offset of the comma closing a concessive clause in the perfect that opens
    ``text`` (:data:`_CONCESSIVE_PERFECT`), or 0."""
    found = _CONCESSIVE_PERFECT.match(text)
    return found.end() - 1 if found is not None else 0


def _refers_back(text: str, t: Trigger) -> bool:
    if _WHILE_THE.search(text, max(0, t.start - 40), t.start) is not None and \
            _WENT_ON.match(text, t.end) is not None:
        return True
    if _OPENING_AFTER_THE.search(text[:t.start]) is not None and \
            re.match(r"\s*,", text[t.end:]) is not None:
        return True
    if _JUDGED_SUBJECT.search(text, 0, t.start) is not None and \
            _JUDGED.match(text, t.end) is not None:
        return True
    return (_BACK_BEFORE.search(text, max(0, t.start - 45), t.start) is not None
            or _GAVE_WAY_UNDER.search(text, max(0, t.start - 45), t.start) is not None
            or _REACTION.search(text, max(0, t.start - 60), t.start) is not None) and \
        _BACK_AFTER.match(text, t.end) is None


#: A relative clause set off by a comma, still open at the cue ("the presidential palace,
#: which the RSF took at the very start of the war"), a "where" clause in the perfect
#: ("Rakhine, where over the past year the rebels have taken most towns"), or a place's
#: apposition whose clause has no pronoun ("Aleppo, the city the rebels seized last week").
_RELATIVE_OPEN = re.compile(r"\w,\s+(?:which\b[^,;:()—–]*|where\b[^,;:()—–]*\b(?:has|have|had)\s+"
                            r"(?:[a-z]+ly\s+)?|" + cues.PLACE_APPOSITION + r"(?!(?:said|says|told)\b)"
                            r"(?:[\w'’-]+\s+){1,3}?(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?)$",
                            re.IGNORECASE)


#: A "where" clause in the perfect, set off after a place, still open at the cue ("Busley,
#: …, where security forces have set up temporary bases").
_WHERE_PERFECT = re.compile(r"\w,\s+where\b[^,;:()—–]*\b(?:has|have|had)\s+(?:been\s+)?"
                            r"(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def _in_history(text: str, t: Trigger) -> bool:
    """A capture told in a relative clause about a place: how the place came to be held;
    forces posted there told in a "where" clause in the perfect ("at Busley, where forces
    have set up bases for operations"): how the place is held, no forces sent now."""
    if t.event_type == "troop_deployment":
        return _WHERE_PERFECT.search(text, max(0, t.start - 80), t.start) is not None
    # ground measured by its area, counted over a recent spell ("…, where Russian troops have
    # seized more than 190 square kilometres in under a month"): the front's latest tally,
    # not how the place came to be held
    if t.cue == "ground taken by area" and _RECENT_SPELL.match(text, t.end) is not None:
        return False
    return t.event_type == "capture" and \
        _RELATIVE_OPEN.search(text, max(0, t.start - 80), t.start) is not None


#: A recent spell a tally is counted over, soon after its cue ("in under a month", "in the
#: past two weeks", "over the last month", "in recent weeks", "this month").
_RECENT_SPELL = re.compile(
    r"[^.;:!?()]{0,60}?\b(?:in|within|over)\s+(?:(?:just|only|less\s+than|under|little\s+more\s+"
    r"than|barely)\s+)?(?:a|one|two|three|four|five|six|a\s+few|\d+)\s+(?:days?|weeks?|months?)\b|"
    r"[^.;:!?()]{0,60}?\b(?:in|over|during)\s+(?:recent|the\s+(?:past|last)(?:\s+(?:few|two|three|"
    r"four|five|six|\d+))?)\s+(?:days|weeks?|months?)\b|[^.;:!?()]{0,60}?\bthis\s+(?:week|month)\b",
    re.IGNORECASE)


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: The clause's own day, a few days back ("El-Fasher, which the RSF took from the army last
#: week", "the town, which rebels seized on Sunday"): the capture is recent news, told as an
#: aside about the place; it still gives way to another deed the sentence tells.
_DAYS_AGO_IN_CLAUSE = re.compile(
    r"[^,;:.!?()—–]{0,80}?\b(?:last\s+(?:week|weekend|night|" + _WEEKDAY + r")|yesterday|"
    r"overnight|(?:earlier\s+)?this\s+week|at\s+the\s+weekend|over\s+the\s+weekend|"
    r"(?:(?:late|early)\s+)?on\s+" + _WEEKDAY + r"|(?:a\s+few|two|three|four|five|several)\s+"
    r"days\s+ago)\b")


#: Fighting named as where a toll was suffered ("killed and 1,000 more wounded in heavy
#: fighting", "have died in fierce clashes with the army"): the setting of a toll, no strike.
_TOLL_IN_FIGHTING = re.compile(r"\b(?:killed|wounded|injured|hurt|died|dead|lost|losses|"
                               r"casualties)\s+(?:in|during|amid)\s+(?:the\s+)?"
                               r"(?:(?:heavy|fierce|intense|violent|bitter|armed)\s+)?$",
                               re.IGNORECASE)
_FIGHTING_WORDS = re.compile(r"(?:(?:heavy|fierce|intense|violent|bitter|pitched|renewed|fresh)"
                             r"\s+fighting|clashes|firefights|gun\s*battles|battles)$",
                             re.IGNORECASE)
#: A toll counted up to now: told in the perfect ("have been killed", "has lost") or over a
#: spell ("since their deployment", "over the weekend", "in recent weeks").
_RUNNING_TOLL = re.compile(r"\b(?:(?:have|has)\s+(?:[a-z]+ly\s+)?been\s+(?:[a-z]+ly\s+)?"
                           r"(?:killed|wounded|injured)|(?:have|has)\s+(?:[a-z]+ly\s+)?"
                           r"(?:died|lost|suffered))\b|\bsince\b|\bover\s+the\s+(?:past|last|"
                           r"previous)?\s*(?:weekend|week|month|days|weeks|months)\b|"
                           r"\bin\s+recent\s+(?:days|weeks|months)\b", re.IGNORECASE)
#: A single day named ("on Monday", "overnight", "on 3 May"): the toll of that day's fight.
_ONE_DAY = re.compile(r"\b(?:(?:on|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                      r"Saturday|Sunday)|yesterday|today|overnight|last\s+night|on\s+\d{1,2}\s+"
                      r"[A-Z][a-z]+|on\s+[A-Z][a-z]+\s+\d{1,2})\b")


#: The series an event is counted in ("in the latest of a string of raids that have
#: multiplied during the war", "was one in a wave of drone attacks"): the cue names earlier
#: events of its kind, not one of its own.
_SERIES_OF = re.compile(r"\b(?:latest|last|newest|most\s+recent|one)\s+(?:in|of)\s+(?:a|an|the)\s+"
                        r"(?:[\w-]+\s+)?(?:string|series|spate|wave|spree|run|rash|chain|"
                        r"succession|litany|cycle)\s+of\s+(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)


def _toll_setting(text: str, t: Trigger) -> bool:
    """Fighting named only as where a running toll was suffered ("At least 100 soldiers have
    been killed and 1,000 more wounded in heavy fighting in the region", "60 soldiers killed
    in clashes with rebels since July"): losses over a spell of fighting, a casualty report,
    not a strike; a toll of one day's fight ("were killed in heavy fighting on Monday")
    stays that fight's."""
    return t.event_type == "attack" and _FIGHTING_WORDS.search(t.word) is not None and \
        _TOLL_IN_FIGHTING.search(text, max(0, t.start - 40), t.start) is not None and \
        _RUNNING_TOLL.search(text) is not None and _ONE_DAY.search(text) is None


#: A deed just told framed by how a side names it (", in what Moscow presents as a key
#: counter-offensive", "in what officials called a major offensive"): the name of that deed,
#: no event of its own.
_FRAMED_AS = re.compile(r"\bin\s+what\s+(?:[\w'’-]+\s+){1,4}?(?:(?:has|have|had)\s+)?"
                        r"(?:calls?|called|describes?|described|presents?|presented|portrays?|"
                        r"portrayed|bills?|billed|terms?|termed|dubs?|dubbed|labels?|"
                        r"labell?ed|characteri[sz]es|characteri[sz]ed|hails?|hailed|sees?|saw|"
                        r"views?|viewed)\s+(?:as\s+)?(?:(?:a|an|the|its|their)\s+)?"
                        r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _main_predicates(found: list[Trigger], text: str) -> list[Trigger]:
    """Type a sentence by its main predicate: a cue mentioned only in a phrase of time
    ("troops arrived … months after the incursion"), pointing back at an event already
    told ("wounded in the attack") or a capture in a relative clause about a place
    ("deployed near the palace, which the RSF took at the start of the war") gives way when
    another type's cue tells the sentence's event (the caller drops it before casualty
    figures too)."""
    backs = [_refers_back(text, t) for t in found]
    marked = [replace(t, back=back, passing=back or _in_history(text, t) or _toll_setting(
                  text, t) or _SERIES_OF.search(text, max(0, t.start - 70), t.start) is not None
                  or t.end <= concessive_end(text)
                  or _FRAMED_AS.search(text, max(0, t.start - 80), t.start) is not None
                  or (_SUBORDINATE.search(
                  text, max(0, t.start - 40), t.start) is not None and not _deed_after(text, t)
                      and not _forces_gained_first(text, t)
                      and _TOLL_DURING.search(text, max(0, t.start - 60), t.start) is None))
              for t, back in zip(found, backs, strict=True)]
    # an offensive carried on, told by the ground it then took ("pressed on with their
    # offensive and took large areas of the city"): the campaign named, its news the capture
    marked = [replace(t, passing=True) if t.event_type == "attack" and _CAMPAIGN.fullmatch(
                  t.word) and _CARRIED_ON.search(text, max(0, t.start - 50), t.start) and any(
                  x.event_type == "capture" and not x.passing and x.start > t.end and
                  _AND_THEN.match(text, t.end, x.start) for x in marked) else t for t in marked]
    # a campaign told as going on in an "as" clause after the sentence's deed ("have moved
    # forward near the town as Moscow's summer offensive goes on"): the deed's setting
    marked = [replace(t, passing=True) if t.event_type == "attack" and _CAMPAIGN.fullmatch(
                  t.word) and _AS_BEFORE.search(text, max(0, t.start - 40), t.start) and
              _GOES_ON.match(text, t.end) else t for t in marked]
    # an assault told on its day at a place, then a "where" clause telling what the
    # attackers took there ("The raid came on Sunday in X, where the fighters are reported
    # to have overrun a base"): that assault's taking, news, not how the place is held
    marked = [replace(t, passing=False) if t.passing and not t.back and
              t.event_type == "capture" and _WHERE_OPEN.search(
                  text, max(0, t.start - 80), t.start) and any(
                  a.event_type == "attack" and not a.passing and a.end < t.start and
                  _ONE_DAY.search(text, a.end, t.start) for a in marked) else t
              for t in marked]
    main_types = {t.event_type for t in marked if not t.passing}
    return [t for t in marked if not t.passing or not (main_types - {t.event_type})]


#: A "where" clause set off after a place, still open at the cue.
_WHERE_OPEN = re.compile(r"\w,\s+where\b[^,;:()—–]*$", re.IGNORECASE)


#: "as" and the campaign's owner or kind before its noun ("as Moscow's summer offensive"),
#: and the campaign told as going on after it ("… goes on", "… continues").
_AS_BEFORE = re.compile(r"\bas\s+(?:(?:the|its|their|[A-Z][\w-]*(?:'s|’s)?)\s+)?"
                        r"(?:[a-z][\w-]*\s+){0,2}$")
_GOES_ON = re.compile(r"\s+(?:(?:goes|went|grinds|ground|rolls|rolled|drags|dragged|presses|"
                      r"pressed)\s+on|continues|continued|unfolds|unfolded)\b", re.IGNORECASE)


#: A campaign by its noun, carried on ("pressed on with their offensive", "continued its
#: operation"), and the clause that joins what it then did ("… on Friday evening and took").
_CAMPAIGN = re.compile(r"(?:counter-?)?offensives?|campaigns?|operations?|advance",
                       re.IGNORECASE)
_CARRIED_ON = re.compile(r"\b(?:(?:press(?:ed|es|ing)?|push(?:ed|es|ing)?)\s+(?:on|ahead|forward)\s+"
                         r"with|continu(?:ed|es|ing|e)|(?:kept|keep|keeps|keeping)\s+up|"
                         r"(?:stepped|stepping|step|steps)\s+up)\s+(?:their|its|the|his|her)\s+"
                         r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_AND_THEN = re.compile(r"[^.;:!?]{0,80}?\b(?:and|then)\s+(?:then\s+)?(?:[a-z]+ly\s+)?$",
                       re.IGNORECASE)


def _word_index(word_starts: list[int], pos: int) -> int:
    return max(bisect.bisect_right(word_starts, pos) - 1, 0)


#: An aside between a subject and its verb ("A column of 500 troops, supported by militia,
#: moved out of Shwebo"), which may list ("Hundreds of police, backed by helicopters, drones
#: and armour, were sent into the camp"): the subject stands as near as if it were not
#: there, and what the aside names does not cancel the cue. A relative
#: clause ("The division, which had fought in Gaza, was deployed") tells a deed of its own
#: and keeps its distance. An aside between dashes may list ("Three armies - the 2nd, 41st
#: and 51st - are concentrated here").
_ASIDE = re.compile(r"\w(?:,\s+(?P<aside>(?!(?:which|who|whose|where|when|that)\b)[^,;:.()]{3,100}?"
                    r"(?:(?:,\s+[^,;:.()]{1,30}?)+,?\s+(?:and|or)\s+[^,;:.()]{1,30}?)?),"
                    r"|\s+[-–—]\s+(?P<dashed>(?!(?:which|who|whose|where|when|that)\b)"
                    r"[^-–—;:.()]{3,100}?)\s+[-–—])"
                    r"\s+(?:(?:has|have|had|been|was|were|is|are|then|also|later)\s+){0,2}$",
                    re.IGNORECASE)


#: A relative clause between a subject and its passive verb ("one brigade, which had
#: started moving to the front, was sent back to the border region"): the subject stands
#: as near as if the clause were not there, though what the clause names still counts
#: (its own deed keeps its words). Only before an auxiliary, so the verb after the clause
#: is the subject's own.
_RELATIVE_ASIDE = re.compile(r"\w,\s+(?P<relative>(?:which|who)\s+[^,;:.()]{3,100}?),"
                             r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                             r"(?:(?:then|also|later|instead|now)\s+)?$", re.IGNORECASE)


def _superseded_move(t: Trigger, out: list[Trigger], text: str) -> bool:
    """Whether the deployment ``t`` is told in a relative clause between the subject and
    the passive verb of another deployment of the sentence."""
    if t.event_type != "troop_deployment":
        return False
    for main in out:
        if main.event_type != "troop_deployment" or main.start <= t.end:
            continue
        relative = _RELATIVE_ASIDE.search(text, max(0, main.start - 160), main.start)
        if relative is not None and relative.start("relative") < t.start < relative.end("relative"):
            return True
    return False


def _place_subject(cue: _Cue, text: str, pos: int) -> bool:
    """A required word in the subject of a passive place cue ("the village of Kurakhivka in
    the Donetsk region has been freed"); a subject with a verb of its own is no noun
    phrase ("forces had attacked its positions … and had been driven back")."""
    lo, hi = _subject(text, pos)
    return cue.with_words is not None and not _PHRASE_END.search(text[lo:hi]) and \
        next(_required(cue.with_words, text, lo, hi, True), None) is not None


#: How many words before the window a cancelling phrase may start that ends inside it.
_PHRASE_REACH = 3

#: The words that bound a count right after the trigger ("shot down more than 40 drones",
#: "killed at least a dozen fighters"), or a sum ("have seized a total of 35 regime bases"):
#: one with the number, they use up none of the reach.
_APPROXIMATE_COUNT = re.compile(
    r"\s+((?:a\s+total\s+of|more\s+than|fewer\s+than|less\s+than|at\s+least|at\s+most|up\s+to|"
    r"as\s+many\s+as|well\s+over|nearly|almost|about|around|roughly|approximately|some|"
    r"over)\s+)(?=\d|a\s+dozen|dozens|hundreds|scores|(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b)", re.IGNORECASE)


def _fires(cue: _Cue, text: str, m: re.Match, word_starts: list[int]) -> bool:
    """The cue fires when a required word is near and no cancelling word is nearer.

    Words after the trigger count as nearer than words before it: the object of a verb
    ("captured the village") says more than its subject ("Russian troops captured"). An
    aside right before the trigger widens the reach back to its subject. A vetoing word in
    the trigger's subject cancels too, however far ("A fire broke out in the hall and was
    brought under control").
    """
    if cue.holding is not None and any(
            found.start() < m.end() and m.start() < found.end()
            for found in cue.holding.finditer(text, max(0, m.start() - 40), m.end() + 40)):
        return False
    first, last = _word_index(word_starts, m.start()), _word_index(word_starts, m.end() - 1)
    aside = _ASIDE.search(text, max(0, m.start() - 160), m.start())
    skipped = len((aside.group("aside") or aside.group("dashed")).split()) if aside else 0
    relative = None if aside else _RELATIVE_ASIDE.search(text, max(0, m.start() - 160), m.start())
    skipped = len(relative.group("relative").split()) if relative else skipped
    aside_span = aside.span("aside") if aside and aside.group("aside") else (0, 0)
    lo = word_starts[max(first - cue.window - skipped, 0)]
    approx = _APPROXIMATE_COUNT.match(text, m.end())
    qualifier = len(approx.group(1).split()) if approx else 0
    hi_index = last + cue.window + 1 + qualifier
    hi = word_starts[hi_index] if hi_index < len(word_starts) else len(text)

    def nearest(pattern: re.Pattern | None) -> float | None:
        if pattern is None:
            return None
        distances = []
        # a cancelling phrase that ends inside the window counts whole ("according to
        # sources on the ground, the attackers seized vehicles": "ground" is no ground
        # taken, though "on the" falls outside the window)
        start = lo if pattern is cue.with_words else \
            word_starts[max(first - cue.window - skipped - _PHRASE_REACH, 0)]
        for found in _required(pattern, text, start, hi, pattern is cue.with_words):
            if found.end() <= lo:
                continue
            if pattern is cue.unless and aside_span[0] <= found.start() < aside_span[1]:
                continue
            a = _word_index(word_starts, found.start())
            b = _word_index(word_starts, found.end() - 1)
            if a <= last and b >= first:
                distances.append(0.0)
            else:
                # a count's qualifier ("took at least nine villages") puts the object the
                # verb needs no farther from it
                near = qualifier if pattern is cue.with_words and a > last + qualifier else 0
                distances.append(a - last - 1.5 - near if a > last else first - b)
        return min(distances, default=None)

    need, block = nearest(cue.with_words), nearest(cue.unless)
    if block is None and cue.veto and cue.unless is not None and \
            next(_required(cue.unless, text, *_subject(text, m.start()), False), None):
        block = 0.0
    if cue.passive_unless and cue.unless is not None and _passive(text, m) and \
            next(_required(cue.unless, text, *_subject(text, m.start()), False), None):
        block = 0.0  # the subject of a passive is its verb's object, nearest of all ("the
        # attackers were identified as fighters of …": the attack's authors named)
    if need is None and cue.subject and cue.with_words is not None and \
            next(_required(cue.with_words, text, *_subject(text, m.start()), True), None):
        need = 0.5  # "North Korean crews operating Koksan guns … have been identified"
    if need is None and cue.subject and cue.with_words is not None and \
            next(_required(cue.with_words, text, *_pronoun_antecedent(text, m.start()), True),
                 None):
        need = 0.5  # "the army has kept hold of the town, and it has strengthened its
        # presence along the roads": the clause's "it" is the sentence's opening subject
    if need is None and cue.subject and cue.with_words is not None and \
            next(_required(cue.with_words, text, *_own_forces_reporter(text, m.start()), True),
                 None):
        need = 0.5  # "the 2nd Corps reported that its forces had carried out a counterattack"
    if need is None and cue.named_object and (
            _NAMED_OBJECT.match(text, m.end()) or _NAMED_SUBJECT.search(text, 0, m.start())
            or _PASSIVE.search(text, 0, m.start()) and _place_subject(cue, text, m.start())):
        need = 0.5  # "recaptured Sudzha", "Gornal had been retaken", "the village of X in
        # the Y region has been freed"
    if need is None and cue.named_object and cue.event_type == "capture" and \
            _WHICH_AFTER_NAME.search(text, max(0, m.start() - 100), m.start()) and \
            _DAYS_AGO_IN_CLAUSE.match(text, m.end()):
        need = 0.5  # the place named, then taken in a "which" clause of the last days
        # ("El-Fasher, which the RSF took from the army last week")
    if need is None and cue.named_object and cue.event_type == "capture" and \
            _WHICH_RECENT.search(text, max(0, m.start() - 160), m.start()):
        need = 0.5  # the place named, then taken in a "which" clause told as recent
        # ("Kherson, which the army has recently retaken")
    if cue.with_words is not None and need is None:
        return False
    return block is None or (need is not None and need < block and not cue.veto)


#: A collective noun and the first words of what it gathers ("columns of black smoke").
_COLLECTIVE = re.compile(r"(?:columns?|convoys?|lines?)\s+of\s+(?P<what>(?:[^\s,;:.]+\s*){1,3})",
                         re.IGNORECASE)


@cache
def _matter() -> re.Pattern:
    """What a collective noun may gather that is no force: smoke, aid, civilians."""
    data = cues.load("events")
    return cues.words_regex([*data["defaults"]["matter"], *data["predicates"]["civilians"]])


def _required(pattern: re.Pattern, text: str, lo: int, hi: int,
              required: bool) -> Iterator[re.Match]:
    """Matches of ``pattern`` in ``text[lo:hi]``; of a cue's ``required`` words not a
    collective noun gathering what is no force ("thick columns of smoke were seen", "a
    convoy of aid trucks", "a line of displaced families"): what is seen or moved is what
    it gathers ("a column of tanks", "a column of theirs")."""
    for found in pattern.finditer(text, lo, hi):
        collective = _COLLECTIVE.match(text, found.start()) if required else None
        if required and _OWNER_OF_PEOPLE.match(text, found.end()):
            continue  # "drove the village's residents to flee": the people, not the village
        if collective is None or _matter().search(collective.group("what")) is None:
            yield found


#: A required word in the possessive owning the people named after it ("the village's
#: residents", "the town's population"): the verb acts on those people, not on the place.
_OWNER_OF_PEOPLE = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:residents|inhabitants|people|"
                              r"population|civilians|families|villagers|townspeople)\b",
                              re.IGNORECASE)


@dataclass(frozen=True)
class _Negation:
    no_phrase: re.Pattern
    no_sign: re.Pattern
    cessation: re.Pattern
    not_noticed: re.Pattern
    no_sign_of: re.Pattern


#: A cue that is a gerund ("taking part", "fighting"): the deed "no signs of" someone doing
#: it denies.
_GERUND = re.compile(r"\w+ing\b", re.IGNORECASE)


#: Words that end the phrase "no" opens: a verb ("no one was hurt in the attack", "no
#: civilians killed in the strike") or a conjunction opening another clause ("no reports of
#: casualties after drones struck …", "made no mention of Kyiv's claim that its troops
#: hold the town": what is not mentioned is still claimed; "no sign that" is denied by
#: its own rule). A participle before its noun is an adjective ("no sign of a renewed
#: assault").
_PHRASE_END = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|"
                         r"would|can|could|may|might|must|should|said|says|after|before|when|"
                         r"while|as|because|since|until|once|where|although|though|but|that|"
                         r"\w+ed\s+(?:in|on|at|by|near|during|from|with|as|to|when|after|"
                         r"before|the|an?))\b", re.IGNORECASE)


#: The places a negated phrase lists by name, set off by commas ("none of the villages
#: named earlier, Myrne, Fedorivka or Rivnopil, had been captured"): still its phrase.
_NAME = r"(?-i:[A-Z])[\w'’-]*"
_NAMES_LISTED = (rf"[^\s,;:.—–]+(?:,\s+(?:(?:or|and)\s+)?{_NAME}(?:\s+(?:(?:or|and)\s+)?{_NAME})*)+"
                 r",\s+")


@cache
def _negation() -> _Negation:
    defaults = cues.load("events")["defaults"]
    return _Negation(
        re.compile(r"(?<![\w-])(?:no|none\s+of|not\s+a\s+single|not\s+any|nor\s+any|without\s+any)\s+"
                   rf"(?P<gap>(?:[^\s,;:.—–]+\s+){{0,12}}?(?:{_NAMES_LISTED}(?:[^\s,;:.—–]+\s+){{0,4}})?)$",
                   re.IGNORECASE),
        re.compile(rf"(?<![\w-])no\s+(?:[a-z]+\s+)?{cues.alternation(defaults['signs'])}\s+"
                   r"that\b[^,;:.—–]*$", re.IGNORECASE),
        cues.words_regex(defaults["cessation"]),
        re.compile(r"[^,;:.—–]{0,60}?\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
                   rf"(?:not|never)\s+(?:yet\s+)?{cues.alternation(defaults['unnoticed'])}\b",
                   re.IGNORECASE),
        # "no signs since mid-January of troops deployed there taking part in battle": the
        # gerund after the noun phrase "of" opens is what is denied, however the phrase runs
        re.compile(rf"(?<![\w-])no\s+(?:[a-z]+\s+)?{cues.alternation(defaults['signs'])}\s+"
                   r"(?:since\s+[^,;:.—–]{1,30}?\s+)?of\b[^,;:.—–]*$", re.IGNORECASE))


def _negated(text: str, start: int, end: int) -> bool:
    """A cue inside a noun phrase opened by "no" ("no signs of the formation of enemy
    offensive groups"), in what "no sign(s) that" denies ("no indication that troops were
    massing"), with "no" as its object ("saw no troops") or whose clause says it went
    unnoticed ("offensive actions were not recorded"): no event. "No" before a pause
    negates the pause ("no let-up in the shelling"), and a verb ends the negated phrase
    ("no one was hurt in the attack")."""
    n = _negation()
    if n.no_sign.search(text, max(0, start - 150), start):
        return True
    if _GERUND.match(text, start) and n.no_sign_of.search(text, max(0, start - 150), start):
        return True
    found = n.no_phrase.search(text, max(0, start - 200), start)
    if found is not None and not n.cessation.search(found.group("gap")) and (
            not _PHRASE_END.search(found.group("gap")) or _negated_subject(found.group("gap"))):
        return True
    return n.not_noticed.match(text, end) is not None or _NO_OBJECT.match(text, end) is not None


#: The auxiliaries between a subject opened by "no" and the cue that is its predicate ("no
#: North Korean troops had been seen", "no reinforcements have since been sent").
_SUBJECT_AUXILIARIES = re.compile(r"(?P<subject>.*?)\s*\b(?:(?:is|are|was|were|has|have|had|"
                                  r"been|being)\s+)+(?:(?:yet|ever|since|reportedly|"
                                  r"recently|also)\s+)?(?:been\s+)?$", re.IGNORECASE)
#: "No" that is no negation of its phrase: a bound on a count ("no fewer than 12 drones
#: were shot down"), "no longer".
_NOT_NEGATING = re.compile(r"^(?:fewer|more|less|later|sooner|longer)\b", re.IGNORECASE)


def _negated_subject(gap: str) -> bool:
    """Whether the words after "no" are a subject and its auxiliaries right before the cue,
    its predicate ("no North Korean troops had been seen", "no reinforcements were sent"):
    the predicate is denied. A verb inside the subject ends it ("no one was hurt when the
    shelling hit …") and leaves the cue alone."""
    found = _SUBJECT_AUXILIARIES.fullmatch(gap)
    return found is not None and not _NOT_NEGATING.match(gap) and \
        not _PHRASE_END.search(found.group("subject"))


#: "No" as the object of a cue verb ("observers saw no troops", "found nothing").
_NO_OBJECT = re.compile(r"\s+(?:no|nothing|none|nobody)\b", re.IGNORECASE)


#: Where a clause opens: a semicolon, colon or dash, "that" or a verb of saying ("experts
#: said that soldiers of … had been identified", "the Southern Command said troops entered"),
#: not a passive of saying that raises the subject ("units are reported to be operating",
#: "troops were said to have entered"): the subject stands before it.
_SUBJECT_OPEN = re.compile(r"[;:—–]|\b(?:that|said|says|say|reported|reports|stated|states|"
                          r"claimed|claims|announced|added|confirmed|told\s+[\w'’-]+)\b"
                          r"(?!\s+to\s+(?:be|have)\b)",
                          re.IGNORECASE)
#: Auxiliaries and adverbs between a subject and its predicate ("have been", "were also",
#: "is likely no longer held"), also a raising passive of saying ("are reported to be").
_AUXILIARIES = re.compile(r"(?:\s*\b(?:is|are|was|were|has|have|had|been|being|also|now|still|"
                          r"reportedly|likely|probably|again|recently|already|since|first|later|"
                          r"then|partly|partially|fully|completely|largely|mostly|"
                          r"(?:reported|said)\s+to\s+(?:be|have))\b)*\s*$",
                          re.IGNORECASE)


#: A time or place phrase fronted before the subject and set off by a comma ("On 19
#: October, units of the 8th Battalion … clashed", "In the north, troops …"): no subject.
_FRONTED = re.compile(r"\s*(?:On|In|At|During|Near|Around|Earlier|Later|Overnight|Late|Early|"
                      r"Last|Since|Shortly|Meanwhile|Elsewhere)\b[^,;:.]{0,60},\s*")


#: A pronoun of a whole set set off by a comma ("…, both stationed in", "…, all of them").
_BOTH = re.compile(r"\s*(?:both|all|each)(?:\s+of\s+them)?\s*", re.IGNORECASE)


def _subject(text: str, pos: int) -> tuple[int, int]:
    """The span of the subject of the predicate at ``pos``: the noun phrase that opens its
    clause, however long ("North Korean crews operating Koksan guns and rocket launchers
    have been identified"); past a parenthesis closed by a comma right before the
    predicate ("Colombian former soldiers, recruited by a private company, were
    identified"), the words before the parenthesis."""
    lo = max((m.end() for m in _SUBJECT_OPEN.finditer(text, 0, pos)), default=0)
    fronted = _FRONTED.match(text, lo, pos)
    if fronted is not None:
        lo = fronted.end()
    hi = _AUXILIARIES.search(text, lo, pos).start()
    head = text[lo:hi].rstrip()
    if head.endswith(","):
        return lo, lo + head.index(",")
    comma = head.rfind(",")
    if comma > 0 and _BOTH.fullmatch(head, comma + 1):
        # "both"/"all" after a comma points back to the noun phrase before it ("troops
        # from the 12th Command and Battalion No. 97, both stationed in the town")
        return lo + head.rfind(",", 0, comma) + 1, lo + comma
    return lo + comma + 1, hi


#: A second clause's pronoun subject right before its predicate (", and it has", ", but
#: they were"): the subject of the sentence's first clause, told again.
_PRONOUN_SUBJECT = re.compile(r",\s+(?:and|but)\s+(?:it|they)\s*$", re.IGNORECASE)
_FIRST_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had)\b", re.IGNORECASE)


def _pronoun_antecedent(text: str, pos: int) -> tuple[int, int]:
    """The span of the opening subject of the sentence when the subject of the predicate
    at ``pos`` is "it" or "they" after ", and" or ", but" ("The army has kept hold of
    El-Obeid, and it has strengthened its presence"); an empty span otherwise."""
    lo = max((m.end() for m in _SUBJECT_OPEN.finditer(text, 0, pos)), default=0)
    hi = _AUXILIARIES.search(text, lo, pos).start()
    if _PRONOUN_SUBJECT.search(text, lo, hi) is None:
        return pos, pos
    first = _FIRST_VERB.search(text, lo, hi)
    if first is None or "," in text[lo:first.start()]:
        return pos, pos
    return lo, first.start()


#: A formation reporting what "its forces" did ("the 2nd Corps reported on December 12 that
#: its forces had carried out a successful counterattack"): the forces are the formation's
#: own, so the reporter names the subject of the deed.
_OWN_FORCES_REPORTED = re.compile(
    r"(?P<who>[^,;:.]{3,80}?)\s+(?:reported|reports|said|says|stated|states|announced|"
    r"claimed|claims)\b(?:\s+(?:on|in)\s+[^,;:.]{1,30}?)?\s+(?:that\s+)?its\s+(?:own\s+)?"
    r"(?:forces|troops|units|fighters|soldiers|servicemen|men)\s+"
    r"(?:(?:had|have|has|also|successfully|now)\s+)*$", re.IGNORECASE)


def _own_forces_reporter(text: str, pos: int) -> tuple[int, int]:
    """The span of the formation that reports "its forces" did the deed at ``pos``; an
    empty span otherwise."""
    lo = max((m.end() for m in re.finditer(r"[.;:!?]\s+", text[:pos])), default=0)
    found = _OWN_FORCES_REPORTED.match(text, lo, pos)
    return (found.start("who"), found.end("who")) if found else (pos, pos)


#: A negation inside a relative clause of the cue's subject, whose own verb follows it ("every
#: one of those who did not die was taken prisoner"): the cue's predicate is not negated.
_NEGATED_RELATIVE = re.compile(r"\b(?:who|which|that)\s+(?:\w+\s+)?(?:not|never)\s+\w+\s+"
                               r"(?:was|were|is|are|has|have|had)\s+(?:been\s+)?$",
                               re.IGNORECASE)


#: A condition opening the cue's clause ("unless Russia brings in substantial
#: reinforcements", "if the army sends more troops"): what might happen, not what did.
_CONDITION = re.compile(r"\b(?:if|unless)\s+(?:[\w'’-]+\s+){1,6}$", re.IGNORECASE)


#: Kinds of deed set apart in a distinction ("the difference between fighting among armed
#: groups and attacks designed to terrorize civilians"): what each kind is, none told done.
_DISTINCTION = re.compile(r"\b(?:difference|differences|distinction|distinguish(?:es|ed|ing)?|"
                          r"differentiat(?:e|es|ed|ing))\s+between\b[^.;:!?]*$", re.IGNORECASE)


#: Deeds told as what repeated reports spoke of ("it followed repeated reports of villagers
#: being killed or driven out of their homes"): a pattern given as a reason, no one event.
_REPEATED_REPORTS = re.compile(r"\b(?:repeated|persistent|frequent|numerous|recurring|"
                               r"continued|constant)\s+(?:reports|accounts|complaints)\s+of\b"
                               r"[^.;:!?]*$", re.IGNORECASE)


#: A deed told as made possible, in the past ("made it possible to arrest nine others"): its
#: "possible" hedges nothing.
_MADE_POSSIBLE = re.compile(_MADE_IT_POSSIBLE + r"\b", re.IGNORECASE)


def _hedged(text: str, pos: int, word_starts: list[int], hedge: re.Pattern) -> bool:
    """A hedge ("plans to", "denied", "not") in the four words before, same clause, unless
    it negates the verb of a relative clause before the cue's own verb; or a condition
    opening the cue's clause a little further back."""
    index = _word_index(word_starts, pos)
    lo = word_starts[max(index - 4, 0)]
    before = text[lo:pos]
    clause = _MADE_POSSIBLE.sub(" ", re.split(_CLAUSE_PUNCTUATION, before)[-1])
    wider = re.split(_CLAUSE_PUNCTUATION, text[word_starts[max(index - 8, 0)]:pos])[-1]
    return (hedge.search(clause) is not None or _CONDITION.search(wider) is not None
            or _DISTINCTION.search(wider) is not None
            or _REPEATED_REPORTS.search(text, max(0, pos - 150), pos) is not None) and \
        not _NEGATED_RELATIVE.search(text, max(0, pos - 60), pos)
