"""News text → candidate events, each tied to the sentence it came from.

:func:`extract` reads a report and proposes its events (typed, placed, dated,
counted and attributed) as :class:`Candidate` objects with ``status="unreviewed"``
for a person to confirm. The domain vocabulary lives in ``cues/*.toml``; the
modules apply it:

* ``sentences`` (text, sentences with offsets), ``dateline``
* ``numbers``, ``figures`` (counts and what they count), ``dates``, ``attribution``
* ``places`` (gazetteer names), ``roles`` (event place vs places only mentioned),
  ``actors`` (nationalities)
* ``rules`` (event cues), ``report`` (drafts per sentence), ``build`` (candidates),
  ``tolls`` (whose losses a national tally counts), ``confidence`` (a logistic
  model's confidence in each news candidate; fitted by ``train``), ``merge``
  (restatements)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from geoapp.extract import cues
from geoapp.extract.actors import nationalities
from geoapp.extract.build import ReportInfo, build, sentence_sources
from geoapp.extract.candidate import Candidate
from geoapp.extract.confidence import (
    ACCEPT,
    Layout,
    confidence_model,
    features,
    shared,
    with_confidence,
)
from geoapp.extract.dateline import find_dateline, headline_end
from geoapp.extract.dates import find_dates
from geoapp.extract.figures import Figure, force_loss
from geoapp.extract.merge import TOLL_OWNERS, fold_tolls, merge_restatements, one_per_place
from geoapp.extract.modality import (
    PROPOSED,
    SINCE_THE_WAR_BEGAN,
    Reading,
    links_elsewhere,
    read,
    state_since_spans,
    with_context,
    without_records,
)
from geoapp.extract.numbers import spelled_number, vague
from geoapp.extract.report import (
    ITEM,
    Draft,
    analyse,
    drafts,
    event_dates,
    in_relative_before,
    news_detail,
)
from geoapp.extract.roles import DATELINE, SOURCE, PlaceGroup
from geoapp.extract.rules import settings
from geoapp.extract.sentences import read_report, split_sentences
from geoapp.extract.tolls import (
    at_war,
    country_match,
    losers,
    losing_side,
    nation_running_toll,
    nationwide,
)
from geoapp.geocode import Geocoder
from geoapp.model import Event


def extract(text: str, *, published: dt.date | None = None, source_name: str | None = None,
            url: str | None = None, origin: str | None = None,
            geocoder: Geocoder | None = None,
            include_forecasts: bool = False) -> list[Candidate]:
    """Candidate events of one report, in the order the report tells them.

    Only events the report states as news (modality ``asserted`` or ``reported``) are
    proposed; forecasts, plans, denials and hedged mentions too with
    ``include_forecasts``, carrying their modality. Recaps of earlier events
    (background) are proposed only when they bring a figure up to the report's day
    ("100 killed since their deployment"); otherwise their quote is kept as context on
    the events of their paragraph. News the rules propose is withheld when the confidence
    model doubts it (probability under :data:`~geoapp.extract.confidence.ACCEPT`).

    Parameters
    ----------
    text : the report as plain text (see :func:`extract_file` for .md/.html).
    published : publication date; relative dates ("last week", "in just three days")
        resolve against it. Without it (and without a dated dateline) they stay open.
    source_name : the outlet; kept as ``publisher`` on every event, and the source of
        sentences that name none.
    url : stored as ``source_url``.
    origin : what ``origin`` points to (a path or URL); spans are appended to it.
    geocoder : finds the places (default: the bundled gazetteer; pass one built with the
        store's place lists to find the analyst's own places).
    include_forecasts : also propose forecasts, plans, denials and hedged events.

    Example
    -------
    >>> found = extract(text, published=dt.date(2024, 12, 23))  # doctest: +SKIP
    >>> found[0].event.event_type, found[0].span  # doctest: +SKIP
    ('document_seizure', (173, 334))
    """
    pool = candidate_pool(text, published=published, source_name=source_name, url=url,
                          origin=origin, geocoder=geocoder)
    return finish(pool, [proposes(x) for x in pool.entries], include_forecasts)


@dataclass(frozen=True)
class PoolEntry:
    """One news candidate before it is proposed: its draft, whether the rules propose it,
    the features the confidence model weighs and the model's probability (its confidence
    is already the model's, rounded)."""

    candidate: Candidate
    draft: Draft
    rule: bool
    features: dict[str, float]
    probability: float = 0.0


@dataclass(frozen=True)
class Pool:
    """The news candidates of a report that have a country, every candidate built, and
    what finishing needs."""

    entries: list[PoolEntry]
    built: list[tuple[Candidate, Draft]]
    default_source: str | None
    headline_end: int = 0


def candidate_pool(text: str, *, published: dt.date | None = None,
                   source_name: str | None = None, url: str | None = None,
                   origin: str | None = None, geocoder: Geocoder | None = None) -> Pool:
    """The rules' candidates of a report, each with the rules' verdict and the confidence
    model's features and probability (kept apart from :func:`finish` so the model is
    trained and judged on the very candidates it scores at run time)."""
    sentences = split_sentences(text)
    dateline = find_dateline(text)
    if published is None and dateline is not None:
        published = dateline.date
    spans = find_dates(text, published)
    analyses = analyse(text, sentences, spans, dateline, geocoder)
    period = _lead_period(sentences, spans, published, headline_end(text))
    default_source = source_name or (dateline.agency if dateline else None)
    info = ReportInfo(
        sha=hashlib.sha256(text.encode()).hexdigest(), origin=origin or "text",
        published=published, source_name=default_source,
        source_kind="media" if default_source else None, url=url,
        dateline=tuple(p for a in analyses[:1] for p in a.places if p.role == DATELINE),
        publisher=source_name or (dateline.agency if dateline else None))
    sources = sentence_sources(analyses, info)
    today = dt.date.today()
    minimum = settings()["min_confidence"]
    paragraphs = _paragraph_openings(text, sentences)
    found = [d for d in drafts(analyses)
             if not links_elsewhere(paragraphs[d.analysis.sentence.paragraph])]
    _national_tallies(found, text, source_name, published)
    by_sentence: dict[int, list[Draft]] = {}
    for d in found:
        s = d.analysis.sentence
        before = by_sentence.get(s.index - 1, [])
        after_news = bool(before) and all(
            not e.reading.background and e.reading.modality in PROPOSED for e in before)
        d.reading = _reading(d, paragraphs, _speaking(d, sources[s.index], default_source),
                             published, after_news, period)
        by_sentence.setdefault(s.index, []).append(d)
    _recap_paragraphs(found, published, sentences)
    _dated_openings(found, published, analyses)
    _then_after_recaps(found, published, analyses)
    _tied_to_recaps(found)
    _recap_places(found)
    _headline_recaps(found, headline_end(text))
    _crosshead_recaps(found, sentences, headline_end(text))
    _placeless_crossheads(found, sentences, headline_end(text))
    _restated_background_tolls(found)
    _explainer_tallies(found, sentences[-1].paragraph if sentences else 0, published)
    _further_recaps(found, sentences[-1].paragraph if sentences else 0)
    _closing_earlier_day(found, sentences[-1].paragraph if sentences else 0)
    _wider_war_paragraphs(found, sentences)
    _denied_next(found, sentences)
    _denied_elsewhere(found, sentences)
    found[:] = [d for d in found if not _remnants_routed(d, found)]
    _unverified_next(found, sentences)
    _doubted_later(found, analyses)
    _retracted_later(found, analyses)
    _foreign_losses_where_sent(found)
    _at_capture(found)
    _losses_during_deployment(found, analyses)
    built = [(build(d, sources[d.analysis.sentence.index], info, today), d) for d in found]
    layout = Layout(len(sentences), sentences[-1].paragraph + 1 if sentences else 1, published)
    model = confidence_model()
    news = [(i, c, d, (c.confidence >= minimum or _losses_listed(c, d)) and _proposed(c, False))
            for i, (c, d) in enumerate(built)
            if c.event.country is not None and c.event.modality in PROPOSED]
    entries = []
    for (i, c, d, rule), more in zip(news, shared([x[1:] for x in news]), strict=True):
        feats = features(c, d, rule, layout) | more
        probability = model.probability(feats)
        built[i] = (with_confidence(c, probability), d)
        entries.append(PoolEntry(built[i][0], d, rule, feats, probability))
    return Pool(entries, built, default_source, headline_end(text))


def proposes(entry: PoolEntry) -> bool:
    """Whether a news candidate is proposed: the rules propose it and the confidence model
    does not doubt it (its probability reaches :data:`ACCEPT`). A national count a named
    source gives ("between 11,000 and 12,000 North Korean troops in Russia, according to
    intelligence estimates") is the rules' call alone: the model judges wording and never
    sees how coarse a place is, so it cannot tell such a figure from a vague country-level
    sentence the rules already withhold."""
    return entry.rule and (entry.probability >= ACCEPT or national_count(entry.candidate))


def national_count(c: Candidate) -> bool:
    """A count or toll placed in a whole country and given by a named, non-media source."""
    e = c.event
    counted = e.count_low is not None or any(
        getattr(e, f"{k}_low") is not None for k in ("killed", "wounded", "casualties"))
    return e.adm1_code is None and e.geo_precision == "country" and counted and \
        e.source_kind not in (None, "media")


def finish(pool: Pool, keep: list[bool], include_forecasts: bool = False) -> list[Candidate]:
    """The proposed candidates: the news ``keep`` marks (and, with ``include_forecasts``,
    the forecasts, plans, denials and hedges the rules find), background quotes noted on
    the news of their paragraph, tolls folded into their attacks, restatements merged."""
    minimum = settings()["min_confidence"]
    chosen = {id(x.candidate) for x, k in zip(pool.entries, keep, strict=True) if k}
    chosen |= _toll_owners(pool.entries, chosen)
    kept = [(c, d) for c, d in pool.built if id(c) in chosen or (
        include_forecasts and c.event.modality not in PROPOSED
        and c.confidence >= minimum and _proposed(c, True))]
    background = [(c, d.analysis.sentence.paragraph) for c, d in pool.built
                  if c.background and (c, d) not in kept]
    proposed = with_context([(c, d.analysis.sentence.paragraph) for c, d in kept], background)
    struck = {(c.event.event_type, c.event.adm1_code, d.analysis.sentence.index)
              for c, d in kept if c.event.event_type == "attack"}

    # items of a list that run on from the item telling a strike there, each a toll of
    # its own row ("- air support: strikes on the assailants;", "- enemy losses: 100
    # neutralised;", "- friendly losses: five soldiers killed"): a communiqué's summary of
    # one engagement, every row that strike's toll
    listed_tolls: set[tuple[str | None, int]] = set()
    for c, d in sorted(kept, key=lambda x: x[1].analysis.sentence.index):
        i = d.analysis.sentence.index
        if c.event.event_type == "casualty_report" and _listed(d) and (
                ("attack", c.event.adm1_code, i - 1) in struck
                or (c.event.adm1_code, i - 1) in listed_tolls):
            listed_tolls.add((c.event.adm1_code, i))

    # the headline's count is the body's told again, no sign of a spell
    # (only a telling over a spell: the same count told again as the same deed, in a
    # summary or a recap of the statement, leaves the claim the deed's)
    counted = [(c.event.killed_low, d.analysis.sentence.index) for c, d in pool.built
               if c.event.event_type == "casualty_report" and c.event.killed_low is not None
               and c.span[1] > pool.headline_end and _over_spell(c.event.quote or "")]

    def entry(c: Candidate, d: Draft) -> tuple:
        day_total = _DAY.search(c.event.quote or "") is not None and any(
            r == c.event.adm1_code and i != d.analysis.sentence.index for _, r, i in struck) \
            and not any(t.event_type == "attack" and not t.passing and not _by_means(d, t)
                        for t in d.analysis.triggers)
        # the day's people hurt summed up ("In all, six civilians were wounded across the
        # region over the day") add up the strikes told there: their toll, not a tally (not
        # the war's overall toll the day's count brings up: "which brings the overall death
        # toll of the war to 45,541")
        day_sum = day_total and _SO_FAR.search(
            _RAISED_TOTAL.sub("", c.event.quote or "")) is not None and \
            not any(force_loss(f) for f in d.figures)
        # an item of a list right after the item telling a strike there ("- Villages hit
        # from the air", "- Two civilians dead and six hurt"): that strike's toll
        item_toll = _listed(d) and (
            ("attack", c.event.adm1_code, d.analysis.sentence.index - 1) in struck
            or (c.event.adm1_code, d.analysis.sentence.index - 1) in listed_tolls)
        # a toll over the sentence's period is a tally unless the sentence's attack is kept
        # ("Over the past month, gunmen attacked villages near Mopti, killing 20": theirs)
        # a force's losses over the period stay a tally even where they name the clashes
        # told before ("nearly 40 soldiers were killed in the clashes between 18 and 25 May"),
        # not a side's claim to have put fighters out of action in the operations it sums
        # ("neutralised 30 terrorists in the course of two operations over the week")
        summed = _SUM_OF_ATTACKS.search(c.event.quote or "") is not None
        period_total = _over_period(d) and (
            not _toll_of_told(d) and not summed or any(
                force_loss(f) and not (summed and _put_out_of_action(f)) for f in d.figures)) \
            and (not any(
            i == d.analysis.sentence.index for _, _, i in struck)
            or _ATTACKS_ACROSS.search(c.event.quote or "") is not None)
        one = _one_incident(c)
        tally = ((_tally(d, c) and not one) or day_total or period_total) \
            and not day_sum and not item_toll
        # a force's losses told as suffered in the deed already told ("suffered heavy
        # casualties as their defences gave way under the assault"): that deed's toll (not
        # a whole campaign's: "lost 76,000 troops in the failed incursion")
        theirs = not tally and any(t.event_type == "attack" and t.back and
                                   _CAMPAIGN_NOUN.fullmatch(t.word) is None
                                   for t in d.analysis.triggers)
        return (c, d.analysis.sentence.index, d.analysis.sentence.paragraph, tally,
                not one and not theirs and
                not _killed_by_subject(c, d.analysis.sentence.index, counted) and any(
                    (force_loss(f) or f.category == "casualties")
                    and not _put_out_of_action(f) for f in d.figures))

    # a toll told right after its strike ("He said four patients were killed") joins it
    # even where it is too vague to propose alone
    after = [entry(c, d) for c, d in pool.built if id(c) not in chosen and not c.background
             and c.event.event_type == "casualty_report" and c.event.modality in PROPOSED]
    tolls = fold_tolls([entry(c, d) for c, (_, d) in zip(proposed, kept, strict=True)], after,
                       pool.headline_end)
    return one_per_place(merge_restatements(tolls, pool.default_source, pool.headline_end))


def _toll_owners(entries: list[PoolEntry], chosen: set[int]) -> set[int]:
    """The deeds whose toll is kept ("its men had overrun the garrison in Dilling and killed
    scores of troops"): the toll is told as theirs, so the rules' deed in its
    sentence and region is kept with it and takes its figures, unless a deed kept there
    already owns it."""
    def key(x: PoolEntry) -> tuple[int, str | None]:
        return x.draft.analysis.sentence.index, x.candidate.event.adm1_code

    deeds = [x for x in entries if x.rule and x.candidate.event.event_type in TOLL_OWNERS]
    owned = {key(x) for x in deeds if id(x.candidate) in chosen}
    tolls = {key(x) for x in entries if id(x.candidate) in chosen
             and x.candidate.event.event_type == "casualty_report"
             and x.candidate.event.adm1_code is not None} - owned
    return {id(x.candidate) for x in deeds if key(x) in tolls}


def _national_tallies(found: list[Draft], text: str, source_name: str | None,
                      published: dt.date | None = None) -> None:
    """Tallies with no place of their own are placed where the sentence says they count,
    not in the place of the sentence before: a force's losses over the whole war or front
    ("the total combat losses of the enemy … were 722,440 personnel") in the country of the
    side that lost them; a toll for a whole country ("148 civilians killed across the
    country") in the country it names, else the country of the place it would take from
    the text around; a tally up to the day ("brought the number killed since the ceasefire
    to 492") where its source speaks for ("Gaza's health ministry"). A total tied to a place
    ("in total, the enemy lost 400 servicemen in this direction") stays there."""
    for d in found:
        if d.event_type != "casualty_report" or not d.figures:
            continue
        if d.located == "sentence":
            # "…, and seven people were killed nationwide": the country's toll, whatever
            # places the sentence names for its strikes
            group = _whole_country(d) if _killed_nationwide(d) else None
            if group is not None:
                d.group = group
            continue
        group = _whole_country(d) or _nation_counted(d) or (None if d.analysis.tied else (
            _losing_side(d, text, source_name) or _source_place(d, found)
            or _whole_country(d, since_war=True)))
        if group is None and d.group is None:
            group = _where_deployed(d, found)
        if group is not None:
            d.group, d.located = group, "sentence"
        elif d.spread and not _counted_over_period(d):
            # a sum over strikes told in several regions ("struck … in the Kharkiv region
            # and … in the DPR. Over 470 enemy servicemen were lost"): of no one of them
            # (a tally over a period stays where its paragraph is)
            d.group, d.located = None, "unknown"
        elif d.located == "paragraph" and (_over_period(d) or _running_since(d, published)):
            d.located = "tied"


def _nation_counted(d: Draft) -> PlaceGroup | None:
    """A running toll with no place of its own counted for a nation ("at least 500 people
    have been killed on the Lebanese side", "39 Israeli civilians have now been killed"):
    at that nation's country, not at the place of the sentence before."""
    s = d.analysis.sentence
    found = nation_running_toll(s.text)
    if found is None:
        return None
    start, end, match = found
    return PlaceGroup(s.start + start, s.start + end, s.text[start:end], match, None)


#: A count from a force's deployment ("killed or wounded since they were deployed alongside
#: Russian forces", "since their deployment").
_SINCE_DEPLOYED = re.compile(r"\bsince\s+(?:(?:they|it|he|she)\s+(?:were|was|had\s+been|"
                             r"have\s+been|has\s+been)\s+(?:first\s+)?(?:deployed|sent|"
                             r"dispatched)|(?:they|it)\s+(?:first\s+)?arrived|"
                             r"(?:their|its)\s+(?:first\s+)?(?:deployment|arrival))\b",
                             re.IGNORECASE)


def _where_deployed(d: Draft, found: list[Draft]) -> PlaceGroup | None:
    """A force's losses counted since its deployment, with no place of their own nor in
    their paragraph ("officials said more than 1,000 North Korean soldiers had been killed
    or wounded since they were deployed"): where the report tells that deployment, when it
    tells it in one admin-1 unit only."""
    if not any(force_loss(f) for f in d.figures) or \
            _SINCE_DEPLOYED.search(d.analysis.sentence.text) is None:
        return None
    sent = [e.group for e in found if e.event_type == "troop_deployment" and e.group is not None
            and _unit(e) is not None]
    return sent[0] if sent and len({g.match.adm1_code for g in sent}) == 1 else None


#: What may stand between a country named as the subject and its verb of sending ("North
#: Korea dispatched", "Pyongyang has also sent").
_SUBJECT_TO_VERB = re.compile(r"\s+(?:(?:has|had|have|also|reportedly|then)\s+){0,2}",
                              re.IGNORECASE)


def _senders(d: Draft) -> set[str]:
    """The countries named as the subject of a deployment's verb ("North Korea dispatched
    more than 10,000 soldiers"), or as the agent of its passive ("soldiers sent by North
    Korea"): whose forces were sent."""
    text, start = d.analysis.sentence.text, d.analysis.sentence.start
    return {p.hit.match.country for p in d.analysis.places
            if p.hit.match.kind == "country" and (
                p.hit.end <= d.anchor
                and _SUBJECT_TO_VERB.fullmatch(text, p.hit.end - start, d.anchor - start)
                or p.hit.start > d.anchor
                and _PASSIVE_AGENT.fullmatch(text, d.anchor - start, p.hit.start - start))}


#: A deployment's verb in the passive and its agent ("troops sent by North Korea").
_PASSIVE_AGENT = re.compile(r"[a-z]+\s+by\s+(?:the\s+)?", re.IGNORECASE)


def _foreign_losses_where_sent(found: list[Draft]) -> None:
    """A foreign force's losses with no place of their own ("North Korea has lost about
    4,000 men killed and wounded in three months of fighting", "as many as 4,000 North
    Korean soldiers had been killed or wounded") are placed where the report tells that
    force was sent, not in the place of the sentences around, when it tells the sending, as
    done, in one admin-1 unit of a country neither the force's own nor its enemy's. The
    force is the side said to have lost, or the nationality in the count's own words, never
    one elsewhere in the sentence ("according to Ukrainian intelligence")."""
    deployments = [(e.group, nationalities(e.analysis.sentence.text) | _senders(e))
                   for e in found
                   if e.event_type == "troop_deployment" and _unit(e) is not None
                   and e.reading.modality in PROPOSED]
    for d in found:
        if not deployments or d.event_type != "casualty_report" or \
                d.located not in ("unknown", "paragraph") or d.reading.modality not in PROPOSED:
            continue
        text = d.analysis.sentence.text
        counted = [f for f in d.figures if force_loss(f)]
        forces = losers(text).union(tolls_of_nations(text),
                                    *(nationalities(text[f.start:f.end]) for f in counted))
        sent = [g for g, sent_forces in deployments if forces & sent_forces
                and g.match.country not in forces
                and not any(at_war(f, g.match.country) for f in forces)]
        if sent and len({g.match.adm1_code for g in sent}) == 1:
            d.group, d.located = sent[0], "sentence"


#: Losses counted over a force's deployment told before ("nine of the regiment's members
#: were killed during the deployment", "lost three men during the mission").
_DURING_DEPLOYMENT = re.compile(
    r"\b(?:killed|died|lost|losses|wounded|dead)\b[^.;]{0,60}?\bduring\s+(?:the|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:deployment|mission|rotation|tour)\b", re.IGNORECASE)

#: A deployment told ("a 120-day deployment abroad", "troops were sent to the region").
_DEPLOYMENT_TOLD = re.compile(r"\b(?:deployment|deployed|dispatched|sent)\b", re.IGNORECASE)


def _losses_during_deployment(found: list[Draft], analyses: list) -> None:
    """A force's losses that name no place and are counted "during the deployment" are
    placed where the report told that deployment (the last earlier sentence telling a
    deployment in one admin-1 unit), not where the speaker stood ("Kim ... in
    Pyongyang")."""
    for d in found:
        a = d.analysis
        if d.event_type != "casualty_report" or a.places or \
                not any(force_loss(f) for f in d.figures) or \
                _DURING_DEPLOYMENT.search(a.sentence.text) is None:
            continue
        for b in reversed(analyses[:a.sentence.index]):
            if _DEPLOYMENT_TOLD.search(b.sentence.text) is None:
                continue
            hits = [p.hit for p in b.places if p.hit.match.kind != "country"
                    and p.role not in (SOURCE, DATELINE) and p.hit.match.adm1_code]
            if hits and len({h.match.adm1_code for h in hits}) == 1:
                d.group, d.located = PlaceGroup.of(hits[-1]), "tied"
                break


#: The moment of a capture told before, named again ("When he was taken, one of the two was
#: carrying an ID card", "as they were captured"): what the sentence tells happened there.
_AT_CAPTURE = re.compile(
    r"\b(?:when|as|after)\s+(?:he|she|they|(?:the|each)\s+(?:[\w-]+\s+){0,2}?(?:man|men|"
    r"soldiers?|prisoners?|fighters?|servicem[ae]n))\s+(?:was|were|had\s+been)\s+"
    r"(?:taken(?:\s+prisoner|\s+captive)?|captured|detained|caught)\b", re.IGNORECASE)


def _at_capture(found: list[Draft]) -> None:
    """A sentence without a place of its own that goes back to the moment people told as
    captured were taken ("When he was taken, one of the two was carrying a Russian military
    identity card") tells what happened where they were taken: the place of the last
    capture told before it, not the place its paragraph or the sentences around name (where
    the prisoners were brought)."""
    for d in found:
        if d.event_type == "capture" or d.located == "sentence" or \
                _AT_CAPTURE.search(d.analysis.sentence.text) is None:
            continue
        before = [e for e in found if e.event_type == "capture" and e.group is not None
                  and e.located == "sentence" and e.anchor < d.anchor]
        if before:
            d.group, d.located = before[-1].group, "tied"


def _counted_over_period(d: Draft) -> bool:
    """The figure is counted over a period ("over the past week", "over the same week"),
    not the toll of the strikes told just before it."""
    return _over_period(d) or _PERIOD.search(d.analysis.sentence.text) is not None or any(
        x.first is not None and x.last is not None and (x.last - x.first).days >= 2
        for x in d.dates)


def _killed_nationwide(d: Draft) -> bool:
    """The toll's figure is followed in its clause by the words giving it for a whole
    country ("seven people were killed nationwide", "12 dead across the country")."""
    s = d.analysis.sentence
    span = nationwide(s.text)
    return span is not None and any(
        re.fullmatch(r"(?:[\w'’-]+\s+){1,7}", s.text[x - s.start:span[0]]) is not None
        for x in d.anchors)


def _over_period(d: Draft) -> bool:
    """A toll counted over a period of days ("between 1 January and 28 February, … recovered
    85 enemy bodies", "over the past three days"): the tally of the campaign the paragraph
    before tells, where it was fought, not a figure merely sitting near a place."""
    return any((x.rule == "range" or _BOUNDED.match(x.text) is not None
                or x.rule == "span" and _LATEST.search(x.text) is not None)
               and x.first is not None and x.last is not None
               and (x.last - x.first).days >= 2 for x in event_dates(d.analysis))


def _running_since(d: Draft, published: dt.date | None) -> bool:
    """A toll of people counted "since" a day or an event of the past year up to the
    report's day ("280 people have been killed since the October 10 ceasefire", "raise to
    280 the number killed since the truce began"): like a tally over the past days, the
    running count of the fighting its paragraph tells, where that is fought. Not a count
    over years ("since 2015", the war's), nor a force's losses (the front's)."""
    s = d.analysis.sentence
    if published is None or not d.figures or any(
            force_loss(f) or _SUFFERED.search(s.text, 0, f.quantity.start) for f in d.figures):
        return False
    year_ago = published - dt.timedelta(days=365)
    since = [x for x in event_dates(d.analysis) if x.text.lower().startswith("since")
             or _SINCE_BEFORE.search(s.text, 0, x.start - s.start) is not None]
    return bool(since) and all(x.first is not None and x.first >= year_ago for x in since)


#: Losses a side is said to have suffered ("North Korea has suffered about 4,700
#: casualties"): that side's, wherever they were taken.
_SUFFERED = re.compile(r"\b(?:suffered|sustained|incurred)\s+(?:[\w-]+\s+){0,2}$",
                       re.IGNORECASE)


def _restated_background_tolls(found: list[Draft]) -> None:
    """A running toll repeating the very figures an earlier sentence gave as background
    ("Background: … the violations have left 201 dead and 500 injured" then, in a closing
    summary, "- Since the ceasefire: 201 dead, more than 500 injured") is that background
    restated, not a count brought up to date."""
    for d in found:
        if d.event_type != "casualty_report" or d.reading is None or \
                not d.reading.cumulative or not d.figures:
            continue
        own = {(f.category, f.quantity.low) for f in d.figures}
        if any(e.event_type == "casualty_report" and e.anchor < d.anchor
               and e.reading is not None and e.reading.background
               and not e.reading.cumulative
               and own <= {(f.category, f.quantity.low) for f in e.figures}
               for e in found):
            d.reading = replace(d.reading, background=True, cumulative=False)


#: A span of time that ends at the report's day ("over the past three days"), not an age
#: or a length ("a fisherman of 60 years").
_LATEST = re.compile(r"\b(?:past|last|previous)\b", re.IGNORECASE)
#: Days of one month given as a period's bounds ("between 18 and 25 May", "from 3 to 9 June").
_BOUNDED = re.compile(r"(?:between|from)\s", re.IGNORECASE)


def _losing_side(d: Draft, text: str, source_name: str | None) -> PlaceGroup | None:
    s = d.analysis.sentence
    if not any(force_loss(f) for f in d.figures):
        return None
    side = losing_side(s.text, f"{source_name or ''}\n{text[:s.start]}")
    if side is None:
        return None
    start, end, match = side
    return PlaceGroup(s.start + start, s.start + end, s.text[start:end], match, None)


#: The toll of a whole air or military campaign ("the U.S. air campaign … has killed at
#: least 69 people", "the bombing has killed more than 800 people", "killed in the strikes
#: since the operation began on March 15"): strikes
#: over a whole country counted from the campaign's start, not one raid's toll.
_CAMPAIGN_TOLL = re.compile(
    r"\b(?:campaign|the\s+(?:bombing|bombardment))\b(?=[^.;:]{0,160}?\bha(?:s|ve)\s+"
    r"(?:now\s+|since\s+|so\s+far\s+)?killed\b)|"
    r"\b(?:strikes|raids|bombing|bombardment|campaign)\s+since\s+(?:the\s+)?(?:(?:start|"
    r"beginning|launch)\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:operation|campaign|offensive)\b|"
    r"(?:[\w-]+\s+){0,2}?(?:operation|campaign|offensive)\s+(?:began|started|was\s+launched)\b)",
    re.IGNORECASE)


#: The running toll of a conflict's fighting counted in a country the sentence names ("the
#: violence on the border has killed at least 300 people in Lebanon"); without the country
#: ("the fighting has killed at least 14,000 people and displaced millions") it is the
#: war's background line.
_FIGHTING_TOLL = re.compile(
    r"\bthe\s+(?:violence|fighting|hostilities)\b(?=[^.;:]{0,160}?\bha(?:s|ve)\s+"
    r"(?:now\s+|so\s+far\s+)?killed\s+[^.;:]{0,60}?\bin\s+(?-i:[A-Z]))", re.IGNORECASE)


def _whole_country(d: Draft, since_war: bool = False) -> PlaceGroup | None:
    """A toll given for a whole country or a whole campaign's toll (with ``since_war``
    also a count of people other than fighters from the war's start that names no place and
    no source's place: "the union counts 80 teachers killed since the war began"): at the
    country the sentence names
    nearest to its words ("the monitoring mission in Ukraine said … across the country"),
    else at the country of the place the draft took from the text around."""
    s = d.analysis.sentence
    span = nationwide(s.text)
    if span is None and not any(force_loss(f) for f in d.figures):
        found = _CAMPAIGN_TOLL.search(s.text) or (
            SINCE_THE_WAR_BEGAN.search(s.text) if since_war else None)
        span = found.span() if found else None
    named = [p.hit for p in d.analysis.places if p.hit.match.kind == "country"]
    if span is None and not any(force_loss(f) for f in d.figures):
        found = _FIGHTING_TOLL.search(s.text)
        span = found.span() if found else None
    if span is None:
        return None
    if named:
        hit = min(named, key=lambda h: abs(h.start - s.start - span[0]))
        return PlaceGroup.of(hit)
    iso = d.group.match.country if d.group is not None else None
    match = country_match(s.text[span[0]:span[1]], iso) if iso else None
    return PlaceGroup(s.start + span[0], s.start + span[1], s.text[span[0]:span[1]], match,
                      None) if match else None


#: A running total ("since the ceasefire", "so far", "the death toll", "in total").
_RUNNING = re.compile(r"\b(?:since|so\s+far|to\s+date|in\s+total|total|overall|cumulative|"
                      r"toll|tally)\b", re.IGNORECASE)


#: A ministry named bare, as one already named with its place ("The ministry says the toll
#: … now stands at …" after "Gaza's Health Ministry said").
_BARE_MINISTRY = re.compile(r"\b[Tt]he\s+(?:[Hh]ealth\s+)?[Mm]inistry\b(?!\s+of\b)")
#: A ministry named with the place it speaks for, right after the place ("Gaza's Health
#: Ministry", "the Gaza Health Ministry").
_PLACE_MINISTRY = re.compile(r"(?:['’]s?)?\s+(?:[Hh]ealth\s+)?[Mm]inistry\b")


def _source_place(d: Draft, found: list[Draft] = ()) -> PlaceGroup | None:
    """The place a running total's or a period's tally's source speaks for ("Gaza's health
    ministry said … since the ceasefire", "figures of Gaza's health ministry show that
    between 3 and 7 March another 90 people were killed"), for a total with no place of its own;
    a ministry named bare speaks for the place its ministry was named with before ("The
    ministry says the toll … now stands at …" after "Gaza's Health Ministry said").
    Not a force's claim of the enemy's losses ("Russia's defence ministry said … killed up
    to 120 Ukrainian servicemen"): its authority's country is not where they fell."""
    period = _over_period(d) or any(x.first is not None and x.last is not None and
                                    (x.last - x.first).days >= 2 for x in d.dates)
    if _RUNNING.search(d.analysis.sentence.text) is None and not period or \
            any(force_loss(f) for f in d.figures):
        return None
    hit = next((p.hit for p in d.analysis.places if p.role == SOURCE), None)
    s = d.analysis.sentence
    if hit is None and not d.analysis.places and _BARE_MINISTRY.search(s.text) is not None:
        named = [p.hit for e in found if e.analysis.sentence.index < s.index
                 for p in e.analysis.places if p.role == SOURCE
                 and _PLACE_MINISTRY.match(e.analysis.sentence.text,
                                           p.hit.end - e.analysis.sentence.start)]
        hit = max(named, key=lambda h: h.start, default=None)
    if hit is not None and tolls_of_nations(d.analysis.sentence.text) - {hit.match.country}:
        return None  # "… one of the largest North Korean tolls Kyiv has reported": theirs
    return PlaceGroup.of(hit) if hit else None


#: A toll named by the nationality it counts ("one of the largest North Korean tolls",
#: "Russian casualties"), its nationality word right before it.
_NATION_TOLL = re.compile(r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:tolls?|casualties|"
                          r"losses)\b")


def tolls_of_nations(text: str) -> set[str]:
    """ISO2 codes of the nations whose toll ``text`` names by their nationality word ("the
    largest North Korean tolls so far"): the side that lost."""
    return set().union(*(nationalities(m[1]) for m in _NATION_TOLL.finditer(text)))


@cache
def _section_head() -> re.Pattern:
    """A crosshead that is nothing but a background or outlook word ("Background",
    "Outlook:"), as ``cues/modality.toml`` lists them."""
    words = cues.alternation(cues.load("modality")["paragraph"]["sections"])
    return re.compile(rf"\W*{words}\W*", re.IGNORECASE)


def _paragraph_openings(text: str, sentences: list) -> dict[int, str]:
    """The first words of each paragraph; those of a section under a crosshead that is only
    a background or outlook word ("Background") open with that word, until the next
    crosshead: the section recaps or looks ahead as a paragraph opening so would."""
    out: dict[int, str] = {}
    bounds: dict[int, tuple[int, int]] = {}
    for s in sentences:
        out.setdefault(s.paragraph, text[s.start:s.start + 40])
        lo, _ = bounds.get(s.paragraph, (s.start, s.end))
        bounds[s.paragraph] = (lo, s.end)
    section = None
    for p in sorted(out):
        whole = text[bounds[p][0]:bounds[p][1]].strip()
        if whole and whole[-1] not in ".!?\"”’'" and len(whole.split()) <= 12:
            section = whole if _section_head().fullmatch(whole) else None
        elif section is not None:
            out[p] = f"{section}: {out[p]}"
    return out


def _speaking(d: Draft, source: tuple, default_source: str | None) -> bool:
    """Whether a draft's sentence gives someone's words: a source named in it, or a pronoun
    speaking on for the one named before ("It said 18 people had been arrested"), whose past
    perfect is the tense of reported speech, not a recap."""
    said = d.analysis.source
    return source[2] or (said is not None and not said.unnamed and source[0] is not None
                         and source[0] != default_source)


def _lately(published: dt.date) -> dt.date:
    """The first of the report's own days: a deed dated from it on is news, one before it
    a recap (the background window of ``cues/modality.toml``)."""
    return published - dt.timedelta(days=int(cues.load("modality")["background"]["days"]))


def _lead_period(sentences: list, spans: list, published: dt.date | None,
                 end: int) -> tuple[dt.date, dt.date] | None:
    """The span of days a report's lead says it covers ("Between 19 October and 2 November
    2025, the armed forces carried out a series of operations …"), when it runs up to the
    last days before publication: every deed dated within it is the report's news."""
    body = [s for s in sentences if s.start >= end]
    if published is None or not body:
        return None
    lead = [s for s in body if s.paragraph == body[0].paragraph]
    lo, hi = lead[0].start, lead[-1].end
    recent = _lately(published)
    for x in spans:
        if lo <= x.start < hi and x.rule == "range" and x.first is not None and \
                x.last is not None and x.first < x.last and recent <= x.last <= published and \
                re.match(r"(?:between|from)\b", x.text, re.IGNORECASE):
            return x.first, x.last
    return None


def _reading(d, paragraphs: dict[int, str], attributed: bool,
             published: dt.date | None, after_news: bool = False,
             period: tuple[dt.date, dt.date] | None = None) -> Reading:
    s = d.analysis.sentence
    dates = [(published, published, True) if published is not None
             and d.event_type != "casualty_report"
             and _SINCE_OPERATION_BEGAN.match(s.text, x.start - s.start) is not None else
             (x.first, x.last, x.text.lower().startswith("since") or _SINCE_BEFORE.search(
                  s.text, 0, x.start - s.start) is not None) for x in _count_dates(d)
             or _sentence_past([x for x in event_dates(d.analysis) if x.start < d.anchor
                                and not in_relative_before(s.text, x.start - s.start,
                                                           d.anchor - s.start)], published)
             if not any(_goes_on_after(s.text, x.end - s.start, a - s.start)
                        for a in d.anchors)]
    if period is not None and published is not None:
        # a day within the span the lead covers is as recent as the report's news
        dates = [(published, published, False) if not since and first is not None and
                 last is not None and period[0] <= first and last <= period[1] else
                 (first, last, since) for first, last, since in dates]
    tally = d.event_type == "casualty_report" and d.group is not None and \
        d.group.match.kind == "country" and bool(d.figures)
    # the day the source spoke or wrote, when the sentence dates it ("According to a report
    # of October 30, …", "told the paper on 2 May that …")
    said_on = [x.last for x in d.analysis.dates if x.last is not None and d.analysis.source
               and any(lo <= x.start - s.start < hi for lo, hi in d.analysis.source.spans)]
    return read(s.text, paragraphs[s.paragraph], [x - s.start for x in d.anchors], attributed,
                dates, published, tally, after_news, said_on)


#: A sentence denying what the one before reported ("A junta spokesman denied the report"),
#: in the present as in the past ("Kyiv rejects this claim", "the army refutes the reports").
_DENIES_PREVIOUS = re.compile(
    r"\b(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+"
    r"(?:the|these|those|this|that|such)?\s*"
    r"(?:reports?|claims?|accounts?|it|this|that)\b"
    # a denial that the other side gained ground ("denied in a statement that the rebels
    # had made any gains"): it answers the claim of ground taken before it
    r"|\b(?:denied|denies|rejected|dismissed)\s+(?:[\w'’,-]+\s+){0,6}?that\b[^.;]{0,60}?"
    r"\b(?:made|making|achieved|scored)\s+(?:any|some|the)?\s*(?:\w+\s+)?"
    r"(?:gains|advances|progress)\b", re.IGNORECASE)

#: A source insisting the other side had not got in ("officials insisted that Moscow had not
#: established a foothold in the region"): it answers the claims of ground taken in the
#: region it names.
_NOT_GOT_IN = re.compile(
    r"\b(?:insisted|insists|maintained|maintains|stressed|stresses|denied|denies)\s+"
    r"(?:[\w'’,-]+\s+){0,3}?that\b[^.;]{0,60}?\b(?:had|has|have)\s+not\s+(?:yet\s+)?"
    r"(?:established\s+(?:a|any)\s+(?:[\w-]+\s+)?foothold|taken|captured|seized|entered|"
    r"occupied)\b", re.IGNORECASE)


#: Capture cues that take people, not ground: a denial that ground was taken leaves them.
_PEOPLE_TAKEN = {"taken prisoner", "prisoners taken", "people arrested", "people detained"}


#: A paragraph that opens by only rejecting the claims ("Ukraine rejected the claims.",
#: "Kyiv has dismissed those reports."): it answers the claims of the paragraph before.
_BARE_DENIAL = re.compile(r"^\W*(?:[\w'’.-]+\s+){1,5}?(?:has\s+|have\s+)?(?:denied|rejected|"
                          r"dismissed|refuted)\s+(?:the|these|those|such|both|all)\s+"
                          r"(?:[\w'’-]+\s+){0,2}?(?:claims?|reports?|assertions?|accounts?)"
                          r"\s*[.!]?\W*$", re.IGNORECASE)
#: ... or by only calling the claim untrue ("The army spokesman, however, told reporters
#: that the claim was 'not true'.", "Officials said the reports were false.").
_CLAIM_UNTRUE = re.compile(r"^\W*(?:[\w'’.,-]+\s+){1,8}?(?:said|says|told\s+(?:[\w'’-]+\s+){0,2}?|"
                           r"insisted|insists|stated|states|replied|responded|countered)"
                           r"\s*(?:that\s+)?(?:the|these|those|this|that|such)\s+"
                           r"(?:[\w'’-]+\s+){0,2}?(?:claims?|reports?|assertions?|accounts?)\s+"
                           r"(?:was|were|is|are)\s+(?:[\"“'‘]\s*)?(?:not\s+true|untrue|false|"
                           r"baseless|groundless|fabricated|a\s+lie|lies)\b[\"”'’]?\s*[.!]?\W*$",
                           re.IGNORECASE)


#: The last of a place's defenders, told as what was beaten ("defeated the army units left
#: in the town", "routed the remaining troops", "the remnants of the garrison").
_REMNANTS = re.compile(r"^[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+(?:left|remaining|remnants?|last|rest\s+of|"
                       r"holdouts?|stragglers)\b", re.IGNORECASE)


def _remnants_routed(d: Draft, found: list[Draft]) -> bool:
    """An attack told only as the rout of a place's last defenders in the sentence that
    tells the place taken ("said it had taken full control of the headquarters and defeated
    the army units left in the town"): the capture's end, no fight of its own."""
    if d.event_type != "attack" or set(d.cues) != {"armed groups defeated"} or d.group is None:
        return False
    text, start = d.analysis.sentence.text, d.analysis.sentence.start
    if not all(_REMNANTS.match(text[p - start:]) is not None
               for p in d.anchors):
        return False
    return any(e.event_type == "capture" and e.analysis is d.analysis and e.group is not None
               and e.group.match.adm1_code == d.group.match.adm1_code for e in found)


def _denied_next(found: list, sentences: list) -> None:
    """Ground said to be taken, denied by the next sentence of its paragraph ("PDF groups
    had overrun a battalion headquarters. A junta spokesman denied the report …"), is
    denied: the claim stands against a denial, and a careful analyst does not map it as
    taken. So is a source's claim in the paragraph before one that opens by only rejecting
    the claims ("… had entered the district. ¶ Ukraine rejected the claims.")."""
    opening = {s.paragraph: s for s in sentences
               if s.index == 0 or sentences[s.index - 1].paragraph != s.paragraph}
    for d in found:
        s = d.analysis.sentence
        after = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
        if d.event_type != "capture" or set(d.cues) & _PEOPLE_TAKEN or \
                d.reading.modality not in PROPOSED:
            continue
        rejected = opening.get(s.paragraph + 1)
        if after is not None and after.paragraph == s.paragraph and \
                _DENIES_PREVIOUS.search(after.text) or \
                d.reading.modality == "reported" and rejected is not None and \
                (_BARE_DENIAL.match(rejected.text) is not None
                 or _CLAIM_UNTRUE.match(rejected.text) is not None):
            d.reading = replace(d.reading, modality="denied", marker="denied next")


#: Capture cues told as the losing side leaving the place: its own admission, which no
#: denial of the winner's claim elsewhere in the report takes back.
_LEFT = {"place abandoned"}


def _denied_elsewhere(found: list, sentences: list) -> None:
    """Ground said to be taken where another sentence of the report denies ground was
    taken, in the same unit or naming the same place ("The General Staff denies … that the
    Djibo garrison has fallen" before or after "JNIM claimed to have taken control of the
    base in Djibo"), is denied too: the report sets the claim against the denial wherever
    they stand; so does a sentence rejecting the claim about the place ("Kyiv dismissed the
    claims about Bilohorivka"). A withdrawal the losing side tells ("our troops have pulled out
    of the town") is no claim a denial answers; nor is ground its own sentence says was
    confirmed ("Russia has taken two villages, researchers working from open sources
    confirmed"): a check stands against the other side's word."""
    denials = [(d.analysis.sentence.index, d.group.match.adm1_code if d.group else None,
                d.analysis.sentence.text,
                d.group.match.name if d.group and d.group.match.kind == "place" else None)
               for d in found if d.event_type == "capture" and d.reading.modality == "denied"]
    # a region a claim names, by its name without its kind ("the Dnipropetrovsk region"):
    # a denial naming it ("had not established a foothold in the Dnipropetrovsk region")
    # answers every claim of ground taken in that unit
    regions = {(_REGION_KIND.sub("", d.group.match.name), d.group.match.adm1_code)
               for d in found if d.event_type == "capture" and d.group is not None
               and d.group.match.kind == "region"}
    denials += [(s.index, None, s.text[m.end():], None) for s in sentences
                for m in [_DENIES_PREVIOUS.search(s.text) or _NOT_GOT_IN.search(s.text)] if m]
    denials += [(s.index, unit, "", None) for s in sentences
                for m in [_NOT_GOT_IN.search(s.text)] if m for name, unit in regions
                if re.search(rf"\b{re.escape(name)}\b", s.text[m.end():])]
    for d in found:
        if d.event_type != "capture" or set(d.cues) & (_PEOPLE_TAKEN | _LEFT) or \
                d.group is None or \
                d.group.match.kind == "country" or d.reading.modality not in PROPOSED or \
                _CONFIRMED.search(d.analysis.sentence.text):
            continue
        names = [re.escape(n) for n in {d.group.match.name, d.group.text} if n]
        named = re.compile(rf"\b(?:{'|'.join(names)})\b")
        # a denial about another village of the unit ("dismissed the reports that the
        # troops had entered X") does not take back the claim about this one
        other = d.group.match.name if d.group.match.kind == "place" else None
        if any(index != d.analysis.sentence.index and (
                unit is not None and unit == d.group.match.adm1_code and
                (place is None or other is None or place == other) or named.search(text))
               for index, unit, text, place in denials):
            d.reading = replace(d.reading, modality="denied", marker="denied elsewhere")


#: A claim its sentence says was checked ("… open-source researchers confirmed", "footage
#: geolocated by analysts"); an unchecked one ("could not be confirmed") is hedged already.
_CONFIRMED = re.compile(r"\b(?:confirmed|verified|geolocated)\b", re.IGNORECASE)


#: The kind of unit after a region's name ("Dnipropetrovsk Oblast", "Kachin State").
_REGION_KIND = re.compile(r"\s+(?:Oblast|Region|Province|State|Governorate|Krai|Prefecture|"
                          r"Division)$")


#: A sentence saying the claim before it could not be checked ("The claim could not be
#: independently verified").
_UNVERIFIED = re.compile(r"\bcould not (?:be )?(?:independently )?(?:verif|confirm)\w*",
                         re.IGNORECASE)


def _unverified_next(found: list, sentences: list) -> None:
    """A claim the next sentence of its paragraph says could not be verified ("Sudan's army
    said its aircraft struck … The claim could not be independently verified") stays its
    source's claim, ``reported``: unverifiable is neither a denial nor the source's doubt.
    The doubt is flagged for the reviewer."""
    for d in found:
        s = d.analysis.sentence
        after = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
        if after is not None and after.paragraph == s.paragraph and \
                d.reading.modality in PROPOSED and d.reading.marker is None and \
                _UNVERIFIED.search(after.text):
            d.reading = replace(d.reading, marker=after.text.strip())


#: A note doubting what was told before it ("We could find no other report of the Madaya
#: attack", "We have not been able to confirm this").
_DOUBT = re.compile(r"\b(?:find|found)\s+no\s+(?:other\s+|independent\s+)?(?:reports?|"
                    r"confirmation|evidence|trace)\b|\bnot\s+(?:yet\s+)?been\s+able\s+to\s+"
                    r"(?:independently\s+)?(?:confirm|verify|corroborate)\b|\bno\s+other\s+"
                    r"(?:outlet|source|media)s?\s+(?:has|have)\s+(?:reported|confirmed)\b",
                    re.IGNORECASE)
#: The words by which such a note points back at the sentence before ("confirm this").
_DOUBT_BACK = re.compile(r"\b(?:this|these|that|those|it|them|the\s+claims?|the\s+reports?)\b",
                         re.IGNORECASE)


def _doubted_later(found: list, analyses: list) -> None:
    """A claim stated in the text's own voice that a later note doubts is hedged: the note
    names its place ("We could find no other report of the Madaya attack": every earlier
    claim placed at that name) or points back at the sentence right before ("We have not been able
    to confirm this"). A named source's claim stays ``reported``: the doubt is the outlet's
    caution, not the source's."""
    for a in analyses:
        doubt = _DOUBT.search(a.sentence.text)
        if doubt is None:
            continue
        text = a.sentence.text
        back = _DOUBT_BACK.search(text, doubt.end()) is not None
        for d in found:
            if d.analysis.sentence.index < a.sentence.index and \
                    d.reading.modality == "asserted" and _points_at(d, a, back):
                d.reading = replace(d.reading, modality="hedged", marker=a.sentence.text.strip())


def _points_at(d, a, back: bool) -> bool:
    """Whether the note in analysis ``a`` is about draft ``d``: it names the draft's place,
    or (``back``) points at the sentence right before it."""
    s = d.analysis.sentence
    if d.group is None or d.group.match.kind == "country":
        return False
    names = {d.group.match.name, d.group.text}
    named = any(re.search(rf"\b{re.escape(n)}\b", a.sentence.text) for n in names)
    return named or back and s.index == a.sentence.index - 1 and \
        s.paragraph == a.sentence.paragraph


#: A correction withdrawing what was told ("An earlier version of this report wrongly said
#: …", "The agency has retracted the report", "the strike did not take place").
_RETRACTS = re.compile(
    r"\b(?:earlier|previous|original|first)\s+version\b[^.;]*?\b(?:wrongly|incorrectly|"
    r"erroneously|mistakenly|falsely)\b|\b(?:wrongly|incorrectly|erroneously|mistakenly)\s+"
    r"(?:said|stated|reported|described|identified)\b|\b(?:retracted|retracts|withdrew|"
    r"withdrawn|withdraws)\s+(?:the|its|their|this|that|an?)?\s*(?:earlier\s+)?(?:report|"
    r"claim|story|statement|article|post)s?\b|\b(?:did\s+not|never)\s+(?:take\s+place|"
    r"happen|occur)\b", re.IGNORECASE)


def _retracted_later(found: list, analyses: list) -> None:
    """What a correction withdraws is denied: the events of the correction itself and those
    told before that it names by place or points back at ("It has since retracted this
    report"). A correction of figures alone ("corrected the number of captured soldiers to
    3") withdraws nothing."""
    for a in analyses:
        if _RETRACTS.search(a.sentence.text) is None:
            continue
        back = _DOUBT_BACK.search(a.sentence.text) is not None
        for d in found:
            index = d.analysis.sentence.index
            if d.reading.modality in PROPOSED and (index == a.sentence.index or (
                    index < a.sentence.index and _points_at(d, a, back))):
                d.reading = replace(d.reading, modality="denied", marker=a.sentence.text.strip())


#: A "since" naming the start of an operation of raids ("arrested 110 since the raids
#: began", "has detained 40 people since the start of the operation"): the span of the
#: operation still going on, counted up to the report's day, no recap of an older event;
#: not the war itself ("since the start of the special military operation").
_SINCE_OPERATION_BEGAN = re.compile(
    r"since\s+(?:the\s+(?:start|beginning|launch|outset)\s+of\s+)?(?:the|this|its|their)\s+"
    r"(?!special\s+military\b)(?:[\w'’-]+\s+){0,2}?(?:raids?|operations?|sweeps?|crackdown|"
    r"assault)\b(?:\s+(?:began|started|was\s+launched|got\s+under\s*way))?", re.IGNORECASE)


#: A date inside a "since" phrase ("since Russia's full-scale invasion in February 2022").
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;:.]{0,60}$", re.IGNORECASE)


def _recent(dates: list, published: dt.date | None) -> bool:
    """A date of the last days before publication, not a "since" phrase."""
    return published is not None and any(
        x.last is not None and x.last >= published - dt.timedelta(days=3)
        and not x.text.lower().startswith("since") for x in dates)


def _recap_paragraphs(found: list, published: dt.date | None, sentences: list) -> None:
    """A paragraph that opens with a recap goes on recapping: its undated sentences after
    recaps alone ("It was in Sumy, in April, that missiles killed 35. … Russian forces then
    pressed into the region, seizing villages") are background too, until one tells news.
    A recap told after the paragraph's opening sentence ("The rebels are still far from the
    city. Many residents left last year as fighting grew. The army has taken up positions
    …") opens nothing: the paragraph opened on the present.
    A sentence dated lately only where it names its source ("On Sunday it said it had sent
    a brigade") tells news: the telling is recent, so is what it tells; so does one that
    tells where the report's event happened by its definite noun ("The ambush took place
    on the road to Kayes")."""
    detail = news_detail()
    lately = None if published is None else _lately(published)
    by_paragraph: dict[int, list] = {}
    for d in found:
        by_paragraph.setdefault(d.analysis.sentence.paragraph, []).append(d)
    opening: dict[int, int] = {}
    for x in sentences:
        opening.setdefault(x.paragraph, x.index)
    for paragraph, drafts_ in by_paragraph.items():
        indices = sorted({d.analysis.sentence.index for d in drafts_})
        if indices[0] != opening[paragraph]:
            continue
        first = [d for d in drafts_ if d.analysis.sentence.index == indices[0]]
        # a dated recap opens it, not a word such as "continue to", nor a toll brought up
        # to the report's day by a recent date ("24 killed over the past 24 hours, …
        # raising the toll since the October ceasefire to 340")
        recap = all(d.reading.background and d.analysis.dates and not (
            d.reading.cumulative and _recent(d.analysis.dates, published)) for d in first)
        for index in indices[1:]:
            here = [d for d in drafts_ if d.analysis.sentence.index == index]
            if recap and detail.search(here[0].analysis.sentence.text):
                recap = False  # "The ambush took place on …": the news again
            if recap and all(not d.dates for d in here) and not any(
                    lately is not None and x.last is not None and x.last >= lately
                    and not x.text.lower().startswith("since") for x in here[0].analysis.dates):
                for d in here:
                    if d.reading.modality in PROPOSED:
                        d.reading = replace(d.reading, background=True)
            recap = recap and all(d.reading.background for d in here)


def _dated_openings(found: list, published: dt.date | None, analyses: list) -> None:
    """A paragraph that opens on a date well before the report's days with no event of its
    own ("At the end of June the second phase of the offensive began. The rebels went on
    the attack around three towns, …") goes on telling that time: its undated sentences
    right after it are background, until one gives a date of the report's days or tells
    the news again ("The ambush took place on …")."""
    if published is None:
        return
    lately = _lately(published)
    detail = news_detail()
    told = {d.analysis.sentence.index for d in found}
    by_sentence = _by_sentence(found)
    for a in analyses:
        s = a.sentence
        opens = s.index == 0 or analyses[s.index - 1].sentence.paragraph != s.paragraph
        if not opens or s.index in told or not a.dates or any(
                x.last is None or x.last >= lately or x.text.lower().startswith("since")
                for x in a.dates):
            continue
        for b in analyses[s.index + 1:]:
            if b.sentence.paragraph != s.paragraph or b.dates or \
                    b.sentence.index not in by_sentence or detail.search(b.sentence.text):
                break
            for d in by_sentence[b.sentence.index]:
                if d.reading.modality in PROPOSED:
                    d.reading = replace(d.reading, background=True)


#: A sentence telling what came next by its opening clause ("Then the rebels …", "The
#: insurgents then brought in more men"): "then" in its first words, not "since then", "by
#: then", "until then" nor a "then-" title.
_THEN_NEXT = re.compile(r"^\s*(?:Then\b(?!-)|(?:[\w'’-]+\s+){1,6}?(?<!since\s)(?<!until\s)"
                        r"(?<!till\s)(?<!by\s)(?<!from\s)(?<!than\s)then\b(?!-))")


def _then_after_recaps(found: list, published: dt.date | None, analyses: list) -> None:
    """A sentence with no date of its own telling what came "then" goes on with the story
    before it: right after a sentence dated well before the report's days whose events are
    all background ("On June 3 the rebels fell back to the town. The rebels then brought in
    more fighters and attacked the garrison"), it is background too, whether or not it
    opens a paragraph. After news restated ("Earlier on Thursday a group reported that the
    shelling had killed nine. It said the army then attacked the area") it is news."""
    if published is None:
        return
    lately = _lately(published)
    by_sentence = _by_sentence(found)
    for a in analyses:
        s = a.sentence
        if s.index not in by_sentence or a.dates or s.index - 1 not in by_sentence or \
                _THEN_NEXT.search(s.text) is None:
            continue
        before = by_sentence[s.index - 1]
        dates = analyses[s.index - 1].dates
        if not dates or any(x.last is None or x.last >= lately
                            or x.text.lower().startswith("since") for x in dates):
            continue
        if not all(d.reading.background or d.reading.modality not in PROPOSED
                   for d in before) or not any(d.reading.background for d in before):
            continue
        for d in by_sentence[s.index]:
            if d.reading.modality in PROPOSED:
                d.reading = replace(d.reading, background=True)


def _by_sentence(found: list) -> dict[int, list]:
    """The drafts of each sentence, by the sentence's index."""
    out: dict[int, list] = {}
    for d in found:
        out.setdefault(d.analysis.sentence.index, []).append(d)
    return out


def _tied_to_recaps(found: list) -> None:
    """A sentence that takes its place from a recap told before it ("Earlier this week it
    said it had hit a refinery in X. … A company said a drone had struck its nearby plant"),
    told in the past perfect and with no date of its own, goes on with that recap: background
    too; so too a toll told only as that of the recap's deed, whatever its tense and date
    ("The military had earlier struck Nyala airport. … dozens of officers died in that
    strike last week"): the older deed's toll."""
    perfect = re.compile(cues.load("modality")["background"]["perfect"], re.IGNORECASE)
    last: tuple[str | None, int, bool] = (None, -9, False)  # place, sentence, recap?
    for d in found:
        key = d.group.match.adm1_code if d.group is not None else None
        index = d.analysis.sentence.index
        if d.located == "sentence":
            last = (key, index, d.reading.background) if last[1] != index else \
                (key, index, last[2] and d.reading.background)
        elif d.located == "tied" and key is not None and key == last[0] and last[2] \
                and index - last[1] <= 2 and d.reading.modality in PROPOSED and (
                    not d.dates and not d.analysis.dates
                    and perfect.search(d.analysis.sentence.text)
                    or d.event_type == "casualty_report" and d.analysis.triggers
                    and all(t.back for t in d.analysis.triggers)):
            d.reading = replace(d.reading, background=True)


def _unit(d: Draft) -> str | None:
    """The admin-1 unit a draft is placed in, none for a whole country."""
    g = d.group
    return g.match.adm1_code if g is not None and g.match.kind != "country" else None


def _recap_places(found: list) -> None:
    """Undated events that go on with a recap, in the unit the recap is set in, where no
    dated news of the report lies: a sentence naming the recalled deed by its place ("Last
    April a gunman killed three people in a Haifa cafe. … The Haifa shooting was one of a
    wave of attacks that killed 19"), and one tied to such a sentence right before it ("Two
    of the attackers were also killed"). A unit with news dated afresh keeps its events."""
    dated = [d for d in found if d.dates and _unit(d) is not None]
    for d in found:
        key, s = _unit(d), d.analysis.sentence
        if key is None or d.reading.background or d.reading.modality not in PROPOSED or \
                d.dates or d.analysis.dates:
            continue
        here = [e for e in dated if _unit(e) == key]
        if not here or not all(e.reading.background and e.analysis.sentence.index < s.index
                               for e in here):
            continue
        before = [e for e in found if e.analysis.sentence.index == s.index - 1 and _unit(e) == key]
        if _RECALLED_DEED.match(s.text) or d.located == "tied" and before and \
                all(e.reading.background for e in before):
            d.reading = replace(d.reading, background=True)


#: A deed named as what someone is thanked or praised for ("thanks the soldiers for their
#: part in freeing", "praised the troops for helping to retake").
_PRAISED_FOR = re.compile(r"\b(?:thank(?:s|ed|ing)?|prais(?:es|ed|ing)?|laud(?:s|ed|ing)?|"
                          r"hail(?:s|ed|ing)?|commend(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|"
                          r"gratitude\s+to|grateful\s+to)\b[^.;:]{0,80}?\bfor\s+"
                          r"(?:(?:their|its|his|her|the)\s+)?(?:(?:[\w'’-]+\s+)?(?:part|role|"
                          r"help|contribution|participation|heroism|courage)\s+in\s+)?"
                          r"(?:helping\s+(?:to\s+)?)?$", re.IGNORECASE)


def _headline_recaps(found: list, end: int) -> None:
    """A headline's deed named as what someone is thanked or praised for ("Minister thanks
    troops for their part in freeing X"), which the body tells in the same unit only as a
    recap (the place freed "earlier this year"), is that recap summed up: background too."""
    for d in found:
        key, s = _unit(d), d.analysis.sentence
        if key is None or s.end > end or d.reading.background or \
                d.reading.modality not in PROPOSED or not all(
                    _PRAISED_FOR.search(s.text, 0, a - s.start) for a in d.anchors):
            continue
        body = [e for e in found if e.analysis.sentence.start >= end
                and e.event_type == d.event_type and _unit(e) == key]
        if body and all(e.reading.background for e in body):
            d.reading = replace(d.reading, background=True)


def _crossheads(sentences: list, end: int) -> set[int]:
    """The paragraphs of the body that are crossheads: one short line without a full stop
    ("Took the city", "Bomb craters"), a label of the section under it."""
    by_paragraph: dict[int, list] = {}
    for s in sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    last = sentences[-1].paragraph if sentences else 0
    return {p for p, ss in by_paragraph.items()
            if len(ss) == 1 and ss[0].start >= end and p != last
            and len(ss[0].text.split()) <= _CROSSHEAD_WORDS
            and not re.search(r"[.!?:;,\"”’)\]]\s*$", ss[0].text)}


#: The most words of a crosshead.
_CROSSHEAD_WORDS = 8


def _placeless_crossheads(found: list, sentences: list, end: int) -> None:
    """A crosshead's deed that names no place of its own ("Fleeing the shelling"), placed
    only by the paragraph before it, is dropped: a label of the section under it, which
    tells the deed and its place itself, not a deed where the section before it was."""
    heads = _crossheads(sentences, end)
    found[:] = [d for d in found
                if d.located == "sentence" or d.analysis.sentence.paragraph not in heads]


def _crosshead_recaps(found: list, sentences: list, end: int) -> None:
    """A crosshead's deed ("Took the city") is the section under it summed up: where that
    section tells the same kind of deed in the same unit only as a recap ("After the RSF
    took the city in October, …"), the crosshead is that recap too."""
    heads = _crossheads(sentences, end)
    if not heads:
        return
    for d in found:
        key, paragraph = _unit(d), d.analysis.sentence.paragraph
        if key is None or paragraph not in heads or d.reading.background:
            continue
        stop = min((p for p in heads if p > paragraph), default=None)
        section = [e for e in found if e.analysis.sentence.paragraph > paragraph
                   and (stop is None or e.analysis.sentence.paragraph < stop)
                   and _unit(e) == key]
        body = [e for e in section if e.event_type == d.event_type]
        if body and all(e.reading.background for e in body):
            d.reading = replace(d.reading, background=True)
        elif not body and section and _TOPIC_HEAD.match(d.analysis.sentence.text):
            # a topic label ("The Kursk incursion") over a section that tells its place's
            # deeds itself, as other kinds of deed: the label adds no deed of its own
            d.reading = replace(d.reading, background=True)


#: A crosshead that is only a deed named by its place ("The Kursk incursion", "The Bakhmut
#: offensive"): a topic label, no verb of its own.
_TOPIC_HEAD = re.compile(r"^\W*(?i:the)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z]+\s+)?(?:incursion|"
                         r"offensive|counteroffensive|counter-offensive|operation|invasion|"
                         r"advance|push|assault|attack|raid|battle|siege|fighting)\W*$")


#: A sentence opening on a deed named by its place ("The Haifa shooting", "The Kramatorsk
#: station attack"): the deed told before, recalled.
_RECALLED_DEED = re.compile(r"^\W*(?i:the)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z]+\s+)?(?:shooting|"
                            r"attack|bombing|massacre|ambush|raid|strike|stabbing|assault|"
                            r"shelling|killings?)\b")


#: A count released or stated afresh ("the UN said on Friday", "figures released on Friday
#: by ACLED"), not one looked up in a database or a reference.
_FRESH = re.compile(r"\b(?:said|says|say|told|tells|announced|announces|reported|reports|"
                    r"stated|states|released|publishe[sd]|issued|updated|estimated|added|"
                    r"confirmed|now)\b", re.IGNORECASE)


#: A source a sentence gives its figures by ("According to the health ministry, …").
_ACCORDING = re.compile(r"\baccording\s+to\b", re.IGNORECASE)


#: A sentence adding to the one before ("A further 10 people were killed on Monday in air
#: strikes on …", "Another 12 died in …").
_FURTHER = re.compile(r"^\W*(?:a\s+further|another|an\s+additional)\s+"
                      r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|dozen)",
                      re.IGNORECASE)


def _further_recaps(found: list, closing: int) -> None:
    """A closing paragraph adding "a further" count to a recap just told ("Russia has
    intensified its air strikes over recent weeks, … where an attack on June 17 left 28
    dead. A further 10 people were killed on Monday in air strikes on …") goes on with the
    recap: context of the closing explainer, not the report's news."""
    by_sentence = _by_sentence(found)
    for d in found:
        s = d.analysis.sentence
        before = by_sentence.get(s.index - 1, [])
        if s.paragraph == closing and _FURTHER.match(s.text) and before and \
                all(b.reading.background for b in before):
            d.reading = replace(d.reading, background=True, cumulative=False)


def _closing_earlier_day(found: list, closing: int) -> None:
    """A closing paragraph telling, in the outlet's own words, a deed dated before every
    day the report's news is dated to (its days, not spans of weeks), in a unit where the
    report tells no news, once a paragraph of recaps has turned the report to its context
    ("… four power facilities were hit overnight. … Russia has struck Ukraine's grid
    throughout the war. … A sweeping attack on Thursday killed 25 people in Kyiv."): the
    recent context the report ends on, not its news. A closing paragraph right after the
    news ("On Saturday, armed men had struck the village") goes on with it. One a source
    tells ("On Friday, a day before the raid, drones struck two other positions, according
    to the same reports") is news of its own."""
    news = [d for d in found if d.analysis.sentence.paragraph != closing and d.dates
            and not d.reading.background and d.reading.modality in PROPOSED]
    # the days the news is dated to (a span of weeks dates a trend, no day of news)
    firsts = [x.first for d in news for x in d.dates if x.first is not None
              and x.last is not None and (x.last - x.first).days <= 2]
    if not firsts:
        return
    # the report has turned to context before it closes: a paragraph after its news
    # opened holds recaps only
    by_paragraph: dict[int, list] = {}
    for d in found:
        by_paragraph.setdefault(d.analysis.sentence.paragraph, []).append(d)
    opened = min(d.analysis.sentence.paragraph for d in news)
    if not any(opened < p < closing and all(d.reading.background for d in ds)
               for p, ds in by_paragraph.items()):
        return
    for d in found:
        lasts = [x.last for x in d.dates]
        if d.analysis.sentence.paragraph != closing or not lasts or None in lasts or \
                d.reading.background or d.reading.modality != "asserted" or \
                max(lasts) >= min(firsts) or _unit(d) is None or \
                any(_unit(e) == _unit(d) for e in found
                    if e.analysis.sentence.paragraph != closing and not e.reading.background):
            continue
        d.reading = replace(d.reading, background=True, cumulative=False)


#: A sentence setting the report's news in the wider war ("The fighting is part of the wider
#: war between the army and the RSF that broke out in April 2023", "The clashes are the
#: latest chapter in a conflict …"): the paragraph it opens explains the war.
_PART_OF_WAR = re.compile(r"^\W*(?:the|this|these|those|such)\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|"
                          r"were)\s+(?:(?:also|just)\s+)?(?:part\s+of|the\s+latest\s+"
                          r"(?:chapter|episode|flare-up|escalation|round)\s+(?:in|of))\s+"
                          r"(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:war|conflict|"
                          r"insurgency|civil\s+war)\b", re.IGNORECASE)


def _wider_war_paragraphs(found: list, sentences: list) -> None:
    """A paragraph opening on the wider war the news belongs to ("The fighting is part of
    the wider war … that broke out on April 15, 2023. The RSF took El-Fasher on October 26,
    and committed massacres there") explains it: its later deeds dated before every day of
    the report's news, in a unit where the report tells no news, are background."""
    opening: dict[int, object] = {}
    for x in sentences:
        opening.setdefault(x.paragraph, x)
    explainers = {p for p, x in opening.items() if _PART_OF_WAR.match(x.text)}
    if not explainers:
        return
    news = [d for d in found if d.analysis.sentence.paragraph not in explainers
            and not d.reading.background and d.reading.modality in PROPOSED]
    firsts = [x.first for d in news for x in d.analysis.dates if x.first is not None
              and x.last is not None and (x.last - x.first).days <= 2]
    if not firsts:
        return
    units = {_unit(d) for d in news}
    for d in found:
        s = d.analysis.sentence
        lasts = [x.last for x in d.analysis.dates]
        if s.paragraph not in explainers or s.index == opening[s.paragraph].index or \
                not lasts or None in lasts or max(lasts) >= min(firsts) or \
                _unit(d) is None or _unit(d) in units:
            continue
        d.reading = replace(d.reading, background=True, cumulative=False)


def _explainer_tallies(found: list, closing: int, published: dt.date | None) -> None:
    """National tolls of an explainer are background: one given only as an order of size
    ("the conflict has killed thousands of people, driven more than 12 million from their
    homes"), one recalled from a statement made weeks before ("Earlier this month the UN
    rights chief noted that 87 civilians had been killed"), and, in the closing paragraph
    ``closing``, a running total over more than a year that no one states afresh ("At
    least 2,400 people have been killed in Niger since July 2023, according to the database
    of ACLED"). A total told as news ("the UN said on
    Friday that 12,600 civilians have been killed since February 2022") stays news. So is a
    toll with no place of its own, given only as an order of size a single place seldom
    reaches ("So far … hundreds of thousands have been killed"): the whole war's, whatever
    place it would take from the sentences around it."""
    for d in found:
        if d.event_type != "casualty_report" or d.group is None or \
                d.reading.modality not in PROPOSED:
            continue
        counts = [f for f in d.figures if f.category is not None]
        rough = bool(counts) and all(vague(f.quantity) for f in counts)
        text = d.analysis.sentence.text
        # a running total over more than a year that no one states afresh
        long_run = published is not None and d.reading.cumulative and \
            _FRESH.search(text) is None and any(
                x.first is not None and x.first < published - dt.timedelta(days=365)
                for x in d.analysis.dates)
        if d.group.match.kind != "country":
            # a place's toll given only as an order of size and run over more than a
            # year ("the city has been hit by airstrikes, which have killed hundreds of
            # people, since the rebels seized it in 2023"): the place's story, no news;
            # so is a region's running total over more than a year closing the report
            # with no one stating it afresh ("Since the war began in October 2023, troops
            # have killed at least 851 people in the West Bank")
            if rough and (long_run or d.located != "sentence" and all(
                    (f.quantity.low or 0) >= _WAR_SIZE for f in counts)) or (
                    d.analysis.sentence.paragraph == closing and long_run
                    and _ACCORDING.search(text) is None):
                d.reading = replace(d.reading, background=True, cumulative=False)
            continue
        reference = d.analysis.sentence.paragraph == closing and long_run
        if rough or reference or _RECALLED_STATEMENT.match(text):
            d.reading = replace(d.reading, background=True, cumulative=False)


#: The order of size of a toll ("tens of thousands") that only a whole war reaches.
_WAR_SIZE = 10_000


#: A sentence opening on a statement made weeks before the report ("Earlier this month the
#: UN rights chief … noted that 87 civilians had been killed there"): a national
#: total recalled from it, no total stated afresh.
_RECALLED_STATEMENT = re.compile(r"\W*(?:earlier\s+this\s+(?:month|year)|last\s+month|"
                                 r"(?:earlier|late|early)\s+last\s+month)\b", re.IGNORECASE)


#: A clause joined after a comma that tells a deed as still going on, in the present
#: ("…opened its offensive on November 13, and fighting goes on across the north", "…, but
#: clashes are still raging in the town"): what holds now, not dated by the clause before.
_GOES_ON_NOW = re.compile(
    r",\s+(?:and|but|while|where)\s+(?:[\w'’-]+\s+){0,6}?(?:goes\s+on|go\s+on|continues|"
    r"continue|rages|rage|persists|persist|(?:is|are)\s+(?:still\s+)?(?:going\s+on|ongoing|"
    r"continuing|raging|under\s+way|underway)|(?:is|are)\s+(?:still|now)\s+[a-z]+ing)\b",
    re.IGNORECASE)


def _goes_on_after(text: str, date_end: int, anchor: int) -> bool:
    """Whether a clause told as still going on (``_GOES_ON_NOW``) opens between the date
    ending at ``date_end`` and the cue at ``anchor``, and holds the cue."""
    m = _GOES_ON_NOW.search(text, date_end)
    return m is not None and m.start() < anchor and \
        _CLAUSE_MARK_NEXT.search(text, m.start() + 1, anchor) is None


#: A mark that closes a clause: the cue after it lies in another clause.
_CLAUSE_MARK_NEXT = re.compile(r"[,;:—–]")


def _sentence_past(dates: list, published: dt.date | None) -> list:
    """The dates before a draft's cue in its sentence, for a draft with none of its own,
    when all of them lie in the past ("collapsed in March, when Israel resumed strikes …,
    taking control of Rafah"): the sentence looks back from there on. A date after the cue
    tells of something else ("deployed in Russia … to retake territory captured during an
    offensive in August"); "since" phrases stay with their event."""
    if published is None or not dates or any(
            x.last is None or x.last >= published or x.text.lower().startswith("since")
            for x in dates):
        return []
    return dates


#: A toll counted over a span up to the report's day ("over the past day", "in the past 24
#: hours", "over the week") or over days of fighting ("killed in days of heavy violence"):
#: a tally of the area, not one strike's.
_PERIOD = re.compile(r"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+"
                     r"(?:(?:\d+|few|two|three|four|five|several)\s+days|weeks?)\b|"
                     r"\bover\s+the\s+(?:week|weekend)\b|"
                     r"\b(?:in|over|during|after|through)\s+(?:(?:\d+|two|three|four|five|six|"
                     r"seven|several|a\s+few)\s+)?(?:days|weeks)\s+of\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:fighting|violence|clashes|combat|battles?|bombardment|shelling|"
                     r"strikes|attacks|unrest)\b", re.IGNORECASE)
#: A toll of the last day ("over the past day", "in the past 24 hours"): the day's total of
#: an area where the report tells its strikes apart, else the toll of the strikes it means.
_DAY = re.compile(r"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+"
                  r"(?:day|(?:24|twenty-four)\s+hours|night)\b|\bover\s+the\s+day\b",
                  re.IGNORECASE)
#: A running total a count is told as raising ("which brings the overall death toll to
#: 45,541", "taking the total killed so far to 300"): the total's words, not the count's.
_RAISED_TOTAL = re.compile(r"\b(?:brings?|brought|bringing|rais(?:es|ed|ing)|tak(?:es|ing)|"
                           r"took|push(?:es|ed|ing))\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
                           r"(?:toll|total|tally|number|count)\b[^.;]*", re.IGNORECASE)
#: The killed or hurt told as by a side's fire or strikes in general, in the passive
#: ("130 had been killed and over 1,000 wounded by Israeli fire and military strikes across
#: the territory in the previous 24 hours"): the means of a day's many deaths, no strike
#: of its own.
_BY_MEANS = re.compile(r"\b(?:killed|wounded|injured)\b[^.;]{0,40}?\bby\s+"
                       r"(?:[\w'’-]+\s+){0,2}?(?:fire|strikes|air\s*strikes|shelling|"
                       r"bombardments?|attacks)(?:\s+and\s+(?:[\w'’-]+\s+){0,2}?(?:fire|strikes|"
                       r"air\s*strikes|shelling|bombardments?|attacks))?\b", re.IGNORECASE)


def _by_means(d: Draft, t) -> bool:
    """Whether trigger ``t`` is the means of the sentence's killing told in the passive
    (``_BY_MEANS``), not a strike the sentence tells."""
    return any(m.start() <= t.start and t.end <= m.end()
               for m in _BY_MEANS.finditer(d.analysis.sentence.text))


#: A force's losses ("lost 40 soldiers", "suffered heavy casualties"); not what a relative
#: clause says a place went through ("Cabo Delgado, the province that has suffered years of
#: violence"); nor people who "lost their lives", which says they died, not whose loss;
#: nor wounds someone "suffered on Friday", whose object stands before the verb; nor the
#: injuries a person "suffered" ("a man, who suffered injuries of moderate severity"), the
#: hurt of the people a strike's toll counts.
_LOSSES = re.compile(r"\b(?:(?:lost|loses|lose|losing)(?!\s+(?:their|his|her)\s+li(?:ves|fe)\b)|"
                     r"losses|(?<!that ha[sd] )(?<!which ha[sd] |"
                     r"that have )(?<!which have )suffered(?!\s+(?:on|in|at|during|when|while|"
                     r"earlier|last|yesterday|days?|weeks?)\b)(?!\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:injur(?:y|ies)|wounds?|burns|fractures|trauma)\b))\b", re.IGNORECASE)

#: A loss ranked among a side's worst ("one of the heaviest losses it has suffered in recent
#: times, when fighters overran its base", "suffered its worst loss of the year"): one blow
#: named by its weight, not losses counted over a spell.
_RANKED_LOSS = re.compile(r"(?:\b(?:suffered|sustained)\s+(?:one\s+of\s+)?(?:its|their|the)\s+)?"
                          r"\b(?:heaviest|worst|biggest|largest|deadliest|greatest|costliest|"
                          r"bloodiest)\s+(?:single\s+)?loss(?:es)?\b(?:\s+(?:that\s+|which\s+)?"
                          r"(?:[\w'’-]+\s+){0,3}?(?:has|have|had)\s+(?:ever\s+)?suffered)?",
                          re.IGNORECASE)

#: A side's losses set out as the balance of an engagement ("Losses on the side of the
#: army: 10 killed, 15 wounded", "On the attackers' side, 41 were neutralised", "on our
#: side, two soldiers were wounded"): a communiqué's toll of the fighting it tells, not a
#: tally over a spell.
_SIDE_LOSSES = re.compile(r"\b(?:losses\s+)?on\s+(?:the\s+side\s+of\b|(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
                          r"side\s*[:,])", re.IGNORECASE)


#: The dead of one side set against the other's ("many soldiers had died, …, while the
#: militia had lost more than 20 of its own fighters"): both sides' losses, the balance of
#: the fight told, not a tally over a spell.
_BOTH_SIDES = re.compile(r"\b(?:died|killed|lost)\b[^.;:]{0,80}?,\s+(?:while|whereas)\s+"
                         r"(?:[\w'’-]+\s+){1,4}?(?:had\s+|has\s+|have\s+)?(?:lost|suffered)\s+"
                         r"[^.;:]{0,40}?\b(?:of\s+)?(?:its|their)\s+own\b", re.IGNORECASE)


#: A side's losses put at a figure ("puts Al-Shabaab losses at more than 130 killed",
#: "estimated the attackers' losses at 40"): a count of losses someone gives.
_LOSSES_PUT_AT = re.compile(r"\b(?:puts?|putting|placed?|places|placing|estimated?|estimates|"
                            r"estimating)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?losses\s+at\b",
                            re.IGNORECASE)


def _losses_listed(c: Candidate, d) -> bool:
    """A force's losses told right after the fighting of its paragraph ("… repelled four
    counterattacks near Pokrovsk. The enemy lost up to 400 servicemen.") or counted over a
    spell ("about 40 marines were killed or wounded over the weekend"): a briefing lists
    each direction's losses so, and they count where the paragraph is."""
    return c.event.event_type == "casualty_report" and d.located == "paragraph" and \
        (_LOSSES.search(c.event.quote or "") is not None or _spell(d, c)) and \
        any(force_loss(f) for f in d.figures)


def _spell(d: Draft, c: Candidate) -> bool:
    """The figure counts over a stated spell of days or weeks ("over the weekend", "over
    three days", "between 3 and 9 May"), not one moment."""
    return _PERIOD.search(c.event.quote or "") is not None or any(
        x.first and x.last and (x.last - x.first).days >= 2 and not _SOME_TIME.match(x.text)
        for x in _count_dates(d))


def _count_dates(d: Draft) -> list:
    """The dates of ``d``'s sentence that may date its deed or count: not those of a clause
    after its cues telling a place's state since a time ("killed 25 in a part of the
    territory that has been under Hamas control since October")."""
    s = d.analysis.sentence
    last = max((a - s.start for a in d.anchors), default=len(s.text))
    spans = [(s.start + lo, s.start + hi) for lo, hi in state_since_spans(s.text, last)]
    return [x for x in d.dates if not any(a <= x.start < b for a, b in spans)]


#: The losses of a unit named by a back-reference ("The column lost two soldiers", "the
#: patrol had lost three men"): the unit just struck, whose loss is that strike's toll.
_STRUCK_UNIT = re.compile(r"^\W*(?:the|that|this)\s+(?:[a-z-]+\s+)?(?:unit|patrol|column|"
                          r"convoy|platoon|squad|company|detachment|garrison|crew|outpost)\s+"
                          r"(?:had\s+|has\s+|have\s+)?(?:lost|suffered)\b", re.IGNORECASE)
#: … or of a force told, in a clause of its own, as at the post just struck ("The
#: volunteers, who were in training inside the camp, lost 22 of their comrades", "the guards,
#: who were posted at the base, had lost six men"): there when it was struck, that strike's
#: toll.
_UNIT_AT_STRUCK_POST = re.compile(
    r"^\W*[^,;:.]{1,80}?,\s+(?:who|which)\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"[^,;:.]{0,40}?\b(?:in|inside|at|within)\s+the\s+(?:camp|base|post|outpost|garrison|"
    r"barracks|position|checkpoint|compound)\b[^,;:.]{0,30},\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:lost|suffered)\b", re.IGNORECASE)


#: The attackers' own loss told as the price of the deed just told, in its sentence
#: ("ambushed a convoy on the road, but they lost a dozen fighters"): that fight's toll.
_LOST_IN_DEED = re.compile(r"[,;]?\s+(?:but|and|though|although)\s+(?:they|it|he|the\s+"
                           r"(?:attackers|assailants|militants|fighters|insurgents|rebels|"
                           r"gunmen|jihadists|terrorists))\s+(?:had\s+|have\s+|also\s+)?"
                           r"lost\b", re.IGNORECASE)


#: A toll counted from the start of the raid or operation the report tells ("12 killed
#: since the operation started", "since the start of the raid"): that operation's toll.
_SINCE_OPERATION = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|launch|outset)\s+of\s+(?:the|this|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:operation|raid|incursion|assault|attack)\b|(?:the|this|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:operation|raid|incursion|assault|attack)\s+(?:started|began|"
    r"was\s+launched|got\s+under\s*way|opened)\b)", re.IGNORECASE)


#: A spell opened by a place's taking ("since the RSF seized the city", "since the town
#: fell", "since it was captured"): the killings there after its fall, told by the taking.
_SINCE_TAKEN = re.compile(
    r"\bsince\s+(?:[\w'’-]+\s+){0,4}?(?:seized|captured|overran|stormed|fell|"
    r"(?:was|were|had\s+been)\s+(?:taken|captured|seized|overrun))\b", re.IGNORECASE)


#: The dead and hurt hospitals took in ("the hospitals had taken in three dead", "hospitals
#: received 12 wounded"): a health ministry's count of its intake.
_INTAKE = re.compile(r"\bhospitals?\b[^.;]{0,30}?\b(?:ha(?:ve|d|s)\s+)?(?:taken\s+in|took\s+in|"
                     r"received|admitted)\b", re.IGNORECASE)


#: A toll told with the strike that caused it in a "when" clause ("at least 40 people were
#: killed over the weekend in the town, when aircraft and drones bombarded the area"): the
#: strike's toll, whatever spell it is counted over.
_KILLED_WHEN = re.compile(r"\b(?:killed|died|dead|wounded|injured)\b[^.;:]{0,120}?,?\s+when\s+"
                          r"(?:[\w'’-]+\s+){1,5}?(?:bombarded|bombed|struck|hit|shelled|"
                          r"pounded|attacked|targeted|fired\s+on|raided)\b", re.IGNORECASE)


#: The hurt all of a place's hospitals have treated or taken in, told in the perfect
#: ("hospitals had also treated 32,000 injured people", "hospitals have admitted 900
#: wounded"): the health service's running count, not the toll of one strike.
_HOSPITALS_COUNT = re.compile(r"\bhospitals\b[^.;]{0,30}?\bha(?:ve|d)\s+(?:also\s+|so\s+far\s+)?"
                              r"(?:treated|taken\s+in|received|admitted)\b", re.IGNORECASE)


def _running(d, c: Candidate) -> bool:
    """A count told as running up to now ("so far", a cumulative reading) or of a whole
    country: a tally, whatever deed the sentence tells beside it."""
    return _SO_FAR.search(c.event.quote or "") is not None or \
        (d.reading is not None and d.reading.cumulative) or c.event.geo_precision == "country"


def _tally(d, c: Candidate) -> bool:
    """A casualty figure over a period or up to the report's day ("so far"), of a whole
    country or of a force's losses ("the enemy lost up to 250 servicemen"), not the toll of
    one strike told beside it; the loss of the unit just struck ("… ambushed a column. The
    column lost two soldiers"), the toll of attacks already told ("killed in the militia's
    attacks over the past week") and the people the sentence's own strikes killed over a
    few days ("air strikes killed 20 civilians between 13 and 15 May") are theirs. Enemy
    put out of action in a sector's battles are that sector's losses, a tally."""
    quote = c.event.quote or ""
    if _INTAKE.search(quote) and (_DAY.search(quote) or _PERIOD.search(quote)) and \
            not any(t.event_type == "attack" and not t.passing for t in d.analysis.triggers):
        return True  # "over the past 24 hours the hospitals had taken in three dead": a count
    if _HOSPITALS_COUNT.search(quote) and \
            not any(t.event_type == "attack" and not t.passing for t in d.analysis.triggers):
        return True  # "hospitals had also treated 32,167 injured people": their running count
    if (_STRUCK_UNIT.search(quote) or _UNIT_AT_STRUCK_POST.search(quote)) and \
            not _PERIOD.search(quote) and not _DAY.search(quote):
        return False
    lost = _LOST_IN_DEED.search(d.analysis.sentence.text)
    if lost and not _PERIOD.search(quote) and not _DAY.search(quote) and any(
            t.event_type == "attack" and not t.passing and t.end <= lost.start()
            for t in d.analysis.triggers):
        return False  # "ambushed a convoy, but they lost a dozen fighters": that ambush's
    if (_toll_of_told(d) or _SUM_OF_ATTACKS.search(quote)) and not _DAY.search(quote) \
            and not _CAMPAIGN_TOLL.search(quote) and nation_running_toll(quote) is None:
        # "100 killed in the militia's attacks over the past week": theirs; "in the strikes
        # since the operation began": the whole campaign's; "39 Israeli civilians have now
        # been killed by rocket fire": the nation's running toll, a tally
        return False
    # "12 killed since the operation started": the operation's toll; "since the militia
    # seized the town it has killed 300 there": the militia's
    if (_SINCE_OPERATION.search(quote) or _SINCE_TAKEN.search(quote)) and \
            not _LOSSES.search(quote) and not any(force_loss(f) for f in d.figures) and \
            c.event.geo_precision != "country":
        return False
    attacks = [t for t in d.analysis.triggers if t.event_type == "attack"]
    if _KILLED_WHEN.search(quote) and any(not t.passing for t in attacks) and \
            not any(force_loss(f) for f in d.figures) and not _running(d, c):
        return False  # "40 killed over the weekend when drones bombarded the town": theirs
    if any(not t.passing for t in attacks) and _short_spell(d) and \
            not any(force_loss(f) for f in d.figures) and not _PERIOD.search(quote) and \
            not _running(d, c):
        return False  # "air strikes killed 20 civilians between 13 and 15 May": theirs
    if (_SIDE_LOSSES.search(quote) or _BOTH_SIDES.search(quote) or _LOSSES_PUT_AT.search(quote)
            and any(not t.passing for t in attacks)) and not _PERIOD.search(quote) \
            and not _DAY.search(quote) and not _spell(d, c) and not d.dates \
            and not _running(d, c):
        # "Losses on the side of the army: 10 killed", "the army says it repelled the
        # attackers and puts their losses at 40 killed": the engagement's balance, its toll
        return False
    return c.event.geo_precision == "country" or _LOSSES.search(
        _RANKED_LOSS.sub("", c.event.quote or "")) or _spell(d, c) or \
        any(_out_of_action(f) for f in d.figures) or \
        (d.reading is not None and d.reading.cumulative) or any(
        x.text.lower().startswith("since") or x.rule == "ago" for x in _count_dates(d)) or \
        (_SO_FAR.search(quote) is not None or _listed(d) or _WAR_TOLL.search(quote) is not None) \
        and not any(not t.passing for t in attacks)


def _out_of_action(f: Figure) -> bool:
    """A force's men counted as put out of action ("put 317 occupiers out of action, 179 of
    them irretrievably"): a briefing's count of the enemy's losses in the fighting of its
    sector, a tally of losses, not the toll of one strike."""
    return force_loss(f) and (f.cue or "").lower() == "out of action"


def _short_spell(d: Draft) -> bool:
    """The draft's dates cover a few days at most ("between 13 and 15 May", "over three
    days"), none counted "since" something."""
    spans = d.dates or event_dates(d.analysis)
    return bool(spans) and all(
        x.first is not None and x.last is not None and (x.last - x.first).days <= 3
        and not x.text.lower().startswith("since") for x in spans)


#: A moment somewhere in a span ("earlier this week", "late last month", "an attack
#: recently"), also a part of a month ("in late July", "in mid-July", "at the end of
#: July"), not a period the figure is counted over.
_SOME_TIME = re.compile(r"(?:(?:in|at|by|around|towards?)\s+)?(?:earlier|early|late|later|"
                        r"recently|(?:last|this)\s+week\b|mid-?|the\s+(?:end|start|beginning|"
                        r"middle|turn)\s+of\b)(?:\b|(?<=-))",
                        re.IGNORECASE)


#: A toll summed over the few attacks the report tells ("around 60 dead in a week of attacks
#: on two towns", "killed 30 fighters in two separate operations", "in the course of two
#: operations", "during three raids"), or the toll of the
#: days of fighting its sentence tells ("fighting in the province has grown heavier over
#: the past two days, killing at least 40", "killed in three days of clashes", a town taken
#: "after four days of fighting that left hundreds dead"): theirs, no tally.
_SUM_OF_ATTACKS = re.compile(
    r"\b(?:in|in\s+the\s+course\s+of|during)\s+(?:a\s+(?:week|weekend|string|series|spate|wave|"
    r"couple)\s+of\s+|(?:two|three|four|"
    r"2|3|4)\s+(?:separate\s+|distinct\s+|different\s+)?)(?:[\w-]+\s+)?(?:attacks|operations|"
    r"raids|strikes|ambushes|assaults)\b|"
    r"\b(?:in|after)\s+(?:two|three|four|2|3|4|several|a\s+few)\s+days\s+of\s+(?:[\w-]+\s+)?"
    r"(?:fighting|clashes)\b|"
    r"\b(?:fighting|clashes)\b[^.;:]{0,150}?,\s+(?:killing|leaving)\b|"
    # the attacks themselves leaving the dead ("RSF attacks in mid-February on four villages
    # also left dozens of people dead"): their toll, whatever their span
    r"\b(?:attacks|raids|assaults|ambushes)\s+(?!since\b)[^.;:]{0,150}?\b(?:also\s+)?left\s+"
    r"(?:[\w-]+\s+){1,5}?(?:dead|killed)\b|"
    # the attacks themselves killing, told as their result ("over the past several days the
    # militia has carried out attacks in the state, killing dozens of civilians"): their
    # toll, whatever their span
    r"\b(?:attacks|raids|assaults|ambushes)\s+(?!since\b)[^.;:]{0,150}?,\s+killing\b|"
    # the killing told first, the attacks that did it as its manner ("militiamen have
    # killed dozens of villagers over the past week, carrying out a wave of raids"): theirs
    r"\bkilled\b[^.;:]{0,150}?,\s+(?:carrying\s+out|launching|mounting|staging)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:attacks|raids|assaults|ambushes)\b|"
    # the people killed or hurt by the strikes or fire the clause names ("46 civilians were
    # killed in August by air strikes, artillery fire and drone attacks", "wounded by the
    # army's air and artillery fire"): their toll, whatever its span
    r"\b(?:killed|wounded|injured)\s+(?:[^.;:]{0,40}?\s)?by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:air\s*strikes|airstrikes|strikes|shelling|shells|bombing|bombardments?|raids|"
    r"(?:artillery|gun|tank|rocket|mortar)\s+fire|(?:drone|air|artillery|rocket)\s+attacks)\b",
    re.IGNORECASE)

#: People killed "in attacks across" a place over the period the sentence gives ("recorded
#: at least 53 civilians killed in attacks across El Fasher locality between October 5
#: and 8"): a count of many strikes over an area, a tally, though the sentence names them.
_ATTACKS_ACROSS = re.compile(
    r"\b(?:killed|wounded|injured)\s+in\s+(?:[\w-]+\s+){0,2}?(?:attacks|strikes|raids|"
    r"shelling|bombardments)\s+(?:across|throughout)\b", re.IGNORECASE)


def _listed(d) -> bool:
    """An item of a list of figures that names no place, under a heading that does ("Weekly
    figures for Cabo Delgado province" over "- At least 9 fatalities reported"): a tally."""
    return d.located == "tied" and not d.analysis.groups and \
        ITEM.match(d.analysis.sentence.text) is not None


#: One fight a toll is told of ("killed 11 soldiers in the deadliest incident of the year",
#: "killed three policemen in an ambush", "fought back and lost one soldier"): not a tally
#: of a force's losses.
_ONE_INCIDENT = re.compile(r"\bin\s+(?:(?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?|"
                           # a headline's fight told with no article ("army loses 23
                           # soldiers, kills 30 terrorists in jihadist attack in X")
                           r"(?:[a-z][\w-]*\s+)?)(?:clash|incident|"
                           r"ambush|attack|raid|skirmish|firefight|assault|gunfight)\b(?!-)|"
                           # not the fighting of a span of days ("in the fighting
                           # yesterday and today", "in the fighting of the past week")
                           r"\bin\s+the\s+(?:fighting|battle|engagement)\b(?!-|\s+(?:in|on|across|along)\b|"
                           r"\s+(?:(?:of|over|during)\s+)?(?:yesterday\s+and\s+today|"
                           r"(?:the|these)\s+(?:(?:past|last|previous)\s+)?(?:(?:\w+\s+)?days|"
                           r"weeks?|weekend)\b|this\s+week\b))|"
                           # a force that fought an attack off and lost men in it ("its
                           # escort fought back and lost two soldiers")
                           r"\b(?:(?:fought|beat|drove)\s+(?:back|off)|returned\s+fire|repell?ed|"
                           r"repulsed)\b[^.;:]{0,60}?\b(?:and|but)\s+lost\b|"
                           # a post its foe got into or struck, and the men lost there ("they
                           # got into our base yesterday and we lost three soldiers")
                           r"\b(?:got|forced\s+(?:their|its)\s+way|broke)\s+into\s+(?:our|the|"
                           r"their|its)\s+(?:[\w-]+\s+)?(?:base|camp|barracks|outpost|position|"
                           r"positions|post|checkpoint)\b(?:[^.;:]|(?<=\d)[.:](?=\d)){0,80}?\band\s+"
                           r"(?:we|they|it)\s+lost\b|"
                           r"\b(?:attacked|stormed|raided|overran|ambushed|hit)\s+(?:our|their|"
                           r"its)\s+(?:[\w-]+\s+)?(?:base|camp|barracks|outpost|position|"
                           r"positions|post|checkpoint|convoy|patrol)\b(?:[^.;:]|(?<=\d)[.:](?=\d)){0,80}?\band\s+"
                           r"(?:we|they|it)\s+lost\b|"
                           # a fight the toll's verb has for subject ("fighting the previous
                           # day near X had cost the lives of 15 soldiers"), not one of weeks
                           # or months ("fighting over the past months has cost the lives")
                           r"\b(?:fighting|clash(?:es)?|battle|ambush|attack|assault|raid)\b"
                           r"(?:(?!\b(?:weeks?|months?|years?|war)\b)[^.;:]){0,140}?\b(?:had\s+|has\s+)?"
                           r"(?:cost|claimed|took)\s+the\s+lives\s+of\b|"
                           # the one operation just told, pointed back at ("in this joint
                           # action, 30 fighters were killed", "in that operation"), or
                           # the fighters killed at its place ("20 militants were killed
                           # there")
                           r"\bin\s+(?:this|that)\s+(?:[\w-]+\s+){0,2}?(?:operation|action|"
                           r"strike|raid|attack|assault|clash|ambush|engagement)\b|"
                           r"\b(?:killed|wounded|injured|dead)\s+there\b",
                           re.IGNORECASE)


def _one_incident(c: Candidate) -> bool:
    """A toll a named side inflicted or suffered in one fight ("insurgents killed 11 soldiers
    in the deadliest incident of the year", "we lost six soldiers in the attack on the
    base"): that fight's, an attack's toll, not a force's tally (a country's total and a
    count over a period stay tallies)."""
    quote = c.event.quote or ""
    return c.event.event_type == "casualty_report" and c.event.geo_precision != "country" \
        and _ONE_INCIDENT.search(quote) is not None and _PERIOD.search(quote) is None \
        and _DAY.search(quote) is None \
        and re.search(r"\bsince\b", quote, re.IGNORECASE) is None


#: A side's own claim to have killed a number of soldiers or fighters, its subject the killer
#: ("they had killed two North Korean soldiers", "the militants said they killed 21 soldiers",
#: "the army said it had killed 60 RSF fighters", "forces killed two Al-Shabaab operatives").
_KILLED_BY_SUBJECT = re.compile(
    r"\b(?:they|it|we|forces|troops|soldiers|regiment|brigade|unit|fighters|militants|"
    # irregulars named as the killers ("gunmen killed 21 soldiers", "jihadists killed")
    r"gunmen|terrorists|jihadists|insurgents|assailants|attackers|"
    # … the force named with its country ("the Defence Forces of Ukraine killed or wounded
    # at least 30 soldiers"): the two tolls told together are the same deed's; irregulars
    # named by the group they follow ("terrorists with links to al-Qaeda killed 21 soldiers")
    # … an army named as such ("the army killed 12 militants in the X region")
    r"group|army|military)(?:\s+of\s+(?-i:[A-Z])[\w'’-]+|\s+(?:with\s+links\s+to|linked\s+to|"
    r"affiliated\s+with|loyal\s+to)\s+(?:the\s+)?(?:al-)?(?-i:[A-Z])[\w'’-]+"
    r"(?:\s+(?-i:[A-Z])[\w'’-]+)?)?"
    # … where the force was, or what it did, told between ("troops operating in eastern X,
    # guided by the air force, killed four militants", "troops in the north killed …")
    r"(?:\s+(?:(?:operating|deployed|stationed|fighting)\s+)?(?:in|near|around)\s+"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+|\s*,[^,.;]{1,60},){0,2}"
    r"\s+(?:had\s+|have\s+|has\s+)?"
    r"killed(?:\s+or\s+wounded)?\s+(?:(?:about|some|around|at\s+least|"
    rf"more\s+than|over|nearly|up\s+to)\s+)?(?:\d[\d,]*|(?<![\w-]){spelled_number()}|a\s+dozen|"
    r"dozens\s+of)\s+(?:[\w'’-]+\s+){0,2}?(?:soldiers|troops|"
    r"servicemen|fighters|militants|militiamen|operatives|insurgents|rebels|gunmen|"
    r"terrorists|jihadists|paramilitaries|combatants)\b", re.IGNORECASE)


def _killed_by_subject(c: Candidate, sentence: int, counted: list[tuple[int, int]]) -> bool:
    """A side's claim that it killed so many soldiers or fighters, told with no spell or
    running count ("the special forces said they had killed two North Korean soldiers in
    the Kursk region"): the deed that killed them, an attack told by its toll, not the
    losses the other side tallies; not soldiers killed "in combat" (in the fighting at
    large), nor a count the report gives again over a spell in another sentence
    (``counted``: such counts and their sentences: "over three days, drone crews killed 50
    soldiers"); a summary giving the same count again with no spell ("In short: gunmen
    killed 21 soldiers at X") is the same deed told twice."""
    quote = c.event.quote or ""
    again = any(n == c.event.killed_low and i != sentence for n, i in counted)
    m = _KILLED_BY_SUBJECT.search(quote)
    # killed "or wounded" over a whole region ("its forces had killed or wounded at least 30
    # soldiers in Kursk") is a tally of the fighting there; near named villages, the fight
    return c.event.geo_precision != "country" and m is not None \
        and (c.event.place_name is not None or "wounded" not in m.group(0).lower()) \
        and not again and not _running_count(quote)


def _running_count(quote: str) -> bool:
    """Whether a toll is told over the past days or as a running count ("over the past
    week", "so far", "since the offensive began", "in combat")."""
    return any(p.search(quote) is not None for p in (_PERIOD, _DAY, _SO_FAR, _IN_COMBAT)) \
        or re.search(r"\bsince\b", quote, re.IGNORECASE) is not None


def _over_spell(quote: str) -> bool:
    """Whether a toll is told over a spell ("over three days") or as a running count."""
    return _running_count(quote) or _DAYS_SPAN.search(quote) is not None


#: A count told over days ("over three days", "within a span of three days").
_DAYS_SPAN = re.compile(r"\b(?:over|within|in|during|across)\s+(?:a\s+span\s+of\s+|"
                        r"the\s+course\s+of\s+)?(?:\d+|two|three|four|five|six|seven|eight|"
                        r"nine|ten|several|a\s+few)\s+(?:days|weeks|months)\b", re.IGNORECASE)


#: Soldiers killed "in combat", "in battle", "in the fighting": over the fighting at large.
_IN_COMBAT = re.compile(r"\bin\s+(?:combat|battle|action|the\s+fighting)\b", re.IGNORECASE)


#: A campaign named by its noun ("the incursion", "the offensive"): months of fighting.
_CAMPAIGN_NOUN = re.compile(r"(?:counter-?)?offensives?|campaigns?|operations?|incursions?|"
                            r"invasions?|war|conflict", re.IGNORECASE)


def _toll_of_told(d) -> bool:
    """Whether the toll names as its cause attacks already told ("killed in the militia's
    attacks"): another source's count of them, not a tally of its own."""
    return any(t.event_type == "attack" and t.back for t in d.analysis.triggers)


#: The words of a force's claim to have put fighters out of action ("several dozen terrorists
#: were neutralised", "the troops eliminated more than 20 gunmen").
_PUT_OUT_OF_ACTION = re.compile(r"neutrali[sz](?:ed|ing)|eliminat(?:ed|ing)|"
                                r"(?:put|taken) out of action", re.IGNORECASE)
#: Irregular fighters as an army's statement names its enemy ("terrorists", "gunmen", "two
#: armed groups").
_IRREGULARS = re.compile(r"(?:terrorists?|militants?|gunmen|jihadists?|insurgents?|"
                         r"assailants?|attackers?|bandits?|rebels?|(?:armed\s+)?groups?)",
                         re.IGNORECASE)


def _put_out_of_action(f: Figure) -> bool:
    """A force's claim to have neutralised or eliminated irregular fighters: the fight
    that did it, an attack, not a tally of losses (soldiers of an army "neutralized" in an
    operation stay that army's losses)."""
    return _PUT_OUT_OF_ACTION.fullmatch(f.cue or "") is not None and \
        _IRREGULARS.fullmatch(f.unit or "") is not None


#: A toll told as the whole war's ("60,000 people have been killed in the war, which has
#: lasted 21 months", "killed during the conflict"): a tally of the war, no one strike's.
_WAR_TOLL = re.compile(r"\b(?:killed|died|dead|lost\s+their\s+lives)\s+(?:in|during|over)\s+"
                       r"(?:the|this)\s+(?:[\w'’-]+\s+){0,3}?(?:war|conflict)\b(?!\s+(?:zone|"
                       r"area|region)s?\b)", re.IGNORECASE)
#: A running total up to the report's day ("So far, the ministry has reported 25 people
#: killed", "killed in total").
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|in\s+total|in\s+all|all\s+told|overall)\b",
                     re.IGNORECASE)


def _people_taken(c: Candidate) -> bool:
    """People told as taken prisoner in a paragraph about one place ("… assaults on X. Two
    soldiers survived and were taken prisoner"): like a toll, the capture of people belongs
    to where the paragraph's fighting was, though the sentence names no place. So do the
    papers the sentence tells such a prisoner carried ("was taken prisoner and was carrying
    documents …"): found on him where he was taken."""
    kind, quote = c.event.event_type, c.event.quote or ""
    return (kind == "capture" and "taken prisoner" in c.cues
            or kind == "document_seizure" and _CARRIED_PAPERS.search(quote) is not None) \
        and _TAKEN_PRISONER.search(quote) is not None and _ELSEWHERE.search(quote) is None


#: Papers told as carried by someone ("was carrying documents", "had papers on him").
_CARRIED_PAPERS = re.compile(r"\b(?:carrying|carried|carries|had|having)\s+(?:[\w'’-]+\s+){0,3}?"
                             r"(?:documents|papers|passports?|IDs?|identity\s+cards?|"
                             r"military\s+(?:cards?|tickets?))\b", re.IGNORECASE)


#: A sentence telling its event away from the paragraph's place ("in a clash elsewhere").
_ELSEWHERE = re.compile(r"\b(?:elsewhere|in\s+another\s+(?:[\w-]+\s+)?(?:area|place|village|town|"
                        r"district|region|province|sector|clash|attack|incident))\b", re.IGNORECASE)


#: The verb phrase of people taken ("were taken prisoner", "took two of them prisoner"),
#: also people told as captured in the passive ("several soldiers were captured and taken
#: away"), which the cue of people taken reads only of people.
_TAKEN_PRISONER = re.compile(r"\b(?:taken|took)\s+(?:[\w'’-]+\s+){0,4}?(?:prisoners?|captive)\b|"
                             r"\b(?:were|was|been)\s+(?:[a-z]+ly\s+)?captured\b",
                             re.IGNORECASE)


def _proposed(c: Candidate, include_forecasts: bool) -> bool:
    """News with a place; a recap only with figures up to the report's day; forecasts,
    plans, denials and hedges only on request. A place no finer than a country is kept
    only for what happens to a whole country (troops sent to it, a national toll)."""
    e = c.event
    if e.country is None:
        return False
    if e.modality not in PROPOSED and not include_forecasts:
        return False
    if c.background:
        return False
    if not c.placed_here and e.event_type != "casualty_report" and not _people_taken(c):
        return False  # a deed whose place the sentence does not name: too often wrong
    if _home_deminers(c) or _home_based(c) or _unnamed_seen_at_deed(c):
        return False
    if e.adm1_code is None and e.event_type == "casualty_report" and _part_of_country(e):
        return False  # a toll for a part of a country, its region untold: no national tally
    if e.adm1_code is None and e.geo_precision == "near":
        return False  # "in the south and the east of Ukraine": a part of a country, no unit
    if e.geo_precision == "country":  # the sentence itself names the country
        return e.location_text is not None and e.location_text in (e.quote or "") and (
            e.event_type == "troop_deployment" and e.count_low is not None
            or e.event_type == "casualty_report"
            and _COUNTED_STRIKES_TOLL.search(e.quote or "") is None
            and not _attacks_toll(e.quote or "")
            and (_national(without_records(e.quote or ""))
                 or _CAMPAIGN_TOLL.search(e.quote or "") is not None
                 or _FIGHTING_TOLL.search(e.quote or "") is not None
                 or nation_running_toll(e.quote or "") is not None))
    return True


#: A toll told in a relative clause of strikes the sentence counts ("carried out five
#: strikes in the country over the past week that killed three fighters"): the toll of
#: those strikes, each in its own place, not a national tally.
_COUNTED_STRIKES_TOLL = re.compile(
    rf"\b(?:\d+|{spelled_number()}|several|a\s+few|"
    r"a\s+series\s+of|a\s+number\s+of)\s+(?:[\w-]+\s+){0,2}?(?:air\s*strikes|strikes|"
    r"raids|attacks|bombings)\b[^.;:]{0,80}?\b(?:that|which)\s+(?:also\s+)?(?:killed|"
    r"wounded|injured|left)\b", re.IGNORECASE)


#: A toll whose subject is one attack or a cluster of them ("a string of gang attacks in
#: Haiti last week killed more than 50 people", "an assault in the country's north has
#: killed 12", "two raids on Sunday left 9 dead"): those attacks' toll, which belongs to
#: the attack told in its own place, not a national tally.
_ATTACKS_TOLL = re.compile(
    rf"\b(?:an?|one|twin|\d+|{spelled_number()})\s+(?:(?:string|series|spate|wave|pair|"
    r"handful|run)\s+of\s+)?(?:(?!(?:hours?|days?|nights?|weeks?|months?|years?)\b)"
    r"[\w'’-]+\s+){0,3}?(?:attacks?|air\s*strikes?|strikes?|raids?|"
    r"assaults?|ambush(?:es)?|bombings?|massacres?)\b([^.;:,]{0,80}?)\s+(?:ha(?:s|ve|d)\s+)?"
    r"(?:killed|kills|left)\b", re.IGNORECASE)
#: What makes such a toll a running or country-wide total after all ("a wave of attacks
#: since January has killed 1,500 people", "… across the country over the past day").
_RUNNING = re.compile(r"\b(?:since|so\s+far|to\s+date|in\s+total|overall|nationwide|"
                      r"(?:across|throughout)\s+the\s+country|over\s+the\s+(?:past|last))\b",
                      re.IGNORECASE)


def _attacks_toll(quote: str) -> bool:
    """Whether ``quote`` tells its toll as the toll of one attack or a cluster of attacks
    (``_ATTACKS_TOLL``) rather than a running or country-wide total."""
    return _RUNNING.search(quote) is None and _ATTACKS_TOLL.search(quote) is not None


def _part_of_country(e: Event) -> bool:
    """A toll the sentence gives for a part of a country, told by a bearing within it
    ("killed at least 54 soldiers in the north of Benin last week"): one region's toll
    whose region it leaves out (the strike told next), no national tally."""
    if _BEARING_OF.match(e.location_text or "") is not None:
        return True
    quote, place = e.quote or "", e.location_text or ""
    if _IN_THE_REGION.search(quote) is not None:
        return True  # "120 soldiers have been killed in the region since 2021": that region's
    return bool(place) and any(
        _UNNAMED_PART.search(quote, max(0, i - 80), i) is not None
        or _BEARING_BEFORE.search(quote, max(0, i - 30), i) is not None
        for i in (m.start() for m in re.finditer(re.escape(place), quote)))


#: A bearing written as an adjective right before the country's name ("killed in an attack on
#: a hospital in southern Sudan", "in north-eastern Nigeria"): a part of the country, whose
#: region the report tells elsewhere.
_BEARING_BEFORE = re.compile(r"\b(?:(?:north|south)-?(?:east|west)ern|northern|southern|"
                             r"eastern|western|central)\s+$", re.IGNORECASE)


#: A region of a country it leaves unnamed, right before the country's name ("in a
#: flashpoint region of military-ruled Niger", "in a remote province of the country's"):
#: one part's toll, its region told elsewhere.
_UNNAMED_PART = re.compile(r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:region|province|area|part|"
                           r"district|state|corner|zone)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$",
                           re.IGNORECASE)


#: A toll said to be of an area the sentence points back to ("killed in the region since
#: 2021", "killed in the area this year"): a part of the country told before, no nation's.
_IN_THE_REGION = re.compile(r"\b(?:in|across)\s+th(?:e|is|at)\s+(?:border\s+)?(?:region|area|"
                            r"zone|province)\b(?!\s+of\b)", re.IGNORECASE)


#: A place written as a bearing within it ("north of Benin", "the far south of Mali").
_BEARING_OF = re.compile(r"(?:the\s+)?(?:far\s+)?(?:north|south|east|west|"
                         r"(?:north|south)-?(?:east|west))"
                         r"\s+of\s+", re.IGNORECASE)


def _home_deminers(c: Candidate) -> bool:
    """A country's own forces clearing mines at home ("the Somali forces have begun clearing
    mines" in Middle Shabelle): the clean-up of ground its army holds, no news of who is
    there; foreign deminers ("North Korean sappers") are a sighting."""
    e = c.event
    return e.event_type == "unit_sighting" and "forces clearing mines" in c.cues and \
        e.actor1 is not None and nationalities(e.actor1) == {e.country}


#: Sighting cues that tell only another country's forces: a country's own forces based,
#: present, fighting or treated in hospital at home are no news of who is where.
_FOREIGN_ONLY = frozenset({"foreign forces based there", "foreign forces fighting there",
                           "foreign forces present there", "foreign forces brought for care",
                           "foreign forces in a convoy", "foreign forces among a force",
                           "foreign army as an ally"})


def _home_based(c: Candidate) -> bool:
    """Forces "based at", "present in", "fighting in" or brought to hospital at a place told
    by such cues alone, whose actor is not another country's ("the division, based in the
    garrison town", "troops fighting in the city"): where an army keeps or fights with its
    own forces is no sighting; "Rwandan forces based at" a village of Mozambique is."""
    e = c.event
    if e.event_type != "unit_sighting" or not _FOREIGN_ONLY & set(c.cues) or \
            any(name in c.cues for name in _sighting_cues() - _FOREIGN_ONLY):
        return False
    for cue, force in _FORCE_NAMED.items():
        if cue in c.cues:
            told = [next(g for g in m.groups() if g) for m in force.finditer(e.quote or "")]
            return not set().union(*(nationalities(w) for w in told)) - {e.country}
    found = nationalities(e.actor1) if e.actor1 is not None else set()
    return not found or e.country in found


#: The force a convoy carries, by its nationality ("… and their Russian allies").
_CONVOY_FORCE = re.compile(r"(?P<who>(?:[A-Z][\w'’-]*\s+){1,2})(?:allies|troops|soldiers|forces|"
                           r"servicemen|mercenaries|instructors|advisers|advisors|contingent|"
                           r"paramilitaries)\b")


#: An army named as a force's ally by its nationality ("allies from the Rwandan army", "the
#: Rwandan army and its M23 allies").
_ALLIED_ARMY = re.compile(r"\b(?:allies\s+(?:from|of|in)\s+the\s+(?P<who>[A-Z][\w'’-]*)\s+"
                          r"(?:army|military|armed\s+forces|forces|troops)\b|the\s+"
                          r"(?P<first>[A-Z][\w'’-]*)\s+(?:army|military|armed\s+forces|forces|"
                          r"troops)\s+and\s+(?:its|their)\s+(?:[\w'’-]+\s+){0,2}allies\b|"
                          r"\b(?:(?:support|backing)\s+(?:from|of)|backed\s+by|supported\s+by)\s+"
                          r"the\s+(?P<backer>[A-Z][\w'’-]*)\s+(?:army|military|armed\s+forces|"
                          r"troops)\b)")


#: The force named among a force by its nationality ("…, among them 12,000 North Korean
#: soldiers", "including Chadian mercenaries", "a battalion that included North Korean
#: soldiers").
_AMONG_FORCE = re.compile(r"\b(?:among\s+them|among\s+whom|including|(?:that|which)\s+"
                          r"includ(?:ed|es))\s+(?:[a-z]+\s+){0,2}"
                          r"(?:[\d,]+\s+)?(?P<who>(?:[A-Z][\w'’-]*\s+){1,2})(?:troops|soldiers|"
                          r"servicemen|forces|mercenaries|infantry|fighters|contingents?)\b")

#: The cues whose foreign force is the one a pattern names in the quote, whoever acts:
#: the force named last in a convoy, whoever leads it ("a convoy of the Malian army and its
#: Russian allies": the Russians); the army named as the ally, or as the one the allies
#: join ("allies from the Rwandan army", "the Rwandan army and its M23 allies"); the force
#: named among the whole, not the whole's own side ("Russia has gathered 70,000 troops,
#: among them 12,000 North Korean soldiers": the North Koreans).
_FORCE_NAMED = {"foreign forces in a convoy": _CONVOY_FORCE,
                "foreign army as an ally": _ALLIED_ARMY,
                "foreign forces among a force": _AMONG_FORCE}


#: Troops told as seen doing something ("soldiers were seen raising the flag", "troops
#: were seen firing on the crowd").
_SEEN_DOING = re.compile(r"\b(?:was|were)\s+(?:also\s+)?seen\s+[a-z]+ing\b")


def _unnamed_seen_at_deed(c: Candidate) -> bool:
    """Forces neither of a nationality nor a named unit, told only as seen doing a deed
    ("Government soldiers were seen raising the flag in the city centre"): the deed is the
    news (a capture, an attack), the seeing only how it is known; no force is identified
    at the place."""
    e = c.event
    return e.event_type == "unit_sighting" and e.actor1 is None and \
        set(c.cues) & _sighting_cues() == {"units seen"} and \
        _SEEN_DOING.search(e.quote or "") is not None


@cache
def _sighting_cues() -> frozenset[str]:
    """The names of the cues that find unit sightings (read once)."""
    return frozenset(cue["name"] for cue in cues.load("events")["cue"]
                     if cue["type"] == "unit_sighting")


#: What makes a toll given for a whole country a national tally ("12,600 civilians killed
#: in Ukraine since February 2022", "1,530 personnel over the past day") rather than one
#: strike's toll whose place the sentence leaves out ("Myanmar airstrike kills 23"); "in
#: the country's west" names a part of the country by a possessive, no whole-country toll.
_NATIONAL = re.compile(r"\b(?:since|total|in all|so far|to date|overall|nationwide|"
                       r"(?:across|throughout|in) the country(?!['’]s\b)|(?:whole|entire) war|"
                       r"over the past|over the last|in the past|"
                       r"past (?:day|week|month|24 hours)|per day|"
                       r"(?:over|during|across|at) the weekend|"
                       r"a day(?!\s+(?:after|before|earlier|later|ago))|daily|"
                       r"(?:this|last|the) (?:week|month|year)|cumulative)\b", re.IGNORECASE)


def _national(quote: str) -> bool:
    """Whether ``quote`` words its toll as a national tally (``_NATIONAL``); a word of a
    name, capitalised inside the sentence ("an account called Daily Islamist", "the Total
    Recall channel"), tells no rate or total."""
    for m in _NATIONAL.finditer(quote):
        before = quote[:m.start()].rstrip()
        if m.group(0)[0].isupper() and before and before[-1] not in ".:;!?\"“'‘(-–—":
            continue
        return True
    return False


def extract_file(path: str | Path, *, published: dt.date | None = None,
                 source_name: str | None = None, url: str | None = None,
                 geocoder: Geocoder | None = None,
                 include_forecasts: bool = False) -> list[Candidate]:
    """:func:`extract` on a .txt, .md or .html file; spans refer to its plain text."""
    return extract(read_report(path), published=published, source_name=source_name, url=url,
                   origin=str(path), geocoder=geocoder, include_forecasts=include_forecasts)


__all__ = ["Candidate", "extract", "extract_file", "read_report"]
