"""Who says so: "according to X", "X said/reported/estimated", "uncovered by X".

:func:`find_attribution` returns the source a sentence names, its span (so its words
are not read as events or places of the event) and a ``source_kind`` from the
ordered word rules of ``cues/attribution.toml``. A sentence whose source is only a
pronoun ("it said") says so with ``name=None``; the caller carries the previous
source forward.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from geoapp.extract import cues


@dataclass(frozen=True)
class Attribution:
    """A source named in a sentence; ``start:end`` covers the cue and the name."""

    name: str | None
    kind: str | None
    start: int
    end: int
    cue: str
    unnamed: bool = False  # "Reports indicate": a claim nobody is named for
    channel: str | None = None  # "X told <channel>", the outlet that carried the claim
    #: "X told lawmakers …, according to Y": the relay's own words, not the event's either
    relay: tuple[int, int] | None = None

    @property
    def spans(self) -> list[tuple[int, int]]:
        """The sentence's spans that name who says so (not places or events of the claim)."""
        return [(self.start, self.end), *([self.relay] if self.relay else [])]


@dataclass(frozen=True)
class _Patterns:
    lead: re.Pattern
    say: tuple[re.Pattern, re.Pattern]
    between: re.Pattern
    stop: re.Pattern
    not_sources: frozenset[str]
    counted: frozenset[str]
    unnamed: frozenset[str]
    kinds: tuple[tuple[str, re.Pattern, re.Pattern], ...]


_TOKEN = re.compile(r"[\w][\w'’.&-]*|,")
_ARTICLES = ("the", "a", "an")
#: Where the clause of a verb of saying starts: punctuation, "that", "but", or a
#: subordinating word opening a clause whose subject follows ("came days after the U.N.
#: mission said", "as the ministry said").
_CLAUSE_BREAK = re.compile(r"[;:—–]|,\s|\s-\s|\bthat\b|\bwhile\b|\bbut\b|\band\s+(?=said)"
                           r"|\b(?:after|as|when|because|before|once|until)\s+(?=the\s|[A-Z])")


@cache
def _patterns() -> _Patterns:
    data = cues.load("attribution")
    lead = re.compile(rf"(?<![\w])(?P<cue>{cues.alternation(data['lead']['phrases'])})\s+",
                      re.IGNORECASE)
    say = tuple(re.compile(rf"(?<![\w])(?P<verb>{cues.alternation(data['say'][key])})(?![\w])",
                           re.IGNORECASE) for key in ("verbs", "weak_verbs"))
    between = re.compile(rf"(?:\s+{cues.alternation(data['say']['between'])})+\s*$",
                         re.IGNORECASE)
    stop = re.compile(rf"^(?:{cues.alternation(data['stop']['words'])})$", re.IGNORECASE)
    kinds = []
    for rule in data["kind"]:
        caps = [w for w in rule["words"] if w.isupper()]
        other = [w for w in rule["words"] if not w.isupper()]
        kinds.append((rule["kind"], cues.words_regex(caps or ["\x00"], 0),
                      cues.words_regex(other or ["\x00"])))
    return _Patterns(lead, say, between, stop, frozenset(data["not_sources"]["words"]),
                     frozenset(data["counted"]["words"]), frozenset(data["unnamed"]["words"]),
                     tuple(kinds))


def find_attribution(text: str) -> Attribution | None:
    """The source of a sentence, if it names one (lead phrases first, then verbs of saying).

    A lead phrase closing a sentence whose speaker is named before ("NIS told lawmakers
    that …, according to a lawmaker") relays that speaker: the speaker is the source, the
    relay is kept in its name."""
    p = _patterns()
    for m in p.lead.finditer(text):
        if _DENIED_REPORT.search(text, max(0, m.start() - 40), m.start()) and \
                m["cue"].lower().startswith("a report"):
            continue  # "denied a report by a rights group that …": the report is denied
        name, end = _name_after(text, m.end(), p)
        if name:
            cited = _CITING.match(text, end)
            if cited and m["cue"].lower() != "citing":  # "according to Z, citing W"
                source, more = _name_after(text, cited.end(), p)
                if source:
                    found = _make(name, m.start(), more, m["cue"], p)
                    return replace(found, name=f"{found.name}, citing {source}")
            relayed = _said(text[:m.start()], p) if _CLOSING.search(text[:m.start()]) else None
            if relayed is not None and relayed.name:
                return replace(relayed, name=f"{relayed.name}, according to {name}",
                               relay=(m.start(), end))
            return _make(name, m.start(), end, m["cue"], p)
    return _said(text, p)


_CLOSING = re.compile(r",\s*$")
#: A verb of denial right before "a report by …" ("The army denied a report by a rights group
#: that its jets had bombed the market"): the report is what is denied, not a source's word.
_DENIED_REPORT = re.compile(r"\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|"
                            r"refuted|refutes|disputed|disputes|contested|contradicted)\s+$",
                            re.IGNORECASE)


def _said(text: str, p: _Patterns) -> Attribution | None:
    """The source named with a verb of saying ("X said", "said X", "X told Y")."""
    for say in p.say:
        for m in say.finditer(text):
            found = _subject_before(text, m.start(), p) or _inverted(text, m, p)
            if found is None:
                continue
            name, start, end, described = found
            if m["verb"].lower() == "states" and _PLACES_BEFORE.search(text, 0, m.start()) \
                    and not _SAID_THAT.match(text, m.end()):
                continue  # "in Gezira and North Darfur states": a plural noun, no saying
            after = re.match(r",\s+(?:the|a|an)\s+[^,.;]+", text[end:])
            out = _make(name, min(start, m.start()), max(end, m.end()), m["verb"], p,
                        described + (after.group(0) if after else ""))
            if m["verb"].lower() in ("told", "tells"):
                channel, channel_end = _name_after(text, m.end() + 1, p)
                channel = _CHANNEL_END.sub("", channel or "")
                if channel and channel.lower() not in p.not_sources:
                    out = replace(out, channel=channel, end=max(out.end, channel_end))
            return out
    return None


#: Names opened by a preposition of place right before "states": the plural of the
#: administrative word, no saying ("attacks in Gezira and North Darfur states").
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_PLACES_BEFORE = re.compile(rf"\b(?:in|across|into|throughout)\s+(?:the\s+)?"
                            rf"{_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s+(?:and|or)\s+{_NAME})?\s+$")
_SAID_THAT = re.compile(r"\s*(?:that\b|:)")
_CHANNEL_END = re.compile(r"\s+(?:by phone|in an interview|on \w+day|by telephone)\b.*$")
_CITING = re.compile(r"\s*,?\s*citing\s+", re.IGNORECASE)
# "Kyrylo Budanov, head of Ukraine's military intelligence, told …": a subject and its
# description between commas right before the verb (a post may take a long name: "head of
# the Center for Countering Disinformation at Ukraine's National Security and Defense
# Council").
_APPOSITION = re.compile(r",\s+(?P<described>[^,;:]{3,130}),\s*$")


def source_kind(name: str) -> str | None:
    """The kind of a source name by the first matching rule ("US intelligence" → intelligence)."""
    for kind, caps, other in _patterns().kinds:
        if caps.search(name) or other.search(name):
            return kind
    return None


def _make(name: str, start: int, end: int, cue: str, p: _Patterns,
          described: str = "") -> Attribution:
    if name.lower() in p.not_sources:
        return Attribution(None, None, start, end, cue)
    if name.lower() in p.unnamed:
        return Attribution(None, "media", start, end, cue, unnamed=True)
    return Attribution(name, source_kind(f"{name} {described}") or "other", start, end, cue)


def _name_after(text: str, pos: int, p: _Patterns) -> tuple[str | None, int]:
    """The source name starting at ``pos``: up to a clause end or a stop word; a comma list
    ("US, Ukrainian and South Korean intelligence") continues while it reads as names."""
    words: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(text, pos):
        token = m.group(0)
        if token == ",":
            if _list_continues(text, m.end()):
                words.append((token, m.start(), m.end()))
                continue
            break
        if _AUXILIARY.fullmatch(token):  # the clause after the source had its subject
            words = _before_subject(words)
            break
        if p.stop.match(token) or len(words) >= 12 or text[pos:m.start()].count(".") > 0 \
                and not re.search(r"\b[A-Z]\.$", text[pos:m.start()].rstrip()):
            break
        words.append((token, m.start(), m.end()))
        if token.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]?\.", token):
            break
    return _clean(text, words)


#: A finite auxiliary: never part of a source's name ("according to the health ministry
#: Israeli troops had detained staff": the clause told after the source has begun).
_AUXILIARY = re.compile(r"(?i:had|has|have|was|were|is|are|will|would)")
#: Where a clause's subject may open after a source name ended in a common noun: a name, an
#: article or a number ("ministry Israeli troops", "officials the army", "UN 20 people").
_SUBJECT_OPENS = re.compile(r"[A-Z0-9][\w'’.,-]*|(?i:the|a|an|its|their|some|dozens|hundreds)")


def _before_subject(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The source's words before the subject of the clause that follows a source with no
    comma: cut where a capitalised word, an article or a number follows a lower-case noun."""
    for i in range(1, len(words)):
        prev = words[i - 1][0]
        if prev.isalpha() and prev.islower() and prev not in ("of", "and", "for", "the") \
                and _SUBJECT_OPENS.fullmatch(words[i][0]):
            return words[:i]
    return words


def _list_continues(text: str, pos: int) -> bool:
    """After a comma: is this the next item of a list of names ending in "and …"?"""
    segment = re.split(r"[,.;:]", text[pos:], maxsplit=1)[0]
    tokens = segment.split()
    if not (1 < len(tokens) <= 6) or not any(t in ("and", "or") for t in tokens):
        return False
    return all(t[0].isupper() or t in ("and", "or") for t in tokens[:-1])


def _clean(text: str, words: list[tuple[str, int, int]]) -> tuple[str | None, int]:
    while words and words[-1][0] in (",",):
        words.pop()
    while words and words[0][0].lower() in _ARTICLES:
        words.pop(0)
    if not words:
        return None, 0
    start, end = words[0][1], words[-1][2]
    if text.count("(", start, end) > text.count(")", start, end) and text[end:end + 1] == ")":
        end += 1  # "National Intelligence Service (NIS)"
    name = text[start:end].rstrip(".") if not re.search(r"\b[A-Z]\.$", text[start:end]) \
        else text[start:end]
    return " ".join(name.split()), end


def _subject_before(text: str, verb_start: int,
                    p: _Patterns) -> tuple[str, int, int, str] | None:
    """The noun phrase before a verb of saying, back to the start of its clause, and the
    description set off by commas between them ("X, head of Y, said")."""
    head = text[:verb_start]
    head = head[: len(head) - len(m.group(0))] if (m := p.between.search(head)) else head
    if (titled := _titled_name(text, head)) is not None:
        return titled
    described = ""
    apposition = _APPOSITION.search(head)
    lead = _TOKEN.findall(_CLAUSE_BREAK.split(head[:apposition.start()])[-1]) \
        if apposition else []
    if apposition and apposition.start() > 0 and (len(lead) <= 5 or _institution(lead)):
        described, head = apposition["described"], head[:apposition.start()]
    if re.search(r"\b(?:a|an|the|its|their|his|her|was|were|being|is|are|be|been)\s*$",
                 head, re.IGNORECASE):
        return None  # "an estimated 500", "the reported attack", "was reported"
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(head)]
    start = breaks[-1] if breaks else 0
    tokens = [(m.group(0), start + m.start(), start + m.end())
              for m in _TOKEN.finditer(head[start:]) if m.group(0) != ","]
    if not tokens or len(tokens) - _installed_by(tokens) - _led_by(tokens) > 9 and \
            not _institution([t[0] for t in tokens]):
        return None
    tokens = [t for t in tokens if t[0].lower() not in ("also", "however", "meanwhile")]
    tokens = _after_time(tokens)
    if not tokens:
        return None  # "Butusov, however, a journalist who …, noted": only an aside's adverb
    if len(tokens) > 1 and tokens[0][0].lower() in p.not_sources \
            and not _of_institution(tokens):
        return None  # "which clearly indicates", "this case confirms": not a source
    if tokens[-1][0].lower() in p.counted:
        return None  # "at least 9 fatalities reported": a count, told in the passive
    name, end = _clean(text, tokens)
    return (name, tokens[0][1], end, described) if name else None


#: Vague subjects that name a source once their institution follows ("analysts of the
#: DeepState project reported", "experts at the Institute for the Study of War said").
_STAFF = frozenset(("analysts", "experts", "researchers"))


def _of_institution(tokens: list[tuple[str, int, int]]) -> bool:
    """Are the words analysts or experts "of", "at" or "from" a named institution?"""
    words = [t[0] for t in tokens]
    return len(words) > 2 and words[0].lower() in _STAFF \
        and words[1].lower() in ("of", "at", "from") \
        and any(w[:1].isupper() for w in words[2:])


#: Who put an authority in place, told right after it ("the authorities installed by
#: Russia in the city of X", "officials appointed by Moscow in X"): words of its name that
#: do not make it a longer clause.
_PUT_IN_PLACE = frozenset(("installed", "appointed", "imposed"))
_AUTHORITIES = frozenset(("authorities", "officials", "administration", "administrations"))


def _installed_by(tokens: list[tuple[str, int, int]]) -> int:
    """How many of a source's words tell who installed it ("installed by Russia"): 3 or 0."""
    words = [t[0].lower() for t in tokens]
    return next((3 for i in range(1, len(words) - 2) if words[i - 1] in _AUTHORITIES
                 and words[i] in _PUT_IN_PLACE and words[i + 1] == "by"), 0)


#: Who leads a source, told right after it and ending in a name ("the group led by the
#: Malian jihadist Iyad Ag Ghali", "the movement headed by former minister Ali Bako"): words
#: that describe the source, not a longer clause.
_LED = frozenset(("led", "headed", "commanded", "founded"))


def _led_by(tokens: list[tuple[str, int, int]]) -> int:
    """How many of a source's words tell who leads it ("led by the jihadist X Y"): the
    words from "led by" to the name ending the source, at most eight, else 0."""
    words = [t[0] for t in tokens]
    for i in range(1, len(words) - 2):
        if words[i].lower() in _LED and words[i + 1].lower() == "by":
            rest = words[i + 2:]
            if len(rest) <= 6 and rest[-1][:1].isupper() and all(
                    w[:1].isupper() or w.isalpha() and w.islower() for w in rest) and \
                    not any(w.lower() in ("and", "who", "which", "that") for w in rest):
                return len(words) - i
    return 0


#: A time opening the clause before its subject, with no comma ("This week the ministry
#: reported", "Earlier this month the army said"): when it was said, not who said it.
_TIME_WORDS = frozenset(("week", "weekend", "month", "year", "morning", "afternoon", "evening",
                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                         "sunday"))


def _institution(words: list[str]) -> bool:
    """Words that are a long institution's name, a time opening it may have aside ("This
    week the Main Directorate of Intelligence of the Ukrainian Defence Ministry"): names
    and their small words only, at most twelve."""
    words = [w for w, _, _ in _after_time([(w, 0, 0) for w in words])]
    return 5 < len(words) <= 12 and words[0].lower() == "the" and all(
        w[:1].isupper() or w.lower() in ("of", "the", "and", "for", "on") for w in words)


def _after_time(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tokens past an opening "this week" or "earlier this month" (see ``_TIME_WORDS``)."""
    words = [t[0].lower() for t in tokens[:3]]
    for n in (2, 3):
        if len(tokens) > n and words[n - 2] == "this" and words[n - 1] in _TIME_WORDS and \
                (n == 2 or words[0] in ("earlier", "later")):
            return tokens[n:]
    return tokens


def _titled_name(text: str, head: str) -> tuple[str, int, int, str] | None:
    """"…, the head of the regional administration, Oleh Syniehubov, said": a person's name
    set off by commas after the description of their post."""
    named = _NAME_LAST.search(head)
    if named is None:
        return None
    clauses = [c for c in _CLAUSE_BREAK.split(head[:named.start()]) if c.strip()]
    post = clauses[-1].strip() if clauses else ""
    words = _TOKEN.findall(post)
    if not 1 < len(words) <= 9 or not (words[0].lower() in _ARTICLES or words[0].islower()):
        return None
    start = head.rindex(post, 0, named.start())
    return named["name"], start, named.end("name"), post


# A name of two to four capitalised words between commas, right before the verb.
_NAME_LAST = re.compile(r",\s+(?P<name>(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+),\s*$")


#: An adverb set off by commas between a subject and its verb ("Some outlets did, however,
#: report a separate attack"): the comma closes the aside, the verb's subject came before it,
#: so what follows the verb is what was said, no source named after it.
_ASIDE_BEFORE = re.compile(r",\s*(?:however|though|meanwhile|in\s+turn|in\s+fact|indeed|"
                           r"nonetheless|nevertheless|too|for\s+(?:their|its|his|her)\s+part)"
                           r"\s*,\s*$", re.IGNORECASE)


def _inverted(text: str, verb: re.Match, p: _Patterns) -> tuple[str, int, int, str] | None:
    """', said Oleh Syniehubov, the regional governor.' — the source after the verb."""
    if not re.search(r",\s*$", text[:verb.start()]) or _ASIDE_BEFORE.search(text, 0, verb.start()):
        return None
    name, end = _name_after(text, verb.end() + 1, p)
    return (name, verb.start(), end, "") if name else None
