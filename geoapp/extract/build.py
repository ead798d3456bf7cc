"""Draft events → candidates in the event model, with provenance on every field.

The quote, its span, the cues and the confidence travel inside the :class:`Event`
too (``origin`` ends in ``#chars=start-end``, ``notes`` names the cue) so they
survive saving. Ids are a hash of the report text, the span, the type and the
place, so saving the same report twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from functools import cache

from geoapp.extract import cues
from geoapp.extract.actors import Actor, nearest_actor
from geoapp.extract.candidate import Candidate
from geoapp.extract.dates import DateSpan, forward, undated
from geoapp.extract.modality import Reading
from geoapp.extract.report import Analysis, Draft
from geoapp.extract.roles import DATELINE, EVENT, SOURCE, Place
from geoapp.geocode import Match, country_points
from geoapp.model import Event, RelatedPlace

_PAIRS = {"killed": ("killed_low", "killed_high"), "wounded": ("wounded_low", "wounded_high"),
          "casualties": ("casualties_low", "casualties_high")}
_SUB_TYPES = {("killed",): "killed", ("wounded",): "wounded", ("casualties",): "killed or wounded",
              ("killed", "wounded"): "killed and wounded"}


@dataclass(frozen=True)
class ReportInfo:
    """What is known about the report as a whole."""

    sha: str
    origin: str
    published: dt.date | None
    source_name: str | None
    source_kind: str | None
    url: str | None
    dateline: tuple[Place, ...]
    publisher: str | None = None


def sentence_sources(analyses: list[Analysis],
                     info: ReportInfo) -> list[tuple[str | None, str | None, bool, str | None]]:
    """(name, kind, named_here, channel) per sentence: its own source, else the previous
    sentence's when it continues it (a pronoun, or the same paragraph), else the report's.
    A speaker named again by surname ("Budanov told the magazine") keeps the full name and
    kind given at first mention ("Kyrylo Budanov, head of … military intelligence")."""
    out: list[tuple[str | None, str | None, bool, str | None]] = []
    previous: tuple[str | None, str | None] | None = None
    previous_paragraph = -1
    speakers: dict[str, tuple[str, str | None]] = {}
    for a in analyses:
        src = a.source
        if src is not None and src.unnamed:
            out.append((info.source_name, "media", True, None))
            continue
        if src is not None and src.name:
            current, named = speakers.get(src.name, (src.name, src.kind)), True
            if " " in src.name and src.name[0].isupper():
                speakers.setdefault(src.name.split()[-1], current)
        elif previous and (src is not None or a.sentence.paragraph == previous_paragraph):
            current, named = previous, False
        else:
            current, named = (info.source_name, info.source_kind), False
        out.append((*current, named, src.channel if src is not None else None))
        if src is not None and src.name or current != (info.source_name, info.source_kind):
            previous, previous_paragraph = current, a.sentence.paragraph
    return out


def build(draft: Draft, source: tuple[str | None, str | None, bool, str | None],
          info: ReportInfo, today: dt.date) -> Candidate:
    """The candidate for one draft."""
    a, s = draft.analysis, draft.analysis.sentence
    reading = draft.reading or Reading("reported" if source[2] else "asserted", False)
    ahead = reading.modality in ("forecast", "planned")
    first, last, precision, date_open = _dates(draft, info.published, today, ahead)
    group = draft.group
    match = group.match if group else None
    flags = []
    if group and group.note:
        flags.append(group.note)
    if draft.located in ("tied", "paragraph"):
        flags.append(f"place taken from the surrounding text ({group.text})")
    elif draft.located == "unknown":
        flags.append("no place given for this event")
    if date_open:
        flags.append("date open: no publication date given")
    if source[3]:
        flags.append(f"told to {source[3]}")
    if reading.marker:
        flags.append(f"{reading.modality}: '{reading.marker}'")
    if reading.background:
        flags.append("background: recaps an earlier event")
    confidence = _confidence(draft, source[2])
    actor = nearest_actor(a.actors, draft.anchor,
                          (s.start + a.source.start, s.start + a.source.end) if a.source else None)
    place_key = (match.adm1_code or match.country or match.name) if match else ""
    digest = hashlib.sha256(f"{info.sha}:{s.start}-{s.end}:{draft.event_type}:{place_key}"
                            .encode()).hexdigest()[:20]
    cue_words = ", ".join(f"'{w}'" for w in draft.words)
    event = Event(
        event_id=f"x:{digest}", event_type=draft.event_type, sub_type=_sub_type(draft),
        date_start=first, date_end=last, date_precision=precision,
        reported_date=info.published,
        location_text=group.text if group else None,
        place_name=match.name if match and match.kind == "place" else None,
        adm1_code=match.adm1_code if match else None, admin1=match.admin1 if match else None,
        country=match.country if match else None, **_point(match),
        geo_precision=match.geo_precision if match else "country",
        related_places=_related(draft, info, actor, match.country if match else None),
        actor1=actor.text if actor else None,
        **_figures(draft), figures_text=_figures_text(draft),
        source_name=source[0], source_kind=source[1], source_url=info.url,
        publisher=info.publisher, modality=reading.modality, quote=s.text,
        notes="; ".join([f"extracted: cue {cue_words} (confidence {confidence:.2f})", *flags]),
        tags=("extracted",), origin=f"{info.origin}#chars={s.start}-{s.end}",
        status="unreviewed", flags=tuple(flags),
    )
    return Candidate(event, (s.start, s.end), confidence,
                     tuple(dict.fromkeys(draft.cues + draft.words)), date_open,
                     reading.background and not (reading.cumulative and (
                         draft.figures or draft.count and draft.count.unit_kind == "troops")),
                     draft.located != "paragraph")


def _point(match: Match | None) -> dict[str, float | None]:
    """Coordinates of a place or region; none for a whole country, which ingest places at
    the country's own point without giving it a region."""
    if match is None or match.kind == "country":
        return {"lon": None, "lat": None}
    return {"lon": match.lon, "lat": match.lat}


def _dates(draft: Draft, published: dt.date | None, today: dt.date,
           ahead: bool) -> tuple[dt.date, dt.date, str, bool]:
    """The event's own date phrase nearest to its cue, else the undated window; open
    without a publication date. A forecast or plan looks forward from publication."""
    nearest: DateSpan | None = min(draft.dates, default=None,
                                   key=lambda d: abs(d.start - draft.anchor))
    if nearest is not None and nearest.first is not None:
        first, last = (forward(nearest, published) if ahead and published
                       else (nearest.first, nearest.last))
        return first, last, nearest.precision, False
    if nearest is None and published is not None:
        first, last = (published, published + (published - undated(published)[0])) \
            if ahead else undated(published)
        return first, last, "month", False
    return today, today, "year", True


def _confidence(draft: Draft, named_source: bool) -> float:
    """The share of such candidates that were right on the tuning corpus
    (``cues/calibration.toml``), by type and by how the sentence gets its place."""
    place = {"sentence": "here", "tied": "tied"}.get(draft.located, "paragraph")
    return calibration().get((draft.event_type, place), calibration()[("", "")])


@cache
def calibration() -> dict[tuple[str, str], float]:
    """(type, place) → calibrated confidence; ("", "") is the prior. A cell's share is
    drawn toward the prior by two pseudo-candidates, so a cell seen once or twice says
    little."""
    data = cues.load("calibration")
    prior = float(data["prior"])
    out = {(c["type"], c["place"]): round((c["matched"] + 2 * prior) / (c["proposed"] + 2), 2)
           for c in data["cell"]}
    out[("", "")] = prior
    return out


def _sub_type(draft: Draft) -> str | None:
    if draft.event_type != "casualty_report":
        return draft.words[0]
    found = tuple(c for c in _PAIRS if any(f.category == c for f in draft.figures))
    return _SUB_TYPES.get(found, " and ".join(found))


def _figures(draft: Draft) -> dict[str, int | str | None]:
    out: dict[str, int | str | None] = {}
    for f in draft.figures:
        low_field, high_field = _PAIRS[f.category]
        if low_field not in out:  # the first figure of a kind in the sentence is the claim
            out[low_field], out[high_field] = f.quantity.low, f.quantity.high
    if out.get("killed_low") is not None and out["killed_low"] == out.get("killed_high"):
        out["killed_best"] = out["killed_low"]
    if draft.count is not None:
        unit = draft.count.unit.lower()
        if draft.event_type == "document_seizure" and draft.count.unit_kind != "documents":
            unit = "sets of documents"  # "three soldiers … their documents seized"
        out.update(count_low=draft.count.quantity.low, count_high=draft.count.quantity.high,
                   count_unit=unit)
    return out


def _figures_text(draft: Draft) -> str | None:
    spans = [(f.start, f.end) for f in draft.figures]
    if draft.count is not None:
        spans.append((draft.count.start, draft.count.end))
    if not spans:
        return None
    text = draft.analysis.sentence.text
    return text[min(s for s, _ in spans):max(e for _, e in spans)]


def _related(draft: Draft, info: ReportInfo, actor: Actor | None,
             event_country: str | None) -> tuple[RelatedPlace, ...]:
    """Places the sentence mentions in another role, those carried over from the sentences
    describing it, the dateline, and the actor's origin."""
    places = [p for p in draft.analysis.places if p.role not in (EVENT, SOURCE, DATELINE)]
    out = [RelatedPlace(p.role, p.hit.match.name, p.hit.match.adm1_code, p.hit.match.country,
                        p.hit.match.lon, p.hit.match.lat)
           for p in (*places, *draft.related, *info.dateline)]
    if actor is not None and actor.country and actor.country != event_country:
        out.append(_country_place("origin", actor.country))
    return tuple({(p.role, p.name): p for p in out}.values())


def _country_place(role: str, iso2: str) -> RelatedPlace:
    known = country_points().get(iso2)
    if known is None:
        return RelatedPlace(role, iso2, country=iso2)
    name, lon, lat = known
    return RelatedPlace(role, name, None, iso2, lon, lat)
