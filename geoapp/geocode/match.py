"""The result of a forward geocode."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Match:
    """One place, region or country that a name resolved to.

    ``kind`` is "place", "district" (a raion, county or Korean eup/myeon/dong, at
    ``geo_precision="district"``), "region" or "country".
    ``lon``/``lat`` are the place's coordinates, or a point inside the region/country.
    ``country`` is ISO 3166 alpha-2 and de jure: occupied Crimea and Sevastopol are "UA"
    with ``disputed`` True. ``score`` (0–1) falls with ambiguity and looser spellings;
    ``alternatives`` are the runners-up, best first, each without alternatives of its own.
    """

    query: str
    matched_name: str
    name: str
    kind: str                    # "place" | "district" | "region" | "country"
    adm1_code: str | None
    admin1: str | None
    country: str | None
    lon: float
    lat: float
    geo_precision: str           # "exact" | "near" | "district" | "region" | "country"
    score: float
    alternatives: tuple[Match, ...] = field(default=(), compare=False)
    disputed: bool = False
    population: int | None = None
    district: str | None = None  # the district a place lies in, where the data says
    source: str | None = None    # "geonames", "wof", "curated" or an imported place list

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict; alternatives become a list of dicts."""
        data = asdict(self)
        data["alternatives"] = [alt.to_dict() for alt in self.alternatives]
        return data


@dataclass(frozen=True)
class Lookup:
    """A forward geocode with its reasons: the match (None on a miss), why it missed
    ("" on success), and on an ambiguous name the places it could be, best first."""

    match: Match | None
    reason: str = ""
    candidates: tuple[Match, ...] = ()
