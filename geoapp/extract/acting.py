"""Places that act: a country or a capital standing for its government as the subject of a
verb ("Moscow has concentrated troops near Sudzha") names who acts, not where. Kept apart
so that finding places (which must not take such a city as the region a report is about)
and giving places their roles read it the same way."""

from __future__ import annotations

import re
from functools import cache

from geoapp.extract import cues
from geoapp.geocode import Match

#: The day a subject acted, told between it and its verb ("Moscow on Thursday denied").
_DAY = (r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|"
        r"today|earlier\s+today|last\s+(?:night|week))")


#: Ground won back, told in the perfect with what was won ("Kyiv had recovered roughly 90%
#: of the town", "Moscow has recovered most of the territory"): the side that took it, though
#: a place that "has recovered" by itself only came through (``undergone``).
_RECOVERED_GROUND = (r"(?:has|have|had)\s+(?:also\s+|now\s+|reportedly\s+)?(?:recovered|regained)"
                     r"(?=\s+(?:roughly\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|"
                     r"over\s+|more\s+than\s+)?(?:\d|most\b|much\b|all\b|parts?\b|half\b|"
                     r"(?:a|the|some)\s+(?:[\w-]+\s+)?(?:ground|territory|share|part|portion|"
                     r"area|control)\b|ground\b|territory\b|control\b))")


@cache
def _acting(kind: str = "verbs") -> re.Pattern:
    data = cues.load("places")["acting"]
    verbs = cues.alternation(data[kind], adverbs=True)  # "Moscow is reportedly using them"
    if kind == "verbs":  # any perfect but of what befalls a place ("has endured")
        verbs = rf"(?:{verbs}|(?:has|have|had)\s+(?:also\s+|now\s+|long\s+|reportedly\s+)?" \
                rf"(?!{cues.alternation(data['undergone'])}(?![\w]))[a-z]+|{_RECOVERED_GROUND})"
    # an adverb may stand between ("Moscow and Kyiv both said", "Moscow again denied",
    # "Kyiv and Moscow routinely accuse each other"), or the day it acted ("Moscow on
    # Thursday stood by its claim", "Kyiv, on Monday, said")
    return re.compile(rf"^(?:\s*,\s*{_DAY}\s*,|\s+{_DAY})?\s+"
                      rf"(?:(?:also|reportedly|allegedly|both|each|again|routinely|"
                      rf"regularly|repeatedly|often|frequently|usually|always|clearly|"
                      rf"evidently|plainly|now|still)\s+)?"
                      rf"(?:(?:has|have|had)\s+(?:also\s+)?)?{verbs}(?![\w])", re.IGNORECASE)


#: Characters after a place that :func:`acts` is given to read ("…, meanwhile, the Russian
#: Defence Ministry").
READ_AFTER = 60

#: Characters before a place that :func:`acts` is given to read ("the truce agreed between
#: Hezbollah and …").
READ_BEFORE = 60

#: Inhabitants from which a city named as a subject stands for its government
#: ("Pyongyang sent troops", "Moscow denied").
_CAPITAL_SIZE = 1_000_000


#: Inhabitants from which a city as the subject of a verb of speech or diplomacy stands
#: for its government ("Washington pressed Moscow").
_SPEAKING_SIZE = 300_000


#: A site a force holds, named after the forces' word ("a Mali military camp", "the
#: Boulkessi army base"): the place is where the site lies, not whose forces they are.
_FORCES_SITE = (r"(?!\s+(?:camps?|bases?|posts?|positions?|airports?|airfields?|"
                r"hospitals?|academ\w+|schools?|zones?|installations?|"
                r"facilit\w+|sites?|barracks|headquarters)\b)")

#: A place naming the power that rules from it ("the Port Sudan army", "the Kyiv regime"),
#: not a site of that army's named after its town (``_FORCES_SITE``).
_RULERS = re.compile(r"^\s+(?:army|government|regime|authorities|administration|junta)\b"
                     + _FORCES_SITE, re.IGNORECASE)

#: A country's name worn by its forces ("Myanmar military forces have taken two villages",
#: "Mali troops repelled …"): whose forces they are, not where they act; unless it names a
#: place they hold (``_FORCES_SITE``).
_COUNTRY_FORCES = re.compile(r"^\s+(?:military|armed\s+forces|forces|troops|soldiers)\b"
                             + _FORCES_SITE, re.IGNORECASE)


#: A large city's or a country's own forces, services or ministries ("Moscow's troops had
#: advanced in Kursk", "Khartoum's army", "North Korea's military intelligence service"),
#: or the hold it has ("extending Moscow's control over a region", "Kyiv's grip on the
#: town"), or what its government said ("Pyongyang's first official acknowledgement that
#: its soldiers were deployed", "Moscow's denial", "Seoul's reaction"), or what it tried
#: ("Kyiv's attempts to break through the defences", "Moscow's efforts to seize the town"),
#: or the war it wages ("the newest gains in Moscow's campaign to take the region"),
#: or who leads or speaks for it ("Ukraine's commander-in-chief Oleksandr Syrsky said",
#: "Russia's defence minister"), or the curbs it imposes ("Israel's continuing restrictions
#: on rescue work", "Moscow's blockade of the ports"), or the losses of its forces ("Kiev's
#: losses came to up to 540 servicemen", "Moscow's heavy losses"), or what it aims its
#: forces at ("Pokrovsk remains Russia's main target", "Moscow's chief objective"), or
#: the side a gain goes to ("about 1.68 km² in Russia's favour"):
#: the name says whose they are, not where they are.
_FORCES_OF = re.compile(r"^['’]s\s+(?:[a-z-]+\s+){0,3}?(?:troops|forces|army|military|"
                        r"commanders?-in-chief|commanders?|president|prime\s+minister|"
                        r"ministers?|spokes(?:man|woman|person)|"
                        r"soldiers|servicemen|units|(?:intelligence|security)\s+(?:service|"
                        r"agency)|ministry|government|control|grip|hold|rule|"
                        r"occupation|acknowledg(?:e)?ment|admission|confirmation|denial|"
                        r"announcement|statement|reaction|response|"
                        r"commitments?|pledges?|involvement|backing|"
                        r"condemnation|attempts?|efforts?|bids?|incursions?|offensives?|"
                        r"counter-?offensives?|invasion|campaigns?|war|restrictions|"
                        r"blockades?|siege|sanctions|curbs|losses|favou?r|advantage|"
                        r"(?:main|chief|key|primary|principal|prime|top|immediate|ultimate|"
                        r"next|biggest|most\s+important)\s+(?:targets?|objectives?|goals?|"
                        r"aims?|priorit(?:y|ies)))\b", re.IGNORECASE)


#: A government's own count or account, as a country's or a capital's ("Pyongyang's own
#: figure for earlier losses: 350 casualties", "Moscow's own tally", "Kyiv's estimate of
#: Russian losses", "Moscow's version of events"): the one who tells it, not where anything
#: happened; not a city's toll ("Kharkiv's death toll rose to 12"), which is the city's own.
_COUNT_OF = re.compile(r"^['’]s\s+(?:own\s+(?:[a-z-]+\s+)?(?:figures?|estimates?|counts?|"
                       r"tall(?:y|ies)|numbers?|account|version|claims?|assessment)|"
                       r"(?:latest\s+|official\s+)?(?:estimates?|version|account)\s+of)\b",
                       re.IGNORECASE)


#: Strikes a country or a capital wages on a target it names ("Kyiv's long-range drone
#: strikes on Russian refineries", "Moscow's missile attacks against the grid"): whose
#: strikes they are, not where they fell; not an attack the city suffered ("Kyiv's worst
#: air attack in weeks"), which names no target after it.
_STRIKES_OF = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,3}?(?:strikes|attacks|raids|bombings|"
                         r"bombardments?|shelling|drone\s+campaign|missile\s+campaign)\s+"
                         r"(?:deep\s+)?(?:on|against|into|inside)\b", re.IGNORECASE)


#: What a government wants or pursues, as a city's ("for all Washington's ambitions",
#: "Ankara's plans for the border", "Washington's push for a truce"): a city of some size so
#: named is its government, as with a verb of speech. (A country so named is left as it
#: was: it places nothing finer than itself.)
_POLICY_OF = re.compile(r"^['’]s\s+(?:[a-z-]+\s+)?(?:ambitions?|aims|plans?|goals?|policy|"
                        r"policies|strategy|stance|position|pressure|push|demands?|proposals?|"
                        r"diplomacy|envoys?)\b", re.IGNORECASE)


#: What only a newsroom does: a place-named outlet as its subject ("The Irrawaddy could not
#: confirm …", "The Kyiv Independent has learned …").
_NEWSROOM = re.compile(
    r"^\s+(?:(?:could|can|was|were|has|had|is)\s+(?:not|unable\s+to|not\s+been\s+able\s+to|"
    r"not\s+able\s+to)\s+(?:be\s+able\s+to\s+)?(?:independently\s+)?(?:confirm|verify)|"
    r"cannot\s+(?:independently\s+)?(?:confirm|verify)|(?:has|had)\s+(?:also\s+)?"
    r"(?:learned|learnt|contacted|reached\s+out|obtained|reviewed))\b", re.IGNORECASE)


#: A place naming the community a news outlet serves ("a local Karen news outlet", "a Kyiv
#: newspaper", "the Gaza news agency"): whose outlet it is, not where anything happened (a
#: country's outlets, "Myanmar media outlets", place nothing finer than it anyway).
_OUTLET = re.compile(r"^\s+(?:(?:local|independent|online|exile|exiled|community|"
                     r"private|state|state-run|regional)\s+)?(?:(?:news|media)\s+(?:outlets?|"
                     r"agency|agencies|sites?|websites?|services?|portals?|groups?)|"
                     r"newspapers?|broadcasters?|daily|weekly)\b", re.IGNORECASE)


#: A country or a capital drawn into a war ("Pyongyang has been drawn into the war", "Minsk
#: was dragged into the conflict"): the state that takes part, not where anything happened.
_DRAWN_INTO = re.compile(r"^\s+(?:has|have|had|was|were|is|are)\s+(?:now\s+|also\s+)?"
                         r"(?:been\s+|being\s+)?(?:drawn|dragged|pulled|sucked)\s+"
                         r"(?:deeper\s+|further\s+)?into\s+(?:[\w'’-]+\s+){0,3}?"
                         r"(?:war|conflict|fighting|fray)\b", re.IGNORECASE)


#: A second subject joined to a place ("Washington and Kyiv said …", "Moscow and Pyongyang
#: have denied …"), also a party named with its kind ("Kinshasa and the M23 movement have
#: signed …"): the verb after it is the place's too. A name ending a sentence ("at
#: Uvira and Kalemie. It accuses …") joins no word of the next.
_CONJUNCT = re.compile(r"^\s+(?:and|or)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:(?<!\.)\s+[A-Z][\w'’.-]*)?"
                       r"(?:\s+(?:movement|group|rebels|militia|alliance|coalition|"
                       r"government|authorities|administration|junta))?(?=\s)")

#: What may stand right before a subject: the start, a comma or a word opening a clause
#: ("since Washington and Kyiv said", "…, but Moscow and Minsk denied").
_CLAUSE_OPENING = re.compile(
    r"(?:^|[.,;:(\"“\n]|\b(?:since|after|before|when|while|as|because|that|but|though|"
    r"although|until|once|and))\s*$", re.IGNORECASE)


#: A capital or a country opening a sentence whose subject is a national ministry ("In
#: Moscow, meanwhile, the Russian Defence Ministry said …", "In Kyiv, the foreign ministry
#: said …"): where the government sits, not where what it tells happened.
_OPENS_SENTENCE_IN = re.compile(r"(?:^|\n)\s*In\s+$")
_MINISTRY_SPEAKS = re.compile(
    r"^\s*,\s*(?:(?:meanwhile|in\s+turn|for\s+its\s+part|separately)\s*,\s*)?(?:the\s+)?"
    r"(?:[A-Z][\w'’-]+\s+){0,2}?(?:(?:defen[cs]e|foreign|interior|emergencies)\s+ministry|"
    r"ministry\s+of\s+(?:defen[cs]e|foreign\s+affairs|the\s+interior)|kremlin|"
    r"general\s+staff)\b", re.IGNORECASE)


#: A country or a capital let, helped or forced to do something ("an arrangement that let
#: Kyiv ship grain", "a deal that allowed Moscow to export", "the raid had not forced Moscow
#: to pull troops away"): the one who does it, its government.
_LET_DO = re.compile(r"\b(?:let|lets|letting|allowed|allows|allowing|enabled|enables|"
                     r"enabling|helped|helps|helping|forced|forcing|compelled|compelling|"
                     r"compels|pressured|pressuring)\s+$", re.IGNORECASE)
_DOING = re.compile(r"^\s+(?:to\s+)?[a-z]+\b")


#: A country or a capital handed a gain of war ("holding it could give Moscow a route for
#: further advances", "would hand Russia a foothold on the river", "denies Kyiv a
#: springboard"): the power that would gain, not a place of the news.
_GIVEN_TO = re.compile(r"\b(?:give|gives|giving|gave|given|hand|hands|handing|handed|offer|"
                       r"offers|offering|offered|deny|denies|denying|denied|afford|affords|"
                       r"afforded|grant|grants|granted)\s+$", re.IGNORECASE)
_BOON = re.compile(r"^\s+(?:a|an|the|its|more|further)\s+(?:[\w-]+\s+){0,2}?(?:route|routes|"
                   r"path|pathway|foothold|springboard|bridgehead|access|advantage|edge|"
                   r"opening|leverage|platform|staging\s+(?:ground|post|area)|corridor|"
                   r"chance|opportunity|gateway|launchpad|base)\b", re.IGNORECASE)


#: A party to a truce, a deal or talks named after another ("the truce agreed between
#: Hezbollah and Tel Aviv", "talks between Kinshasa and the rebels"): a government, not a
#: place.
_PARTY_BEFORE = re.compile(r"\b(?:truce|ceasefire|cease-fire|agreement|deal|accord|talks|"
                           r"negotiations|peace)\b[^.;:]{0,40}?\bbetween\s+(?:the\s+)?"
                           r"(?:[A-Z][\w'’.-]*\s+){1,3}and\s+$")
_PARTY_AFTER = re.compile(r"^\s*(?:[.,;:)]|$)")


#: A country or a capital whose view a sentence opens with ("For Kyiv, the most dangerous
#: sector is …", "For Moscow, the town is a prize"): the government that judges, not a place.
_VIEW_OF = re.compile(r"(?:^|[.!?]\s+|\n\s*)For\s+$")
_VIEW_AFTER = re.compile(r"^\s*,")


def names_outlet(after: str) -> bool:
    """Whether the place whose following text is ``after`` names the community of a news
    outlet ("a local Karen news outlet"): no place of the news, nor a source's."""
    return _OUTLET.match(after) is not None


#: A country as the target a war or campaign is waged on, right before the verb of the
#: clause it ends ("since its aggression against Lebanon began", "since the war on Gaza
#: started"): the object of "against", not the subject of that verb.
_TARGET_OF = re.compile(r"\b(?:against|on|into)\s+(?:the\s+)?$", re.IGNORECASE)


def acts(match: Match, after: str, before: str | None = None) -> bool:
    """A country, or a capital standing for its government, as the subject of a verb
    ("Russia fired …", "North Korea has dispatched …") is an actor, not a place; so is a
    city of some size as the subject of a verb of speech ("Washington pressed …"), any
    place naming the power that sits there ("the Port Sudan army"), a large city or a country
    whose forces or services they are ("Moscow's troops", "North Korea's intelligence
    service") and any name a newsroom
    goes by ("The Irrawaddy could not confirm …"). With ``before``, the text before it, a
    subject opening its clause shares the verb of the one joined to it ("since Washington
    and Kyiv said …")."""
    if _RULERS.match(after) or _NEWSROOM.match(after) or (
            match.kind != "country" and _OUTLET.match(after)) or (
            match.kind == "country" and _COUNTRY_FORCES.match(after)):
        return True
    actor = match.kind == "country" or (  # a country, or a capital standing for it
        match.kind == "place" and (match.population or 0) >= _CAPITAL_SIZE)
    if actor and before is not None and _OPENS_SENTENCE_IN.search(before) and \
            _MINISTRY_SPEAKS.match(after):
        return True
    if actor and (_FORCES_OF.match(after) or _DRAWN_INTO.match(after)
                  or _STRIKES_OF.match(after) or _COUNT_OF.match(after)):
        return True
    if actor and before is not None and _LET_DO.search(before) and _DOING.match(after):
        return True
    if actor and before is not None and _VIEW_OF.search(before) and _VIEW_AFTER.match(after):
        return True
    if actor and before is not None and _GIVEN_TO.search(before) and _BOON.match(after):
        return True
    if (actor or match.kind == "place" and (match.population or 0) >= _SPEAKING_SIZE) and \
            before is not None and _PARTY_BEFORE.search(before) and _PARTY_AFTER.match(after):
        return True
    joined = _CONJUNCT.match(after)
    if joined is not None and before is not None and _CLAUSE_OPENING.search(before):
        after = after[joined.end():]
    if actor and _acting().match(after) is not None and (
            before is None or _TARGET_OF.search(before) is None):
        return True
    return match.kind == "place" and (match.population or 0) >= _SPEAKING_SIZE and (
        _acting("speech").match(after) is not None or _POLICY_OF.match(after) is not None)
