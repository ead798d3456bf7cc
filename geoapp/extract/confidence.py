"""A candidate's confidence, and the gate on what is proposed: a small logistic model over
what is known about a candidate.

The rules find the candidates; this model says how likely each news candidate is to be
one an analyst maps, from the rules' verdict and its parts (modality, background, the
calibration table's share for its type and place) and from what the rules do not weigh:
the cue and its words, the sentence's position in the report, the date's distance from
publication, the source's kind and the sentence's lower-case words (its verbs and
function words, not its names), and generic readings of its wording: the tense and
aspect of the clause around the cue and that clause's lower-case words, hedge words,
quotes, whether the place stands in the cue's clause and how far from it, whether the
source is named, and what the other candidates of the report say (how many share the
sentence, whether its type and place are told again). A candidate the rules propose is
withheld when its probability falls under :data:`ACCEPT`. The weights
(``cues/confidence.json``) are fitted by ``python -m geoapp.extract.train`` (``make
extract-confidence``) on the tuning reports' fresh pools: each report's candidates as the
rules stood before they were tuned on it, which is how the rules meet new reporting.
Inference is a dot product over the features a candidate has, in plain Python.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from geoapp.extract.candidate import Candidate
from geoapp.extract.modality import clause
from geoapp.extract.report import Draft

#: Where the weights ship, inside the package (``cues/`` is package data).
WEIGHTS = "confidence.json"
#: The model's probability below which a candidate the rules propose is withheld: a gate
#: on precision. The model is fitted on fresh pools (:mod:`geoapp.extract.pools`), so it
#: judges candidates as the rules make them on reports they were not tuned on; the
#: threshold was chosen end to end on such reports. With the model fitted on the pools of
#: the tuning reports before t1495 (L2 30), the 240 reports t1495-t1734, each read by the
#: rules of the day it was added, score 0.760 / 0.738 when gated by the model then
#: shipped (fitted on today's candidates of the tuning set, which trusts nearly all the
#: rules propose), and 0.782 / 0.738 at 0.4, 0.792 / 0.727 at 0.45, 0.809 / 0.709 at
#: 0.5 and 0.807 / 0.673 at 0.55 by the fresh model. The model never proposes what the
#: rules do not: of the candidates they withhold, too few are right to learn from.
ACCEPT = 0.5

#: The lower-case words of a sentence: its verbs and function words, not its names.
_TOKEN = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
#: Tense and aspect of a clause, first match wins: a modal or future auxiliary, a perfect,
#: a progressive, a past-tense verb; else the present.
_TENSES = (
    ("modal", re.compile(r"\b(?:will|would|could|may|might|should|can|must|shall)\b")),
    ("perfect", re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?\w+(?:ed|en|t)\b")),
    ("progressive", re.compile(r"\b(?:is|are|was|were)\s+\w+ing\b")),
    ("past", re.compile(r"\b\w+ed\b|\b(?:took|struck|fought|overran|shot|fell|won|lost|drove|"
                        r"began|sent|held|hit|seized|retook|stormed|withdrew|came|went|left|"
                        r"made|saw|brought|fled|broke|flew|rose)\b")))
#: Words that soften a claim in any sentence (the modality markers are a closer list).
_HEDGE = re.compile(r"\b(?:reportedly|allegedly|unconfirmed|apparently|purportedly|claimed|"
                    r"claims|rumou?rs?|possibly|likely|believed|appears?|appeared|seems?|"
                    r"unverified|suggest(?:s|ed)?|indicat(?:es|ed))\b")
_QUOTE = re.compile(r"[“”\"]")


@dataclass(frozen=True)
class Layout:
    """What a feature needs to know about the report as a whole."""

    sentences: int
    paragraphs: int
    published: dt.date | None


def features(c: Candidate, d: Draft, rule: bool, layout: Layout) -> dict[str, float]:
    """The named features of one candidate (absent features are 0).

    How the place was found and how coarse it is (a country, the paragraph's place) are
    left to the rules: most pool candidates placed so are ones the rules withhold, so an
    additive model would learn to doubt every such candidate, the national figures the
    rules rightly propose too ("between 11,000 and 12,000 North Korean troops in Russia").
    The model judges the wording."""
    e, s, r = c.event, d.analysis.sentence, d.reading
    out = {"rule": float(rule), f"type={e.event_type}": 1.0, f"modality={e.modality}": 1.0,
           f"source={e.source_kind or 'none'}": 1.0, "confidence": c.confidence,
           "sentence_pos": s.index / max(1, layout.sentences - 1),
           "paragraph_pos": s.paragraph / max(1, layout.paragraphs - 1)}
    for name, on in (("background", c.background), ("cumulative", r is not None and r.cumulative),
                     ("figures", bool(d.figures)), ("count", d.count is not None),
                     ("first_sentence", s.index == 0), ("first_paragraph", s.paragraph == 0),
                     ("last_paragraph", s.paragraph == layout.paragraphs - 1),
                     ("several_places", len(d.analysis.groups) > 1),
                     ("type_of_several", len({t.event_type for t in d.analysis.triggers}) > 1)):
        if on:
            out[name] = 1.0
    out[f"date={_date_bucket(d, layout.published)}"] = 1.0
    for cue in d.cues:
        out[f"cue={cue}"] = 1.0
    for word in d.words:
        out[f"cue_word={word}"] = 1.0
    for token in set(_TOKEN.findall(s.text)):
        out[f"w={token}"] = 1.0
    out.update(_wording(d))
    return out


def _wording(d: Draft) -> dict[str, float]:
    """Generic readings of the clause around the draft's first cue word (its tense, its
    lower-case words) and where its place stands."""
    s = d.analysis.sentence
    at = d.anchor - s.start
    lo, hi = clause(s.text, at)
    words = s.text[lo:hi]
    tense = next((name for name, pattern in _TENSES if pattern.search(words.lower())),
                 "present")
    out = {f"tense={tense}": 1.0} | {f"c={token}": 1.0 for token in _TOKEN.findall(words)}
    if d.group is not None:
        start = d.group.start - s.start
        between = len(s.text[min(start, at):max(start, at)].split())
        out[f"place_words={'0-5' if between <= 5 else '6-15' if between <= 15 else '16+'}"] = 1.0
        if lo <= start < hi:
            out["place_in_clause"] = 1.0
    source = d.analysis.source
    for name, on in (("hedge_word", _HEDGE.search(s.text.lower()) is not None),
                     ("quote", _QUOTE.search(s.text) is not None),
                     ("source_named", source is not None and source.name is not None
                      and not source.unnamed),
                     ("own_date", bool(d.dates)),
                     ("marker", d.reading is not None and d.reading.marker is not None)):
        if on:
            out[name] = 1.0
    return out


def shared(found: list[tuple[Candidate, Draft, bool]]) -> list[dict[str, float]]:
    """What the other candidates of a report (candidate, draft, rules' verdict) say about
    each: how many share its sentence, whether its type and place are told again (and
    proposed there by the rules), whether this is their first telling, and the share of
    the report's candidates in its region."""
    def key(c: Candidate) -> tuple:
        return c.event.event_type, c.event.adm1_code, c.event.country

    out = []
    for i, (c, d, _) in enumerate(found):
        index = d.analysis.sentence.index
        same = [(e, rule) for j, (x, e, rule) in enumerate(found) if j != i and key(x) == key(c)]
        mates = sum(e.analysis.sentence.index == index for _, e, _ in found)
        feats = {f"mates={min(mates, 3)}": 1.0, f"restated={min(len(same), 2)}": 1.0,
                 "region_share": sum(x.event.adm1_code == c.event.adm1_code
                                     for x, _, _ in found) / len(found)}
        if any(rule for _, rule in same):
            feats["restated_by_rule"] = 1.0
        if all(e.analysis.sentence.index >= index for e, _ in same):
            feats["first_mention"] = 1.0
        out.append(feats)
    return out


def _date_bucket(d: Draft, published: dt.date | None) -> str:
    """How far the draft's own date lies before publication, in coarse steps."""
    lasts = [x.last for x in d.dates if x.last is not None]
    if not lasts or published is None:
        return "none"
    days = (published - max(lasts)).days
    if days < 0:
        return "after"
    return next(name for limit, name in ((1, "0-1"), (7, "2-7"), (30, "8-30"), (1 << 30, "31+"))
                if days <= limit)


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic weights over named features."""

    bias: float
    weights: dict[str, float]

    def probability(self, feats: dict[str, float]) -> float:
        """The model's probability that the candidate matches an analyst's event."""
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self, **meta: object) -> str:
        """The weights file: metadata first, weights sorted by name (diffs stay small)."""
        data = {**meta, "bias": round(self.bias, 6),
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())}}
        return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def from_json(text: str) -> ConfidenceModel:
    data = json.loads(text)
    return ConfidenceModel(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()})


@cache
def confidence_model() -> ConfidenceModel:
    """The shipped model (``cues/confidence.json``), read once per process."""
    folder = resources.files("geoapp.extract").joinpath("cues")
    return from_json(folder.joinpath(WEIGHTS).read_text("utf-8"))


def with_confidence(c: Candidate, confidence: float) -> Candidate:
    """The candidate with the model's confidence, in its notes too (two places, never
    0.00 or 1.00: a model's probability is no certainty)."""
    confidence = min(0.99, max(0.01, round(confidence, 2)))
    notes = (c.event.notes or "").replace(f"(confidence {c.confidence:.2f})",
                                          f"(confidence {confidence:.2f})", 1)
    return replace(c, confidence=confidence, event=c.event.replace(notes=notes))
