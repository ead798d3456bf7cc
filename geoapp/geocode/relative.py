"""Relative locations: "20 km north of Kursk", "near Sudzha", "outskirts of Pokrovsk".

:func:`parse` splits the phrase from its base name; :func:`apply` moves the base match
along the ellipsoid (pyproj.Geod) when a distance and bearing are given, and marks the
result ``geo_precision="near"``. Without a distance ("north of Kharkiv") the point stays
at the base: the direction alone does not say how far.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from geoapp.geocode.match import Match

_BEARINGS = {
    "n": 0.0, "north": 0.0, "nne": 22.5, "ne": 45.0, "northeast": 45.0, "ene": 67.5,
    "e": 90.0, "east": 90.0, "ese": 112.5, "se": 135.0, "southeast": 135.0, "sse": 157.5,
    "s": 180.0, "south": 180.0, "ssw": 202.5, "sw": 225.0, "southwest": 225.0,
    "wsw": 247.5, "w": 270.0, "west": 270.0, "wnw": 292.5, "nw": 315.0, "northwest": 315.0,
    "nnw": 337.5,
}
_COMPASS = ("N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
            "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW")
_UNITS_KM = {"km": 1.0, "kms": 1.0, "kilometer": 1.0, "kilometers": 1.0, "kilometre": 1.0,
             "kilometres": 1.0, "км": 1.0, "m": 0.001, "meters": 0.001, "metres": 0.001,
             "mi": 1.609344, "mile": 1.609344, "miles": 1.609344}
_DIRECTION = r"(?P<dir>(?:north|south)[\s-]?(?:east|west)|north|south|east|west|" \
             r"nne|ene|ese|sse|ssw|wsw|wnw|nnw|ne|nw|se|sw|n|s|e|w)"
_DISTANCE = r"(?:about |some |approximately |approx\.? |around |~)?" \
            r"(?P<dist>\d+(?:[.,]\d+)?)\s*(?P<unit>" + "|".join(
                sorted(_UNITS_KM, key=len, reverse=True)) + r")\.?"
#: A distance given again in other units, in brackets, before a bearing: "110 km (68
#: miles) northwest of".
_CONVERTED = re.compile(r"(?<=[a-z.]) ?\((?:about |some |around |nearly )?\d[\d.,]*\s*(?:km|kms|"
                        r"kilomet(?:er|re)s?|mi|miles?)\)(?= (?:to the )?(?:north|south|east|west))",
                        re.IGNORECASE)
_NEAR = r"(?:near|nearby|close to|around|next to|not far from|in the vicinity of|" \
        r"vicinity of|in the area of|area of|(?:on |in )?the outskirts of|outskirts of|" \
        r"on the edge of)"
_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    rf"^{_DISTANCE}\s+(?:to the\s+)?{_DIRECTION}\s+(?:of|from)\s+(?P<base>.+)$",
    rf"^{_DISTANCE}\s+(?:from|outside|outside of)\s+(?P<base>.+)$",
    rf"^(?:to the\s+)?{_DIRECTION}\s+of\s+(?P<base>.+)$",
    rf"^{_NEAR}\s+(?P<base>.+)$",
    r"^(?P<base>.+?)\s+(?:outskirts|area|vicinity|surroundings|environs)$",
)]


@dataclass(frozen=True)
class RelativePhrase:
    """The base name plus an optional offset (km along an azimuth in degrees)."""

    base: str
    distance_km: float | None = None
    azimuth: float | None = None

    @property
    def label(self) -> str:
        if self.distance_km is not None and self.azimuth is not None:
            return f"{self.distance_km:g} km {_COMPASS[round(self.azimuth / 22.5) % 16]} of"
        if self.azimuth is not None:
            return f"{_COMPASS[round(self.azimuth / 22.5) % 16]} of"
        if self.distance_km is not None:
            return f"{self.distance_km:g} km from"
        return "near"


def parse(text: str) -> RelativePhrase | None:
    """Split a relative phrase; None when ``text`` is a plain name."""
    # the same distance in other units, in brackets after it ("110 kilometers (68 miles)
    # northwest of …"), adds nothing
    s = _CONVERTED.sub("", " ".join(text.split()))
    for pattern in _PATTERNS:
        m = pattern.match(s)
        if m:
            groups = m.groupdict()
            dist, direction = groups.get("dist"), groups.get("dir")
            km = (float(dist.replace(",", ".")) * _UNITS_KM[groups["unit"].casefold()]
                  if dist else None)
            azimuth = (_BEARINGS[re.sub(r"[\s-]", "", direction.casefold())]
                       if direction else None)
            return RelativePhrase(base=m.group("base"), distance_km=km, azimuth=azimuth)
    return None


def apply(phrase: RelativePhrase, base: Match) -> Match:
    """Move ``base`` by the phrase's offset; the region is looked up again at the new
    point (20 km west of Sudzha is in Ukraine)."""
    lon, lat = base.lon, base.lat
    region = {}
    if phrase.distance_km and phrase.azimuth is not None:
        # Polygons and the ellipsoid load only for a phrase that moves the point.
        from geoapp.geocode.geometry import GEOD
        from geoapp.geocode.reverse import unit_at

        lon, lat, _ = GEOD.fwd(base.lon, base.lat, phrase.azimuth, phrase.distance_km * 1000)
        region = unit_at(lon, lat) or {}
    return dataclasses.replace(
        base, name=f"{phrase.label} {base.name}", lon=float(lon), lat=float(lat),
        geo_precision="near", score=round(base.score * 0.95, 3), alternatives=(),
        population=None, **region)
