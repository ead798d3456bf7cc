"""Where an event happened versus the places a sentence merely mentions.

Every place found in a sentence gets a role. ``event`` places can locate events;
the others (``birthplace_on_documents``, ``hometown``, ``launch_site``, ``origin``,
``comparison``, ``mentioned``, ``dateline``) only ever become related places, by
the phrase before them (``cues/places.toml``). Places inside a source's name
("the Kharkiv governor said") have role ``source``: usable when a later clause
refers back to them ("the city"), never on their own.

Event places written together ("Vorozhba in the Kursk region", "the Kursk region of
western Russia") form one :class:`PlaceGroup` located at its most specific member
that agrees with the others. When the specific name only exists elsewhere in the
gazetteer (a hamlet below the population threshold shares its name with a town in
another region), the group falls back to the region the text gives, and says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from geoapp.extract import cues
from geoapp.extract.numbers import parse_count, spelled_number
from geoapp.extract.places import PlaceHit
from geoapp.geocode import Match

EVENT, SOURCE, DATELINE, MENTIONED, COMPARISON, DESTINATION = (
    "event", "source", "dateline", "mentioned", "comparison", "destination")
#: Match kinds from finest to coarsest.
SPECIFICITY = {"place": 0, "district": 1, "region": 2, "country": 3}
#: "the", a bearing, "occupied", or a word for a region on the front or the border
#: ("Russia's border oblast of Kursk", "Ukraine's frontline Donetsk region").
_QUALIFIERS = r"(?:(?:the|(?:[a-z]+-)?[a-z]+ern|central|occupied|border|frontier|frontline|front-line|" \
    r"embattled)\s+)*"
# "Vorozhba in the Kursk region", "Plekhovo and Cherkasskaya Konopelka in the Kursk region",
# "Sebba, in the Seno province", "the Kursk region of western Russia": towards a coarser
# place.
_TO_COARSER = re.compile(r"^(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*"
                         rf"(?:\s*,\s*(?:in\s+)?|\s+in\s+|\s+of\s+|\s*\(\s*){_QUALIFIERS}$")
# "Russia's Kursk region": towards a finer place; so too a place singled out within the
# wider one ("in southern Ukraine, above all around the village of Krynky", "in the east,
# especially near Toretsk").
_TO_FINER = re.compile(rf"^(?:['’]s\s+{_QUALIFIERS}|\s*,\s*(?:above\s+all|especially|"
                       r"particularly|notably|chiefly|mainly|mostly|in\s+particular)\s*,?\s+"
                       r"(?:(?:in|around|near|at|outside)\s+)?(?:the\s+(?:(?:village|town|city|"
                       r"settlement)\s+of\s+)?)?)$")


@dataclass(frozen=True)
class Place:
    """A place hit with its role in the sentence it sits in."""

    hit: PlaceHit
    role: str


@dataclass(frozen=True)
class PlaceGroup:
    """Event places written together, located at ``match``; ``note`` says if it fell back."""

    start: int
    end: int
    text: str
    match: Match
    note: str | None

    @classmethod
    def of(cls, hit: PlaceHit) -> PlaceGroup:
        """The group of one place hit, located at its own match."""
        return cls(hit.start, hit.end, hit.text, hit.match, None)


@dataclass(frozen=True)
class _RoleRule:
    role: str
    before: re.Pattern
    context: re.Pattern | None
    types: frozenset[str]
    clause: re.Pattern | None
    #: words the place's clause must also hold for ``before`` to fire ("crossed into" is
    #: where people fled to only in a clause about people fleeing)
    within: re.Pattern | None


@cache
def _role_rules() -> tuple[_RoleRule, ...]:
    data = cues.load("places")
    gap = rf"(?:\s+{cues.alternation(data['accept']['directions'])})*\s*$"
    return tuple(
        _RoleRule(rule["role"],
                  re.compile(rf"(?<![\w]){cues.alternation(rule['before'])}{gap}", re.IGNORECASE),
                  cues.words_regex(rule["context"]) if "context" in rule else None,
                  frozenset(rule.get("types", ())),
                  cues.words_regex(rule["clause"]) if "clause" in rule else None,
                  cues.words_regex(rule["within"]) if "within" in rule else None)
        for rule in data["role"])


#: A force told by where it was sent, the participle right after its noun ("North Korean
#: troops sent to the Kursk region have taken casualties"): the force is there and its
#: news happens there, unlike the wounded or captives brought somewhere ("the wounded were
#: sent to X", "wounded soldiers sent to X"). The sending may be told in a passive with its
#: auxiliary ("part of the 11,000 North Korean troops had been sent to the Kursk region, and
#: 100 of them killed").
@cache
def _force_sent() -> re.Pattern:
    forces = cues.alternation(cues.load("lexicon")["forces"]["words"])
    gap = cues.alternation(cues.load("places")["accept"]["directions"])
    return re.compile(rf"(?<!wounded )(?<!injured )(?<!captured )(?<!\bsick ){forces}\s+"
                      rf"(?:(?:had|have|has|were|was|are|is)\s+(?:been\s+|being\s+)?|being\s+)?"
                      rf"(?:sent|moved|transferred|brought)\s+(?:back\s+)?to(?:\s+{gap})*\s*$",
                      re.IGNORECASE)


#: Where a subordinate clause opens, with a subject of its own ("civilians fled as troops
#: crossed into …").
_SUBORDINATE = re.compile(r"\b(?:as|while|when|after|before|because|since|until|where|whereas)\b",
                          re.IGNORECASE)


#: Strikes along the border of a region, not a country ("shelling along the border of the
#: Chernihiv and Sumy regions"): the region's border areas are hit, so the region is the
#: attack's place, unlike a country whose border is named ("along the border of Belarus").
_ALONG_BORDER_OF = re.compile(r"\balong\s+the\s+borders?\s+of\s*(?:the\s+)?$", re.IGNORECASE)


#: The far end of a journey told by both its ends ("tankers on their way from Senegal to
#: Bamako were attacked", "a bus travelling from Gao to Ansongo was stopped"): where the
#: convoy or traveller was going is not where it was struck, stopped or seized, as with
#: "en route to" (``cues/places.toml``).
_WAY_FROM_TO_BEFORE = re.compile(
    r"\b(?:on\s+(?:their|its|his|her|the)\s+way|en\s+route|travell?ing|heading|headed|"
    r"bound)\s+from\s+[^,;:.!?()]{1,60}?\s+to\s*(?:the\s+)?$", re.IGNORECASE)
_WAY_FROM_TO_TYPES = frozenset({"attack", "capture", "casualty_report", "document_seizure"})


def assign_role(before: str, context: str, types: set[str], country: bool = False) -> str:
    """The role of a place from the sentence text before it; ``event`` if no rule fires.

    ``context`` is the sentence with the one before it (documents are often named
    in the previous sentence); ``types`` are the event types the sentence carries;
    ``country`` says the place is a whole country (a force sent to one stays told by its
    sending: the finer place named with it, "sent to Russia, in the Kursk region", says
    where it is).
    """
    clause = re.split(r"[;:.!?]", before)[-1]
    if _WAY_FROM_TO_TYPES & types and _WAY_FROM_TO_BEFORE.search(before, max(0, len(before) - 120)) \
            and (country or not _force_sent().search(before)):
        return DESTINATION
    rules = [r for r in _role_rules() if (not r.types or r.types & types) and (
        r.context is None or r.context.search(context))]
    # the words right before the place first ("bordering Mongolia"), then its clause's
    for rule in rules:
        if rule.before.search(before) and (
                rule.within is None or rule.within.search(_SUBORDINATE.split(clause)[-1])) \
                and not (rule.role == DESTINATION and not country
                         and _force_sent().search(before)) \
                and not (rule.role == MENTIONED and not country and "attack" in types
                         and _ALONG_BORDER_OF.search(before)):
            return rule.role
    for rule in rules:
        if rule.clause is not None and rule.clause.search(clause):
            return rule.role
    return EVENT


#: Kilometres beyond which a place a distance is given from is no place of the event.
_REACH_KM = 50
_KM_PER = {"km": 1.0, "kms": 1.0, "kilometre": 1.0, "kilometer": 1.0, "mi": 1.609344,
           "mile": 1.609344}
#: A distance right before a place: "within 250 miles of", "some 400km (250 miles) from",
#: "300 km short of the city of", also the place's kind before its name ("175 kilometres
#: from the capital Niamey", "from the regional capital, X").
#: The distance may be written in words ("some thirty kilometres from").
_DIST = rf"(?P<dist>\d[\d,]*(?:\.\d+)?|(?<![\w-]){spelled_number()})"
_DISTANCE_BEFORE = re.compile(
    _DIST + r"\s*(?P<unit>kms?|kilomet(?:re|er)|mi|miles?)s?\b"
    r"(?:\s*\([^)]*\))?\s+(?:away\s+)?(?:of|from|short\s+of)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+of\s+(?:the\s+)?|(?:[a-z]+\s+)?(?:capital|city|town)\s*,?\s+)?$",
    re.IGNORECASE)
#: Reach without a distance: "brings them closer to", "within striking distance of", and
#: what a threat hangs over ("threatens the villages of", "the threat hanging over").
_REACH_BEFORE = re.compile(
    r"\b(?:(?:closer|nearer)\s+to|within\s+(?:striking\s+distance|reach|(?:[a-z]+\s+)?range)"
    r"\s+of)\s+(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?$"
    # a nearing told by the distance left, however short ("had come within 30 km of",
    # "advanced to within a few miles of"): where they got near, not where they were
    r"|\b(?:come|comes|came|coming|got|gets|getting|advanced|advancing|moved|moving|pushed|"
    r"pushing|closed\s+in|closing\s+in)\s+(?:to\s+)?within\s+(?:about\s+|some\s+|roughly\s+|"
    r"around\s+|just\s+|only\s+|less\s+than\s+|a\s+few\s+|several\s+)?(?:[\d.,]+|[a-z]+)?\s*"
    r"(?:kms?|kilomet(?:re|er)s?|miles?|mi)\s+of\s+(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?$"
    # what a threat hangs over: "threatens the border villages of", "the threat to"
    r"|\bthreat(?:en(?:s|ed|ing)?|s)?(?:\s+(?:hanging|looming|posed))?"
    r"(?:\s+(?:over|to|against))?\s+(?:the\s+)?(?:(?:[a-z-]+\s+){1,2}of\s+(?:the\s+)?)?$",
    re.IGNORECASE)


#: A distance right after a place, away from where the sentence is: "on the outskirts of
#: Khartoum some 650 kilometres away", "Kyiv, about 400 km (250 miles) to the north".
_DISTANCE_AFTER = re.compile(
    r"\s*,?\s+(?:(?:some|about|around|roughly|nearly|almost|more\s+than|over|at\s+least|"
    r"just\s+over|just\s+under|less\s+than)\s+)?" + _DIST + r"\s*"
    r"(?P<unit>kms?|kilomet(?:re|er)|mi|miles?)s?\b(?:\s*\([^)]*\))?\s+"
    r"(?:away|distant|to\s+the\s+(?:north|south|east|west)\w*)\b", re.IGNORECASE)


def measures_reach(before: str, after: str = "") -> bool:
    """Does ``before`` (the text up to a place's name) make the place a measure of how far
    the events reached, not where they happened: a long distance from it ("within 250 miles
    of Kisangani", "400 km from Kyiv") or a nearing ("brings them closer to Kramatorsk")?
    So does a long distance right ``after`` it ("… of Khartoum some 650 kilometres away").
    A short distance ("5 km from Pokrovsk") still places the event by it."""
    if _REACH_BEFORE.search(before):
        return True
    m = _DISTANCE_BEFORE.search(before) or _DISTANCE_AFTER.match(after)
    if m is None:
        return False
    unit = m["unit"].lower().rstrip("s") or "km"
    dist = m["dist"].replace(",", "")
    value = float(dist) if dist[0].isdigit() else parse_count(dist)
    if value is None:
        return False
    km = value * _KM_PER.get(unit, 1.0)
    return km > _REACH_KM


#: A hospital the wounded were brought to or are treated in, or whose staff tell of them
#: ("were brought to the hospital in", "evacuated to a clinic in", "treated at the main
#: hospital in", "a hospital source in"): where the casualties went, not where they fell.
_CARE = r"(?:hospitals?|clinics?|infirmar(?:y|ies)|health\s+(?:centre|center)s?|" \
        r"medical\s+(?:centre|center|facility|facilities))"
_TREATED_BEFORE = re.compile(
    rf"\b(?:(?:brought|taken|rushed|evacuated|admitted|transferred|carried|ferried|airlifted|"
    rf"flown|moved|sent)\s+(?:[\w-]+\s+){{0,3}}?to\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){{0,2}}?"
    rf"{_CARE}|(?:treated|hospitali[sz]ed|cared\s+for|receiving\s+(?:medical\s+)?treatment)"
    rf"\s+(?:at|in)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){{0,2}}?{_CARE}|"
    rf"(?:doctors|medics|nurses)\s+at\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){{0,2}}?{_CARE}|"
    rf"hospital\s+(?:sources?|officials?|staff|director|doctors?|workers?))"
    # the place may follow the kind of town it is ("in the regional capital Fada")
    rf"(?:\s+[\w'’-]+){{0,5}}?\s+(?:in|at)\s+(?:the\s+)?(?:(?:(?:regional|provincial|state|"
    rf"district|nearby)\s+)?(?:capital|town|city|village)(?:\s+of)?\s+)?$",
    re.IGNORECASE)


#: Deeds a person or group is charged with, told of them as a record ("a commander it
#: accused of leading attacks in …", "wanted for kidnappings across …"): no event of the
#: report's own.
_CHARGED_BEFORE = re.compile(
    r"\b(?:accused\s+of|blamed\s+for|wanted\s+for|charged\s+with|convicted\s+of|"
    r"suspected\s+of|known\s+for)\s+(?:(?:leading|carrying\s+out|orchestrating|masterminding|"
    r"planning|staging|directing|organi[sz]ing|ordering|committing)\s+)?(?:(?:several|many|"
    r"numerous|deadly|multiple|recent|past|previous|a\s+series\s+of|a\s+string\s+of|"
    r"a\s+wave\s+of)\s+)?(?:attacks|killings|bombings|raids|kidnappings|abductions|"
    r"massacres|ambushes|assassinations)\s+(?:in|on|across|around|against|throughout)\s+"
    r"(?:the\s+)?$", re.IGNORECASE)


def charged_with(before: str) -> bool:
    """Is the place after ``before`` (the sentence up to its name) where deeds someone is
    accused of took place ("accused of leading attacks in …"): a record, not this news?"""
    return _CHARGED_BEFORE.search(before, max(0, len(before) - 160)) is not None


def where_treated(before: str) -> bool:
    """Is the place after ``before`` (the sentence up to its name) where the wounded were
    taken or treated ("brought to the hospital in …", "a hospital source in …"), not where
    they were hurt?"""
    return _TREATED_BEFORE.search(before, max(0, len(before) - 160)) is not None


#: The far end of a road named by its two ends ("on the road between Kayes and Diema",
#: "the highway linking Kati to Kolokani", "the road from Kaya to Dori"): the road's first
#: town places the event, as reports do; the second only says where the road leads.
_ROAD_END_BEFORE = re.compile(
    r"\b(?:road|highway|motorway|route|axis|supply\s+route|corridor|track)\s+"
    r"(?:(?:that|which)\s+(?:links|linked|connects|connected|joins|joined|runs|ran|leads|led)"
    r"\s+|between|from|linking|connecting|joining|running\s+from|leading\s+from)\s+"
    r"(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?(?P<first>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)"
    r"{0,2})\s+(?:and|to|with)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$")


#: A clause saying where the place before it lies by naming others: "El Fula, which lies
#: between Babanusa and Nyala", "Kosti, which sits on the main road linking Sennar with
#: Kordofan". Both places it names only locate the subject; its own news is elsewhere.
_LIES_BETWEEN_BEFORE = re.compile(
    r"\b(?:which|that)\s+(?:lies|lay|sits|sat|stands|is\s+located|is\s+situated)\s+"
    r"(?:(?:halfway\s+|midway\s+|roughly\s+)?between|(?:on|along|astride)\s+(?:the|a)\s+"
    r"(?:(?:main|key|major|strategic|vital|only)\s+)?(?:road|highway|route|supply\s+route|"
    r"corridor|axis)\s+(?:linking|connecting|joining|between|from))\s+(?:the\s+)?$",
    re.IGNORECASE)


#: The far end of a road written as its two towns joined by a dash ("on the Kayes–Diema
#: road", "the Kati–Kolokani highway", "the Shwebo-Myitkyina highway"): ``first`` before
#: it, the road's word after it.
_DASHED_END_BEFORE = re.compile(r"(?P<first>[A-Z][\w'’]+)(?:\s*[–—]\s*|-)$")
_DASHED_ROAD_AFTER = re.compile(r"\s+(?:road|highway|motorway|route|axis|supply\s+route|"
                                r"corridor)\b", re.IGNORECASE)


#: A route told by the town it runs from alone, after the sentence has named a place
#: ("advance north-east of Huliaipole to cut the supply routes running from Pokrovske"):
#: the town only says where the route starts; the event is at the place named before.
_ROUTE_FROM_BEFORE = re.compile(
    r"\b(?:roads?|highways?|routes?|supply\s+(?:routes?|lines?)|logistics\s+(?:routes?|"
    r"lines?)|corridors?)\s+(?:(?:that|which)\s+(?:run|runs|ran|lead|leads|led)|running|"
    r"leading|coming)\s+(?:out\s+)?from\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$",
    re.IGNORECASE)


def road_end(before: str, found: list[tuple[int, int]], after: str = "") -> bool:
    """Is the place after ``before`` the far end of a road named by its two towns, the
    first of which is one of the places ``found`` (spans in ``before``)? ``after`` is the
    text after the place, for a road written "Kayes–Diema road". When the
    gazetteer lacks the first, the second is all that places the event. Either end is no
    place of the event when the road (or the pair) only says where a place named before
    lies ("Kosti, which sits on the road linking Sennar with …"): the far end then follows
    as the road's."""
    if _LIES_BETWEEN_BEFORE.search(before, max(0, len(before) - 160)):
        return True
    if found and _ROUTE_FROM_BEFORE.search(before, max(0, len(before) - 80)):
        return True
    m = _ROAD_END_BEFORE.search(before, max(0, len(before) - 160))
    if m is None and _DASHED_ROAD_AFTER.match(after):
        m = _DASHED_END_BEFORE.search(before, max(0, len(before) - 60))
    return m is not None and any(lo < m.end("first") and m.start("first") < hi
                                 for lo, hi in found)


#: A road named by a town and a quarter of the country ("a key highway between Tyre and the
#: northern regions", "the road linking Kabul to the north"): it spans much of the country,
#: so the town only says where it starts, no place of what befell the road.
_ROAD_TO_QUARTER_BEFORE = re.compile(
    r"\b(?:road|highway|motorway|route|supply\s+route|corridor|artery)\s+(?:between|from|"
    r"linking|connecting|joining)\s+(?:the\s+(?:city|town|capital)\s+of\s+)?$", re.IGNORECASE)
_QUARTER_AFTER = re.compile(
    r"\s+(?:and|to|with)\s+the\s+(?:(?:north|south|east|west)(?:ern)?|(?:north|south)-?"
    r"(?:east|west)(?:ern)?)(?:\s+(?:regions?|provinces?|parts?|areas?|districts?))?\b"
    r"(?!\s+of\b)", re.IGNORECASE)


def road_to_quarter(before: str, after: str) -> bool:
    """Is the place between ``before`` and ``after`` the start of a road named by it and a
    quarter of the country ("the highway between Tyre and the north")?"""
    return _ROAD_TO_QUARTER_BEFORE.search(before, max(0, len(before) - 80)) is not None and \
        _QUARTER_AFTER.match(after) is not None


#: A clause that gives the predicate before it to more places ("Kayes was attacked, as were
#: Molodo and Niono in the centre", "have been freed, he said, as have 13 settlements in
#: the X and Y regions"), up to where that clause ends; not a comparison ("as was the case
#: in Mykolaiv last year", "as has been reported"). Its places are the predicate's, in no
#: list with a place before it.
AS_TOO = re.compile(r",\s*as\s+(?:was|were|did|had|has|have)\s+(?:also\s+)?"
                    r"(?!(?:the\s+case|so|usual|expected|feared|reported|planned|been)\b)"
                    r"(?P<what>[^,;:()]*)", re.IGNORECASE)


#: A new predicate of speech between the two ("… now controlled by Moscow, and said a
#: village in the Dnipropetrovsk region had been taken"): the second place is what the
#: speaker tells, not a member of the first one's list.
_NEW_SAYING = re.compile(r"^\s*,?\s*(?:and|but)\s+(?:also\s+|later\s+|then\s+)?"
                         r"(?:said|says|added|adds|reported|reports|claimed|claims|"
                         r"announced|announces|stated|states)\b")


def inherits_role(previous: str, between: str) -> bool:
    """A place right after a related place, in apposition ("Tuva, a region of Russia") or
    in the same list ("from the Primorsky and Khabarovsk krais", "with Niger and Benin"); not
    one that an "as were" clause gives the predicate before it ("near the border with
    Mauritania, were attacked, as were Niono and …"), nor one a new verb of speech tells
    (", and said a village in X had been taken")."""
    if previous in (EVENT, SOURCE, DATELINE) or len(between) > 60 or re.search(r"[.;]", between) \
            or AS_TOO.search(between) or _NEW_SAYING.match(between):
        return False
    return re.match(r"^\s*(?:,|in\b|of\b|\(|(?:and|or)\s+(?:the\s+)?$)", between) is not None


def group_places(places: list[Place], text: str) -> list[PlaceGroup]:
    """Event places of one sentence, grouped where written together, one location each."""
    groups: list[list[Place]] = []
    for place in places:
        if place.role != EVENT:
            continue
        if groups and _written_together(groups[-1], place, text):
            groups[-1].append(place)
        else:
            groups.append([place])
    return [_locate(group, text) for group in groups]


def _written_together(group: list[Place], place: Place, text: str) -> bool:
    """Does ``place`` name a unit containing (or contained by) the group's last place?"""
    last = group[-1]
    if place.hit.match.kind in {p.hit.match.kind for p in group}:
        return False
    between = text[last.hit.end:place.hit.start]
    rank, last_rank = SPECIFICITY[place.hit.match.kind], SPECIFICITY[last.hit.match.kind]
    if rank > last_rank and _LIST_NAMES.match(between) and _LIST_GOES_ON.match(
            text, place.hit.end) and _fitting(last.hit.match, [place.hit.match]) is None:
        return False  # "regions of Chernihiv, Sumy, Kharkiv and Donetsk": a list, not "town, region"
    if rank > last_rank and _LIST_COMMA.match(between) and \
            _FRONTED_IN.match(text[_sentence_start(text, group[0].hit.start):group[0].hit.start]) \
            and _VERB_AFTER.match(text, place.hit.end):
        return False  # "In the X region, Russia continues …": the clause's subject, not X's country
    return bool(rank > last_rank and _TO_COARSER.match(between)
                or rank < last_rank and _TO_FINER.match(between))


#: A place in a phrase opening the sentence ("In the X region, ", "Further south, in the X
#: region, "), and a lowercase word right after the name that follows its comma (", Russia
#: continues to …"): that name opens the clause as its subject, it does not say where the
#: place lies ("In Kherson, Ukraine, …" does).
_FRONTED_IN = re.compile(r"^\W*(?:[A-Za-z-]+\s+){0,2}?(?:[A-Za-z-]+,\s+)?"
                         r"(?:in|on|near|around|across|along)\s+(?:the\s+)?$", re.IGNORECASE)
_VERB_AFTER = re.compile(r"\s+(?!(?:and|or|in|on|at|near|of|to|from|with|by|for|as)\b)[a-z]")

def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last full stop, question or
    exclamation mark or line break before it."""
    found = list(re.finditer(r"[.!?]\s+|\n", text[:pos]))
    return found[-1].end() if found else 0


#: A bare comma between two names, and a list going on after the second one
#: (", Kharkiv and Donetsk"): names listed side by side, not a town and its region; so too
#: with names the gazetteer lacks listed between them ("Niono, Molodo, Sandaré, Nioro du
#: Sahel and Kayes").
_LIST_COMMA = re.compile(r"^\s*,\s*$")
_LIST_NAMES = re.compile(r"^\s*,\s*(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*,\s*)*$")
_LIST_GOES_ON = re.compile(r"(?:\s*,\s*|\s+and\s+)[A-Z]")


def _locate(group: list[Place], report: str) -> PlaceGroup:
    """The most specific member consistent with the coarser ones (or a fallback)."""
    members = sorted(group, key=lambda p: SPECIFICITY[p.hit.match.kind])
    start, end = min(p.hit.start for p in group), max(p.hit.end for p in group)
    text = report[start:end]
    note = None
    for i, place in enumerate(members):
        match = place.hit.match
        coarser = [m.hit.match for m in members[i + 1:]]
        fitting = _fitting(match, coarser)
        if fitting is not None:
            return PlaceGroup(start, end, text, fitting, note)
        where = coarser[0].name
        note = note or f"location {place.hit.text!r} not found in {where}; placed at {where}"
    return PlaceGroup(start, end, text, members[-1].hit.match, note)


def _fitting(match: Match, coarser: list[Match]) -> Match | None:
    """``match`` or one of its namesakes lying within every coarser member, else None."""
    for candidate in (match, *match.alternatives):
        if candidate.kind == match.kind and all(_within(candidate, c) for c in coarser):
            return candidate
    return None


def _within(inner: Match, outer: Match) -> bool:
    if outer.kind == "country":
        return inner.country == outer.country
    return inner.adm1_code == outer.adm1_code
