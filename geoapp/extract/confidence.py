"""A candidate's confidence: a small logistic model over what is known about it.

The rules decide which candidates are proposed; this model says how likely each news
candidate is to be one an analyst maps, from the rules' verdict and its parts (modality,
background, how the place was found, the calibration table's share for its type and
place) and from what the rules do not weigh: the cue and its words, the sentence's
position in the report, the date's distance from publication, the source's kind and the
sentence's lower-case words (its verbs and function words, not its names). The weights
(``cues/confidence.json``) are fitted on the extraction corpus's tuning set by
``python -m geoapp.extract.train`` (``make extract-confidence``), which also judges the
model by cross-validation across reports. Inference is a dot product over the features
a candidate has, in plain Python.
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
from geoapp.extract.report import Draft

#: Where the weights ship, inside the package (``cues/`` is package data).
WEIGHTS = "confidence.json"

#: The lower-case words of a sentence: its verbs and function words, not its names.
_TOKEN = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


@dataclass(frozen=True)
class Layout:
    """What a feature needs to know about the report as a whole."""

    sentences: int
    paragraphs: int
    published: dt.date | None


def features(c: Candidate, d: Draft, rule: bool, layout: Layout) -> dict[str, float]:
    """The named features of one candidate (absent features are 0)."""
    e, s, r = c.event, d.analysis.sentence, d.reading
    out = {"rule": float(rule), f"type={e.event_type}": 1.0, f"modality={e.modality}": 1.0,
           f"located={d.located}": 1.0, f"precision={e.geo_precision}": 1.0,
           f"source={e.source_kind or 'none'}": 1.0, "confidence": c.confidence,
           "sentence_pos": s.index / max(1, layout.sentences - 1),
           "paragraph_pos": s.paragraph / max(1, layout.paragraphs - 1)}
    for name, on in (("background", c.background), ("cumulative", r is not None and r.cumulative),
                     ("figures", bool(d.figures)), ("count", d.count is not None),
                     ("first_sentence", s.index == 0), ("first_paragraph", s.paragraph == 0),
                     ("last_paragraph", s.paragraph == layout.paragraphs - 1),
                     ("place_fallback", d.group is not None and d.group.note is not None),
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
